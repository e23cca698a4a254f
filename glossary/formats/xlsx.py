"""Excel workbooks (.xlsx), read only: the first sheet, as a CSV file is read.

Translators keep glossaries in spreadsheets; the first sheet's first row
names the columns (``ko``/``zh_hans``, ``Korean``/``Chinese``, ``한국어``/
``中文``…, see :mod:`.csvfile`), each row below is a rendering. A workbook is
a zip of XML parts: the sheet's cells hold numbers, or indexes into the
shared strings. Read with the standard library; a part that would unpack
past :data:`MAX_PART` bytes, or XML that declares a DTD or an entity, is
refused before it is parsed.

>>> book = workbook([["한국어", "中文"], ["광저우", "广州"]])
>>> [(e.zh_hans, e.preferred.ko) for e in read_xlsx(book, "용어.xlsx")]
[('广州', '광저우')]
"""

from __future__ import annotations

import io
import posixpath
import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from xml.sax.saxutils import escape

from ..errors import FormatError
from ..hostile import zip_part
from ..model import Concept
from .base import Format, ReadReport
from .csvfile import concepts_of_rows

MAX_PART = 256 << 20  # bytes a part may unpack to
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PACKAGE_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CELL = re.compile(r"([A-Z]+)(\d+)$")


def read_xlsx(data: bytes, name: str, report: ReadReport | None = None) -> Iterator[Concept]:
    """The concepts of the first sheet of the workbook ``data``."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            strings = _shared_strings(book, name)
            sheet = _part(book, _first_sheet(book, name), name)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, OSError) as error:
        raise FormatError(f"{name}: not a readable .xlsx workbook ({error})") from None
    yield from concepts_of_rows(_rows(sheet, strings, name), name)


# A workbook saved as "Strict Open XML" names its elements in other
# namespaces; read as the usual (transitional) ones, which they match.
STRICT = {b"http://purl.oclc.org/ooxml/spreadsheetml/main": _MAIN[1:-1].encode(),
          b"http://purl.oclc.org/ooxml/officeDocument/relationships": _REL[1:-1].encode()}


def _part(book: zipfile.ZipFile, path: str, name: str) -> bytes:
    xml = zip_part(book, path, name, MAX_PART, FormatError, "an Excel workbook")
    for strict, usual in STRICT.items():
        xml = xml.replace(strict, usual)
    return xml


def _parsed(xml: bytes, path: str, name: str) -> ET.Element:
    try:
        return ET.fromstring(xml)
    except ET.ParseError as error:
        raise FormatError(f"{name}: malformed {path} ({error})") from None


def _first_sheet(book: zipfile.ZipFile, name: str) -> str:
    """The path of the workbook's first sheet, as its relationships name it."""
    workbook = _parsed(_part(book, "xl/workbook.xml", name), "xl/workbook.xml", name)
    sheet = workbook.find(f"{_MAIN}sheets/{_MAIN}sheet")
    if sheet is None:
        raise FormatError(f"{name}: the workbook has no sheet")
    rels_path = "xl/_rels/workbook.xml.rels"
    rels = _parsed(_part(book, rels_path, name), rels_path, name)
    wanted = sheet.get(f"{_REL}id")
    for rel in rels.iter(f"{_PACKAGE_REL}Relationship"):
        if rel.get("Id") == wanted:
            target = rel.get("Target", "")
            return target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                posixpath.join("xl", target))
    raise FormatError(f"{name}: the workbook names no part for its first sheet")


def _shared_strings(book: zipfile.ZipFile, name: str) -> list[str]:
    """The workbook's shared strings, each the text of its runs (a phonetic
    guide above the text, <rPh>, is no part of it)."""
    if "xl/sharedStrings.xml" not in book.namelist():
        return []
    table = _parsed(_part(book, "xl/sharedStrings.xml", name), "xl/sharedStrings.xml", name)
    return [_text(item) for item in table.iter(f"{_MAIN}si")]


def _text(item: ET.Element) -> str:
    """The text of a string item (<si> or <is>): its <t>, or its runs' <t>."""
    plain = item.find(f"{_MAIN}t")
    if plain is not None:
        return plain.text or ""
    return "".join(t.text or "" for run in item.findall(f"{_MAIN}r")
                   for t in run.findall(f"{_MAIN}t"))


def _column(letters: str) -> int:
    """A column's index from its letters: A 0, Z 25, AA 26."""
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1


def _rows(sheet: bytes, strings: list[str], name: str) -> Iterator[tuple[int, list[str]]]:
    """(row number, cells) of each row, as wide as the first row (a
    workbook leaves empty cells out); read as a stream, memory flat."""
    width = None
    try:
        for _, element in ET.iterparse(io.BytesIO(sheet), events=("end",)):
            if element.tag != f"{_MAIN}row":
                continue
            cells: dict[int, str] = {}
            for position, cell in enumerate(element.iter(f"{_MAIN}c")):
                found = _CELL.match(cell.get("r", ""))
                cells[_column(found.group(1)) if found else position] = _value(cell, strings,
                                                                               name)
            number = int(element.get("r", "0")) or 1
            element.clear()
            if width is None:
                width = max(cells, default=-1) + 1
            filled = max((k for k, v in cells.items() if v.strip()), default=-1) + 1
            yield number, [cells.get(k, "") for k in range(max(width, filled))]
    except ET.ParseError as error:
        raise FormatError(f"{name}: malformed sheet ({error})") from None


def _value(cell: ET.Element, strings: list[str], name: str) -> str:
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        inline = cell.find(f"{_MAIN}is")
        return _text(inline) if inline is not None else ""
    value = cell.find(f"{_MAIN}v")
    text = value.text or "" if value is not None else ""
    if kind == "s":
        try:
            return strings[int(text)]
        except (ValueError, IndexError):
            raise FormatError(f"{name}: cell {cell.get('r', '?')} names no shared string") from None
    return text


def workbook(rows: list[list[str]]) -> bytes:
    """A minimal workbook of one sheet holding ``rows`` as inline strings:
    for tests and examples (kozh writes no .xlsx)."""
    def column(index: int) -> str:
        letters = ""
        index += 1
        while index:
            index, rest = divmod(index - 1, 26)
            letters = chr(ord("A") + rest) + letters
        return letters

    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    body = "".join(
        f'<row r="{r}">' + "".join(
            f'<c r="{column(c)}{r}" t="inlineStr"><is><t>{escape(text)}</t></is></c>'
            for c, text in enumerate(row) if text) + "</row>"
        for r, row in enumerate(rows, 1))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as book:
        book.writestr("xl/workbook.xml", f'<workbook xmlns="{main}" xmlns:r="{_REL[1:-1]}">'
                      '<sheets><sheet name="1" sheetId="1" r:id="rId1"/></sheets></workbook>')
        book.writestr("xl/_rels/workbook.xml.rels",
                      f'<Relationships xmlns="{_PACKAGE_REL[1:-1]}"><Relationship Id="rId1" '
                      'Target="worksheets/sheet1.xml"/></Relationships>')
        book.writestr("xl/worksheets/sheet1.xml",
                      f'<worksheet xmlns="{main}"><sheetData>{body}</sheetData></worksheet>')
    return out.getvalue()


def _sniff(suffix: str, head: str) -> bool:
    return suffix == ".xlsx"


FORMAT = Format("xlsx", ".xlsx", "Excel workbook (read only: the first sheet, as CSV)",
                None, read_xlsx, _sniff)
