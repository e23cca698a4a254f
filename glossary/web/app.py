"""The routes of ``kozh serve``: each a thin mirror of library calls.

GET never changes anything; every change is a POST with a CSRF token, refused
when the server is read-only. The termbase is opened per request (read-only
for reading), so ``kozh mine`` can write into it while the page is open.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import jinja2
from starlette.applications import Starlette
from starlette.datastructures import FormData, UploadFile
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from ..aids.annotation import TermIndex, annotate, index_key, korean_throughout, summary
from ..aids.check import check_text
from ..aids.suggestions import suggest_for_a_miss
from ..curation import (
    ADDABLE_STATUSES,
    REVIEW_KEYS,
    ReviewQueue,
    add_pair,
    delete_pair,
    edit_pair,
    in_order,
    set_status,
    undo,
    who,
)
from ..errors import ConflictError, GlossaryError, NotFoundError
from ..formats import EXPORT_FORMATS, FORMATS, IMPORT_FORMATS, ExportOptions, export
from ..ingest import import_file, import_report
from ..model import KINDS, STATUSES, LogEntry, Status, TermbaseService
from ..text.encodings import LEGACY
from ..text.normalize import has_han
from .render import growth_chart, highlight
from .security import TOKEN_COOKIE, Guard

HERE = Path(__file__).resolve().parent
PAGE_SIZE = 50
# An upload the page imports, at most (a TBX file kozh import reads may be 100 MB).
MAX_UPLOAD = 100 << 20
Opener = Callable[[bool], TermbaseService]  # write? → an open termbase


class KozhApp:
    """The page's handlers, over a way to open the termbase."""

    def __init__(self, open_termbase: Opener, *, read_only: bool = False,
                 token: str | None = None) -> None:
        self.open_termbase = open_termbase
        self.read_only = read_only
        self.guard = Guard(token)
        self.templates = Jinja2Templates(env=jinja2.Environment(
            loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True))
        self.templates.env.globals.update(highlight=highlight, STATUSES=STATUSES, KINDS=KINDS,
                                          ADDABLE_STATUSES=ADDABLE_STATUSES, has_han=has_han)
        # The annotation index and what it was made of (annotation.index_key):
        # built once, not on every request, and again when that changes.
        self.index: tuple[int, TermIndex] | None = None

    @contextmanager
    def termbase(self, write: bool = False) -> Iterator[TermbaseService]:
        termbase = self.open_termbase(write)
        try:
            yield termbase
        finally:
            termbase.close()

    def page(self, request: Request, name: str, status_code: int = 200,
             **context: Any) -> Response:
        context.update(read_only=self.read_only, csrf=request.state.csrf, by=who(),
                       undoable=self.undoable(request))
        response: Response = self.templates.TemplateResponse(request, name, context,
                                                             status_code=status_code)
        return response

    def message(self, request: Request, text: str, status_code: int) -> Response:
        return self.page(request, "message.html", status_code, text=text)

    def undoable(self, request: Request) -> tuple[LogEntry, str] | None:
        """The change just made, which this page offers to undo, and the page
        itself without the mark (``changed``, the change's log id, that the
        handler added): only while it is still the latest change."""
        changed = _int(request.query_params.get("changed"), None)
        if changed is None or self.read_only:
            return None
        with self.termbase() as tb:
            entry = tb.last_change()
        if entry is None or entry.id != changed:
            return None
        rest = [(k, v) for k, v in request.query_params.multi_items() if k != "changed"]
        return entry, request.url.path + (f"?{urlencode(rest)}" if rest else "")

    async def changing(self, request: Request) -> FormData | Response:
        """The form of a POST that may change the termbase, or the refusal."""
        form = await request.form()
        refusal = ("The form was stale or forged (CSRF check failed); reload the page and try "
                   "again." if not self.guard.csrf_ok(request, str(form.get("csrf", "")))
                   else "This termbase is served read-only." if self.read_only else "")
        if refusal:
            await form.close()  # an upload's temporary file too
            return self.message(request, refusal, 403)
        return form

    # -- pages --------------------------------------------------------------------------------

    async def search(self, request: Request) -> Response:
        query = request.query_params.get("q", "").strip()
        results, suggestions = [], []
        if query:
            with self.termbase() as tb:
                results = tb.lookup(query, limit=30, include_rejected=True)
                if not results and not self.read_only:
                    # What kozh suggest proposes, to add with a click; nothing
                    # for text no term is (a sentence, Korean).
                    suggestions = suggest_for_a_miss(query, tb)
        return self.page(request, "search.html", query=query, results=results,
                         suggestions=suggestions)

    async def pairs(self, request: Request) -> Response:
        params = request.query_params
        page = max(1, _int(params.get("page"), 1))
        filters = {"statuses": [s for s in params.getlist("status") if s in STATUSES],
                   "kinds": [k for k in params.getlist("kind") if k in KINDS],
                   "min_count": max(1, _int(params.get("min_count"), 1)),
                   "domain": params.get("domain") or None,
                   "document": params.get("document") or None,
                   "sort": params.get("sort") if params.get("sort") in (
                       "count", "recent", "confidence") else "count"}
        with self.termbase() as tb:
            found = tb.list_pairs(**filters, limit=PAGE_SIZE + 1,
                                  offset=(page - 1) * PAGE_SIZE)
        more = len(found) > PAGE_SIZE
        query = [(k, v) for k, v in params.multi_items() if k != "page"]
        return self.page(request, "pairs.html", pairs=found[:PAGE_SIZE], page=page, more=more,
                         filters=filters, query=urlencode(query))

    async def pair(self, request: Request) -> Response:
        ko, zh = request.query_params.get("ko", ""), request.query_params.get("zh", "")
        with self.termbase() as tb:
            found = tb.pair(ko, zh)
            history = tb.log(50, ko=ko, zh=zh)
            titles = tb.titles(document for document, _ in found.sources)
        return self.page(request, "pair.html", pair=found, history=history, titles=titles)

    async def decide(self, request: Request) -> Response:
        form = await self.changing(request)
        if isinstance(form, Response):
            return form
        ko, zh = str(form.get("ko", "")), str(form.get("zh", ""))
        with self.termbase(write=True) as tb:
            set_status(tb, ko, zh, Status(str(form.get("status"))),
                       expected_version=_int(form.get("version"), None))
            changed = tb.last_change()
        return _marked(_back(form, ko, zh), changed)

    async def edit(self, request: Request) -> Response:
        form = await self.changing(request)
        if isinstance(form, Response):
            return form
        ko, zh = str(form.get("ko", "")), str(form.get("zh", ""))
        new_ko, new_zh = str(form.get("new_ko", "")).strip(), str(form.get("new_zh", "")).strip()
        with self.termbase(write=True) as tb:
            edit_pair(tb, ko, zh, new_ko=new_ko or None, new_zh=new_zh or None,
                      note=str(form.get("note", "")), domain=str(form.get("domain", "")))
            changed = tb.last_change()
        return _marked(_redirect("/pair", ko=new_ko or ko, zh=new_zh or zh), changed)

    async def add(self, request: Request) -> Response:
        form = await self.changing(request)
        if isinstance(form, Response):
            return form
        ko, zh = in_order(str(form.get("ko", "")).strip(), str(form.get("zh", "")).strip())
        # The form's first status, approved, is sent empty: a pair added again
        # keeps its approval, as `kozh add` without --status (preferred stays so).
        status = str(form.get("status", ""))
        if status and status not in ADDABLE_STATUSES:
            status = "approved"
        with self.termbase(write=True) as tb:
            # A field left empty keeps what a pair added again has.
            add_pair(tb, ko, zh, status=Status(status) if status else None,
                     note=str(form.get("note", "")) or None,
                     domain=str(form.get("domain", "")) or None)
            changed = tb.last_change()
        return _marked(_redirect("/pair", ko=ko, zh=zh), changed)

    async def delete(self, request: Request) -> Response:
        form = await self.changing(request)
        if isinstance(form, Response):
            return form
        with self.termbase(write=True) as tb:
            delete_pair(tb, str(form.get("ko", "")), str(form.get("zh", "")))
            changed = tb.last_change()
        return _marked(_redirect("/pairs"), changed)

    async def undo_change(self, request: Request) -> Response:
        """Undo the change a page offered to undo, if it is still the latest."""
        form = await self.changing(request)
        if isinstance(form, Response):
            return form
        with self.termbase(write=True) as tb:
            entry = undo(tb, expected=_int(form.get("entry"), -1))
        if entry.action in ("status", "import"):  # the pair is where it was
            return _back(form, entry.ko, entry.zh)
        return _redirect("/", q=entry.ko)  # added, renamed or deleted: find it again

    async def review(self, request: Request) -> Response:
        skipped = request.query_params.getlist("skip")
        with self.termbase() as tb:
            queue = ReviewQueue(tb, skipped={tuple(s.split("\t", 1)) for s in skipped  # type: ignore[misc]
                                             if "\t" in s})
            pair = queue.next()
            titles = tb.titles(document for document, _ in pair.sources) if pair else {}
        return self.page(request, "review.html", pair=pair, skipped=skipped, titles=titles)

    async def review_decide(self, request: Request) -> Response:
        form = await self.changing(request)
        if isinstance(form, Response):
            return form
        ko, zh, key = str(form.get("ko", "")), str(form.get("zh", "")), str(form.get("key", ""))
        skipped = [str(s) for s in form.getlist("skip")]
        changed = None
        if key == "s":
            skipped.append(f"{zh}\t{ko}")
        elif key in REVIEW_KEYS:
            with self.termbase(write=True) as tb:
                set_status(tb, ko, zh, REVIEW_KEYS[key],
                           expected_version=_int(form.get("version"), None))
                changed = tb.last_change()
        elif key == "e":
            return _redirect("/pair", ko=ko, zh=zh)
        return _marked(RedirectResponse(
            "/review?" + urlencode([("skip", s) for s in skipped]), 303), changed)

    async def annotate_page(self, request: Request) -> Response:
        """A text's known terms, and, as kozh check --text finds them, those
        written otherwise than the termbase prefers or in a spelling turned away."""
        text, matches, empty, findings = "", [], False, []
        if request.method == "POST":
            form = await request.form()
            if not self.guard.csrf_ok(request, str(form.get("csrf", ""))):
                return self.message(request, "CSRF check failed; reload the page.", 403)
            text = str(form.get("text", ""))[:200_000]
            with self.termbase() as tb:
                made_of = index_key(tb)
                if self.index is None or self.index[0] != made_of:
                    self.index = made_of, TermIndex.from_termbase(tb)
                avoided = tb.avoided()
                matches, empty = annotate(text, self.index[1]), self.index[1].empty
                # A Korean text is read once: the page's matches are the check's.
                findings = check_text(text, self.index[1], avoided, tb,
                                      matches if korean_throughout(text) else None)
        return self.page(request, "annotate.html", text=text, pieces=_pieces(text, matches),
                         terms=summary(matches), empty=empty, findings=findings)

    async def overview(self, request: Request) -> Response:
        with self.termbase() as tb:
            stats, statuses, documents = tb.stats(), tb.status_counts(), tb.documents()
        return self.page(request, "overview.html", stats=stats, statuses=statuses,
                         documents=documents[-200:], chart=growth_chart(documents),
                         formats=[FORMATS[name] for name in EXPORT_FORMATS],
                         import_formats=IMPORT_FORMATS, encodings=("auto", *LEGACY))

    async def download(self, request: Request) -> Response:
        params = request.query_params
        fmt = params.get("format", "tbx")
        if fmt not in EXPORT_FORMATS:
            return self.message(request, f"unknown format {fmt!r}", 400)
        options = ExportOptions(min_count=max(1, _int(params.get("min_count"), 1)),
                                statuses=tuple(s for s in params.getlist("status")
                                               if s in STATUSES),
                                script=params.get("script", "both") if params.get("script") in (
                                    "hans", "hant", "both") else "both",
                                # the form's field left empty: every domain
                                domains=tuple(d for d in params.getlist("domain") if d.strip()))
        out = io.StringIO()
        with self.termbase() as tb:
            export(tb.entries(), fmt, out, options)
        name = f"kozh{FORMATS[fmt].extension}"
        return Response(out.getvalue().encode("utf-8"), media_type="application/octet-stream",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})

    async def import_glossary(self, request: Request) -> Response:
        """A glossary file uploaded and imported (or, a dry run, previewed) as
        ``kozh import`` imports it, its report shown as the command says it."""
        form = await self.changing(request)
        if isinstance(form, Response):
            return form
        try:
            return await self._imported(request, form)
        finally:
            await form.close()  # the upload's temporary file

    async def _imported(self, request: Request, form: FormData) -> Response:
        upload = form.get("file")
        if not isinstance(upload, UploadFile) or not upload.filename:
            return self.message(request, "Choose a glossary file to import.", 400)
        fmt, encoding = str(form.get("format", "auto")), str(form.get("encoding") or "utf-8")
        if fmt not in IMPORT_FORMATS:
            return self.message(request, f"unknown format {fmt!r}", 400)
        data = await upload.read(MAX_UPLOAD + 1)
        if len(data) > MAX_UPLOAD:
            return self.message(request, f"The file is larger than {MAX_UPLOAD >> 20} MB; "
                                         "import it with kozh import.", 413)
        dry_run, guessed = bool(form.get("dry_run")), list[str]()
        with self.termbase(write=True) as tb:
            # Named by its file name: the same file uploaded again is the same glossary.
            result = import_file(tb, "-", fmt, stdin_name=Path(upload.filename).name,
                                 stdin=data, overwrite_decisions=bool(form.get("overwrite")),
                                 by=who(), encoding=encoding, guessed=guessed, dry_run=dry_run)
        return self.page(request, "imported.html", lines=import_report(result, dry_run, guessed),
                         dry_run=dry_run)

    async def login(self, request: Request) -> Response:
        if request.method == "POST":
            form = await request.form()
            token = str(form.get("token", ""))
            response = RedirectResponse("/", 303)
            # Cookies carry ASCII: a token in any script is kept percent-encoded.
            response.set_cookie(TOKEN_COOKIE, quote(token), httponly=True, samesite="strict")
            return response
        return self.page(request, "login.html")

    # -- the application ---------------------------------------------------------------------

    async def errors(self, request: Request, call_next: Callable[[Request], Any]) -> Response:
        """Access token, and the library's errors as pages."""
        public = request.url.path in ("/login",) or request.url.path.startswith("/static/")
        if not public and not self.guard.authorized(request):
            if request.method == "GET":
                return RedirectResponse("/login", 303)
            return Response("token required", 403)
        try:
            response: Response = await call_next(request)
            return response
        except ConflictError as error:
            return self.message(request, str(error), 409)
        except NotFoundError as error:
            return self.message(request, str(error), 404)
        except (GlossaryError, ValueError) as error:
            return self.message(request, str(error), 400)

    def build(self) -> Starlette:
        routes = [
            Route("/", self.search), Route("/pairs", self.pairs), Route("/pair", self.pair),
            Route("/pair/decide", self.decide, methods=["POST"]),
            Route("/pair/edit", self.edit, methods=["POST"]),
            Route("/pair/delete", self.delete, methods=["POST"]),
            Route("/pair/add", self.add, methods=["POST"]),
            Route("/undo", self.undo_change, methods=["POST"]),
            Route("/review", self.review), Route("/review", self.review_decide,
                                                 methods=["POST"]),
            Route("/annotate", self.annotate_page, methods=["GET", "POST"]),
            Route("/overview", self.overview), Route("/export", self.download),
            Route("/import", self.import_glossary, methods=["POST"]),
            Route("/login", self.login, methods=["GET", "POST"]),
            Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
        ]
        middleware = [Middleware(BaseHTTPMiddleware, dispatch=self.guard.middleware),
                      Middleware(BaseHTTPMiddleware, dispatch=self.errors)]
        return Starlette(routes=routes, middleware=middleware)


