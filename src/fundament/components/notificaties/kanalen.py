"""The Notificaties component routes other components' kanalen and publishes on none itself."""

from fundament.common.component import Kanaal

KANALEN: tuple[Kanaal, ...] = ()
