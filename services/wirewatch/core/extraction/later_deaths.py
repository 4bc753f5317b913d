"""Hurt people and survivors who died after the toll was told.

'Three people died and three others were injured ... One of the injured died ten days
later': the dead of the later sentence are some of those told hurt, who were told apart
from the dead, so they add to the toll instead of being a part of it. So are survivors
killed later ('one of the survivors was later murdered'): a survivor is not one of the
dead told before. Not when a figure of dead told elsewhere is already that large ('two
shot dead, three wounded ... two of the wounded died ... four people were killed'). The
reading of such deaths is shared with the wounded tally, which takes the same people off
the wounded (`deaths_among_the_hurt.py`).
"""

from __future__ import annotations

from dataclasses import replace

from wirewatch.core.extraction.deaths_among_the_hurt import named_of_the_hurt, of_the_survivors
from wirewatch.core.extraction.mentions import Mention


def dead_of_the_hurt_told_apart(dead: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """Mark as additional the dead told as part of the hurt ('one of the injured died') after
    a sentence that told the dead and, beside them, the hurt, or as part of the survivors
    after any toll; the toll of the last such sentence must be the largest figure of dead."""
    candidates = [m for m in dead if m.part and named_of_the_hurt(m)]
    tolls = [m for m in dead if not m.part and not m.additive]
    if not candidates or not tolls:
        return dead
    largest = max(m.value for m in tolls)
    last_hurt = _last_hurt_by_sentence(mentions)
    told_apart = set()
    for mention in candidates:
        survivors = of_the_survivors(mention)
        before = [
            t
            for t in tolls
            if t.sentence.end <= mention.sentence.start
            and (survivors or t.start < last_hurt.get(t.sentence.start, -1))
        ]
        if before and before[-1].value == largest:
            told_apart.add(id(mention))
    return [replace(m, part=False, additive=True) if id(m) in told_apart else m for m in dead]


def _last_hurt_by_sentence(mentions: list[Mention]) -> dict[int, int]:
    """Where the last figure of hurt of each sentence starts, by the sentence's start: a toll
    before it has the hurt told beside it ('... and three others were injured')."""
    last: dict[int, int] = {}
    for m in mentions:
        if m.field == "wounded" and not m.zero:
            last[m.sentence.start] = max(last.get(m.sentence.start, -1), m.start)
    return last
