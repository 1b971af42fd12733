"""`python -m services.policy`: run the policy service until SIGTERM."""

from __future__ import annotations

import asyncio

from services.common.grpc_server import serve_until_signalled
from services.common.logging import configure_logging
from services.policy.app import start_policy
from services.policy.settings import PolicySettings


async def _main() -> None:
    settings = PolicySettings()
    configure_logging("policy", level=settings.log_level, json_lines=settings.log_json)
    app = await start_policy(settings)
    await serve_until_signalled(app.server, app.backend.close)


def main() -> None:
    """Entry point."""
    asyncio.run(_main())


if __name__ == "__main__":
    main()
