"""Mining on this machine: in this process, or in a pool of worker processes.

Documents go to the workers in batches of about a megabyte of text, at most a
few batches per worker in flight, so memory stays flat however large the
corpus; results come back in document order, ready for one writer to store.
Documents without a Han character (most of a corpus) the writer mines itself.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.pool import AsyncResult

from ..mining import Correspondences, mine_record
from ..model import Document, MinedDocument
from ..text.normalize import may_show_han

BATCH_BYTES = 1 << 20
IN_FLIGHT_PER_WORKER = 3


# A text of our own that asks what a decision loads: a transcribed name, a
# name read in Japanese, a translation Kiwi analyses, a name the tables give.
WARM_UP = "베이징(北京)과 도쿄(東京)의 게임 회사(游戏公司)가 메타버스(元宇宙)를 만든다."


def warm_up(learned: Correspondences | None = None) -> None:
    """Load in this process what mining loads on first use."""
    mine_record(Document("warm-up", WARM_UP), 0.0, learned)


def mine_batch(documents: list[Document], min_confidence: float,
               learned: Correspondences | None = None) -> list[MinedDocument]:
    """What a worker does: mine each document of a batch."""
    return [mine_record(doc, min_confidence, learned) for doc in documents]


def batches(documents: Iterable[Document], size: int = BATCH_BYTES) -> Iterator[list[Document]]:
    batch: list[Document] = []
    filled = 0
    for doc in documents:
        batch.append(doc)
        filled += len(doc.text) * 3
        if filled >= size:
            yield batch
            batch, filled = [], 0
    if batch:
        yield batch


def mine_local(documents: Iterable[Document], *, jobs: int = 1, min_confidence: float = 0.0,
               learned: Correspondences | None = None) -> Iterator[MinedDocument]:
    """Mine in ``jobs`` worker processes (in this one for a single job or a
    single batch); results in document order."""
    chunks = batches(documents)
    first = next(chunks, None)
    if first is None:
        return
    second = next(chunks, None)
    if jobs <= 1 or second is None:
        for chunk in _chain(first, second, chunks) if second else [first]:
            yield from mine_batch(chunk, min_confidence, learned)
        return
    forks = "fork" in multiprocessing.get_all_start_methods()
    if forks:
        # What mining loads on first use (Kiwi, the tables, jieba's
        # dictionary) loaded once here is every forked worker's at no cost.
        warm_up(learned)
    context = multiprocessing.get_context("fork" if forks else "spawn")
    with context.Pool(jobs, initializer=_leave_interrupts_to_the_parent) as pool:
        pending: deque[tuple[list[Document], list[bool], AsyncResult[list[MinedDocument]]]] \
            = deque()
        for chunk in _chain(first, second, chunks):
            # A document without a Han character holds no gloss: mining it costs
            # less than sending it to a worker and its result back (most of a corpus).
            glossed, sent = to_send(chunk)
            pending.append((chunk, glossed,
                            pool.apply_async(mine_batch, (sent, min_confidence, learned))))
            if len(pending) >= jobs * IN_FLIGHT_PER_WORKER:
                yield from _batch_in_order(*pending.popleft(), min_confidence, learned)
        while pending:
            yield from _batch_in_order(*pending.popleft(), min_confidence, learned)


def _batch_in_order(chunk: list[Document], glossed: list[bool],
                    result: AsyncResult[list[MinedDocument]], min_confidence: float,
                    learned: Correspondences | None) -> Iterator[MinedDocument]:
    return in_order(chunk, glossed, result.get(), min_confidence, learned)


def to_send(chunk: list[Document]) -> tuple[list[bool], list[Document]]:
    """Which documents of a batch may hold a gloss, and those documents: the
    ones worth sending to a worker."""
    glossed = [may_show_han(doc.text) for doc in chunk]
    return glossed, [doc for doc, has in zip(chunk, glossed, strict=True) if has]


def in_order(chunk: list[Document], glossed: list[bool], mined: list[MinedDocument],
             min_confidence: float, learned: Correspondences | None) -> Iterator[MinedDocument]:
    """A batch's documents mined, in order: those sent to a worker from what
    it ``mined``, the others here."""
    sent = iter(mined)
    for doc, has in zip(chunk, glossed, strict=True):
        yield next(sent) if has else mine_record(doc, min_confidence, learned)


def _leave_interrupts_to_the_parent() -> None:
    """Ctrl-C reaches every process of the terminal's group: a worker leaves
    it to the parent, which stops the pool, instead of printing a traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _chain(first: list[Document], second: list[Document],
           rest: Iterator[list[Document]]) -> Iterator[list[Document]]:
    yield first
    yield second
    yield from rest
