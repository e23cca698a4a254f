"""The resident Kiwi: a real helper process on a real Unix socket, started by
the first command that needs it, giving the analyses a Kiwi of one's own
gives, and stopping when asked, idle or displaced."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from db import Termbase
from glossary import mine_document
from glossary.aids.annotation import TermIndex, annotate
from glossary.text import resident
from glossary.text.kiwis import known_tags, plain_kiwi
from glossary.text.morph import kiwi

WORDS = ["지난에서", "지난", "완강한", "상하이사무소에서", "중국과학원은", "마윈은"]

pytestmark = pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets")


def wait_for(condition, seconds: float = 90.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


@pytest.fixture
def runtime(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A runtime folder of its own, short enough for a socket's path (the
    socket lies in its kozh folder); any resident analyser started in it is
    stopped afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="kr-"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    try:
        yield folder
    finally:
        path = resident.socket_path()
        assert path is not None
        resident.stop(path)
        wait_for(lambda: not path.exists(), 10)
        shutil.rmtree(folder, ignore_errors=True)


def local(words: list[str]) -> list[tuple[tuple[str, int], ...]]:
    return [tuple((t.tag, t.start) for t in tokens) for tokens in kiwi().tokenize(words)]


def test_the_first_ask_starts_one_and_later_asks_get_kiwis_own_analyses(runtime: Path) -> None:
    path = resident.socket_path()
    assert path is not None and path.parent == runtime / "kozh"
    assert resident.analyses(WORDS) is None  # none yet: the caller analyses locally
    assert wait_for(lambda: resident.analyses(WORDS) is not None)
    assert resident.analyses(WORDS) == local(WORDS)
    assert resident.analyses([]) == []
    assert path.stat().st_mode & 0o077 == 0  # its user's alone
    assert resident.stop(path)
    assert wait_for(lambda: not path.exists(), 10)
    assert not resident.stop(path)


def test_it_says_which_words_kiwi_knows_whole_as_a_kiwi_of_ones_own_does(runtime: Path
                                                                       ) -> None:
    words = ["베이징", "나비", "메이퇀", "상하이에서"]
    assert resident.known_tags(words, kiwi="plain") is None  # none yet: the caller asks its own
    assert wait_for(lambda: resident.known_tags(words, kiwi="plain") is not None)
    assert resident.known_tags(words, kiwi="plain") == known_tags(plain_kiwi(), words) \
        == ["NNP", "NNG", "", ""]
    assert resident.stop()


def test_annotation_reads_the_same_with_and_without_it(runtime: Path) -> None:
    index = TermIndex([("济南", "濟南", "지난", 3), ("万钢", "萬鋼", "완강", 1),
                       ("上海", "上海", "상하이", 9)])
    text = "지난 3월 지난에서 열린 회의. 그는 완강한 태도로 상하이사무소에서 일했다."
    alone = annotate(text, index, "ko")
    assert [m.text for m in alone] == ["지난", "상하이"]
    resident.analyses(["가"])  # starts it
    path = resident.socket_path()
    assert path is not None and wait_for(lambda: resident.analyses(["가"]) is not None)
    from glossary.aids import annotation

    annotation._ANALYSES.clear()  # nothing remembered in this process: all asked of it
    assert annotate(text, index, "ko", resident=True) == alone


def test_the_cli_starts_one_detached_and_answers_the_same(runtime: Path, tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    with Termbase(db) as tb:
        tb.add_mined(mine_document("마윈(馬雲)과 광저우시(广州市)", "seed.txt"))
    doc = tmp_path / "doc.txt"
    doc.write_text("회장 마윈은 광저우시에서 말했다. 지난 3월 마윈이 웃었다.", encoding="utf-8")
    command = [sys.executable, "-m", "glossary", "annotate", "--db", str(db),
               "--format", "jsonl", str(doc)]
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "KOZH_RESIDENT": "1"}
    # run() reads the output to its end: a helper holding it would hang this.
    first = subprocess.run(command, capture_output=True, env=env, timeout=120, check=True)
    path = resident.socket_path()
    assert path is not None and wait_for(lambda: resident.analyses(["가"]) is not None)
    again = subprocess.run(command, capture_output=True, env=env, timeout=120, check=True)
    without = subprocess.run([*command, "--no-resident"], capture_output=True, env=env,
                             timeout=120, check=True)
    rows = [json.loads(line) for line in first.stdout.decode().splitlines()]
    assert [r["text"] for r in rows] == ["마윈", "광저우시", "마윈"]
    assert first.stdout == again.stdout == without.stdout


def test_a_dead_socket_or_nonsense_costs_a_local_analysis(runtime: Path) -> None:
    path = resident.socket_path()
    assert path is not None
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as dead:
        dead.bind(str(path))  # bound, never listening, then closed: a crashed helper's
    assert resident.analyses(["상하이는"]) is None
    assert wait_for(lambda: resident.analyses(["상하이는"]) is not None)  # replaced by a live one
    resident.stop(path)
    assert wait_for(lambda: not path.exists(), 10)

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as liar:
        liar.bind(str(path))
        liar.listen(1)

        def answer_nonsense() -> None:
            conn, _ = liar.accept()
            with conn:
                conn.recv(65536)
                conn.sendall(b'{"analyses": [[["NNP", "x"]]]}\n')

        thread = threading.Thread(target=answer_nonsense)
        thread.start()
        assert resident.analyses(["상하이는"]) is None
        thread.join(10)


def test_it_stops_when_idle_or_when_its_socket_is_taken(runtime: Path) -> None:
    path = resident.socket_path()
    assert path is not None
    path.parent.mkdir(mode=0o700)
    started = time.monotonic()
    resident.serve(path, idle=0.5)  # here, in this process: Kiwi is already loaded
    assert not path.exists() and time.monotonic() - started < 15

    server = threading.Thread(target=resident.serve, args=(path,))
    server.start()
    assert wait_for(lambda: resident._ask(path, {"words": ["가"]}) is not None, 30)
    path.unlink()  # another install took its place, or the folder was cleared
    server.join(15)
    assert not server.is_alive()


def test_a_folder_it_cannot_make_or_share_costs_nothing(runtime: Path) -> None:
    (runtime / "kozh").mkdir(mode=0o777)
    (runtime / "kozh").chmod(0o777)  # others may write in it: never used
    assert resident.analyses(["상하이는"]) is None
    time.sleep(1)
    assert not list((runtime / "kozh").iterdir())  # nothing started, no mark left


def test_a_folder_it_cannot_make_costs_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = Path(tempfile.mkdtemp(prefix="kr-")) / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(blocker / "run"))
    assert resident.analyses(["상하이는"]) is None  # no socket, none started, no error
    index = TermIndex([("上海", "上海", "상하이", 9)])
    assert [m.text for m in annotate("상하이는 크다.", index, "ko", resident=True)] == ["상하이"]
    shutil.rmtree(blocker.parent)


def test_mining_a_little_asks_it_and_mines_the_same(runtime: Path, tmp_path: Path) -> None:
    from glossary.text.morph import plain_kiwi

    texts = ["기업이 티몰 슈퍼", "그는 상하이에서 열린 회의에 갔다", "지난 3월 발표했다"]
    assert resident.analyses(texts, kiwi="plain") is None  # starts one, ready with this Kiwi
    assert wait_for(lambda: resident.analyses(texts, kiwi="plain") is not None)
    own = [tuple((t.tag, t.start) for t in tokens) for tokens in plain_kiwi().tokenize(texts)]
    assert resident.analyses(texts, kiwi="plain") == own
    assert resident.analyses(texts) == local(texts)  # and the whole Kiwi, made on request

    doc = tmp_path / "article.txt"
    doc.write_text("회장 마윈(馬雲)은 항저우(杭州)에서 티몰 슈퍼(天猫超市)를 소개했다. "
                   "업계 관계자(业内人士)는 기업이(企业) 늘었다고 말했다.", encoding="utf-8")
    command = [sys.executable, "-m", "glossary", "mine", "--dry-run", "--format", "jsonl",
               str(doc)]
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "KOZH_RESIDENT": "1"}
    asked = subprocess.run(command, capture_output=True, env=env, timeout=120, check=True)
    alone = subprocess.run([*command, "--no-resident"], capture_output=True, env=env,
                           timeout=120, check=True)
    pairs = [json.loads(line)["ko"] for line in asked.stdout.decode().splitlines()]
    assert "마윈" in pairs and "티몰 슈퍼" in pairs
    assert asked.stdout == alone.stdout


def test_a_process_asks_until_it_mines_much_then_starts_its_own(
        runtime: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from glossary.text import morph

    resident.analyses(["가"], kiwi="plain")
    assert wait_for(lambda: resident.analyses(["가"], kiwi="plain") is not None)
    texts = ["회사가 발표한 계획", "그는 베이징에서 일했다", "새로운 정책이 나왔다"]
    monkeypatch.setattr(morph, "RESIDENT_CALLS", 2)
    morph.plain_kiwi.cache_clear()  # as in a fresh process: no Kiwi of its own yet
    morph.closed_words.cache_clear()
    morph.use_resident()
    try:
        asked = [morph.closed_words(text) for text in texts[:2]]
        assert morph._resident["asked"] == 2 and not morph.plain_kiwi.cache_info().currsize
        morph.closed_words(texts[2])  # the third: mining much, a Kiwi of its own
        assert morph.plain_kiwi.cache_info().currsize
    finally:
        morph.use_resident(False)
        morph.closed_words.cache_clear()
    assert asked == [morph.closed_words(text) for text in texts[:2]]
