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

    The whole file is parsed before anything is written, so a malformed file
    leaves the termbase unchanged.
    """
    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError as error:
            raise InputError(f"{path}: {error.strerror or error}") from error
    entries = list(read_entries(data, path, fmt))
    digest = hashlib.sha256(data).hexdigest()
    return termbase.import_entries(entries, path, digest)
