"""Golden files of extracted PDF text, compared with the reference documents.

``run_and_compare(name, text)`` compares ``text`` with ``golden/<name>.txt``;
with ``UPDATE_GOLDEN=1`` in the environment it rewrites the file instead (a
deliberate change of layout or wording). The reference documents in
``tests/reference`` (copies of ``../shared/reference``; or ``$CICADOCS_REFERENCE_DIR``) are markdown
extracted from the real PDFs; :func:`normalise` removes the markdown and the
whitespace so that only the words remain to be compared.
"""

import html
import os
import re
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader

GOLDEN_DIR = Path(__file__).parent / "golden"
REFERENCE_DIR = Path(os.environ.get("CICADOCS_REFERENCE_DIR", Path(__file__).parents[1] / "reference"))


def update_requested():
    return os.environ.get("UPDATE_GOLDEN", "") not in ("", "0")


def run_and_compare(name, text):
    path = GOLDEN_DIR / f"{name}.txt"
    if update_requested() or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name}: rendered text differs from {path} (UPDATE_GOLDEN=1)"


def normalise(text, markdown=False):
    """Only the words: one space between words, no space after a hyphen; with
    ``markdown``, also no markdown or HTML (the reference documents)."""
    if markdown:
        text = html.unescape(re.sub(r"</?(p|i|b|em|strong)>", " ", text))
        text = text.replace("\\_", "_").replace("\\", "")
        text = re.sub(r"(?m)^\s*(#+|---+)\s*", " ", text)  # headings, rules
        text = re.sub(r"(?m)^\s*- ", " ", text)  # list bullets (the reference's clause lists)
        text = text.replace("**", "").replace("*", "").replace("\t", " ")
    text = " ".join(text.split())
    return re.sub(r"-\s+", "-", text)  # words broken at a line end


def page_texts(data):
    return [page.extract_text() or "" for page in PdfReader(BytesIO(data)).pages]


def strip_furniture(page, furniture):
    """``page`` without the page furniture (draft mark, footer, page number) printed at its end."""
    page = page.rstrip()
    for item in reversed(furniture):
        if not page.endswith(item):
            raise AssertionError(f"page furniture {item!r} missing at the end of {page[-200:]!r}")
        page = page[: -len(item)].rstrip()
    return page


def reference_parts(filename):
    """The reference document split into its parts: note pages per language, then the enclosure."""
    text = (REFERENCE_DIR / filename).read_text(encoding="utf-8")
    if "NCT-CT-708" in filename:
        ru_start = text.index("**SECRETARIAT OF THE", text.index("**SECRETARIAT OF THE") + 10)
        kk_start = text.index("Азиядағы өзара іс-қимыл және сенім шаралары кеңесінің (Азия")
        mou_start = text.index("**DRAFT")
        return {
            "en": text[:ru_start],
            "ru": text[ru_start:kk_start],
            "kk": text[kk_start:mou_start],
            "enclosure": text[mou_start:],
        }
    mou_start = text.index("## MEMORANDUM")
    return {"en": text[:mou_start], "enclosure": text[mou_start:]}


def first_difference(got, expected, context=80):
    """A readable account of where two normalised texts part."""
    pairs = enumerate(zip(got, expected, strict=False))
    index = next((i for i, (a, b) in pairs if a != b), min(len(got), len(expected)))
    start = max(0, index - context)
    return f"rendered: ...{got[start : index + context]!r}\nreference: ...{expected[start : index + context]!r}"
