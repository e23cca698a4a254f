"""Export throughput and memory on a synthetic termbase of 1,000,000 pairs.

Builds the termbase with plain SQL (500,000 concepts × 2 renderings), then
times `kozh export` in a fresh process for a few formats and reports its
peak memory. Usage: bench/export [PAIRS]
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from glossary.db import Termbase

HAN = "".join(dict.fromkeys("上海北京广州深圳杭州南京成都武汉重庆天津苏州"
                            "西安长沙郑州青岛大连厦门宁波"))
HANGUL = "".join(dict.fromkeys("가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허"))


def term(n: int, alphabet: str, width: int = 4) -> str:
    out = []
    for _ in range(width):
        n, digit = divmod(n, len(alphabet))
        out.append(alphabet[digit])
    return "".join(out)


def build(path: Path, pairs: int) -> None:
    concepts = pairs // 2
    with Termbase(path) as tb, tb.transaction() as conn:
        conn.execute("INSERT INTO documents (id, name, sha256, origin, added_at)"
                     " VALUES (1, 'bench.txt', '', 'mined', '')")
        conn.executemany("INSERT INTO concepts (id, zh_key, zh_hans, zh_hant) VALUES (?, ?, ?, ?)",
                         ((i, term(i, HAN), term(i, HAN), term(i, HAN)) for i in range(concepts)))
        conn.executemany("INSERT INTO renderings (id, concept_id, ko, ko_key, kind)"
                         " VALUES (?, ?, ?, ?, 'transliteration')",
                         ((i, i // 2, term(i, HANGUL, 5), term(i, HANGUL, 5))
                          for i in range(pairs)))
        conn.executemany("INSERT INTO occurrences (document_id, rendering_id, position, zh,"
                         " confidence, count, context) VALUES (1, ?, ?, ?, 0.9, ?, ?)",
                         ((i, i, term(i // 2, HAN), 1 + i % 3, f"문맥 {term(i, HANGUL, 5)}")
                          for i in range(pairs)))


def main() -> None:
    pairs = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "big.db"
        start = time.perf_counter()
        build(db, pairs)
        print(f"built {pairs:,} pairs in {time.perf_counter() - start:.1f} s "
              f"({db.stat().st_size / 1e6:.0f} MB)")
        for fmt in ("tsv", "tbx", "jsonl"):
            out = Path(folder) / f"out.{fmt}"
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "glossary", "export", "--db", str(db),
                            "--format", fmt, "-o", str(out)], check=True, capture_output=True)
            wall = time.perf_counter() - start
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            print(f"export {fmt:6s} {wall:5.1f} s, {out.stat().st_size / 1e6:5.0f} MB out, "
                  f"peak RSS so far {peak:.0f} MB")
            os.remove(out)


if __name__ == "__main__":
    main()
