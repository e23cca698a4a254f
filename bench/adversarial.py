"""Time per MB on adversarial inputs, from 10 KB to 10 MB: it must stay flat.

Mining: unmatched brackets, only brackets, one long line, deep nesting, long
glosses, every sentence translated in brackets (to 1 MB). Importing: a CSV
with a stray quote, a TSV of many rows, a deep TBX. Suggesting: the longest
term allowed. Models are loaded before timing; the whole-process figure for
1 MB is printed separately.
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from glossary import FormatError, mine_document
from glossary.formats import read_entries

SIZES = (10_000, 100_000, 1_000_000, 10_000_000)


def repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit.encode()) + 1))[: max(1, size // 3)]


MINING: dict[str, Callable[[int], str]] = {
    "unmatched brackets": lambda n: "(" * (n // 2) + "]" * (n // 2),
    "only brackets": lambda n: repeat("(上)]", n),
    "one long line": lambda n: repeat("상하이(上海)와 베이징(北京), ", n),
    "nested brackets": lambda n: "(" * (n // 4) + "上海" + ")" * (n // 4),
    "long glosses": lambda n: repeat("가" * 40 + "(" + "中" * 200 + ")", n),
    # Chinese, then Hangul that may read it: every size of the Chinese could be the term
    "readings after Chinese": lambda n: repeat(
        "和国" * 12 + "(가나다라 마바사아 자차카타 파하가나 다라마국) ", n),
    # quoted Chinese, a bracket of Korean nouns: Kiwi is asked whether they are nouns
    "quoted, Korean nouns": lambda n: repeat("'和国和国'(가나다 라마바) ", n),
    # readings among glosses: each reading is asked whether a gloss's bracket holds it
    "readings among glosses": lambda n: repeat("그는 上海(상하이)에서 서울(首尔)로 갔다. ", n),
}
# Every sentence followed by its translation, as a bilingual reader writes
# them: a bracket every few words, none a term, each different, and every
# rule asked of each (measured to 1 MB: a few milliseconds a bracket).
_KOREAN = ("오늘 날씨가 좋다 나는 학생이다 그는 떠났다 이 문제는 어렵다 우리는 함께 노래했다 "
           "정말 맛있다 내일 다시 오세요 책을 읽었다 친구를 만났다 학교에 갔다").split()
_CHINESE = ("今天 天气 很好 我 是 学生 他 走了 这个 问题 很难 我们 一起 唱歌 真 好吃 明天 "
            "再来 吧 看书 见 朋友 去 学校").split()


def translated_sentences(size: int) -> str:
    rng = random.Random(size)
    lines, length = [], 0
    while length < size:
        korean = " ".join(rng.choice(_KOREAN) for _ in range(rng.randint(2, 5)))
        chinese = "".join(rng.choice(_CHINESE) for _ in range(rng.randint(2, 5)))
        lines.append(f"{korean}({chinese}).")
        length += len(lines[-1].encode()) + 1
    return "\n".join(lines)


DENSE: dict[str, Callable[[int], str]] = {"sentences translated": translated_sentences}
DENSE_SIZES = SIZES[:3]
IMPORTS: dict[str, tuple[str, Callable[[int], bytes]]] = {
    "csv, stray quote": ("csv", lambda n: b'zh_hans,ko\n"' + repeat("上海,상하이\n", n).encode()),
    "tsv, many rows": ("tsv", lambda n: b"zh_hans\tzh_hant\tko\tkind\tcount\tconfidence\n"
                       + repeat("上海\t上海\t상하이\ttransliteration\t1\t0.9\n", n).encode()),
    "tbx, deep": ("tbx", lambda n: ("<a>" * (n // 8) + "</a>" * (n // 8)).encode()),
}


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def consume(data: bytes, fmt: str) -> None:
    try:
        for _ in read_entries(data, f"x.{fmt}", fmt):
            pass
    except FormatError:
        pass


def row(label: str, seconds: list[float]) -> None:
    per_mb = [s / (size / 1e6) for s, size in zip(seconds, SIZES, strict=False)]
    print(f"{label:22s}" + "".join(f"{s:9.3f}" for s in per_mb)
          + "        —" * (len(SIZES) - len(per_mb)))


def main() -> None:
    mine_document("준비(準備) '和国'(가나다)")  # load the models (Kiwi's too) before timing
    print("seconds per MB at" + "".join(f"{size // 1000:>8d}K" for size in SIZES))
    for label, make in MINING.items():
        row("mine: " + label, [timed(lambda n=n, make=make: mine_document(make(n)))
                               for n in SIZES])
    for label, make in DENSE.items():  # minutes at 10 MB: to 1 MB only
        row("mine: " + label, [timed(lambda n=n, make=make: mine_document(make(n)))
                               for n in DENSE_SIZES])
    for label, (fmt, make_bytes) in IMPORTS.items():
        row("import: " + label, [timed(lambda n=n, m=make_bytes, f=fmt: consume(m(n), f))
                                 for n in SIZES])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "adversarial.txt"
        path.write_text(MINING["unmatched brackets"](1_000_000), encoding="utf-8")
        seconds = timed(lambda: subprocess.run(
            [sys.executable, "-m", "glossary", "mine", "--dry-run", str(path)],
            check=True, capture_output=True))
        print(f"whole process, 1 MB of unmatched brackets: {seconds:.2f} s")
        seconds = timed(lambda: subprocess.run(
            [sys.executable, "-m", "glossary", "suggest", "中华人民共和国国家发展和改革委员会" * 3],
            check=True, capture_output=True))
        print(f"whole process, suggest for a 51-character term: {seconds:.2f} s")


if __name__ == "__main__":
    main()
