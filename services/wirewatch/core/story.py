"""Story keys: which news story an article tells, for articles with or without incidents.

Incidents are matched on place, date and toll; many articles report no violent
incident at all (a celebrity entering rehab, a product launch, an arrest, a
quake without casualties) and would otherwise only ever match as near-verbatim
copies. A story key is the article's distinguishing vocabulary:

- names (`n:`): the multi-word proper names of the whole article plus the
  single capitalised words of its headline and lead (people, organisations,
  places); they weigh `NAME_WEIGHT` times a content word, so two look-alike
  stories (two quakes, two rehab check-ins, two phone launches) that share
  only topic words stay apart;
- content words (`w:`) of the headline and lead, crudely stemmed;
- years (`y:`) named in the headline and lead: two stories naming only
  different years are different stories.

Terms are weighted by inverse document frequency over the articles of the
recent window (a rolling vocabulary kept by the store), so generic topic words
("rehab", "earthquake", "police") count little once they are common. Pure
functions only; the store keeps keys, frequencies and candidates.
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

LEAD_CHARS = 1500
"""Headline and lead: the first ~4 sentences say what the story is about."""

NAME_WEIGHT = 3.0
"""Names outweigh topic words: distinguishing names must dominate."""

MIN_SCORE = 0.18
"""Average cosine (over a story's earlier articles) that makes an article join the
story. Measured end to end on ECB+ (topics of two look-alike stories; vocabulary
growing as they arrive) with GVA as the precision check: 0.22 -> ECB+ same-story
recall 0.51, different-story pairs merged 1.4%, GVA precision 0.93; 0.18 -> 0.63,
3.4%, 0.93 (GVA recall +0.09 either way). Full GVA (4,239 documents) then fell
to precision 0.88: see MIN_SCORE_WITH_INCIDENTS."""

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
MIN_SCORE_WITH_INCIDENTS = 0.35
"""An article that reports incidents has had them matched on place, date and toll;
its story link must be stronger (local shootings share city and police names).
Full sets: GVA precision 0.88 -> 0.92 (recall 0.52 -> 0.43), ECB+ recall 0.63 -> 0.40
(different-story pairs merged 3.4% -> 2.8%)."""

_POSSESSIVE = re.compile(r"['’]s$")
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:\n]\s*|[\"“‘(]\s*)$")

STOP_WORDS = frozenset(
    [
        "a", "about", "after", "again", "against", "all", "also", "an", "and", "any", "are",
        "around", "as", "at", "be", "because", "been", "before", "being", "between", "both", "but",
        "by", "can", "could", "did", "does", "doing", "down", "during", "each", "few", "for",
        "from",
        "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how",
        "i", "if", "in", "into", "is", "it", "its", "just", "last", "like", "many", "may", "me",
        "more", "most", "much", "must", "my", "new", "news", "no", "nor", "not", "now", "of", "off",
        "on", "once", "one", "only", "or", "other", "our", "out", "over", "own", "said", "same",
        "says", "say", "she", "should", "since", "so", "some", "still", "such", "than", "that",
        "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to",
        "too", "two", "under", "until", "up", "upon", "very", "was", "we", "were", "what", "when",
        "where", "which", "while", "who", "whom", "why", "will", "with", "would", "year", "years",
        "yesterday", "today", "you", "your", "told", "according", "reported", "report", "reports",
        "week", "weeks", "day", "days", "time", "first", "people", "man", "woman", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "am",
        "pm", "et", "edt", "est", "pdt", "pst", "gmt", "updated", "published", "posted", "photo",
        "video", "read", "more",
    ]
)
"""Function words, reporting verbs and calendar words: they say nothing about which story."""


@dataclass(frozen=True)
class StoryMatch:
    """The earlier story an article tells again, and how well it matched."""

    story_id: str
    score: float


def lead_of(text: str) -> str:
    """The headline and first sentences of a cleaned text (what the story is about)."""
    return text[:LEAD_CHARS]


def _stem(word: str) -> str:
    """A crude suffix strip, enough for plural/tense variants of one word."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def story_terms(lead: str | None, names: Sequence[str]) -> list[str]:
    """The article's story terms (`n:` names, `w:` content words, `y:` years), sorted."""
    terms = {f"n:{_POSSESSIVE.sub('', name)}" for name in names}
    text = lead or ""
    for match in _WORD.finditer(text):
        word = _POSSESSIVE.sub("", match.group(0)).strip("'’-")
        low = word.casefold()
        if len(low) < 3 or low in STOP_WORDS:
            continue
        capitalised = word[0].isupper() and not word.isupper()
        if capitalised and not _SENTENCE_START.search(text[: match.start()]):
            terms.add(f"n:{low}")
        elif len(low) >= 4:
            terms.add(f"w:{_stem(low)}")
    terms.update(f"y:{year}" for year in _YEAR.findall(text))
    return sorted(terms)


def idf(term_counts: Mapping[str, int], total: int) -> dict[str, float]:
    """Inverse document frequency of each term among `total` recent articles (smoothed)."""
    return {t: math.log((total + 2) / (count + 1)) for t, count in term_counts.items()}


def _weight(term: str, weights: Mapping[str, float], default: float) -> float:
    base = weights.get(term, default)
    return base * NAME_WEIGHT if term.startswith("n:") else base


def default_weight(weights: Mapping[str, float]) -> float:
    """The weight of a term whose frequency was not looked up (an earlier article's
    term the new one lacks): the median of the known ones. Weight 1 would shrink
    the earlier article's norm and inflate scores (measured: 3x more wrong merges)."""
    return statistics.median(weights.values()) if weights else 1.0


def story_score(
    a: Sequence[str], b: Sequence[str], weights: Mapping[str, float], default: float = 1.0
) -> float:
    """Cosine of the two articles' weighted story terms (0 when they cannot be one story).

    Years never add to the score; they only keep apart two articles that name
    only different years. At least one shared name is required.
    """
    sa = {t for t in a if not t.startswith("y:")}
    sb = {t for t in b if not t.startswith("y:")}
    years_a, years_b = set(a) - sa, set(b) - sb
    if years_a and years_b and not years_a & years_b:
        return 0.0
    shared = sa & sb
    if not any(t.startswith("n:") for t in shared):
        return 0.0
    norm_a = math.sqrt(sum(_weight(t, weights, default) ** 2 for t in sa))
    norm_b = math.sqrt(sum(_weight(t, weights, default) ** 2 for t in sb))
    dot = sum(_weight(t, weights, default) ** 2 for t in shared)
    return dot / (norm_a * norm_b) if norm_a and norm_b else 0.0


def best_story(
    terms: Sequence[str], candidates: Mapping[str, Sequence[str]],
    stories: Mapping[str, str], weights: Mapping[str, float], min_score: float = MIN_SCORE,
) -> StoryMatch | None:
    """The story whose earlier articles (id -> terms; `stories`: id -> story) the terms
    match best on average, if that average reaches `min_score`.

    Average link, not best single article: one loosely related article cannot
    pull a different story in (single link merged 3-5x more look-alike stories
    at equal recall). Ties go to the smallest story id, independent of Redis order.
    """
    default = default_weight(weights)
    scores: dict[str, list[float]] = {}
    for article_id in sorted(candidates):
        story_id = stories.get(article_id)
        if story_id is not None:
            score = story_score(terms, candidates[article_id], weights, default)
            scores.setdefault(story_id, []).append(score)
    best: StoryMatch | None = None
    for story_id in sorted(scores):
        average = sum(scores[story_id]) / len(scores[story_id])
        if average >= min_score and (best is None or average > best.score):
            best = StoryMatch(story_id, average)
    return best
