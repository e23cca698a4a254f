"""`kozh annotate` wall time on a 20 KB Korean document against a 100k-entry
termbase, in a fresh process (model loads included), and on a Chinese one."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from synthetic import HAN, HANGUL, build, term

ENTRIES = 100_000


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "big.db"
        build(db, ENTRIES)
        sentence_ko = " ".join(f"{term(i * 37, HANGUL, 5)}은 {term(i * 11, HANGUL, 3)}에서 왔다."
                               for i in range(400))
        sentence_zh = "，".join(f"{term(i * 37, HAN, 4)}来到{term(i * 11, HAN, 2)}"
                               for i in range(900))
        for lang, text in (("ko", sentence_ko), ("zh", sentence_zh)):
            doc = Path(folder) / f"doc-{lang}.txt"
            doc.write_text(text[:20_000], encoding="utf-8")
            start = time.perf_counter()
            result = subprocess.run([sys.executable, "-m", "glossary", "annotate", "--db",
                                     str(db), "--summary", str(doc)], check=True,
                                    capture_output=True, text=True)
            wall = time.perf_counter() - start
            found = len(result.stdout.splitlines())
            print(f"annotate {lang}: {len(doc.read_bytes()) / 1000:.0f} KB, {ENTRIES:,} entries, "
                  f"{found} distinct terms, {wall:.2f} s wall")


if __name__ == "__main__":
    main()
