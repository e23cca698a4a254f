"""kozh: a Korean–Chinese glossary miner, termbase and translation aid.

``import glossary`` gives the whole library:

>>> import glossary
>>> [(o.ko, o.zh, o.kind) for o in glossary.mine("타오바오 신쉬안(淘寶心選)에 입점했다.")]
[('타오바오 신쉬안', '淘寶心選', 'transliteration')]
>>> glossary.zh_key("淘寶心選")
'淘宝心选'

With a termbase: ``glossary.open_termbase(path)``, ``glossary.annotate(text,
termbase)``, ``glossary.suggest(zh, termbase)``, ``glossary.check_termbase(termbase)``.

Heavy parts (Kiwi, jieba) load on first use, never at import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .annotation import Match, TermIndex, annotate
from .check import Finding, check_termbase, check_text
from .errors import (
    DecodeError,
    ExportError,
    FormatError,
    GlossaryError,
    InputError,
    TermbaseError,
)
from .mining import KINDS, Occurrence, mine
from .normalize import clean, ko_key, to_hans, to_hant, zh_key
from .suggestions import Suggestion, suggest

if TYPE_CHECKING:
    from .db import Entry, Rendering, Stats, Termbase, open_termbase

__version__ = "0.1.0"

__all__ = [
    "KINDS", "DecodeError", "Entry", "ExportError", "Finding", "FormatError", "GlossaryError",
    "InputError", "Match", "Occurrence", "Rendering", "Stats", "Suggestion", "TermIndex",
    "Termbase", "TermbaseError", "annotate", "check_termbase", "check_text", "clean", "ko_key",
    "mine", "open_termbase", "suggest", "to_hans", "to_hant", "zh_key",
]


def __getattr__(name: str) -> Any:
    # The termbase lives in glossary.db; import it on first use so that
    # ``import glossary`` stays cheap for scripts that only mine.
    if name in {"Termbase", "open_termbase", "Entry", "Rendering", "Stats"}:
        from . import db

        return getattr(db, name)
    raise AttributeError(f"module 'glossary' has no attribute {name!r}")
