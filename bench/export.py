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

from synthetic import build


def main() -> None:
    pairs = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "big.db"
        start = time.perf_counter()
        build(db, pairs // 2, per_concept=2)
        print(f"built {pairs:,} pairs in {time.perf_counter() - start:.1f} s "
              f"({db.stat().st_size / 1e6:.0f} MB)")
        for fmt in ("tsv", "tbx", "tbx2", "omegat", "deepl", "csv", "jsonl"):
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
