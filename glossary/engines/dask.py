"""Mining on a Dask cluster: the same per-document function as a Dask bag.

Documents are read where ``kozh mine`` runs and sent in waves (a few batches
per worker), so memory stays bounded on both sides; each wave is a bag mapped
with :func:`glossary.engines.local.mine_batch` and computed on the cluster.
Without ``scheduler``, a local cluster of ``workers`` processes is started.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice

from ..errors import GlossaryError
from ..mining import Correspondences
from ..model import Document, MinedDocument
from .local import batches, mine_batch

WAVE_PER_WORKER = 4
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
        while wave := list(islice(chunks, size)):
            bag = dask.bag.from_sequence(wave, npartitions=len(wave))
            for mined in bag.map(mine_batch, min_confidence, learned).compute(scheduler=client):
                yield from mined
    finally:
        # Bounded: after Ctrl-C, which reaches the local workers too, closing
        # could wait on workers already gone.
        client.close(timeout=CLOSE_SECONDS)
        if cluster is not None:
            cluster.close(timeout=CLOSE_SECONDS)


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
