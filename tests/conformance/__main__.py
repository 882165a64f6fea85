"""`python -m tests.conformance`: the entry point behind `scripts/conformance`."""

import sys

from tests.conformance.harness import main

sys.exit(main())
