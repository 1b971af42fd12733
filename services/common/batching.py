"""Micro-batching: screen requests that arrive together share one forward pass.

Callers await `run(items)`; the first pending request opens a short window (`max_wait_s`), requests
that arrive within it join the batch until `max_items`, and the batch is judged on one worker thread
so the event loop keeps serving. Each caller gets its own results back, in its own order.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

__all__ = ["MicroBatcher"]

In = TypeVar("In")
Out = TypeVar("Out")


@dataclass
class _Pending(Generic[In, Out]):
    items: Sequence[In]
    future: asyncio.Future[list[Out]] = field(repr=False)


class MicroBatcher(Generic[In, Out]):
    """Groups concurrent calls of a blocking batch function into fewer, larger calls."""

    def __init__(
        self,
        judge: Callable[[Sequence[In]], list[Out]],
        max_items: int = 64,
        max_wait_s: float = 0.004,
        thread_name: str = "batch",
    ):
        if max_items < 1 or max_wait_s < 0:
            raise ValueError("max_items must be >= 1 and max_wait_s >= 0")
        self._judge = judge
        self._max_items = max_items
        self._max_wait_s = max_wait_s
        self._queue: list[_Pending[In, Out]] = []
        self._flusher: asyncio.Task[None] | None = None
        self._executor = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix=thread_name)
        self.batches = 0  # batches judged, for metrics and tests

    async def run(self, items: Sequence[In]) -> list[Out]:
        """Results for `items`, in order, judged together with whatever else is pending."""
        if not items:
            return []
        future: asyncio.Future[list[Out]] = asyncio.get_running_loop().create_future()
        self._queue.append(_Pending(items, future))
        if sum(len(p.items) for p in self._queue) >= self._max_items:
            self._start_flush(wait=False)
        elif self._flusher is None or self._flusher.done():
            self._start_flush(wait=True)
        return await future

    def close(self) -> None:
        """Stop the worker thread (pending batches finish first)."""
        self._executor.shutdown(wait=True)

    def _start_flush(self, wait: bool) -> None:
        if self._flusher is not None and not self._flusher.done() and wait:
            return
        self._flusher = asyncio.get_running_loop().create_task(self._flush(wait))

    async def _flush(self, wait: bool) -> None:
        if wait and self._max_wait_s:
            await asyncio.sleep(self._max_wait_s)
        while self._queue:
            batch = self._take()
            flat = [item for pending in batch for item in pending.items]
            try:
                results = await asyncio.get_running_loop().run_in_executor(self._executor, self._judge, flat)
            except Exception as exc:
                for pending in batch:
                    if not pending.future.done():
                        pending.future.set_exception(exc)
                continue
            self.batches += 1
            offset = 0
            for pending in batch:
                if not pending.future.done():
                    pending.future.set_result(results[offset : offset + len(pending.items)])
                offset += len(pending.items)

    def _take(self) -> list[_Pending[In, Out]]:
        """Pending requests up to max_items (a single larger request goes alone, whole)."""
        taken: list[_Pending[In, Out]] = []
        count = 0
        while self._queue and (not taken or count + len(self._queue[0].items) <= self._max_items):
            pending = self._queue.pop(0)
            taken.append(pending)
            count += len(pending.items)
        return taken
