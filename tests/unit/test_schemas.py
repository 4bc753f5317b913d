"""The files in schemas/ are the contract: in sync with the models, valid, and complete."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from pydantic import BaseModel

from wirewatch import topology
from wirewatch.core.models import (
    Alert,
    Article,
    ArticleExtraction,
    DeadLetter,
    Evidence,
    Incident,
    Location,
    SourceRef,
)
from wirewatch.schema_export import (
    ASYNCAPI_FILE,
    channel_id,
    message_models,
    rendered_files,
    schema_file_name,
    write_schemas,
)

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "schemas"
ASYNCAPI_SPEC = Path(__file__).parent / "data" / "asyncapi-3.0.0.schema.json"
WHEN = datetime(2024, 3, 3, 9, 30, tzinfo=UTC)


def _schema(model: type[BaseModel]) -> dict[str, Any]:
    return json.loads((SCHEMAS / schema_file_name(model)).read_text(encoding="utf-8"))


def _asyncapi() -> dict[str, Any]:
    return yaml.safe_load((SCHEMAS / ASYNCAPI_FILE).read_text(encoding="utf-8"))


def _incident() -> Incident:
    sentence = "A roadside bomb killed four farmers near Lakeview on Tuesday."
    return Incident(
        id="a-1#0", article_id="a-1", event_type="Explosions/Remote violence",
        actors=["unknown armed group"], victims=["farmers"],
        location=Location(name="Lakeview", country="Kenya", country_code="KE",
                          lat=-1.2, lon=36.8, precision="point"),
        event_date=date(2024, 3, 2), date_precision="day", killed=4, wounded=None,
        killed_breakdown={"civilians": 4},
        evidence=[Evidence(field="killed", value=4, sentence=sentence, start=0,
                           end=len(sentence), phrase="killed four")],
        sources=[SourceRef(article_id="a-1", url="https://news.example/a-1", published_at=WHEN)],
        published_at=WHEN, ingested_at=WHEN,
    )


EXAMPLES: dict[type[BaseModel], BaseModel] = {
    Article: Article(id="a-1", text="A roadside bomb killed four farmers.", title="Bomb",
                     url="https://news.example/a-1", published_at=WHEN, received_at=WHEN),
    ArticleExtraction: ArticleExtraction(id="a-1", published_at=WHEN, incidents=[_incident()]),
    Incident: _incident(),
    Alert: Alert(id="i-9:1", incident_id="i-9", incident_version=2, severity="high",
                 severity_level=1, killed=12, location=Location(country_code="KE"),
                 event_date=date(2024, 3, 2), raised_at=WHEN),
    DeadLetter: DeadLetter(id="d-1", stage="extract", topic="articles", partition=3, offset=17,
                           key="a-1", reason="invalid_json", error="Expecting value",
                           original_base64="bm90IGpzb24=", failed_at=WHEN),
}


def test_schema_files_are_in_sync_with_the_models(capsys: pytest.CaptureFixture[str]) -> None:
    status = write_schemas(SCHEMAS, check=True)
    assert status == 0, capsys.readouterr().out


def test_every_topic_message_model_has_an_example_here() -> None:
    assert set(message_models()) == set(EXAMPLES)


@pytest.mark.parametrize("model", message_models(), ids=lambda m: m.__name__)
def test_each_json_schema_is_valid_draft_2020_12(model: type[BaseModel]) -> None:
    schema = _schema(model)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("model", message_models(), ids=lambda m: m.__name__)
def test_messages_the_models_write_validate_against_the_files(model: type[BaseModel]) -> None:
    message = json.loads(EXAMPLES[model].model_dump_json())
    jsonschema.Draft202012Validator(_schema(model)).validate(message)


def test_an_article_without_text_is_rejected_by_its_schema() -> None:
    message = json.loads(EXAMPLES[Article].model_dump_json())
    del message["text"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(_schema(Article)).validate(message)


def test_an_unknown_schema_version_is_rejected_by_the_schema() -> None:
    message = json.loads(EXAMPLES[Alert].model_dump_json()) | {"schema_version": 2}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(_schema(Alert)).validate(message)


def test_asyncapi_document_is_valid_against_the_asyncapi_3_specification() -> None:
    specification = json.loads(ASYNCAPI_SPEC.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(specification).validate(_asyncapi())


def test_asyncapi_document_names_every_topic_in_the_topology() -> None:
    channels = _asyncapi()["channels"]
    addresses = {channel["address"] for channel in channels.values()}
    assert addresses == {spec.name for spec in topology.TOPICS}


def test_asyncapi_channels_carry_key_and_partitions_of_each_topic() -> None:
    document = _asyncapi()
    for spec in topology.TOPICS:
        channel = document["channels"][channel_id(spec)]
        assert channel["bindings"]["kafka"]["partitions"] >= 1
        message = document["components"]["messages"][spec.model.__name__]
        assert message["bindings"]["kafka"]["key"] == {"type": "string", "description": spec.key}


def test_asyncapi_has_an_operation_for_every_read_and_write_of_every_service() -> None:
    operations = _asyncapi()["operations"].values()
    found = {(op["action"], op["channel"]["$ref"].rsplit("/", 1)[1]) for op in operations}
    expected = {
        (action, channel_id(spec))
        for reads, writes in topology.SERVICES.values()
        for action, specs in (("receive", reads), ("send", writes))
        for spec in specs
    }
    assert found == expected


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        own = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return own + [ref for value in node.values() for ref in _refs(value)]
    if isinstance(node, list):
        return [ref for value in node for ref in _refs(value)]
    return []


def test_every_asyncapi_reference_resolves() -> None:
    document = _asyncapi()
    for ref in _refs(document):
        if ref.startswith("#/"):
            target: Any = document
            for part in ref[2:].split("/"):
                target = target[part]
        else:
            assert (SCHEMAS / ref).is_file(), ref


def test_check_reports_a_schema_file_edited_by_hand(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_schemas(tmp_path)
    edited = tmp_path / schema_file_name(Alert)
    edited.write_text(edited.read_text().replace('"severity"', '"sev"'), encoding="utf-8")
    capsys.readouterr()
    assert write_schemas(tmp_path, check=True) == 1
    assert schema_file_name(Alert) in capsys.readouterr().out


def test_check_reports_a_schema_file_no_model_generates(tmp_path: Path) -> None:
    write_schemas(tmp_path)
    (tmp_path / "retired.schema.json").write_text("{}", encoding="utf-8")
    assert write_schemas(tmp_path, check=True) == 1


def test_generation_is_deterministic() -> None:
    assert rendered_files() == rendered_files()
