"""jieba's, pypinyin's, pykakasi's and Kiwi's dictionaries on disk, read a few entries at a time.

jieba answers a question about one term only after loading its whole
dictionary (a second) and, for part-of-speech tags, the tags of every word
(half a second more); pypinyin loads 47k phrases and 42k characters (a
quarter of a second). A suggestion for one term needs a few dozen entries.
So the first use copies those dictionaries and jieba's hidden-Markov tables
into one SQLite file in the user's cache directory, named after the
packages' versions, and every later process asks it for the substrings of
its text alone. :mod:`.segmenter` and :mod:`.pinyin` run the packages' own
algorithms over it; tests hold their answers equal to the packages'. jieba's
words come with every prefix of them at frequency 0, as in jieba's own table,
so that a long text asks only for the pieces jieba's walk would look at.
pykakasi's kanji dictionary (10 MB, half a second to load) is kept by word,
for :mod:`.japanese` to hand pykakasi the words a name holds.
Kiwi's dictionary of 113k proper nouns (half of Kiwi's start) is kept by
word, for :mod:`.morph` to teach a Kiwi without it the names a text holds.
jieba's places and people are kept by their Mandarin spelling in Hangul as
well, for :mod:`.pinyin` to say which a Korean word spells (간쑤: 甘肃).
"""

from __future__ import annotations

import marshal
import os
import sqlite3
import tempfile
import threading
from collections.abc import Iterable
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

LAYOUT = 7
_BATCH = 500  # SQL variables per query


def _package_dir(name: str) -> Path:
    folder = _installed_folder(name)
    assert folder is not None, f"{name} is not installed"
    return folder


def _installed_folder(name: str) -> Path | None:
    """Where an installed package lies, found without importing it."""
    spec = find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def installed_version(name: str) -> str:
    """The version of an installed distribution, read from the name of its
    metadata folder beside the package: importing importlib.metadata would
    cost every start that reads the lexicon 60-100 ms. importlib.metadata
    answers when no such folder is there (an egg, an unusual layout)."""
    folder = _installed_folder(name)
    if folder is not None:
        prefix = f"{name}-"
        with os.scandir(folder.parent) as entries:
            for entry in entries:
                if entry.name.startswith(prefix) and entry.name.endswith(".dist-info"):
                    return entry.name[len(prefix) : -len(".dist-info")]
    from importlib.metadata import version

    return version(name)


def cache_root() -> Path:
    """kozh's cache directory: $KOZH_CACHE_DIR, else the user's."""
    from platformdirs import user_cache_path

    return Path(os.environ.get("KOZH_CACHE_DIR") or user_cache_path("kozh"))


def _cache_files() -> list[Path]:
    """Where the lexicon is kept (:func:`cache_root`), then where it may go
    when that cannot be written."""
    version = installed_version
    name = (f"lexicon-{LAYOUT}-jieba-{version('jieba')}-pypinyin-{version('pypinyin')}"
            f"-pykakasi-{version('pykakasi')}-kiwi-{version('kiwipiepy_model')}.sqlite")
    user = getattr(os, "getuid", lambda: 0)()
    return [cache_root() / name, Path(tempfile.gettempdir()) / f"kozh-{user}" / name]


def _jieba_tables() -> tuple[dict[str, tuple[int, str | None]], dict[str, Any], dict[str, Any]]:
    """jieba's words (frequency, tag), per-character HMM models, and the rest."""
    import jieba.finalseg
    import jieba.posseg

    words: dict[str, tuple[int, str | None]] = {}
    total = 0
    for line in (_package_dir("jieba") / "dict.txt").read_text(encoding="utf-8").splitlines():
        if line.strip():
            word, freq, tag = line.strip().split(" ")
            words[word] = (int(freq), tag)
            total += int(freq)
    chars: dict[str, Any] = {}
    for state, table in jieba.finalseg.emit_P.items():
        for ch, prob in table.items():
            chars.setdefault(ch, ({}, None, {}))[0][state] = prob
    for state, table in jieba.posseg.emit_P.items():
        for ch, prob in table.items():
            chars.setdefault(ch, ({}, None, {}))[2][state] = prob
    for ch, states in jieba.posseg.char_state_tab_P.items():
        seg, _, pos = chars.setdefault(ch, ({}, None, {}))
        chars[ch] = (seg, tuple(states), pos)
    meta = {"total": total, "longest": max(map(len, words)),
            "seg": (jieba.finalseg.start_P, jieba.finalseg.trans_P),
            "pos": (jieba.posseg.start_P, jieba.posseg.trans_P)}
    return words, chars, meta


