"""Run a training through `accelerate launch`, in its own process(es).

`run_launched(spec)` writes the spec beside the adapter it will produce (`train_spec.json`), starts
`python -m accelerate.commands.launch ... -m services.trainer.entry SPEC`, streams the output (tqdm
progress included) to stdout, and returns the TrainResult the main process wrote. The launcher is the
same on a laptop (one CPU process) and on a GPU node (N processes, or an accelerate/DeepSpeed config
file); numeric precision is the training core's choice (bf16 on a capable GPU), not the launcher's.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import subprocess
import sys
from collections import deque
from collections.abc import Sequence
from pathlib import Path

from services.trainer.config import TrainResult, TrainSpec
from services.trainer.training import RESULT_FILE

__all__ = ["SPEC_FILE", "TrainingFailedError", "launch_command", "run_launched"]

log = logging.getLogger(__name__)

SPEC_FILE = "train_spec.json"
_TAIL_LINES = 20


class TrainingFailedError(RuntimeError):
    """The launched training failed; carries the launcher's exit code and its last output lines.

    accelerate's launcher exits 1 whatever code the entry returned; the entry's one-line error is
    among the last lines.
    """

    def __init__(self, returncode: int, tail: Sequence[str], reason: str = "") -> None:
        self.returncode, self.tail = returncode, list(tail)
        head = reason or f"training exited with code {returncode}"
        super().__init__(f"{head}; last output lines:\n" + "\n".join(self.tail))


def launch_command(
    spec_path: Path, *, accelerate_config: Path | None = None, num_processes: int = 1, cpu: bool = False
) -> list[str]:
    """The argv of `accelerate launch` running the trainer entry on `spec_path`.

    With `accelerate_config` its file decides precision, machines and backends; `num_processes` is
    always passed and wins over the file. Without one, the flags accelerate would otherwise warn
    about are set to plain defaults (one machine, no dynamo, no launcher-side mixed precision).
    """
    if num_processes < 1:
        raise ValueError(f"num_processes must be at least 1, got {num_processes}")
    # --quiet: a failed run ends with the entry's one-line error, not the launcher's own traceback.
    command = [sys.executable, "-m", "accelerate.commands.launch", "--quiet"]
    if accelerate_config is not None:
        command += ["--config_file", str(accelerate_config)]
    else:
        command += ["--num_machines", "1", "--mixed_precision", "no", "--dynamo_backend", "no"]
    command += ["--num_processes", str(num_processes)]
    if cpu:
        command.append("--cpu")
    return [*command, "-m", "services.trainer.entry", str(spec_path)]


def run_launched(
    spec: TrainSpec,
    *,
    accelerate_config: Path | None = None,
    num_processes: int = 1,
    cpu: bool = False,
    echo: bool = True,
) -> TrainResult:
    """Train `spec` under `accelerate launch` and return the result it wrote.

    `echo` streams the child's output lines to stdout. Raises TrainingFailedError (exit code and last
    20 lines) when the launch fails or writes no result, ValueError when `cpu` contradicts spec.device.
    """
    if cpu and spec.device == "cuda":
        raise ValueError("cpu=True contradicts spec.device 'cuda'")
    if cpu:
        spec = dataclasses.replace(spec, device="cpu")
    output_dir = Path(spec.output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    spec_path = output_dir / SPEC_FILE
    spec_path.write_text(spec.to_json() + "\n", encoding="utf-8")
    result_path = output_dir / RESULT_FILE
    result_path.unlink(missing_ok=True)  # a stale result must not pass for this run's
    command = launch_command(
        spec_path, accelerate_config=accelerate_config, num_processes=num_processes, cpu=cpu
    )
    log.info("launching %s training: %s", spec.kind, " ".join(command))
    returncode, tail = _stream(command, echo)
    if returncode != 0:
        raise TrainingFailedError(returncode, tail)
    if not result_path.is_file():
        raise TrainingFailedError(returncode, tail, f"training exited 0 but wrote no {result_path}")
    return TrainResult.from_json(result_path)


def _stream(command: Sequence[str], echo: bool) -> tuple[int, list[str]]:
    tail: deque[str] = deque(maxlen=_TAIL_LINES)
    # Unbuffered child output so progress arrives as it happens; text mode turns tqdm's \r into lines.
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=env,
    ) as process:
        assert process.stdout is not None  # stdout=PIPE
        try:
            for line in process.stdout:
                line = line.rstrip("\n")
                if line.strip():
                    tail.append(line)
                    if echo:
                        print(line, flush=True)
        except BaseException:
            process.kill()
            raise
        returncode = process.wait()
    return returncode, list(tail)
