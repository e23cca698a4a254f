"""The records that flow through kozh, and the rules that make their keys.

Data flows one way: text → mining → :class:`MinedDocument` → store →
:class:`Concept` → formats, annotation, checks. Every floor speaks in these
records; this package imports nothing of kozh but the script knowledge in
:mod:`glossary.text`.

The concept key is the one rule that decides which Chinese forms are one
concept: without quotes or title marks, cleaned (NFC Hangul, ASCII width,
single spaces, none between two Han characters), compatibility ideographs
unified, OpenCC ``t2s``, case-folded, and Korean Hanja forms and Japanese
forms folded
(:func:`glossary.text.forms.fold_korean_forms`).

>>> concept_key("淘寶") == concept_key("淘宝") == concept_key("淘 寶") == "淘宝"
True
>>> concept_key("硏究院") == concept_key("研究院"), concept_key("ＴＣＬ科技")
(True, 'tcl科技')
>>> concept_key("関西") == concept_key("關西") == concept_key("关西")
True
>>> concept_key("“一带一路”倡议") == concept_key("一帶一路倡議")
True
>>> chinese_forms("淘寶")
ChineseForms(key='淘宝', hans='淘宝', hant='淘寶', hant_seen=True)
>>> query_keys("마윈은")
QueryKeys(zh='마윈은', ko='마윈은', ko_stem='마윈')
"""

from __future__ import annotations

from ..errors import (
    ConflictError,
    FormatError,
    GlossaryError,
    InputError,
    InvalidPairError,
    NotFoundError,
    TermbaseError,
)
from ..text.forms import FOLDED_FORMS
from ..text.normalize import DEFAULT_S2T, DEFAULT_T2S, HAN_DASHES, QUOTE_MARKS, clean
from ..text.variants import variant_key
from .keys import (
    GRAM_END,
    KEY_RULE,
    KOREAN_JOINERS,
    ChineseForms,
    QueryKeys,
    chinese_forms,
    compact_korean,
    concept_id,
    concept_key,
    grams,
    korean_key,
    other_writings,
    query_keys,
    with_other_dots,
)
from .protocols import TermbaseCurator, TermbaseReader, TermbaseService, TermbaseWriter
from .records import (
    INTERNAL_FIELDS,
    KINDS,
    STATUSES,
    UNDECIDED,
    Attestation,
    Avoided,
    Concept,
    Decision,
    Disagreement,
    Document,
    Entry,
    Kind,
    LogEntry,
    MergeResult,
    MinedDocument,
    MinedPair,
    Overview,
    Pair,
    Rendering,
    Source,
    Stats,
    Status,
    StoreResult,
    attestations_of,
    decision_of,
    plain,
    text_digest,
)
from .settling import off_standard, settle_forms, settle_spelling, settle_support

__all__ = [
    "DEFAULT_S2T", "DEFAULT_T2S", "FOLDED_FORMS", "GRAM_END", "INTERNAL_FIELDS", "KEY_RULE",
    "KINDS", "KOREAN_JOINERS", "STATUSES", "UNDECIDED",
    "Attestation", "Avoided", "Disagreement", "MergeResult", "Overview",
    "ChineseForms", "Concept", "ConflictError", "Decision", "Document", "Entry", "FormatError",
    "GlossaryError", "InputError", "InvalidPairError", "Kind", "LogEntry", "MinedDocument",
    "MinedPair", "NotFoundError", "Pair", "QueryKeys", "Rendering", "Source", "Stats", "Status",
    "HAN_DASHES", "QUOTE_MARKS", "StoreResult", "TermbaseCurator", "TermbaseError",
    "TermbaseReader", "TermbaseService", "TermbaseWriter",
    "attestations_of", "chinese_forms", "clean", "compact_korean", "concept_id", "concept_key",
    "decision_of", "text_digest",
    "grams",
    "korean_key", "off_standard", "other_writings", "plain", "query_keys", "settle_forms",
    "settle_spelling", "settle_support", "variant_key", "with_other_dots",
]
