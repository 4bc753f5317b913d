"""Docker cannot run here, so deploy/ is checked for consistency with the code instead.

Each test ties one deployment file to its source of truth: Settings fields,
topology topics, the CLI, the exported metric names, or another deploy file.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import typer.main
import yaml

from wirewatch import topology
from wirewatch.cli import app
from wirewatch.runtime.metrics import EXPORTED_METRIC_NAMES
from wirewatch.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
PROMETHEUS = DEPLOY / "prometheus"
GRAFANA = DEPLOY / "grafana"
SERVICE_PORT_SETTING = {
    "ingest": "ingest_port",
    "extract": "extract_metrics_port",
    "dedup": "dedup_metrics_port",
    "alert": "alert_metrics_port",
}
SCALABLE = ("extract", "dedup")
HISTOGRAM_SUFFIXES = ("_bucket", "_sum", "_count")
PROMETHEUS_BUILTIN_METRICS = {"up"}
KNOWN_METRICS = set(EXPORTED_METRIC_NAMES) | PROMETHEUS_BUILTIN_METRICS
PROMQL_WORDS = {
    "sum", "min", "max", "avg", "count", "by", "without", "rate", "increase", "irate",
    "histogram_quantile", "le", "and", "or", "unless", "on", "ignoring", "group_left",
    "group_right", "bool", "offset", "abs", "clamp_min", "clamp_max", "topk", "bottomk",
}


def env_name(field: str) -> str:
    return "WIREWATCH_" + field.upper()


SETTING_ENV_NAMES = {env_name(field) for field in Settings.model_fields}


def _yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _compose() -> dict[str, Any]:
    return _yaml(DEPLOY / "compose.yaml")


def _compose_port(service: str) -> int:
    """The port a compose service listens on: its env override, else the Settings default."""
    field = SERVICE_PORT_SETTING[service]
    env = _compose()["services"][service]["environment"]
    return int(env.get(env_name(field), Settings.model_fields[field].default))


def metric_names(expr: str) -> set[str]:
    """The metric names a PromQL expression reads (strings, label sets, ranges stripped)."""
    expr = re.sub(r'"[^"]*"', "", expr)
    expr = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", expr)
    expr = re.sub(r"\b(by|without|on|ignoring)\s*\([^)]*\)", " ", expr)
    tokens = set(re.findall(r"[A-Za-z_:][A-Za-z0-9_:]*", expr))
    return tokens - PROMQL_WORDS


def exported_base(name: str) -> str:
    for suffix in HISTOGRAM_SUFFIXES:
        if name.endswith(suffix) and name[: -len(suffix)] in EXPORTED_METRIC_NAMES:
            return name[: -len(suffix)]
    return name


# --- compose -------------------------------------------------------------------------------


def test_compose_wirewatch_env_vars_are_real_settings() -> None:
    for name, service in _compose()["services"].items():
        for key in service.get("environment") or {}:
            if key.startswith("WIREWATCH_"):
                assert key in SETTING_ENV_NAMES, f"{name}: {key}"


def test_compose_runs_every_topology_service() -> None:
    assert set(topology.SERVICES) <= set(_compose()["services"])


def test_compose_service_commands_parse_as_wirewatch_command_lines() -> None:
    commands = typer.main.get_command(app).commands
    for name in topology.SERVICES:
        argv = _compose()["services"][name]["command"]
        assert argv[0] == name
        commands[argv[0]].make_context(f"wirewatch {argv[0]}", list(argv[1:]))


def test_compose_ingest_and_extract_run_as_services() -> None:
    services = _compose()["services"]
    assert "--serve" in services["ingest"]["command"]
    assert "--serve" in services["extract"]["command"]


def test_compose_metrics_bind_all_interfaces_inside_containers() -> None:
    for name in topology.SERVICES:
        assert _compose()["services"][name]["environment"]["WIREWATCH_METRICS_HOST"] == "0.0.0.0"


@pytest.mark.parametrize("name", SCALABLE)
def test_compose_scalable_services_have_replicas_and_no_fixed_names_or_host_ports(
    name: str,
) -> None:
    service = _compose()["services"][name]
    assert service["deploy"]["replicas"] >= 2
    assert "container_name" not in service
    assert "ports" not in service


@pytest.mark.parametrize("name", sorted(SERVICE_PORT_SETTING))
def test_compose_healthcheck_calls_healthz_on_the_service_port(name: str) -> None:
    check = " ".join(_compose()["services"][name]["healthcheck"]["test"])
    assert f"http://127.0.0.1:{_compose_port(name)}/healthz" in check


def test_compose_topic_init_creates_exactly_the_topology_topics() -> None:
    script = "\n".join(_compose()["services"]["topic-init"]["command"])
    created = re.findall(r"--topic\s+(\S+)", script)
    assert sorted(created) == sorted(spec.name for spec in topology.TOPICS)


def test_compose_topic_init_gives_every_topic_at_least_as_many_partitions_as_replicas() -> None:
    services = _compose()["services"]
    script = "\n".join(services["topic-init"]["command"])
    lines = [line for line in script.splitlines() if "--create" in line]
    partitions = [int(re.search(r"--partitions\s+(\d+)", line)[1]) for line in lines]
    most_replicas = max(services[name]["deploy"]["replicas"] for name in SCALABLE)
    assert len(partitions) == len(topology.TOPICS)
    assert min(partitions) >= most_replicas


def test_compose_topics_have_the_partitions_the_services_and_asyncapi_state() -> None:
    services = _compose()["services"]
    script = "\n".join(services["topic-init"]["command"])
    created = {int(count) for count in re.findall(r"--partitions\s+(\d+)", script)}
    told = int(services["extract"]["environment"]["WIREWATCH_TOPIC_PARTITIONS"])
    asyncapi = _yaml(ROOT / "schemas" / "asyncapi.yaml")
    documented = {ch["bindings"]["kafka"]["partitions"] for ch in asyncapi["channels"].values()}
    assert created == {told} == documented


def test_compose_kafka_is_kraft_and_advertises_the_bootstrap_address() -> None:
    services = _compose()["services"]
    kafka = services["kafka"]["environment"]
    assert "controller" in kafka["KAFKA_PROCESS_ROLES"]
    bootstrap = services["extract"]["environment"]["WIREWATCH_KAFKA_BOOTSTRAP"]
    assert f"PLAINTEXT://{bootstrap}" in kafka["KAFKA_ADVERTISED_LISTENERS"]


def test_compose_redis_requires_the_password_the_services_use() -> None:
    services = _compose()["services"]
    assert "--requirepass" in services["redis"]["command"]
    password = services["redis"]["command"][services["redis"]["command"].index("--requirepass") + 1]
    assert f":{password}@redis:" in services["dedup"]["environment"]["WIREWATCH_REDIS_URL"]


def test_compose_variables_are_all_in_the_env_example() -> None:
    text = (DEPLOY / "compose.yaml").read_text(encoding="utf-8")
    used = set(re.findall(r"\$\{([A-Z_]+)", text))
    example = (DEPLOY / ".env.example").read_text(encoding="utf-8")
    defined = set(re.findall(r"^([A-Z_]+)=", example, flags=re.MULTILINE))
    assert used <= defined


def test_compose_bind_mounts_exist() -> None:
    for service in _compose()["services"].values():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("."):
                assert (DEPLOY / source).exists(), source


def test_compose_build_context_holds_the_dockerfile() -> None:
    build = _compose()["services"]["ingest"]["build"]
    assert (DEPLOY / build["context"] / build["dockerfile"]).is_file()


# --- Dockerfile ----------------------------------------------------------------------------


def _dockerfile() -> str:
    return (ROOT / "Dockerfile").read_text(encoding="utf-8")


def test_dockerfile_runs_wirewatch_as_a_non_root_user_on_python_3_11_slim() -> None:
    text = _dockerfile()
    assert re.search(r"^FROM python:3\.11-slim\b", text, flags=re.MULTILINE)
    users = re.findall(r"^USER\s+(\S+)", text, flags=re.MULTILINE)
    assert users and users[-1].split(":")[0] not in {"root", "0"}
    assert re.findall(r"^ENTRYPOINT\s+(.+)$", text, flags=re.MULTILINE)[-1] == '["wirewatch"]'


def test_dockerfile_env_settings_are_real_settings() -> None:
    for name in re.findall(r"\b(WIREWATCH_[A-Z_]+)=", _dockerfile()):
        assert name in SETTING_ENV_NAMES, name


def _dockerignore() -> set[str]:
    lines = (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def test_dockerfile_copies_only_files_that_exist_and_are_not_ignored() -> None:
    ignored = _dockerignore()
    for line in re.findall(r"^COPY\s+(?!--from)(.+)$", _dockerfile(), flags=re.MULTILINE):
        for source in line.split()[:-1]:
            assert (ROOT / source).exists(), source
            assert source.rstrip("/") not in ignored, source


def test_dockerignore_keeps_local_state_out_of_the_image() -> None:
    assert {".git", ".venv", ".env", ".wirewatch"} <= _dockerignore()


# --- Prometheus ----------------------------------------------------------------------------


def _scrape_jobs() -> dict[str, dict[str, Any]]:
    return {job["job_name"]: job for job in _yaml(PROMETHEUS / "prometheus.yml")["scrape_configs"]}


def test_every_wirewatch_service_is_scraped_on_the_port_it_serves() -> None:
    scraped: dict[str, int] = {}
    for job in _scrape_jobs().values():
        for sd in job.get("dns_sd_configs", []):
            for name in sd["names"]:
                scraped[name] = sd["port"]
    assert scraped == {name: _compose_port(name) for name in SERVICE_PORT_SETTING}


def test_scrape_targets_are_services_in_compose() -> None:
    services = _compose()["services"]
    for job in _scrape_jobs().values():
        for sd in job.get("dns_sd_configs", []):
            assert set(sd["names"]) <= set(services)


def _rule_expressions() -> list[str]:
    groups = _yaml(PROMETHEUS / "alerts.yml")["groups"]
    return [rule["expr"] for group in groups for rule in group["rules"]]


def test_alert_rules_read_only_exported_metrics() -> None:
    for expr in _rule_expressions():
        for name in metric_names(expr):
            assert exported_base(name) in KNOWN_METRICS, expr


def _promtool() -> str:
    found = shutil.which("promtool")
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("promtool is missing under CI: apt-get install -y prometheus")
        pytest.skip("promtool not installed (apt-get install -y prometheus)")
    return found


def test_promtool_accepts_the_prometheus_config() -> None:
    result = subprocess.run(
        [_promtool(), "check", "config", str(PROMETHEUS / "prometheus.yml")],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_alert_rules_pass_their_promtool_unit_tests() -> None:
    result = subprocess.run(
        [_promtool(), "test", "rules", "alerts.test.yml"],
        capture_output=True, text=True, timeout=60, cwd=PROMETHEUS,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# --- Grafana -------------------------------------------------------------------------------


def _dashboard() -> dict[str, Any]:
    return json.loads((GRAFANA / "dashboards" / "wirewatch.json").read_text(encoding="utf-8"))


def _panels() -> list[dict[str, Any]]:
    return [panel for panel in _dashboard()["panels"] if panel["type"] != "row"]


def _queries() -> list[str]:
    return [target["expr"] for panel in _panels() for target in panel["targets"]]


def test_dashboard_queries_name_only_exported_metrics() -> None:
    for expr in _queries():
        for name in metric_names(expr):
            assert exported_base(name) in KNOWN_METRICS, expr


def test_dashboard_charts_every_exported_metric() -> None:
    charted = {exported_base(name) for expr in _queries() for name in metric_names(expr)}
    assert set(EXPORTED_METRIC_NAMES) <= charted


def test_dashboard_shows_latency_quantiles_from_both_histograms() -> None:
    quantiled = " ".join(expr for expr in _queries() if "histogram_quantile" in expr)
    assert "wirewatch_stage_duration_seconds_bucket" in quantiled
    assert "wirewatch_end_to_end_latency_seconds_bucket" in quantiled


def test_dashboard_panels_use_the_provisioned_datasource() -> None:
    provisioned = _yaml(GRAFANA / "provisioning" / "datasources" / "prometheus.yaml")
    uids = {source["uid"] for source in provisioned["datasources"]}
    for panel in _panels():
        assert panel["datasource"]["uid"] in uids
        assert all(target["datasource"]["uid"] in uids for target in panel["targets"])


def test_dashboard_panel_ids_are_unique() -> None:
    ids = [panel["id"] for panel in _dashboard()["panels"]]
    assert len(ids) == len(set(ids))


def test_grafana_loads_dashboards_from_the_folder_compose_mounts() -> None:
    providers = _yaml(GRAFANA / "provisioning" / "dashboards" / "wirewatch.yaml")["providers"]
    mounts = dict(
        volume.split(":")[:2] for volume in _compose()["services"]["grafana"]["volumes"]
    )
    assert mounts["./grafana/dashboards"] == providers[0]["options"]["path"]
    assert mounts["./grafana/provisioning"] == "/etc/grafana/provisioning"


def _k8s_relabel(target_label: str) -> dict[str, Any]:
    config = _yaml(PROMETHEUS / "prometheus-k8s.yml")
    (job,) = config["scrape_configs"]
    return next(r for r in job["relabel_configs"] if r.get("target_label") == target_label)


def _apply(rule: dict[str, Any], *values: str) -> str:
    """One Prometheus `replace` relabelling (anchored regex, `;`-joined sources)."""
    match = re.fullmatch(rule["regex"], ";".join(values))
    assert match, (rule, values)
    return match.expand(rule["replacement"].replace("$", "\\"))


def test_k8s_scrape_names_jobs_like_compose_so_dashboard_and_alerts_match() -> None:
    rule = _k8s_relabel("job")
    k8s_jobs = {_apply(rule, name) for name in topology.SERVICES}
    compose_jobs = {name for name, job in _scrape_jobs().items() if "dns_sd_configs" in job}
    assert k8s_jobs == compose_jobs


def test_k8s_scrape_uses_the_annotated_port() -> None:
    rule = _k8s_relabel("__address__")
    assert _apply(rule, "10.1.2.3:8080", "8081") == "10.1.2.3:8081"
    assert _apply(rule, "10.1.2.3", "8082") == "10.1.2.3:8082"
