"""Reading glossaries back: TBX v3 and v2, kozh TSV, OmegaT, DeepL, CSV, JSONL.

XML from outside is hostile: a document with a DTD or entity declaration is
refused before parsing, so nothing is expanded or fetched.
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from ..db import Entry, Rendering
from ..errors import FormatError
from ..normalize import clean, has_han, to_hans, to_hant, unify_compat
from .tabular import TSV_HEADER

READ_FORMATS = ("auto", "tbx", "tbx2", "tsv", "omegat", "deepl", "csv", "jsonl")
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_NOTE = re.compile(r"(kind|count|confidence):\s*([^;]+)")


def _entry(zh_forms: list[tuple[str, str]], renderings: list[Rendering]) -> Entry | None:
    """An entry from Chinese forms (lang, text) and renderings, or None if one side is empty."""
    hans = next((t for lang, t in zh_forms if lang == "hans"), "")
    hant = next((t for lang, t in zh_forms if lang == "hant"), "")
    written = hans or hant
    if not written or not renderings:
        return None
    return Entry(to_hans(hans or hant), hant or to_hant(written), [written], renderings,
                 hant_seen=bool(hant))


def _zh_script(lang: str) -> str | None:
    lang = lang.lower()
    if not lang.startswith("zh"):
        return None
    return "hant" if any(tag in lang for tag in ("hant", "tw", "hk", "mo")) else "hans"


def _rendering(ko: str, note: str = "", context: str = "", source: str = "",
               default_kind: str = "translation") -> Rendering:
    fields = dict(_NOTE.findall(note))
    try:
        count = max(1, int(fields.get("count", "1")))
        confidence = float(fields.get("confidence", "1"))
    except ValueError:
        count, confidence = 1, 1.0
    kind = fields.get("kind", default_kind).strip()
    return Rendering(clean(ko), kind, count, confidence,
                     [(source, context)] if source or context else [])


def _refuse_dtd(data: bytes, name: str) -> None:
    for marker in ("<!DOCTYPE", "<!ENTITY"):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            if marker.encode(encoding) in data:
                raise FormatError(f"{name}: refusing XML with a DTD or entity declaration")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def read_tbx(data: bytes, name: str) -> Iterator[Entry]:
    """TBX v3 (conceptEntry/langSec/termSec, either namespace) or v2
    (termEntry/langSet/tig or ntig)."""
    _refuse_dtd(data, name)
    try:
        for _, element in ET.iterparse(io.BytesIO(data), events=("end",)):
            if _local(element.tag) not in ("conceptEntry", "termEntry"):
                continue
            zh_forms, renderings = [], []
            for section in element:
                if _local(section.tag) not in ("langSec", "langSet"):
                    continue
                lang = section.get(_XML_LANG, "")
                for term_element in section.iter():
                    if _local(term_element.tag) not in ("termSec", "tig", "ntig"):
                        continue
                    texts: dict[str, str] = {}
                    for child in term_element.iter():
                        local = _local(child.tag)
                        value = "".join(child.itertext()).strip()
                        if local == "term":
                            texts.setdefault("term", value)
                        elif local == "descrip" and child.get("type") == "context":
                            texts["context"] = value
                        elif local == "admin" and child.get("type") == "source":
                            texts["source"] = value
                        elif local == "note":
                            texts["note"] = value
                    term = texts.get("term", "")
                    if not term:
                        continue
                    script = _zh_script(lang)
                    if script:
                        zh_forms.append((script, clean(term)))
                    elif lang.lower().startswith("ko"):
                        renderings.append(_rendering(term, texts.get("note", ""),
                                                     texts.get("context", ""),
                                                     texts.get("source", "")))
            entry = _entry(zh_forms, renderings)
            element.clear()
            if entry:
                yield entry
    except ET.ParseError as error:
        line = error.position[0] if error.position else "?"
        raise FormatError(f"{name}:{line}: malformed XML ({error})") from None


def _lines(data: bytes, name: str) -> Iterator[tuple[int, str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FormatError(f"{name}: not valid utf-8 at byte {error.start}") from None
    yield from enumerate(text.splitlines(), 1)


def read_kozh_tsv(data: bytes, name: str) -> Iterator[Entry]:
    """kozh's own TSV (header ``zh_hans zh_hant ko kind count confidence``)."""
    current: list[str] = []
    renderings: list[Rendering] = []
    for number, line in _lines(data, name):
        if number == 1 or not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) != len(TSV_HEADER):
            raise FormatError(f"{name}:{number}: expected {len(TSV_HEADER)} columns, "
                              f"found {len(cells)}")
        hans, hant, ko, kind, count, confidence = cells
        try:
            rendering = Rendering(clean(ko), kind, int(count), float(confidence), [])
        except ValueError:
            raise FormatError(f"{name}:{number}: count and confidence must be numbers") from None
        if current and current != [hans, hant]:
            if entry := _entry([("hans", current[0]), ("hant", current[1])], renderings):
                yield entry
            renderings = []
        current = [hans, hant]
        renderings.append(rendering)
    if current and (entry := _entry([("hans", current[0]), ("hant", current[1])], renderings)):
        yield entry


def read_two_columns(data: bytes, name: str) -> Iterator[Entry]:
    """OmegaT or DeepL TSV, in either direction (the Chinese side is the one with Han)."""
    for number, line in _lines(data, name):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) < 2:
            raise FormatError(f"{name}:{number}: expected source<TAB>target")
        first, second = cells[0], cells[1]
        if has_han(second) and not has_han(first):
            ko, zh = first, second
        elif has_han(first) and not has_han(second):
            ko, zh = second, first
        else:
            raise FormatError(f"{name}:{number}: cannot tell the Chinese column from the Korean")
        script = "hant" if to_hans(unify_compat(zh)) != unify_compat(zh) else "hans"
        if entry := _entry([(script, clean(zh))], [_rendering(ko, default_kind="translation")]):
            yield entry


