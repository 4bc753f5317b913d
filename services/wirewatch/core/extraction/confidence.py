"""How sure we are of an incident's killed figure, as a probability-like score.

The score is meant to read as "the chance the killed figure is exactly right".
Its weights were set against the labelled dev sets (see `wirewatch eval
extraction`, which prints the calibration: accuracy per confidence band) and are
kept here as a table so they can be re-fitted without touching the reader.
"""

from __future__ import annotations

from wirewatch.core.extraction.mentions import Mention

# Starting score by the kind of evidence behind the killed figure. Fitted on the dev
# sets (first 700 rows of each): the share of main incidents whose killed figure was
# exactly right, per kind (exact 0.76, singular 0.74, none 0.86, zero 1.00, vague 0.59,
# approximate 0.11 on only 9 rows, so set between vague and zero evidence).
BASE = {
    "exact": 0.8,  # digits or number words, no qualifier
    "approximate": 0.35,  # "about 200", "nearly 200", "up to 10"
    "vague": 0.6,  # "several", "dozens"
    "singular": 0.75,  # "a man was killed", "he died"
    "none": 0.86,  # no killed figure at all (read as none reported)
    "zero": 0.95,  # "no one was killed"
}
CORROBORATED = 0.06  # the same figure stated twice or more (0.84 observed)
CONFLICT = -0.2  # different figures for the same field (0.47 observed)
SUMMED = -0.12  # the figure adds up several mentions (0.40 observed)
PERPETRATOR_ADDED = -0.1  # the total relies on adding attackers to victims (0.44 observed)
BACKGROUND = -0.1  # the lead event is itself recalled (follow-up story; 0.62 observed)


def killed_confidence(used: list[Mention], all_killed: list[Mention], background: bool) -> float:
    """Score for a killed figure resting on `used`, among all killed mentions seen."""
    if not used:
        score = BASE["none"]
    elif all(m.zero for m in used):
        score = BASE["zero"]
    elif any(m.vague for m in used):
        score = BASE["vague"]
    elif any(m.approximate for m in used):
        score = BASE["approximate"]
    elif all(m.singular for m in used):
        score = BASE["singular"]
    else:
        score = BASE["exact"]
    values = [m.value for m in all_killed if not m.part and not m.zero and not m.additive]
    if used and values.count(used[0].value) >= 2:
        score += CORROBORATED
    if len({v for v in values if v > 0}) > 1:
        score += CONFLICT
    if len(used) > 1:
        score += SUMMED
        if any(m.category == "perpetrator" for m in used):
            score += PERPETRATOR_ADDED
    if background:
        score += BACKGROUND
    return round(min(0.97, max(0.3, score)), 3)
