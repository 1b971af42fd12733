"""`python -m services.trainer.entry SPEC.json`: the process that `accelerate launch` starts.

Reads the spec, trains, and exits 0; the main process alone writes the adapter and train_result.json
(training.py) and prints a one-line summary. Any error becomes one line on stderr and exit code 2, so
the launcher (launch.py) can report it without a wall of traceback; `--traceback` keeps the traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

__all__ = ["EXIT_FAILED", "main"]

EXIT_FAILED = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m services.trainer.entry", description=__doc__)
    parser.add_argument("spec", type=Path, help="TrainSpec JSON file (TrainSpec.to_json)")
    parser.add_argument("--no-progress", action="store_true", help="no tqdm progress bars")
    parser.add_argument("--traceback", action="store_true", help="raise errors with their traceback")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the training a spec file describes; returns the process exit code."""
    args = _parser().parse_args(argv)
    try:
        from services.trainer.config import TrainSpec
        from services.trainer.training import train

        result = train(TrainSpec.from_json(args.spec), progress=not args.no_progress)
        from accelerate import PartialState

        if PartialState().is_main_process:
            print(
                f"trained {result.kind}: {result.steps} steps, loss {result.train_loss:.4f}, "
                f"{result.step_seconds:.3f} s/step, adapter {result.adapter_dir}",
                flush=True,
            )
    except Exception as exc:  # the process boundary: every failure becomes one line and exit 2
        if args.traceback:
            raise
        message = " ".join(str(exc).split()) or type(exc).__name__
        print(f"medguard trainer: {type(exc).__name__}: {message}", file=sys.stderr, flush=True)
        return EXIT_FAILED
    return 0


if __name__ == "__main__":
    sys.exit(main())
