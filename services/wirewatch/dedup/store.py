"""Dedup state in Redis: the incidents seen (the article index is `article_index`).

Everything expires after the dedup window (`dedup_window_days`), so memory is
bounded by the traffic of one window. Keys are `{namespace}:...`, so several
deployments (or test runs) share one Redis without seeing each other.

Key layout (`ns` = namespace):
  ns:a:{article}            hash  sig, n (shingles), dup (original or ""), pub
  ns:x:{content hash}       str   first article with exactly this text
  ns:b:{slot}               hash  LSH bucket ("{band}:{hash}") -> first article in it,
                                  one hash per window slot of arrival (dedup/window.py)
  ns:i:{incident}           str   incident JSON (current version)
  ns:c:{cc}                 zset  day-dated incident ids by event day (candidates)
  ns:cc:{cc}                zset  coarsely dated/undated incident ids by reference day
  ns:n:{incident}           str   JSON list of proper names in the incident's reports
  ns:ai:{article}           str   JSON list of the article's incident ids
  ns:pd:{article}           set   SourceRef JSON of copies seen before the original
  ns:lock:{cc}              lock  one writer per country
  ns:s:{article}            str   JSON of the article's story vector (core/story.py)
  ns:as:{article}           str   the article's story id
  ns:p:{slot}               hash  story term -> ids of the articles of that news slot whose
                                  vector holds it ("\n"-joined; candidates for stories)
  ns:exp                    zset  "{index key}\t{member}" by expiry time: pruned per commit
  ns:vg                     str   current vocabulary generation g
  ns:vdf:{g}                hash  word -> articles of generation g using it (tf-idf)
  ns:vn:{g}                 str   articles counted in generation g
  ns:nm:{name}              hash  article -> "story epoch-seconds" of the articles naming it
                                  (core/story_names.py; kept WIREWATCH_DEDUP_NAME_MEMORY_DAYS)
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, field
from datetime import date, datetime

from redis.asyncio import Redis

from wirewatch.core.matching import MISREAD_DATE_DAYS
from wirewatch.core.models import Incident, SourceRef
from wirewatch.core.story import story_terms
from wirewatch.core.story_names import Posting, parse_posting, posting_entry
from wirewatch.dedup import lua
from wirewatch.dedup.window import DAY_S, Window, epoch_seconds
from wirewatch.runtime import endpoints, redis_client
from wirewatch.runtime.errors import RuntimeNotFound
from wirewatch.settings import Settings, get_settings

DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"
"""Used when WIREWATCH_REDIS_URL is unset and no embedded Redis is known."""

UNKNOWN = "-"
"""Stands for a missing country or province in candidate keys."""

DAY_SPAN = MISREAD_DATE_DAYS
"""Days either side of a day-dated incident searched for candidates: as far as the matcher
can still call two reports one event (a date misread by up to a week, `MISREAD_DATE_DAYS`).
Measured: 3 -> 7 days moved GVA pairwise recall 0.595 -> 0.598 at precision 0.916 -> 0.915."""
COARSE_SPAN = 400
"""Days either side searched among coarsely dated incidents (week/month/year/undated)."""
MARGIN_DAYS = 35
"""Incidents whose event day is more than the window + this before the report's own time
are never candidates (a replayed archive sees what live traffic saw)."""
PRUNE_BATCH = 200
"""Expired index entries removed per commit (more than one commit adds, so it keeps up)."""

MAX_CANDIDATES = 300
"""At most this many candidates per index (busiest country-weeks), nearest dates first."""

STORY_MIN_SHARED = 2
"""Story terms an earlier article must share with the new one's words to be compared."""
MAX_STORY_CANDIDATES = 50
"""At most this many earlier articles compared per article (most shared terms first)."""
POSTING_MAX_BYTES = 4096
"""A term's posting list stops growing at this size (~150 ids): a term in that many
articles of one slot is topic vocabulary, not a story's."""
VOCABULARY_TTL_WINDOWS = 4
"""The vocabulary outlives the window (sparse feeds still need document frequencies)."""

LOCK_TIMEOUT_S = 30.0
LOCK_WAIT_S = 60.0


