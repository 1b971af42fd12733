"""The error hierarchy mapped once to HTTP: OpenAI-style bodies, 503s with Retry-After."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from services.common.errors import MedGuardError, UnavailableError
from services.guardian.api.protocol import openai_error


def field_path(loc: tuple[int | str, ...]) -> str:
    """('body', 'messages', 0, 'role') -> 'messages[0].role'."""
    out = ""
    for part in loc[1:] if loc and loc[0] == "body" else loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "body"


async def medguard_error(request: Request, exc: Exception) -> JSONResponse:
    """Typed errors -> their HTTP status; 503s say when to retry."""
    assert isinstance(exc, MedGuardError)
    headers = {"Retry-After": str(exc.retry_after_s)} if isinstance(exc, UnavailableError) else None
    body = openai_error(str(exc), exc.error_type, param=exc.field)
    return JSONResponse(body, status_code=exc.http_status, headers=headers)


async def validation_error(request: Request, exc: Exception) -> JSONResponse:
    """Schema violations -> 422 naming the field; a body that is not JSON -> 400."""
    assert isinstance(exc, RequestValidationError)
    errors = exc.errors()
    first = errors[0] if errors else {"loc": ("body",), "msg": "invalid request", "type": "invalid"}
    field = field_path(tuple(first.get("loc", ("body",))))
    if first.get("type") == "json_invalid":
        return JSONResponse(
            openai_error(f"body is not valid JSON: {first['msg']}", "invalid_request_error", "body"), 400
        )
    message = f"{field}: {first.get('msg', 'invalid')}" + (
        f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    )
    return JSONResponse(openai_error(message, "invalid_request_error", field, str(first.get("type"))), 422)


def install_error_handlers(app: FastAPI) -> None:
    """Register the handlers on `app`."""
    app.add_exception_handler(MedGuardError, medguard_error)
    app.add_exception_handler(RequestValidationError, validation_error)