def _csv_cell(row: dict[str, str], key: str) -> str:
    """A cell with the quote that neutralized a formula taken off again."""
    value = (row.get(key) or "").strip()
    return value[1:] if value.startswith("'") and value[1:2] in ("=", "+", "-", "@") else value


# Column names other tools give their language columns (memoQ, MultiTerm).
_HEADER_ALIASES = {
    "ko": ("ko", "ko-kr", "ko_kr", "kor", "korean", "한국어"),
    "zh_hans": ("zh_hans", "zh", "zh-hans", "zh-cn", "zh_cn", "chinese", "chinese (simplified)",
                "中文", "简体中文", "중국어"),
    "zh_hant": ("zh_hant", "zh-hant", "zh-tw", "zh_tw", "zh-hk", "chinese (traditional)",
                "繁體中文"),
}


def _column_names(fieldnames: list[str]) -> dict[str, str]:
    """Our column name for each of the file's columns that we understand."""
    lowered = {name.strip().lower(): name for name in fieldnames}
    columns = {}
    for ours, aliases in _HEADER_ALIASES.items():
        for alias in aliases:
            if alias in lowered:
                columns[ours] = lowered[alias]
                break
    for extra in ("kind", "count", "confidence", "context", "source"):
        if extra in lowered:
            columns[extra] = lowered[extra]
    return columns


def read_csv(data: bytes, name: str) -> Iterator[Entry]:
    """CSV with a header naming a Korean and a Chinese column (``ko``/``zh_hans``,
    or ``Korean``/``Chinese``, ``ko-KR``/``zh-CN``...); BOM optional. Synonyms in
    one cell are separated by ``|``, as MultiTerm writes them."""
    text = "\n".join(line for _, line in _lines(data, name))
    reader = csv.DictReader(io.StringIO(text))
    columns = _column_names(list(reader.fieldnames or []))
    if "ko" not in columns or not {"zh_hans", "zh_hant"} & columns.keys():
        raise FormatError(f"{name}:1: a CSV header needs a Korean column ('ko') and a Chinese "
                          "one ('zh_hans' or 'zh_hant')")
    by_key: dict[tuple[str, str], list[Rendering]] = {}
    try:
        for row in reader:
            def cell(ours: str, row: dict[str, str] = row) -> str:
                return _csv_cell(row, columns[ours]) if ours in columns else ""

            key = (cell("zh_hans").split("|")[0].strip(), cell("zh_hant").split("|")[0].strip())
            note = (f"kind: {cell('kind') or 'translation'}; count: {cell('count') or 1}; "
                    f"confidence: {cell('confidence') or 1}")
            for ko in filter(None, (part.strip() for part in cell("ko").split("|"))):
                by_key.setdefault(key, []).append(
                    _rendering(ko, note, cell("context"), cell("source")))
    except csv.Error as error:
        raise FormatError(f"{name}:{reader.line_num}: {error}") from None
    for (hans, hant), renderings in by_key.items():
        forms = ([("hans", hans)] if hans else []) + ([("hant", hant)] if hant else [])
        if entry := _entry(forms, renderings):
            yield entry


def read_jsonl(data: bytes, name: str) -> Iterator[Entry]:
    """kozh's JSONL: one entry per line, as written by the jsonl exporter."""
    for number, line in _lines(data, name):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            renderings = [Rendering(clean(r["ko"]), r.get("kind", "translation"),
                                    int(r.get("count", 1)), float(r.get("confidence", 1.0)),
                                    [tuple(s) for s in r.get("sources", [])])  # type: ignore[misc]
                          for r in record["renderings"]]
            forms = [("hans", record["zh_hans"])]
            if record.get("hant_seen") or record.get("zh_hant", record["zh_hans"]) != \
                    record["zh_hans"]:
                forms.append(("hant", record["zh_hant"]))
        except (ValueError, KeyError, TypeError) as error:
            raise FormatError(f"{name}:{number}: not a kozh JSONL entry ({error})") from None
        if entry := _entry(forms, renderings):
            yield entry


def sniff(path: str, data: bytes) -> str:
    """Guess a glossary file's format from its name and first bytes."""
    head = data[:2048].decode("utf-8", errors="ignore").lstrip("\ufeff").lstrip()
    suffix = Path(path).suffix.lower()
    if head.startswith("<") or suffix in (".tbx", ".xml"):
        return "tbx"
    if suffix == ".jsonl" or head.startswith("{"):
        return "jsonl"
    if head.startswith("\t".join(TSV_HEADER)):
        return "tsv"
    if suffix == ".csv":
        return "csv"
    return "omegat"


READERS = {"tbx": read_tbx, "tbx2": read_tbx, "tsv": read_kozh_tsv, "omegat": read_two_columns,
           "deepl": read_two_columns, "csv": read_csv, "jsonl": read_jsonl}


def read_entries(data: bytes, name: str, fmt: str = "auto") -> Iterator[Entry]:
    """Entries of a glossary file's bytes in format ``fmt`` (``auto`` guesses)."""
    if fmt == "auto":
        fmt = sniff(name, data)
    if fmt not in READERS:
        raise FormatError(f"unknown import format {fmt!r}")
    return READERS[fmt](data, name)
