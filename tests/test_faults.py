"""Faults: a `kozh mine` killed at any moment leaves a consistent termbase, and
mining again gives what a clean run gives. Adversarial inputs finish."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from glossary import mine_document

KILLS = 20
PLACES = ["베이징(北京)", "상하이(上海)", "광저우시(广州市)", "선전(深圳)", "항저우(杭州)",
          "난징(南京)", "청두(成都)", "우한(武汉)", "충칭(重庆)", "톈진(天津)"]


def write_corpus(folder: Path, documents: int = 40) -> dict[str, int]:
    """Documents written for this test; returns each file's number of pairs."""
    folder.mkdir()
    rng = random.Random(7)
    expected = {}
    for number in range(documents):
        lines = []
        for _ in range(30):
            a, b = rng.sample(PLACES, 2)
            lines.append(f"{number}번째 보고서에 따르면 {a}에서 출발해 {b}까지 클라우드 "
                         f"컴퓨팅(云计算) 업체를 방문했다.")
        text = "\n".join(lines) + "\n"
        path = folder / f"doc{number:02d}.txt"
        path.write_text(text, encoding="utf-8")
        expected[str(path.resolve())] = len(mine_document(text).pairs)
    return expected


def check_consistent(db: Path, expected: dict[str, int]) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'documents'").fetchone():
            return  # killed before the schema was committed: an empty file is consistent
        for name, stored in conn.execute(
                "SELECT d.name, COUNT(o.id) FROM documents d LEFT JOIN occurrences o"
                " ON o.document_id = d.id GROUP BY d.id"):
            assert stored == expected[name], f"{name} is half stored"
        assert conn.execute("SELECT COUNT(*) FROM renderings r WHERE NOT EXISTS"
                            " (SELECT 1 FROM occurrences o WHERE o.rendering_id = r.id)"
                            ).fetchone() == (0,)
        assert conn.execute("SELECT COUNT(*) FROM concepts c WHERE NOT EXISTS"
                            " (SELECT 1 FROM renderings r WHERE r.concept_id = c.id)"
                            ).fetchone() == (0,)
    finally:
        conn.close()


def kozh(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "glossary", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=timeout)


def test_killed_mining_leaves_a_consistent_termbase(tmp_path: Path) -> None:
    expected = write_corpus(tmp_path / "corpus")
    db, clean = tmp_path / "t.db", tmp_path / "clean.db"
    started = time.monotonic()
    assert kozh("mine", "--db", str(clean), str(tmp_path / "corpus")).returncode == 0
    duration = time.monotonic() - started  # kills land across a run, however fast this machine
    rng = random.Random(2026)
    fresh_killed_mid_run = 0
    for kill in range(KILLS):
        # Every other run begins anew; the one between goes on where a killed run stopped,
        # with less work left, so only fresh runs say whether kills land while mining.
        fresh = kill % 2 == 0
        if fresh:
            for path in tmp_path.glob("t.db*"):
                path.unlink()
        process = subprocess.Popen([sys.executable, "-m", "glossary", "mine", "--db", str(db),
                                    str(tmp_path / "corpus")], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.05, 0.85 if fresh else 0.95) * duration)
        fresh_killed_mid_run += fresh and process.poll() is None
        process.send_signal(signal.SIGKILL)
        process.wait()
        if db.exists():
            check_consistent(db, expected)
    assert fresh_killed_mid_run >= KILLS // 4  # half the fresh runs, at least, killed while mining
    assert kozh("mine", "--db", str(db), str(tmp_path / "corpus")).returncode == 0
    check_consistent(db, expected)
    exported = [kozh("export", "--db", str(path), "--format", "tsv").stdout
                for path in (db, clean)]
    assert exported[0] == exported[1] and "云计算" in exported[0]


def _waiting(pid: int) -> bool:
    """Is the process asleep, its CPU time unchanged for a second (waiting
    on a read, past Python's start and kozh's imports)?"""
    def sample() -> tuple[str, str]:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return fields[0], fields[11] + fields[12]  # state, utime + stime

    first = sample()
    time.sleep(1)
    return first[0] == "S" and sample() == first


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_ctrl_c_is_one_line_and_exit_130(interruptible_kozh: list[str], signal_state) -> None:
    """Ctrl-C in any command: "interrupted" and 130, as shells report a
    SIGINT, not a traceback or click's "Aborted!" and 1."""
    with subprocess.Popen([*interruptible_kozh, "mine", "--dry-run", "-"],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          start_new_session=True) as process:
        assert process.stdin is not None
        process.stdin.write("상하이(上海)에서\n".encode())
        process.stdin.flush()  # more may come: kozh waits on stdin
        deadline = time.monotonic() + 120
        while not _waiting(process.pid):
            assert time.monotonic() < deadline
        state = signal_state(process.pid)
        os.killpg(process.pid, signal.SIGINT)
        out, err = process.communicate(timeout=60)
    assert (process.returncode, err.decode(), out) == (130, "interrupted\n", b""), state


@pytest.mark.parametrize("name, text", [
    ("unmatched-openers", "(" * 200_000 + "上海" + "]" * 200_000),
    # each bracket after a closing square one looks back for a link's opening: a
    # look that once sliced all the text before it took 150 s here, and hours at 10 MB
    ("only-brackets", "(上)]" * 400_000),
    ("one-long-line", "상하이(上海)와 " * 60_000),
    ("nested", "(" * 100_000 + "上海" + ")" * 100_000),
    ("long-glosses", ("가" * 40 + "(" + "中" * 200 + ")") * 3_000),
    ("lines-of-translations", "회사(公司)\n" * 30_000),  # each looks for a heading above
])
def test_adversarial_input_finishes(tmp_path: Path, name: str, text: str) -> None:
    """A guard against quadratic time, not a benchmark (bench/adversarial has
    the figures): before the bracket scan was linear, the first of these
    took hours."""
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    result = kozh("mine", "--dry-run", "--format", "jsonl", str(path), timeout=120)
    assert result.returncode == 0, result.stderr


def test_two_writers_both_finish(tmp_path: Path) -> None:
    expected = write_corpus(tmp_path / "corpus", documents=12)
    db = tmp_path / "t.db"
    kozh("stats", "--db", str(db))  # nothing to read yet: both writers create it together
    env = {**os.environ}
    runs = [subprocess.Popen([sys.executable, "-m", "glossary", "mine", "--db", str(db),
                              str(tmp_path / "corpus")], stderr=subprocess.PIPE, env=env)
            for _ in range(2)]
    errors = [run.communicate(timeout=300)[1].decode() for run in runs]
    assert [run.returncode for run in runs] == [0, 0], errors
    check_consistent(db, expected)
    assert sqlite3.connect(db).execute("SELECT COUNT(*) FROM documents").fetchone() == (12,)
