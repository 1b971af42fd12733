"""The LoRA adapter bookkeeping every backend shares: loaded adapters in load order, and the active one."""

from __future__ import annotations

import time

from services.common.errors import AlreadyExistsError, InvalidArgumentError, NotFoundError
from services.policy.types import AdapterInfo


class AdapterBook:
    """Adapters a backend has loaded, by versioned name, and which one serves requests that name none."""

    def __init__(self) -> None:
        self._infos: dict[str, AdapterInfo] = {}
        self.active = ""

    def __contains__(self, name: str) -> bool:
        return name in self._infos

    def require_new(self, name: str) -> None:
        """Refuse an empty name or one already loaded (versions are immutable)."""
        if not name:
            raise InvalidArgumentError("adapter name must not be empty", field="name")
        if name in self._infos:
            raise AlreadyExistsError(f"adapter {name!r} is already loaded", field="name")

    def add(self, name: str, path: str) -> AdapterInfo:
        """Record an adapter the backend has just loaded."""
        self.require_new(name)
        info = AdapterInfo(name=name, path=path, loaded_at=int(time.time()))
        self._infos[name] = info
        return info

    def listing(self) -> list[AdapterInfo]:
        """Loaded adapters in load order, the active one marked."""
        return [info.model_copy(update={"active": name == self.active}) for name, info in self._infos.items()]

    def activate(self, name: str) -> tuple[str, str]:
        """Make `name` (empty = the base model) active; returns (active, previous)."""
        if name and name not in self._infos:
            loaded = ", ".join(self._infos) or "none"
            raise NotFoundError(f"adapter {name!r} is not loaded (loaded: {loaded})", field="name")
        previous, self.active = self.active, name
        return name, previous

    def resolve(self, requested: str) -> str:
        """The adapter a request runs on: its own if named (it must be loaded), else the active one."""
        if requested and requested not in self._infos:
            raise NotFoundError(f"adapter {requested!r} is not loaded", field="adapter")
        return requested or self.active

    def clear(self) -> None:
        """Forget every adapter (the engine that held them is gone)."""
        self._infos.clear()
        self.active = ""
