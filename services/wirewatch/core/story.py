"""Stories: which news story an article tells, for articles with or without incidents.

Incidents are matched on place, date and toll, and those are exactly what an
extractor misreads most (a county for a city, a follow-up dated by its own
publication, an early toll). Many articles also report no violent incident at
all (a celebrity entering rehab, a product launch, an arrest). Two reports of
one story share their *distinctive vocabulary*: the victim's and the suspect's
names, the street, the bar, the age, the calibre; two look-alike stories share
only topic words ("shooting", "police", "rehab"), which are common in any
window of news.

So an article's story vector is its full text's content words, crudely
stemmed, weighted by tf-idf against the recent articles (the store's rolling
vocabulary), of which the `TOP_TERMS` heaviest are kept. Measured on
same-state same-month local news pairs (tf-idf cosine, document frequencies
from the preceding articles): full text 0.67 recall at 0.91 precision, the
headline and lead with proper names (the previous design) 0.52 at 0.88; 40
terms lose nothing against 150 or all. Years named in the lead keep apart two
articles naming only different years (one earthquake in 2009, another in 2012).

Pure functions only; the store keeps vectors, postings and the vocabulary.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import dataclass

LEAD_CHARS = 1500
"""Headline and lead: where a story names its own year."""

TOP_TERMS = 40
"""Terms kept per article (highest tf-idf). Measured: 40 terms 0.70 recall at 0.91
precision on local news pairs, 80 terms 0.69, all terms 0.71 at 0.90."""

MAX_WORDS = 400
"""Distinct words sent per article (most frequent first): bounds messages on long texts."""

MIN_SCORE = 0.345
"""Average cosine (over a story's earlier articles found) that makes an article without
incidents join a story (see MIN_SCORE_WITH_INCIDENTS for the others). Measured on ECB+
(look-alike pairs joined / recall): 0.34: 4.9% / 0.627, 0.345: 4.5% / 0.624, 0.35: 4.5% /
0.609, 0.36: 4.5% / 0.601; the local news pairs are the same from 0.34 to 0.35."""

MIN_SCORE_WITH_INCIDENTS = 0.27
"""An article that reports incidents has had them matched on place, date and toll
already; its story link alone must be a little stronger (local shootings share city,
police and hospital names)."""

NAME_WEIGHT = 2.5
"""Words written as names (capitalised mid-sentence: the victim, the street, the bar)
weigh this much more than other words. Measured (pairwise, tf-idf over the preceding
articles): x2.5 raised local-news recall at 0.90 precision from 0.69 to 0.76, and
look-alike stories' recall at 5% wrongly joined from 0.46 to 0.57; x1.5 to x4 are
within 0.02 of it."""

YEAR_PREFIX = "y:"
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+|\d{3,}")
_SENTENCE_START = re.compile(r"(?:^|[.!?:\n]\s*|[\"“‘(]\s*)$")
_POSSESSIVE = re.compile(r"['’]s$")
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")

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


def _stem(word: str) -> str:
    """A crude suffix strip, enough for plural/tense variants of one word ("shootings",
    "shooting" and "shooted" are one)."""
    for suffixes in (("es", "s"), ("ing", "ed")):
        for suffix in suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                word = word[: -len(suffix)]
                break
    return word


@dataclass(frozen=True)
class ArticleWords:
    """An article's content words with their counts, and which of them it writes as names."""

    counts: dict[str, int]
    names: list[str]


def article_words(text: str, limit: int = MAX_WORDS) -> ArticleWords:
    """The content words of a cleaned text (stemmed, with numbers of 3+ digits) and how
    often each occurs, most frequent first, plus `y:<year>` for years named in the lead;
    and the words capitalised somewhere other than a sentence's start."""
    counts: Counter[str] = Counter()
    names: set[str] = set()
    for match in _WORD.finditer(text):
        raw = _POSSESSIVE.sub("", match.group(0)).strip("'’-")
        word = raw.casefold()
        if len(word) < 3 or word in STOP_WORDS:
            continue
        stem = _stem(word)
        counts[stem] += 1
        if raw[0].isupper() and not raw.isupper() and not _SENTENCE_START.search(
            text[max(0, match.start() - 3): match.start()]
        ):
            names.add(stem)
    words = dict(counts.most_common(limit))
    words.update({f"{YEAR_PREFIX}{year}": 1 for year in _YEAR.findall(text[:LEAD_CHARS])})
    return ArticleWords(words, sorted(names & words.keys()))


def idf(term_counts: Mapping[str, int], total: int) -> dict[str, float]:
    """Inverse document frequency of each term among `total` recent articles (smoothed)."""
    return {t: math.log((total + 2) / (count + 1)) for t, count in term_counts.items()}


def story_vector(
    words: Mapping[str, int], weights: Mapping[str, float], names: Collection[str] = (),
    top: int = TOP_TERMS,
) -> dict[str, float]:
    """The article's `top` heaviest terms, tf-idf weighted ((1 + log tf) x idf, x
    NAME_WEIGHT for `names`), with its years (weight 0: they never add to a score, they
    only veto one)."""
    names = set(names)
    scored = {
        term: round(
            (1 + math.log(count)) * weights.get(term, 0.0) * (NAME_WEIGHT if term in names else 1),
            3,
        )
        for term, count in words.items() if not term.startswith(YEAR_PREFIX)
    }
    heaviest = sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    vector = {term: weight for term, weight in heaviest if weight > 0}
    vector.update({term: 0.0 for term in words if term.startswith(YEAR_PREFIX)})
    return vector


def story_terms(vector: Mapping[str, float]) -> list[str]:
    """The terms a vector is posted and looked up under (its years only veto)."""
    return [t for t in vector if not t.startswith(YEAR_PREFIX)]


def _years(vector: Mapping[str, float]) -> set[str]:
    return {t for t in vector if t.startswith(YEAR_PREFIX)}


def story_score(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Cosine of two story vectors; 0 when both name years and none in common."""
    years_a, years_b = _years(a), _years(b)
    if years_a and years_b and not years_a & years_b:
        return 0.0
    norm_a = math.sqrt(sum(w * w for w in a.values()))
    norm_b = math.sqrt(sum(w * w for w in b.values()))
    if not norm_a or not norm_b:
        return 0.0
    dot = sum(w * b[t] for t, w in a.items() if t in b)
    return dot / (norm_a * norm_b)


def best_story(
    vector: Mapping[str, float], candidates: Mapping[str, Mapping[str, float]],
    stories: Mapping[str, str], min_score: float = MIN_SCORE,
    penalties: Mapping[str, float] | None = None,
) -> StoryMatch | None:
    """The story whose earlier articles (id -> vector; `stories`: id -> story) the vector
    matches best on average, if that average reaches `min_score`. `penalties` (id ->
    amount) lower the score of an article whose reading contradicts this one's.

    Average link, not best single article: one loosely related article cannot
    pull a different story in (single link merged 3-5x more look-alike stories
    at equal recall). Ties go to the smallest story id, independent of Redis order.
    """
    penalties = penalties or {}
    scores: dict[str, list[float]] = {}
    for article_id in sorted(candidates):
        story_id = stories.get(article_id)
        if story_id is not None:
            score = story_score(vector, candidates[article_id]) - penalties.get(article_id, 0.0)
            scores.setdefault(story_id, []).append(score)
    best: StoryMatch | None = None
    for story_id in sorted(scores):
        average = sum(scores[story_id]) / len(scores[story_id])
        if average >= min_score and (best is None or average > best.score):
            best = StoryMatch(story_id, average)
    return best
