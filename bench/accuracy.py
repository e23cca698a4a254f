"""Mine ../shared/corpus/seeds with kozh and score it against the gold pairs.

Prints score.py's figures (P/R/F1 and hits per kind) and, with --show, every
miss and false positive.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from glossary.ingest import mine_documents, read_documents

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def main() -> int:
    seeds = SHARED / "corpus" / "seeds"
    gold = SHARED / "corpus" / "seeds-gold.jsonl"
    if not seeds.is_dir():
        print(f"no development corpus at {seeds}", file=sys.stderr)
        return 1
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8",
                                     delete=False) as out:
        for doc in mine_documents(read_documents([str(seeds)])):
            for found in doc.pairs:
                out.write(json.dumps(found.to_dict(), ensure_ascii=False) + "\n")
    command = [sys.executable, str(SHARED / "eval" / "score.py"), str(gold), out.name]
    return subprocess.call(command + sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
