"""Documents mined in this process, those the termbase already holds
left out, the termbase's verified pairs learned from, and mined documents
stored a batch at a time."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..mining import Correspondences, combine, learn, mine_record, mining_versions, seed
from ..model import Document, MinedDocument, Status, StoreResult, TermbaseCurator, TermbaseWriter


def mine_documents(documents: Iterable[Document],
                   min_confidence: float = 0.0) -> Iterator[MinedDocument]:
    """Mine documents one after another in this process."""
    for doc in documents:
        yield mine_record(doc, min_confidence)


UNCHANGED_BATCH = 500  # documents asked about at once


def unmined(termbase: TermbaseWriter, documents: Iterable[Document],
            learned: Correspondences | None, unchanged: list[StoreResult]
            ) -> Iterator[Document]:
    """``documents`` but those the termbase holds with the same text, mined
    as they would be now (the same kozh, analysers and ``learned`` table):
    a corpus mined again, or a run cut short and started again, mines only
    what is new. Each one left out is appended to ``unchanged`` as what
    storing it mined again would have said."""
    versions = mining_versions(learned)
    batch: list[Document] = []
    for doc in documents:
        batch.append(doc)
        if len(batch) >= UNCHANGED_BATCH:
            yield from _unmined(termbase, batch, versions, unchanged)
            batch = []
    yield from _unmined(termbase, batch, versions, unchanged)


def _unmined(termbase: TermbaseWriter, batch: list[Document],
             versions: tuple[tuple[str, str], ...],
             unchanged: list[StoreResult]) -> Iterator[Document]:
    known = termbase.unchanged(batch, versions)
    for doc in batch:
        if doc.id in known:
            unchanged.append(StoreResult(doc.id, "unchanged", 0))
        else:
            yield doc


VERIFIED = (Status.APPROVED, Status.PREFERRED)
MAX_VERIFIED = 1_000_000  # pairs learned from: a bound, never reached by hand


def learned_from(termbase: TermbaseCurator) -> Correspondences:
    """The shipped correspondences, extended by what the termbase's verified
    pairs teach: a translator's approval is evidence enough, once.

    Mined candidates teach nothing, so mining stays a function of the text
    (and of decisions): a termbase without decisions mines as any other."""
    verified = termbase.list_pairs(statuses=VERIFIED, limit=MAX_VERIFIED)
    return combine(seed(), learn((pair.zh_hans, pair.ko) for pair in verified), at_least=1)


# A transaction's commit costs about as much as storing a hundred documents
# without a gloss, as most of a corpus is: 2,048 of them (0.1-0.3 s of work)
# store in a quarter less time than 256 did, and the lock is still soon free.
STORE_BATCH_DOCUMENTS = 2048
STORE_BATCH_BYTES = 2 << 20


def store_all(termbase: TermbaseWriter, mined: Iterable[MinedDocument]) -> Iterator[StoreResult]:
    """Store mined documents as they come, a short transaction for each few
    (at most 2,048 documents or 2 MB of text, so the write lock is never held long)."""
    batch: list[MinedDocument] = []
    size = 0
    for doc in mined:
        batch.append(doc)
        size += doc.size
        if len(batch) >= STORE_BATCH_DOCUMENTS or size >= STORE_BATCH_BYTES:
            yield from termbase.add_mined_many(batch)
            batch, size = [], 0
    if batch:
        yield from termbase.add_mined_many(batch)
