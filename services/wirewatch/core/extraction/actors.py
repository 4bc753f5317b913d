"""Who did it and to whom: named armed groups, acting state forces, and victim categories.

Names come from the alias table (data/actors.json), so "IS", "ISIS", "ISIL", "Daesh" and
"Islamic State" are one actor. Police and soldiers are actors only when they act (subject of a
violent verb, or a side in a clash); otherwise they are usually the victims. Lone perpetrators
("a gunman", "the suspect") are not organisations and are not returned.

Speed: one combined regex per table, and victim phrases are only sought in sentences that
carry a casualty word, so a long article costs about a millisecond.
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from pathlib import Path

from wirewatch.core.extraction.place_mentions import is_upper_case_text

GAP = r"(?:[\w'\u2019-]+\s+){0,%d}?"
# "two gunmen killed a man": a count, a noun and an active verb with an object is no victim.
NOT_ACTIVE = r"(?!\s+(?:a|an|the|\d+|at least|his|her|their)\b)"
SENTENCE_RE = re.compile(r"[^.!?\n]+[.!?]?")
CASUALTY_HINT_RE = re.compile(
    r"(?i)\b(?:kill|dead|die|wound|injur|hurt|shot|shoot|slain|murder|kidnap|abduct|execut|"
    r"behead|stab|hospital|massacr|attack|fire|target|ambush|struck|hit|death|missing|lost)"
)
ADJECTIVE_RE = re.compile(r"([A-Z][a-z]+)\s+$")


@cache
def _table() -> dict:
    return json.loads((Path(__file__).parent / "data" / "actors.json").read_text("utf-8"))


def _alternation(words: list[str]) -> str:
    return "(?:" + "|".join(words) + ")"


def _is_acronym(alias: str) -> bool:
    return alias.split("(")[0].isupper()


def _literal_prefix(alias: str) -> str:
    """The plain letters an alias starts with: a cheap substring gate before the regex."""
    match = re.match(r"[\w' -]*", alias)
    prefix = match.group(0) if match else ""
    if prefix and len(prefix) < len(alias) and alias[len(prefix)] in "?*{":
        prefix = prefix[:-1]
    return prefix


@cache
def _group_regexes(
    upper_text: bool,
) -> list[tuple[str, tuple[str, ...], tuple[str, ...], re.Pattern]]:
    """Per group: name, lower-case gates, exact gates, and the group's alias regex."""
    skip = set(_table()["word_acronyms"]) if upper_text else set()
    groups = []
    for name, aliases in _table()["groups"].items():
        soft = [a for a in aliases if not _is_acronym(a)]
        hard = [a for a in aliases if _is_acronym(a) and a.split("(")[0] not in skip]
        parts = [f"(?i:{_alternation(soft)})"] if soft else []
        parts += [_alternation(hard)] if hard else []
        if not parts:
            continue
        pattern = re.compile(r"\b(?:" + "|".join(parts) + r")\b")
        gates = tuple(_literal_prefix(a).lower() for a in soft)
        exact_gates = tuple(_literal_prefix(a) for a in hard)
        groups.append((name, gates, exact_gates, pattern))
    return groups


@cache
def _force_regexes() -> tuple[list[str], re.Pattern, re.Pattern, re.Pattern]:
    """Names, a noun finder, an 'acts next' test and a 'side in a clash' finder."""
    forces = _table()["state_forces"]
    names = list(forces)
    nouns = "|".join(f"(?P<f{n}>{_alternation(forces[name])})" for n, name in enumerate(names))
    noun_re = re.compile(rf"(?i)\b(?:{nouns})\b")
    active_gap = r"(?:(?!(?:were|was|been|being|are|is|got)\b)[\w'\u2019-]+\s+){0,3}?"
    acts_re = re.compile(rf"(?i)\s+{active_gap}{_alternation(_table()['acting_verbs'])}\b")
    clash_re = re.compile(rf"(?i)\bclash(?:es|ed)?\s+(?:between|with)\s+{GAP % 3}(?:{nouns})\b")
    return names, noun_re, acts_re, clash_re


def _country_of(adjective: str | None) -> str | None:
    if not adjective:
        return None
    from wirewatch.core.extraction.gazetteer import gazetteer, name_key, place_names

    demonyms = {name_key(k): v for k, v in place_names()["demonyms"].items()}
    cc = demonyms.get(name_key(adjective))
    country = gazetteer().countries.get(cc) if cc else None
    return country.name if country else None


def _force_name(match: re.Match, names: list[str], text: str) -> str:
    index = int(match.lastgroup[1:])
    adjective = ADJECTIVE_RE.search(text[max(0, match.start() - 20) : match.start()])
    country = _country_of(adjective.group(1) if adjective else None)
    return f"{names[index]} of {country}" if country else names[index]


def _acting_forces(text: str) -> list[tuple[int, str]]:
    names, noun_re, acts_re, clash_re = _force_regexes()
    hits = []
    for match in noun_re.finditer(text):
        if acts_re.match(text, match.end()):
            hits.append((match.start(), _force_name(match, names, text)))
    for match in clash_re.finditer(text):
        hits.append((match.start(), _force_name(match, names, text)))
    return hits


