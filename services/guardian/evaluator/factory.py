"""Build the evaluator a guardian process judges with, from its settings (the composition root calls this)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from services.common.compute import ComputeThread
from services.common.errors import FailedPreconditionError
from services.guardian.evaluator.classifier import ARTIFACT_CONFIG, GuardianClassifier
from services.guardian.evaluator.probe import PROBE_KIND, DecoderProbe, artifact_kind
from services.guardian.evaluator.redlines import RedLineEvaluator, RedLineSet
from services.guardian.evaluator.screen import LayeredScreen, RuleScreen, Screen
from services.guardian.evaluator.taxonomy import Taxonomy
from services.guardian.settings import GuardianSettings

if TYPE_CHECKING:
    from services.guardian.principles.toolkit import PrincipleToolkit

__all__ = [
    "default_classifier_dir",
    "default_probe_dir",
    "load_classifier",
    "load_screen",
    "principles_from_settings",
]

_log = logging.getLogger(__name__)


def default_classifier_dir() -> Path:
    """The packaged, committed classifier artifact."""
    return Path(__file__).resolve().parent / "data" / "classifier"


def default_probe_dir() -> Path:
    """Where `medguard guardian train-probe` writes by default (chosen by setting the classifier dir
    to it); no probe artifact is committed yet."""
    return Path(__file__).resolve().parent / "data" / "probe"


def load_classifier(
    settings: GuardianSettings, compute: ComputeThread | None = None
) -> GuardianClassifier | DecoderProbe:
    """The trained judge named by settings; FailedPreconditionError says how to get one.

    An encoder classifier artifact, or a decoder probe artifact (its config.json says `kind`), both
    with the same outputs and thresholds. It runs on `compute` (shared with the process's other
    models) or on a compute thread of its own.
    `CLASSIFIER_FLAG_THRESHOLD` / `CLASSIFIER_FLAG_PAIR_THRESHOLD` replace the artifact's tuned flag
    thresholds (a hospital's choice between catches and revision rounds); the change is logged.
    """
    from services.common.modelstore import default_cache_dir, locate_encoder, prepare_policy_model

    artifact = settings.classifier_dir or default_classifier_dir()
    if not (artifact / ARTIFACT_CONFIG).is_file():
        raise FailedPreconditionError(
            f"no trained guardian classifier at {artifact}: "
            f"run `medguard guardian train --output {artifact}` "
            "or set MEDGUARD_GUARDIAN_CLASSIFIER_ENABLED=false to judge with the red-line rules alone"
        )
    classifier: GuardianClassifier | DecoderProbe
    if artifact_kind(artifact) == PROBE_KIND:
        classifier = DecoderProbe.load(
            artifact,
            settings.decoder_dir or prepare_policy_model(default_cache_dir(), progress=False).path,
            precision=settings.classifier_precision,
            threads=settings.screen_threads,
            compute=compute,
        )
    else:
        classifier = GuardianClassifier.load(
            artifact,
            settings.encoder_dir or locate_encoder(),
            precision=settings.classifier_precision,
            threads=settings.screen_threads,
            batch_size=min(settings.screen_max_batch, 64),
            compute=compute,
        )
    overrides = settings.classifier_threshold_overrides()
    if overrides:
        tuned = classifier.config.thresholds
        thresholds = tuned.model_validate({**tuned.model_dump(), **overrides})
        classifier.config = classifier.config.model_copy(update={"thresholds": thresholds})
        _log.warning(
            "classifier %s: thresholds set by settings, not as tuned on dev: %s (tuned: %s)",
            classifier.version,
            thresholds,
            tuned,
        )
    return classifier


def load_screen(settings: GuardianSettings, compute: ComputeThread | None = None) -> Screen:
    """Rules alone, or rules + classifier (the default), as settings say. Blocking: loads models.

    The classifier's torch work runs on `compute` when given (see services/common/compute.py).
    """
    taxonomy = Taxonomy.load(settings.taxonomy_path)
    names = {dimension.id: dimension.name_zh for dimension in taxonomy}
    rule_set = RedLineSet.load(settings.redlines_path)
    taxonomy.check_ids(list(rule_set.dimensions), "red-line rules")
    rules = RedLineEvaluator(rule_set, names=names)
    if not settings.classifier_enabled:
        return RuleScreen(rules)
    classifier = load_classifier(settings, compute)
    if classifier.config.dimensions != taxonomy.ids:
        raise FailedPreconditionError(
            f"classifier {classifier.version} was trained on taxonomy {classifier.config.taxonomy_version} "
            f"with other dimensions than {taxonomy.version}: retrain with `medguard guardian train`"
        )
    return LayeredScreen(
        rules,
        classifier,
        taxonomy,
        max_batch=settings.screen_max_batch,
        max_wait_s=settings.screen_max_wait_ms / 1000.0,
    )


def principles_from_settings(
    settings: GuardianSettings, compute: ComputeThread | None = None
) -> PrincipleToolkit:
    """The HealthPrinciples toolkit named by settings, on the taxonomy and encoder the guardian uses.

    Its encoder runs on `compute` when given, else on the threads that call it.
    """
    from services.common.modelstore import locate_encoder
    from services.guardian.principles.toolkit import load_principles

    try:
        return load_principles(
            library_dir=settings.principles_dir,
            encoder_dir=settings.encoder_dir or locate_encoder(),
            taxonomy=Taxonomy.load(settings.taxonomy_path),
            prompts_path=settings.principles_prompts_path,
            rubric_path=settings.rubric_scheme_path,
            cache_dir=settings.principles_cache_dir,
            top_k=settings.principles_top_k,
            compute=compute,
        )
    except ValueError as exc:
        raise FailedPreconditionError(f"{exc} (or set MEDGUARD_GUARDIAN_PRINCIPLES_ENABLED=false)") from exc
