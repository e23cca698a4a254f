"""Fit glossary/mining/calibration.py on the development set: for each kind,
the shift that moves its mean score to its smoothed accuracy."""

from __future__ import annotations

import json
import os
from collections import defaultdict

from accuracy import SHARED, right

from glossary.ingest import mine_documents, read_documents
from glossary.mining import calibration


def main() -> None:
    gold = {}
    for line in (SHARED / "corpus" / "seeds-gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            gold[(os.path.basename(record["doc"]), record["paren_start"])] = record
    by_kind: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    for doc in mine_documents(read_documents([str(SHARED / "corpus" / "seeds")])):
        for pair in doc.pairs:
            raw = calibration.raw_score(pair.kind, pair.confidence)  # undo the table
            by_kind[str(pair.kind)].append((raw, right(pair, gold)))
    print("kind              n  right  mean score  target  shift")
    for kind, scored in sorted(by_kind.items()):
        n, ok = len(scored), sum(good for _, good in scored)
        mean = sum(score for score, _ in scored) / n
        target = (ok + calibration.WEIGHT * calibration.PRIOR) / (n + calibration.WEIGHT)
        print(f"{kind:16s} {n:3d}  {ok:5d}  {mean:10.3f}  {target:6.3f}  {target - mean:+.3f}")


if __name__ == "__main__":
    main()
