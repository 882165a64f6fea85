"""Fundament: the Common Ground platform (ZGW and related standard APIs)."""

import sys

__version__ = "0.1.0"

# httpx loads its own command line (Click, Rich, Pygments: about 6 MiB in every process) whenever
# those are installed, as they are here for ours. No Fundament process runs httpx's command line,
# so it is marked absent and httpx takes its fallback for an install without `httpx[cli]`.
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
