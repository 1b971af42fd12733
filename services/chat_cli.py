"""`medguard chat`: one message to a running guardian, the reply streamed to the terminal."""

from __future__ import annotations

import json
import sys
from typing import Any

import httpx


async def chat_once(
    url: str,
    message: str,
    *,
    stream: bool = True,
    api_key: str | None = None,
    max_tokens: int | None = None,
    show_verdict: bool = True,
) -> int:
    """Send `message` to POST {url}/chat and print the reply; returns a process exit code."""
    body: dict[str, Any] = {
        "messages": [{"role": "user", "content": message}],
        "stream": stream,
        "trace": True,
    }
    if max_tokens:
        body["max_tokens"] = max_tokens
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    async with httpx.AsyncClient(timeout=httpx.Timeout(300.0, connect=5.0)) as client:
        try:
            if not stream:
                response = await client.post(f"{url}/chat", json=body, headers=headers)
                return _print_unary(response, show_verdict)
            async with client.stream("POST", f"{url}/chat", json=body, headers=headers) as response:
                if response.status_code != 200:
                    await response.aread()
                    return _print_error(response)
                return await _print_stream(response, show_verdict)
        except httpx.HTTPError as exc:
            print(f"medguard chat: cannot reach {url}: {exc}", file=sys.stderr)
            return 2


def _print_error(response: httpx.Response) -> int:
    print(f"medguard chat: HTTP {response.status_code}: {response.text}", file=sys.stderr)
    return 1


def _print_unary(response: httpx.Response, show_verdict: bool) -> int:
    if response.status_code != 200:
        return _print_error(response)
    done = response.json()
    print(done["message"]["content"])
    if show_verdict:
        _print_verdict(done)
    return 0


async def _print_stream(response: httpx.Response, show_verdict: bool) -> int:
    event = ""
    async for line in response.aiter_lines():
        if line.startswith("event: "):
            event = line[7:]
        elif line.startswith("data: "):
            data = json.loads(line[6:])
            if event == "delta":
                print(data["text"], end="", flush=True)
            elif event == "done":
                print()
                if show_verdict:
                    _print_verdict(data)
            elif event == "error":
                print(f"\nmedguard chat: stream failed: {data['error']['message']}", file=sys.stderr)
                return 1
    return 0


def _print_verdict(done: dict[str, Any]) -> None:
    v = done["verdict"]
    dims = ", ".join(d["id"] for d in v["dimensions"]) or "-"
    norms = "; ".join(v["norms"]) or "-"
    flags = " (replaced by a safe reply)" if done.get("replaced") else ""
    flags += " (input crossed a red line; policy not asked)" if done.get("blocked_input") else ""
    print(
        f"[verdict: {v['severity']}{flags} | dimensions: {dims} | norms: {norms} | trace {done['trace_id']}]"
    )
