"""Who may see the archive: everyone (served on 127.0.0.1, or ``--public``), or logged-in people only.

``archive serve`` turns the login on (see :func:`archive.serving.serve_settings`) by setting
``login_required: true`` in this plugin's configuration, giving datasette-auth-passwords its
accounts, and putting ``allow: {"id": "*"}`` at the top of the metadata, which Datasette reads as
"view-instance only for an actor with an id". Three locks then stand one behind the other, so
that a page added later, or a mistake in one of them, does not open the archive:

1. :func:`gate`, an ASGI wrapper in front of Datasette: a request without an actor gets the login
   page (``/-/login``) and nothing else. Every other path, static files, ``/-/versions.json``,
   404 pages and routes that do not exist yet included, is a redirect to it (HTML) or a 401 (data);
2. Datasette's own ``view-instance`` permission (the ``allow`` block) on its pages, SQL and exports;
3. :func:`guarded` around each of our routes (search, exports, article, entities, timeline, map,
   suggestions): it asks Datasette for ``view-instance`` and for an actor when the login is on.

Nothing here writes: the archive is served read-only whoever is logged in.
"""

from __future__ import annotations

import inspect
from functools import wraps

from datasette.utils.asgi import Forbidden, Request, Response

PLUGIN = "news-archive"
LOGIN_PATH = "/-/login"
# What an anonymous visitor may fetch while the login is on: the login form (GET and its POST)
# and the stylesheets that page links. No data, no archive title.
OPEN_PATHS = {LOGIN_PATH, "/-/static/app.css", "/-/static-plugins/news-archive/archive.css", "/favicon.ico"}
DATA_SUFFIXES = (".json", ".csv", ".jsonl", ".tsv", ".ris", ".bib", ".db")


def login_required(datasette) -> bool:
    return bool((datasette.plugin_config(PLUGIN) or {}).get("login_required"))


def _is_open(path: str) -> bool:
    return path in OPEN_PATHS


def _http_only_login_cookie(send):
    """``send`` that marks the login cookie HttpOnly: no script on a page can read it."""

    async def wrapped(message):
        if message.get("type") == "http.response.start":
            headers = []
            for key, value in message.get("headers") or []:
                if key.lower() == b"set-cookie" and value.startswith(b"ds_actor=") and b"httponly" not in value.lower():
                    value += b"; HttpOnly"
                headers.append((key, value))
            message = dict(message, headers=headers)
        await send(message)

    return wrapped


async def actor_for(datasette, request: Request):
    """The actor of a request, found as Datasette's router finds it (cookie, Basic auth)."""
    from datasette.plugins import pm
    from datasette.utils import await_me_maybe

    for actor in pm.hook.actor_from_request(datasette=datasette, request=request):
        actor = await await_me_maybe(actor)
        if actor:
            return actor
    return None


def _refusal(datasette, request: Request) -> Response:
    """A redirect to the login form for a page; a 401 that says where to log in for data."""
    path = request.path
    wants_data = path.endswith(DATA_SUFFIXES) or "_shape" in request.args or "text/html" not in request.headers.get(
        "accept", "text/html")
    login = datasette.urls.path(LOGIN_PATH)
    if wants_data or request.method not in ("GET", "HEAD"):
        # No WWW-Authenticate challenge: a browser would stop on a password dialog for a script of
        # the login page. Scripts send Basic credentials without being asked (curl -u).
        return Response.text(f"Log in first: {login}\n", status=401, headers={"cache-control": "private, no-store"})
    return Response.redirect(login)


def asgi_gate(datasette):
    """The ASGI wrapper: with the login on, anonymous requests reach nothing but the login page."""

    def wrap(app):
        @wraps(app)
        async def gated(scope, receive, send):
            if scope.get("type") != "http" or not login_required(datasette):
                return await app(scope, receive, send)
            request = Request(scope, receive)
            # The path as Datasette's router matches it: raw, undecoded ("/-/log%69n" is not the login).
            raw = scope.get("raw_path")
            path = (raw.decode("ascii", "replace") if raw else scope["path"]).partition("?")[0]
            base = datasette.setting("base_url") or "/"
            if base != "/" and path.startswith(base):
                path = "/" + path[len(base):]
            if path == LOGIN_PATH:
                return await app(scope, receive, _http_only_login_cookie(send))
            if _is_open(path):
                return await app(scope, receive, send)
            try:
                actor = await actor_for(datasette, request)
            except Exception:  # a malformed Basic header or cookie is no actor
                actor = None
            if actor:
                return await app(scope, receive, send)
            response = _refusal(datasette, request)
            await response.asgi_send(send)

        return gated

    return wrap


async def check_access(request, datasette) -> None:
    """Raise Forbidden unless the request's actor may see the archive (view-instance, and an
    actor at all when the login is on). Every route of this plugin calls it first."""
    if login_required(datasette) and not request.actor:
        raise Forbidden("Log in to see this archive")
    await datasette.ensure_permissions(request.actor, ["view-instance"])


def guarded(view):
    """``view`` behind :func:`check_access`, called with the arguments it asks for, as Datasette would."""
    wanted = inspect.signature(view).parameters

    async def guarded_view(request, datasette, scope, receive, send):
        await check_access(request, datasette)
        given = {"request": request, "datasette": datasette, "scope": scope, "receive": receive, "send": send}
        result = view(**{name: value for name, value in given.items() if name in wanted})
        return await result if inspect.isawaitable(result) else result

    guarded_view.__name__ = getattr(view, "__name__", "view")
    guarded_view.__doc__ = view.__doc__
    guarded_view.archive_guarded = True
    return guarded_view


def forbidden_response(datasette, request, message):
    """Datasette's ``forbidden`` hook: an anonymous visitor of a login-only archive goes to the login
    form (or gets a 401 for data) instead of a 403 page."""
    if login_required(datasette) and not request.actor:
        return _refusal(datasette, request)
    return None


def visible_metadata(datasette, request, keys) -> dict:
    """The archive's identity for page footers, or nothing for an anonymous visitor when the login is on."""
    if login_required(datasette) and not (request is not None and request.actor):
        return {key: None for key in keys}
    return {key: datasette.metadata(key) for key in keys}
