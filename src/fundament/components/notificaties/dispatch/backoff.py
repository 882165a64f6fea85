"""The retry schedule of a failed delivery: exponential backoff, capped, then a dead letter."""

from __future__ import annotations

from dataclasses import dataclass

from fundament.settings import Settings


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Attempt n+1 waits `base * factor**(n-1)` seconds after attempt n, at most `max_delay`;
    after `max_attempts` failed attempts the delivery is given up (a dead letter)."""

    base: float
    factor: float
    max_delay: float
    max_attempts: int

    @classmethod
    def from_settings(cls, settings: Settings) -> RetryPolicy:
        return cls(
            base=settings.notificaties_retry_base,
            factor=settings.notificaties_retry_factor,
            max_delay=settings.notificaties_retry_max_delay,
            max_attempts=settings.notificaties_max_attempts,
        )

    def delay(self, attempts_made: int) -> float:
        """Seconds to wait after the `attempts_made`-th failed attempt."""
        exponent = max(0, attempts_made - 1)
        # Compare in logarithm-free steps so a large exponent cannot overflow a float.
        delay = self.base
        for _ in range(exponent):
            delay *= self.factor
            if delay >= self.max_delay:
                return self.max_delay
        return min(delay, self.max_delay)

    def gives_up(self, attempts_made: int) -> bool:
        return attempts_made >= self.max_attempts

    def span(self) -> float:
        """Seconds from the first to the last attempt when every attempt fails."""
        return sum(self.delay(n) for n in range(1, self.max_attempts))
