"""Mining: brackets → candidate left edges → reading evidence → choice.

:func:`mine_document` is the whole floor seen from outside: a pure function
from a text to a :class:`~glossary.model.MinedDocument`. It never touches a
termbase.
"""

from __future__ import annotations

from .align import Correspondences
from .correspondences import combine, learn, seed
from .documents import (
    analyzer_versions,
    mine,
    mine_document,
    mine_record,
    mining_versions,
)

__all__ = ["Correspondences", "analyzer_versions", "combine", "learn", "mine", "mine_document",
           "mine_record", "mining_versions", "seed"]