def _name_spellings(words: dict[str, tuple[int, str | None]], tags: tuple[str, ...]
                    ) -> dict[str, str]:
    """The names of two characters or more jieba's dictionary holds with a
    tag that starts with one of ``tags`` (ns: places; nr: people), by their
    Mandarin reading in Hangul, as :func:`.pinyin.transcribe_mandarin` spells
    it (간쑤 → 甘肃): spelling → the names, space-joined."""
    from pypinyin import lazy_pinyin

    from .transcribe import transcribe_pinyin

    spelt: dict[str, set[str]] = {}
    for word, (_, tag) in words.items():
        if tag and tag.startswith(tags) and len(word) >= 2:
            syllables = [transcribe_pinyin(reading) for reading in lazy_pinyin(word)]
            if all(syllables):
                spelt.setdefault("".join(syllables), set()).add(word)
    return {spelling: " ".join(sorted(names)) for spelling, names in spelt.items()}


def _pinyin_tables() -> tuple[dict[str, str], dict[str, str], str]:
    """pypinyin's phrases and characters, each with the toneless reading
    ``lazy_pinyin`` gives it, and its pattern of characters with a reading."""
    from pypinyin import Style
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT, RE_HANS
    from pypinyin.converter import UltimateConverter

    converter = UltimateConverter()  # as lazy_pinyin makes it, with its defaults
    plain: dict[str, str] = {}

    def toneless(han: str, marked: str) -> str:
        if marked not in plain:
            plain[marked] = converter.convert_style(han, marked, Style.NORMAL, strict=True)
        return plain[marked]

    phrases = {phrase: " ".join(toneless(han, item[0]) for han, item in zip(
        phrase, readings, strict=True)) for phrase, readings in PHRASES_DICT.items()}
    hanzi = {chr(code): toneless(chr(code), readings.split(",")[0])
             for code, readings in PINYIN_DICT.items()}
    return phrases, hanzi, RE_HANS.pattern


def _kanji_tables() -> dict[str, bytes]:
    """pykakasi's kanji dictionary by word: its [(reading, okurigana)], as
    pykakasi's own pickle holds them under the word's first character."""
    import pickle

    from pykakasi.properties import Configurations as settings

    # The package's own file, read as pykakasi.kanji.Kanwa reads it.
    tables: dict[int, Any] = pickle.loads((settings.data_path / settings.jisyo_kanwa)
                                          .read_bytes())
    return {word: marshal.dumps(readings) for table in tables.values()
            for word, readings in table.items()}


def _kiwi_tables() -> tuple[dict[str, tuple[str, float]], list[Any]]:
    """The words of Kiwi's default dictionary (word → tag, score), and its
    pre-analysed forms (form, [(morpheme, tag)], score), read as Kiwi reads
    the file: tab-separated, a missing score is 0, ``#`` starts a comment."""
    words: dict[str, tuple[str, float]] = {}
    analysed: list[Any] = []
    text = (_package_dir("kiwipiepy_model") / "default.dict").read_text(encoding="utf-8")
    for line in text.splitlines():
        fields = line.split("\t")
        if line.startswith("#") or len(fields) < 2:
            continue
        score = float(fields[2]) if len(fields) > 2 and fields[2].strip() else 0.0
        if "/" in fields[1]:  # 했잖 → 하/VV + 었/EP + 잖/EF
            morphemes = [tuple(part.strip().rsplit("/", 1)) for part in fields[1].split("+")]
            analysed.append((fields[0], morphemes, score))
        else:
            words[fields[0]] = (fields[1], score)
    return words, analysed


_SCHEMA = [
    "CREATE TABLE words (word TEXT PRIMARY KEY, freq INTEGER, tag TEXT) WITHOUT ROWID",
    "CREATE TABLE chars (ch TEXT PRIMARY KEY, model BLOB) WITHOUT ROWID",
    "CREATE TABLE phrases (phrase TEXT PRIMARY KEY, pinyin TEXT) WITHOUT ROWID",
    "CREATE TABLE phrase_prefixes (prefix TEXT PRIMARY KEY) WITHOUT ROWID",
    "CREATE TABLE hanzi (ch TEXT PRIMARY KEY, pinyin TEXT) WITHOUT ROWID",
    "CREATE TABLE kanwa (word TEXT PRIMARY KEY, readings BLOB) WITHOUT ROWID",
    "CREATE TABLE kiwi_words (word TEXT PRIMARY KEY, tag TEXT, score REAL) WITHOUT ROWID",
    "CREATE TABLE place_spellings (spelling TEXT PRIMARY KEY, places TEXT) WITHOUT ROWID",
    "CREATE TABLE person_spellings (spelling TEXT PRIMARY KEY, persons TEXT) WITHOUT ROWID",
    "CREATE TABLE meta (model BLOB)",
]


