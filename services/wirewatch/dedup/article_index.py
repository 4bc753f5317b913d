"""Which earlier article is this one a near-verbatim copy of? (MinHash LSH in Redis)

LSH buckets are stored by us rather than through datasketch's Redis storage:
that storage speaks sync redis (it would block the event loop), keeps one key
per bucket (measured here: one small set per bucket cost ~7.4 KB per article
with 32 bands) and cannot expire them. We keep one hash per window slot (a day
by default), bucket -> first article (HSETNX: the first is the original a copy
should point at), expiring with the window: ~2.5 KB per article.

Round trips per article: one to look up the article and its exact-text twin,
one script call looking the bands up in every slot, one for the candidates' signatures
when there are any, and one transaction to remember it (the band inserts are
one script call, not 32 commands).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from redis.asyncio import Redis

from wirewatch.core.fingerprint import (
    band_keys,
    content_hash,
    is_furniture_page,
    is_near_copy,
    minhash_from_bytes,
    minhash_of,
    overlap,
    signature_bytes,
    similarity,
    word_shingles,
)
from wirewatch.dedup import lua
from wirewatch.dedup.store import decoded
from wirewatch.dedup.window import Window
from wirewatch.settings import Settings, get_settings


class ArticleIndex:
    """The fingerprints of the articles seen in the window, and their LSH buckets."""

    def __init__(
        self, redis: Redis, namespace: str, window_days: float = 14, threshold: float = 0.7,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.redis, self.ns = redis, namespace
        self.window = Window(window_days)
        self.ttl = self.window.ttl
        self.threshold = threshold
        self.clock = clock
        self._fill_buckets = redis.register_script(lua.FILL_BUCKETS)
        self._look_up = redis.register_script(lua.LOOK_UP_BUCKETS)

    def _bucket_keys(self) -> list[str]:
        """The current slot's bucket hash first, then one per earlier slot of the window."""
        return [f"{self.ns}:b:{slot}" for slot in self.window.slots(self.clock())]

    @classmethod
    def from_settings(
        cls, redis: Redis, settings: Settings | None = None, namespace: str | None = None
    ) -> ArticleIndex:
        """The index as configured (namespace unless given, window, threshold)."""
        s = settings or get_settings()
        return cls(
            redis, namespace or s.redis_namespace, s.dedup_window_days, s.dedup_minhash_threshold
        )

    async def find_or_add(
        self, article_id: str, text: str, published_at: datetime | None = None,
        title: str | None = None,
    ) -> str | None:
        """The original this article copies (None if none), remembering the article.

        `text` should be the cleaned text. Asking again for the same article id
        returns the first answer, so redelivery is harmless. Copies of copies
        point at the first original. A page that is only site furniture under
        its headline (`is_furniture_page`) is matched by exact text only.
        """
        key = f"{self.ns}:a:{article_id}"
        exact = f"{self.ns}:x:{content_hash(text)}"
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.hget(key, "dup")
            pipe.set(exact, article_id, nx=True, ex=self.ttl)
            pipe.get(exact)
            known, _, first = await pipe.execute()
        if known is not None:
            return decoded(known) or None
        shingles = word_shingles(text)
        size = len(shingles)
        sketch = minhash_of(shingles)
        first = decoded(first)
        furniture = is_furniture_page(title, text)
        if first and first != article_id:
            original = await self._root(first)
        elif furniture:
            original = None
        else:
            original = await self._nearest(article_id, sketch, size)
        await self._remember(article_id, sketch, size, original, published_at, not furniture)
        return original

    async def _root(self, article_id: str) -> str:
        """The first original of a chain of copies."""
        dup = decoded(await self.redis.hget(f"{self.ns}:a:{article_id}", "dup"))
        return dup or article_id

    async def _nearest(self, article_id: str, sketch, size: int) -> str | None:
        """The best candidate whose estimated overlap reaches the threshold."""
        found = await self._look_up(keys=self._bucket_keys(), args=band_keys(sketch))
        candidates = sorted({decoded(m) for m in found} - {article_id})
        if not candidates:
            return None
        async with self.redis.pipeline(transaction=False) as pipe:
            for candidate in candidates:
                pipe.hmget(f"{self.ns}:a:{candidate}", "sig", "n", "dup", "pub")
            rows = await pipe.execute()
        best: tuple[float, str, str] | None = None
        for candidate, (sig, n, dup, pub) in zip(candidates, rows, strict=True):
            if sig is None:
                continue
            jaccard = similarity(sketch, minhash_from_bytes(sig))
            if not is_near_copy(jaccard, size, int(n), self.threshold):
                continue
            rank = (overlap(jaccard, size, int(n)), decoded(pub) or "", decoded(dup) or candidate)
            if best is None or _earlier_wins(rank, best):
                best = rank
        return best[2] if best else None

    async def _remember(
        self, article_id, sketch, size, original, published_at, bucketed: bool = True
    ) -> None:
        key = f"{self.ns}:a:{article_id}"
        pub = published_at.isoformat() if published_at else ""
        current = self._bucket_keys()[0]
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.hset(key, mapping={
                "sig": signature_bytes(sketch), "n": size, "dup": original or "", "pub": pub,
            })
            pipe.expire(key, self.ttl)
            if bucketed:
                await self._fill_buckets(
                    keys=[current],
                    args=[article_id, self.ttl + self.window.slot_seconds, *band_keys(sketch)],
                    client=pipe,
                )
            await pipe.execute()


def _earlier_wins(rank: tuple[float, str, str], best: tuple[float, str, str]) -> bool:
    """Higher overlap wins; within 0.02 the earlier-published article is the original."""
    if abs(rank[0] - best[0]) > 0.02:
        return rank[0] > best[0]
    return (rank[1] or "~", rank[2]) < (best[1] or "~", best[2])
