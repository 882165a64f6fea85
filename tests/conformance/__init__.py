"""The VNG ZGW conformance harness (`scripts/conformance`) and the loopback stub servers it uses."""

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
# The shared acceptance material lives next to the repository: `<repo>/../shared/acceptance/zgw`.
ZGW_ACCEPTANCE = REPO_ROOT.parent / "shared" / "acceptance" / "zgw"
