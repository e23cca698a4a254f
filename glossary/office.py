"""The text of a Word document (.docx), as a reader sees it, for mining.

A .docx file is a zip of XML parts; the body is ``word/document.xml``. Its
paragraphs become lines (a table's cells too), tabs and line breaks stay,
text a tracked change deleted and field codes are left out. Headers,
footers and notes are other parts, not read. The document mined is this
text: offsets and contexts point into it.

What a hostile file could do is refused before reading: a part that
unpacks to more than :data:`MAX_PART` bytes (a zip bomb), and XML that
declares a DTD or an entity.

>>> import io, zipfile
>>> body = ('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
...         '<w:body><w:p><w:r><w:t>마윈(馬雲)은</w:t></w:r><w:r><w:tab/><w:t>말했다.</w:t></w:r>'
...         '</w:p><w:p><w:r><w:delText>지운 말</w:delText><w:t>끝</w:t></w:r></w:p></w:body>'
...         '</w:document>')
>>> packed = io.BytesIO()
>>> with zipfile.ZipFile(packed, "w") as docx:
...     docx.writestr("word/document.xml", body)
>>> docx_text(packed.getvalue(), "note.docx")
'마윈(馬雲)은\\t말했다.\\n끝\\n'
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile

from .errors import InputError
from .hostile import zip_part

SUFFIXES = (".docx",)
BODY = "word/document.xml"
MAX_PART = 256 << 20  # bytes the body may unpack to
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# What a run holds besides its text, and what a reader sees of it.
_MARKS = {f"{_W}tab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}


def is_office(name: str) -> bool:
    """Is ``name`` a Word document kozh reads (by its suffix)?"""
    return name.lower().endswith(SUFFIXES)


def docx_text(data: bytes, name: str) -> str:
    """The text of the body of the .docx file ``data`` (named ``name`` in errors)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as docx:
            xml = zip_part(docx, BODY, name, MAX_PART, InputError, "a Word document")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, OSError) as error:
        raise InputError(f"{name}: not a readable .docx ({error})") from None
    try:
        return _paragraphs(xml)
    except ET.ParseError as error:
        raise InputError(f"{name}: malformed document XML ({error})") from None


def _paragraphs(xml: bytes) -> str:
    """Paragraph by paragraph, each a line: its text, tabs and breaks."""
    out: list[str] = []
    for _, element in ET.iterparse(io.BytesIO(xml), events=("end",)):
        tag = element.tag
        if tag == f"{_W}t":
            out.append(element.text or "")
        elif tag in _MARKS:
            out.append(_MARKS[tag])
        elif tag == f"{_W}p":
            out.append("\n")
            element.clear()  # a paragraph read is not kept: memory stays flat
    return "".join(out)
