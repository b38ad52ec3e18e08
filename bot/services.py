"""What handlers reach for: the case service, storage queries and the sender."""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.sender import Metrics, OutboxSender
from bot.settings import Settings
from cases.model import Attachment, Case, Group, Lead, Site
from cases.service import CaseService, queue_card_refresh
from qr import links
from storage import tables
from storage.store import SqlStore, unit_of_work

SITE_CACHE_SECONDS = 60.0


@dataclass
class SiteLookup:
    site: Site | None
    medium: str = "none"
    problem: str = ""  # "", "unknown", "revoked"


@dataclass
class Services:
    settings: Settings
    sessions: async_sessionmaker[AsyncSession]
    cases: CaseService
    sender: OutboxSender | None = None
    metrics: Metrics = field(default_factory=Metrics)
    bot_username: str = ""
    _recent_sites: dict[str, tuple[float, Site]] = field(default_factory=dict)

    def store(self) -> AbstractAsyncContextManager[SqlStore]:
        return unit_of_work(self.sessions)

    def wake_sender(self) -> None:
        if self.sender is not None:
            self.sender.wake()

    # -- sites ----------------------------------------------------------------

    async def site_from_payload(self, payload: str) -> SiteLookup:
        parsed = links.parse_payload(payload)
        if parsed is None:
            return SiteLookup(None, problem="unknown")
        async with self.store() as store:
            site = await store.site_by_code(parsed.code)
        if site is None:
            return SiteLookup(None, problem="unknown")
        current = site.sticker_version if parsed.medium == "sticker" else site.poster_version
        if parsed.version != current:
            return SiteLookup(None, medium=str(parsed.medium), problem="revoked")
        return SiteLookup(site, medium=str(parsed.medium))

    async def site_by_code(self, code: str) -> Site | None:
        async with self.store() as store:
            return await store.site_by_code(code)

    async def reached_site(self, code: str) -> Site | None:
        """The site a worker already reached (its QR code was checked then), for filing
        the lead: read from the database at most once a minute per site, since under a
        burst every submission would otherwise read the same row again."""
        now = time.monotonic()
        hit = self._recent_sites.get(code)
        if hit is not None and hit[0] > now:
            return hit[1]
        site = await self.site_by_code(code)
        if site is not None:
            self._recent_sites[code] = (now + SITE_CACHE_SECONDS, site)
        return site

    async def search_sites(self, query: str, limit: int = 5) -> Sequence[Site]:
        query = query.strip()
        if not query:
            return []
        async with self.store() as store:
            sites = await store.sites()
        # Characters in order, not necessarily adjacent: "白云花园" finds "白云区XX花园二期".
        scored = []
        for s in sites:
            hay = s.name + s.district + s.street + s.code
            if query in hay:
                scored.append((0, s.id or 0, s))
            elif _subsequence(query, hay):
                scored.append((1, s.id or 0, s))
        return [s for *_, s in sorted(scored, key=lambda x: (x[0], x[1]))[:limit]]

    async def nearest_sites(
        self, lat: float, lon: float, limit: int = 5, within_km: float = 20
    ) -> Sequence[Site]:
        async with self.store() as store:
            sites = [
                s for s in await store.sites() if s.latitude is not None and s.longitude is not None
            ]
        ranked = sorted(sites, key=lambda s: _km(lat, lon, s.latitude or 0, s.longitude or 0))
        return [s for s in ranked if _km(lat, lon, s.latitude or 0, s.longitude or 0) <= within_km][
            :limit
        ]

    # -- leads ----------------------------------------------------------------

    async def leads_of(self, user_id: int) -> list[tuple[Lead, Case | None, Site | None]]:
        async with self.store() as store:
            out = []
            for lead in await store.leads_of_reporter(user_id):
                case = await store.case(lead.case_id) if lead.case_id else None
                site = await store.site(lead.site_id) if lead.site_id else None
                out.append((lead, case, site))
            return out

    async def save_phone(self, lead_id: int, user_id: int, phone: str) -> bool:
        async with self.store() as store:
            lead = await store.lead(lead_id)
            if lead is None or lead.reporter_id != user_id:
                return False
            lead.phone = phone[:32]
            await self._refresh_cards(store, lead)
        self.wake_sender()
        return True

    async def add_attachment(self, lead_id: int, user_id: int, attachment: Attachment) -> int:
        async with self.store() as store:
            lead = await store.lead(lead_id)
            if lead is None or lead.reporter_id != user_id:
                return 0
            store.add(attachment)
            await store.flush()
            await self._refresh_cards(store, lead)
            count = await store.session.scalar(
                select(func.count())
                .select_from(tables.attachments)
                .where(tables.attachments.c.lead_id == lead_id)
            )
        self.wake_sender()
        return int(count or 0)

    async def _refresh_cards(self, store: SqlStore, lead: Lead) -> None:
        if lead.case_id is None:
            return
        for a in await store.assignments_of_case(lead.case_id):
            await queue_card_refresh(store, a, datetime.now(UTC))

    # -- groups ---------------------------------------------------------------

    async def bind_group(self, chat_id: int, title: str, region: str, department: Any) -> Group:
        async with self.store() as store:
            group = await store.group(chat_id)
            if group is None:
                group = Group(chat_id, title, region, department, True, datetime.now(UTC))
                store.add(group)
            else:
                group.title, group.region, group.department, group.active = (
                    title or group.title,
                    region,
                    department,
                    True,
                )
        await self.cases.route_waiting()  # cases that had nobody to go to may have now
        return group


def _subsequence(needle: str, hay: str) -> bool:
    it = iter(hay)
    return all(ch in it for ch in needle)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))
