"""One typed error hierarchy for every service, mapped once to gRPC status codes and once to HTTP.

Raise these from cores and backends; the gRPC interceptor and the FastAPI exception handlers turn
them into wire errors. Clients turn gRPC errors back into the same types (`from_grpc_code`).
"""

from __future__ import annotations

from typing import ClassVar

import grpc


class MedGuardError(Exception):
    """Base of every error a MedGuard service reports to a caller."""

    grpc_code: ClassVar[grpc.StatusCode] = grpc.StatusCode.INTERNAL
    http_status: ClassVar[int] = 500
    error_type: ClassVar[str] = "internal_error"

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


class InvalidArgumentError(MedGuardError):
    """The request is malformed; `field` names the offending field."""

    grpc_code = grpc.StatusCode.INVALID_ARGUMENT
    http_status = 422
    error_type = "invalid_request_error"


class PayloadTooLargeError(InvalidArgumentError):
    """The request exceeds a configured size limit."""

    http_status = 413


class UnauthenticatedError(MedGuardError):
    """No valid API key was presented."""

    grpc_code = grpc.StatusCode.UNAUTHENTICATED
    http_status = 401
    error_type = "authentication_error"


class PermissionDeniedError(MedGuardError):
    """The caller is known but may not do this (e.g. read another tenant's feedback)."""

    grpc_code = grpc.StatusCode.PERMISSION_DENIED
    http_status = 403
    error_type = "permission_error"


class NotFoundError(MedGuardError):
    """A named resource (adapter, model) does not exist."""

    grpc_code = grpc.StatusCode.NOT_FOUND
    http_status = 404
    error_type = "not_found_error"


class AlreadyExistsError(MedGuardError):
    """A resource with that name already exists."""

    grpc_code = grpc.StatusCode.ALREADY_EXISTS
    http_status = 409
    error_type = "conflict_error"


class FailedPreconditionError(MedGuardError):
    """The operation is not possible in the current state (e.g. the backend has no adapter support)."""

    grpc_code = grpc.StatusCode.FAILED_PRECONDITION
    http_status = 409
    error_type = "failed_precondition_error"


class UnavailableError(MedGuardError):
    """A dependency is down or overloaded; the caller may retry later."""

    grpc_code = grpc.StatusCode.UNAVAILABLE
    http_status = 503
    error_type = "service_unavailable"

    def __init__(self, message: str, *, retry_after_s: int = 5, field: str | None = None) -> None:
        super().__init__(message, field=field)
        self.retry_after_s = retry_after_s


class DeadlineExceededError(UnavailableError):
    """A dependency did not answer in time."""

    grpc_code = grpc.StatusCode.DEADLINE_EXCEEDED


class ResourceExhaustedError(UnavailableError):
    """The service's queue is full."""

    grpc_code = grpc.StatusCode.RESOURCE_EXHAUSTED
    http_status = 429
    error_type = "rate_limit_error"


def as_unavailable(exc: MedGuardError, dependency: str) -> MedGuardError:
    """A dependency's failure as the caller reports it: server-side failures become UnavailableError
    (HTTP 503, fail closed); the caller's own mistakes (4xx) pass through unchanged."""
    if isinstance(exc, UnavailableError) or exc.http_status < 500:
        return exc
    return UnavailableError(f"{dependency} failed: {exc}")


_BY_CODE: dict[grpc.StatusCode, type[MedGuardError]] = {
    grpc.StatusCode.INVALID_ARGUMENT: InvalidArgumentError,
    grpc.StatusCode.UNAUTHENTICATED: UnauthenticatedError,
    grpc.StatusCode.PERMISSION_DENIED: PermissionDeniedError,
    grpc.StatusCode.NOT_FOUND: NotFoundError,
    grpc.StatusCode.ALREADY_EXISTS: AlreadyExistsError,
    grpc.StatusCode.FAILED_PRECONDITION: FailedPreconditionError,
    grpc.StatusCode.UNAVAILABLE: UnavailableError,
    grpc.StatusCode.DEADLINE_EXCEEDED: DeadlineExceededError,
    grpc.StatusCode.RESOURCE_EXHAUSTED: ResourceExhaustedError,
}


def from_grpc_code(code: grpc.StatusCode, details: str, *, peer: str) -> MedGuardError:
    """The typed error for a gRPC failure received from `peer`."""
    cls = _BY_CODE.get(code, MedGuardError)
    return cls(f"{peer}: {details or code.name}")
