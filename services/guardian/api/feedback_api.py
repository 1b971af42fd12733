"""GET /v1/feedback: trainers pull the feedback log page by page with a stable cursor."""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from services.common.errors import InvalidArgumentError, PermissionDeniedError, UnavailableError
from services.common.types import Severity
from services.guardian.api.runtime import authenticate, runtime_of
from services.guardian.feedback.event import SCHEMA, Outcome
from services.guardian.feedback.store import MAX_PAGE, FeedbackQuery, decode_cursor

router = APIRouter(prefix="/v1")


class FeedbackPageOut(BaseModel):
    """One page of feedback events."""

    schema_id: str = Field(alias="schema", description="schema of the events, e.g. medguard.feedback.v1")
    events: list[dict[str, Any]] = Field(description="events, oldest first (redacted at write)")
    next_cursor: str = Field(description="pass as `cursor` to read on; unchanged when nothing new was found")
    has_more: bool = Field(description="a full page was returned: more events may be waiting")


class FeedbackParams(BaseModel):
    """Query parameters of GET /v1/feedback."""

    model_config = ConfigDict(extra="forbid")

    cursor: str = Field("", description="where to resume; empty = the start of the log")
    limit: int = Field(100, ge=1, le=MAX_PAGE)
    since: datetime | None = Field(None, description="events created at or after (ISO 8601)")
    until: datetime | None = Field(None, description="events created before (ISO 8601)")
    tenant: str | None = Field(None, description="one tenant's events")
    verdict: Severity | None = Field(None, description="severity of the reply as sent")
    draft_verdict: Severity | None = Field(None, description="severity of the policy's draft")
    outcome: Outcome | None = Field(None, description="passed | revised | fallback | replaced | blocked")
    dimension: str | None = Field(None, description="a dimension any screen hit in the turn")


@router.get("/feedback", summary="Pull feedback events (trainers)", response_model=FeedbackPageOut)
async def feedback(
    request: Request,
    params: Annotated[FeedbackParams, Query()],
    tenant_of_key: str = Depends(authenticate),
) -> dict[str, Any]:
    """Events after `cursor` matching every filter given, oldest first."""
    rt = runtime_of(request)
    store = rt.feedback.store_or_none() if rt.feedback is not None else None
    if store is None:
        raise UnavailableError("the feedback store is not available (disabled, or down: events are spooled)")
    if params.since is not None and params.until is not None and params.since >= params.until:
        raise InvalidArgumentError("must be before `until`", field="since")
    settings = rt.settings
    scope = _tenant_scope(settings.api_keys, settings.feedback_reader_tenants, tenant_of_key, params.tenant)
    query = FeedbackQuery(
        after=decode_cursor(params.cursor),
        limit=params.limit,
        since=params.since,
        until=params.until,
        tenant=scope,
        verdict=params.verdict,
        draft_verdict=params.draft_verdict,
        outcome=params.outcome,
        dimension=params.dimension,
    )
    page = await asyncio.to_thread(store.page, query)
    return {
        "schema": SCHEMA,
        "events": [e.model_dump(mode="json", by_alias=True) for e in page.events],
        "next_cursor": page.cursor,
        "has_more": len(page.events) == params.limit,
    }


def _tenant_scope(keys: dict[str, str], readers: list[str], own: str, asked: str | None) -> str | None:
    """The tenant filter this caller may use: readers (and an open, keyless guardian) see every
    tenant; any other key sees its own tenant's events only."""
    if not keys or own in readers:
        return asked
    if asked is not None and asked != own:
        raise PermissionDeniedError(f"this key reads tenant {own!r} only", field="tenant")
    return own
