"""Deduplication against the labelled dev sets in ../shared/eval (real Redis).

Skipped where ../shared/eval is absent. `gva-gold` feeds the gold place, date
and tolls instead of the extractor, so it scores the matcher and store alone.
Targets not reached yet are xfail with the reason (see the dedup report):
end-to-end recall is bounded by extraction (places and dates misread), and
ECB+ recall by its many non-violent documents, which have no incident and
count as the same only when they are near-verbatim copies.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wirewatch.evaluation.dedup import DedupScores, score_set

EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"
pytestmark = [
    pytest.mark.eval,
    pytest.mark.skipif(not EVAL.exists(), reason=f"labelled sets not present at {EVAL}"),
]

EXTRACTION_BOUND = pytest.mark.xfail(
    reason="bounded by extraction: same-incident reports with misread places/dates", strict=False
)
NO_INCIDENT_BOUND = pytest.mark.xfail(
    reason="over half the same-event pairs involve a document with no incident", strict=False
)


@pytest.fixture(scope="module")
def scores(redis_url) -> dict[str, DedupScores]:
    return {name: score_set(EVAL, name, redis_url=redis_url)
            for name in ("gva", "gva-gold", "ecbplus")}


def test_gva_precision_is_at_least_090(scores):
    assert scores["gva"].precision >= 0.90, scores["gva"]


@EXTRACTION_BOUND
def test_gva_recall_is_at_least_075(scores):
    assert scores["gva"].recall >= 0.75, scores["gva"]


def test_matcher_on_gold_attributes_reaches_gva_precision_and_recall(scores):
    gold = scores["gva-gold"]
    assert gold.precision >= 0.90 and gold.recall >= 0.75, gold


def test_ecbplus_merges_at_most_5_percent_of_cross_event_pairs(scores):
    assert scores["ecbplus"].cross_event_merged <= 0.05, scores["ecbplus"]


@NO_INCIDENT_BOUND
def test_ecbplus_same_event_recall_is_at_least_060(scores):
    assert scores["ecbplus"].recall >= 0.60, scores["ecbplus"]