def connect_redis(url: str | None = None) -> Redis:
    """The asyncio Redis client for `url`, else the configured or embedded one, else local."""
    if url is None:
        try:
            url = endpoints.redis_url(get_settings())
        except RuntimeNotFound:
            url = DEFAULT_REDIS_URL
    return redis_client.connect_redis(url)


def decoded(value: bytes | str | None) -> str | None:
    """A Redis reply as text (replies are bytes unless the client decodes them)."""
    return value.decode() if isinstance(value, bytes) else value


def reference_day(incident: Incident, fallback: date) -> date:
    """The day an incident is filed under: its event date, else its report's date."""
    if incident.event_date:
        return incident.event_date
    return incident.published_at.date() if incident.published_at else fallback




class IncidentStore:
    """Incidents seen in the window, their candidate index, and article -> incident ids.

    Writers serialise per country (`lock`), so two dedup replicas cannot each
    create their own copy of one event.
    """

    def __init__(
        self, redis: Redis, namespace: str, window_days: float = 14,
        clock: Callable[[], float] = time.time, vocabulary_articles: int = 20_000,
        name_memory_days: float = 365,
    ) -> None:
        self.redis, self.ns = redis, namespace
        self.clock = clock
        self.window = Window(window_days)
        self.ttl = self.window.ttl
        self._prune = redis.register_script(lua.PRUNE_EXPIRED)
        self._candidates = redis.register_script(lua.CANDIDATES)
        self.vocabulary_articles = vocabulary_articles
        self.name_memory_days = name_memory_days
        self.name_memory_s = max(1, round(name_memory_days * DAY_S))
        self._story_candidates = redis.register_script(lua.STORY_CANDIDATES)
        self._fill_postings = redis.register_script(lua.FILL_POSTINGS)
        self._vocabulary = redis.register_script(lua.VOCABULARY)
        self._count_words = redis.register_script(lua.COUNT_WORDS)

    @classmethod
    def from_settings(
        cls, redis: Redis, settings: Settings | None = None, namespace: str | None = None
    ) -> IncidentStore:
        """The store as configured (namespace unless given, window, vocabulary)."""
        s = settings or get_settings()
        return cls(
            redis, namespace or s.redis_namespace, s.dedup_window_days,
            vocabulary_articles=s.dedup_vocabulary_articles,
            name_memory_days=s.dedup_name_memory_days,
        )

    @asynccontextmanager
    async def lock(self, countries: Iterable[str | None]) -> AsyncIterator[None]:
        """Hold the lock of every country named, taken in sorted order (no deadlock)."""
        async with AsyncExitStack() as stack:
            for country in sorted({country_key(c) for c in countries}):
                lock = self.redis.lock(
                    f"{self.ns}:lock:{country}", timeout=LOCK_TIMEOUT_S,
                    blocking_timeout=LOCK_WAIT_S,
                )
                await stack.enter_async_context(lock)
            yield

    async def article_incidents(self, article_id: str) -> list[str] | None:
        """The canonical incident ids an article was filed under; None if never processed."""
        raw = await self.redis.get(f"{self.ns}:ai:{article_id}")
        return None if raw is None else json.loads(raw)

    async def main_incident(self, article_id: str) -> Incident | None:
        """The current version of the first incident an article was filed under."""
        ids = await self.article_incidents(article_id)
        found = await self.get(ids[:1]) if ids else []
        return found[0] if found else None

    async def get(self, ids: Sequence[str]) -> list[Incident]:
        """The current versions of these incidents (expired ones are left out)."""
        if not ids:
            return []
        raws = await self.redis.mget([f"{self.ns}:i:{i}" for i in ids])
        return [Incident.model_validate_json(raw) for raw in raws if raw is not None]

    async def candidates(
        self, incident: Incident, now: datetime
    ) -> tuple[list[Incident], dict[str, list[str]]]:
        """Incidents of the same country filed near the incident's date, and the proper
        names of each one's reports (for corroboration): one round trip."""
        country = country_key(incident.location.country_code)
        day = reference_day(incident, now.date()).toordinal()
        oldest = now.date().toordinal() - self.window.whole_days - MARGIN_DAYS
        flat = await self._candidates(
            keys=[f"{self.ns}:c:{country}", f"{self.ns}:cc:{country}"],
            args=[max(day - DAY_SPAN, oldest), day + DAY_SPAN, max(day - COARSE_SPAN, oldest),
                  day + COARSE_SPAN, MAX_CANDIDATES, self.ns],
        )
        incidents, names = [], {}
        for incident_id, raw, raw_names in zip(flat[::3], flat[1::3], flat[2::3], strict=True):
            if raw is None:
                continue
            incidents.append(Incident.model_validate_json(raw))
            if raw_names is not None:
                names[decoded(incident_id)] = json.loads(raw_names)
        return incidents, names

    async def article_story(self, article_id: str) -> str | None:
        """The story id an article was filed under (None if none or not processed)."""
        return decoded(await self.redis.get(f"{self.ns}:as:{article_id}")) or None

    async def vocabulary(self, words: Sequence[str]) -> tuple[dict[str, int], int]:
        """How many recent articles used each word, and how many articles were counted."""
        reply = await self._vocabulary(keys=[f"{self.ns}:vg"], args=[self.ns, *words])
        return {w: int(n) for w, n in zip(words, reply[1:], strict=True)}, int(reply[0])

    async def story_candidates(
        self, terms: Sequence[str], news_time: datetime
    ) -> StoryCandidates:
        """The earlier articles of the window whose story vectors hold `STORY_MIN_SHARED`
        of these terms (the new article's own vector terms: no other can add to a
        cosine), with their vectors, story ids and main incidents' dates."""
        if not terms:
            return StoryCandidates()
        slots = self.window.slots(news_time)
        keys = [f"{self.ns}:p:{slot}" for slot in [slots[0] + 1, *slots]]
        flat = await self._story_candidates(
            keys=keys, args=[self.ns, STORY_MIN_SHARED, MAX_STORY_CANDIDATES, *terms]
        )
        context = StoryCandidates()
        for raw_id, vector, story, main in zip(*(flat[i::4] for i in range(4)), strict=True):
            article = decoded(raw_id)
            if vector is not None:
                context.vectors[article] = json.loads(vector)
            if story:
                context.stories[article] = decoded(story)
            if main:
                day, precision = decoded(main).split(" ")
                context.main_dates[article] = (date.fromisoformat(day), precision)
        context.vectors = dict(sorted(context.vectors.items()))
        return context

    async def name_postings(self, names: Sequence[str]) -> dict[str, Posting]:
        """The earlier articles (story, news time) that named each of these names; nothing
        when the name memory is off."""
        if not names or self.name_memory_days <= 0:
            return {}
        async with self.redis.pipeline(transaction=False) as pipe:
            for name in names:
                pipe.hgetall(f"{self.ns}:nm:{name}")
            replies = await pipe.execute()
        return {
            name: parse_posting({decoded(k): decoded(v) for k, v in reply.items()})
            for name, reply in zip(names, replies, strict=True)
        }

    async def article_state(self, article_id: str) -> tuple[list[str] | None, list[SourceRef]]:
        """The article's incident ids (None if never processed) and the copies of it that
        arrived before it: one round trip."""
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.get(f"{self.ns}:ai:{article_id}")
            pipe.smembers(f"{self.ns}:pd:{article_id}")
            raw, copies = await pipe.execute()
        ids = None if raw is None else json.loads(raw)
        return ids, _copies(copies)

    async def add_pending_copy(self, original_id: str, source: SourceRef) -> None:
        """Remember a copy whose original has not been processed yet."""
        key = f"{self.ns}:pd:{original_id}"
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.sadd(key, source.model_dump_json())
            pipe.expire(key, self.ttl)
            await pipe.execute()

    async def commit(
        self, article_id: str, incident_ids: list[str], changed: list[Incident], now: datetime,
        names: dict[str, list[str]] | None = None, story: StoryUpdate | None = None,
    ) -> None:
        """Write changed incidents (and their reports' names), index them and record the
        article and its story, all or nothing."""
        expires = self.clock() + self.ttl
        async with self.redis.pipeline(transaction=True) as pipe:
            if story is not None:
                await self._stage_story(pipe, article_id, story)
            for incident in changed:
                self._stage_incident(pipe, incident, now, expires)
            for incident_id, incident_names in (names or {}).items():
                pipe.set(f"{self.ns}:n:{incident_id}", json.dumps(incident_names), ex=self.ttl)
            pipe.set(f"{self.ns}:ai:{article_id}", json.dumps(incident_ids), ex=self.ttl)
            pipe.delete(f"{self.ns}:pd:{article_id}")
            await self._prune(keys=[f"{self.ns}:exp"], args=[self.clock(), PRUNE_BATCH],
                              client=pipe)
            pipe.expire(f"{self.ns}:exp", self.ttl)
            await pipe.execute()

    def _index(self, pipe, index: str, member: str, score: float, expires: float) -> None:
        """Add `member` to a candidate index, to be removed from it when it expires."""
        pipe.zadd(index, {member: score})
        pipe.expire(index, self.ttl)
        pipe.zadd(f"{self.ns}:exp", {f"{index}\t{member}": expires})

    async def _stage_story(self, pipe, article_id: str, story: StoryUpdate) -> None:
        pipe.set(f"{self.ns}:as:{article_id}", story.story_id, ex=self.ttl)
        terms = story_terms(story.vector)
        if story.vector:
            pipe.set(f"{self.ns}:s:{article_id}", json.dumps(story.vector), ex=self.ttl)
        if terms:
            slot = self.window.slot(story.news_time)
            await self._fill_postings(
                keys=[f"{self.ns}:p:{slot}"],
                args=[article_id, self.ttl + self.window.slot_seconds, POSTING_MAX_BYTES,
                      *terms],
                client=pipe,
            )
        if self.name_memory_days > 0:
            entry = posting_entry(story.story_id, epoch_seconds(story.news_time))
            for name in story.names:  # keyed by article: a replay after the window adds nothing
                pipe.hsetnx(f"{self.ns}:nm:{name}", article_id, entry)
            for name in story.remembered:  # common names stay common while they are used
                pipe.expire(f"{self.ns}:nm:{name}", self.name_memory_s)
        if story.words:
            await self._count_words(
                keys=[f"{self.ns}:vg"],
                args=[self.ns, max(1, self.vocabulary_articles // 2),
                      self.ttl * VOCABULARY_TTL_WINDOWS, *story.words],
                client=pipe,
            )

    def _stage_incident(self, pipe, incident: Incident, now: datetime, expires: float) -> None:
        pipe.set(f"{self.ns}:i:{incident.id}", incident.model_dump_json(), ex=self.ttl)
        precise = incident.event_date is not None and incident.date_precision in (None, "day")
        country = country_key(incident.location.country_code)
        index = f"{self.ns}:{'c' if precise else 'cc'}:{country}"
        day = reference_day(incident, now.date()).toordinal()
        self._index(pipe, index, incident.id, day, expires)


@dataclass
class StoryCandidates:
    """The earlier articles that share an article's story terms: id -> story vector,
    story id, and main incident's event date and precision."""

    vectors: dict[str, dict[str, float]] = field(default_factory=dict)
    stories: dict[str, str] = field(default_factory=dict)
    main_dates: dict[str, tuple[date, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class StoryUpdate:
    """An article's story to record: the story id, the article's story vector (empty for
    a copy: it is no new evidence), when it was news (its postings' slot), the words to
    count in the vocabulary and the names to remember with the story (none for a copy)."""

    story_id: str
    vector: dict[str, float]
    news_time: datetime
    words: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    remembered: list[str] = field(default_factory=list)
    """All the names looked up (their postings' memory is renewed); `names` are those
    posted (not yet common)."""


def _copies(raws: Iterable[bytes]) -> list[SourceRef]:
    return sorted((SourceRef.model_validate_json(r) for r in raws), key=lambda s: s.article_id)


def country_key(code: str | None) -> str:
    """The key part for a country code (UNKNOWN when missing)."""
    return (code or UNKNOWN).upper()
