"""One compute thread runs every call handed to it, in order, and behaves like a plain call."""

from __future__ import annotations

import threading

import pytest
import torch

from services.common.compute import ComputeThread


def test_calls_from_any_thread_run_on_the_one_compute_thread() -> None:
    compute = ComputeThread()
    try:
        seen: list[int] = []
        callers = [
            threading.Thread(target=lambda: seen.append(compute.call(threading.get_ident))) for _ in range(4)
        ]
        for caller in callers:
            caller.start()
        for caller in callers:
            caller.join()
        seen.append(compute.call(threading.get_ident))
        assert len(set(seen)) == 1
        assert seen[0] != threading.get_ident()
    finally:
        compute.close()


def test_a_call_made_from_the_compute_thread_runs_at_once() -> None:
    compute = ComputeThread()
    try:
        assert compute.call(lambda: compute.call(lambda x: x + 1, 41)) == 42
    finally:
        compute.close()


def test_what_the_call_raises_reaches_the_caller_and_the_thread_goes_on() -> None:
    compute = ComputeThread(threads=torch.get_num_threads())  # the same count: other tests unaffected
    try:
        with pytest.raises(ZeroDivisionError):
            compute.call(lambda: 1 / 0)
        assert compute.call(sorted, [3, 1, 2]) == [1, 2, 3]
    finally:
        compute.close()
