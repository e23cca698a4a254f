"""TBX v2 (``martif``: termEntry/langSet/tig), for tools that read only v2.

Read back by the same reader as TBX v3 (:func:`glossary.formats.tbx.read_tbx`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from ..model import Concept
from .base import ExportOptions, Format, filter_entries
from .tbx import Markup, entry_markup, read_tbx

# v2 writes no part of speech: tools that read v2 do without one.
V2 = Markup("termEntry", "langSet", "tig", part_of_speech=False)


def write_tbx2(entries: Iterable[Concept], out: TextIO, options: ExportOptions) -> int:
    """TBX v2 (``martif``: termEntry/langSet/tig), for tools that read only v2."""
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="ko">\n'
              "  <martifHeader>\n    <fileDesc>\n      <sourceDesc><p>Korean–Chinese glossary "
              "exported by kozh</p></sourceDesc>\n    </fileDesc>\n  </martifHeader>\n"
              "  <text>\n    <body>\n")
    written = 0
    for entry in filter_entries(entries, options):
        written += 1
        out.write(entry_markup(entry, options.script, V2))
    out.write("    </body>\n  </text>\n</martif>\n")
    return written


FORMAT = Format("tbx2", ".tbx", "TBX v2 (martif)", write_tbx2, read_tbx)
