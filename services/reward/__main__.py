"""`python -m services.reward`: run the reward service until SIGTERM."""

from __future__ import annotations

import asyncio

from services.common.grpc_server import serve_until_signalled
from services.common.logging import configure_logging
from services.reward.app import start_reward
from services.reward.settings import RewardSettings


async def _main() -> None:
    settings = RewardSettings()
    configure_logging("reward", level=settings.log_level, json_lines=settings.log_json)
    app = await start_reward(settings)

    async def release() -> None:
        app.core.close()

    await serve_until_signalled(app.server, release)


def main() -> None:
    """Entry point."""
    asyncio.run(_main())


if __name__ == "__main__":
    main()
