"""Corpus inputs and engines: compressed files, wikiextractor and JSONL
corpora as many documents, and the same termbase from one process, a pool of
workers or a Dask cluster."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import cli
from db import Termbase
from glossary import mine_document
from glossary.corpus import (
    LARGE_TEXT,
    PART,
    CorpusFormat,
    jsonl_documents,
    text_parts,
    wiki_documents,
)
from glossary.errors import InputError
from glossary.ingest import read_documents
from glossary.large_texts import STREAM_BYTES, streamed_kind

ARTICLES = [
    ("101", "마윈", "마윈(馬雲)은 항저우(杭州)에서 태어났다. 그는 알리바바를 세웠다."),
    ("102", "항저우 &amp; 상하이", "항저우(杭州)와 상하이(上海)는 가깝다. 상해(上海)라고도 쓴다."),
    ("103", "빈 문서", ""),
    ("104", "베이징", "베이징(北京)에는 클라우드 컴퓨팅(云计算) 기업이 많다. 톈진(天津)도 가깝다."),
]


def wikiextractor(articles: list[tuple[str, str, str]]) -> str:
    return "".join(f'<doc id="{key}" url="https://ko.example/wiki?curid={key}" '
                   f'title="{title}">\n{title}\n\n{text}\n</doc>\n'
                   for key, title, text in articles)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "wiki").mkdir(parents=True)
    (folder / "wiki" / "AA_wiki_00.xz").write_bytes(
        lzma.compress(wikiextractor(ARTICLES[:2]).encode()))
    (folder / "wiki" / "AA_wiki_01.bz2").write_bytes(
        bz2.compress(wikiextractor(ARTICLES[2:]).encode()))
    (folder / "news.txt.gz").write_bytes(gzip.compress(
        "선전(深圳)과 광저우(广州)를 오갔다.\n\n충칭(重庆)에도 갔다.\n".encode()))
    lines = [{"doc": "n1", "body": "리창(李强) 총리는 청두(成都)를 찾았다.", "title": "청두 방문"},
             {"doc": "n2", "body": "우한(武汉)과 난징(南京), 상하이(上海)."}]
    (folder / "extra.jsonl").write_text("\n".join(json.dumps(line, ensure_ascii=False)
                                                  for line in lines) + "\n", encoding="utf-8")
    (folder / "notes.bin").write_bytes(b"\x00ignored: not a text suffix")
    return folder


def test_a_wikiextractor_file_of_n_articles_is_n_documents(corpus: Path) -> None:
    documents = list(read_documents([str(corpus / "wiki" / "AA_wiki_00.xz")]))
    assert [d.title for d in documents] == ["마윈", "항저우 & 상하이"]
    assert [d.id.rsplit("#", 1)[1] for d in documents] == ["101", "102"]
    assert documents[0].text.startswith("마윈\n\n마윈(馬雲)")
    assert documents[1].label.endswith("AA_wiki_00.xz#102")


def test_a_wikiextractor_text_is_read_with_its_entities_decoded(tmp_path: Path) -> None:
    # wikiextractor writes its text HTML-safe: &lt;책&gt; is <책> to the reader
    path = tmp_path / "wiki_00"
    path.write_text('<doc id="3" title="AT&amp;T">\nAT&amp;T는 &lt;타임스&gt;에 따르면 '
                    '청두(成都)에 갔다.\n</doc>\n', encoding="utf-8")
    (document,) = read_documents([str(path)])
    assert document.text == "AT&T는 <타임스>에 따르면 청두(成都)에 갔다.\n"
    (found,) = mine_document(document.text, document.id).pairs
    assert (found.ko, found.zh) == ("청두", "成都")
    assert document.text[found.paren_start] == "("


def test_wikiextractor_attributes_in_any_order(tmp_path: Path) -> None:
    path = tmp_path / "wiki_00"
    path.write_text('<doc title="청두 &amp; 충칭" id="9">\n청두(成都)\n</doc>\n'
                    '<doc url="u" id="10" title="우한">\n우한(武汉)\n</doc>\n', encoding="utf-8")
    documents = list(read_documents([str(path)]))
    assert [(d.id.rsplit("#", 1)[1], d.title) for d in documents] == [
        ("9", "청두 & 충칭"), ("10", "우한")]
    assert [d.text for d in documents] == ["청두(成都)\n", "우한(武汉)\n"]


@pytest.mark.parametrize("name, content, reason", [
    ("wiki_00", '<doc id="1">\n청두(成都)\n</doc>\n<doc id="2">\n우한(武汉)\n',
     "wiki_00:4: <doc> not closed by </doc>"),
    ("wiki_01", '<doc id="1">\n청두(成都)\n<doc id="2">\n우한(武汉)\n</doc>\n',
     "wiki_01:1: <doc> not closed by </doc>"),
    ("wiki_02", '<doc id="1">\n청두(成都)\n</doc>\n<doc id="1">\n우한(武汉)\n</doc>\n',
     "wiki_02:4: document id '1' given twice (first at line 1)"),
    ("dup.jsonl", '{"id": "가", "text": "청두(成都)"}\n\n{"id": "가", "text": "우한(武汉)"}\n',
     "dup.jsonl:3: document id '가' given twice (first at line 1)"),
])
def test_a_corpus_file_cut_badly_is_refused_before_anything_is_stored(
        tmp_path: Path, runner: CliRunner, name: str, content: str, reason: str) -> None:
    """Two documents under one name would be stored as one, a document
    never closed would be lost: the file is refused, with the line and the
    reason, before a document of it or of any file before it is stored."""
    good = tmp_path / "a_good.jsonl"
    good.write_text('{"id": 1, "text": "상하이(上海)"}\n', encoding="utf-8")
    bad = tmp_path / name
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(reason)):
        next(read_documents([str(good), str(bad)]))
    db = str(tmp_path / "t.db")
    assert runner.invoke(cli, ["mine", "--db", db, str(good)]).exit_code == 0
    before = runner.invoke(cli, ["stats", "--db", db]).stdout
    result = runner.invoke(cli, ["mine", "--db", db, "--jobs", "1", str(good), str(bad)])
    assert result.exit_code == 1 and reason in result.stderr
    assert runner.invoke(cli, ["stats", "--db", db]).stdout == before
    listed = json.loads(runner.invoke(cli, ["list", "--db", db, "--json"]).stdout)
    assert [(p["zh_hans"], p["ko"]) for p in listed] == [("上海", "상하이")]


def test_jsonl_ids_and_lines_as_json_writes_them(tmp_path: Path) -> None:
    """An id of 0 is an id (not the line number, which another line may
    have as its id), and a line ends at a line feed only: JSON writes U+2028
    and a form feed inside a string as they are."""
    path = tmp_path / "c.jsonl"
    lines = [{"id": 0, "text": "청두(成都)\u2028다음 줄"}, {"id": 1, "text": "우한(武汉)\x0c쪽"},
             {"text": "난징(南京)"}]
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines),
                    encoding="utf-8")
    documents = list(read_documents([str(path)]))
    assert [d.id.rsplit("#", 1)[1] for d in documents] == ["0", "1", "3"]
    assert [d.text for d in documents] == [line["text"] for line in lines]


def test_a_jsonl_corpus_with_named_fields(corpus: Path, runner: CliRunner) -> None:
    result = runner.invoke(cli, ["mine", "--dry-run", "--format", "jsonl", "--jsonl-text-field",
                                 "body", "--jsonl-id-field", "doc", str(corpus / "extra.jsonl")])
    assert result.exit_code == 0, result.stderr
    docs = {json.loads(line)["doc"].rsplit("#", 1)[1] for line in result.stdout.splitlines()}
    assert docs == {"n1", "n2"}
    wrong = runner.invoke(cli, ["mine", "--dry-run", str(corpus / "extra.jsonl")])
    assert wrong.exit_code == 1 and "no text field 'text'" in wrong.stderr


@pytest.mark.parametrize(("line", "message"), [
    ('{"text": 5}', "x.jsonl:2: no text field 'text' (a number, not a string)"),
    ('["난징(南京)"]', "x.jsonl:2: not a JSON object (an array)"),
    # the strings it holds instead, which --jsonl-text-field may name
    ('{"body": "난징(南京)"}', "x.jsonl:2: no text field 'text'; its string fields: 'body'"),
    ('{"번호": 3, "본문": "난징(南京)", "제목": "난징"}',
     "x.jsonl:2: no text field 'text'; its string fields: '본문', '제목'"),
])
def test_a_jsonl_line_without_text_says_what_it_holds(tmp_path: Path, runner: CliRunner,
                                                      line: str, message: str) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text('{"text": "상하이(上海)에 갔다."}\n' + line + "\n", encoding="utf-8")
    result = runner.invoke(cli, ["mine", "--dry-run", str(path)])
    assert result.exit_code == 1 and result.stderr.endswith(message + "\n")


def test_a_folder_of_compressed_corpora(corpus: Path, tmp_path: Path, runner: CliRunner) -> None:
    db = str(tmp_path / "t.db")
    result = runner.invoke(cli, ["mine", "--db", db, "--jsonl-text-field", "body",
                                 "--jsonl-id-field", "doc", str(corpus)])
    assert result.exit_code == 0, result.stderr
    assert "from 7 document(s)" in result.stderr  # 4 articles, 1 news file, 2 JSONL lines
    looked = runner.invoke(cli, ["lookup", "--db", db, "杭州"])
    assert "AA_wiki_00.xz#101" in looked.stdout  # sources name the article, not just the file
    assert "深圳" in runner.invoke(cli, ["export", "--db", db, "--format", "tsv"]).stdout


def test_wikiextractor_s_own_layout_of_files_without_a_suffix(tmp_path: Path,
                                                              runner: CliRunner) -> None:
    # wikiextractor writes text/AA/wiki_00, text/AA/wiki_01 …: found by how
    # they start; other files without a suffix are left alone.
    folder = tmp_path / "text" / "AA"
    folder.mkdir(parents=True)
    (folder / "wiki_00").write_text(wikiextractor(ARTICLES[:2]), encoding="utf-8")
    (folder / "wiki_01").write_text('\ufeff<doc id="7" title="청두">\n청두(成都)\n</doc>\n',
                                    encoding="utf-8")
    (folder / "README").write_text("청두(成都) 안내", encoding="utf-8")
    (folder / "image").write_bytes(b"\x89PNG\r\n\x1a\n")
    mined = runner.invoke(cli, ["mine", "--dry-run", "--format", "jsonl", str(tmp_path / "text")])
    assert mined.exit_code == 0, mined.stderr
    docs = {json.loads(line)["doc"].rsplit("/", 1)[-1] for line in mined.stdout.splitlines()}
    assert docs == {"wiki_00#101", "wiki_00#102", "wiki_01#7"}


def test_every_engine_gives_the_same_termbase(corpus: Path, tmp_path: Path,
                                              runner: CliRunner) -> None:
    exports = {}
    for name, flags in [("one", ["--jobs", "1"]), ("two", ["--jobs", "2"]),
                        ("dask", ["--engine", "dask", "--jobs", "2"])]:
        db = str(tmp_path / f"{name}.db")
        result = runner.invoke(cli, ["mine", "--db", db, *flags, "--jsonl-text-field", "body",
                                     "--jsonl-id-field", "doc", str(corpus)])
        assert result.exit_code == 0, (name, result.stderr, result.exception)
        exports[name] = {fmt: runner.invoke(cli, ["export", "--db", db, "--format", fmt]).stdout
                         for fmt in ("tbx", "tsv", "jsonl", "csv")}
    assert exports["one"] == exports["two"] == exports["dask"]
    assert "클라우드 컴퓨팅" in exports["one"]["tsv"]


def test_a_corpus_mined_again_mines_only_what_changed(corpus: Path, tmp_path: Path,
                                                      runner: CliRunner) -> None:
    """Documents held with the same text, mined the same way, are not mined
    again (a run cut short and started again goes on where it stopped); the
    termbase is what mining the corpus as it now stands from scratch gives."""
    from db import Termbase
    from glossary.ingest import learned_from, unmined
    from glossary.model import StoreResult

    fields = ["--jsonl-text-field", "body", "--jsonl-id-field", "doc"]
    db = tmp_path / "again.db"
    assert runner.invoke(cli, ["mine", "--db", str(db), *fields, str(corpus)]).exit_code == 0
    corpus_format = CorpusFormat("body", "doc")
    with Termbase(db) as termbase:
        left: list[StoreResult] = []
        documents = list(read_documents([str(corpus)], corpus=corpus_format))
        assert list(unmined(termbase, documents, learned_from(termbase), left)) == []
        assert len(left) == len(documents) == 7
        assert {r.status for r in left} == {"unchanged"}
    (corpus / "news.txt.gz").write_bytes(gzip.compress("선전(深圳)에 다시 갔다.\n".encode()))
    with Termbase(db) as termbase:
        left = []
        documents = list(read_documents([str(corpus)], corpus=corpus_format))
        fresh = list(unmined(termbase, documents, learned_from(termbase), left))
        assert [d.id.rsplit("/", 1)[1] for d in fresh] == ["news.txt.gz"]
        assert len(left) == 6
    again = runner.invoke(cli, ["mine", "--db", str(db), "--jobs", "1", *fields, str(corpus)])
    assert again.exit_code == 0
    assert "(1 replaced, 6 unchanged)" in again.stderr
    scratch = str(tmp_path / "scratch.db")
    assert runner.invoke(cli, ["mine", "--db", scratch, *fields, str(corpus)]).exit_code == 0
    for fmt in ("tsv", "jsonl"):
        assert (runner.invoke(cli, ["export", "--db", str(db), "--format", fmt]).stdout
                == runner.invoke(cli, ["export", "--db", scratch, "--format", fmt]).stdout)
    # A decision teaches the miner (its correspondence table changes): every
    # document is mined again with what it teaches.
    for command in ("add", "approve"):
        assert runner.invoke(cli, [command, "--db", str(db), "컴퓨터", "电脑"]).exit_code == 0
    with Termbase(db) as termbase:
        left = []
        assert len(list(unmined(termbase, documents, learned_from(termbase), left))) == 7
        assert left == []


def test_ctrl_c_keeps_what_was_stored_and_the_same_command_goes_on(
        tmp_path: Path, interruptible_kozh: list[str], signal_state) -> None:
    """Ctrl-C (SIGINT to the terminal's whole process group, workers too)
    stops mining with one line and exit 130, the batches stored so far kept
    whole; mining again mines only the rest and ends where a run that was
    never interrupted ends."""
    import os
    import signal
    import sqlite3
    import subprocess
    import sys

    cities = [("상하이", "上海"), ("베이징", "北京"), ("광저우", "广州"), ("난징", "南京"),
              ("청두", "成都"), ("우한", "武汉"), ("톈진", "天津"), ("충칭", "重庆")]
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps({"id": n, "text": f"{n}번 기사: {ko}({zh})에서 열렸다."},
                                       ensure_ascii=False) + "\n"
                            for n in range(9000) for ko, zh in [cities[n % len(cities)]]),
                    encoding="utf-8")
    kozh = [*interruptible_kozh, "mine", "--jobs", "2"]
    db = tmp_path / "cut.db"
    with subprocess.Popen([*kozh, "--db", str(db), str(path)], stderr=subprocess.PIPE,
                          stdout=subprocess.DEVNULL, start_new_session=True, text=True,
                          encoding="utf-8") as run:
        assert run.stderr is not None
        for line in run.stderr:
            if ": added, " in line:  # a first batch is stored
                state = signal_state(run.pid)
                os.killpg(run.pid, signal.SIGINT)
                break
        rest = run.stderr.read()
        assert run.wait(timeout=60) == 130, f"{state}\n{rest}"
    assert "Traceback" not in rest
    (said,) = [line for line in rest.splitlines() if line.startswith("interrupted: ")]
    stored = int(said.split("(")[1].split()[0])
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT COUNT(*) FROM documents").fetchone() == (stored,)
    assert 0 < stored < 9000
    again = subprocess.run([*kozh, "--db", str(db), str(path)], capture_output=True, text=True,
                           encoding="utf-8", check=True)
    assert f"({9000 - stored} added, {stored} unchanged)" in again.stderr
    whole = tmp_path / "whole.db"
    subprocess.run([*kozh, "--db", str(whole), str(path)], capture_output=True, check=True)
    exports = [subprocess.run([sys.executable, "-c", "from cli import main; main()", "export",
                               "--db", str(termbase), "--format", "tsv"],
                              capture_output=True, check=True).stdout for termbase in (db, whole)]
    assert exports[0] == exports[1] and "상하이".encode() in exports[0]


def test_many_documents_through_worker_processes(tmp_path: Path, runner: CliRunner) -> None:
    """Enough text for several batches, so the pool really runs."""
    articles = [(str(n), f"문서 {n}", "상하이(上海)와 베이징(北京). " * 2000) for n in range(6)]
    path = tmp_path / "big_wiki.xz"
    path.write_bytes(lzma.compress(wikiextractor(articles).encode()))
    outputs = []
    for jobs in ("1", "2"):
        db = str(tmp_path / f"jobs{jobs}.db")
        assert runner.invoke(cli, ["mine", "--db", db, "--jobs", jobs, str(path)]).exit_code == 0
        outputs.append(runner.invoke(cli, ["export", "--db", db, "--format", "tsv"]).stdout)
    assert outputs[0] == outputs[1] and "\t12000\t" in outputs[0]


def test_documents_without_chinese_between_others_keep_their_place(tmp_path: Path,
                                                                 runner: CliRunner) -> None:
    """The writer mines documents without a Han character itself, the workers
    the rest: the same documents, in the same order, as one process mines."""
    articles = [(str(n), f"문서 {n}", ("광저우(广州)와 선전(深圳). " if n % 3 == 0 else
                                       "서울과 부산을 오갔다. ") * 6000) for n in range(9)]
    path = tmp_path / "mixed_wiki.xz"
    path.write_bytes(lzma.compress(wikiextractor(articles).encode()))
    printed, stored = [], []
    for jobs in ("1", "2"):
        found = runner.invoke(cli, ["mine", "--dry-run", "--format", "jsonl", "--jobs", jobs,
                                    str(path)])
        assert found.exit_code == 0
        printed.append(found.stdout)
        db = tmp_path / f"jobs{jobs}.db"
        mined = runner.invoke(cli, ["mine", "--db", str(db), "--jobs", jobs, str(path)])
        assert mined.exit_code == 0
        with Termbase(db, read_only=True) as tb:
            stored.append([tuple(row) for row in tb.conn.execute(
                "SELECT name, sha256, title FROM documents ORDER BY id")])
    assert printed[0] == printed[1] and printed[0].count("\n") == 3 * 2 * 6000
    assert stored[0] == stored[1] and len(stored[0]) == 9


def test_a_corpus_in_one_plain_text_file_is_mined_in_parts(tmp_path: Path,
                                                            runner: CliRunner) -> None:
    """A text longer than any book is cut at paragraph breaks into documents
    mined apart (on every core): FILE#1, FILE#2 …, the same at any number of
    jobs; a shorter text stays one document."""
    glossed = "항구 도시 칭다오(青岛)는 맥주로 유명하다.\n\n"
    plain = "서울과 부산을 오가는 기차는 늘 붐빈다. " * 40 + "\n\n"
    paragraphs = [glossed if n % 50 == 0 else plain
                  for n in range((LARGE_TEXT + PART) // len(plain))]
    path = tmp_path / "말뭉치.txt"
    path.write_text("".join(paragraphs), encoding="utf-8")
    documents = list(read_documents([str(path)]))
    assert len(documents) == 5 and all(len(d.text) <= PART for d in documents)
    assert [d.id.rsplit("#", 1)[1] for d in documents] == [str(n) for n in
                                                           range(1, len(documents) + 1)]
    assert all(d.text.endswith("\n\n") for d in documents)  # cut at paragraph breaks
    assert "".join(d.text for d in documents) == "".join(paragraphs)
    exports = []
    for jobs in ("1", "2"):
        db = str(tmp_path / f"jobs{jobs}.db")
        result = runner.invoke(cli, ["mine", "--db", db, "--jobs", jobs, str(path)])
        assert result.exit_code == 0, result.stderr
        exports.append(runner.invoke(cli, ["export", "--db", db, "--format", "tsv"]).stdout)
        with Termbase(db, read_only=True) as tb:
            assert tb.conn.execute("SELECT count(*) FROM documents").fetchone()[0] \
                == len(documents)
    assert exports[0] == exports[1]
    assert f"칭다오\ttransliteration\t{sum(p == glossed for p in paragraphs)}\t" in exports[0]
    small = tmp_path / "기사.txt"
    small.write_text(glossed * 3, encoding="utf-8")
    assert [d.id for d in read_documents([str(small)])] == [str(small.resolve())]


def test_a_text_too_large_to_hold_is_cut_as_it_is_read(tmp_path: Path) -> None:
    """A file past STREAM_BYTES is read a part at a time, never whole: the
    same parts, at the same places, as the text held whole is cut into."""
    paragraph = "서울과 부산을 오가는 기차는 늘 붐빈다. 상하이(上海)도 그렇다.\n\n"
    lines = "베이징(北京)에 갔다.\n" * 40  # a stretch without a paragraph break
    text = "\ufeff" + (paragraph * 30 + lines) * (STREAM_BYTES // 3000)
    path = tmp_path / "말뭉치.txt"
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size > STREAM_BYTES
    assert streamed_kind(path, "", CorpusFormat(), "t") == "text"
    whole = [(d.id, d.text) for d in text_parts(text[1:], "id", "말뭉치.txt")]
    read = [(d.id, d.text) for d in read_documents([str(path)])]
    assert [(i.rsplit("#", 1)[1], t) for i, t in read] == \
        [(i.rsplit("#", 1)[1], t) for i, t in whole]
    assert len(read) > 20 and read[0][0] == f"{path.resolve()}#1"
    compressed = tmp_path / "작은.txt.gz"  # short: read whole, one document
    compressed.write_bytes(gzip.compress("상하이(上海)\n".encode() * 10))
    assert streamed_kind(compressed, "gzip", CorpusFormat(), "t", least=0) == ""
    other = tmp_path / "표.md"  # markup, read whole
    other.write_text(text[:100], encoding="utf-8")
    assert streamed_kind(other, "", CorpusFormat(), "t", least=0) == ""
    legacy = tmp_path / "옛.txt"  # not UTF-8: read whole, and refused or guessed there
    legacy.write_bytes(text[1:2_000_000].encode("cp949", "replace"))
    assert streamed_kind(legacy, "", CorpusFormat(), "t", least=0) == ""


def test_standard_input_too_large_to_hold_is_read_from_a_temporary_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Piped in, a text past STREAM_BYTES is written to a temporary file as
    it comes and cut into the same documents, under the same ids, as the
    same bytes held whole; the file is gone once reading ends or stops, and
    a small input is held as ever."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    paragraph = "항구 도시 칭다오(青岛)는 맥주로 유명하다.\n\n" * 3000
    data = ("\ufeff" + paragraph * (STREAM_BYTES // len(paragraph.encode()) + 1)).encode()
    piped = tmp_path / "piped.txt"
    piped.write_bytes(data)
    with piped.open("rb") as stream:
        read = [(d.id, d.text) for d in read_documents(["-"], stdin=stream)]
    assert read == [(d.id, d.text) for d in read_documents(["-"], stdin=data)]
    assert len(read) > 20 and read[0][0].startswith("stdin:")
    with piped.open("rb") as stream:
        documents = read_documents(["-"], stdin=stream, stdin_name="칭다오.txt")
        assert next(documents).id == "칭다오.txt#1"
        assert list(tmp_path.glob("kozh-stdin-*"))
        documents.close()  # reading stops
    assert not list(tmp_path.glob("kozh-stdin-*"))
    small = io.BytesIO("다롄(大连)은 북쪽 항구다.".encode())
    assert [d.text for d in read_documents(["-"], stdin=small)] == ["다롄(大连)은 북쪽 항구다."]


def test_a_wikiextractor_file_too_large_to_hold_is_read_a_block_at_a_time(
        tmp_path: Path) -> None:
    """The same documents as the file read whole, ids and titles kept; an
    element never closed is refused with its line."""
    articles = [(str(n), f"문서 {n}", "서울과 부산을 오가는 기차는 늘 붐빈다. " * 50
                 + "칭다오(青岛)와 AT&amp;T.\n") for n in range(STREAM_BYTES // 2500)]
    text = wikiextractor(articles)
    path = tmp_path / "wiki_00"
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size > STREAM_BYTES
    read = list(read_documents([str(path)]))
    assert read == list(wiki_documents(text, str(path.resolve()), str(path), "text"))
    assert len(read) == len(articles) and read[-1].title == articles[-1][1]
    assert "칭다오(青岛)와 AT&T.\n" in read[0].text  # entities decoded
    broken = text.rstrip().removesuffix("</doc>")
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(InputError) as held_whole:
        list(wiki_documents(broken, "", str(path), "text"))
    with pytest.raises(InputError) as streamed:
        list(read_documents([str(path)]))
    assert str(streamed.value) == str(held_whole.value)
    last = broken[: broken.rindex("<doc ")].count("\n") + 1  # the line it opens on
    assert str(streamed.value).endswith(f"wiki_00:{last}: <doc> not closed by </doc>")


def test_a_jsonl_corpus_too_large_to_hold_is_read_a_line_at_a_time(
        tmp_path: Path, runner: CliRunner) -> None:
    """The same documents as the file read whole; a line that is no document
    is refused with its line before anything is stored."""
    plain = "서울과 부산을 오가는 기차는 늘 붐빈다. " * 60
    records = [{"id": f"기사-{n}", "title": f"제목 {n}",
                "text": plain + "항구 도시 칭다오(青岛)는 맥주로 유명하다." * (n % 7 == 0)}
               for n in range(STREAM_BYTES // 3000)]
    lines = [json.dumps(record, ensure_ascii=False) for record in records]
    path = tmp_path / "말뭉치.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert path.stat().st_size > STREAM_BYTES
    read = list(read_documents([str(path)]))
    whole = list(jsonl_documents(path.read_text(encoding="utf-8").split("\n"),
                                 str(path.resolve()), str(path), CorpusFormat(), "text"))
    assert read == whole and len(read) == len(records)
    assert read[-1].title == records[-1]["title"]
    with path.open("rb") as piped:  # piped in, under the name given it
        assert [(d.id, d.text) for d in read_documents(
            ["-"], stdin=piped, stdin_name="기사.jsonl")] == [
            (d.id.replace(str(path.resolve()), "기사.jsonl"), d.text) for d in read]
    lines[-3] = '{"id": "끝", "text": 3}'
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "t.db"
    result = runner.invoke(cli, ["mine", "--db", str(db), str(path)])
    assert result.exit_code == 1
    assert f"말뭉치.jsonl:{len(lines) - 2}: no text field 'text' (a number" in result.stderr
    assert not db.exists() or "칭다오" not in runner.invoke(
        cli, ["export", "--db", str(db), "--format", "tsv"]).stdout


def test_standard_input_goes_by_the_name_given_it(runner: CliRunner) -> None:
    """JSON lines piped in under a name ending in .jsonl are a document each,
    as a file of that name is; a name that says markdown reads markdown."""
    texts = {1: "다롄(大连)은 북쪽 항구다.", 2: "샤먼(厦门)은 남쪽 항구다."}
    lines = "".join(json.dumps({"id": n, "text": text}, ensure_ascii=False) + "\n"
                    for n, text in texts.items())
    mined = runner.invoke(cli, ["mine", "--dry-run", "--format", "jsonl", "--name",
                                "항구.jsonl", "-"], input=lines.encode())
    assert mined.exit_code == 0
    found = [json.loads(line) for line in mined.stdout.splitlines()]
    assert [(p["ko"], p["doc"], p["context"]) for p in found] == [
        ("다롄", "항구.jsonl#1", "다롄(大连)은 북쪽 항구다."),
        ("샤먼", "항구.jsonl#2", "샤먼(厦门)은 남쪽 항구다.")]
    marked = runner.invoke(cli, ["mine", "--dry-run", "--format", "jsonl", "--name",
                                 "항구.md", "-"], input="**칭다오(青岛)**는 항구다.".encode())
    assert [json.loads(line)["context"] for line in marked.stdout.splitlines()] == [
        "칭다오(青岛)는 항구다."]


def test_documents_a_file_no_longer_gives_are_taken_out(tmp_path: Path,
                                                        runner: CliRunner) -> None:
    """Mined again, a corpus file that lost an article leaves the termbase as
    the file is now (a decision stays, and comes back with the article); a
    text once mined whole and now in parts is not counted twice; a file
    named like a part of another is a file of its own."""
    articles = [("1", "칭다오", "항구 도시 칭다오(青岛)는 맥주로 유명하다."),
                ("2", "다롄", "다롄(大连)은 북쪽 항구다."),
                ("3", "샤먼", "샤먼(厦门)은 남쪽 항구다.")]
    wiki = tmp_path / "wiki_00"
    wiki.write_text(wikiextractor(articles), encoding="utf-8")
    db = str(tmp_path / "t.db")
    assert runner.invoke(cli, ["mine", "--db", db, str(wiki)]).exit_code == 0
    assert runner.invoke(cli, ["approve", "--db", db, "다롄", "大连"]).exit_code == 0
    wiki.write_text(wikiextractor([articles[0], articles[2]]), encoding="utf-8")
    again = runner.invoke(cli, ["mine", "--db", db, str(wiki)])
    assert again.exit_code == 0 and "1 document(s) their files no longer give taken out: " \
        f"{wiki.resolve()}#2" in again.stderr
    exported = runner.invoke(cli, ["export", "--db", db, "--format", "tsv"]).stdout
    assert "칭다오" in exported and "샤먼" in exported and "다롄" not in exported
    wiki.write_text(wikiextractor(articles), encoding="utf-8")
    assert runner.invoke(cli, ["mine", "--db", db, str(wiki)]).exit_code == 0
    listed = json.loads(runner.invoke(cli, ["list", "--db", db, "--json"]).stdout)
    assert {(p["ko"], p["status"]) for p in listed} >= {("다롄", "approved")}
    # a text mined whole, then grown past LARGE_TEXT: its parts, not it and them
    text = tmp_path / "말뭉치.txt"
    glossed = "항구 도시 칭다오(青岛)는 맥주로 유명하다.\n\n"
    text.write_text(glossed * 3, encoding="utf-8")
    twin = tmp_path / f"{text.name}#9"  # a file of its own, whatever its name
    twin.write_text("다롄(大连)은 북쪽 항구다.", encoding="utf-8")
    assert runner.invoke(cli, ["mine", "--db", db, str(text), str(twin)]).exit_code == 0
    plain = "서울과 부산을 오가는 기차는 늘 붐빈다. " * 40 + "\n\n"
    text.write_text(glossed * 3 + plain * ((LARGE_TEXT + PART) // len(plain)), encoding="utf-8")
    grown = runner.invoke(cli, ["mine", "--db", db, str(text)])
    assert grown.exit_code == 0 and f"taken out: {text.resolve()}\n" in grown.stderr
    with Termbase(tmp_path / "t.db", read_only=True) as tb:
        names = tb.documents_of_file(str(text.resolve()))
        assert str(text.resolve()) not in names and f"{text.resolve()}#1" in names
        assert str(twin.resolve()) in names  # its own file's, and kept
    exported = runner.invoke(cli, ["export", "--db", db, "--format", "tsv"]).stdout
    assert "칭다오\ttransliteration\t4\t" in exported  # once in the wiki, thrice in the text


def test_two_files_that_would_give_one_document_id_are_refused(tmp_path: Path,
                                                              runner: CliRunner) -> None:
    """A file named as another's article would replace it (or be replaced):
    refused before anything is stored, naming both, whether both are named
    or the other lies beside it; a name that extends another's but meets
    none of its documents is mined as ever."""
    wiki = tmp_path / "wiki_00"
    wiki.write_text(wikiextractor([("7", "다롄", "다롄(大连)은 북쪽 항구다.")]), encoding="utf-8")
    named_alike = tmp_path / "wiki_00#7"
    named_alike.write_text("샤먼(厦门)은 남쪽 항구다.", encoding="utf-8")
    apart = tmp_path / "wiki_00#메모"
    apart.write_text("칭다오(青岛)는 맥주로 유명하다.", encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(
            f"wiki_00#7: gives the document '{named_alike.resolve()}', as")):
        next(read_documents([str(wiki), str(apart), str(named_alike)]))
    db = str(tmp_path / "t.db")
    refused = runner.invoke(cli, ["mine", "--db", db, str(wiki), str(named_alike)])
    assert refused.exit_code == 1 and "rename one of the files" in refused.stderr
    assert not (tmp_path / "t.db").exists() or "다롄" not in runner.invoke(
        cli, ["export", "--db", db, "--format", "tsv"]).stdout
    # ... and so when the other lies beside it, mined before or not yet
    alone = runner.invoke(cli, ["mine", "--db", db, str(named_alike)])
    assert alone.exit_code == 1 and f"wiki_00#7: gives the document '{named_alike.resolve()}'," \
        f" as {wiki.resolve()} does" in alone.stderr
    assert runner.invoke(cli, ["mine", "--db", db, str(wiki)]).exit_code == 1
    named_alike.unlink()
    os.mkfifo(tmp_path / "wiki_00#7")  # no file: never read (it would wait for a writer)
    mined = subprocess.run([sys.executable, "-m", "glossary", "mine", "--no-resident", "--db",
                            db, str(wiki), str(apart)], capture_output=True, timeout=60)
    assert mined.returncode == 0
    exported = runner.invoke(cli, ["export", "--db", db, "--format", "tsv"]).stdout
    assert "다롄" in exported and "칭다오" in exported


def test_scheduler_needs_the_dask_engine(runner: CliRunner, corpus: Path) -> None:
    result = runner.invoke(cli, ["mine", "--scheduler", "tcp://127.0.0.1:8786",
                                 str(corpus / "extra.jsonl")])
    assert result.exit_code == 2 and "--engine dask" in result.stderr


def test_the_annotation_index_is_kept_until_the_termbase_changes(tmp_path: Path,
                                                                 runner: CliRunner) -> None:
    from db import Termbase
    from glossary import mine_document

    db = tmp_path / "t.db"
    with Termbase(db) as tb:
        tb.add_mined(mine_document("마윈(馬雲)과 항저우(杭州)", "a.txt"))
    text = tmp_path / "new.txt"
    text.write_text("마윈은 항저우와 선전에 갔다.", encoding="utf-8")
    first = runner.invoke(cli, ["annotate", "--db", str(db), str(text)])
    cache = tmp_path / "t.db.annotate-index"
    assert first.exit_code == 0 and cache.exists()
    built = cache.stat().st_mtime_ns
    again = runner.invoke(cli, ["annotate", "--db", str(db), str(text)])
    assert again.stdout == first.stdout and cache.stat().st_mtime_ns == built  # kept
    # approving a pair changes nothing the index holds: it is kept; rejecting one does
    assert runner.invoke(cli, ["approve", "--db", str(db), "마윈", "馬雲"]).exit_code == 0
    approved = runner.invoke(cli, ["annotate", "--db", str(db), str(text)])
    assert approved.stdout == first.stdout and cache.stat().st_mtime_ns == built
    assert runner.invoke(cli, ["reject", "--db", str(db), "마윈", "馬雲"]).exit_code == 0
    rejected = runner.invoke(cli, ["annotate", "--db", str(db), str(text)])
    assert "马云" not in rejected.stdout and "马云" in first.stdout
    assert runner.invoke(cli, ["reset", "--db", str(db), "마윈", "馬雲"]).exit_code == 0
    with Termbase(db) as tb:
        tb.add_mined(mine_document("선전(深圳)에 공장이 있다.", "b.txt"))
    changed = runner.invoke(cli, ["annotate", "--db", str(db), str(text)])
    assert "深圳" in changed.stdout  # the termbase changed: the index was built again
    cache.write_bytes(b"\x00broken")
    assert runner.invoke(cli, ["annotate", "--db", str(db), str(text)]).stdout == changed.stdout
    chinese = tmp_path / "new-zh.txt"
    chinese.write_text("馬雲去了深圳和杭州。", encoding="utf-8")
    from_cache = runner.invoke(cli, ["annotate", "--db", str(db), "--format", "jsonl",
                                     str(chinese)])
    cache.unlink()
    built_now = runner.invoke(cli, ["annotate", "--db", str(db), "--format", "jsonl",
                                    str(chinese)])
    assert from_cache.stdout == built_now.stdout and "선전" in from_cache.stdout  # the other half


def test_suggest_for_a_batch_of_terms(tmp_path: Path, runner: CliRunner) -> None:
    terms = tmp_path / "terms.txt"
    terms.write_text("杭州\n李源潮\n\n杭州\n", encoding="utf-8")
    result = runner.invoke(cli, ["suggest", "--batch", str(terms), "--db",
                                 str(tmp_path / "none.db")])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == ["杭州\t항저우\ttranscription\t항주",
                                          "李源潮\t리위안차오\ttranscription\t이원조"]
    both = runner.invoke(cli, ["suggest", "杭州", "--batch", str(terms)])
    assert both.exit_code == 2


def test_a_termbase_made_again_at_the_same_path_is_not_served_the_old_index(
        tmp_path: Path, runner: CliRunner) -> None:
    """The same number of changes to a new termbase at the old path must not
    pass for the old termbase's state: its kept index would be stale."""
    from db import Termbase
    from glossary import mine_document

    db = tmp_path / "t.db"
    text = tmp_path / "new.txt"
    text.write_text("마윈은 항저우에 갔다. 马云去了杭州。", encoding="utf-8")
    found = []
    for gloss in ("마윈(馬雲)이 왔다.", "항저우(杭州)에 왔다."):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        with Termbase(db) as tb:
            tb.add_mined(mine_document(gloss, "a.txt"))
        result = runner.invoke(cli, ["annotate", "--db", str(db), "--lang", "ko", str(text)])
        assert result.exit_code == 0, result.stderr
        found.append(result.stdout)
    assert "马云" in found[0] and "杭州" not in found[0]
    assert "杭州" in found[1] and "马云" not in found[1]


def test_the_findings_of_a_check_are_kept_until_the_termbase_changes(
        tmp_path: Path, runner: CliRunner) -> None:
    from db import Termbase
    from glossary import mine_document

    db = tmp_path / "t.db"
    with Termbase(db) as tb:
        tb.add_mined(mine_document("창샤(长沙)와 상하이(上海), 상해(上海)", "a.txt"))
    first = runner.invoke(cli, ["check", "--db", str(db), "--format", "json"])
    kept = tmp_path / "t.db.check"
    assert first.exit_code == 0 and kept.exists() and "창사" in first.stdout
    written = kept.stat().st_mtime_ns
    again = runner.invoke(cli, ["check", "--db", str(db), "--format", "json"])
    assert again.stdout == first.stdout and kept.stat().st_mtime_ns == written
    with Termbase(db) as tb:
        tb.add_mined(mine_document("선전(深圳)과 선전(深圳), 심천(深圳)", "b.txt"))
    changed = runner.invoke(cli, ["check", "--db", str(db), "--format", "json"])
    assert "深圳" in changed.stdout and "长沙" in changed.stdout  # found again
    stamp = kept.read_bytes().split(b"\n")[0]
    for broken in (b"\x00broken", stamp + b"\n[1]", stamp + b'\n[{"x": 1}]',
                   kept.read_bytes()[:-40]):
        kept.write_bytes(broken)
        assert runner.invoke(cli, ["check", "--db", str(db), "--format", "json"]
                             ).stdout == changed.stdout
    table = runner.invoke(cli, ["check", "--db", str(db)])
    assert "长沙" in table.stdout and "a.txt" in table.stdout  # evidence kept too


def test_what_is_kept_beside_a_termbase_is_written_whole_or_not_at_all(tmp_path: Path) -> None:
    from glossary.files import keep_beside

    keep_beside(tmp_path / "없는 폴더" / "t.db.check", b"x")  # no folder: nothing, no error
    (tmp_path / "t.db.check").mkdir()  # in the way: left as it is, no part left behind
    keep_beside(tmp_path / "t.db.check", "상하이 上海".encode())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.db.check"]
    keep_beside(tmp_path / "t.db.annotate-index", b"\x00", "上海".encode())
    assert (tmp_path / "t.db.annotate-index").read_bytes() == b"\x00" + "上海".encode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.db.annotate-index", "t.db.check"]
