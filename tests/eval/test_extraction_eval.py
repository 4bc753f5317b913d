"""The extractor against the labelled dev sets in ../shared/eval, target by target.

Skipped where ../shared/eval is absent. Met targets are asserted; unmet ones
are guarded by a regression floor (see FLOORS). Speed is a benchmark
(bench/bench_extraction.py), not a timed test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wirewatch.core.extraction.warm_up import warm_up_extractor
from wirewatch.evaluation.extraction import (
    SETS,
    AlertScore,
    SetScore,
    evaluate_set,
)

EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"
pytestmark = [
    pytest.mark.eval,
    pytest.mark.skipif(not EVAL.exists(), reason=f"labelled sets not present at {EVAL}"),
]

# (set, metric) -> the brief's target accuracy on the dev sets.
TARGETS = {
    ("gva_articles", "killed"): 0.88,
    ("gva_articles", "wounded"): 0.80,
    ("gva_articles", "admin1"): 0.90,
    ("gva_articles", "date"): 0.75,
    ("muc4_single", "killed"): 0.75,
    ("muc4_single", "wounded"): 0.92,
    ("muc4_single", "country"): 0.90,
    ("gtd_summaries", "killed"): 0.90,
    ("gtd_summaries", "wounded"): 0.85,
    ("gtd_summaries", "country"): 0.95,
    ("acled_notes", "killed"): 0.90,
    ("acled_notes", "country"): 0.97,
    ("acled_notes", "admin1"): 0.85,
    ("acled_notes", "date"): 0.95,
    ("wikipedia_incidents", "killed"): 0.80,
    ("wikipedia_incidents", "wounded"): 0.70,
}
# Where the dev-set figure is still below the target, the test guards against
# regression instead: it asserts the figure measured on 2026-12-07 (sixteenth session) less two
# points (the unmet targets are listed in the README's Evaluation section). Raise a floor
# whenever the extractor improves; delete it once the target itself is met.
FLOORS = {
    ("acled_notes", "country"): 0.911,
    ("acled_notes", "admin1"): 0.776,
    ("acled_notes", "date"): 0.836,
    ("wikipedia_incidents", "killed"): 0.565,
}
ALERT_TARGET = 0.92


@pytest.fixture(scope="module")
def scores() -> tuple[dict[str, SetScore], AlertScore]:
    warm_up_extractor()
    alerts = AlertScore()
    found = {}
    for name in SETS:
        score = evaluate_set(EVAL, name, None, alerts, [])
        if score is not None:
            found[name] = score
    return found, alerts


@pytest.mark.parametrize(
    ("key", "target"), [(k, t) for k, t in TARGETS.items() if k not in FLOORS],
    ids=lambda v: "-".join(v) if isinstance(v, tuple) else str(v),
)
def test_accuracy_reaches_target(scores, key, target):
    rate = _rate(scores, key)
    assert rate >= target, f"{key}: {rate:.3f} < target {target}"


@pytest.mark.parametrize(
    ("key", "floor"), list(FLOORS.items()),
    ids=lambda v: "-".join(v) if isinstance(v, tuple) else str(v),
)
def test_accuracy_does_not_fall_below_its_floor(scores, key, floor):
    rate = _rate(scores, key)
    assert rate >= floor, f"{key}: {rate:.3f} < floor {floor} (target {TARGETS[key]})"


def _rate(scores, key: tuple[str, str]) -> float:
    set_scores, _ = scores
    if key[0] not in set_scores:
        pytest.skip(f"{key[0]} not present")
    rate = set_scores[key[0]].rate(key[1])
    assert rate is not None, f"{key} was not scored"
    return rate


def test_alert_decision_precision_and_recall(scores):
    _, alerts = scores
    precision = alerts.tp / max(1, alerts.tp + alerts.fp)
    recall = alerts.tp / max(1, alerts.tp + alerts.fn)
    assert precision >= ALERT_TARGET and recall >= ALERT_TARGET, (precision, recall)
