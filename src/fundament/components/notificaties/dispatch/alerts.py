"""E-mail alerts about dead letters: coalesced, sent in the background, never in delivery's way."""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from fundament.common.mail import SmtpServer
from fundament.settings import Settings

logger = logging.getLogger("fundament.notificaties")

# An alert lists at most this many dead letters; the rest are counted (the CLI lists them all).
MAX_LISTED = 50
DEADLETTERS_PATH = "/notificaties/api/v1/deadletters"


@dataclass(frozen=True, slots=True)
class DeadLetterNotice:
    """What an administrator is told about one delivery that became a dead letter."""

    abonnement: uuid.UUID
    callback_url: str
    notificatie: dict[str, Any]
    attempts: int
    last_error: str

    @classmethod
    def of(
        cls, abonnement: uuid.UUID, callback_url: str, body: bytes, attempts: int, error: str
    ) -> DeadLetterNotice:
        return cls(abonnement, callback_url, json.loads(body), attempts, error)


def compose(notices: Sequence[DeadLetterNotice], base_url: str = "") -> tuple[str, str]:
    """The subject and text of one alert about these dead letters."""
    count = len(notices)
    subject = f"Fundament: {count} notificatie(s) not delivered (dead letters)"
    lines = [
        f"Fundament gave up delivering {count} notificatie(s) after their last attempt. They are",
        "dead letters now: nothing more is tried until they are replayed.",
        "",
    ]
    for notice in notices[:MAX_LISTED]:
        message = notice.notificatie
        lines += [
            f"- {message.get('kanaal')}/{message.get('resource')} {message.get('actie')} "
            f"{message.get('resourceUrl')} ({message.get('aanmaakdatum')})",
            f"  to {notice.callback_url} (abonnement {notice.abonnement}): "
            f"{notice.attempts} attempt(s), last error: {notice.last_error or '-'}",
        ]
    if count > MAX_LISTED:
        lines.append(f"- … and {count - MAX_LISTED} more.")
    abonnementen = sorted({str(notice.abonnement) for notice in notices})
    lines += [
        "",
        "See them all with `fundament notificaties failed`, or GET "
        f"{base_url}{DEADLETTERS_PATH} (an administrator's client).",
        "Once the subscriber works again, deliver them again with",
        *(f"  fundament notificaties replay --abonnement {key}" for key in abonnementen),
        f"or POST {base_url}{DEADLETTERS_PATH}/replay with the same filters.",
    ]
    return subject, "\n".join(lines) + "\n"


class Alerts:
    """Tells the administrators (`FUNDAMENT_NOTIFICATIES_ALERT_TO`) about new dead letters.

    `report` only queues and returns: one background task sends, in a worker thread, one
    message for everything queued meanwhile. A slow, failing or absent mail server therefore
    never holds up or breaks delivery; a failure is logged (`notificatie.alert_failed`) and
    the dead letters stay listed and replayable all the same."""

    def __init__(self, smtp: SmtpServer | None, to: Sequence[str], base_url: str = "") -> None:
        self.smtp = smtp if to else None
        self.to = list(to)
        self.base_url = base_url
        self._pending: list[DeadLetterNotice] = []
        self._task: asyncio.Task[None] | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> Alerts:
        return cls(
            SmtpServer.from_settings(settings),
            settings.notificaties_alert_to,
            settings.base_url or "",
        )

    def report(self, notices: Sequence[DeadLetterNotice]) -> None:
        if self.smtp is None or not notices:
            return
        self._pending.extend(notices)
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._send_pending(), name="notificaties-alerts")

    async def _send_pending(self) -> None:
        assert self.smtp is not None
        while self._pending:
            batch, self._pending = self._pending, []
            subject, text = compose(batch, self.base_url)
            try:
                await self.smtp.send_async(self.smtp.message(self.to, subject, text))
            except Exception as exc:
                logger.warning(
                    "e-mail alert about %s dead letter(s) not sent: %s: %s",
                    len(batch),
                    type(exc).__name__,
                    exc,
                    extra={"event": "notificatie.alert_failed"},
                )
            else:
                logger.info(
                    "e-mail alert about %s dead letter(s) sent to %s",
                    len(batch),
                    ", ".join(self.to),
                    extra={"event": "notificatie.alert_sent"},
                )

    async def close(self) -> None:
        """Wait until what was reported has been sent or has failed."""
        while self._task is not None and not self._task.done():
            await self._task
