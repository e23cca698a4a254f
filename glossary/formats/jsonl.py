"""kozh's JSONL: one concept per line with everything kozh knows."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TextIO

from ..errors import FormatError
from ..model import Concept, Rendering, Source
from ..text.normalize import clean
from .base import (
    ExportOptions,
    Format,
    ReadReport,
    at,
    checked_confidence,
    checked_count,
    checked_kind,
    checked_status,
    checked_term,
    checked_text,
    concept_of,
    filter_entries,
    text_lines,
    written_script,
)

# One encoder for every line: json.dumps with an option builds one per call.
_ENCODER = json.JSONEncoder(ensure_ascii=False)


def write_jsonl(entries: Iterable[Concept], out: TextIO, options: ExportOptions) -> int:
    """One JSON object per entry with everything kozh knows."""
    rows = 0
    for entry in filter_entries(entries, options):
        # Built by hand: dataclasses.asdict deep-copies, and costs seconds a million.
        record = {
            "zh_hans": entry.zh_hans, "zh_hant": entry.zh_hant, "forms": entry.forms,
            "renderings": [{"ko": r.ko, "kind": r.kind, "count": r.count,
                            "confidence": r.confidence, "sources": r.sources,
                            "status": r.status, "note": r.note, "domain": r.domain}
                           for r in entry.renderings],
            "hant_seen": entry.hant_seen, "status": entry.status,
        }
        if entry.replaced:
            record["replaced"] = [list(edit) for edit in entry.replaced]
        out.write(_ENCODER.encode(record) + "\n")
        rows += 1
    return rows


def _rendering(record: object, where: str) -> Rendering:
    if not isinstance(record, dict):
        raise FormatError(f"{where}: a rendering must be an object")
    sources = record.get("sources", [])
    if not isinstance(sources, list) or not all(
            isinstance(s, list) and len(s) == 2 and all(isinstance(x, str) for x in s)
            for s in sources):
        raise FormatError(f"{where}: sources must be [document, context] pairs")
    return Rendering(checked_term(record.get("ko"), where, "ko"),
                     checked_kind(record.get("kind", "translation"), where),
                     checked_count(record.get("count", 1), where),
                     checked_confidence(record.get("confidence", 1.0), where),
                     [Source(*s) for s in sources],
                     checked_status(record.get("status", "candidate"), where),
                     checked_text(record.get("note", ""), where, "the note"),
                     checked_text(record.get("domain", ""), where, "the domain"),
                     kind_stated="kind" in record)


def _concept(line: str, where: str) -> Concept | None:
    try:
        record = json.loads(line)
    except ValueError as error:
        raise FormatError(f"{where}: not JSON ({error})") from None
    if isinstance(record, dict) and "renderings" not in record and "ko" in record:
        return _pair(record, where)
    if not isinstance(record, dict) or not isinstance(record.get("renderings"), list):
        raise FormatError(f"{where}: a kozh JSONL line is an object with 'renderings',"
                          " or a pair with 'ko' and 'zh'")
    hans = checked_term(record.get("zh_hans"), where, "zh_hans")
    renderings = [_rendering(r, where) for r in record["renderings"]]
    forms = [("hans", hans)]
    hant = record.get("zh_hant", hans)
    if record.get("hant_seen") or hant != hans:
        forms.append(("hant", checked_term(hant, where, "zh_hant")))
    concept = concept_of(forms, renderings)
    if concept is not None:
        concept.status = checked_status(record.get("status", "candidate"), where)
        edits = record.get("replaced", [])
        if not isinstance(edits, list) or not all(
                isinstance(e, list) and len(e) == 3 and all(isinstance(x, str) for x in e)
                for e in edits):
            raise FormatError(f"{where}: replaced must be [old ko, old zh, new ko] triples")
        concept.replaced = [(e[0], e[1], e[2]) for e in edits]
    return concept


def _pair(record: dict[str, object], where: str) -> Concept | None:
    """A line holding one pair, as ``kozh mine --dry-run --format jsonl``
    writes them: ``ko`` and ``zh`` as written (or ``zh_hans``, with
    ``zh_hant``), and optionally the fields of a rendering, ``doc`` and
    ``context`` being its source. Lines of the same pair add up."""
    if "zh" in record:
        zh = clean(checked_term(record["zh"], where, "zh"))
        forms = [(written_script(zh), zh)]
    else:
        forms = [("hans", checked_term(record.get("zh_hans"), where, "zh"))]
        if "zh_hant" in record:
            forms.append(("hant", checked_term(record["zh_hant"], where, "zh_hant")))
    source = [record.get("doc", ""), record.get("context", "")]
    rendering = _rendering({**record, "sources": [source] if any(source) else []}, where)
    return concept_of(forms, [rendering])


def read_jsonl(data: bytes, name: str, report: ReadReport | None = None
               ) -> Iterator[Concept]:
    """kozh's JSONL: one concept per line, as the jsonl exporter writes it,
    or one pair per line, as the miner's dry run writes them."""
    for number, line in text_lines(data, name):
        if line.strip() and (entry := _concept(line, at(name, number))):
            yield entry


def _sniff(suffix: str, head: str) -> bool:
    return suffix == ".jsonl" or head.startswith("{")


FORMAT = Format("jsonl", ".jsonl", "JSON lines (every field)", write_jsonl, read_jsonl, _sniff)
