"""Knowledge of the two scripts, and nothing of kozh's records or store.

``normalize`` (keys and forms), ``hangul`` (jamo), ``readings`` (Unihan
readings), ``transcribe`` (Mandarin → Hangul), ``cantonese`` (Cantonese →
Hangul, as Hong Kong's names are written), ``korean`` (particles),
``variants`` (Hanja variant classes) and ``morph`` (Kiwi and jieba, loaded
lazily). Every other floor may use these; they use none of them.
"""

from pathlib import Path

# The tables kozh ships (Unihan readings, Japanese readings, correspondences),
# read beside the package: importlib.resources would cost every start 11 ms.
DATA = Path(__file__).resolve().parent.parent / "data"
