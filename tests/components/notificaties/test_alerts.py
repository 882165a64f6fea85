"""E-mail alerts about dead letters, through a real SMTP server on loopback (aiosmtpd)."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator
from email import message_from_bytes
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from fundament.components.notificaties.models import DEAD, DELIVERED
from tests.components.notificaties.conftest import (
    Clock,
    DispatcherFactory,
    Post,
    Publish,
    Records,
    Store,
    exhaust,
)
from tests.components.notificaties.helpers import ABONNEMENT, abonnement
from tests.components.notificaties.subscriber import Receiver

pytestmark = [
    pytest.mark.usefixtures("zaken"),
    # The test server takes a login without TLS: it listens on loopback only.
    pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning"),
]

ZAAK = "https://zaken.example.com/zaken/api/v1/zaken/"
USER, PASSWORD = "alerts", "mail-password"
ADMINS = ["beheer@gemeente.example.nl", "oncall@gemeente.example.nl"]
SENDER = "fundament@gemeente.example.nl"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


class Mailbox:
    """An aiosmtpd handler that keeps every message it accepts."""

    def __init__(self) -> None:
        self.envelopes: list[Envelope] = []

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


def _authenticate(
    server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
) -> AuthResult:
    valid = isinstance(data, LoginPassword) and (data.login, data.password) == (
        USER.encode(),
        PASSWORD.encode(),
    )
    return AuthResult(success=valid, handled=False)  # handled=False: answer 535 when invalid


@pytest.fixture
def mailbox() -> Iterator[tuple[Mailbox, int]]:
    """An SMTP server on 127.0.0.1 that requires a login (without TLS: loopback only)."""
    box, port = Mailbox(), _free_port()
    controller = Controller(
        box,
        hostname="127.0.0.1",
        port=port,
        authenticator=_authenticate,
        auth_required=True,
        auth_require_tls=False,
    )
    controller.start()
    yield box, port
    controller.stop()


def smtp(port: int, **extra: Any) -> dict[str, Any]:
    return {
        "smtp_host": "127.0.0.1",
        "smtp_port": port,
        "smtp_security": "none",
        "smtp_user": USER,
        "smtp_password": PASSWORD,
        "smtp_from": SENDER,
        "notificaties_alert_to": ADMINS,
        # Generous: the receiver answers at once; a loaded machine must not make it a timeout.
        "notificaties_timeout": 10.0,
        **extra,
    }


async def test_a_dead_letter_is_mailed_to_the_administrators(
    mailbox: tuple[Mailbox, int],
    receiver: Receiver,
    post: Post,
    publish: Publish,
    dispatcher: DispatcherFactory,
    clock: Clock,
    logged: Records,
):
    box, port = mailbox
    receiver.answer("/hook", then=500)
    created = await post(ABONNEMENT, abonnement(receiver.url("/hook")))
    key = created["url"].rsplit("/", 1)[-1]
    await publish(ZAAK + "1")
    await exhaust(dispatcher, clock, **smtp(port))
    [envelope] = box.envelopes
    assert envelope.mail_from == SENDER
    assert envelope.rcpt_tos == ADMINS
    assert isinstance(envelope.content, bytes)
    mail = message_from_bytes(envelope.content)
    assert "1 notificatie(s) not delivered" in mail["Subject"]
    text = mail.get_payload(decode=True).decode()
    for expected in (ZAAK + "1", receiver.url("/hook"), key, "HTTP 500"):
        assert expected in text
    assert f"fundament notificaties replay --abonnement {key}" in text
    assert len(logged.events("notificatie.dead_letter")) == 1
    assert len(logged.events("notificatie.alert_sent")) == 1


async def test_without_alert_settings_no_mail_is_sent(
    mailbox: tuple[Mailbox, int],
    receiver: Receiver,
    post: Post,
    publish: Publish,
    dispatcher: DispatcherFactory,
    clock: Clock,
    store: Store,
):
    box, port = mailbox
    receiver.answer("/hook", then=500)
    await post(ABONNEMENT, abonnement(receiver.url("/hook")))
    await publish(ZAAK + "1")
    await exhaust(dispatcher, clock, **smtp(port, notificaties_alert_to=[]))
    assert [d.status for d in await store.deliveries()] == [DEAD]
    assert box.envelopes == []


async def test_a_refused_login_is_logged_and_delivery_goes_on(
    mailbox: tuple[Mailbox, int],
    receiver: Receiver,
    post: Post,
    publish: Publish,
    dispatcher: DispatcherFactory,
    clock: Clock,
    store: Store,
    logged: Records,
):
    box, port = mailbox
    receiver.answer("/hook", 500, 500, 500, then=204)
    await post(ABONNEMENT, abonnement(receiver.url("/hook")))
    await publish(ZAAK + "1")
    await publish(ZAAK + "2")
    await exhaust(dispatcher, clock, **smtp(port, smtp_password="wrong"))
    assert [d.status for d in await store.deliveries()] == [DEAD, DELIVERED]
    assert box.envelopes == []
    assert len(logged.events("notificatie.alert_failed")) == 1


async def test_an_unreachable_mail_server_is_logged_and_delivery_goes_on(
    receiver: Receiver,
    post: Post,
    publish: Publish,
    dispatcher: DispatcherFactory,
    clock: Clock,
    store: Store,
    logged: Records,
):
    receiver.answer("/hook", 500, 500, 500, then=204)
    await post(ABONNEMENT, abonnement(receiver.url("/hook")))
    await publish(ZAAK + "1")
    await publish(ZAAK + "2")
    await exhaust(dispatcher, clock, **smtp(_free_port()))  # nothing listens there
    assert [d.status for d in await store.deliveries()] == [DEAD, DELIVERED]
    assert len(logged.events("notificatie.alert_failed")) == 1


class SilentServer:
    """Accepts one connection and says nothing (no SMTP greeting) until released."""

    def __init__(self) -> None:
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.port: int = self.socket.getsockname()[1]
        self.connected = threading.Event()
        self.released = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        connection, _ = self.socket.accept()
        self.connected.set()
        self.released.wait()
        connection.close()

    def close(self) -> None:
        self.released.set()
        self.thread.join(timeout=5)
        self.socket.close()


@pytest.fixture
def silent() -> Iterator[SilentServer]:
    server = SilentServer()
    yield server
    server.close()


async def test_a_hanging_mail_server_does_not_hold_up_delivery(
    silent: SilentServer,
    receiver: Receiver,
    post: Post,
    publish: Publish,
    dispatcher: DispatcherFactory,
    clock: Clock,
    store: Store,
    logged: Records,
):
    receiver.answer("/hook", 500, 500, 500, then=204)
    await post(ABONNEMENT, abonnement(receiver.url("/hook")))
    await publish(ZAAK + "1")
    async with dispatcher(**smtp(silent.port, smtp_timeout=60)) as running:
        for _ in range(3):
            await running.run_once()
            clock.advance(1)
        # The alert is under way, waiting for a greeting that does not come …
        assert await asyncio.to_thread(silent.connected.wait, 30)
        # … while the dispatcher delivers what comes next.
        await publish(ZAAK + "2")
        await running.run_once()
        assert [d.status for d in await store.deliveries()] == [DEAD, DELIVERED]
        assert logged.events("notificatie.alert_failed") == []
        silent.released.set()  # the server hangs up: the alert fails
    assert len(logged.events("notificatie.alert_failed")) == 1
