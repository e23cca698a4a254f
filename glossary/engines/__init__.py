"""Engines: where documents are mined. Every engine runs the same pure
function, :func:`glossary.mining.mine_document`, and hands the results back
in the order the documents came; the termbase does not depend on the order
anyway, so every engine gives the same termbase.

* ``local``: this process (``jobs=1``) or a pool of worker processes, models
  loaded once per worker;
* ``dask``: a Dask bag over the documents, on a local cluster or on the
  scheduler given (``pip install 'kozh[dask]'``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..mining import Correspondences
from ..model import Document, MinedDocument
from .local import mine_local

ENGINES = ("local", "dask")


def mine_with(documents: Iterable[Document], *, engine: str = "local", jobs: int = 1,
              scheduler: str | None = None, min_confidence: float = 0.0,
              learned: Correspondences | None = None) -> Iterator[MinedDocument]:
    """Mine ``documents`` with an engine; results come in document order.
    ``learned``: correspondences to mine with instead of the shipped table."""
    if engine == "dask":
        from .dask import mine_dask  # Dask is an optional extra: loaded only when asked for

        return mine_dask(documents, scheduler=scheduler, workers=jobs,
                         min_confidence=min_confidence, learned=learned)
    return mine_local(documents, jobs=jobs, min_confidence=min_confidence, learned=learned)


__all__ = ["ENGINES", "mine_local", "mine_with"]
