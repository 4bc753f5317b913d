"""Sentence splitting with character offsets into the cleaned text.

Evidence must point back into the text the analyst sees, so every sentence keeps
its start and end offsets. A rule splitter (punctuation + capital, minus known
abbreviations, plus paragraph breaks) is fast, deterministic and handles the
upper-case wire copy that statistical splitters trip over.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Tokens that end with a period but do not end a sentence (titles, months, states,
# initials). Compared lower-case, without the final period.
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "sgt",
        "lt",
        "gen",
        "col",
        "capt",
        "cpl",
        "pvt",
        "maj",
        "adm",
        "gov",
        "sen",
        "rep",
        "rev",
        "prof",
        "jr",
        "sr",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "nos",
        "vs",
        "etc",
        "inc",
        "corp",
        "co",
        "ltd",
        "dept",
        "ft",
        "mt",
        "u.s",
        "u.n",
        "u.k",
        "a.m",
        "p.m",
        "approx",
        "est",
        "fig",
        "ave",
        "blvd",
        "rd",
        "hwy",
        "mph",
        "ala",
        "ariz",
        "ark",
        "calif",
        "colo",
        "conn",
        "del",
        "fla",
        "ga",
        "ill",
        "ind",
        "kan",
        "ky",
        "la",
        "md",
        "mass",
        "mich",
        "minn",
        "miss",
        "mo",
        "mont",
        "neb",
        "nev",
        "okla",
        "ore",
        "pa",
        "tenn",
        "tex",
        "va",
        "vt",
        "wash",
        "wis",
        "wyo",
    ]
)

_BOUNDARY_RE = re.compile(
    r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n[ \t]*\n\s*"
    r"|(?<=[a-z]{3}[.!?])(?=[A-Z])"  # "injured.A third suspect": a lost space
)
_TOKEN_BEFORE_RE = re.compile(r"([\w.]+)\.$")
_CLOCK_ABBREVIATIONS = frozenset({"a.m", "p.m"})
# Words that go on telling the time after "a.m."/"p.m.": a day, a month, a time zone.
_TIME_GOES_ON_RE = re.compile(
    r"\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|"
    r"Oct|Nov|Dec|[A-Z]{1,2}[SD]?T\b|Eastern|Central|Mountain|Pacific|Local|Today|"
    r"Tonight|Tomorrow|Yesterday|Christmas|New\s+Year|Thanksgiving|Easter|Halloween)"
)

MAX_SENTENCE_CHARS = 1500


@dataclass(frozen=True)
class Sentence:
    """One sentence: its text and its [start, end) span in the cleaned text."""

    text: str
    start: int
    end: int


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of `text`, in order, with offsets; blank text gives []."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY_RE.finditer(text):
        if match.group(0)[:1] in (".", "!", "?") and _is_abbreviation(text, match.start()):
            continue
        _append(sentences, text, start, match.end())
        start = match.end()
    _append(sentences, text, start, len(text))
    return sentences


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` closes an abbreviation or an initial."""
    if text[dot] != ".":
        return False
    token = _TOKEN_BEFORE_RE.search(text, max(0, dot - 12), dot + 1)
    if token is None:
        return False
    word = token.group(1).lower()
    if word in _CLOCK_ABBREVIATIONS:
        return _time_goes_on(text, dot + 1)
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _time_goes_on(text: str, after: int) -> bool:
    """'at 9 p.m. Friday' goes on telling the time; in 'around 4 a.m. Rivera was found'
    the clock closes the sentence and a capitalised word starts the next one."""
    return bool(_TIME_GOES_ON_RE.match(text, after))


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    """Add the stripped span [start, end), cut into bounded pieces if very long."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:
        cut = _soft_cut(text, start, start + MAX_SENTENCE_CHARS)
        sentences.append(Sentence(text[start:cut], start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        sentences.append(Sentence(text[start:end], start, end))


def _soft_cut(text: str, start: int, limit: int) -> int:
    """Where to cut an over-long run: the last line break or space before `limit`."""
    for mark in ("\n", "; ", ", ", " "):
        position = text.rfind(mark, start + 1, limit)
        if position > start:
            return position + len(mark)
    return limit