def _build(path: Path) -> None:
    """Copy the dictionaries into ``path`` (once per machine and versions)."""
    words, chars, meta = _jieba_tables()
    phrases, hanzi, meta["hans_pattern"] = _pinyin_tables()
    meta["longest_phrase"] = max(map(len, phrases))
    kiwi_words, meta["kiwi_analysed"] = _kiwi_tables()
    meta["longest_kiwi_word"] = max(map(len, kiwi_words))
    kanji_words = _kanji_tables()
    place_spellings = _name_spellings(words, ("ns",))
    person_spellings = _name_spellings(words, ("nr",))
    meta["longest_kanji_word"] = max(map(len, kanji_words))
    prefixes = {phrase[:end] for phrase in phrases for end in range(1, len(phrase) + 1)}
    # jieba's own table holds every prefix of a word too, at frequency 0: a
    # long text asks for the pieces that go on from a prefix, not all of its
    # substrings (see segmenter._walked).
    words.update({word[:end]: (0, None) for word in list(words)
                  for end in range(1, len(word)) if word[:end] not in words})
    meta["rows"] = {"words": len(words), "chars": len(chars), "phrases": len(phrases),
                    "phrase_prefixes": len(prefixes), "hanzi": len(hanzi),
                    "kiwi_words": len(kiwi_words), "place_spellings": len(place_spellings),
                    "person_spellings": len(person_spellings)}
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(handle)
    try:
        with sqlite3.connect(temporary) as conn:
            for statement in _SCHEMA:
                conn.execute(statement)
            conn.executemany("INSERT INTO words VALUES (?, ?, ?)",
                             ((w, f, t) for w, (f, t) in words.items()))
            conn.executemany("INSERT INTO chars VALUES (?, ?)",
                             ((ch, marshal.dumps(m)) for ch, m in chars.items()))
            conn.executemany("INSERT INTO phrases VALUES (?, ?)", phrases.items())
            conn.executemany("INSERT INTO phrase_prefixes VALUES (?)", ((p,) for p in prefixes))
            conn.executemany("INSERT INTO hanzi VALUES (?, ?)", hanzi.items())
            conn.executemany("INSERT INTO kanwa VALUES (?, ?)", kanji_words.items())
            conn.executemany("INSERT INTO kiwi_words VALUES (?, ?, ?)",
                             ((w, tag, score) for w, (tag, score) in kiwi_words.items()))
            conn.executemany("INSERT INTO place_spellings VALUES (?, ?)", place_spellings.items())
            conn.executemany("INSERT INTO person_spellings VALUES (?, ?)",
                             person_spellings.items())
            conn.execute("INSERT INTO meta VALUES (?)", [marshal.dumps(meta)])
        conn.close()
        os.replace(temporary, path)  # whole or not at all, even with two builders
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _remove_older_layouts(folder: Path) -> None:
    """Lexicons an earlier kozh made in another layout: no kozh reads them
    again, and each holds some 40 MB. (Lexicons of the same layout for other
    package versions stay: another environment may be using them.)"""
    for old in folder.glob("lexicon-*.sqlite"):
        layout = old.name.split("-")[1]
        if layout.isdigit() and int(layout) < LAYOUT:
            try:
                old.unlink()
            except OSError:
                pass  # in use or not ours to remove: it only costs disk space


# Each process's own connection: one opened before a fork must not be used
# in the child (SQLite's rule), so a forked worker opens its own, leaving the
# one it inherited unused and unclosed.
_CONNECTIONS: dict[int, sqlite3.Connection] = {}


def _connection() -> sqlite3.Connection:
    connection = _CONNECTIONS.get(os.getpid())
    if connection is None:
        connection = _CONNECTIONS[os.getpid()] = _open()
    return connection


def _open() -> sqlite3.Connection:
    failure: Exception = OSError("no cache directory")
    for path in _cache_files():
        try:
            if not path.exists():
                _build(path)
                _remove_older_layouts(path.parent)
            return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        except (OSError, sqlite3.Error) as error:
            failure = error
    raise failure


@cache
def meta() -> dict[str, Any]:
    """Totals, bounds and the small tables (HMM starts and transitions)."""
    (blob,) = _connection().execute("SELECT model FROM meta").fetchone()
    found: dict[str, Any] = marshal.loads(blob)
    return found


def substrings(text: str, longest: int, begin: int = 0, end: int | None = None) -> set[str]:
    """Every substring of ``text`` of at most ``longest`` characters (that
    starts between ``begin`` and ``end``)."""
    stop = len(text) if end is None else min(end, len(text))
    return {text[k:i] for k in range(begin, stop)
            for i in range(k + 1, min(len(text), k + longest) + 1)}


