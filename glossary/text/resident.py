"""A Kiwi kept running between commands, so that ``kozh annotate`` does not
start one every time.

Starting Kiwi costs about a second in every process (loading its model, then
building its tables on the first analysis), more than the rest of annotating
a 20 KB document against a termbase of 300k pairs. So a command that needs
Kiwi and finds no resident analyser starts one in the background and
analyses its own words as before; later commands send their words over a
Unix socket in a folder of the user's own (:func:`runtime_dir`) and get the
same analyses back (tests hold them equal to a Kiwi of their own).

``kozh mine`` asks it as well while it mines a little (an article's few
closed-word tests, with the Kiwi without proper nouns: :func:`.morph.use_resident`).
The resident analyser answers nothing but that: words in, each word's
morphemes as (tag, start) out. It stops after :data:`IDLE` seconds without
a question, when its socket is removed or taken by another, or when asked
(:func:`stop`). Its socket's name holds Kiwi's version and a stamp of this
code, so a changed install starts a new one. Whoever cannot reach it
(no Unix sockets, a path too long for one, a helper that died or answers
nonsense) analyses locally: the resident analyser only ever saves time.

Set ``KOZH_RESIDENT=0`` (or pass ``--no-resident``) to never start one.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import sys
import tempfile
import time
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from . import kiwis, lexicon
from .kiwis import Analysis

PROTOCOL = 2  # 2: asks which words Kiwi knows whole ("known")
IDLE = 600.0  # seconds without a question before the resident analyser stops
_POLL = 2.0  # how often it looks whether its socket is still its own
_CONNECT = 0.5  # seconds to wait for a connection; a live analyser accepts at once
_ANSWER = 10.0  # seconds to wait for analyses (a starting analyser loads Kiwi first)
_PER_WORD = 1e-4  # and more for a long text's words (Kiwi takes some 10 µs a word)
_MAX_PATH = 100  # a Unix socket's path must fit in 108 bytes
_STARTING = 30.0  # seconds a started analyser has to take its socket before another is started


def socket_path() -> Path | None:
    """Where the resident analyser for this install listens, or None when
    this system cannot have one."""
    if not hasattr(socket, "AF_UNIX") or not hasattr(os, "posix_spawn"):
        return None
    path = runtime_dir() / f"resident-{_stamp()}.sock"
    return path if len(os.fsencode(path)) <= _MAX_PATH else None


@cache
def _stamp() -> str:
    """This install's: Kiwi's versions, where this code lies and when it and
    the Kiwis' making last changed (worked out once: a mining process may ask
    fifty times)."""
    here = Path(__file__).resolve()
    made = here.with_name("kiwis.py")  # how its Kiwis are made
    return hashlib.sha256(repr((
        PROTOCOL, lexicon.installed_version("kiwipiepy"),
        lexicon.installed_version("kiwipiepy_model"), str(here),
        here.stat().st_mtime_ns, made.stat().st_mtime_ns)).encode()).hexdigest()[:16]


def runtime_dir() -> Path:
    """Where the resident analyser's socket lies: one per user and install,
    whatever cache directory a command uses (a test suite giving each run its
    own would otherwise start one analyser, and hold its memory, per run).
    $XDG_RUNTIME_DIR/kozh, else kozh-UID in the temporary directory."""
    base = os.environ.get("XDG_RUNTIME_DIR")
    return Path(base) / "kozh" if base else Path(tempfile.gettempdir()) / f"kozh-{os.getuid()}"


def _private(folder: Path) -> bool:
    """Is ``folder`` ours, and nobody else's to write in? A shared temporary
    directory may hold one of that name that another user made."""
    try:
        found = folder.stat()
    except OSError:
        return False
    return found.st_uid == os.getuid() and not found.st_mode & 0o022


# The Kiwis it keeps: the whole one (:func:`.kiwis.kiwi`, for annotation) and
# the one without proper nouns (:func:`.kiwis.plain_kiwi`, for mining's
# closed-word test), each made on first request.
KIWIS = ("whole", "plain")


def analyses(words: Sequence[str], kiwi: str = "whole") -> list[Analysis] | None:
    """The resident analyser's analyses of ``words`` by its ``kiwi`` (one of
    :data:`KIWIS`); None when there is none to ask (one is then started for
    the next command) or it failed."""
    found = _answered(words, kiwi, "analyses")
    if found is None:
        return None
    try:
        return [tuple((str(tag), int(at)) for tag, at in word) for word in found]
    except (TypeError, ValueError):
        return None


def known_tags(words: Sequence[str], kiwi: str = "whole") -> list[str] | None:
    """The resident analyser's :func:`.kiwis.known_tags` of ``words`` by its
    ``kiwi``; None as :func:`analyses` gives it."""
    found = _answered(words, kiwi, "known")
    return None if found is None else [str(tag) for tag in found]


def _answered(words: Sequence[str], kiwi: str, asked: str) -> list[Any] | None:
    """The resident analyser's answer to what is ``asked`` of ``words``: their
    ``analyses``, or the ``known`` tags of the words Kiwi knows whole; an
    item a word, or None when there is none to ask (one is then started) or
    the answer is no such list."""
    path = socket_path()
    if path is None:
        return None
    request: dict[str, Any] = {"words": list(words), "kiwi": kiwi, "known": asked == "known"}
    answer = _ask(path, request)
    if answer is None:
        start(path, kiwi)
        return None
    found = answer.get(asked)
    return found if isinstance(found, list) and len(found) == len(words) else None


def start(path: Path, kiwi: str = "whole") -> None:
    """Start a resident analyser at ``path`` in the background, detached from
    this process's terminal and output (a caller reading our output to its
    end must not wait for it), ready with its ``kiwi``. Commands run in quick
    succession start one between them: the first leaves a mark the others
    respect while the analyser starts."""
    if not sys.executable:
        return  # an embedded interpreter: nothing to start the analyser with
    mark = _starting_mark(path)
    try:
        if time.time() - mark.stat().st_mtime < _STARTING:
            return
    except OSError:
        pass  # no mark: nobody is starting one
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not _private(path.parent):
            return  # not ours alone: no resident analyser
        mark.touch()
    except OSError:
        return  # a folder we cannot write: no resident analyser, nothing lost
    package_root = str(Path(__file__).resolve().parents[2])
    env = {**os.environ,
           "PYTHONPATH": os.pathsep.join(filter(None, [package_root,
                                                       os.environ.get("PYTHONPATH")]))}
    # posix_spawn, not Popen: nobody waits for this child, and a Popen never
    # waited for warns when collected. Its own session, its standard streams
    # /dev/null, no other descriptor inherited (Python's are not inheritable).
    quiet = [(os.POSIX_SPAWN_OPEN, fd, os.devnull, os.O_RDWR, 0) for fd in (0, 1, 2)]
    try:
        os.posix_spawn(sys.executable, [sys.executable, "-m", "glossary.text.resident",
                                        str(path), kiwi], env, file_actions=quiet, setsid=True)
    except OSError:
        pass  # no resident analyser: every command analyses locally, as before


def stop(path: Path | None = None) -> bool:
    """Ask the resident analyser to stop; whether one answered."""
    path = path or socket_path()
    return path is not None and _ask(path, {"stop": True}) is not None


def _ask(path: Path, request: dict[str, Any]) -> dict[str, Any] | None:
    try:
        if path.stat().st_uid != os.getuid() or not _private(path.parent):
            return None  # not ours: in a shared folder, another user may have put it there
    except OSError:
        return None
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(_CONNECT)
            client.connect(str(path))
            client.settimeout(_ANSWER + _PER_WORD * len(request.get("words", ())))
            client.sendall(json.dumps(request, ensure_ascii=False).encode() + b"\n")
            with client.makefile("rb") as replies:
                answer = json.loads(replies.readline())
    except (OSError, ValueError):
        return None
    return answer if isinstance(answer, dict) else None


def serve(path: Path, idle: float = IDLE, ready: str = "whole") -> None:
    """Answer analysis requests at ``path`` until idle, displaced or stopped,
    with the ``ready`` Kiwi made before the first.

    The socket is bound under a private name and renamed into place, so a
    client never finds a half-made one; of two analysers started at once,
    the one whose socket was replaced notices and stops."""
    own = path.with_name(f"{path.name}.{os.getpid()}")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        own.unlink(missing_ok=True)
        old_mask = os.umask(0o177)  # the socket is its user's alone
        try:
            server.bind(str(own))
        finally:
            os.umask(old_mask)
        server.listen(16)
        os.replace(own, path)
        identity = path.stat().st_ino
        _starting_mark(path).unlink(missing_ok=True)
        try:
            _answer_until_done(server, path, identity, idle, ready)
        finally:
            if _still_ours(path, identity):
                path.unlink(missing_ok=True)


def _answer_until_done(server: socket.socket, path: Path, identity: int, idle: float,
                       ready: str) -> None:
    _analyser(ready).tokenize("가")  # Kiwi builds its tables on the first analysis
    server.settimeout(_POLL)
    last = time.monotonic()
    while True:
        try:
            conn, _ = server.accept()
        except TimeoutError:
            if time.monotonic() - last > idle or not _still_ours(path, identity):
                return
            continue
        with conn:
            if not _answer(conn):
                return
        last = time.monotonic()


def _analyser(which: str) -> Any:
    return kiwis.plain_kiwi() if which == "plain" else kiwis.kiwi()


def _answer(conn: socket.socket) -> bool:
    """Answer one request; False when it asked to stop."""
    conn.settimeout(_ANSWER)
    try:
        with conn.makefile("rb") as requests:
            request = json.loads(requests.readline())
        if request.get("stop"):
            conn.sendall(b'{"stopped": true}\n')
            return False
        words = [str(word) for word in request["words"]]
        analyser = _analyser(str(request.get("kiwi", "whole")))
        answer = {"known": kiwis.known_tags(analyser, words)} if request.get("known") \
            else {"analyses": kiwis.analyse(analyser, words)}
        conn.sendall(json.dumps(answer, ensure_ascii=False).encode() + b"\n")
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass  # a broken request costs its sender a local analysis, nothing more
    return True


def _starting_mark(path: Path) -> Path:
    return path.with_name(f"{path.name}.starting")


def _still_ours(path: Path, identity: int) -> bool:
    try:
        return path.stat().st_ino == identity
    except OSError:
        return False


if __name__ == "__main__":
    os.chdir(Path(sys.argv[1]).parent)  # hold no directory of whoever started it
    serve(Path(sys.argv[1]), ready=sys.argv[2] if len(sys.argv) > 2 else "whole")
