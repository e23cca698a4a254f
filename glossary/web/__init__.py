"""``kozh serve``: a local web page to search, review and use the termbase.

Starlette and Jinja2, served by uvicorn: server-rendered HTML that works
without JavaScript (a little script adds keyboard shortcuts), every asset in
the package, no CDN. A top floor, like the CLI: it calls the same library
functions and receives the termbase from whoever starts it.
"""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
