"""Text of a Word (.docx) file for the importer: one line per paragraph, in document order.

Automatic list numbers (1.1, i., a) ...), which Word keeps outside the paragraph text, are
written in front of their paragraphs; table cells come one after another, each as a block
(the signature table). Anything that is not a readable .docx raises NotAWordFileError; an
input over 1 MB raises TextTooLargeError.
"""

import io
import re
import zipfile

from .errors import NotAWordFileError, TextTooLargeError
from .parser import MAX_INPUT_BYTES

MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024  # a small file that unpacks to more is refused (zip bomb)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_to_text(source) -> str:
    """`source`: bytes or a binary file object (an UploadedFile)."""
    data = _read(source)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            unpacked = sum(info.file_size for info in archive.infolist())
        if "word/document.xml" not in names or unpacked > MAX_UNCOMPRESSED_BYTES:
            raise NotAWordFileError
        import docx  # python-docx

        document = docx.Document(io.BytesIO(data))
        return "\n".join(_lines(document))
    except NotAWordFileError:
        raise
    except Exception as error:  # python-docx and lxml raise many kinds of errors on a damaged file
        raise NotAWordFileError from error


def _read(source):
    if isinstance(source, bytes | bytearray):
        data = bytes(source)
    else:
        size = getattr(source, "size", None)
        if size is not None and size > MAX_INPUT_BYTES:
            raise TextTooLargeError
        data = source.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise TextTooLargeError
    return data


def _lines(document):
    numbering = _Numbering(document)
    yield from _block_lines(document.element.body, numbering)


CONTAINERS = {W + "sdt", W + "sdtContent", W + "customXml", W + "ins", W + "smartTag"}


def _block_lines(parent, numbering):
    for block in parent.iterchildren():
        if block.tag == W + "p":
            yield numbering.prefix(block) + _text(block)
        elif block.tag == W + "tbl":
            for cell in block.iter(W + "tc"):
                yield ""
                for paragraph in cell.iter(W + "p"):
                    yield numbering.prefix(paragraph) + _text(paragraph)
            yield ""
        elif block.tag in CONTAINERS:  # content controls and the like hold paragraphs too
            yield from _block_lines(block, numbering)


def _text(paragraph):
    parts = []
    for node in paragraph.iter():
        if node.tag == W + "t" and node.text:
            parts.append(node.text)
        elif node.tag == W + "tab":
            parts.append("\t")
        elif node.tag in (W + "br", W + "cr"):
            parts.append(" ")
    return "".join(parts).strip()


def _roman(number):
    values = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl")]
    values += [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    result = ""
    for value, letters in values:
        while number >= value:
            result += letters
            number -= value
    return result


def _letter(number):
    return chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)


FORMATS = {
    "decimal": str,
    "lowerRoman": _roman,
    "upperRoman": lambda n: _roman(n).upper(),
    "lowerLetter": _letter,
    "upperLetter": lambda n: _letter(n).upper(),
}


class _Numbering:
    """Counts Word's automatic list numbers (numbering.xml) as the paragraphs go by."""

    def __init__(self, document):
        self.levels = {}  # numId -> {ilvl: (format, text, start)}
        self.counters = {}  # abstract id -> [count per level]
        self.abstract_of = {}
        self.style_numbering = {}
        try:
            self._load(document)
        except (KeyError, AttributeError, NotImplementedError, ValueError):
            self.levels = {}

    def _load(self, document):
        part = document.part.numbering_part.element
        abstracts = {}
        for abstract in part.iter(W + "abstractNum"):
            levels = {}
            for level in abstract.iter(W + "lvl"):
                fmt = level.find(W + "numFmt")
                text = level.find(W + "lvlText")
                start = level.find(W + "start")
                levels[int(level.get(W + "ilvl"))] = (
                    fmt.get(W + "val") if fmt is not None else "decimal",
                    text.get(W + "val") if text is not None else "",
                    int(start.get(W + "val")) if start is not None else 1,
                )
            abstracts[abstract.get(W + "abstractNumId")] = levels
        for num in part.iter(W + "num"):
            abstract_id = num.find(W + "abstractNumId").get(W + "val")
            self.levels[num.get(W + "numId")] = abstracts.get(abstract_id, {})
            self.abstract_of[num.get(W + "numId")] = abstract_id
        for style in document.styles.element.iter(W + "style"):
            num_pr = style.find(f"{W}pPr/{W}numPr")
            if num_pr is not None:
                self.style_numbering[style.get(W + "styleId")] = num_pr

    def prefix(self, paragraph):
        num_pr = paragraph.find(f"{W}pPr/{W}numPr")
        if num_pr is None:
            style = paragraph.find(f"{W}pPr/{W}pStyle")
            num_pr = self.style_numbering.get(style.get(W + "val")) if style is not None else None
        if num_pr is None or not self.levels:
            return ""
        num_id = num_pr.find(W + "numId")
        ilvl = num_pr.find(W + "ilvl")
        num_id = num_id.get(W + "val") if num_id is not None else None
        level = int(ilvl.get(W + "val")) if ilvl is not None else 0
        levels = self.levels.get(num_id)
        if not levels or level not in levels:
            return ""
        counters = self.counters.setdefault(self.abstract_of[num_id], [0] * 9)
        counters[level] += 1
        for deeper in range(level + 1, 9):
            counters[deeper] = 0
        fmt, text, _start = levels[level]
        if fmt == "bullet" or fmt not in FORMATS:
            return "- " if fmt == "bullet" else ""

        def number(match):
            index = int(match.group(1)) - 1
            fmt_k, _text, start_k = levels.get(index, ("decimal", "", 1))
            count = max(counters[index], 1) + start_k - 1
            return FORMATS.get(fmt_k, str)(count)

        label = re.sub(r"%(\d)", number, text)
        return f"{label} " if label else ""
