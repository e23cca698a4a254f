"""Regenerate ``glossary/data/traditional.tsv``: OpenCC's traditional form of
every character in ``unihan.tsv`` that it changes, one per line::

    simplified <TAB> traditional

The same conversion as ``glossary.text.normalize.to_hant`` (OpenCC, the
configuration kozh uses), precomputed for single characters: a suggestion
reads a character's Sino-Korean reading from its traditional form (广 → 廣
광), and loading OpenCC's conversion dictionaries would cost it 0.15-0.2 s.
A test holds the table equal to OpenCC on every character.

Usage: python scripts/build_traditional_table.py
"""

from __future__ import annotations

from pathlib import Path

from glossary.text.normalize import to_hant, unify_compat

DATA = Path(__file__).resolve().parent.parent / "glossary" / "data"


def main() -> None:
    chars = [line.split("\t", 1)[0] for line in
             (DATA / "unihan.tsv").read_text(encoding="utf-8").splitlines() if line]
    unified = dict.fromkeys(unify_compat(ch) for ch in chars)  # as to_hant reads them
    rows = [f"{ch}\t{hant}\n" for ch in unified if (hant := to_hant(ch)) != ch]
    (DATA / "traditional.tsv").write_text("".join(rows), encoding="utf-8")
    print(f"{len(rows)} characters OpenCC writes otherwise in traditional script")


if __name__ == "__main__":
    main()
