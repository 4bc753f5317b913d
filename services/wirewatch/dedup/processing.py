"""One article's extraction -> the incident versions to publish on `incidents`.

Replay-safe by construction: an article already processed changes nothing
(its id is recorded in the same transaction as its incidents), canonical ids
derive from the first article and the incident's index in it, and merging a
report twice is a no-op. A copy (`duplicate_of`) adds itself as a source of
the original's incidents; a copy that overtakes its original (they travel on
different partitions) waits in Redis until the original is processed.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from wirewatch.core.matching import IncidentMatcher, compare_days, merge_incident
from wirewatch.core.models import ArticleExtraction, Incident, SourceRef, stable_id
from wirewatch.core.proper_names import shared_names
from wirewatch.core.story import (
    MIN_SCORE,
    MIN_SCORE_WITH_INCIDENTS,
    best_story,
    idf,
    story_terms,
    story_vector,
)
from wirewatch.core.story_names import (
    NAMES_REMEMBERED,
    Posting,
    names_to_post,
    remembered_story,
    same_area_and_day,
    window_articles_sharing_names,
)
from wirewatch.dedup.store import IncidentStore, StoryUpdate
from wirewatch.dedup.window import epoch_seconds

MATCHER = IncidentMatcher()

MAX_INCIDENT_NAMES = 80
"""Proper names remembered per incident (first reports first): bounds Redis memory."""


def canonical_id(article_id: str, index: int) -> str:
    """The id of the incident first read as the `index`-th incident of `article_id`."""
    return "inc-" + stable_id(article_id, str(index))


def source_of(extraction: ArticleExtraction) -> SourceRef:
    """The report behind an extraction, as listed in an incident's sources."""
    return SourceRef(
        article_id=extraction.id, url=extraction.url, source=extraction.source,
        published_at=extraction.published_at,
    )


async def process_extraction(
    store: IncidentStore, extraction: ArticleExtraction, now: datetime,
    matcher: IncidentMatcher = MATCHER, republish: bool = False,
    news_time: datetime | None = None,
) -> list[Incident]:
    """New incident versions caused by this article (empty on redelivery or no change).

    With `republish`, a redelivered article returns again the current versions
    it last changed (identical messages): use it when a crash between the Redis
    commit and the broker's acknowledgement must not lose those versions.
    `news_time` files the article's story (default: published, else ingested,
    else `now`); stories group reports by when they were news, not event day.
    """
    if await store.article_incidents(extraction.id) is not None:
        return await _last_versions(store, extraction.id) if republish else []
    if extraction.duplicate_of:
        return await _attach_copy(store, extraction, now)
    countries = [i.location.country_code for i in extraction.incidents]
    async with store.lock(countries):
        processed, copies = await store.article_state(extraction.id)
        if processed is not None:
            return []
        ids, changed, names = await _match_all(store, extraction, now, matcher)
        changed = await _attach_pending(store, copies, ids, changed)
        story = await _match_story(store, extraction, news_time or _news_time(extraction, now))
        await store.commit(extraction.id, ids, changed, now, names, story)
    return changed


def story_id_of(article_id: str) -> str:
    """The id of the story first told by `article_id`."""
    return "story-" + stable_id(article_id)


def _news_time(extraction: ArticleExtraction, now: datetime) -> datetime:
    """When an article was news: published, else ingested, else `now`."""
    return extraction.published_at or extraction.ingested_at or now


DATE_CONFLICT_PENALTY = 0.05
"""Taken off the story score of an earlier article whose main incident is dated days
away from this one's (a `compare_days` conflict). Measured on local news pairs (pairwise
precision / recall): no penalty 0.893 / 0.758, 0.04: 0.908 / 0.750, 0.05: 0.911 / 0.751,
0.06: 0.912 / 0.750, 0.08: 0.915 / 0.746, 0.11: 0.918 / 0.740; look-alike pairs of a
second set joined 4.8% from 0.05 up, 5.2% with none. (0.11 was best while event days were
read less well: a conflict then more often meant a misread day.) Penalising a country
conflict as well (0.11) let the threshold drop to 0.24 for GVA recall +0.01, but joined
5.9% of ECB+'s look-alike pairs: not kept."""


async def _match_story(
    store: IncidentStore, extraction: ArticleExtraction, news_time: datetime
) -> StoryUpdate:
    """The article's story: an earlier one of the window it tells again, else an older one
    whose rare names it shares (core/story_names.py), else a new one.

    Two replicas racing on one new story may open two (recall, never precision).
    """
    words = list(extraction.words)
    if not words:
        return StoryUpdate(story_id_of(extraction.id), {}, news_time)
    counts, total = await store.vocabulary(words)
    vector = story_vector(extraction.words, idf(counts, total), extraction.name_words)
    context = await store.story_candidates(story_terms(vector), news_time)
    threshold = MIN_SCORE_WITH_INCIDENTS if extraction.incidents else MIN_SCORE
    penalties = _date_conflicts(extraction, context.main_dates)
    match = best_story(vector, context.vectors, context.stories, threshold, penalties)
    names = extraction.names[:NAMES_REMEMBERED]
    postings = await store.name_postings(names)
    seconds = epoch_seconds(news_time)
    story_id = match.story_id if match else (
        await _story_named_in_window(store, extraction, postings, seconds)
        or remembered_story(postings, seconds, store.window.ttl, store.name_memory_s)
        or story_id_of(extraction.id)
    )
    return StoryUpdate(story_id, vector, news_time, words, names_to_post(names, postings),
                       list(postings))


