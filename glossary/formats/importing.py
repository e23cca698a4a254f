"""Importing a glossary file into a termbase, all or nothing."""

from __future__ import annotations

import hashlib
import sys
from typing import TYPE_CHECKING

from ..errors import InputError
from .readers import read_entries

if TYPE_CHECKING:
    from ..db import MineResult, Termbase


def import_file(termbase: Termbase, path: str, fmt: str = "auto") -> MineResult:
    """Read ``path`` (``-`` for stdin) and merge its entries into ``termbase``.

    Entries stream into one transaction; a malformed file raises part-way and
    the rollback leaves the termbase unchanged.
    """
    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError as error:
            raise InputError(f"{path}: {error.strerror or error}") from error
    digest = hashlib.sha256(data).hexdigest()
    return termbase.import_entries(read_entries(data, path, fmt), path, digest)
