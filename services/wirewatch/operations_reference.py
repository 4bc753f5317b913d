"""The settings and metrics tables of the operations docs, generated from the code.

`Settings` (settings.py) and the collectors in runtime/metrics.py are the
sources of truth; docs/operations.md (and the README, once merged) hold copies
between `<!-- generated:NAME -->` markers. Regenerate them with
`python -m wirewatch.operations_reference docs/operations.md README.md`;
`--check` exits 1 when a copy is stale (a unit test runs the same check).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from prometheus_client.metrics import MetricWrapperBase
from pydantic import SecretStr
from pydantic.fields import FieldInfo

from wirewatch.runtime import metrics
from wirewatch.settings import Settings

ENV_PREFIX = "WIREWATCH_"


def env_var(field: str) -> str:
    """The environment variable of a Settings field."""
    return ENV_PREFIX + field.upper()


def _default_text(info: FieldInfo) -> str:
    value: Any = info.get_default(call_default_factory=True)
    if value is None:
        return "unset"
    if isinstance(value, SecretStr):
        return "(secret)"
    if isinstance(value, str):
        return f"`{value}`" if value else '`""`'
    return f"`{json.dumps(value)}`"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def settings_table_markdown() -> str:
    """One row per Settings field: environment variable, default, description."""
    rows = ["| Environment variable | Default | Description |", "| --- | --- | --- |"]
    for name, info in Settings.model_fields.items():
        rows.append(
            f"| `{env_var(name)}` | {_default_text(info)} | {_cell(info.description or '')} |"
        )
    return "\n".join(rows)


def exported_collectors() -> list[MetricWrapperBase]:
    """The metric objects of runtime/metrics.py, in definition order."""
    return [value for value in vars(metrics).values() if isinstance(value, MetricWrapperBase)]


def exported_name(collector: MetricWrapperBase) -> str:
    """The name a scrape shows (prometheus_client keeps counters' names without `_total`)."""
    name = collector._name  # noqa: SLF001 - prometheus_client has no public accessor
    return f"{name}_total" if collector._type == "counter" else name  # noqa: SLF001


def _labels(collector: MetricWrapperBase) -> str:
    names = collector._labelnames  # noqa: SLF001
    return ", ".join(f"`{label}`" for label in names) if names else "none"


def metrics_table_markdown() -> str:
    """One row per exported metric: name, type, labels, meaning."""
    rows = ["| Metric | Type | Labels | Meaning |", "| --- | --- | --- | --- |"]
    for collector in exported_collectors():
        meaning = collector._documentation  # noqa: SLF001
        if collector._type == "histogram":  # noqa: SLF001
            upper = collector._upper_bounds[:-1]  # noqa: SLF001 - the last bound is +Inf
            bounds = ", ".join(f"{b:g}" for b in upper)
            meaning += f" (buckets, seconds: {bounds})"
        rows.append(
            f"| `{exported_name(collector)}` | {collector._type} | "  # noqa: SLF001
            f"{_labels(collector)} | {_cell(meaning)} |"
        )
    return "\n".join(rows)


GENERATORS: dict[str, Callable[[], str]] = {
    "settings": settings_table_markdown,
    "metrics": metrics_table_markdown,
}


def render(text: str) -> str:
    """`text` with every generated block replaced by its current content."""
    for name, generate in GENERATORS.items():
        pattern = re.compile(
            rf"(<!-- generated:{name} -->\n).*?(\n<!-- end generated:{name} -->)", re.DOTALL
        )
        text = pattern.sub(lambda m, g=generate: m.group(1) + g() + m.group(2), text)
    return text


def sync(paths: list[Path], check: bool) -> int:
    """Rewrite (or with `check`, compare) the generated blocks of each file; 1 if stale."""
    stale = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        fresh = render(text)
        if fresh == text:
            continue
        if check:
            print(f"{path}: generated tables are out of date")
            stale = 1
        else:
            path.write_text(fresh, encoding="utf-8")
            print(f"{path}: tables regenerated")
    return stale


def main(argv: list[str]) -> int:
    """`python -m wirewatch.operations_reference [--check] FILE...`."""
    check = "--check" in argv
    return sync([Path(arg) for arg in argv if arg != "--check"], check)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
