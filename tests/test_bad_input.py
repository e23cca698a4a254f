"""Nothing lost, no traceback, no hang: the ordinary mistakes and hostile
files people make and receive, tried on every command.

Each case runs one command against a termbase and an earlier export, and
checks the exit code, the one-line message, and that the termbase and the
export are byte for byte what they were.
"""

from __future__ import annotations

import lzma
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import cli
from db import Termbase
from glossary import mine_document

GOOD = "상하이(上海)와 베이징(北京)을 거쳐 선전(深圳)에 갔다.\n"
TSV_HEAD = "zh_hans\tzh_hant\tko\tkind\tcount\tconfidence\n"
TBX_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<tbx type="TBX-Basic" style="dca" '
            'xml:lang="ko" xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader><fileDesc>'
            '<sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader><text><body>')
TBX_TAIL = "</body></text></tbx>"


def tbx_entry(note: str) -> str:
    return (f'<conceptEntry id="c1"><langSec xml:lang="ko"><termSec><term>난징</term>'
            f"<note>{note}</note></termSec></langSec><langSec xml:lang=\"zh-Hans\"><termSec>"
            "<term>南京</term></termSec></langSec></conceptEntry>")


@dataclass
class Case:
    id: str
    args: list[str]  # {db}, {out} and {tmp} are filled in
    message: str
    files: dict[str, bytes | str] | None = None
    code: int = 1
    setup: Callable[[Path], None] | None = None
    stdin: bytes | None = None
    env: dict[str, str] | None = None


def corrupt(tmp: Path) -> None:
    data = (tmp / "t.db").read_bytes()
    (tmp / "t.db").write_bytes(data[:100] + b"\x00" * 4096 + data[4196:])


def from_the_future(tmp: Path) -> None:
    conn = sqlite3.connect(tmp / "t.db")
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                 " VALUES ('kozh', 'm999_later', '2030-01-01')")
    conn.commit()
    conn.close()


def foreign(tmp: Path) -> None:
    conn = sqlite3.connect(tmp / "other.db")
    conn.execute("CREATE TABLE notes (본문 TEXT)")
    conn.execute("INSERT INTO notes VALUES ('上海 메모')")
    conn.commit()
    conn.close()


def read_only(tmp: Path) -> None:
    os.chmod(tmp / "t.db", 0o444)


