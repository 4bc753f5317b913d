"""docs/operations.md lists every setting and every metric, as the code defines them now."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirewatch.operations_reference import (
    env_var,
    exported_collectors,
    exported_name,
    metrics_table_markdown,
    render,
    settings_table_markdown,
    sync,
)
from wirewatch.runtime.metrics import EXPORTED_METRIC_NAMES
from wirewatch.settings import Settings

DOC = Path(__file__).resolve().parents[2] / "docs" / "operations.md"
README = DOC.parents[1] / "README.md"
REGENERATE = "python -m wirewatch.operations_reference docs/operations.md"


def _doc() -> str:
    return DOC.read_text(encoding="utf-8")


def test_operations_doc_tables_are_up_to_date() -> None:
    assert render(_doc()) == _doc(), f"stale tables: run `{REGENERATE}`"


@pytest.mark.parametrize("field", list(Settings.model_fields))
def test_operations_doc_documents_every_setting(field: str) -> None:
    assert f"| `{env_var(field)}` |" in _doc()


@pytest.mark.parametrize("name", EXPORTED_METRIC_NAMES)
def test_operations_doc_documents_every_exported_metric(name: str) -> None:
    assert f"| `{name}` |" in _doc()


def test_every_exported_metric_name_has_a_collector() -> None:
    assert sorted(exported_name(c) for c in exported_collectors()) == sorted(EXPORTED_METRIC_NAMES)


def test_settings_table_shows_defaults_and_descriptions() -> None:
    row = next(
        line for line in settings_table_markdown().splitlines()
        if line.startswith("| `WIREWATCH_INGEST_PORT` |")
    )
    assert row == "| `WIREWATCH_INGEST_PORT` | `8080` | Ingest API port (also serves /metrics) |"


def test_secret_defaults_are_not_printed() -> None:
    row = next(
        line for line in settings_table_markdown().splitlines()
        if "WIREWATCH_KAFKA_SASL_PASSWORD" in line
    )
    assert "| unset |" in row


def test_metrics_table_lists_labels_of_each_metric() -> None:
    assert "| `wirewatch_dead_letters_total` | counter | `stage`, `reason` |" in (
        metrics_table_markdown()
    )


def test_sync_rewrites_a_stale_block_and_check_reports_it(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "intro\n<!-- generated:settings -->\nold\n<!-- end generated:settings -->\n",
        encoding="utf-8",
    )
    assert sync([page], check=True) == 1
    assert sync([page], check=False) == 0
    assert sync([page], check=True) == 0
    assert settings_table_markdown() in page.read_text(encoding="utf-8")


def test_readme_operations_section_is_up_to_date_and_complete() -> None:
    readme = README.read_text(encoding="utf-8")
    stale = "stale tables: run `python -m wirewatch.operations_reference README.md`"
    assert render(readme) == readme, stale
    for field in Settings.model_fields:
        assert f"| `{env_var(field)}` |" in readme
    for name in EXPORTED_METRIC_NAMES:
        assert f"| `{name}` |" in readme
