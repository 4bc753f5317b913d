"""Hurt people told again as if more: figures of the hurt that look additional ('another',
'additional', 'others') but count people an earlier or later figure counts already."""

from __future__ import annotations

import re

from wirewatch.core.extraction.mentions import Mention

_HURT_FIELDS = ("wounded", "shot")


def told_again_as_more(mention: Mention, totals: list[Mention], hurt: list[Mention]) -> bool:
    """True when an additional-looking figure of the hurt restates people counted already.
    `totals` are the whole (not additional, not part) figures of the hurt, `hurt` all of
    them."""
    return mention.additive and mention.field in _HURT_FIELDS and (
        _the_same_figure_again(mention, totals) or _precise_after_vague(mention, hurt)
        or _inside_a_later_both(mention, totals))


def _the_same_figure_again(mention: Mention, totals: list[Mention]) -> bool:
    """'Two dead and five wounded ... An additional five people were hurt': 'another' or
    'additional' several, as many as the hurt told in an earlier sentence, are those hurt
    told again beside the dead, not as many more."""
    return (not mention.singular and not mention.relative and mention.value >= 2
            and any(t.value == mention.value and t.field == mention.field
                    and t.sentence.start < mention.sentence.start for t in totals))


_EVERY_ONE_RE = re.compile(r"\b(?:both|all|each)\b", re.IGNORECASE)


def _inside_a_later_both(mention: Mention, totals: list[Mention]) -> bool:
    """'A woman was also hit ... Both victims were taken to hospital': 'both' or 'all'
    told after one more hit counts that one among everyone hit, as a later total would."""
    return any(t.sentence.start > mention.sentence.start and t.value > mention.value
               and _EVERY_ONE_RE.match(t.phrase) for t in totals)


def _precise_after_vague(mention: Mention, hurt: list[Mention]) -> bool:
    """'Dozens of others were wounded ... Another 53 were wounded': a precise figure after
    hurt told only vaguely ('dozens', 'several') counts those people, not more of them
    ('both were shot ... three other victims': 'both' is no vague amount)."""
    before = [m for m in hurt if not m.additive and m.field == mention.field
              and m.start < mention.start]
    return (not mention.vague and not mention.singular and bool(before)
            and all(m.vague and not _EVERY_ONE_RE.search(m.phrase) and m.value <= mention.value
                    for m in before))
