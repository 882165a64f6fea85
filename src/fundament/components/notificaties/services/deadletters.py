"""Use cases for dead letters (a Fundament extension for administrators): list and replay."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from fundament.common.pagination import PageParams
from fundament.components.notificaties.dispatch import deadletters
from fundament.components.notificaties.schemas import (
    DeadLetter,
    DeadLetterFilters,
    DeadLetterReplayed,
)


async def list_dead_letters(
    session: AsyncSession, api_root: str, filters: DeadLetterFilters, page: PageParams
) -> tuple[int, list[DeadLetter]]:
    """One page of dead letters (oldest first) and how many there are in all."""
    count = await deadletters.count_dead(
        session, abonnement=filters.abonnement, since=filters.since
    )
    letters = await deadletters.list_dead(
        session,
        abonnement=filters.abonnement,
        since=filters.since,
        limit=page.page_size,
        offset=page.offset,
    )
    return count, [
        DeadLetter(
            uuid=letter.delivery,
            abonnement=f"{api_root}/abonnement/{letter.abonnement}",
            callback_url=letter.callback_url,
            notificatie=letter.notificatie,
            attempts=letter.attempts,
            last_error=letter.last_error,
            dead_at=letter.dead_at,
        )
        for letter in letters
    ]


async def replay_dead_letters(
    session: AsyncSession, filters: DeadLetterFilters, now: datetime
) -> DeadLetterReplayed:
    """Give the dead letters the filters select a new series of attempts, starting now."""
    count = await deadletters.replay(
        session, now=now, since=filters.since, abonnement=filters.abonnement
    )
    return DeadLetterReplayed(replayed=count)
