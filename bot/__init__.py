"""Telegram side of anxin: the PTB application, sender, scheduler, CLI and web server."""

import os

# PTB 22 keeps time periods (RetryAfter.retry_after, ...) as timedelta and warns on every
# 429 until the program opts in; the bot reads them as timedelta already.
os.environ.setdefault("PTB_TIMEDELTA", "1")
