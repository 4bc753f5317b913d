"""Who did it and to whom: named armed groups, acting state forces, and victim categories.

Names come from the alias table (data/actors.json), so "IS", "ISIS", "ISIL", "Daesh" and
"Islamic State" are one actor. Police and soldiers are actors only when they act (subject of a
violent verb, or a side in a clash); otherwise they are usually the victims. Lone perpetrators
("a gunman", "the suspect") are not organisations and are not returned.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from wirewatch.core.extraction.place_mentions import is_upper_case_text

GAP = r"(?:[\w'\u2019-]+\s+){0,%d}?"
CASUALTY_PASSIVE = (
    "(?:"
    + "|".join(
        [
            r"killed",
            r"dead",
            r"died",
            r"wounded",
            r"injured",
            r"hurt",
            r"shot",
            r"slain",
            r"murdered",
            r"kidnapped",
            r"abducted",
            r"missing",
            r"executed",
            r"beheaded",
            r"stabbed",
            r"hospitali[sz]ed",
            r"lost their lives",
        ]
    )
    + ")"
)
COUNT = (
    "(?:"
    + "|".join(
        [
            r"\d+",
            r"one",
            r"two",
            r"three",
            r"four",
            r"five",
            r"six",
            r"seven",
            r"eight",
            r"nine",
            r"ten",
            r"eleven",
            r"twelve",
            r"several",
            r"many",
            r"some",
            r"dozens of",
            r"scores of",
            r"hundreds of",
            r"a",
            r"an",
            r"the",
            r"\w+ of the",
        ]
    )
    + ")"
)
CASUALTY_ACTIVE = (
    "(?:"
    + "|".join(
        [
            r"fired (?:up)?on",
            r"fire on",
            r"fire at",
            r"killed",
            r"killing",
            r"kills",
            r"wounded",
            r"wounding",
            r"wounds",
            r"injured",
            r"injuring",
            r"shot",
            r"shooting",
            r"attacked",
            r"attacking",
            r"targeted",
            r"targeting",
            r"kidnapped",
            r"kidnapping",
            r"abducted",
            r"abducting",
            r"ambushed",
            r"massacred",
            r"executed",
            r"murdered",
            r"stabbed",
            r"hit",
            r"struck",
        ]
    )
    + ")"
)


NOT_ACTIVE = r"(?!\s+(?:a|an|the|\d+|at least|his|her|their)\b)"  # "two gunmen killed a man"


@cache
def _table() -> dict:
    return json.loads((Path(__file__).parent / "data" / "actors.json").read_text("utf-8"))


def _alias_pattern(aliases: list[str], upper_text: bool) -> re.Pattern | None:
    skip = set(_table()["word_acronyms"]) if upper_text else set()
    exact = [a for a in aliases if a.split("(")[0].isupper() and a.split("(")[0] not in skip]
    loose = [a for a in aliases if not a.split("(")[0].isupper()]
    parts = []
    if loose:
        parts.append(r"(?i:\b(?:" + "|".join(loose) + r")\b)")
    if exact:
        parts.append(r"\b(?:" + "|".join(exact) + r")\b")
    return re.compile("|".join(parts)) if parts else None


@cache
def _group_patterns(upper_text: bool) -> list[tuple[str, re.Pattern]]:
    patterns = []
    for name, aliases in _table()["groups"].items():
        pattern = _alias_pattern(aliases, upper_text)
        if pattern is not None:
            patterns.append((name, pattern))
    return patterns


@cache
def _state_force_patterns() -> list[tuple[str, re.Pattern]]:
    verbs = "|".join(_table()["acting_verbs"])
    patterns = []
    for name, nouns in _table()["state_forces"].items():
        noun = r"(?:" + "|".join(nouns) + r")"
        acting = (
            rf"(?i)\b(?P<adj>[A-Z][a-z]+\s+)?{noun}\b\s+{GAP % 3}(?:{verbs})\b"
            rf"|\bclash(?:es|ed)?\s+(?:between|with)\s+{GAP % 3}{noun}\b"
            rf"|\b{noun}\s+{GAP % 2}clash(?:ed|es)?\b"
        )
        patterns.append((name, re.compile(acting)))
    return patterns


def _country_of(adjective: str | None) -> str | None:
    if not adjective:
        return None
    from wirewatch.core.extraction.gazetteer import gazetteer, name_key, place_names

    demonyms = {name_key(k): v for k, v in place_names()["demonyms"].items()}
    cc = demonyms.get(name_key(adjective.strip()))
    country = gazetteer().countries.get(cc) if cc else None
    return country.name if country else None


def find_actors(text: str) -> list[str]:
    """Perpetrating or fighting organisations and forces, canonical names, in order of mention."""
    upper = is_upper_case_text(text)
    hits: list[tuple[int, str]] = []
    for name, pattern in _group_patterns(upper):
        match = pattern.search(text)
        if match:
            hits.append((match.start(), name))
    for name, pattern in _state_force_patterns():
        match = pattern.search(text)
        if match:
            country = _country_of(match.group("adj"))
            hits.append((match.start(), f"{name} of {country}" if country else name))
    seen: dict[str, int] = {}
    for position, name in sorted(hits):
        seen.setdefault(name, position)
    return list(seen)


@cache
def _victim_patterns() -> list[tuple[str, re.Pattern]]:
    patterns = []
    for category, nouns in _table()["victims"].items():
        noun = r"(?:" + "|".join(nouns) + r")"
        rx = (
            rf"(?i)\b{CASUALTY_ACTIVE}\s+(?:at least\s+|nearly\s+|about\s+)?{GAP % 4}{noun}\b"
            rf"|\b{noun}\s+(?:who\s+)?(?:were|was|have been|has been|had been|are|is|being|got)\s+"
            rf"(?:{GAP % 2}){CASUALTY_PASSIVE}\b"
            rf"|\b{COUNT}\s+{GAP % 2}{noun}\s+(?:{GAP % 1}){CASUALTY_PASSIVE}\b{NOT_ACTIVE}"
            rf"|\b(?:killing|death|deaths|murder|kidnapping|abduction)s?\s+of\s+{GAP % 3}{noun}\b"
        )
        patterns.append((category, re.compile(rx)))
    return patterns


def find_victims(text: str) -> list[str]:
    """Normalised categories of the people killed, hurt or taken (police, civilians, ...)."""
    hits = []
    for category, pattern in _victim_patterns():
        match = pattern.search(text)
        if match:
            hits.append((match.start(), category))
    return [category for _, category in sorted(hits)]
