"""Publishing a notificatie: validated against its kanaal, then queued in the outbox."""

from __future__ import annotations

from datetime import UTC

from sqlalchemy.ext.asyncio import AsyncSession

from fundament.common.errors import ValidationFailed
from fundament.common.outbox import OutboxMessage
from fundament.components.notificaties import rules
from fundament.components.notificaties.schemas import Message
from fundament.components.notificaties.services.kanalen import kanaal_filters


async def publish(session: AsyncSession, message: Message) -> Message:
    """Accept a notificatie for routing. It is committed to the outbox before the answer, so
    an acknowledged notificatie is never lost; the dispatcher routes it to the abonnementen."""
    known = await kanaal_filters(session, [message.kanaal])
    problems = rules.kanaal_exists("kanaal", message.kanaal, known, "message_kanaal")
    if not problems:
        problems = rules.kenmerken_known(message.kenmerken, known[message.kanaal])
    if problems:
        raise ValidationFailed(problems)
    aanmaakdatum = message.aanmaakdatum
    if aanmaakdatum.tzinfo is None:
        aanmaakdatum = aanmaakdatum.replace(tzinfo=UTC)  # a time without zone is taken as UTC
    session.add(
        OutboxMessage(
            kanaal=message.kanaal,
            hoofd_object=message.hoofd_object,
            resource=message.resource,
            resource_url=message.resource_url,
            actie=message.actie,
            aanmaakdatum=aanmaakdatum,
            kenmerken=dict(message.kenmerken),
        )
    )
    await session.commit()
    return message
