"""Article fingerprints: exact hash, MinHash, near-copy rule (pure, generated text)."""

from __future__ import annotations

import random

from tests.synthetic_articles import article, near_copy, page
from wirewatch.core.fingerprint import (
    article_minhash,
    band_keys,
    content_hash,
    is_furniture_page,
    is_near_copy,
    minhash_from_bytes,
    signature_bytes,
    similarity,
    word_shingles,
)


def near(a: str, b: str, threshold: float = 0.7) -> bool:
    jaccard = similarity(article_minhash(a), article_minhash(b))
    return is_near_copy(jaccard, len(word_shingles(a)), len(word_shingles(b)), threshold)


def test_spacing_and_case_do_not_change_the_content_hash():
    assert content_hash("Five  killed in\nKelbar.") == content_hash("five killed in kelbar")


def test_different_texts_have_different_content_hashes():
    assert content_hash("Five killed in Kelbar") != content_hash("Six killed in Kelbar")


def test_a_signature_survives_a_round_trip_through_bytes():
    sketch = article_minhash("Gunmen opened fire on a market in Kelbar on Sunday, police said.")
    assert similarity(sketch, minhash_from_bytes(signature_bytes(sketch))) == 1.0


def test_signatures_and_band_keys_do_not_depend_on_the_process():
    text = "Witnesses heard three explosions near the police post shortly before dawn."
    assert band_keys(article_minhash(text)) == band_keys(article_minhash(text))


def test_a_copy_under_other_page_furniture_is_a_near_copy():
    rng = random.Random(3)
    sentences = article(rng)
    assert near(page(rng, sentences), page(rng, near_copy(rng, sentences)))


def test_two_look_alike_reports_are_not_near_copies():
    rng = random.Random(4)
    assert not near(page(rng, article(rng)), page(rng, article(rng)))


def test_short_pages_sharing_only_site_furniture_are_not_near_copies():
    furniture = ("More local news. Reporters answer your questions about crime, courts and "
                 "trends. Look up cases in the arrest logs and the court database.")
    assert not near("Man shot outside restaurant\n" + furniture,
                    "Teen arrested after family deaths\n" + furniture)


def test_shingles_of_a_text_shorter_than_a_shingle_are_the_whole_text():
    assert word_shingles("Kelbar attack") == {"kelbar attack"}


REGISTRATION_BOX = (
    "Thanks for signing up! Confirm your address using the link we sent to your inbox.\n\n"
    "Already registered? Log in to manage your alerts and saved stories."
)


def test_a_page_whose_body_never_names_its_headline_is_furniture():
    title = "Clerk wounded in Maple Street robbery"
    assert is_furniture_page(title, f"{title}\n\n{REGISTRATION_BOX}")


def test_a_story_that_tells_its_headline_is_not_furniture():
    title = "Clerk wounded in Maple Street robbery"
    body = "A store clerk was shot in the arm during a robbery on Maple Street on Friday."
    assert not is_furniture_page(title, f"{title}\n\n{body}")
    assert not is_furniture_page(None, REGISTRATION_BOX)  # no headline: nothing to compare
    assert not is_furniture_page("Update", REGISTRATION_BOX)  # too short a headline to judge