CASES = [
    # -- data loss -----------------------------------------------------------------
    Case("export-over-termbase", ["export", "--db", "{db}", "-o", "{db}"], "is the termbase"),
    Case("export-over-wal", ["export", "--db", "{db}", "-o", "{db}-wal"], "is the termbase"),
    Case("export-over-termbase-other-spelling",
         ["export", "--db", "{db}", "-o", "{tmp}/./t.db"], "is the termbase"),
    Case("export-into-missing-folder", ["export", "--db", "{db}", "-o", "{tmp}/없음/x.tsv"],
         "does not exist"),
    Case("export-onto-a-folder", ["export", "--db", "{db}", "-o", "{tmp}"], "is a directory"),
    Case("export-fails-late-keeps-old-output",
         ["export", "--db", "{tmp}/tab.db", "--format", "omegat", "-o", "{out}"],
         "tab or newline", setup=lambda tmp: _termbase_with_a_tab(tmp)),
    # -- imports that would be wrong: refused with file, line and column -------------
    Case("csv-stray-quote", ["import", "--db", "{db}", "{tmp}/q.csv"],
         "q.csv:3: unexpected end of data",
         {"q.csv": 'zh_hans,ko\n上海,상하이\n"北京,베이징\n深圳,선전\n'}),
    Case("csv-quote-inside-field", ["import", "--db", "{db}", "{tmp}/q.csv"], "q.csv:2",
         {"q.csv": 'zh_hans,ko\n"上海"x,상하이\n'}),
    Case("csv-too-few-columns", ["import", "--db", "{db}", "{tmp}/c.csv"],
         "c.csv:3: expected 3 columns, found 2",
         {"c.csv": "zh_hans,ko,count\n上海,상하이,2\n北京,베이징\n"}),
    Case("csv-too-many-columns", ["import", "--db", "{db}", "{tmp}/c.csv"],
         "c.csv:2: expected 2 columns, found 3", {"c.csv": "zh_hans,ko\n上海,상하이,덤\n"}),
    Case("csv-count-zero", ["import", "--db", "{db}", "{tmp}/c.csv"], "c.csv:2:3: count",
         {"c.csv": "zh_hans,ko,count\n上海,상하이,0\n"}),
    Case("csv-count-huge", ["import", "--db", "{db}", "{tmp}/c.csv"], "c.csv:2:3: count",
         {"c.csv": "zh_hans,ko,count\n上海,상하이,9223372036854775807\n"}),
    Case("csv-confidence-over-one", ["import", "--db", "{db}", "{tmp}/c.csv"],
         "c.csv:2:3: confidence", {"c.csv": "zh_hans,ko,confidence\n上海,상하이,1.5\n"}),
    Case("csv-confidence-nan", ["import", "--db", "{db}", "{tmp}/c.csv"],
         "c.csv:2:3: confidence", {"c.csv": "zh_hans,ko,confidence\n上海,상하이,nan\n"}),
    Case("csv-unknown-kind", ["import", "--db", "{db}", "{tmp}/c.csv"], "c.csv:2:3: unknown kind",
         {"c.csv": "zh_hans,ko,kind\n上海,상하이,guess\n"}),
    Case("csv-no-chinese-column", ["import", "--db", "{db}", "{tmp}/c.csv"],
         "c.csv:1: a header needs", {"c.csv": "한국어,영어\n상하이,Shanghai\n"}),
    Case("csv-empty-chinese", ["import", "--db", "{db}", "{tmp}/c.csv"], "Chinese term is empty",
         {"c.csv": "zh_hans,ko\n,상하이\n"}),
    Case("tsv-count-max-int", ["import", "--db", "{db}", "{tmp}/b.tsv"],
         "b.tsv:2:5: count must be a whole number",
         {"b.tsv": TSV_HEAD + "上海\t上海\t상하이\ttransliteration\t9223372036854775807\t0.9\n"}),
    Case("tsv-count-negative", ["import", "--db", "{db}", "{tmp}/b.tsv"], "b.tsv:3:5: count",
         {"b.tsv": TSV_HEAD + "北京\t北京\t베이징\tsino-korean\t1\t0.9\n"
                   "上海\t上海\t상하이\ttransliteration\t-5\t0.9\n"}),
    Case("tsv-count-not-a-number", ["import", "--db", "{db}", "{tmp}/b.tsv"], "b.tsv:2:5",
         {"b.tsv": TSV_HEAD + "上海\t上海\t상하이\ttransliteration\tNaN\t0.9\n"}),
    Case("tsv-count-fraction", ["import", "--db", "{db}", "{tmp}/b.tsv"], "b.tsv:2:5",
         {"b.tsv": TSV_HEAD + "上海\t上海\t상하이\ttransliteration\t2.5\t0.9\n"}),
    Case("tsv-confidence-negative", ["import", "--db", "{db}", "{tmp}/b.tsv"],
         "b.tsv:2:6: confidence",
         {"b.tsv": TSV_HEAD + "上海\t上海\t상하이\ttransliteration\t1\t-0.1\n"}),
    Case("tsv-confidence-infinite", ["import", "--db", "{db}", "{tmp}/b.tsv"], "b.tsv:2:6",
         {"b.tsv": TSV_HEAD + "上海\t上海\t상하이\ttransliteration\t1\tinf\n"}),
    Case("tsv-unknown-kind", ["import", "--db", "{db}", "{tmp}/b.tsv"], "b.tsv:2:4: unknown kind",
         {"b.tsv": TSV_HEAD + "上海\t上海\t상하이\tnickname\t1\t0.9\n"}),
    Case("tsv-wrong-columns", ["import", "--db", "{db}", "{tmp}/b.tsv"],
         "b.tsv:2: expected 6 columns, found 4", {"b.tsv": TSV_HEAD + "上海\t上海\t상하이\t1\n"}),
    Case("tsv-empty-korean", ["import", "--db", "{db}", "{tmp}/b.tsv"], "b.tsv:2:3: ko is empty",
         {"b.tsv": TSV_HEAD + "上海\t上海\t \ttransliteration\t1\t0.9\n"}),
    Case("tsv-control-character", ["import", "--db", "{db}", "{tmp}/b.tsv"],
         "control character",
         {"b.tsv": TSV_HEAD + "上海\t上海\t상\x07하이\ttransliteration\t1\t0.9\n"}),
    Case("tsv-missing-header", ["import", "--db", "{db}", "--format", "tsv", "{tmp}/b.tsv"],
         "b.tsv:1: a kozh TSV header", {"b.tsv": "上海\t상하이\n"}),
    Case("jsonl-not-json", ["import", "--db", "{db}", "{tmp}/e.jsonl"], "e.jsonl:2: not JSON",
         {"e.jsonl": '{"zh_hans": "北京", "renderings": [{"ko": "베이징"}]}\n{"zh_hans": \n'}),
    Case("jsonl-not-an-object", ["import", "--db", "{db}", "--format", "jsonl", "{tmp}/e.jsonl"],
         "e.jsonl:1", {"e.jsonl": '["上海", "상하이"]\n'}),
    Case("jsonl-count-negative", ["import", "--db", "{db}", "{tmp}/e.jsonl"], "e.jsonl:1: count",
         {"e.jsonl": '{"zh_hans": "上海", "renderings": [{"ko": "상하이", "count": -5}]}\n'}),
    Case("jsonl-count-true", ["import", "--db", "{db}", "{tmp}/e.jsonl"], "e.jsonl:1: count",
         {"e.jsonl": '{"zh_hans": "上海", "renderings": [{"ko": "상하이", "count": true}]}\n'}),
    Case("jsonl-confidence-seven", ["import", "--db", "{db}", "{tmp}/e.jsonl"], "confidence",
         {"e.jsonl": '{"zh_hans": "上海", "renderings": [{"ko": "상하이", "confidence": 7}]}\n'}),
    Case("jsonl-korean-not-text", ["import", "--db", "{db}", "{tmp}/e.jsonl"], "ko must be text",
         {"e.jsonl": '{"zh_hans": "上海", "renderings": [{"ko": 3}]}\n'}),
    Case("jsonl-bad-sources", ["import", "--db", "{db}", "{tmp}/e.jsonl"], "sources must be",
         {"e.jsonl": '{"zh_hans": "上海", "renderings": [{"ko": "상하이", "sources": [1]}]}\n'}),
    Case("tbx-dtd", ["import", "--db", "{db}", "{tmp}/x.tbx"], "DTD or entity",
         {"x.tbx": '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "상하이">]><x>&a;</x>'}),
    Case("tbx-entity-utf16", ["import", "--db", "{db}", "{tmp}/x.tbx"], "DTD or entity",
         {"x.tbx": '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x><x/>'
          .encode("utf-16")}),
    Case("tbx-malformed", ["import", "--db", "{db}", "{tmp}/x.tbx"], "malformed XML",
         {"x.tbx": TBX_HEAD + tbx_entry("kind: latin") + "<conceptEntry>"}),
    Case("tbx-too-deep", ["import", "--db", "{db}", "{tmp}/x.tbx"], "nested deeper than 64",
         {"x.tbx": "<a>" * 100 + "상하이" + "</a>" * 100}),
    Case("tbx-count-in-note", ["import", "--db", "{db}", "{tmp}/x.tbx"], "x.tbx: entry 1: count",
         {"x.tbx": TBX_HEAD + tbx_entry("kind: transliteration; count: 99999999999") + TBX_TAIL}),
    Case("tbx-kind-in-note", ["import", "--db", "{db}", "{tmp}/x.tbx"], "unknown kind",
         {"x.tbx": TBX_HEAD + tbx_entry("kind: rumour; count: 2") + TBX_TAIL}),
    Case("import-not-utf8", ["import", "--db", "{db}", "--format", "omegat", "{tmp}/g.txt"],
         "not valid utf-8 at byte 0, line 1 (", {"g.txt": "상하이\t上海\n".encode("cp949")}),
    Case("import-empty", ["import", "--db", "{db}", "{tmp}/g.txt"], "empty file", {"g.txt": ""}),
    # UTF-16 without its byte order mark: refused, with the encoding that reads it
    Case("import-utf16-without-bom", ["import", "--db", "{db}", "{tmp}/g.tsv"],
         "without a byte order mark: name its encoding (kozh import --encoding utf-16-le)",
         {"g.tsv": "난징\t南京\n".encode("utf-16-le")}),
    Case("import-two-columns-without-chinese", ["import", "--db", "{db}", "{tmp}/g.txt"],
         "g.txt:1: no Chinese term", {"g.txt": "상하이\t서울\n"}),
    Case("import-two-columns-unclear", ["import", "--db", "{db}", "{tmp}/g.txt"],
         "g.txt:1: cannot tell the Chinese column", {"g.txt": "關松齋\t관솔齋\n"}),
    Case("import-row-without-chinese", ["import", "--db", "{db}", "{tmp}/g.tsv"],
         "g.tsv:3: no Chinese term: neither 'abc' nor '서울' holds",
         {"g.tsv": "zh\tko\n上海\t상하이\nabc\t서울\n"}),
    Case("import-missing", ["import", "--db", "{db}", "{tmp}/없는.tbx"], "no such file"),
    # -- the termbase ----------------------------------------------------------------
    Case("db-corrupted", ["lookup", "--db", "{db}", "上海"], "malformed", setup=corrupt),
    Case("db-corrupted-mine", ["mine", "--db", "{db}", "{tmp}/a.txt"], "malformed",
         {"a.txt": GOOD}, setup=corrupt),
    Case("db-not-sqlite", ["stats", "--db", "{tmp}/junk.db"], "not a database",
         {"junk.db": "이건 데이터베이스가 아니다 " * 100}),
    Case("db-truncated", ["export", "--db", "{tmp}/half.db"], "half.db",
         setup=lambda tmp: (tmp / "half.db").write_bytes((tmp / "t.db").read_bytes()[:1500])),
    Case("db-newer-schema", ["lookup", "--db", "{db}", "上海"], "newer kozh",
         setup=from_the_future),
    Case("db-newer-schema-mine", ["mine", "--db", "{db}", "{tmp}/a.txt"], "newer kozh",
         {"a.txt": GOOD}, setup=from_the_future),
    Case("db-is-a-directory", ["mine", "--db", "{tmp}", "{tmp}/a.txt"], "is a directory",
         {"a.txt": GOOD}),
    Case("db-missing-for-lookup", ["lookup", "--db", "{tmp}/없음.db", "上海"], "kozh mine"),
    Case("db-folder-missing", ["mine", "--db", "{tmp}/없음/t.db", "{tmp}/a.txt"],
         "directory does not exist", {"a.txt": GOOD}),
    Case("db-read-only-file", ["mine", "--db", "{db}", "{tmp}/a.txt"], "is read-only",
         {"a.txt": "난징(南京)에 갔다.\n"}, setup=read_only),
    Case("db-foreign-write", ["mine", "--db", "{tmp}/other.db", "{tmp}/a.txt"],
         "not a kozh termbase (use --force", {"a.txt": GOOD}, setup=foreign),
    Case("db-foreign-read", ["lookup", "--db", "{tmp}/other.db", "上海"], "not a kozh termbase",
         setup=foreign),
    Case("db-foreign-export", ["export", "--db", "{tmp}/other.db"], "not a kozh termbase",
         setup=foreign),
    Case("db-foreign-merge", ["merge", "--db", "{db}", "{tmp}/other.db"], "not a kozh termbase",
         setup=foreign),
    Case("merge-into-itself", ["merge", "--db", "{db}", "{db}"], "this termbase"),
    Case("merge-missing", ["merge", "--db", "{db}", "{tmp}/없음.db"], "no termbase at"),
    # -- inputs to mine and the aids ---------------------------------------------------
    Case("mine-binary", ["mine", "--db", "{db}", "{tmp}/x.txt"], "looks binary",
         {"x.txt": b"\x89PNG\x00\x00IHDR"}),
    Case("mine-empty", ["mine", "--db", "{db}", "{tmp}/x.txt"], "empty file", {"x.txt": ""}),
    # a compressed file that is not, or is cut short
    Case("mine-not-gzip", ["mine", "--db", "{db}", "{tmp}/x.txt.gz"],
         "x.txt.gz: cannot read (Not a gzipped file", {"x.txt.gz": "난징(南京)에 갔다."}),
    Case("mine-xz-cut-short", ["mine", "--db", "{db}", "{tmp}/x.txt.xz"],
         "x.txt.xz: cannot read (Compressed file ended",
         {"x.txt.xz": lzma.compress("난징(南京)에 갔다.\n".encode())[:30]}),
    # NUL bytes that are UTF-16 text without its byte order mark: the encoding to name
    Case("mine-utf16-without-bom", ["mine", "--db", "{db}", "{tmp}/x.txt"],
         "looks binary (NUL byte at offset 4); if it is UTF-16 text without a byte order"
         " mark, name its encoding: --encoding utf-16-be",
         {"x.txt": "난징(南京)에 갔다.\n".encode("utf-16-be")}),
    Case("mine-undecodable-stops-all", ["mine", "--db", "{db}", "{tmp}/a.txt", "{tmp}/x.txt"],
         "x.txt: not valid utf-8 at byte 14",
         {"a.txt": "난징(南京)에 갔다.\n", "x.txt": "난징(南京)".encode() + b"\xff"}),
    Case("mine-unknown-encoding", ["mine", "--db", "{db}", "--encoding", "klingon",
                                   "{tmp}/a.txt"], "unknown encoding", {"a.txt": GOOD}),
    Case("mine-missing", ["mine", "--db", "{db}", "{tmp}/없음.txt"], "no such file"),
    Case("mine-folder-without-text", ["mine", "--db", "{db}", "{tmp}/사진"], "no .txt, .md",
         setup=lambda tmp: (tmp / "사진").mkdir()),
    Case("mine-stdin-empty", ["mine", "--db", "{db}", "-"], "empty file", stdin=b""),
    Case("mine-jsonl-without-dry-run", ["mine", "--db", "{db}", "--format", "jsonl", "x"],
         "--dry-run", code=2),
    Case("lookup-many-particles", ["lookup", "--db", "{db}", "마윈" + "은" * 600], "no entry for"),
    Case("lookup-bad-limit", ["lookup", "--db", "{db}", "--limit", "0", "上海"], "--limit",
         code=2),
    Case("lookup-blank", ["lookup", "--db", "{db}", " \u3000"], "not blank", code=2),
    Case("suggest-too-long", ["suggest", "--db", "{db}", "中" * 1000], "at most 64 characters"),
    Case("suggest-blank", ["suggest", "--db", "{db}", "--json", " \u3000"], "not blank", code=2),
    Case("approve-blank", ["approve", "--db", "{db}", "", " "], "not blank", code=2),
    Case("delete-blank", ["delete", "--db", "{db}", "\u3000"], "not blank", code=2),
    Case("annotate-missing", ["annotate", "--db", "{db}", "{tmp}/없음.txt"], "no such file"),
    Case("annotate-binary", ["annotate", "--db", "{db}", "{tmp}/x.txt"], "looks binary",
         {"x.txt": b"\x00\x01\x02"}),
    Case("check-text-undecodable", ["check", "--db", "{db}", "--text", "{tmp}/x.txt"],
         "not valid utf-8", {"x.txt": b"\xc3\x28"}),
    Case("export-unknown-format", ["export", "--db", "{db}", "--format", "xlsx"], "xlsx",
         code=2),
    Case("export-min-count-zero", ["export", "--db", "{db}", "--min-count", "0"],
         "--min-count", code=2),
    Case("locked-termbase", ["mine", "--db", "{db}", "{tmp}/a.txt"], "database is locked",
         {"a.txt": "난징(南京)에 갔다.\n"}, env={"KOZH_BUSY_TIMEOUT": "200"}),
]


