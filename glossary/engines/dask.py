"""Mining on a Dask cluster: the same per-document function as a Dask bag.

Documents are read where ``kozh mine`` runs and sent in waves (a few batches
per worker), so memory stays bounded on both sides; each wave is a bag mapped
with :func:`glossary.engines.local.mine_batch` and computed on the cluster,
the next one while this one's results are stored. Documents without a Han
character (most of a corpus) are mined where ``kozh mine`` runs: sending them
costs more than mining them.
Without ``scheduler``, a local cluster of ``workers`` processes is started.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from typing import Any

from ..errors import GlossaryError
from ..mining import Correspondences
from ..model import Document, MinedDocument
from .local import batches, in_order, mine_batch, to_send

WAVE_PER_WORKER = 4
WAVES_IN_FLIGHT = 2  # one computed while the one before is stored
CLOSE_SECONDS = 10


def mine_dask(documents: Iterable[Document], *, scheduler: str | None = None, workers: int = 2,
              min_confidence: float = 0.0,
              learned: Correspondences | None = None) -> Iterator[MinedDocument]:
    try:
        import dask.bag
        from distributed import Client, LocalCluster
    except ImportError:
        raise GlossaryError("the dask engine needs Dask: pip install 'kozh[dask]'") from None
    logging.getLogger("distributed").setLevel(logging.ERROR)
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        with _workers_leave_interrupts_to_us():
            cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1,
                                   processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        size = max(1, len(client.scheduler_info()["workers"])) * WAVE_PER_WORKER
        chunks = batches(documents)
        # The next wave is computed while this one's results are stored; only
        # documents that may hold a gloss are sent (the others are mined here).
        pending: deque[tuple[list[list[Document]], list[list[bool]], Any]] = deque()
        while wave := list(islice(chunks, size)):
            glossed, sent = zip(*map(to_send, wave), strict=True)
            bag = dask.bag.from_sequence(list(sent), npartitions=len(wave))
            pending.append((wave, list(glossed),
                            client.compute(bag.map(mine_batch, min_confidence, learned))))
            if len(pending) >= WAVES_IN_FLIGHT:
                yield from _wave_in_order(*pending.popleft(), min_confidence, learned)
        while pending:
            yield from _wave_in_order(*pending.popleft(), min_confidence, learned)
    finally:
        # Bounded: after Ctrl-C, which reaches the local workers too, closing
        # could wait on workers already gone.
        client.close(timeout=CLOSE_SECONDS)
        if cluster is not None:
            cluster.close(timeout=CLOSE_SECONDS)


def _wave_in_order(wave: list[list[Document]], glossed: list[list[bool]], future: Any,
                   min_confidence: float, learned: Correspondences | None
                   ) -> Iterator[MinedDocument]:
    for chunk, has, mined in zip(wave, glossed, future.result(), strict=True):
        yield from in_order(chunk, has, mined, min_confidence, learned)


@contextmanager
def _workers_leave_interrupts_to_us() -> Iterator[None]:
    """Ctrl-C reaches every process of the terminal's group: local workers
    started while SIGINT is ignored inherit that, and leave the interrupt to
    this process, which closes the cluster (workers interrupted themselves
    printed tracebacks, and closing could then wait on them for ever). They
    log only what is critical, unless the user's Dask settings say otherwise:
    this process reports what a run did."""
    quiet = "DASK_LOGGING__DISTRIBUTED" not in os.environ
    if quiet:
        os.environ["DASK_LOGGING__DISTRIBUTED"] = "critical"  # read by the worker processes
    main = threading.current_thread() is threading.main_thread()
    # Only the main thread may set a handler (nor does another get Ctrl-C).
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if main else None
    try:
        yield
    finally:
        if main:
            signal.signal(signal.SIGINT, previous)
        if quiet:
            del os.environ["DASK_LOGGING__DISTRIBUTED"]
