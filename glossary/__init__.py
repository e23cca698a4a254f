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

if TYPE_CHECKING:
    from .annotation import Match, TermIndex, annotate
    from .check import Finding, check_termbase, check_text
    from .db import Entry, Rendering, Stats, Termbase, open_termbase
    from .suggestions import Suggestion, suggest

__version__ = "0.1.0"

__all__ = [
    "KINDS", "DecodeError", "Entry", "ExportError", "Finding", "FormatError", "GlossaryError",
    "InputError", "Match", "Occurrence", "Rendering", "Stats", "Suggestion", "TermIndex",
    "Termbase", "TermbaseError", "annotate", "check_termbase", "check_text", "clean", "ko_key",
    "mine", "open_termbase", "suggest", "to_hans", "to_hant", "zh_key",
]


# Where the rest of the public API lives; imported on first use so that
# ``import glossary`` (and so every CLI start, lookups included) stays cheap.
_LAZY = {
    **dict.fromkeys(["Termbase", "open_termbase", "Entry", "Rendering", "Stats"], "db"),
    **dict.fromkeys(["annotate", "Match", "TermIndex"], "annotation"),
    **dict.fromkeys(["check_termbase", "check_text", "Finding"], "check"),
    **dict.fromkeys(["suggest", "Suggestion"], "suggestions"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'glossary' has no attribute {name!r}")
