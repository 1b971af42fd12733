"""Adapter state shared by every policy replica through a JSON file on the adapters volume.

The trainer promotes an adapter by calling one policy replica (LoadAdapter + ActivateAdapter); that
replica writes the adapters it serves and the active one to `adapters_state_file`. Every replica
reads the file at start and every `adapter_sync_interval_s`, loads the adapters it lacks and
activates the one named there, so a promotion (or a rollback) reaches all replicas, and a restarted
pod comes back serving the promoted adapter instead of the bare base model.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Awaitable
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

from services.common.errors import MedGuardError
from services.common.files import atomic_write_text
from services.policy.core import PolicyCore

__all__ = ["AdapterPlan", "AdapterSync"]

log = logging.getLogger(__name__)


class AdapterPlan(BaseModel):
    """What every replica should serve."""

    version: int = 1
    adapters: dict[str, str] = Field(default_factory=dict, description="versioned name -> folder, load order")
    active: str = Field(default="", description="the adapter serving requests that name none; '' = base")


class AdapterSync:
    """Writes this replica's adapter state after each change and converges on the file's."""

    def __init__(self, core: PolicyCore, path: Path) -> None:
        self._core, self._path = core, path
        self._seen = ""
        self._reconciling = False
        core.on_adapters_changed = self.changed

    def changed(self) -> None:
        """After an adapter RPC: publish this replica's state (not while converging on the file's,
        when a half-loaded state would overwrite the plan the other replicas are reading)."""
        if not self._reconciling:
            self.write()

    def write(self) -> None:
        """Record the adapters this replica serves now (atomically: readers never see half a file)."""
        listing = self._core.list_adapters()
        plan = AdapterPlan(
            adapters={a.name: a.path for a in listing}, active=next((a.name for a in listing if a.active), "")
        )
        body = plan.model_dump_json(indent=2)
        atomic_write_text(self._path, body)
        self._seen = _digest(body)

    async def reconcile(self) -> bool:
        """Load what the file lists and this replica lacks, activate its adapter; True if anything changed."""
        body = await asyncio.to_thread(self._read)
        if body is None or _digest(body) == self._seen:
            return False
        self._seen = _digest(body)
        try:
            plan = AdapterPlan.model_validate_json(body)
        except ValidationError:
            log.warning("unreadable adapter state file ignored", extra={"path": str(self._path)})
            return False
        self._reconciling = True
        try:
            return await self._converge(plan)
        finally:
            self._reconciling = False

    async def _converge(self, plan: AdapterPlan) -> bool:
        changed = False
        for name, folder in plan.adapters.items():
            if name not in {a.name for a in self._core.list_adapters()}:
                changed |= await self._try(self._core.load_adapter(name, folder), f"load {name}")
        listing = self._core.list_adapters()
        active = next((a.name for a in listing if a.active), "")
        if plan.active != active and (not plan.active or plan.active in {a.name for a in listing}):
            changed |= await self._try(self._core.activate_adapter(plan.active), f"activate {plan.active}")
        return changed

    async def run(self, interval_s: float) -> None:
        """Reconcile every `interval_s` until cancelled."""
        while True:
            await asyncio.sleep(interval_s)
            await self.reconcile()

    def _read(self) -> str | None:
        try:
            return self._path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None

    @staticmethod
    async def _try(step: Awaitable[object], what: str) -> bool:
        try:
            await step
        except MedGuardError as exc:
            log.warning("adapter sync: cannot %s: %s", what, exc)
            return False
        log.info("adapter sync: %s", what)
        return True


def _digest(body: str) -> str:
    return hashlib.sha256(body.encode()).hexdigest()
