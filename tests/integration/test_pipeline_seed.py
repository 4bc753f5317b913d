"""The product's founding story through the real services: one alert, and only one.

Topics have one partition here, so the pipeline keeps order end to end: once
the alert for a later "sentinel" article is out, everything fed before it has
been fully processed, and a missing second alert is a real absence.
"""

from __future__ import annotations

import pytest

from tests.conftest import SHARED
from tests.integration.pipeline import Pipeline
from wirewatch.core.models import Alert

pytestmark = pytest.mark.integration

OWN_SEED_LIKE = """Home >World >Middle East

Islamic State fighters killed at least 11 Iraqi policemen and wounded several others in a night \
attack on a checkpoint in Rashad district near Kirkuk, security officials said on Monday.

The attackers arrived in pickup trucks early on Sunday and mined the road to the checkpoint. \
Four of the policemen were killed by the roadside bombs.

In a separate attack on Sunday in Nineveh province, militants killed two soldiers at an army post.

In July, the group claimed a bombing that killed 30 people at a market in Baghdad.

Subscribe to our newsletter
Edit Profile
"""

SENTINEL = (
    "Gunmen stormed a village market in Zamfara state, Nigeria, on Monday, killing 23 people "
    "and wounding 14, local officials said on Monday."
)


def seed_text() -> tuple[str, str]:
    """The seed article itself where the shared folder has it, else our own story of its kind."""
    path = SHARED / "examples" / "seed-article.txt"
    if path.exists():
        return path.read_text(encoding="utf-8"), "2021-09-06T09:00:00Z"
    return OWN_SEED_LIKE, "2026-11-23T09:00:00Z"


def alerts_of(records: list[bytes]) -> list[Alert]:
    return [Alert.model_validate_json(r) for r in records]


@pytest.fixture
async def pipeline(kafka_bootstrap, redis_url, namespace, tmp_path):
    pipe = Pipeline(kafka_bootstrap, redis_url, namespace, tmp_path)
    await pipe.start_all()
    yield pipe
    pipe.stop_all()


async def test_seed_story_raises_one_alert_for_the_kirkuk_attack(pipeline: Pipeline) -> None:
    text, published = seed_text()
    article = {"id": "seed-story", "text": text, "published_at": published,
               "source": "wire", "url": "https://example.org/seed"}
    response = await pipeline.post_articles(article)
    assert response.status_code == 202, response.text

    alerts = alerts_of(await pipeline.read_topic("alerts", lambda rs: len(rs) >= 1))
    assert len(alerts) == 1
    alert = alerts[0]
    assert alert.location.country_code == "IQ"
    assert alert.killed is not None and alert.killed >= 10
    assert "kirkuk" in " ".join(
        filter(None, [alert.location.name, alert.location.admin1])
    ).lower()
    assert any(e.field == "killed" for e in alert.evidence)


async def test_feeding_the_seed_again_raises_no_second_alert(pipeline: Pipeline) -> None:
    text, published = seed_text()
    article = {"id": "seed-story", "text": text, "published_at": published}
    assert (await pipeline.post_articles(article)).status_code == 202
    await pipeline.read_topic("alerts", lambda rs: len(rs) >= 1)

    assert (await pipeline.post_articles(article)).status_code == 202
    sentinel = {"id": "sentinel", "text": SENTINEL, "published_at": "2026-11-23T12:00:00Z"}
    assert (await pipeline.post_articles(sentinel)).status_code == 202

    alerts = alerts_of(await pipeline.read_topic("alerts", lambda rs: len(rs) >= 2))
    assert len(alerts) == 2, [a.id for a in alerts]
    assert alerts[1].location.country_code == "NG"
    assert alerts[0].incident_id != alerts[1].incident_id
