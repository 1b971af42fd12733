"""`python -m services.guardian`: the HTTP front door and gRPC Guardian, until SIGTERM."""

from __future__ import annotations

import uvicorn

from services.common.logging import configure_logging
from services.guardian.app import create_app
from services.guardian.settings import GuardianSettings


def main() -> None:
    """Entry point: uvicorn drains HTTP on SIGTERM; the lifespan then drains gRPC."""
    settings = GuardianSettings()
    configure_logging("guardian", level=settings.log_level, json_lines=settings.log_json)
    app = create_app(settings)
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.http_port,
        log_config=None,
        timeout_graceful_shutdown=int(settings.drain_grace_s),
    )


if __name__ == "__main__":
    main()
