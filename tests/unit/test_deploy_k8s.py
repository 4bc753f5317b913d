"""deploy/k8s manifests agree with each other, with Settings and with the CLI."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import typer.main
import yaml

from wirewatch import topology
from wirewatch.cli import app
from wirewatch.settings import Settings

K8S = Path(__file__).resolve().parents[2] / "deploy" / "k8s"
SETTING_ENV_NAMES = {"WIREWATCH_" + field.upper() for field in Settings.model_fields}
SERVICE_PORT_SETTING = {
    "ingest": "WIREWATCH_INGEST_PORT",
    "extract": "WIREWATCH_EXTRACT_METRICS_PORT",
    "dedup": "WIREWATCH_DEDUP_METRICS_PORT",
    "alert": "WIREWATCH_ALERT_METRICS_PORT",
}
PROBE_PATHS = {"livenessProbe": "/healthz", "readinessProbe": "/readyz", "startupProbe": "/healthz"}


def _docs() -> list[dict[str, Any]]:
    docs = []
    for path in sorted(K8S.glob("*.yaml")):
        if path.name != "kustomization.yaml":
            docs += [doc for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")) if doc]
    return docs


def _of_kind(kind: str) -> list[dict[str, Any]]:
    return [doc for doc in _docs() if doc["kind"] == kind]


def _named(kind: str, name: str) -> dict[str, Any]:
    return next(doc for doc in _of_kind(kind) if doc["metadata"]["name"] == name)


def _deployments() -> dict[str, dict[str, Any]]:
    """Topology service name -> its Deployment (by the component label)."""
    return {
        doc["spec"]["template"]["metadata"]["labels"]["app.kubernetes.io/component"]: doc
        for doc in _of_kind("Deployment")
    }


def _container(deployment: dict[str, Any]) -> dict[str, Any]:
    (container,) = deployment["spec"]["template"]["spec"]["containers"]
    return container


def _config() -> dict[str, str]:
    return _named("ConfigMap", "wirewatch-config")["data"]


def _declared_port(container: dict[str, Any], port: int | str) -> int:
    """The containerPort a probe or Service names, by number or by name."""
    for declared in container["ports"]:
        if port in (declared["containerPort"], declared.get("name")):
            return declared["containerPort"]
    raise AssertionError(f"port {port!r} is not declared by container {container['name']}")


def test_every_manifest_has_kind_api_version_and_a_name() -> None:
    for doc in _docs():
        assert doc["apiVersion"] and doc["kind"] and doc["metadata"]["name"]


def test_kustomization_lists_every_manifest() -> None:
    listed = yaml.safe_load((K8S / "kustomization.yaml").read_text(encoding="utf-8"))["resources"]
    files = {path.name for path in K8S.glob("*.yaml")} - {"kustomization.yaml"}
    assert set(listed) == files


def test_there_is_a_deployment_and_a_service_per_topology_service() -> None:
    assert set(_deployments()) == set(topology.SERVICES)
    services = _of_kind("Service")
    selected = {doc["spec"]["selector"]["app.kubernetes.io/component"] for doc in services}
    assert selected == set(topology.SERVICES)


def test_container_args_parse_as_wirewatch_command_lines() -> None:
    commands = typer.main.get_command(app).commands
    for name, deployment in _deployments().items():
        args = _container(deployment)["args"]
        assert args[0] == name
        commands[args[0]].make_context(f"wirewatch {args[0]}", list(args[1:]))


@pytest.mark.parametrize("probe", sorted(PROBE_PATHS))
def test_probes_use_health_paths_on_a_declared_port(probe: str) -> None:
    for deployment in _deployments().values():
        container = _container(deployment)
        http = container[probe]["httpGet"]
        assert http["path"] == PROBE_PATHS[probe]
        _declared_port(container, http["port"])


def test_container_port_is_the_port_the_configmap_tells_the_service_to_serve() -> None:
    for name, deployment in _deployments().items():
        (port,) = _container(deployment)["ports"]
        assert port["containerPort"] == int(_config()[SERVICE_PORT_SETTING[name]])


def test_metrics_bind_all_interfaces_in_pods() -> None:
    assert _config()["WIREWATCH_METRICS_HOST"] == "0.0.0.0"
    assert _config()["WIREWATCH_INGEST_HOST"] == "0.0.0.0"


def test_prometheus_annotations_point_at_the_container_port() -> None:
    for deployment in _deployments().values():
        annotations = deployment["spec"]["template"]["metadata"]["annotations"]
        assert annotations["prometheus.io/scrape"] == "true"
        assert annotations["prometheus.io/path"] == "/metrics"
        container = _container(deployment)
        assert _declared_port(container, int(annotations["prometheus.io/port"]))


def test_every_service_selects_a_deployment_and_targets_a_declared_port() -> None:
    for service in _of_kind("Service"):
        selector = service["spec"]["selector"]
        matches = [
            doc for doc in _of_kind("Deployment")
            if selector.items() <= doc["spec"]["template"]["metadata"]["labels"].items()
        ]
        assert len(matches) == 1, service["metadata"]["name"]
        for port in service["spec"]["ports"]:
            _declared_port(_container(matches[0]), port["targetPort"])


def test_deployment_selectors_match_their_pod_labels() -> None:
    for doc in _of_kind("Deployment"):
        labels = doc["spec"]["template"]["metadata"]["labels"]
        assert doc["spec"]["selector"]["matchLabels"].items() <= labels.items()


def test_configmap_keys_are_real_settings() -> None:
    assert set(_config()) <= SETTING_ENV_NAMES


def test_secret_keys_given_to_the_services_are_real_settings() -> None:
    for deployment in _deployments().values():
        for source in _container(deployment)["envFrom"]:
            if "secretRef" in source:
                secret = _named("Secret", source["secretRef"]["name"])
                assert set(secret["stringData"]) <= SETTING_ENV_NAMES


def test_secrets_hold_the_redis_url_kafka_credentials_and_api_keys() -> None:
    secret = _named("Secret", "wirewatch-secrets")["stringData"]
    assert secret["WIREWATCH_REDIS_URL"].startswith("rediss://")
    assert {"WIREWATCH_KAFKA_SASL_USERNAME", "WIREWATCH_KAFKA_SASL_PASSWORD",
            "WIREWATCH_INGEST_API_KEYS"} <= set(secret)
    assert not {"WIREWATCH_KAFKA_SASL_PASSWORD", "WIREWATCH_REDIS_URL"} & set(_config())


def test_env_sources_and_volumes_refer_to_defined_objects() -> None:
    for deployment in _deployments().values():
        for source in _container(deployment)["envFrom"]:
            kind, ref = next(iter(source.items()))
            _named({"configMapRef": "ConfigMap", "secretRef": "Secret"}[kind], ref["name"])
        for volume in deployment["spec"]["template"]["spec"]["volumes"]:
            if "secret" in volume:
                _named("Secret", volume["secret"]["secretName"])


def test_kafka_ca_file_setting_points_into_a_mounted_volume() -> None:
    cafile = _config()["WIREWATCH_KAFKA_SSL_CAFILE"]
    for deployment in _deployments().values():
        mounts = [m["mountPath"] for m in _container(deployment)["volumeMounts"]]
        assert any(cafile.startswith(mount + "/") for mount in mounts)


def test_containers_have_resource_requests_and_limits() -> None:
    for deployment in _deployments().values():
        resources = _container(deployment)["resources"]
        assert {"cpu", "memory"} <= set(resources["requests"])
        assert {"cpu", "memory"} <= set(resources["limits"])


def test_pods_run_as_non_root() -> None:
    for deployment in _deployments().values():
        assert deployment["spec"]["template"]["spec"]["securityContext"]["runAsNonRoot"] is True
        assert _container(deployment)["securityContext"]["allowPrivilegeEscalation"] is False


def test_autoscalers_target_existing_deployments_and_stay_within_partitions() -> None:
    partitions = int(_config()["WIREWATCH_TOPIC_PARTITIONS"])
    deployments = {doc["metadata"]["name"] for doc in _of_kind("Deployment")}
    scalers = _of_kind("HorizontalPodAutoscaler")
    assert {doc["spec"]["scaleTargetRef"]["name"] for doc in scalers} == {
        "wirewatch-extract", "wirewatch-dedup"
    }
    for scaler in scalers:
        assert scaler["spec"]["scaleTargetRef"]["name"] in deployments
        assert 1 <= scaler["spec"]["minReplicas"] <= scaler["spec"]["maxReplicas"] <= partitions


def test_autoscaled_deployments_leave_the_replica_count_to_the_autoscaler() -> None:
    for scaler in _of_kind("HorizontalPodAutoscaler"):
        target = _named("Deployment", scaler["spec"]["scaleTargetRef"]["name"])
        assert "replicas" not in target["spec"]


def test_everything_lives_in_the_wirewatch_namespace() -> None:
    assert _named("Namespace", "wirewatch")
    for doc in _docs():
        if doc["kind"] != "Namespace":
            assert doc["metadata"]["namespace"] == "wirewatch"


@pytest.mark.parametrize("version", ["1.28.0", kubernetes_validate.latest_version()])
def test_every_manifest_is_valid_for_kubernetes(version: str) -> None:
    for doc in _docs():
        kubernetes_validate.validate(doc, version, strict=True)
