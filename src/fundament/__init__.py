"""Fundament: the Common Ground platform (ZGW and related standard APIs)."""

import sys

__version__ = "0.1.0"

# httpx loads its own command line (Click, Rich, Pygments: about 6 MiB in every process) whenever
# those are installed, as they are here for ours. No Fundament process runs httpx's command line,
# so it is marked absent and httpx takes its fallback for an install without `httpx[cli]`.
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]

# FastAPI checks every parameter and response annotation for a Pydantic 1 model by importing
# `pydantic.v1` (about 1.5 MiB in every process). Fundament has none, so that module is marked
# absent and FastAPI takes its fallback for a Pydantic without it.
sys.modules.setdefault("pydantic.v1", None)  # type: ignore[arg-type]
