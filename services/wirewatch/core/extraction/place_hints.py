"""Country and region hints from the actors a text names, for texts that name no place.

National forces and missions that only operate at home ("FARDC", "OSCE SMM":
data/place_names.json country_hint_names and region_hint_names) and the home countries of
named armed groups ("al-Shabaab" -> Somalia) vote weakly for a country or region; place words
inside a group's name ("Haram" in "Boko Haram") are no place.
"""

from __future__ import annotations

import re
from functools import cache

from wirewatch.core.extraction.gazetteer import gazetteer, place_names
from wirewatch.core.extraction.place_mentions import Mention


@cache
def _country_hint_pattern() -> tuple[re.Pattern, list[str]]:
    """National forces and missions that operate in one country ("FARDC", "AMISOM")."""
    table = {k: v for k, v in place_names()["country_hint_names"].items() if k != "_about"}
    named = [(f"(?P<h{n}>{regex})", _starts_capitalised(regex)) for n, regex in enumerate(table)]
    # Most names begin with a capital: a look-ahead lets the engine skip every lower-case
    # word before trying fifty alternatives there (about 5% of a GVA article's time).
    capital = "|".join(group for group, capitalised in named if capitalised)
    other = "|".join(group for group, capitalised in named if not capitalised)
    return re.compile(rf"\b(?:(?=[A-Z])(?:{capital})|{other})\b"), list(table.values())


def _starts_capitalised(regex: str) -> bool:
    """Whether every top-level alternative of `regex` begins with a capital letter."""
    depth, starts = 0, [0]
    for n, char in enumerate(regex):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            starts.append(n + 1)
    return all(regex[n : n + 1].isupper() for n in starts)


REGION_HINT_VOTE = 0.5
"""A region vote for each region a named mission reports on: less than one unambiguous town."""


@cache
def _region_hint_patterns() -> list[tuple[re.Pattern, list[tuple[str, str]]]]:
    table = {k: v for k, v in place_names()["region_hint_names"].items() if k != "_about"}
    return [
        (re.compile(rf"\b(?:{regex})\b"), [tuple(r.split(":", 1)) for r in regions])
        for regex, regions in table.items()
    ]


def hinted_regions(text: str) -> list[tuple[str, str]]:
    """The regions a named mission's reports concern ("OSCE SMM": Donetsk and Luhansk): they
    choose among a village's namesakes elsewhere in the country."""
    found = []
    for pattern, regions in _region_hint_patterns():
        if pattern.search(text):
            found.extend(regions)
    return found


def _named_force_countries(text: str) -> list[tuple[int, str]]:
    pattern, codes = _country_hint_pattern()
    hits = []
    for match in pattern.finditer(text):
        hits.append((match.start(), codes[int(match.lastgroup[1:])]))
    return hits


def outside_group_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop place words that are part of an armed group's name ("Haram" in "Boko Haram")."""
    from wirewatch.core.extraction.actors import group_spans

    spans = group_spans(text)
    if not spans:
        return mentions
    return [m for m in mentions if not any(a <= m.start < b for a, b in spans)]


def actor_country_hints(text: str) -> list[Mention]:
    """Home countries of named armed groups and national forces, as weak country hints."""
    from wirewatch.core.extraction.actors import actor_countries

    hints = []
    # A national force or mission that only operates at home ("FARDC", "OSCE SMM") says more
    # than the home country of a group that also fights abroad, or a demonym (votes 0.5-0.7).
    weighted = [(p, cc, 0.3, None) for p, cc in actor_countries(text)]
    weighted += [(p, cc, 1.0, 1.5) for p, cc in _named_force_countries(text)]
    for position, cc, support, vote in weighted:
        country = gazetteer().countries.get(cc)
        if country:
            hint = Mention(position, position, country.name, [country], support, demonym=True)
            hint.vote = vote
            hints.append(hint)
    return hints
