"""One thread for a process's torch work.

PyTorch on CPU runs each operator on an OpenMP team that belongs to the calling thread. When two
threads both run multi-threaded torch, each keeps its own team, and on a small machine the idle team
takes cores from the busy one: on 2 cores, the guardian classifier loaded on one thread and served
from another judged a turn in 20-23 ms instead of 15. So a service hands all of its torch work
(loading and inference, every model) to one `ComputeThread`, created at its composition root.
"""

from __future__ import annotations

import concurrent.futures
import threading
from collections.abc import Callable
from typing import ParamSpec, TypeVar

__all__ = ["ComputeThread", "built_on"]

P = ParamSpec("P")
T = TypeVar("T")


class ComputeThread:
    """A single worker thread that runs the calls given to it, one at a time, in arrival order."""

    def __init__(self, threads: int | None = None, name: str = "torch") -> None:
        self._executor = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._ident = self._executor.submit(threading.get_ident).result()
        if threads:
            self.call(_set_torch_threads, threads)

    def call(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run `fn` on the compute thread and return its result (re-raising what it raised).

        Blocks the caller. Called from the compute thread itself, `fn` runs at once (no deadlock).
        """
        if threading.get_ident() == self._ident:
            return fn(*args, **kwargs)
        return self._executor.submit(fn, *args, **kwargs).result()

    def close(self) -> None:
        """Finish the queued calls and stop the thread."""
        self._executor.shutdown(wait=True)


def built_on(
    compute: ComputeThread | None, threads: int | None, name: str, build: Callable[[], T]
) -> tuple[T, ComputeThread, bool]:
    """Run `build` on `compute`, or on a new compute thread with `threads` torch threads.

    Returns what it built, the thread it runs on, and whether that thread is the caller's own (to close
    when done). A thread made here is closed again when `build` raises.
    """
    runner = ComputeThread(threads, name=name) if compute is None else compute
    try:
        return runner.call(build), runner, compute is None
    except BaseException:
        if compute is None:
            runner.close()
        raise


def _set_torch_threads(threads: int) -> None:
    import torch

    torch.set_num_threads(threads)
