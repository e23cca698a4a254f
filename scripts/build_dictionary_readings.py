"""Regenerate ``glossary/data/dictionary.tsv``: Korean readings of the
characters Unihan gives none, from the table of the ``hanja`` package (a
Korean Hanja dictionary's readings, one per character).

One character per line::

    char <TAB> reading

Unihan's kHangul leaves out about fifteen thousand characters, rare ones
but met in names and old texts (盩厔 주질, 轁 감); the miner reads them
with this table. A character Unihan does give a reading keeps Unihan's
alone: where the two disagree, the dictionary's reading is most often of
another character the simplified form stands for (仅 부).

Usage: pip install hanja; python scripts/build_dictionary_readings.py
"""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "glossary" / "data"
OUT = DATA / "dictionary.tsv"


def hangul_syllable(text: str) -> bool:
    return len(text) == 1 and 0xAC00 <= ord(text) <= 0xD7A3


def main() -> None:
    from hanja.table import hanja_table  # type: ignore[import-not-found]

    known = {}
    for line in (DATA / "unihan.tsv").read_text(encoding="utf-8").splitlines():
        char, korean, *_ = line.split("\t")
        known[char] = korean
    rows = sorted((char, reading) for char, reading in hanja_table.items()
                  if len(char) == 1 and char in known and not known[char]
                  and hangul_syllable(reading))
    OUT.write_text("".join(f"{char}\t{reading}\n" for char, reading in rows), encoding="utf-8")
    print(f"{len(rows)} characters written to {OUT}")


if __name__ == "__main__":
    main()
