"""Regenerate ``glossary/data/traditional.tsv``: OpenCC's traditional form of
every character in ``unihan.tsv`` that it changes, one per line::

    simplified <TAB> traditional

and ``glossary/data/read_apart.tsv``: each simplified character that stands
for traditional ones read apart in Sino-Korean (斗 for 斗 두 and 鬥 투; not 乐,
whose 樂 reads as it does), with those forms; a word's traditional form then
says how to read it (``readings.word_readings``)::

    simplified <TAB> forms

The same conversion as ``glossary.text.normalize.to_hant`` (OpenCC, the
configuration kozh uses), precomputed for single characters: a suggestion
reads a character's Sino-Korean reading from its traditional form (广 → 廣
광), and loading OpenCC's conversion dictionaries would cost it 0.15-0.2 s.
A test holds the table equal to OpenCC on every character.

Usage: python scripts/build_traditional_table.py
"""

from __future__ import annotations

from pathlib import Path

from glossary.text.normalize import to_hans, to_hant, unify_compat

DATA = Path(__file__).resolve().parent.parent / "glossary" / "data"


def main() -> None:
    chars = [line.split("\t", 1)[0] for line in
             (DATA / "unihan.tsv").read_text(encoding="utf-8").splitlines() if line]
    unified = dict.fromkeys(unify_compat(ch) for ch in chars)  # as to_hant reads them
    rows = [f"{ch}\t{hant}\n" for ch in unified if (hant := to_hant(ch)) != ch]
    (DATA / "traditional.tsv").write_text("".join(rows), encoding="utf-8")
    print(f"{len(rows)} characters OpenCC writes otherwise in traditional script")
    apart = read_apart(chars)
    (DATA / "read_apart.tsv").write_text("".join(apart), encoding="utf-8")
    print(f"{len(apart)} simplified characters stand for traditional ones read apart")


def read_apart(chars: list[str]) -> list[str]:
    """The rows of ``read_apart.tsv`` for the characters ``chars``: OpenCC's
    simplified form of each, and the forms it stands for (itself among them),
    where their readings differ beyond the initial-sound law (리 and 이 of 里
    and 裡 are one reading)."""
    from glossary.text.hangul import initial_law_variants
    from glossary.text.readings import own_reading

    forms: dict[str, set[str]] = {}
    for ch in chars:
        simplified = to_hans(ch)
        if simplified != ch and len(simplified) == 1:
            forms.setdefault(simplified, {simplified}).add(ch)
    rows = []
    for simplified, written in sorted(forms.items()):
        sounds: list[str] = []
        for reading in sorted(filter(None, map(own_reading, written))):
            if not any(reading in initial_law_variants(sound) or sound in
                       initial_law_variants(reading) for sound in sounds):
                sounds.append(reading)
        if len(sounds) > 1:
            rows.append(f"{simplified}\t{''.join(sorted(written))}\n")
    return rows


if __name__ == "__main__":
    main()