def create_app(open_termbase: Opener, *, read_only: bool = False,
               token: str | None = None) -> Starlette:
    """The web application over a termbase (``open_termbase(write)`` opens it)."""
    return KozhApp(open_termbase, read_only=read_only, token=token).build()


def _int(value: object, default: Any) -> Any:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default


def _redirect(path: str, **params: str) -> RedirectResponse:
    return RedirectResponse(f"{path}?{urlencode(params)}" if params else path, 303)


def _marked(response: RedirectResponse, changed: LogEntry | None) -> RedirectResponse:
    """The redirect after a change, marked with the change's log id so that
    the page it leads to offers to undo it."""
    if changed is not None:
        location = response.headers["location"]
        joiner = "&" if "?" in location else "?"
        response.headers["location"] = f"{location}{joiner}changed={changed.id}"
    return response


def _back(form: FormData, ko: str, zh: str) -> RedirectResponse:
    back = str(form.get("back", ""))
    if back.startswith("/") and not back.startswith("//"):
        return RedirectResponse(back, 303)
    return _redirect("/pair", ko=ko, zh=zh)


def _pieces(text: str, matches: list[Any]) -> list[tuple[str, Any]]:
    """The text cut into plain runs and matches, for the annotate page."""
    pieces, last = [], 0
    for match in matches:
        pieces.append((text[last : match.start], None))
        pieces.append((text[match.start : match.end], match))
        last = match.end
    pieces.append((text[last:], None))
    return pieces
