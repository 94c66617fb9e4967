import copy
import json
import socket
import threading
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

HERE = Path(__file__).parent
KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІәғқңөұүһі"


@pytest.fixture
def unoct_snapshot():
    """The draft UNOCT MoU (version 3) as a snapshot, following the SNAPSHOT SCHEMA."""
    return json.loads((HERE / "unoct_snapshot.json").read_text(encoding="utf-8"))


def T(en, ru=None, kk=None):
    return {"en": en, "ru": ru if ru is not None else en, "kk": kk if kk is not None else en}


@pytest.fixture
def small_snapshot():
    """A short memorandum in three languages (Kazakh text uses every Kazakh letter)."""
    return {
        "memorandum": 7,
        "version": 2,
        "frozen_at": "2024-06-12T10:00:00+05:00",
        "draft": True,
        "languages": ["en", "ru", "kk"],
        "title": {
            "en": ["DRAFT", "MEMORANDUM OF UNDERSTANDING"],
            "ru": ["ПРОЕКТ", "МЕМОРАНДУМ О ВЗАИМОПОНИМАНИИ"],
            "kk": ["ЖОБА", "ӨЗАРА ТҮСІНІСТІК ТУРАЛЫ МЕМОРАНДУМ"],
        },
        "parties_intro": {"en": ["The Parties,"], "ru": ["Стороны,"], "kk": ["Тараптар,"]},
        "preamble": [{"uid": "p1", "keyword": T("WHEREAS", "УЧИТЫВАЯ", "ЕСКЕРЕ"), "text": T("peace matters;")}],
        "lead_in": T("have agreed as follows:", "договорились о нижеследующем:", "мыналар туралы келісті:"),
        "sections": [
            {
                "uid": "s1",
                "number": "1",
                "label": T("1:", "1:", "1:"),
                "heading": T("Purpose", "Цель", "Мақсаты"),
                "text": T(""),
                "clauses": [
                    {
                        "uid": "c1",
                        "number": "1.1",
                        "text": T(
                            "The purpose is cooperation.",
                            "Целью является сотрудничество.",
                            "Мақсаты – ынтымақтастық. " + KAZAKH_LETTERS,
                        ),
                        "items": [
                            {"uid": "i1", "number": "i.", "text": T("first item", "первый пункт", "бірінші тармақ")}
                        ],
                    }
                ],
            },
            {
                "uid": "s2",
                "number": "2",
                "label": T("2:"),
                "heading": T("Disputes", "Споры", "Дауларды шешу"),
                "text": T("Disputes are settled amicably.", "Споры решаются мирно.", "Даулар бейбіт жолмен шешіледі."),
                "clauses": [],
            },
        ],
        "final_formula": T("SIGNED in two originals.", "Подписано в двух экземплярах.", "Екі данада қол қойылды."),
        "signatures": [
            {"for": T("For A:", "За А:", "А үшін:"), "name": T("Mr. A"), "title": T("Head")},
            {"for": T("For B:", "За Б:", "Б үшін:"), "name": T("Mr. B"), "title": T("Chief")},
        ],
    }


def with_text(snapshot, text):
    """``snapshot`` with ``text`` put into a clause, a name, a title line and a heading."""
    snapshot = copy.deepcopy(snapshot)
    clause = snapshot["sections"][0]["clauses"][0]
    clause["text"] = T(text)
    clause["items"][0]["text"] = T(text)
    snapshot["sections"][0]["heading"] = T(text)
    snapshot["signatures"][0]["name"] = T(text)
    snapshot["title"]["en"].append(text)
    snapshot["parties_intro"]["en"].append(text)
    return snapshot


def pdf_text(data):
    return "\n".join(page.extract_text() or "" for page in PdfReader(BytesIO(data)).pages)


class Canary:
    """A listening TCP socket that records every connection made to it."""

    def __init__(self):
        self.server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(8)
        self.server.settimeout(0.2)
        self.port = self.server.getsockname()[1]
        self.connections = []
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        while not self._stop.is_set():
            try:
                connection, address = self.server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections.append(address)
            connection.close()

    def close(self):
        self._stop.set()
        self.thread.join(timeout=2)
        self.server.close()


@pytest.fixture
def canary():
    canary = Canary()
    yield canary
    canary.close()
