"""Quantities in news prose: digits, number words and vague amounts, as integers.

Casualty counts in wire copy are written every way: "12", "twelve", "2,500",
"at least 12", "a dozen", "dozens", "several". One table turns each way into one
integer so that every reader downstream applies the same convention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
SMALL_COUNT = r"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
"""A small count in digits or words, for patterns that must name how many ('two of the')."""
COUNT_SCALES = {**SCALES, "dozen": 12}
"""After a number only: "2 dozen" is 24 ("a dozen" and "dozens" are vague amounts)."""

# Vague amounts -> the integer we record. Convention (conservative, after ACLED's
# codebook and GTD practice, which code the smallest figure the report supports):
# - "a dozen" is 12, "dozens" is 12 (ACLED codes "dozens" as 12), "scores" is 20
#   (one score), "hundreds" is 100 (ACLED; the Wikipedia incident lists record
#   "hundreds injured" as 100), "thousands" is 1000.
# - "tens of" is 10 (ACLED codes "tens of soldiers killed" as 10).
# - "several" is 3 and "a few"/"a couple" are 2: the least the word can mean.
#   ACLED codes unspecified fatalities as 10, but an alert at >=10 killed must not
#   fire on the word "several" alone, so we stay at the lower bound and lower
#   the confidence instead.
# - "many", "numerous", "unknown number" give no integer (None): nothing to count.
VAGUE_QUANTITIES: dict[str, int] = {
    "a dozen": 12,
    "dozen": 12,
    "dozens": 12,
    "dozens of": 12,
    "scores": 20,
    "scores of": 20,
    "hundreds": 100,
    "hundreds of": 100,
    "thousands": 1000,
    "tens of": 10,
    "thousands of": 1000,
    "several": 3,
    "a few": 2,
    "a couple of": 2,
    "a couple": 2,
    "both": 2,
    "a pair of": 2,
}

# Qualifiers keep the stated figure (GTD and ACLED record "at least 12" and "more
# than 12" as 12; "nearly 200" and "about 200" as the reported 200); a range
# "12 to 15" takes its lower end, as MUC-4's minimum counts do.
APPROXIMATE_QUALIFIERS = frozenset(
    {
        "nearly", "almost", "about", "around", "some", "approximately", "roughly",
        "an estimated", "up to", "as many as", "close to", "upwards of", "at most",
        "fewer than", "less than", "just under",
    }
)
"""Qualifiers that mark the figure as approximate (it is still the figure recorded)."""
QUALIFIERS = (
    "at least", "more than", "over", "no fewer than", "no less than", "just over",
    "well over", "in excess of", "a total of", "a further", "another", "an additional", "all",
    *sorted(APPROXIMATE_QUALIFIERS),
)
"""Every qualifier read before a figure (the regex tries longer ones first)."""

_WORD = "|".join(sorted([*UNITS, *TENS, *SCALES], key=len, reverse=True))
_WORD_NUM = rf"(?:{_WORD})(?:(?:[\s-]+|\s+and\s+)(?:{_WORD})){{0,4}}"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?!\d)|\d{1,7}(?:\.\d+)?(?!\d)"
_VAGUE = "|".join(sorted((re.escape(k) for k in VAGUE_QUANTITIES), key=len, reverse=True))
_QUAL = "|".join(sorted((re.escape(q) for q in QUALIFIERS), key=len, reverse=True))

QUANTITY_RE = re.compile(
    rf"(?<![\w.,:/$£€-])(?:(?P<qual>{_QUAL})\s+)?"
    rf"(?:(?P<vague>{_VAGUE})|(?P<num>{_DIGITS}|{_WORD_NUM}))"
    rf"(?:\s*(?:to|-|or)\s*(?:{_DIGITS}|{_WORD_NUM})(?=\s))?"
    rf"(?P<scale>\s+(?:million|thousand|hundred|dozen(?!s)))?"
    r"(?![\w%$]|:\d|/\d)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Quantity:
    """An amount read from text: its value, where it was, and how exact it is."""

    value: int
    start: int
    end: int
    text: str
    vague: bool = False
    approximate: bool = False
    qualifier: str | None = None


def words_to_int(words: str) -> int | None:
    """'twenty-one' -> 21, 'two hundred and five' -> 205; None when not a number."""
    total, current, seen = 0, 0, False
    for word in re.split(r"[\s-]+", words.lower()):
        if word in ("and", ""):
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word in SCALES:
            scale = SCALES[word]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def number_value(text: str) -> int | None:
    """Digits or number words -> int (decimals are truncated; None if unreadable)."""
    text = text.strip()
    if text and text[0].isdigit():
        try:
            return int(float(text.replace(",", "")))
        except ValueError:
            return None
    return words_to_int(text)


AGE_BEFORE_RE = re.compile(
    r"(?:\b(?:younger|older)\s+than|\bunder\s+(?:the\s+)?age\s+of|\baged|"
    r"\bages?(?:\s+of)?(?:\s+\d+\s*(?:and|to|-))?)\s*$",
    re.IGNORECASE,
)
"""An age, not a number of people: 'all younger than 45', 'between the ages of 16 and 19'."""


def find_quantities(text: str, offset: int = 0) -> list[Quantity]:
    """Every amount in `text` that is not an age, with offsets shifted by `offset`."""
    found = []
    for match in QUANTITY_RE.finditer(text):
        if AGE_BEFORE_RE.search(text, max(0, match.start() - 40), match.start()):
            continue
        quantity = _quantity(match, offset)
        if quantity is not None:
            found.append(quantity)
    return found


def _quantity(match: re.Match[str], offset: int) -> Quantity | None:
    qual = (match.group("qual") or "").lower() or None
    if match.group("vague"):
        value = VAGUE_QUANTITIES[match.group("vague").lower()]
        vague = True
    else:
        value = number_value(match.group("num"))
        vague = False
        if value is None:
            return None
        if match.group("scale"):
            value *= COUNT_SCALES[match.group("scale").strip().lower()]
    return Quantity(
        value=value,
        start=match.start() + offset,
        end=match.end() + offset,
        text=match.group(0),
        vague=vague,
        approximate=qual in APPROXIMATE_QUALIFIERS,
        qualifier=qual,
    )
