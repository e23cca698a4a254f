"""Writing output files so that nothing is lost: atomically, and never over
the termbase itself.

A file is written to a temporary file in the same folder and renamed into
place only when everything was written; a failure half-way (a bad value found
late, a full disk, an interrupt) leaves the previous file as it was.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TextIO

from .errors import ExportError

SQLITE_COMPANIONS = ("", "-wal", "-shm", "-journal")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def check_output(path: Path, protect: Iterable[Path] = ()) -> None:
    """Refuse an output path that is a protected file (a termbase, or one of
    the journal files SQLite keeps beside it) or that cannot be written."""
    for guarded in protect:
        for suffix in SQLITE_COMPANIONS:
            companion = Path(f"{guarded}{suffix}")
            if _same_file(path, companion) or path.resolve() == companion.resolve():
                raise ExportError(f"refusing to write to {path}: it is the termbase "
                                  f"{guarded} (or its journal)")
    if path.is_dir():
        raise ExportError(f"cannot write to {path}: it is a directory")
    if not path.parent.is_dir():
        raise ExportError(f"cannot write to {path}: directory {path.parent} does not exist")


@contextmanager
def atomic_output(path: str | Path, protect: Iterable[Path] = ()) -> Iterator[TextIO]:
    """A UTF-8 text stream that becomes ``path`` only if the block succeeds."""
    target = Path(path)
    check_output(target, protect)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                             dir=target.parent)
    except OSError as error:
        raise ExportError(f"cannot write to {target}: {error.strerror or error}") from error
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        if target.exists():
            os.chmod(temporary, target.stat().st_mode & 0o777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, target)
    except OSError as error:
        _discard(temporary)
        raise ExportError(f"cannot write to {target}: {error.strerror or error}") from error
    except BaseException:
        _discard(temporary)
        raise


def _discard(temporary: str) -> None:
    try:
        os.unlink(temporary)
    except FileNotFoundError:
        pass


def keep_beside(path: Path, *parts: bytes) -> None:
    """Write what a later run may reuse (a kept index, kept findings) to
    ``path``, atomically, and only if it can be: a folder we may not write to
    costs the next run the work again, nothing else. Each writer has its own
    temporary file, so two runs at once never mix their bytes."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        with open(temporary, "wb") as handle:
            for part in parts:
                handle.write(part)
        os.replace(temporary, path)
    except OSError:
        with suppress(OSError):  # nothing kept is no failure; a stray part would be
            temporary.unlink(missing_ok=True)
