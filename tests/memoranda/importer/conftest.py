from pathlib import Path

import pytest

# Byte-for-byte copies of ../shared/reference/*.md, so the suite does not depend on that folder.
FIXTURES = Path(__file__).parents[2] / "reference"


@pytest.fixture
def unoct_text():
    """The reference file as it is: the covering note in three languages, then the draft MoU."""
    return (FIXTURES / "note-NCT-CT-708-with-draft-MoU-UNOCT.md").read_text(encoding="utf-8")


@pytest.fixture
def csto_text():
    return (FIXTURES / "note-18-4-58emb-with-MoU-CSTO.md").read_text(encoding="utf-8")
