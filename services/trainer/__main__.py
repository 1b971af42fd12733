"""`python -m services.trainer`: run the trainer service until SIGTERM."""

from __future__ import annotations

import asyncio

from services.common.logging import configure_logging
from services.trainer.app import serve
from services.trainer.settings import TrainerSettings


def main() -> None:
    """Entry point."""
    settings = TrainerSettings()
    configure_logging("trainer", level=settings.log_level, json_lines=settings.log_json)
    asyncio.run(serve(settings))


if __name__ == "__main__":
    main()
