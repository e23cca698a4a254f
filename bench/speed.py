"""Throughput of the miner beside a bare bracket regex, and lookup cold start.

Mines the development corpus repeated to at least 5 MB on one core, reports
MB/s (UTF-8 bytes) for the miner and for a regex that only finds brackets,
peak memory, and the wall time of a fresh `kozh lookup` process.
"""

from __future__ import annotations

import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from db import Termbase
from glossary import mine, mine_document
from glossary.mining.decide import forget_decisions
from glossary.text.morph import closed_words
from glossary.text.segmenter import word_spans

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
TARGET_BYTES = 5 * 1024 * 1024


def corpus() -> list[str]:
    texts = [p.read_text(encoding="utf-8-sig") for p in sorted((SHARED / "corpus" / "seeds")
                                                               .glob("*.txt"))]
    size = sum(len(t.encode()) for t in texts)
    return texts * (TARGET_BYTES // size + 1)


def lexicon_costs() -> tuple[float, float, float]:
    """Microseconds the lexicon costs: a query for one word not asked before,
    each more word in a query of 50, and a word read with the whole table
    (jieba's words; half the words asked absent, as substrings mostly are)."""
    import random

    from glossary.text import lexicon

    words = sorted(lexicon.whole("words"))
    sample = random.Random(1).sample(words, 20_000)
    keys = [*sample[::2], *(word + "이" for word in sample[1::2])]
    lexicon._whole.pop("words")  # ask key by key, as a process that has asked little does
    lexicon._asked["words"] = -1e12

    def asking(batch: int, keys: list[str]) -> float:
        lexicon._known.pop("words", None)
        lexicon._absent.pop("words", None)
        start = time.perf_counter()
        for begin in range(0, len(keys), batch):
            lexicon.fetch("words", keys[begin : begin + batch])
        return time.perf_counter() - start

    one = asking(1, keys[:5_000]) / 5_000
    more = (asking(50, keys) / len(keys) * 50 - one) / 49
    start = time.perf_counter()
    lexicon._read_whole("words")
    whole = (time.perf_counter() - start) / len(words)
    return one * 1e6, more * 1e6, whole * 1e6


def main() -> None:
    texts = corpus()
    megabytes = sum(len(t.encode()) for t in texts) / 1e6
    closed_words("준비가 끝난")  # model loads are start-up cost, reported apart
    word_spans("准备")
    list(mine("준비(準備)"))  # OpenCC and the Unihan table load on first use too
    distinct = texts[: len(list((SHARED / "corpus" / "seeds").glob("*.txt")))]
    start = time.perf_counter()
    for text in distinct:
        list(mine(text))
    first = time.perf_counter() - start
    print(f"first pass      {sum(len(t.encode()) for t in distinct) / 1e6 / first:.2f} MB/s "
          "(distinct text, cold caches)")
    # Each copy mined as fresh text: the decisions remembered from the copy
    # before would answer every bracket of the next (caches of readings and
    # analyses stay warm, as they are after the first pages of a corpus).
    mining, found = 0.0, 0
    for text in texts:
        forget_decisions()
        start = time.perf_counter()
        found += sum(1 for _ in mine(text))
        mining += time.perf_counter() - start
    bracket = re.compile(r"[(（\[［【][^)）\]］】]{1,300}[)）\]］】]")
    start = time.perf_counter()
    for text in texts:
        bracket.findall(text)
    scan = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"input           {megabytes:.1f} MB, {found} pairs")
    print(f"miner           {megabytes / mining:.2f} MB/s")
    print(f"bracket regex   {megabytes / scan:.1f} MB/s")
    print(f"peak memory     {peak:.0f} MB (models included)")

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        with Termbase(db) as tb:
            tb.add_mined(mine_document("상하이(上海)와 베이징(北京)", "bench.txt"))
        runs = []
        for _ in range(7):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "glossary", "lookup", "--db", str(db), "上海"],
                           check=True, capture_output=True)
            runs.append(time.perf_counter() - start)
    print(f"lookup cold     {statistics.median(runs):.3f} s wall (median of 7)")
    query, key, whole = lexicon_costs()
    print(f"lexicon         a query {query:.1f} µs, each more word {key:.1f} µs, a word read "
          f"whole {whole:.1f} µs (jieba's words: lexicon.QUERY, lexicon.KEY)")
    print("memory while mining one file (a text of more than 4 million characters is mined"
          " in parts; one of more than 64 MB is never held whole):")
    with tempfile.TemporaryDirectory() as folder:
        for copies in (1, 4):
            path = Path(folder) / f"big{copies}.txt"
            with open(path, "w", encoding="utf-8") as out:
                for _ in range(copies):
                    out.write("\n\n".join(texts))
            code = ("import resource, sys;"
                    "from glossary.ingest import mine_documents, read_documents;"
                    "n = sum(len(d.pairs) for d in mine_documents(read_documents(sys.argv[1:])));"
                    "print(n, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)")
            found, rss = subprocess.run([sys.executable, "-c", code, str(path)], check=True,
                                        capture_output=True, text=True).stdout.split()
            print(f"  {path.stat().st_size / 1e6:5.1f} MB file: {found} pairs, peak {rss} MB")


if __name__ == "__main__":
    main()
