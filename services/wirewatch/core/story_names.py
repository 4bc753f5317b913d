"""Stories told again by the names they share: a follow-up in the window or months later.

Story vectors (core/story.py) live as long as the dedup window (14 days by
default), but news about one incident goes on much longer: the arrest weeks
later, the trial and the sentencing months later. Measured on same-state local
news pairs, 26% of same-incident pairs were published more than 14 days apart.
Such follow-ups share few words with the first reports but the same rare full
names: the victim's, the suspect's, the street's.

So each article's most frequent multi-word names (`NAMES_REMEMBERED`) are
remembered for a long time (`WIREWATCH_DEDUP_NAME_MEMORY_DAYS`) with the story
they were told in and the day. An article that matches no story by its text
joins, in this order:
- the story of an earlier article *inside the window* with which it shares
  `NAMES_TO_LINK_IN_WINDOW` names, when the two main incidents are in the same
  admin1 area on compatible known dates (dedup/processing.py). Names alone are
  not enough there: look-alike stories (a different celebrity in the same
  clinic, a second shooting on the same street) share rare names too;
- the story of an article *older than the window* with which it shares
  `NAMES_TO_LINK` names that are rare (named by at most `RARE_NAME_ARTICLES`
  earlier articles).

Measured end to end (pairwise, same-state local news pairs, 14-day window):
precision 0.915 -> 0.914, recall 0.598 -> 0.686 with a year's memory (0.663 with
180 days); look-alike pairs of a second set unchanged (4.9% joined). In a
simulation, linking inside the window as well gained more recall but joined
10-20% of those look-alike pairs; end to end, linking inside the window only by 3
names each named by at most 2 earlier articles gave 0.915 / 0.696 but joined 5.6%
of the look-alike pairs (limit 5%): not kept. With the incident gate (same admin1,
compatible known dates) 2 names gave 0.917 / 0.708 and the look-alike pairs stayed
at 4.9%; letting unknown dates through as well raised the second set's recall
0.625 -> 0.655 but joined 5.0% of its look-alike pairs: not kept. Counting rarity
by stories instead of articles snowballed (precision 0.64). Pure functions only: the
store keeps the postings.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from wirewatch.core.matching import DATE_UNKNOWN, compare_days
from wirewatch.core.models import Incident

NAMES_REMEMBERED = 10
"""An article's most frequent names that are remembered (and looked up). Measured: 20
names instead of 10 gave 0.914 / 0.669 against 0.919 / 0.667, for twice the memory."""

RARE_NAME_ARTICLES = 5
"""A name named by more earlier articles than this is common (a mayor, a police chief, a
hospital): it links nothing, and its posting stops growing."""

NAMES_TO_LINK = 2
"""Rare names an article must share with an old story to join it. Measured end to end
(local news pairs, precision / recall; 0.915 / 0.598 without name memory): 2 names named
by at most 2 / 3 / 5 / 8 articles: 0.919 / 0.667, 0.916 / 0.675, 0.914 / 0.686,
0.902 / 0.699; 3 names of at most 3 articles: 0.919 / 0.643; 1 name: 0.878 / 0.711."""

class PostingEntry(NamedTuple):
    """One earlier article that named a name: its story, when it was news (epoch
    seconds) and its id."""

    story_id: str
    seconds: float
    article_id: str = ""


Posting = list[PostingEntry]


def parse_posting(fields: Mapping[str, str] | None) -> Posting:
    """A stored posting (article id -> "story-id epoch-seconds") as (story id, seconds),
    oldest first."""
    entries = []
    for article_id, value in (fields or {}).items():
        story_id, _, seconds = value.rpartition(" ")
        try:
            entries.append(PostingEntry(story_id, float(seconds), article_id))
        except ValueError:
            continue
    return sorted((e for e in entries if e.story_id), key=lambda e: (e.seconds, e.story_id))


def posting_entry(story_id: str, seconds: float) -> str:
    """One article's value in a name's posting. Whole seconds, rounded down: rounded
    up, an article stored in the same second as the next one's news time would be
    "later" than it and drop out of that article's window."""
    return f"{story_id} {math.floor(seconds)}"


def remembered_story(
    postings: Mapping[str, Posting], news_seconds: float, window_seconds: float,
    memory_seconds: float,
) -> str | None:
    """The story, older than the window, that this article's rare names point at (if any).

    `postings` maps each of the article's names to the articles that named it before;
    times are epoch seconds (UTC), so fractional windows work as they do elsewhere.
    """
    votes: Counter[str] = Counter()
    for entries in postings.values():
        if not 1 <= len(entries) <= RARE_NAME_ARTICLES:
            continue
        votes.update({
            e.story_id for e in entries
            if window_seconds < news_seconds - e.seconds <= memory_seconds
        })
    ranked = sorted(votes.items(), key=lambda item: (-item[1], item[0]))
    if ranked and ranked[0][1] >= NAMES_TO_LINK:
        return ranked[0][0]
    return None


def names_to_post(names: Sequence[str], postings: Mapping[str, Posting]) -> list[str]:
    """The article's names whose postings take it: those not (yet) common."""
    return [n for n in names if len(postings.get(n, ())) <= RARE_NAME_ARTICLES]


NAMES_TO_LINK_IN_WINDOW = 2
"""Names an article must share with an earlier one of the window (any name still posted,
so named by at most `RARE_NAME_ARTICLES` + 1 articles) before their main incidents are
compared. Measured end to end with the incident gate: 1 name gave 0.900 / 0.713 on the
local news pairs but joined 6.0% of the look-alike pairs."""


def window_articles_sharing_names(
    postings: Mapping[str, Posting], news_seconds: float, window_seconds: float,
) -> list[tuple[str, str]]:
    """(article id, story id) of earlier articles inside the window that share at least
    `NAMES_TO_LINK_IN_WINDOW` names with this one, most shared first."""
    votes: Counter[tuple[str, str]] = Counter()
    for entries in postings.values():
        votes.update({
            (e.article_id, e.story_id) for e in entries
            if e.article_id and 0 <= news_seconds - e.seconds <= window_seconds
        })
    ranked = sorted(votes.items(), key=lambda item: (-item[1], item[0]))
    return [key for key, count in ranked if count >= NAMES_TO_LINK_IN_WINDOW]


def same_area_and_day(one: Incident, other: Incident) -> bool:
    """Both incidents in one known admin1 area of one country, on known dates that
    `compare_days` finds compatible: the gate on linking by names inside the window."""
    where = (one.location.country_code, one.location.admin1)
    if not all(where) or where != (other.location.country_code, other.location.admin1):
        return False
    score, conflicts = compare_days(one.event_date, one.date_precision,
                                    other.event_date, other.date_precision)
    return score != DATE_UNKNOWN and not conflicts
