"""The one validated Settings class; nothing else in Fundament reads os.environ."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

# Components in the order they are mounted; each has a package under fundament.components.
ALL_COMPONENTS: tuple[str, ...] = (
    "autorisaties",
    "catalogi",
    "documenten",
    "zaken",
    "besluiten",
    "notificaties",
    "objecttypen",
    "objecten",
    "klantinteracties",
    "contactgegevens",
)


def _split_csv(value: object) -> object:
    if isinstance(value, str):
        return [item.strip() for item in value.split(",") if item.strip()]
    return value


class Settings(BaseSettings):
    """Runtime configuration, read from ``FUNDAMENT_*`` environment variables."""

    model_config = SettingsConfigDict(env_prefix="FUNDAMENT_", extra="ignore")

    data_dir: Path = Field(
        default=Path("./fundament-data"),
        description="Directory for the embedded database and stored files.",
    )
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy URL; default: SQLite file `fundament.db` in the data directory.",
    )
    base_url: str | None = Field(
        default=None,
        description="Public base URL used in resource URLs; default: derived from the request.",
    )
    components: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: list(ALL_COMPONENTS),
        description="Comma-separated list of components this process serves.",
    )
    jwt_max_age: int = Field(
        default=3600, ge=1, description="Seconds a JWT is valid after its `iat` claim."
    )
    jwt_leeway: int = Field(default=5, ge=0, description="Clock skew allowed on `iat` (seconds).")
    auth_cache_seconds: float = Field(
        default=60,
        ge=0,
        description=(
            "Seconds a worker keeps a client's secret and autorisaties (PostgreSQL only: every "
            "change empties the cache of every worker at commit; 0 turns it off)."
        ),
    )
    max_active_requests: int = Field(
        default=4,
        ge=0,
        description=(
            "Requests a process works on at once; more wait their turn, each at most "
            "`max_active_wait` seconds (bounds a worker's memory under load; 0 turns it off)."
        ),
    )
    max_active_wait: float = Field(
        default=1.0,
        gt=0,
        description="Seconds a request waits for its turn before it is worked on regardless.",
    )
    log_format: Literal["text", "json"] = "text"
    log_level: str = "INFO"
    url_allowed_hosts: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description=(
            "Hosts (host or host:port) foreign URLs may point at; empty allows every public host."
        ),
    )
    url_allow_private: bool = Field(
        default=False,
        description="Allow fetching loopback/private addresses (tests and closed networks).",
    )
    url_timeout: float = Field(default=5.0, gt=0, description="Seconds per foreign URL fetch.")
    referentielijsten_url: str = Field(
        default="https://selectielijst.openzaak.nl/api/v1",
        description=(
            "Root of the Referentielijsten/Selectielijst API that selectielijst URLs point at; "
            "its host is always allowed for fetching."
        ),
    )
    documenten_dir: Path | None = Field(
        default=None,
        description="Where document contents are stored; default: `documenten/` in the data dir.",
    )
    documenten_part_size: int = Field(
        default=1 << 30,
        ge=1,
        description="Size in bytes of each bestandsdeel of a chunked upload (Documenten API).",
    )
    demo_client: bool = Field(
        default=True,
        description="On the embedded SQLite default, create a demo client when none exists.",
    )
    notificaties_url: str | None = Field(
        default=None,
        description=(
            "Root of a remote Notificaties API (NRC) to forward notifications to; default: route "
            "them to this deployment's own abonnementen, without HTTP."
        ),
    )
    notificaties_client_id: str = Field(
        default="", description="Client id the JWT for the remote NRC is signed as."
    )
    notificaties_secret: str = Field(
        default="", description="Secret the JWT for the remote NRC is signed with."
    )
    notificaties_dispatcher: bool = Field(
        default=True, description="`fundament serve` runs a notification dispatcher in-process."
    )
    notificaties_poll_interval: float = Field(
        default=1.0, gt=0, description="Seconds an idle dispatcher waits before looking again."
    )
    notificaties_batch_size: int = Field(
        default=100, ge=1, description="Outbox rows a dispatcher routes or forwards per round."
    )
    notificaties_concurrency: int = Field(
        default=20, ge=1, description="Deliveries (to different abonnementen) in flight at once."
    )
    notificaties_timeout: float = Field(
        default=10.0, gt=0, description="Seconds a callback (or the remote NRC) may take."
    )
    notificaties_retry_base: float = Field(
        default=10.0, gt=0, description="Seconds before the first retry of a failed delivery."
    )
    notificaties_retry_factor: float = Field(
        default=2.0, ge=1, description="Each next retry waits this many times longer."
    )
    notificaties_retry_max_delay: float = Field(
        default=3600.0, gt=0, description="Longest wait between two attempts (seconds)."
    )
    notificaties_max_attempts: int = Field(
        default=40,
        ge=1,
        description=(
            "Attempts before a delivery becomes a dead letter (the defaults keep trying for "
            "about 32 hours)."
        ),
    )
    notificaties_alert_to: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description=(
            "Comma-separated e-mail addresses told when a delivery becomes a dead letter "
            "(needs the SMTP settings); empty: only the log event."
        ),
    )
    smtp_host: str | None = Field(default=None, description="SMTP server for e-mail alerts.")
    smtp_port: int | None = Field(
        default=None,
        ge=1,
        le=65535,
        description="SMTP port; default: 587 with STARTTLS, 465 with TLS, 25 without.",
    )
    smtp_security: Literal["starttls", "tls", "none"] = Field(
        default="starttls",
        description="`starttls` (upgrade the connection), `tls` (implicit TLS) or `none`.",
    )
    smtp_user: str = Field(default="", description="SMTP login; empty: no login.")
    smtp_password: str = Field(default="", description="SMTP password.")
    smtp_from: str = Field(default="", description="Sender address of e-mail alerts.")
    smtp_timeout: float = Field(
        default=10.0, gt=0, description="Seconds each step of talking to the SMTP server may take."
    )

    @field_validator("components", "url_allowed_hosts", "notificaties_alert_to", mode="before")
    @classmethod
    def _csv(cls, value: object) -> object:
        return _split_csv(value)

    @field_validator("components")
    @classmethod
    def _known_components(cls, value: list[str]) -> list[str]:
        unknown = sorted(set(value) - set(ALL_COMPONENTS))
        if unknown:
            raise ValueError(f"unknown components {unknown}; choose from {list(ALL_COMPONENTS)}")
        return [name for name in ALL_COMPONENTS if name in value]

    @field_validator("base_url", "referentielijsten_url", "notificaties_url")
    @classmethod
    def _strip_slash(cls, value: str | None) -> str | None:
        return value.rstrip("/") if value else value

    @model_validator(mode="after")
    def _alerts_need_smtp(self) -> Settings:
        if self.notificaties_alert_to and not (self.smtp_host and self.smtp_from):
            raise ValueError(
                "FUNDAMENT_NOTIFICATIES_ALERT_TO needs FUNDAMENT_SMTP_HOST and FUNDAMENT_SMTP_FROM"
            )
        return self

    @model_validator(mode="after")
    def _default_database(self) -> Settings:
        if not self.database_url:
            self.database_url = f"sqlite+aiosqlite:///{self.data_dir.resolve() / 'fundament.db'}"
        return self

    @property
    def db_url(self) -> str:
        assert self.database_url is not None
        return self.database_url

    @property
    def is_sqlite(self) -> bool:
        return self.db_url.startswith("sqlite")

    @property
    def smtp_port_or_default(self) -> int:
        if self.smtp_port is not None:
            return self.smtp_port
        return {"starttls": 587, "tls": 465, "none": 25}[self.smtp_security]


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings (tests build their own instances)."""
    return Settings()
