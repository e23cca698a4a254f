"""`kozh annotate` wall time on a 20 KB Korean document against a 100k-entry
termbase, in a fresh process (model loads included), and on a Chinese one:
the first run builds the index and starts the resident Kiwi, the next finds
both kept, and one with --no-resident starts a Kiwi of its own."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from synthetic import HAN, HANGUL, build, term

from glossary.text import resident

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
            for run in ("first run", "again", "--no-resident"):
                start = time.perf_counter()
                result = subprocess.run([sys.executable, "-m", "glossary", "annotate", "--db",
                                         str(db), "--summary", str(doc),
                                         *(["--no-resident"] if run == "--no-resident" else [])],
                                        check=True, capture_output=True, text=True)
                wall = time.perf_counter() - start
                found = len(result.stdout.splitlines())
                print(f"annotate {lang} ({run}): {len(doc.read_bytes()) / 1000:.0f} KB, "
                      f"{ENTRIES:,} entries, {found} distinct terms, {wall:.2f} s wall")
    resident.stop()  # the resident Kiwi the first run started

if __name__ == "__main__":
    main()