async def _story_named_in_window(
    store: IncidentStore, extraction: ArticleExtraction, postings: Mapping[str, Posting],
    seconds: float,
) -> str | None:
    """The story of an earlier article of the window that shares rare names with this one
    and whose main incident is in the same admin1 area on a compatible known date
    (core/story_names.py: names alone join look-alike stories inside the window)."""
    main = extraction.incidents[0] if extraction.incidents else None
    if main is None or not main.location.admin1:
        return None
    for article_id, story_id in window_articles_sharing_names(
            postings, seconds, store.window.ttl):
        earlier = await store.main_incident(article_id)
        if earlier is not None and same_area_and_day(main, earlier):
            return story_id
    return None


def _date_conflicts(
    extraction: ArticleExtraction, main_dates: dict[str, tuple[date, str]]
) -> dict[str, float]:
    """Penalties for earlier articles whose main incident's date contradicts this one's."""
    if not extraction.incidents:
        return {}
    main = extraction.incidents[0]
    return {
        article_id: DATE_CONFLICT_PENALTY
        for article_id, (day, precision) in main_dates.items()
        if compare_days(main.event_date, main.date_precision, day, precision)[1]
    }


async def _last_versions(store: IncidentStore, article_id: str) -> list[Incident]:
    """The current versions of the article's incidents that this article last changed."""
    ids = await store.article_incidents(article_id) or []
    return [i for i in await store.get(list(dict.fromkeys(ids))) if i.article_id == article_id]


async def _match_all(
    store: IncidentStore, extraction: ArticleExtraction, now: datetime,
    matcher: IncidentMatcher,
) -> tuple[list[str], list[Incident], dict[str, list[str]]]:
    """Match or create each incident; one article's incidents never merge with each other.

    Returns the incident ids in order, the changed incidents, and the updated
    name lists of the incidents whose names grew.
    """
    source = source_of(extraction)
    ids: list[str] = []
    changed: dict[str, Incident] = {}
    grown: dict[str, list[str]] = {}
    for index, raw in enumerate(extraction.incidents):
        report = _as_report(raw, extraction)
        found, known = await store.candidates(report, now)
        candidates = [c for c in found if c.id not in ids]
        known = {i: n for i, n in known.items() if i not in ids}
        shared = {i: shared_names(n, extraction.names) for i, n in known.items()}
        match = matcher.best_match(report, candidates, shared)
        if match is None:
            created = report.model_copy(update={
                "id": canonical_id(extraction.id, index), "version": 1, "sources": [source],
            })
            ids.append(created.id)
            changed[created.id] = created
            grown[created.id] = extraction.names[:MAX_INCIDENT_NAMES]
            continue
        ids.append(match.id)
        merged = merge_incident(match, report, source)
        if merged is not match:
            changed[merged.id] = merged
        names = known.get(match.id, [])
        union = (names + [n for n in extraction.names if n not in set(names)])
        if len(union) > len(names) and len(names) < MAX_INCIDENT_NAMES:
            grown[match.id] = union[:MAX_INCIDENT_NAMES]
    return ids, list(changed.values()), grown


def _as_report(raw: Incident, extraction: ArticleExtraction) -> Incident:
    """The raw incident with the article's ids and times filled in."""
    return raw.model_copy(update={
        "article_id": extraction.id,
        "published_at": raw.published_at or extraction.published_at,
        "ingested_at": raw.ingested_at or extraction.ingested_at,
    })


async def _attach_copy(
    store: IncidentStore, extraction: ArticleExtraction, now: datetime
) -> list[Incident]:
    """Add a copy as a source of its original's incidents (or park it until they exist)."""
    original = extraction.duplicate_of
    assert original is not None
    source = source_of(extraction)
    ids = await store.article_incidents(original)
    if ids is None:
        await store.add_pending_copy(original, source)
        await store.commit(extraction.id, [], [], now)
        return []
    incidents = await store.get(ids)
    async with store.lock(i.location.country_code for i in incidents):
        if await store.article_incidents(extraction.id) is not None:
            return []
        changed = _with_sources(await store.get(ids), [source], extraction.ingested_at)
        story = await store.article_story(original)
        update = StoryUpdate(story, {}, now) if story else None
        await store.commit(extraction.id, ids, changed, now, story=update)
    return changed


async def _attach_pending(
    store: IncidentStore, copies: list[SourceRef], ids: list[str], changed: list[Incident]
) -> list[Incident]:
    """Copies that overtook this article become sources of its incidents now."""
    if not copies or not ids:
        return changed
    result = {i.id: i for i in changed}
    stored = {i.id: i for i in await store.get([i for i in ids if i not in result])}
    for incident_id in dict.fromkeys(ids):
        base = result.get(incident_id) or stored.get(incident_id)
        if base is None:
            continue
        updated = _add_sources(base, copies, None)
        if incident_id in result:
            updated = updated.model_copy(update={"version": base.version})
        if updated is not base or incident_id in result:
            result[incident_id] = updated
    return list(result.values())


def _with_sources(
    incidents: list[Incident], sources: list[SourceRef], ingested_at: datetime | None
) -> list[Incident]:
    """The incidents that change when these sources are added, in their new versions."""
    updated = [(i, _add_sources(i, sources, ingested_at)) for i in incidents]
    return [new for old, new in updated if new is not old]


def _add_sources(
    incident: Incident, sources: list[SourceRef], ingested_at: datetime | None
) -> Incident:
    """The incident with these reports as sources: one version step however many."""
    merged = incident
    for source in sources:
        report = merged.model_copy(update={
            "article_id": source.article_id, "ingested_at": ingested_at,
            "published_at": source.published_at,
        })
        merged = merge_incident(merged, report, source)
    if merged is incident:
        return incident
    return merged.model_copy(update={"version": incident.version + 1})
