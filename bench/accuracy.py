"""Mine ../shared/corpus/seeds with kozh and score it against the gold pairs.

Prints score.py's figures (P/R/F1 and hits per kind; with --show, every miss
and false positive), then how well confidence is calibrated: predictions in
bins of confidence, how many in each were right, and the expected calibration
error (the gap between confidence and accuracy, averaged over predictions).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from glossary.ingest import mine_documents, read_documents
from glossary.model import MinedPair
from glossary.text.normalize import to_hans

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
BINS = 10


def right(pair: MinedPair, gold: dict[tuple[str, int], dict[str, object]]) -> bool:
    """As score.py judges: same document and bracket, Korean (or an alternative)
    and Chinese after t2s."""
    expected = gold.get((os.path.basename(str(pair.doc)), pair.paren_start))
    if not expected or expected.get("ko") is None:
        return False
    accepted = {expected["ko"], *expected.get("ko_alt", [])}  # type: ignore[misc]
    return pair.ko in accepted and to_hans(pair.zh) == to_hans(str(expected["zh"]))


def calibration(pairs: list[MinedPair], gold: dict[tuple[str, int], dict[str, object]]) -> None:
    bins: list[list[tuple[float, bool]]] = [[] for _ in range(BINS)]
    for pair in pairs:
        bins[min(BINS - 1, int(pair.confidence * BINS))].append((pair.confidence,
                                                                 right(pair, gold)))
    error = 0.0
    print("confidence  predictions  right  mean confidence")
    for index, members in enumerate(bins):
        if not members:
            continue
        accuracy = sum(ok for _, ok in members) / len(members)
        mean = sum(c for c, _ in members) / len(members)
        error += len(members) / len(pairs) * abs(accuracy - mean)
        print(f"{index / BINS:.1f}-{(index + 1) / BINS:.1f}  {len(members):11d}  "
              f"{accuracy:5.2f}  {mean:15.2f}")
    print(f"expected calibration error: {error:.3f}")


def main() -> int:
    seeds = SHARED / "corpus" / "seeds"
    gold_path = SHARED / "corpus" / "seeds-gold.jsonl"
    if not seeds.is_dir():
        print(f"no development corpus at {seeds}", file=sys.stderr)
        return 1
    pairs = [pair for doc in mine_documents(read_documents([str(seeds)])) for pair in doc.pairs]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8",
                                     delete=False) as out:
        for pair in pairs:
            out.write(json.dumps(pair.to_dict(), ensure_ascii=False) + "\n")
    command = [sys.executable, str(SHARED / "eval" / "score.py"), str(gold_path), out.name]
    status = subprocess.call(command + sys.argv[1:])
    gold = {}
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            gold[(os.path.basename(record["doc"]), record["paren_start"])] = record
    calibration(pairs, gold)
    return status


if __name__ == "__main__":
    sys.exit(main())
