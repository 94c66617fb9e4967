import pytest

from cicadocs.directory import demo as directory_demo
from notes import demo as notes_demo


@pytest.fixture
def directory(db):
    """The directory's demo records (organisations, states, embassies) and the phrase table."""
    context = directory_demo.load()
    notes_demo.load_phrases(context["organisations"])
    return context


@pytest.fixture
def demo_notes(directory, staff_user):
    """The notes demo: series, NCT/CT/513, 569, 708 and 18-4/58emb."""
    context = {**directory, "users": {"staff": staff_user}}
    return notes_demo.load(context)["notes"]
