"""Stop strings over a stream of text deltas: hold back what could still become a stop string."""

from __future__ import annotations

from collections.abc import Sequence


class StopStringFilter:
    """Feed deltas; get back the text that is safe to release and whether a stop string was reached.

    Text that might be the beginning of a stop string is held back until it is decided, so a
    stream never shows half a stop string. After a stop, everything further is dropped.
    """

    def __init__(self, stops: Sequence[str]) -> None:
        self._stops = tuple(s for s in stops if s)
        self._pending = ""
        self.stopped = False

    def feed(self, delta: str) -> str:
        """Add `delta`; return the text now safe to release."""
        if self.stopped or not delta:
            return ""
        self._pending += delta
        if not self._stops:
            out, self._pending = self._pending, ""
            return out
        cut = min((i for i in (self._pending.find(s) for s in self._stops) if i >= 0), default=-1)
        if cut >= 0:
            self.stopped = True
            out, self._pending = self._pending[:cut], ""
            return out
        keep = self._partial_suffix_len()
        out = self._pending[: len(self._pending) - keep]
        self._pending = self._pending[len(self._pending) - keep :]
        return out

    def flush(self) -> str:
        """End of stream: release what was held back (it never became a stop string)."""
        out, self._pending = ("" if self.stopped else self._pending), ""
        return out

    def _partial_suffix_len(self) -> int:
        longest = 0
        for stop in self._stops:
            for n in range(min(len(stop) - 1, len(self._pending)), longest, -1):
                if self._pending.endswith(stop[:n]):
                    longest = n
                    break
        return longest


def apply_stop_strings(text: str, stops: Sequence[str]) -> tuple[str, bool]:
    """Cut `text` before the first stop string; returns (text, whether one was found)."""
    f = StopStringFilter(stops)
    out = f.feed(text)
    return (out if f.stopped else out + f.flush()), f.stopped
