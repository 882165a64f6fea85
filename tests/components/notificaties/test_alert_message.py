"""E-mail alerts on plain values: the message's text, and the settings they need."""

from __future__ import annotations

import uuid

import pytest
from pydantic import ValidationError

from fundament.components.notificaties.dispatch.alerts import (
    MAX_LISTED,
    DeadLetterNotice,
    compose,
)
from fundament.settings import Settings

ZAAK = "https://zaken.example.com/zaken/api/v1/zaken/"


def test_an_alert_lists_a_limited_number_and_counts_the_rest():
    notices = [
        DeadLetterNotice(
            abonnement=uuid.uuid4(),
            callback_url="https://consumer.example.com/hook",
            notificatie={"kanaal": "zaken", "resourceUrl": f"{ZAAK}{n}"},
            attempts=40,
            last_error="HTTP 500",
        )
        for n in range(MAX_LISTED + 5)
    ]
    subject, text = compose(notices, "https://api.example.nl")
    assert f"{MAX_LISTED + 5} notificatie(s)" in subject
    assert f"{ZAAK}{MAX_LISTED - 1} " in text and f"{ZAAK}{MAX_LISTED} " not in text
    assert "and 5 more" in text
    assert "https://api.example.nl/notificaties/api/v1/deadletters" in text


def test_alert_recipients_need_a_mail_server_and_a_sender(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("FUNDAMENT_NOTIFICATIES_ALERT_TO", "a@example.nl, b@example.nl")
    with pytest.raises(ValidationError):
        Settings(database_url="sqlite://")
    monkeypatch.setenv("FUNDAMENT_SMTP_HOST", "smtp.example.nl")
    with pytest.raises(ValidationError):
        Settings(database_url="sqlite://")
    monkeypatch.setenv("FUNDAMENT_SMTP_FROM", "fundament@example.nl")
    settings = Settings(database_url="sqlite://")
    assert settings.notificaties_alert_to == ["a@example.nl", "b@example.nl"]
    assert settings.smtp_port_or_default == 587  # STARTTLS unless told otherwise
