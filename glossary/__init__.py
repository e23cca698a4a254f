"""kozh: a Korean–Chinese glossary miner, termbase and translation aid.

``import glossary`` gives the whole library; this module is only its front
door, and imports each part on first use so that a lookup starts fast:

>>> import glossary
>>> doc = glossary.mine_document("타오바오 신쉬안(淘寶心選)에 입점했다.", doc_id="shop.txt")
>>> [(p.ko, p.zh, str(p.kind)) for p in doc.pairs]
[('타오바오 신쉬안', '淘寶心選', 'transliteration')]
>>> glossary.concept_key("淘寶心選")
'淘宝心选'

With a termbase: ``glossary.open_termbase(path)`` (``add_mined``, ``merge``,
``lookup``, ``entries``), ``glossary.annotate(text, termbase)``,
``glossary.suggest(zh, termbase)``, ``glossary.check_termbase(termbase)``.
Where each part lives, and why, is in docs/architecture.md.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .errors import (
    AmbiguousError,
    ConflictError,
    DecodeError,
    EmptyInputError,
    ExportError,
    FormatError,
    GlossaryError,
    InputError,
    InvalidPairError,
    NotFoundError,
    TermbaseError,
)
from .model import (
    KINDS,
    STATUSES,
    Concept,
    Decision,
    Disagreement,
    Document,
    Entry,
    Kind,
    MergeResult,
    MinedDocument,
    MinedPair,
    Rendering,
    Source,
    Stats,
    Status,
    StoreResult,
    concept_key,
)
from .text.normalize import clean, ko_key, to_hans, to_hant, zh_key
from .version import __version__ as __version__

if TYPE_CHECKING:
    from db import Termbase, open_termbase

    from .aids.annotation import Match, TermIndex, annotate
    from .aids.check import Finding, check_termbase, check_text
    from .aids.suggestions import Suggestion, suggest
    from .ingest import import_file, read_documents
    from .mining import mine, mine_document

Occurrence = MinedPair  # the name the first release used

__all__ = [
    "KINDS", "STATUSES", "AmbiguousError", "Concept", "ConflictError", "Decision", "DecodeError",
    "Disagreement", "Document", "EmptyInputError", "Entry", "ExportError", "Finding",
    "FormatError", "GlossaryError", "InputError", "InvalidPairError", "Kind", "Match",
    "MergeResult", "MinedDocument", "MinedPair", "NotFoundError", "Occurrence", "Rendering",
    "Source", "Stats", "Status", "StoreResult", "Suggestion", "TermIndex", "Termbase",
    "TermbaseError", "annotate", "check_termbase", "check_text", "clean", "concept_key",
    "import_file", "ko_key", "mine", "mine_document", "open_termbase", "read_documents", "suggest",
    "to_hans", "to_hant", "zh_key",
]

# Where the rest of the public API lives, imported on first use.
_LAZY = {
    **dict.fromkeys(["mine", "mine_document"], "glossary.mining"),
    **dict.fromkeys(["Termbase", "open_termbase"], "db"),
    **dict.fromkeys(["annotate", "Match", "TermIndex"], "glossary.aids.annotation"),
    **dict.fromkeys(["check_termbase", "check_text", "Finding"], "glossary.aids.check"),
    **dict.fromkeys(["suggest", "Suggestion"], "glossary.aids.suggestions"),
    **dict.fromkeys(["read_documents", "import_file"], "glossary.ingest"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'glossary' has no attribute {name!r}")
