"""Opening a termbase file: what it is, how to open it, and when to upgrade it.

Reads open the file read-only (``mode=ro``) and never create a table or a
journal, so a lookup pointed at some other SQLite file changes nothing.
Writes open it read-write, upgrade an older kozh schema in place, and refuse
a SQLite file that kozh did not make unless forced. This module imports the
standard ``sqlite3`` only; sqlite-utils loads when a migration is due.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from glossary.model import DEFAULT_S2T, DEFAULT_T2S, KEY_RULE, TermbaseError

from .sql import has_column
from .versions import MIGRATION_SET, MIGRATIONS, READABLE_WITHOUT

DB_ENV = "KOZH_DB"
BUSY_ENV = "KOZH_BUSY_TIMEOUT"  # milliseconds a writer waits for another to finish
BUSY_TIMEOUT_MS = 60_000


def busy_timeout_ms() -> int:
    value = os.environ.get(BUSY_ENV, "")
    return int(value) if value.isdigit() else BUSY_TIMEOUT_MS


def default_db_path() -> Path:
    """``$KOZH_DB`` if set, else ``kozh.db`` in the user's data directory."""
    if os.environ.get(DB_ENV):
        return Path(os.environ[DB_ENV])
    from platformdirs import user_data_path

    return user_data_path("kozh", appauthor=False) / "kozh.db"


