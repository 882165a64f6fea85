"""The number of a generated identificatie (no database)."""

from __future__ import annotations

from fundament.common.numbering import number_of


def test_number_of_a_generated_identificatie():
    assert number_of("BESLUIT-2019-0000000041", "BESLUIT-2019-") == 41
    assert number_of(None, "BESLUIT-2019-") == 0
    assert number_of("BESLUIT-2018-0000000041", "BESLUIT-2019-") == 0
    assert number_of("BESLUIT-2019-41", "BESLUIT-2019-") == 0
    assert number_of("BESLUIT-2019-00000000x1", "BESLUIT-2019-") == 0
