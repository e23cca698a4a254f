"""Synthetic termbases for the benchmarks: distinct Chinese terms spelled from
a small alphabet, inserted with plain SQL (fast, no mining).

The Korean of each pair is either another word of a small Hangul alphabet
(``spelled=False``: lookups and annotation only need distinct strings) or,
as in a mined termbase, the transcription of the Chinese, one pair in
MISSPELT carrying a wrong last syllable (``spelled=True``: what ``kozh check``
meets in real termbases, where random strings would make every pair a finding).
"""

from __future__ import annotations

from pathlib import Path

from db import Termbase
from db.settle import settle_verdicts
from glossary.model import grams
from glossary.text.readings import pinyin_readings
from glossary.text.transcribe import transcribe_pinyin

HAN = "".join(dict.fromkeys("上海北京广州深圳杭州南京成都武汉重庆天津苏州"
                            "西安长沙郑州青岛大连厦门宁波云龙华东明光"))
HANGUL = "".join(dict.fromkeys("가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허"))


def term(n: int, alphabet: str, width: int = 4) -> str:
    """The n-th distinct word of ``width`` letters from ``alphabet``."""
    out = []
    for _ in range(width):
        n, digit = divmod(n, len(alphabet))
        out.append(alphabet[digit])
    return "".join(out)


MISSPELT = 50


def _reading(ch: str) -> str:
    return transcribe_pinyin(pinyin_readings(ch)[0])


# Characters of distinct readings: homophones (青/庆 칭) would make a shared
# rendering of one pair in six, where real termbases have few.
SPELLED_HAN = "".join({_reading(ch): ch for ch in reversed(HAN)}.values())


def spelled_term(n: int) -> str:
    return term(n, SPELLED_HAN)


def spelled_reading(n: int) -> str:
    """The transcription of the n-th spelled term, misspelt for one in MISSPELT."""
    korean = "".join(_reading(ch) for ch in spelled_term(n))
    return korean[:-1] + "퍼" if n % MISSPELT == 7 else korean


def build(path: Path, concepts: int, per_concept: int = 1, spelled: bool = False) -> int:
    """Fill a new termbase; returns the number of pairs (renderings)."""
    pairs = concepts * per_concept
    chinese = spelled_term if spelled else (lambda i: term(i, HAN))
    if spelled:
        assert per_concept == 1, "one spelled rendering per concept"
        readings = [spelled_reading(i) for i in range(concepts)]

        def korean(i: int) -> str:
            return readings[i]
    else:
        def korean(i: int) -> str:
            return term(i, HANGUL, 5)

    with Termbase(path) as tb, tb.transaction() as conn:
        conn.execute("INSERT INTO documents (id, name, sha256, origin, added_at, label)"
                     " VALUES (1, 'bench.txt', '', 'mined', '', 'bench.txt')")
        conn.executemany("INSERT INTO concepts (id, zh_key, zh_hans, zh_hant) VALUES (?, ?, ?, ?)",
                         ((i, chinese(i), chinese(i), chinese(i)) for i in range(concepts)))
        conn.executemany("INSERT INTO renderings (id, concept_id, ko, ko_key, kind)"
                         " VALUES (?, ?, ?, ?, 'transliteration')",
                         ((i, i // per_concept, korean(i), korean(i)) for i in range(pairs)))
        conn.executemany("INSERT INTO occurrences (document_id, rendering_id, position, zh,"
                         " confidence, count, context, ko, kind)"
                         " VALUES (1, ?, ?, ?, 0.9, ?, ?, ?, 'transliteration')",
                         ((i, i, chinese(i // per_concept), 1 + i % 3,
                           f"문맥 {korean(i)}", korean(i)) for i in range(pairs)))
        conn.execute("UPDATE renderings SET (count, confidence, seen_at) = (SELECT SUM(o.count),"
                     " MAX(o.confidence), '' FROM occurrences o WHERE o.rendering_id ="
                     " renderings.id)")
        conn.executemany("INSERT OR IGNORE INTO grams (gram, concept_id) VALUES (?, ?)",
                         ((gram, i) for i in range(concepts)
                          for key in (chinese(i), *(korean(i * per_concept + k)
                                                      for k in range(per_concept)))
                          for gram in grams(key)))
        settle_verdicts(conn, list(range(concepts)))  # what a check asks, kept as mining keeps it
    return pairs
