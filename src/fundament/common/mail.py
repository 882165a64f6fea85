"""Sending e-mail through the configured SMTP server (standard library, in a worker thread)."""

from __future__ import annotations

import asyncio
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Literal

from fundament.settings import Settings


@dataclass(frozen=True, slots=True)
class SmtpServer:
    """Where and how to hand over mail: host, port, TLS mode, optional login, sender."""

    host: str
    port: int
    security: Literal["starttls", "tls", "none"]
    user: str
    password: str
    sender: str
    timeout: float

    @classmethod
    def from_settings(cls, settings: Settings) -> SmtpServer | None:
        """The configured server, or None when no `FUNDAMENT_SMTP_HOST` is set."""
        if not settings.smtp_host:
            return None
        return cls(
            host=settings.smtp_host,
            port=settings.smtp_port_or_default,
            security=settings.smtp_security,
            user=settings.smtp_user,
            password=settings.smtp_password,
            sender=settings.smtp_from,
            timeout=settings.smtp_timeout,
        )

    def message(self, to: list[str], subject: str, text: str) -> EmailMessage:
        message = EmailMessage()
        message["From"] = self.sender
        message["To"] = ", ".join(to)
        message["Subject"] = subject
        message.set_content(text)
        return message

    def send(self, message: EmailMessage) -> None:
        """Hand the message over (blocking; every step bounded by `timeout`). Raises
        `smtplib.SMTPException` or `OSError` when the server refuses or cannot be reached."""
        context = ssl.create_default_context()
        smtp: smtplib.SMTP
        if self.security == "tls":
            smtp = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout, context=context)
        else:
            smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
        with smtp:
            if self.security == "starttls":
                smtp.starttls(context=context)
            if self.user:
                smtp.login(self.user, self.password)
            smtp.send_message(message)

    async def send_async(self, message: EmailMessage) -> None:
        """`send` in a worker thread, so a slow server never holds up the event loop."""
        await asyncio.to_thread(self.send, message)
