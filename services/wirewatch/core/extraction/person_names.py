"""People whose names are also places: "Tamika Jordan", "Brittany Cole", "DIANA QUINTERO".

A capitalised word right after a common given name is that person's surname, and the given
name itself is no place there either. Once a text has shown a word as a person's name, its
bare, uncued repeats ("Jordan walked in", "Brittany said") are that person too, not Jordan the
country or Brittany in France. In copy set in capitals this is the only signal there is.

The given names are the US Census Bureau's 1990 frequency lists (5,494 first names), shipped
by the `names` package; nothing is fetched at run time.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

from wirewatch.core.extraction.english_words import frequent_words
from wirewatch.core.extraction.gazetteer import gazetteer, name_key

STRONG_CUES = frozenset({"in", "near", "outside", "at", "inside"})
"""A bare repeat after one of these is a place again: 'shot in Jordan'."""


@cache
def given_names() -> frozenset[str]:
    """Lower-case common given names; empty when the `names` package is absent."""
    spec = importlib.util.find_spec("names")
    if spec is None or spec.origin is None:
        return frozenset()
    folder = Path(spec.origin).parent
    found: set[str] = set()
    for part in ("dist.male.first", "dist.female.first"):
        path = folder / part
        if path.exists():
            found.update(line.split()[0].lower() for line in path.read_text().splitlines() if line)
    return frozenset(found)


BIG_CITY_POPULATION = 100_000
FREQUENT_WORD_RANK = 1000
"""Given names among the 1,000 most frequent English words ("In", "Will", "Hope", "Mark") start
too many other phrases, and such words ("Police", "Street") end them; "Grace" (rank ~2,700),
"Jordan" (~2,900) and "Diego" (~3,900) are names."""


def _frequent_words() -> frozenset[str]:
    return frequent_words(FREQUENT_WORD_RANK)


def _starts_a_person(word: str) -> bool:
    """A given name that is no frequent word and not also a country, a US state or a big city
    ("Israel Police", "Georgia Tech", "Dallas Nightclub")."""
    key = name_key(word)
    if key not in given_names() or key in _frequent_words():
        return False
    return not any(
        p.kind == "country"
        or (p.kind == "admin1" and p.cc == "US")
        or (p.kind == "city" and p.population >= BIG_CITY_POPULATION)
        for p in gazetteer().index.get(key, ())
    )


def person_words(text: str, tokens: list, common: frozenset[str]) -> tuple[set[int], set[str]]:
    """(start offsets of tokens inside a 'Given Surname' pair, keys of the words used as
    names of people in this text). `common`: words that are no surname ("Boulevard")."""
    inside: set[int] = set()
    words: set[str] = set()
    index = gazetteer().index
    for before, first, second in zip([None, *tokens], tokens, tokens[1:], strict=False):
        given, surname = first.group(), second.group().rstrip(".")
        if text[first.end() : second.start()] != " " or not given[:1].isupper():
            continue
        if before is not None and _ends_a_place_name(text, before, first):
            continue  # "San Pedro Sula": the end of a place's name
        if not surname[:1].isupper() or len(surname) < 3 or given.endswith("."):
            continue
        key = name_key(surname)
        if not _starts_a_person(given) or key in common or key in _frequent_words():
            continue
        if name_key(f"{given} {surname}") in index:
            continue  # "Virginia Beach", "San Jose": a place's own two-word name
        inside.update((first.start(), second.start()))
        words.update((name_key(given), name_key(surname)))
    return inside, words


def _ends_a_place_name(text: str, before, token) -> bool:
    if text[before.end() : token.start()] != " ":
        return False
    return name_key(f"{before.group()} {token.group()}") in gazetteer().index


def without_person_names(text: str, tokens: list, mentions: list, common: frozenset[str]) -> list:
    """Drop place mentions that are a person's name in this text: inside a 'Given Surname'
    pair always; a bare single-word repeat when no strong place cue stands before it."""
    inside, words = person_words(text, tokens, common)
    if not words:
        return mentions
    kept = []
    for m in mentions:
        if m.start in inside and len(m.text.split()) == 1:
            continue
        if _bare_repeat(text, m, words):
            continue
        kept.append(m)
    return kept


def _bare_repeat(text: str, m, words: set[str]) -> bool:
    if m.state is not None or m.qualified or m.type_word or m.dateline:
        return False
    if len(m.text.split()) != 1 or name_key(m.text) not in words:
        return False
    before = text[max(0, m.start - 12) : m.start].split()
    return not (before and before[-1].lower() in STRONG_CUES)
