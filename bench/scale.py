"""Mining a real multi-document corpus at scale, and reading what it made.

Mines ../shared/corpus/kowiki (wikiextractor files of Korean Wikipedia, read
in place) with 1 and 2 worker processes and with Dask (a local cluster of 2
workers), then times lookups, annotation, checks and suggestions on the
resulting termbase and on a synthetic termbase of a million pairs.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from synthetic import build, spelled_reading, spelled_term

from db import Termbase
from glossary.text import resident

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
KOWIKI = SHARED / "corpus" / "kowiki"


def kozh(*args: str, env: dict[str, str] | None = None, check: bool = True) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "glossary", *args], capture_output=True,
                          text=True, encoding="utf-8", env={**os.environ, **(env or {})})
    if done.returncode and check:
        raise SystemExit(f"kozh {' '.join(args)} failed: {done.stderr}")
    return time.perf_counter() - start, done.stderr


def corpus_bytes() -> int:
    from glossary.ingest import read_documents

    return sum(len(doc.text.encode("utf-8")) for doc in read_documents([str(KOWIKI)]))


def peak_of(*args: str) -> tuple[float, int, float]:
    """Seconds, peak memory (MB) and CPU seconds (user and system) of one
    ``kozh`` process and the children it waited for (its workers): its own
    rusage (RUSAGE_CHILDREN would give the largest of every process this
    script ran so far). The resident Kiwi, which no process waits for, is
    left out of the CPU seconds."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        process = subprocess.Popen([sys.executable, "-m", "glossary", *args],
                                   stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode:
            err.seek(0)
            raise SystemExit(f"kozh {' '.join(args)} failed: {err.read().decode()}")
    return time.perf_counter() - start, usage.ru_maxrss // 1024, usage.ru_utime + usage.ru_stime


def mine(folder: Path, label: str, *flags: str) -> Path:
    db = folder / f"{label}.db"
    seconds, peak, cpu = peak_of("mine", "--db", str(db), *flags, str(KOWIKI))
    with Termbase(db, read_only=True) as tb:
        stats = tb.stats()
    size = SIZE / 1e6
    # Per core, what counts is the CPU time the megabytes took, however many processes.
    print(f"mine {label:8s} {seconds:7.1f} s  {size / seconds:5.2f} MB/s  CPU {cpu:5.1f} s "
          f"({size / cpu:4.2f} MB/s a core)  {stats.documents} documents  {stats.renderings} "
          f"pairs  {stats.concepts} concepts  peak {peak} MB")
    return db


def warm_lookups(db: Path, queries: list[str]) -> None:
    with Termbase(db, read_only=True) as tb:
        for query in queries:
            runs = []
            for _ in range(20):
                start = time.perf_counter()
                tb.lookup(query)
                runs.append(time.perf_counter() - start)
            print(f"  lookup {query!r:14s} warm {statistics.median(runs) * 1000:6.2f} ms")


def reads(db: Path, label: str, queries: list[str], text: Path) -> None:
    print(f"{label}:")
    warm_lookups(db, queries)
    cold = [kozh("lookup", "--db", str(db), "--limit", "3", q, check=False)[0] for q in queries]
    print(f"  lookup cold (whole process), worst of {len(queries)}: {max(cold):.3f} s")
    first = kozh("annotate", "--db", str(db), str(text))[0]
    again = min(kozh("annotate", "--db", str(db), str(text))[0] for _ in range(2))
    alone = kozh("annotate", "--no-resident", "--db", str(db), str(text))[0]
    print(f"  annotate 20 KB (whole process): {first:.2f} s building the index (and starting "
          f"the resident Kiwi), {again:.2f} s with both kept (best of 2), {alone:.2f} s with "
          f"the index kept and a Kiwi of its own (--no-resident)")
    first = kozh("check", "--db", str(db))[0]
    again = kozh("check", "--db", str(db))[0]
    with Termbase(db, read_only=True) as tb:  # a translator decides about one pair
        ko, zh = tb.conn.execute("SELECT r.ko, c.zh_hans FROM renderings r JOIN concepts c"
                                 " ON c.id = r.concept_id WHERE r.count > 0 LIMIT 1").fetchone()
    kozh("approve", "--db", str(db), ko, zh)
    decided = kozh("check", "--db", str(db))[0]
    print(f"  check (whole process): {first:.2f} s finding, {again:.2f} s with the findings kept, "
          f"{decided:.2f} s after a decision")
    first = kozh("suggest", "--db", str(db), "杭州西湖")[0]
    terms = ("杭州西湖", "韩雯斐", "中华全国总工会")
    cold = [kozh("suggest", "--db", str(db), term)[0] for term in terms]
    print(f"  suggest (whole process): {first:.2f} s first (makes the lexicon once per "
          f"machine if missing), then {min(cold):.2f}–{max(cold):.2f} s cold")


def main() -> None:
    global SIZE
    if not KOWIKI.is_dir():
        raise SystemExit(f"no corpus at {KOWIKI}")
    SIZE = corpus_bytes()
    print(f"corpus: {len(list(KOWIKI.iterdir()))} files, {SIZE / 1e6:.1f} MB of text, "
          f"{os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        one = mine(folder, "jobs 1", "--jobs", "1")
        mine(folder, "jobs 2", "--jobs", "2")
        mine(folder, "dask 2", "--engine", "dask", "--jobs", "2")
        again = kozh("mine", "--db", str(one), str(KOWIKI))[0]
        print(f"mine again, nothing changed: {again:.1f} s (every document known, none mined)")
        text = folder / "article.txt"
        text.write_text(("상하이와 베이징, 마윈은 항저우에서 타오바오를 세웠다. 광저우시에서 "
                         "열린 박람회. ") * 300, encoding="utf-8")
        reads(one, "on the kowiki termbase", ["上海", "상하이는", "北", "京", "광저우"], text)
        big = folder / "million.db"
        start = time.perf_counter()
        pairs = build(big, 1_000_000)
        print(f"synthetic termbase: {pairs} pairs built in {time.perf_counter() - start:.0f} s")
        reads(big, "on a million pairs", ["上海北京", "海北", "가나다라마", "다라", "京"], text)
        # 300k pairs whose Korean is the transcription of the Chinese (one in 50
        # misspelt), as in a mined termbase, and a document that uses them.
        spelled = folder / "spelled.db"
        build(spelled, 300_000, spelled=True)
        uses = folder / "uses.txt"
        uses.write_text(" ".join(f"{spelled_reading(i * 7919 % 300_000)}은 "
                                 f"{spelled_reading(i * 104729 % 300_000)}에서 회의를 열었다."
                                 for i in range(340)), encoding="utf-8")
        reads(spelled, "on 300k pairs spelled by readings",
              [spelled_term(12345), spelled_term(12345)[1:3], spelled_reading(4321),
               spelled_reading(4321)[:2], "京"], uses)
    resident.stop()  # the resident Kiwi the annotations started, not left for its idle minutes


SIZE = 0

if __name__ == "__main__":
    main()
