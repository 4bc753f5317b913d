"""Token buckets of the ingest API, driven by an explicit clock."""

from __future__ import annotations

from wirewatch.ingest.rate_limit import RateLimiter


def test_a_full_bucket_allows_a_burst_of_its_capacity():
    limiter = RateLimiter(per_minute=60)
    assert limiter.take("c", 60, now=0.0) == 0.0


def test_an_empty_bucket_says_how_long_to_wait():
    limiter = RateLimiter(per_minute=60)
    limiter.take("c", 60, now=0.0)
    assert limiter.take("c", 2, now=0.0) == 2.0


def test_tokens_refill_with_time():
    limiter = RateLimiter(per_minute=60)
    limiter.take("c", 60, now=0.0)
    assert limiter.take("c", 5, now=5.0) == 0.0


def test_clients_have_separate_buckets():
    limiter = RateLimiter(per_minute=1)
    limiter.take("a", 1, now=0.0)
    assert limiter.take("b", 1, now=0.0) == 0.0


def test_a_batch_larger_than_the_capacity_is_charged_as_the_capacity():
    limiter = RateLimiter(per_minute=10)
    assert limiter.take("c", 50, now=0.0) == 0.0


def test_the_client_table_is_bounded():
    limiter = RateLimiter(per_minute=1, max_clients=2)
    for name in "abc":
        limiter.take(name, 1, now=0.0)
    assert limiter.take("a", 1, now=0.0) == 0.0  # "a" was forgotten, so its bucket is full


def test_retry_after_is_a_whole_second_at_least():
    assert RateLimiter(per_minute=60).retry_after(0.2) == 1


def test_asking_without_spending_leaves_the_tokens():
    limiter = RateLimiter(per_minute=1)
    assert limiter.take("c", 1, now=0.0, spend=False) == 0.0
    assert limiter.take("c", 1, now=0.0) == 0.0
    assert limiter.take("c", 1, now=0.0, spend=False) > 0
