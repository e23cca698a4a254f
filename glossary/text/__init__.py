"""Knowledge of the two scripts, and nothing of kozh's records or store.

``normalize`` (keys and forms), ``hangul`` (jamo), ``readings`` (Unihan
readings), ``transcribe`` (Mandarin → Hangul), ``korean`` (particles),
``variants`` (Hanja variant classes) and ``morph`` (Kiwi and jieba, loaded
lazily). Every other floor may use these; they use none of them.
"""
