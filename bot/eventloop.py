"""The event loop for long-running jobs (`anxin run`, the demo, the load benchmark)."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


def run(main: Coroutine[Any, Any, T]) -> T:
    """Run on uvloop where it is installed (Linux, macOS): under a payday burst the event
    loop itself is a good part of the bot's work, and uvloop's is about a quarter cheaper
    (docs/benchmarks.md, Load)."""
    try:
        import uvloop
    except ImportError:  # Windows: the standard loop
        return asyncio.run(main)
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        return runner.run(main)