NATIONAL_FORCES_RE = re.compile(
    r"\b(?:(?P<adj>[A-Z][a-z]+)(?:\s+(?:armed|military|security|government|army))?\s+[Ff]orces"
    r"|[Mm]ilitary [Ff]orces of (?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?))\b"
)


def _national_forces(text: str) -> list[tuple[int, str]]:
    """'Ukrainian forces', 'military forces of Azerbaijan': a state's military as a party."""
    hits = []
    for match in NATIONAL_FORCES_RE.finditer(text):
        if match.group("adj"):
            country = _country_of(match.group("adj"))
        else:
            country = _country_named(match.group("country"))
        if country:
            hits.append((match.start(), f"Military Forces of {country}"))
    return hits


def _country_named(name: str) -> str | None:
    from wirewatch.core.extraction.gazetteer import gazetteer, name_key

    for place in gazetteer().index.get(name_key(name), ()):
        if place.kind == "country":
            return place.name
    return None


def find_actors(text: str) -> list[str]:
    """Perpetrating or fighting organisations and forces, canonical names, in order of mention."""
    lowered = text.lower()
    hits: list[tuple[int, str]] = []
    for name, gates, exact_gates, pattern in _group_regexes(is_upper_case_text(text)):
        if any(g in lowered for g in gates) or any(g in text for g in exact_gates):
            match = pattern.search(text)
            if match:
                hits.append((match.start(), name))
    hits.extend(_acting_forces(text))
    hits.extend(_national_forces(text))
    seen: dict[str, int] = {}
    for position, name in sorted(hits):
        seen.setdefault(name, position)
    # "Military Forces" adds nothing next to "Military Forces of Nigeria".
    return [n for n in seen if not any(other.startswith(n + " of ") for other in seen)]


@cache
def _victim_regex() -> tuple[list[str], re.Pattern]:
    table = _table()
    categories = list(table["victims"])
    noun = "|".join(
        f"(?P<v{n}>{_alternation(table['victims'][c])})" for n, c in enumerate(categories)
    )
    # Each branch repeats the noun alternation, so group names get a branch suffix.
    branches = [
        rf"\b{_alternation(table['casualty_active'])}\s+(?:at least\s+|nearly\s+|about\s+)?"
        rf"{GAP % 4}(?:{noun.replace('(?P<v', '(?P<a')})\b",
        rf"\b(?:{noun.replace('(?P<v', '(?P<p')})\s+(?:who\s+)?"
        rf"(?:were|was|have been|has been|had been|are|is|being|got)\s+"
        rf"{GAP % 2}{_alternation(table['casualty_passive'])}\b",
        rf"\b{_alternation(table['counts'])}\s+{GAP % 2}(?:{noun.replace('(?P<v', '(?P<c')})\s+"
        rf"{GAP % 1}{_alternation(table['casualty_passive'])}\b{NOT_ACTIVE}",
        rf"\b(?:killing|death|murder|kidnapping|abduction)s?\s+of\s+{GAP % 3}"
        rf"(?:{noun.replace('(?P<v', '(?P<o')})\b",
    ]
    return categories, re.compile(r"(?i)" + "|".join(branches))


def _victim_category(match: re.Match, categories: list[str]) -> str | None:
    for name, value in match.groupdict().items():
        if value is not None and name[1:].isdigit():
            return categories[int(name[1:])]
    return None


def find_victims(text: str) -> list[str]:
    """Normalised categories of the people killed, hurt or taken (police, civilians, ...)."""
    categories, pattern = _victim_regex()
    found: dict[str, int] = {}
    for sentence in SENTENCE_RE.finditer(text):
        chunk = sentence.group()
        if not CASUALTY_HINT_RE.search(chunk):
            continue
        for match in pattern.finditer(chunk):
            category = _victim_category(match, categories)
            if category:
                found.setdefault(category, sentence.start() + match.start())
    return sorted(found, key=found.get)


def actor_countries(text: str) -> list[tuple[int, str]]:
    """(position, ISO code) of the home country of each named group in the text: a weak hint
    of where it happened when no place is named ("al-Shabaab fighters attacked a base")."""
    homes = _table()["home_countries"]
    first: dict[str, int] = {}
    for start, _, name in _group_matches(text):
        if name in homes:
            first.setdefault(name, start)
    return [(start, homes[name]) for name, start in first.items()]


@lru_cache(maxsize=16)
def _group_matches(text: str) -> tuple[tuple[int, int, str], ...]:
    """Every named-group match (start, end, name); cached for the place reader's two uses."""
    lowered = text.lower()
    found = []
    for name, gates, exact_gates, pattern in _group_regexes(is_upper_case_text(text)):
        if any(g in lowered for g in gates) or any(g in text for g in exact_gates):
            found.extend((m.start(), m.end(), name) for m in pattern.finditer(text))
    return tuple(found)


def group_spans(text: str) -> list[tuple[int, int]]:
    """Where named armed groups are named: a place word inside one ("Boko Haram") is no place."""
    return [(start, end) for start, end, _ in _group_matches(text)]