def schema_state(conn: sqlite3.Connection) -> str:
    """``empty``, ``current``, ``outdated``, ``readable`` (outdated, but only
    by migrations a reader can do without), ``newer`` (made by a later kozh)
    or ``foreign`` (a SQLite file kozh did not make)."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        return "empty"
    if "_sqlite_migrations" not in tables:
        return "foreign"
    applied = [row[0] for row in conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
        [MIGRATION_SET])]
    if not applied:
        return "foreign"
    if set(applied) - set(MIGRATIONS):
        return "newer"
    if set(MIGRATIONS) <= set(applied):
        return "current"
    return "readable" if set(MIGRATIONS) - set(applied) <= READABLE_WITHOUT else "outdated"


def needs_upgrade(path: Path) -> bool:
    """Is ``path`` a termbase an older kozh made, which opening it will
    upgrade (for large ones, a matter of seconds)? False for anything else,
    whatever it is: opening it says what is wrong."""
    if not path.is_file():
        return False
    try:
        conn = _connect(path, write=False)
        try:
            state = schema_state(conn)
            # A termbase that cannot be written and needs nothing a reader
            # needs is read as it is (see _open_current), not upgraded.
            return state == "outdated" or (state == "readable"
                                           and bool(path.stat().st_mode & 0o222))
        finally:
            conn.close()
    except (sqlite3.Error, OSError):
        return False


def _connect(path: Path, write: bool) -> sqlite3.Connection:
    timeout = busy_timeout_ms()
    if write:
        conn = sqlite3.connect(path, isolation_level=None, timeout=timeout / 1000)
    else:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                               isolation_level=None, timeout=timeout / 1000)
    conn.execute(f"PRAGMA busy_timeout = {timeout}")
    conn.execute("PRAGMA foreign_keys = ON")
    if write:
        # In WAL mode NORMAL never corrupts the file; a crash may lose the last
        # commits, and re-mining restores them. One fsync per document would
        # make a corpus of small documents wait on the disk.
        conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def _check_path(path: Path, write: bool, create: bool) -> None:
    if path.is_dir():
        raise TermbaseError(f"{path} is a directory, not a termbase file")
    if not path.exists():
        if not (write and create):
            raise TermbaseError(f"no termbase at {path} (run 'kozh mine' first)")
        if not path.parent.is_dir():
            raise TermbaseError(f"cannot create {path}: directory does not exist")
        if not os.access(path.parent, os.W_OK):
            raise TermbaseError(f"cannot create {path}: the directory is not writable")
    elif write and not path.stat().st_mode & 0o222:
        # Judge by the permission bits, not by os.access: root may write
        # anything, but a file marked read-only is the user saying "don't".
        raise TermbaseError(f"{path} is read-only")


def open_connection(path: Path, *, write: bool, create: bool = True,
                    force: bool = False) -> sqlite3.Connection:
    """A connection to a kozh termbase at its current schema, or a
    :class:`TermbaseError` that says in one line what is wrong."""
    _check_path(path, write, create)
    deadline = time.monotonic() + busy_timeout_ms() / 1000
    while True:
        try:
            return _open_current(path, write, force)
        except sqlite3.OperationalError as error:
            # Two processes creating one termbase: switching it to WAL needs
            # the file to itself and SQLite says "locked" without waiting.
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise TermbaseError(f"{path}: {error}") from error
            time.sleep(0.05)
        except sqlite3.DatabaseError as error:
            raise TermbaseError(f"{path}: {error}") from error


def _open_current(path: Path, write: bool, force: bool) -> sqlite3.Connection:
    conn = _connect(path, write)
    try:
        state = schema_state(conn)
        if (state == "newer" or (state == "empty" and not write)
                or (state == "foreign" and not (write and force))):
            raise TermbaseError(_refusal(path, state, write))
        if state == "readable" and not write and not path.stat().st_mode & 0o222:
            _as_if_current(conn)
            return conn  # upgraded when next opened to write; read-only now, read as it is
        if state != "current":
            if not write:  # an older kozh termbase: upgrade it, then read it
                conn.close()
                open_connection(path, write=True, create=False).close()
                return open_connection(path, write=False)
            migrate(conn)
        return conn
    except BaseException:
        conn.close()
        raise


def _as_if_current(conn: sqlite3.Connection) -> None:
    """Let a reader read a termbase that cannot be upgraded as if it were:
    the column a later migration adds (m012: an occurrence's source) stands
    empty in a temporary view that shadows the table, for this connection
    only; the file is not touched."""
    if not has_column(conn, "occurrences", "source"):
        conn.execute("CREATE TEMP VIEW occurrences AS SELECT *, '' AS source"
                     " FROM main.occurrences")


def _refusal(path: Path, state: str, write: bool) -> str:
    if state == "newer":
        return f"{path} was made by a newer kozh; upgrade kozh to use it"
    if state == "empty":
        return f"{path} is not a kozh termbase (it is empty)"
    hint = " (use --force to add kozh's tables to it)" if write else ""
    return f"{path} is not a kozh termbase{hint}"


def migrate(conn: sqlite3.Connection) -> None:
    # sqlite-utils loads only here: a termbase that is up to date never needs it.
    from sqlite_utils import Database

    from . import schema

    conn.execute("PRAGMA journal_mode = WAL")
    with transaction(conn, "migrate"):
        schema.apply(Database(conn))
        conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                         [("opencc_key", DEFAULT_T2S), ("opencc_traditional", DEFAULT_S2T),
                          ("key_rule", str(KEY_RULE))])


@contextmanager
def transaction(conn: sqlite3.Connection, where: str, *,
                decisions_only: bool = False) -> Iterator[sqlite3.Connection]:
    """One write transaction; everything in it is undone if anything fails.
    ``decisions_only``: it changes nothing but decisions (and their log)."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        raise TermbaseError(f"{where}: {error}") from error
    try:
        yield conn
        # Every change draws the termbase a new generation, so caches built from
        # it (the annotation index) know when they are stale. Drawn, not
        # counted: a termbase made again at the same path, changed as often,
        # must not pass for the old one.
        if decisions_only:  # a termbase older than data generations: its data are as they were
            conn.execute("INSERT OR IGNORE INTO meta (key, value) SELECT 'data_generation',"
                         " value FROM meta WHERE key = 'generation'")
        conn.execute("INSERT OR REPLACE INTO meta (key, value)"
                     " VALUES ('generation', random() & 9223372036854775807)")
        if not decisions_only:  # what was mined, imported or edited: a check reads it anew
            conn.execute("INSERT OR REPLACE INTO meta (key, value)"
                         " VALUES ('data_generation', random() & 9223372036854775807)")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except sqlite3.OperationalError as error:
        conn.execute("ROLLBACK")
        raise TermbaseError(f"{where}: {error}") from error
