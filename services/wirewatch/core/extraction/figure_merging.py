"""How the figures of one field (killed, or wounded) make one count.

Shared by the killed tally (`tally.py`) and the wounded tally (`wounded_tally.py`), which
both weigh figures the same way: within a category of victims the largest figure stands,
categories add up, and figures marked as additional ("another", "two others") add, each
once. Kept apart so that the two tallies can share it without importing each other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wirewatch.core.extraction.mentions import Mention

SPECIFIC_CATEGORIES = ("security", "civilian", "combatant")


@dataclass
class Count:
    """A figure and the mentions it rests on."""

    value: int | None = None
    mentions: list[Mention] = field(default_factory=list)


_ORDINAL_RE = re.compile(r"an?\s+(?:third|fourth|fifth|sixth)\b", re.IGNORECASE)


def distinct_extras(mentions: list[Mention]) -> list[Mention]:
    """Additional figures, each once: a headline and its lead repeat the same 'another',
    and 'two others' restating a figure already given for the same field adds nothing (a
    part's figure is no such statement: 'two of the boys ... the other two boys')."""
    seen = {m.value for m in mentions if not m.additive and not m.zero and not m.part}
    seen = {v for v in seen if any(m.relative and m.value == v for m in mentions)}
    extras = []
    for mention in mentions:
        if _completes_a_total(mention, mentions) or _the_others_of_a_total(mention, mentions):
            continue
        ordinal = _ORDINAL_RE.match(mention.phrase)  # "a third woman": nobody told before
        if mention.additive and not mention.part and (mention.value not in seen or ordinal):
            seen.add(mention.value)
            extras.append(mention)
    return extras


def _the_others_of_a_total(mention: Mention, mentions: list[Mention]) -> bool:
    """'Ruiz was among five people shot ... the three others were shot on the porch': the
    others, named with 'the', are some of a larger group told before, not more people."""
    before = mention.sentence.text[: mention.start - mention.sentence.start]
    return (
        mention.relative
        and bool(re.search(r"\bthe\s+$", before, re.IGNORECASE))
        and any(
            not m.additive
            and not m.zero
            and not m.part
            and m.value > mention.value
            and m.start < mention.start
            for m in mentions
        )
    )


def _completes_a_total(mention: Mention, mentions: list[Mention]) -> bool:
    """'Five people were shot ... Three victims were taken by ambulance and two others in a
    private car': others that, with a figure of their own sentence, make up a total told in
    another sentence are that total's people told again, not more."""
    if not mention.additive:
        return False
    totals = {
        m.value
        for m in mentions
        if not m.additive and not m.zero and m.sentence.start != mention.sentence.start
    }
    return any(
        not m.additive
        and m.sentence.start == mention.sentence.start
        and m.start < mention.start
        and m.value + mention.value in totals
        for m in mentions
    )


def category_count(mentions: list[Mention], category: str) -> Count:
    """Largest figure of a category (parts count as figures for everyone)."""
    own = [m for m in mentions if m.category == category]
    if category == "generic":
        own += [m for m in mentions if m.part and m.category != "perpetrator"]
    best = max(own, key=lambda m: m.value, default=None)
    if best is None or not best.value:
        return Count()
    return Count(best.value, [best])


def without_parts_of_extras(mentions: list[Mention]) -> list[Mention]:
    """The figures that are not additional, less the parts of an additional group told just
    before them: in 'four other officers were wounded, one of whom seriously' the one is
    among the four others, who add to the earlier figures, so the one is no figure of its
    own (as a part it would stand for everyone, and the four be added to it)."""
    return [
        m
        for m in mentions
        if not m.additive
        and not (
            m.part
            and any(
                e.additive
                and e.field == m.field
                and e.sentence is m.sentence
                and e.end <= m.start
                and e.value >= m.value
                for e in mentions
            )
        )
    ]


def merge_categories(mentions: list[Mention]) -> Count:
    """Same category: largest; categories add up to a stated total; additional ones add."""
    if not mentions:
        return Count()
    base = without_parts_of_extras(mentions)
    extra = distinct_extras(mentions)
    counts = {c: category_count(base, c) for c in (*SPECIFIC_CATEGORIES, "perpetrator", "generic")}
    specific = sum(counts[c].value or 0 for c in (*SPECIFIC_CATEGORIES, "perpetrator"))
    generic = counts["generic"]
    if (generic.value or 0) >= specific:
        value, used = generic.value or 0, list(generic.mentions)
    else:
        value = specific
        used = [m for c in (*SPECIFIC_CATEGORIES, "perpetrator") for m in counts[c].mentions]
    return Count(value + sum(m.value for m in extra), used + extra)
