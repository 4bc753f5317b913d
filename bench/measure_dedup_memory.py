"""Redis memory per remembered article fingerprint and per incident (MEMORY USAGE).

Usage: .venv/bin/python bench/measure_dedup_memory.py [redis-url] [count]
Feeds generated articles (tests/synthetic_articles.py) through the article
index and one incident per article through dedup processing, in a throw-away
namespace, then sums MEMORY USAGE per key family.
"""

from __future__ import annotations

import asyncio
import random
import sys
import uuid
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta

sys.path.insert(0, ".")

from tests.synthetic_articles import SLOTS, article, page  # noqa: E402
from wirewatch.core.models import ArticleExtraction, Incident, Location  # noqa: E402
from wirewatch.core.proper_names import proper_names  # noqa: E402
from wirewatch.core.story import article_words  # noqa: E402
from wirewatch.dedup.article_index import ArticleIndex
from wirewatch.dedup.processing import process_extraction  # noqa: E402
from wirewatch.dedup.store import IncidentStore, connect_redis  # noqa: E402

FAMILIES = {"a": "article", "x": "article", "b": "article", "i": "incident", "n": "incident",
            "c": "incident", "cc": "incident", "ai": "incident", "s": "story", "as": "story",
            "p": "story", "vg": "vocabulary", "vdf": "vocabulary", "vn": "vocabulary",
            "nm": "names"}


def incident_for(rng: random.Random, n: int, start: date) -> Incident:
    town = rng.choice(SLOTS["town"])
    return Incident(
        id=f"a{n}#0", article_id=f"a{n}", event_type="Violence against civilians",
        sub_event_type="Attack", actors=[rng.choice(SLOTS["group"])], victims=["civilians"],
        location=Location(name=f"{town} {n}", country="Xqland", country_code="XQ",
                          admin1=rng.choice(SLOTS["province"]), lat=rng.uniform(0, 20),
                          lon=rng.uniform(0, 20), precision="point"),
        event_date=start + timedelta(days=n % 14), date_precision="day",
        killed=rng.randint(1, 40), wounded=rng.randint(0, 60),
    )


async def main(url: str | None, count: int) -> None:
    ns = f"memtest-{uuid.uuid4().hex[:8]}"
    redis = connect_redis(url)
    index, store = ArticleIndex(redis, ns), IncidentStore(redis, ns)
    rng = random.Random(7)
    now = datetime(2026, 3, 20, tzinfo=UTC)
    try:
        for n in range(count):
            text = page(rng, article(rng))
            await index.find_or_add(f"a{n}", text, now)
            names = [f"{name} {n}" for name in proper_names(text)]
            words = article_words(text)
            message = ArticleExtraction(id=f"a{n}", published_at=now, names=names,
                                        words=words.counts, name_words=words.names,
                                        incidents=[incident_for(rng, n, date(2026, 3, 6))])
            await process_extraction(store, message, now)
        usage: dict[str, int] = defaultdict(int)
        by_family: dict[str, int] = defaultdict(int)
        async for key in redis.scan_iter(match=f"{ns}:*", count=1000):
            family = key.decode().split(":")[1]
            size = await redis.memory_usage(key) or 0
            usage[FAMILIES.get(family, family)] += size
            by_family[family] += size
        incidents = len([k async for k in redis.scan_iter(match=f"{ns}:i:*", count=1000)])
        print(f"{count} articles: {usage['article'] / count:.0f} bytes per article fingerprint")
        print(f"{incidents} incidents: {usage['incident'] / max(1, incidents):.0f} bytes each")
        print(f"stories: {usage['story'] / count:.0f} bytes per article; vocabulary "
              f"{usage['vocabulary'] / 1024:.0f} KB in all")
        print(f"name memory (every name new: the worst case): {usage['names'] / count:.0f} "
              "bytes per article, kept WIREWATCH_DEDUP_NAME_MEMORY_DAYS")
        print("per key family, bytes per article:",
              {k: round(v / count) for k, v in sorted(by_family.items())})
    finally:
        async for key in redis.scan_iter(match=f"{ns}:*", count=1000):
            await redis.unlink(key)
        await redis.aclose()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1] if len(sys.argv) > 1 else None,
                     int(sys.argv[2]) if len(sys.argv) > 2 else 2000))
