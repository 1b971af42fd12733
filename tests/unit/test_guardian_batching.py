"""The micro-batcher: concurrent screen requests share forward passes, each caller gets its own results."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence

import pytest

from services.common.batching import MicroBatcher


class Recorder:
    def __init__(self, fail_on: str | None = None) -> None:
        self.calls: list[list[str]] = []
        self.fail_on = fail_on
        self.threads: set[str] = set()

    def __call__(self, items: Sequence[str]) -> list[str]:
        self.threads.add(threading.current_thread().name)
        self.calls.append(list(items))
        if self.fail_on is not None and self.fail_on in items:
            raise RuntimeError("model failed")
        return [item.upper() for item in items]


async def test_requests_arriving_together_share_one_batch_and_keep_their_order() -> None:
    judge = Recorder()
    batcher = MicroBatcher(judge, max_items=64, max_wait_s=0.02)
    results = await asyncio.gather(*(batcher.run([f"a{i}", f"b{i}"]) for i in range(10)))
    assert results == [[f"A{i}", f"B{i}"] for i in range(10)]
    assert len(judge.calls) == 1 and len(judge.calls[0]) == 20
    assert batcher.batches == 1
    batcher.close()


async def test_batches_never_exceed_max_items_except_a_single_large_request() -> None:
    judge = Recorder()
    batcher = MicroBatcher(judge, max_items=4, max_wait_s=0.01)
    small = [batcher.run([f"x{i}"]) for i in range(6)]
    large = batcher.run([f"y{i}" for i in range(7)])
    results = await asyncio.gather(*small, large)
    assert results[-1] == [f"Y{i}" for i in range(7)]
    assert [r[0] for r in results[:-1]] == [f"X{i}" for i in range(6)]
    assert all(len(call) <= 4 or call[0].startswith("y") for call in judge.calls)
    batcher.close()


async def test_judging_runs_off_the_event_loop_thread() -> None:
    judge = Recorder()
    batcher = MicroBatcher(judge, max_wait_s=0.0)
    await batcher.run(["one"])
    assert judge.threads and threading.current_thread().name not in judge.threads
    batcher.close()


async def test_a_failing_batch_fails_every_caller_in_it_and_the_next_batch_still_works() -> None:
    judge = Recorder(fail_on="boom")
    batcher = MicroBatcher(judge, max_wait_s=0.02)
    outcomes = await asyncio.gather(batcher.run(["ok"]), batcher.run(["boom"]), return_exceptions=True)
    assert all(isinstance(outcome, RuntimeError) for outcome in outcomes)
    assert await batcher.run(["later"]) == ["LATER"]
    batcher.close()


async def test_a_cancelled_caller_does_not_disturb_the_others() -> None:
    batcher = MicroBatcher(Recorder(), max_wait_s=0.05)
    doomed = asyncio.ensure_future(batcher.run(["gone"]))
    kept = asyncio.ensure_future(batcher.run(["kept"]))
    await asyncio.sleep(0.01)
    doomed.cancel()
    assert await kept == ["KEPT"]
    batcher.close()


async def test_empty_request_returns_at_once() -> None:
    judge = Recorder()
    batcher = MicroBatcher(judge)
    assert await batcher.run([]) == []
    assert judge.calls == []
    batcher.close()


def test_invalid_limits_are_refused() -> None:
    with pytest.raises(ValueError, match="max_items"):
        MicroBatcher(Recorder(), max_items=0)