def _termbase_with_a_tab(tmp: Path) -> None:
    with Termbase(tmp / "tab.db") as tb:
        tb.add_mined(mine_document("베이징(北京)에 갔다.", "a.txt"))
        tb.conn.execute("UPDATE renderings SET ko = '베이\tx'")
    (tmp / "out.tsv").write_text("이전 내보내기\t以前\n", encoding="utf-8")


def test_there_are_at_least_sixty_cases() -> None:
    assert len(CASES) >= 60
    assert len({case.id for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_refused_cleanly_and_nothing_changes(case: Case, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    db, out = tmp_path / "t.db", tmp_path / "out.tsv"
    with Termbase(db) as tb:
        tb.add_mined(mine_document(GOOD, "good.txt"))
    out.write_text("이전 내보내기\t以前\n", encoding="utf-8")
    for name, content in (case.files or {}).items():
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    if case.setup:
        case.setup(tmp_path)
    for key, value in (case.env or {}).items():
        monkeypatch.setenv(key, value)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    args = [a.format(db=db, out=out, tmp=tmp_path) for a in case.args]
    holder = None
    if case.id == "locked-termbase":
        holder = sqlite3.connect(db, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
    try:
        result = CliRunner().invoke(cli, args, input=case.stdin)
    finally:
        if holder:
            holder.execute("ROLLBACK")
            holder.close()
    assert result.exit_code == case.code, (result.stdout, result.stderr, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.stderr
    assert case.message in result.stderr
    if case.code == 1:
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    # The termbase, the old export, every input: as they were. A read-only
    # connection to a WAL termbase may leave SQLite's own (empty) sidecars.
    assert {name: after[name] for name in before} == before
    new = {name: data for name, data in after.items() if name not in before}
    assert all(name.endswith(("-shm", "-wal")) for name in new), sorted(new)
    assert all(not data for name, data in new.items() if name.endswith("-wal"))


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    (tmp_path / "junk.db").write_text("쓰레기", encoding="utf-8")
    plain = CliRunner().invoke(cli, ["lookup", "--db", str(tmp_path / "junk.db"), "上海"])
    assert "Traceback" not in plain.stderr and plain.exit_code == 1
    debug = subprocess.run([sys.executable, "-m", "glossary", "--debug", "lookup", "--db",
                            str(tmp_path / "junk.db"), "上海"], capture_output=True, text=True,
                           encoding="utf-8")
    assert debug.returncode == 1 and "Traceback" in debug.stderr
    env = {**os.environ, "KOZH_DEBUG": "1"}
    again = subprocess.run([sys.executable, "-m", "glossary", "stats", "--db",
                            str(tmp_path / "junk.db")], capture_output=True, text=True,
                           encoding="utf-8", env=env)
    assert "TermbaseError" in again.stderr


# -- document identity -------------------------------------------------------------------

def test_one_file_through_every_path_is_one_document(tmp_path: Path, runner: CliRunner,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "a.txt")
    monkeypatch.chdir(tmp_path)
    db = str(tmp_path / "t.db")
    for given in ("a.txt", "./a.txt", str(tmp_path / "a.txt"), "link.txt", "../"
                  + tmp_path.name + "/a.txt"):
        assert runner.invoke(cli, ["mine", "--db", db, given]).exit_code == 0
    with Termbase(db) as tb:
        assert tb.stats().documents == 1
        assert tb.lookup("上海")[0].preferred.count == 1


def test_a_folder_is_walked_as_its_files_are_named(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder's files, in its subfolders too and through a link to a file,
    are the documents their own paths name (a link to a folder is not
    followed: its files would be read twice); a folder reached through a
    linked folder gives the same ids as through its own path."""
    from glossary.ingest import read_documents
    real = tmp_path / "기사" / "중국"
    real.mkdir(parents=True)
    (real / "상하이.txt").write_text("상하이(上海)는 크다.", encoding="utf-8")
    (tmp_path / "기사" / "베이징.md").write_text("베이징(北京)은 수도다.", encoding="utf-8")
    (tmp_path / "기사" / "링크.txt").symlink_to(real / "상하이.txt")
    (tmp_path / "기사" / "연결").symlink_to(real, target_is_directory=True)
    (tmp_path / "기사" / "그림.png").write_bytes(b"\x89PNG")
    walked = {doc.id for doc in read_documents([str(tmp_path / "기사")])}
    assert walked == {str((real / "상하이.txt").resolve()),
                      str((tmp_path / "기사" / "베이징.md").resolve())}
    monkeypatch.chdir(tmp_path / "기사")
    assert {doc.id for doc in read_documents(["연결"])} == {
        str((real / "상하이.txt").resolve())}


def test_a_named_pipe_is_read_as_standard_input_is(tmp_path: Path) -> None:
    """A named pipe (a shell's <(xzcat corpus.xz) is one) is read as it comes
    and named by its content, as standard input is; a device is no text."""
    import threading

    from glossary.errors import InputError
    from glossary.ingest import read_documents
    pipe = tmp_path / "관"
    os.mkfifo(pipe)
    writer = threading.Thread(target=pipe.write_text, args=("샤먼(厦门)은 남쪽 항구다.",),
                              kwargs={"encoding": "utf-8"})
    writer.start()
    documents = list(read_documents([str(pipe)]))
    writer.join()
    assert [(d.id[:6], d.text) for d in documents] == [("stdin:", "샤먼(厦门)은 남쪽 항구다.")]
    with pytest.raises(InputError, match="/dev/null: not a regular file"):
        list(read_documents(["/dev/null"]))


def test_a_copy_of_a_file_is_not_counted_twice(tmp_path: Path, runner: CliRunner) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    result = runner.invoke(cli, ["mine", "--db", str(tmp_path / "t.db"), str(tmp_path)])
    assert "duplicate (same text as" in result.stderr
    with Termbase(tmp_path / "t.db") as tb:
        assert tb.lookup("北京")[0].preferred.count == 1


def test_an_empty_file_in_a_folder_is_left_out_with_a_warning(tmp_path: Path,
                                                               runner: CliRunner) -> None:
    folder = tmp_path / "글"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "빈.txt").write_bytes(b"")
    (folder / "bom.txt").write_bytes(b"\xef\xbb\xbf")  # a byte-order mark alone
    db = str(tmp_path / "t.db")
    result = runner.invoke(cli, ["mine", "--db", db, str(folder)])
    assert result.exit_code == 0, result.stderr
    assert "빈.txt: empty file, left out" in result.stderr
    assert "bom.txt: empty file, left out" in result.stderr
    with Termbase(db) as tb:
        assert tb.stats().documents == 1 and tb.lookup("上海")
    dry = runner.invoke(cli, ["mine", "--dry-run", "--format", "jsonl", str(folder)])
    assert dry.exit_code == 0 and "上海" in dry.stdout and "left out" in dry.stderr
    # named on its own, an empty file is a mistake: refused, nothing stored
    named = runner.invoke(cli, ["mine", "--db", db, str(folder / "빈.txt")])
    assert named.exit_code == 1 and "빈.txt: empty file" in named.stderr


def test_documents_from_stdin_do_not_replace_each_other(tmp_path: Path,
                                                        runner: CliRunner) -> None:
    db = str(tmp_path / "t.db")
    runner.invoke(cli, ["mine", "--db", db, "-"], input="베이징(北京)에 갔다.".encode())
    runner.invoke(cli, ["mine", "--db", db, "-"], input="난징(南京)에 갔다.".encode())
    runner.invoke(cli, ["mine", "--db", db, "-"], input="난징(南京)에 갔다.".encode())
    named = runner.invoke(cli, ["mine", "--db", db, "--name", "메모", "-"],
                          input="선전(深圳)에 갔다.".encode())
    assert "메모: added" in named.stderr
    with Termbase(db) as tb:
        assert {e.zh_hans for e in tb.entries()} == {"北京", "南京", "深圳"}
        assert tb.lookup("南京")[0].preferred.count == 1 and tb.stats().documents == 3


def test_a_file_name_that_is_not_utf8(tmp_path: Path, runner: CliRunner) -> None:
    name = os.fsdecode(b"\xbb\xf3\xc7\xcf\xc0\xcc.txt")  # 상하이 in cp949, not UTF-8
    (tmp_path / name).write_text(GOOD, encoding="utf-8")
    result = runner.invoke(cli, ["mine", "--db", str(tmp_path / "t.db"), str(tmp_path / name)])
    assert result.exit_code == 0, result.stderr
    looked = runner.invoke(cli, ["lookup", "--db", str(tmp_path / "t.db"), "上海"])
    assert "\\xbb\\xf3" in looked.stdout


# -- read-only commands leave other files alone ---------------------------------------------

@pytest.mark.parametrize("command", [["lookup", "上海"], ["stats"], ["export"],
                                     ["check"], ["suggest", "上海"]])
def test_reading_never_writes(tmp_path: Path, runner: CliRunner, command: list[str]) -> None:
    foreign(tmp_path)
    before = (tmp_path / "other.db").read_bytes()
    runner.invoke(cli, [*command[:1], "--db", str(tmp_path / "other.db"), *command[1:]])
    assert (tmp_path / "other.db").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]  # no -wal, no -shm


def test_force_adds_kozh_tables_to_a_foreign_file(tmp_path: Path, runner: CliRunner) -> None:
    foreign(tmp_path)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = runner.invoke(cli, ["mine", "--force", "--db", str(tmp_path / "other.db"),
                                 str(tmp_path / "a.txt")])
    assert result.exit_code == 0, result.stderr
    conn = sqlite3.connect(tmp_path / "other.db")
    assert conn.execute("SELECT 본문 FROM notes").fetchone() == ("上海 메모",)


@pytest.mark.parametrize("command, name, content", [
    (["mine"], "뉴스.txt", b"\x00\x01binary"),
    (["import"], "용어.tbx", TBX_HEAD.encode() + "<conceptEntry id='上海'>".encode()),
    (["import"], "용어.tsv", (TSV_HEAD + "上海\t上海\t상하이\tno-kind\t1\t0.9\n").encode()),
])
def test_a_refused_first_run_leaves_no_termbase(tmp_path: Path, runner: CliRunner,
                                                command: list[str], name: str,
                                                content: bytes) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    db = tmp_path / "새 용어집.db"
    result = runner.invoke(cli, [*command, "--db", str(db), str(bad)])
    assert result.exit_code == 1, result.output
    assert not list(tmp_path.glob("새 용어집.db*"))
    # a termbase that held something stays, as it was
    with Termbase(db) as termbase:
        termbase.add_mined(mine_document(GOOD, "좋은.txt"))
    before = db.read_bytes()
    assert runner.invoke(cli, [*command, "--db", str(db), str(bad)]).exit_code == 1
    assert db.read_bytes() == before
