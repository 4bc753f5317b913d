"""One attack, several agencies, a rising toll: one incident and one alert (real services)."""

from __future__ import annotations

import pytest

from tests.integration.pipeline import Pipeline
from wirewatch.core.models import Alert, Incident

pytestmark = pytest.mark.integration

REPORTS = [
    ("agency-a", "2026-11-16T07:00:00Z",
     "Suspected Islamist militants killed eight people in an attack on a police station in "
     "Baidoa, in Somalia's Bay region, on Sunday night, a local official said."),
    ("agency-b", "2026-11-16T10:30:00Z",
     "The number of people killed when gunmen stormed a police station in the Somali town of "
     "Baidoa on Sunday has risen to 12, the regional police commander told reporters."),
    ("agency-c", "2026-11-16T15:45:00Z",
     "Fifteen people, most of them police officers, died in Sunday's assault on a police "
     "station in Baidoa, Bay region, Somalia, officials said on Monday, raising the toll."),
]
OTHER = (
    "agency-d", "2026-11-16T16:00:00Z",
    "Gunmen killed four people in an attack on a police checkpoint in Beledweyne, in Somalia's "
    "Hiran region, on Sunday night, residents said.",
)


@pytest.fixture
async def pipeline(kafka_bootstrap, redis_url, namespace, tmp_path):
    pipe = Pipeline(kafka_bootstrap, redis_url, namespace, tmp_path)
    await pipe.start_all()
    yield pipe
    pipe.stop_all()


def latest_versions(records: list[bytes]) -> dict[str, Incident]:
    latest: dict[str, Incident] = {}
    for record in records:
        incident = Incident.model_validate_json(record)
        if incident.id not in latest or incident.version >= latest[incident.id].version:
            latest[incident.id] = incident
    return latest


async def test_three_reports_make_one_incident_and_one_alert(pipeline: Pipeline) -> None:
    for n, (source, published, text) in enumerate([*REPORTS, OTHER]):
        article = {"id": f"report-{n}", "text": text, "published_at": published,
                   "source": source}
        assert (await pipeline.post_articles(article)).status_code == 202

    def settled(records: list[bytes]) -> bool:
        latest = latest_versions(records)
        return any(i.killed == 15 for i in latest.values()) and any(
            i.article_id == "report-3" for i in latest.values())

    incidents = latest_versions(await pipeline.read_topic("incidents", settled, timeout=90))
    assert len(incidents) == 2, incidents
    baidoa = next(i for i in incidents.values() if i.killed == 15)
    other = next(i for i in incidents.values() if i.id != baidoa.id)
    assert len(baidoa.sources) == 3
    assert other.killed == 4 and len(other.sources) == 1

    sentinel = Incident(id="sentinel", article_id="s", killed=70)
    await pipeline.produce_raw("incidents", sentinel.model_dump_json().encode(), b"s")
    alerts = [Alert.model_validate_json(r) for r in await pipeline.read_topic(
        "alerts", lambda rs: any(b'"sentinel"' in r for r in rs))]
    real = [a for a in alerts if a.incident_id != "sentinel"]
    assert [(a.incident_id, a.severity_level) for a in real] == [(baidoa.id, 1)]
