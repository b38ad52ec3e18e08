"""``python -m sandbox --port 8081 --token 123:TEST``: run the sandbox standalone."""

from __future__ import annotations

import argparse
import asyncio
import contextlib

from .server import Sandbox


async def _run(args: argparse.Namespace) -> None:
    sb = Sandbox(
        token=args.token,
        bot_username=args.bot_username,
        enforce_limits=args.enforce_limits,
        privacy_mode=not args.no_privacy,
    )
    await sb.start(host=args.host, port=args.port)
    print(f"sandbox listening on {sb.api_root}  (bot base_url {sb.base_url})", flush=True)
    for name in args.users:
        user = sb.add_user(first_name=name)
        print(f"user {name}: id {user['id']}", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        await sb.stop()


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m sandbox", description=__doc__)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8081)
    p.add_argument("--token", default="123456:TEST")
    p.add_argument("--bot-username", default="anxin_test_bot")
    p.add_argument("--enforce-limits", action="store_true", help="enforce Telegram's rate limits")
    p.add_argument("--no-privacy", action="store_true", help="bot sees all group messages")
    p.add_argument("--user", dest="users", action="append", default=[], help="pre-create a user")
    args = p.parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_run(args))


if __name__ == "__main__":
    main()
