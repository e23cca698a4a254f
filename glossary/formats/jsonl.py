"""kozh's JSONL: one concept per line with everything kozh knows."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TextIO

from ..errors import FormatError
from ..model import Concept, Rendering, Source
from ..text.normalize import clean
from .base import ExportOptions, Format, concept_of, filter_entries, kind_of, text_lines


def write_jsonl(entries: Iterable[Concept], out: TextIO, options: ExportOptions) -> int:
    """One JSON object per entry with everything kozh knows."""
    rows = 0
    for entry in filter_entries(entries, options):
        # Built by hand: dataclasses.asdict deep-copies, and costs seconds a million.
        record = {
            "zh_hans": entry.zh_hans, "zh_hant": entry.zh_hant, "forms": entry.forms,
            "renderings": [{"ko": r.ko, "kind": r.kind, "count": r.count,
                            "confidence": r.confidence, "sources": r.sources}
                           for r in entry.renderings],
            "hant_seen": entry.hant_seen,
        }
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        rows += 1
    return rows


def read_jsonl(data: bytes, name: str) -> Iterator[Concept]:
    """kozh's JSONL: one entry per line, as written by the jsonl exporter."""
    for number, line in text_lines(data, name):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            renderings = [Rendering(clean(r["ko"]), kind_of(r.get("kind", "translation"), name,
                                                            number),
                                    int(r.get("count", 1)), float(r.get("confidence", 1.0)),
                                    [Source(*s) for s in r.get("sources", [])])
                          for r in record["renderings"]]
            forms = [("hans", record["zh_hans"])]
            if record.get("hant_seen") or record.get("zh_hant", record["zh_hans"]) != \
                    record["zh_hans"]:
                forms.append(("hant", record["zh_hant"]))
        except (ValueError, KeyError, TypeError) as error:
            raise FormatError(f"{name}:{number}: not a kozh JSONL entry ({error})") from None
        if entry := concept_of(forms, renderings):
            yield entry


def _sniff(suffix: str, head: str) -> bool:
    return suffix == ".jsonl" or head.startswith("{")


FORMAT = Format("jsonl", ".jsonl", "JSON lines (every field)", write_jsonl, read_jsonl, _sniff)