_COLUMNS = {"words": ("word", "freq, tag"), "chars": ("ch", "model"),
            "phrases": ("phrase", "pinyin"), "phrase_prefixes": ("prefix", "1"),
            "hanzi": ("ch", "pinyin"), "kanwa": ("word", "readings"),
            "kiwi_words": ("word", "tag, score"), "place_spellings": ("spelling", "places"),
            "person_spellings": ("spelling", "persons")}
# Keys asked once are remembered, found or not: a corpus asks for the same
# words again and again. A process that asks a table often (a check of every
# pair, a batch of suggestions) reads it whole instead, as the package itself
# would have loaded it, once asking has cost what that would have: a query
# costs about QUERY rows read whole and each key it asks KEY more
# (bench/speed's lexicon line). (Counting queries alone read jieba's 349k
# words whole, half a second, for a corpus that asked some 3,000 of them;
# counting keys alone left a check of 300k pairs asking for phrases 6,000
# times.) Never the kanji dictionary: read whole, it would cost more than
# pykakasi's own load; what it remembers is let go past REMEMBERED keys.
QUERY = 50.0
KEY = 4.5
REMEMBERED = 200_000
_NEVER_WHOLE = frozenset({"kanwa"})
_asked: dict[str, float] = {}  # table → what asking it has cost, in rows read whole
_whole: dict[str, dict[str, Any]] = {}
_known: dict[str, dict[str, Any]] = {}  # table → the keys asked that it holds, with their rows
_absent: dict[str, set[str]] = {}  # table → the keys asked that it does not hold


def _rows(table: str, sql: str, params: list[str]) -> dict[str, Any]:
    rows = _connection().execute(sql, params)
    if table in ("words", "kiwi_words"):  # the tables with two columns besides their key
        return {word: (first, second) for word, first, second in rows}
    found: dict[str, Any] = dict(rows)
    if table in ("chars", "kanwa"):
        found = {ch: marshal.loads(blob) for ch, blob in found.items()}
    return found


_LOCK = threading.Lock()  # a Dask worker may mine in several threads over one connection


def whole(table: str) -> dict[str, Any]:
    """All of ``table`` (not the kanji tables), read once per process: for a
    text so long that asking for its substrings would cost more."""
    with _LOCK:
        return _whole.get(table) or _read_whole(table)


def _read_whole(table: str) -> dict[str, Any]:
    key, rest = _COLUMNS[table]
    found = _whole[table] = _rows(table, f"SELECT {key}, {rest} FROM {table}", [])
    return found


def fetch(table: str, keys: Iterable[str]) -> dict[str, Any]:
    """Rows of ``table`` (words, chars, phrases, phrase_prefixes, hanzi, kanwa,
    kiwi_words, place_spellings, person_spellings) for those of ``keys`` it
    holds: key → the rest of the row."""
    with _LOCK:
        return _fetch(table, keys)


def starting_with(table: str, prefix: str) -> dict[str, Any]:
    """Rows of ``table`` whose key starts with ``prefix`` (a character's
    words), from the key's index."""
    key, rest = _COLUMNS[table]
    after = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    with _LOCK:
        return _rows(table, f"SELECT {key}, {rest} FROM {table} WHERE {key} >= ? AND {key} < ?",
                     [prefix, after])


def _fetch(table: str, keys: Iterable[str]) -> dict[str, Any]:
    whole = _whole.get(table)
    if whole is not None:
        return {k: whole[k] for k in keys if k in whole}
    known, absent = _known.setdefault(table, {}), _absent.setdefault(table, set())
    asked = set(keys)
    # Not ``asked - known.keys()``: a set minus a dict's keys walks the whole dict.
    wanted = sorted(k for k in asked if k not in known and k not in absent)
    if table in _NEVER_WHOLE:
        if len(known) + len(absent) > REMEMBERED:
            known.clear()
            absent.clear()
    else:
        _asked[table] = _asked.get(table, 0.0) + (QUERY + KEY * len(wanted) if wanted else 0.0)
        if _asked[table] > meta()["rows"][table]:
            whole = _read_whole(table)
            del _known[table], _absent[table]
            return {k: whole[k] for k in asked if k in whole}
    key, rest = _COLUMNS[table]
    for begin in range(0, len(wanted), _BATCH):
        batch = wanted[begin : begin + _BATCH]
        marks = ",".join("?" * len(batch))
        known.update(_rows(table, f"SELECT {key}, {rest} FROM {table} WHERE {key} IN ({marks})",
                           batch))
    absent.update(k for k in wanted if k not in known)
    return {k: known[k] for k in asked if k in known}
