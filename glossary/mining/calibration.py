"""Confidence as a probability: among pairs near 0.9, about nine in ten right.

The miner's scores rank pairs within a kind; this table moves each kind so
that its mean score lands on how often that kind was right on the development set
(../shared/corpus/seeds), smoothed towards a prior of 0.85 with the weight of
ten pairs, so that a kind seen a few times is not taken as certain.
A score moves in proportion to its distance from 1, so the order within a kind
stays and no score passes 1. ``bench/calibrate.py`` fits it again.

>>> calibrated(Kind.LATIN, 0.75), calibrated(Kind.TRANSLITERATION, 0.97)
(0.94, 0.98)
>>> calibrated(Kind.SINO_KOREAN, 0.97) <= calibrated(Kind.TRANSLITERATION, 0.97)
True
"""

from __future__ import annotations

from ..model import Kind

PRIOR, WEIGHT = 0.85, 10
# Fitted by bench/calibrate.py on the development set (79 gold pairs):
# kind → (mean score, shift of the mean).
FIT = {Kind.TRANSLITERATION: (0.957, 0.012), Kind.SINO_KOREAN: (0.895, 0.045),
       Kind.LATIN: (0.746, 0.198), Kind.MIXED: (0.722, 0.194),
       Kind.TRANSLATION: (0.546, 0.318)}


def calibrated(kind: Kind, score: float) -> float:
    """The probability that a pair of ``kind`` with the miner's ``score`` is right."""
    mean, shift = FIT.get(kind, (0.0, 0.0))
    moved = score + shift * (1.0 - score) / (1.0 - mean) if shift else score
    return round(min(0.99, max(0.05, moved)), 2)


def raw_score(kind: Kind, confidence: float) -> float:
    """The miner's score behind a calibrated confidence (near enough, after rounding)."""
    mean, shift = FIT.get(kind, (0.0, 0.0))
    factor = shift / (1.0 - mean) if shift else 0.0
    return (confidence - factor) / (1.0 - factor)
