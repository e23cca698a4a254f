"""The one way text enters kozh: sources → documents → mined documents → store.

:func:`read_documents` turns the user's paths (files, directories, ``-`` for
standard input) into :class:`~glossary.model.Document` records; mining each
is :func:`glossary.mining.mine_document`, a pure function; storing each is
one transaction of the termbase. ``kozh mine``, ``kozh import`` and the
Python API all go through here.

A document's identity is its canonical path (resolved, normalized), so
``a.txt``, ``./a.txt``, a symlink and an absolute path are one document; text
from standard input is named by ``--name`` or by its content. Bytes are
decoded strictly in one declared encoding (UTF-8 by default, a BOM is
dropped). There is no fallback: a byte that is not valid stops the run with
the file name and byte offset, before anything is stored.

:mod:`.sources` reads what the user names, :mod:`.documents` cuts it into
documents, :mod:`.storing` mines and stores them, :mod:`.imports` merges a
glossary file; the names below are this package's whole surface.

>>> docs = list(read_documents(["-"], stdin="마윈(馬雲)".encode()))
>>> docs[0].id, docs[0].text
('stdin:5bc6ee4e91a0f70e', '마윈(馬雲)')
"""

from __future__ import annotations

from .documents import forget_vanished, read_documents, split_documents
from .imports import import_file, import_report, with_kinds
from .sources import collect, decode, decode_bytes, document_id, file_id, read_bytes
from .storing import learned_from, mine_documents, store_all, unmined

__all__ = [
    "collect", "decode", "decode_bytes", "document_id", "file_id", "forget_vanished",
    "import_file", "import_report", "learned_from", "mine_documents", "read_bytes",
    "read_documents", "split_documents", "store_all", "unmined", "with_kinds",
]
