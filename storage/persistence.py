"""python-telegram-bot persistence backed by the project's database (the kv table).

Conversation states and user/chat data survive a restart, so a worker halfway
through a report continues where they were.
"""

from __future__ import annotations

import asyncio
import json
from copy import deepcopy
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram.ext import BasePersistence, PersistenceInput
from telegram.ext._utils.types import CDCData, ConversationDict, ConversationKey

from storage.store import unit_of_work

USER, CHAT, BOT, CONV = "user", "chat", "bot", "conv:"


class SqlPersistence(BasePersistence[dict[str, Any], dict[str, Any], dict[str, Any]]):
    def __init__(
        self, sessions: async_sessionmaker[AsyncSession], update_interval: float = 60
    ) -> None:
        super().__init__(
            store_data=PersistenceInput(
                bot_data=False, chat_data=True, user_data=True, callback_data=False
            ),
            update_interval=update_interval,
        )
        self.sessions = sessions

    async def _all(self, namespace: str) -> dict[str, Any]:
        async with unit_of_work(self.sessions) as store:
            return await store.kv_all(namespace)

    _batch: dict[tuple[str, str], Any] | None = None
    _batch_done: asyncio.Future[None]
    _write_lock: asyncio.Lock | None = None
    _writing: dict[tuple[str, str], Any] | None = None
    # What the database holds for each key this process wrote (JSON text): PTB writes
    # the user, chat and conversation after every update, mostly unchanged, and the
    # intake writes the same just before (see handlers/intake.py ``_save``).
    _committed: dict[tuple[str, str], str] | None = None

    @staticmethod
    def _encode(value: Any) -> str | None:
        try:
            return json.dumps(value, sort_keys=True, ensure_ascii=False)
        except (TypeError, ValueError):
            return None  # not comparable: always written

    async def _put(self, namespace: str, key: str, value: Any) -> None:
        """Group commit: PTB writes each user, chat and conversation as its own call (all
        gathered at once, under one global lock); they share one transaction here instead
        of one each, which under load made persistence the bot's bottleneck."""
        k = (namespace, key)
        committed = self._committed
        if (
            committed is not None
            and k in committed
            and (self._batch is None or k not in self._batch)
            and (self._writing is None or k not in self._writing)
            and committed[k] == self._encode(value)
        ):
            return  # the database already holds exactly this, and no write is pending
        batch = self._batch
        if batch is None:
            batch = self._batch = {}
            done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._batch_done = done
            # Runs after the other gathered writes have joined the batch.
            asyncio.get_running_loop().create_task(self._write_batch(batch, done))
        batch[k] = value
        await asyncio.shield(self._batch_done)

    async def _write_batch(
        self, batch: dict[tuple[str, str], Any], done: asyncio.Future[None]
    ) -> None:
        await asyncio.sleep(0)
        if self._write_lock is None:
            self._write_lock = asyncio.Lock()
        # One batch at a time: two transactions upserting the same key at once can
        # collide on PostgreSQL's primary key. Writes arriving meanwhile
        # join the waiting batch.
        async with self._write_lock:
            self._batch = None
            self._writing = batch
            committed = self._committed = self._committed or {}
            try:
                async with unit_of_work(self.sessions) as store:
                    await store.kv_put_many(batch)
            except Exception as exc:
                for k in batch:
                    committed.pop(k, None)
                done.set_exception(exc)
            else:
                for k, value in batch.items():
                    encoded = self._encode(value)
                    if encoded is None:
                        committed.pop(k, None)
                    else:
                        committed[k] = encoded
                done.set_result(None)
            finally:
                self._writing = None

    async def get_user_data(self) -> dict[int, dict[str, Any]]:
        return {int(k): v for k, v in (await self._all(USER)).items()}

    async def get_chat_data(self) -> dict[int, dict[str, Any]]:
        return {int(k): v for k, v in (await self._all(CHAT)).items()}

    async def get_bot_data(self) -> dict[str, Any]:
        return {}

    async def get_callback_data(self) -> CDCData | None:
        return None

    async def get_conversations(self, name: str) -> ConversationDict:
        rows = await self._all(CONV + name)
        return {tuple(json.loads(k)): v for k, v in rows.items()}

    async def update_conversation(
        self, name: str, key: ConversationKey, new_state: object | None
    ) -> None:
        await self._put(CONV + name, json.dumps(list(key)), new_state)

    async def update_user_data(self, user_id: int, data: dict[str, Any]) -> None:
        await self._put(USER, str(user_id), deepcopy(data) or None)

    async def update_chat_data(self, chat_id: int, data: dict[str, Any]) -> None:
        await self._put(CHAT, str(chat_id), deepcopy(data) or None)

    async def update_bot_data(self, data: dict[str, Any]) -> None:
        return None

    async def update_callback_data(self, data: CDCData) -> None:
        return None

    async def drop_chat_data(self, chat_id: int) -> None:
        await self._put(CHAT, str(chat_id), None)

    async def drop_user_data(self, user_id: int) -> None:
        await self._put(USER, str(user_id), None)

    async def refresh_user_data(self, user_id: int, user_data: dict[str, Any]) -> None:
        return None

    async def refresh_chat_data(self, chat_id: int, chat_data: dict[str, Any]) -> None:
        return None

    async def refresh_bot_data(self, bot_data: dict[str, Any]) -> None:
        return None

    async def flush(self) -> None:
        return None
