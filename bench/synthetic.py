"""Synthetic termbases for the benchmarks: distinct Chinese and Korean terms
spelled from small alphabets, inserted with plain SQL (fast, no mining)."""

from __future__ import annotations

from pathlib import Path

from db import Termbase
from glossary.model import grams

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


def build(path: Path, concepts: int, per_concept: int = 1) -> int:
    """Fill a new termbase; returns the number of pairs (renderings)."""
    pairs = concepts * per_concept
    with Termbase(path) as tb, tb.transaction() as conn:
        conn.execute("INSERT INTO documents (id, name, sha256, origin, added_at, label)"
                     " VALUES (1, 'bench.txt', '', 'mined', '', 'bench.txt')")
        conn.executemany("INSERT INTO concepts (id, zh_key, zh_hans, zh_hant) VALUES (?, ?, ?, ?)",
                         ((i, term(i, HAN), term(i, HAN), term(i, HAN)) for i in range(concepts)))
        conn.executemany("INSERT INTO renderings (id, concept_id, ko, ko_key, kind)"
                         " VALUES (?, ?, ?, ?, 'transliteration')",
                         ((i, i // per_concept, term(i, HANGUL, 5), term(i, HANGUL, 5))
                          for i in range(pairs)))
        conn.executemany("INSERT INTO occurrences (document_id, rendering_id, position, zh,"
                         " confidence, count, context, ko, kind)"
                         " VALUES (1, ?, ?, ?, 0.9, ?, ?, ?, 'transliteration')",
                         ((i, i, term(i // per_concept, HAN), 1 + i % 3,
                           f"문맥 {term(i, HANGUL, 5)}", term(i, HANGUL, 5))
                          for i in range(pairs)))
        conn.execute("UPDATE renderings SET (count, confidence, seen_at) = (SELECT SUM(o.count),"
                     " MAX(o.confidence), '' FROM occurrences o WHERE o.rendering_id ="
                     " renderings.id)")
        conn.executemany("INSERT OR IGNORE INTO grams (gram, concept_id) VALUES (?, ?)",
                         ((gram, i) for i in range(concepts)
                          for key in (term(i, HAN), *(term(i * per_concept + k, HANGUL, 5)
                                                      for k in range(per_concept)))
                          for gram in grams(key)))
    return pairs
