"""The store: SQLite only. Schema, migrations, and the reads and writes of a
termbase. It imports nothing of kozh but :mod:`glossary.model`.

Opening a termbase that is up to date does not import sqlite-utils, so that
lookups start fast.
"""

from __future__ import annotations

from .connection import DB_ENV, default_db_path, needs_upgrade
from .termbase import Termbase, open_termbase

__all__ = ["DB_ENV", "Termbase", "default_db_path", "needs_upgrade", "open_termbase"]
