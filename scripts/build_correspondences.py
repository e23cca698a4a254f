"""Build glossary/data/correspondences.tsv from kozh's own mining of public text.

    python scripts/build_correspondences.py ../shared/corpus/kowiki \
        > glossary/data/correspondences.tsv

Mines the given files (Korean Wikipedia articles in wikiextractor form) with
the shipped table left empty, takes the mixed and translated pairs, learns
which Korean spelling translates which Chinese piece in them
(glossary.mining.correspondences.learn), and keeps the correspondences seen
in at least MIN_PAIRS distinct pairs. Only facts leave the corpus: a Chinese
piece, a Korean word, a count.
"""

from __future__ import annotations

import sys

from glossary.ingest import read_documents
from glossary.mining import correspondences
from glossary.mining.documents import mine
from glossary.model import Kind
from glossary.text.hangul import similarity
from glossary.text.japanese import japanese_hangul

MIN_PAIRS = 2
JAPANESE_LIKE = 0.5  # a pair this close to its Japanese reading is a Japanese name


def _japanese(zh: str, ko: str) -> bool:
    """Japanese names the miner took for mixed pairs: their pieces are
    readings pykakasi did not give exactly, not translations."""
    reading = japanese_hangul(zh).replace(" ", "")
    return bool(reading) and similarity(reading, ko.replace(" ", "")) >= JAPANESE_LIKE


def main(paths: list[str]) -> None:
    empty: dict[str, tuple[str, ...]] = {}
    pairs = set()
    for doc in read_documents(paths):
        for pair in mine(doc.text, doc.id, learned=empty):
            if pair.kind in (Kind.MIXED, Kind.TRANSLATION) and not _japanese(pair.zh, pair.ko):
                pairs.add((pair.zh, pair.ko))
    counts = correspondences.learn(sorted(pairs))
    print("# Chinese piece\tKorean spelling\tpairs it was learned from")
    print(f"# learned from {len(pairs)} mixed and translated pairs mined by kozh from"
          f" Korean Wikipedia; kept when seen in {MIN_PAIRS} pairs or more")
    for (zh, ko), count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        if count >= MIN_PAIRS:
            print(f"{zh}\t{ko}\t{count}")


if __name__ == "__main__":
    main(sys.argv[1:] or ["../shared/corpus/kowiki"])
