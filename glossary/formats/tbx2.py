"""TBX v2 (``martif``: termEntry/langSet/tig), for tools that read only v2.

Read back by the same reader as TBX v3 (:func:`glossary.formats.tbx.read_tbx`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from ..model import Concept
from .base import ExportOptions, Format, filter_entries
from .tbx import ADMITTED, PREFERRED, chinese_sections, escape, read_tbx, rendering_note


def write_tbx2(entries: Iterable[Concept], out: TextIO, options: ExportOptions) -> int:
    """TBX v2 (``martif``: termEntry/langSet/tig), for tools that read only v2."""
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="ko">\n'
              "  <martifHeader>\n    <fileDesc>\n      <sourceDesc><p>Korean–Chinese glossary "
              "exported by kozh</p></sourceDesc>\n    </fileDesc>\n  </martifHeader>\n"
              "  <text>\n    <body>\n")
    written = 0
    for entry in filter_entries(entries, options):
        written += 1
        out.write(f"      <termEntry id=\"{entry.id}\">\n"
                  "        <langSet xml:lang=\"ko\">\n")
        for index, rendering in enumerate(entry.renderings):
            status = PREFERRED if index == 0 else ADMITTED
            out.write(f"          <tig>\n            <term>{escape(rendering.ko)}</term>\n"
                      f"            <termNote type=\"administrativeStatus\">{status}</termNote>\n")
            if rendering.sources and rendering.sources[0][1]:
                out.write("            <descrip type=\"context\">"
                          f"{escape(rendering.sources[0][1])}</descrip>\n")
            out.write(f"            <note>{escape(rendering_note(rendering))}</note>\n"
                      "          </tig>\n")
        out.write("        </langSet>\n")
        for lang, term in chinese_sections(entry, options.script):
            out.write(f"        <langSet xml:lang=\"{lang}\">\n          <tig>\n"
                      f"            <term>{escape(term)}</term>\n          </tig>\n"
                      "        </langSet>\n")
        out.write("      </termEntry>\n")
    out.write("    </body>\n  </text>\n</martif>\n")
    return written


FORMAT = Format("tbx2", ".tbx", "TBX v2 (martif)", write_tbx2, read_tbx)
