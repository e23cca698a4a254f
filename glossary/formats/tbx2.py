"""TBX v2 (``martif``: termEntry/langSet/tig), for tools that read only v2.

Read back by the same reader as TBX v3 (:func:`glossary.formats.tbx.read_tbx`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from ..model import Concept, Status
from .base import ExportOptions, Format, filter_entries
from .tbx import (
    ADMIN_STATUS,
    DEPRECATED,
    chinese_sections,
    concept_domain,
    escape,
    read_tbx,
    rendering_extras,
    replaced_terms,
)


def write_tbx2(entries: Iterable[Concept], out: TextIO, options: ExportOptions) -> int:
    """TBX v2 (``martif``: termEntry/langSet/tig), for tools that read only v2."""
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="ko">\n'
              "  <martifHeader>\n    <fileDesc>\n      <sourceDesc><p>Korean–Chinese glossary "
              "exported by kozh</p></sourceDesc>\n    </fileDesc>\n  </martifHeader>\n"
              "  <text>\n    <body>\n")
    written = 0
    for entry in filter_entries(entries, options):
        written += 1
        out.write(_v2_entry(entry, options.script))  # one write an entry: a million of them
    out.write("    </body>\n  </text>\n</martif>\n")
    return written


def _v2_entry(entry: Concept, script: str) -> str:
    parts = [f"      <termEntry id=\"{entry.id}\">\n"]
    if domain := concept_domain(entry):
        parts.append(f"        <descrip type=\"subjectField\">{escape(domain)}</descrip>\n")
    parts.append("        <langSet xml:lang=\"ko\">\n")
    for rendering in entry.renderings:
        parts.append(f"          <tig>\n            <term>{escape(rendering.ko)}</term>\n"
                     "            <termNote type=\"administrativeStatus\">"
                     f"{ADMIN_STATUS[rendering.status]}</termNote>\n"
                     f"{rendering_extras(rendering, '            ')}          </tig>\n")
    for old_ko, replaced in replaced_terms(entry):
        parts.append(f"          <tig>\n            <term>{escape(old_ko)}</term>\n"
                     "            <termNote type=\"administrativeStatus\">"
                     f"{DEPRECATED}</termNote>\n            <note>{escape(replaced)}</note>\n"
                     "          </tig>\n")
    parts.append("        </langSet>\n")
    chinese_status = "" if entry.status is Status.CANDIDATE else (
        "            <termNote type=\"administrativeStatus\">"
        f"{ADMIN_STATUS[entry.status]}</termNote>\n")
    for lang, term in chinese_sections(entry, script):
        parts.append(f"        <langSet xml:lang=\"{lang}\">\n          <tig>\n"
                     f"            <term>{escape(term)}</term>\n{chinese_status}"
                     "          </tig>\n        </langSet>\n")
    parts.append("      </termEntry>\n")
    return "".join(parts)


FORMAT = Format("tbx2", ".tbx", "TBX v2 (martif)", write_tbx2, read_tbx)
