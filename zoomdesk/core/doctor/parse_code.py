"""Understand a pasted HTTP call in code: Node axios or fetch, Python requests or httpx.

The classic mistake this exists for: `axios.post(url, null, { params: {grant_type, account_id}})`
puts the token parameters in the query string (the reply in devforum thread 124925)."""

from __future__ import annotations

import base64
import bisect
import json
import re
from collections.abc import Callable
from dataclasses import replace
from urllib.parse import quote

from zoomdesk.core.doctor.code_reader import Source, matching, split_top, string_value
from zoomdesk.core.doctor.parse_curl import ParseError
from zoomdesk.core.doctor.request import HttpRequest
from zoomdesk.core.i18n import translate, translate_noop

_AXIOS = re.compile(r"\baxios(?:\.(get|post|put|patch|delete|request))?\s*\(")
_PY = re.compile(
    r"\b(?:requests|httpx|client|session|s|http)\.(get|post|put|patch|delete|request)\s*\("
)
_FETCH = re.compile(r"\bfetch\s*\(")
_ENCODES = re.compile(
    r"(?:Buffer\.from|btoa|b64encode|ToBase64String|base64\.(?:standard_)?b64encode)\s*\("
)
FORM_TYPE = "application/x-www-form-urlencoded"
# What kind of input a request came from: compared as a key (lint_token, the doctor window),
# so kept in English here and translated where it is shown.
_AXIOS_SOURCE = translate_noop("DoctorParse", "axios code")
JSON_TYPE = "application/json"


def looks_like_code(text: str) -> bool:
    from zoomdesk.core.doctor.code_libraries import PATTERNS

    patterns = (_AXIOS, _PY, _FETCH, _INSTANCE, *PATTERNS)
    return any(pattern.search(text) for pattern in patterns)


def _encode(pairs: dict[str, str]) -> str:
    return "&".join(f"{k}={quote(v, safe='${}<>:@')}" for k, v in pairs.items())


def _basic_placeholder(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")


class _Call:
    def __init__(self, src: Source, text_type: str | None = None) -> None:
        self.src = src
        # what a string body is sent as: fetch says text/plain, requests/httpx say nothing
        self.text_type = text_type
        self.headers: list[tuple[str, str]] = []
        self.query: dict[str, str] = {}
        self.body = ""
        self.implicit: set[str] = set()

    def header_value(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)

    def header(self, name: str, value: str, implicit: bool = False) -> None:
        if not any(k.lower() == name.lower() for k, _ in self.headers):
            self.headers.append((name, value))
            if implicit:
                self.implicit.add(name.lower())

    def add_headers(self, expr: str) -> None:
        for name, raw in (self.src.mapping(expr) or {}).items():
            self.add_header(name, raw)

    def add_header(self, name: str, raw: str) -> None:
        value = self.src.resolve(raw)
        if _ENCODES.search(value) and "basic" in value.lower():
            value = self._basic_from_code(value)
        else:
            value = self.src.text_of(value)
            inner = re.fullmatch(r"(?i)(basic)\s+\$\{([^{}]+)\}", value)
            encoded = self.src.resolve(inner.group(2)) if inner else ""
            if _ENCODES.search(encoded):  # `Basic ${authToken}`, authToken = base64(…)
                value = self._basic_from_code(encoded)
        self.headers = [(k, v) for k, v in self.headers if k.lower() != name.lower()]
        self.headers.append((name, value))

    def _basic_from_code(self, expr: str) -> str:
        """`'Basic ' + Buffer.from(`${id}:${secret}`).toString('base64')` and friends: the
        encoding is computed, so rebuild it from the names it encodes."""
        call = _ENCODES.search(expr)
        text = "${client_id}:${client_secret}"
        if call:
            argument = expr[call.end() : matching(expr, call.end() - 1)]
            argument = split_top(argument)[0] if split_top(argument) else ""
            argument = re.sub(r"\.encode\([^)]*\)$", "", argument.strip())
            for _ in range(3):  # GetBytes("…"), Buffer.from("…"), a variable holding it
                argument = self.src.resolve(argument)
                inner = re.fullmatch(
                    r"[\w.\[\]:]*(?:GetBytes|Buffer\.from)\s*\((.*)\)", argument, re.S
                )
                if not inner:
                    break
                argument = split_top(inner.group(1))[0] if split_top(inner.group(1)) else ""
            argument = re.sub(r"\.encode\([^)]*\)$", "", argument.strip())
            if argument:
                text = self.src.text_of(argument)
        user, _, password = text.partition(":")
        return _basic_placeholder(user, password)

    def auth(self, expr: str) -> None:
        expr = self.src.resolve(expr)
        fields = self.src.mapping(expr)
        if fields is not None:
            user, password = fields.get("username", "${username}"), fields.get("password", "")
        else:
            inner = re.fullmatch(r"(?:\w+\.)*(?:HTTPBasicAuth|BasicAuth)?\s*\((.*)\)", expr, re.S)
            parts = split_top(inner.group(1)) if inner else []
            if len(parts) < 2:
                return
            user, password = parts[0], parts[1]
        self.header(
            "Authorization",
            _basic_placeholder(self.src.text_of(user), self.src.text_of(password)),
            implicit=True,
        )

    def form(self, expr: str) -> None:
        pairs = self.src.mapping(expr) or {}
        self.body = _encode({k: self.src.text_of(v) for k, v in pairs.items()})
        self.header("Content-Type", FORM_TYPE, implicit=True)

    def json(self, expr: str, content_type: str | None = JSON_TYPE) -> None:
        value = self.src.value_of(expr)
        if isinstance(value, dict | list):
            self.body = json.dumps(value, ensure_ascii=False)
        else:
            self.body = "${" + expr.strip() + "}"
        if content_type:
            self.header("Content-Type", content_type, implicit=True)

    def data(self, expr: str, *, axios: bool) -> None:
        expr = self.src.resolve(expr)
        if expr in ("null", "undefined", "None", ""):
            return
        if re.match(r"(new\s+URLSearchParams|qs\.stringify|querystring\.stringify)\b", expr):
            self.form(expr)
        elif expr.startswith(("JSON.stringify", "json.dumps")):
            inner = re.search(r"\((.*)\)", expr, re.S)
            self.json(inner.group(1) if inner else "{}", content_type=self.text_type)
        elif expr.startswith("{") or expr.startswith("dict("):
            if axios:
                self.json(expr)  # axios serialises a plain object as JSON
            else:
                self.form(expr)  # requests/httpx `data={…}` is a form body
        elif string_value(expr) is not None:
            self.body = self.src.text_of(expr)
            kind = FORM_TYPE if axios else self.text_type
            if kind:
                self.header("Content-Type", kind, implicit=True)
        else:
            self.body = "${" + expr + "}"
            if axios:  # axios sends an object as JSON, and a computed value is one
                self.header("Content-Type", JSON_TYPE, implicit=True)

    def params(self, expr: str) -> None:
        pairs = self.src.mapping(expr) or {}
        self.query.update({k: self.src.text_of(v) for k, v in pairs.items()})

    def build(self, method: str, url: str, source: str) -> HttpRequest:
        notes: tuple[str, ...] = ()
        base = re.match(r"^\$\{[^}]+\}", url)
        if base and ("/oauth/token" in url or "/v2/" in url):
            host = "https://zoom.us" if "/oauth/token" in url else "https://api.zoom.us"
            notes = (
                translate(
                    "DoctorParse", "The base URL comes from {expression}; assumed {host}."
                ).format(expression=base.group(), host=host),
            )
            url = host + url[base.end() :]
        if self.query:
            url += ("&" if "?" in url else "?") + _encode(self.query)
        return HttpRequest(
            method.upper(),
            url,
            tuple(self.headers),
            self.body,
            source,
            notes,
            frozenset(self.implicit),
        )


Reader = Callable[[Source, re.Match[str]], HttpRequest]


ARGS_LIMIT = 100_000  # characters: a call's arguments longer than this are not read


def _args(text: str, match: re.Match[str]) -> list[str]:
    open_at = match.end() - 1
    close = matching(text, open_at)
    if close >= len(text) or close - open_at > ARGS_LIMIT:
        return []  # never closed (a cut-off paste) or not code a person wrote
    return split_top(text[open_at + 1 : close])


def _config(call: _Call, config: dict[str, str], *, axios: bool) -> None:
    for key, handler in (
        ("headers", call.add_headers),
        ("params", call.params),
        ("auth", call.auth),
    ):
        if key in config:
            handler(config[key])
    if "json" in config:
        call.json(config["json"])
    for key in ("data", "body"):
        if key in config:
            call.data(config[key], axios=axios)


def _axios(src: Source, match: re.Match[str]) -> HttpRequest:
    args = _args(src.text, match)
    verb = (match.group(1) or "request").lower()
    call = _Call(src)
    if verb in ("request",) or not args:
        config = src.mapping(args[0]) if args else None
        if config is None and args:
            config = src.mapping(args[1]) if len(args) > 1 else {}
            config = dict(config or {}, url=args[0])
        config = config or {}
        _config(call, config, axios=True)
        method = src.text_of(config.get("method", "'get'"))
        return call.build(method, src.text_of(config.get("url", "''")), _AXIOS_SOURCE)
    url = src.text_of(args[0])
    rest = args[1:]
    if verb in ("post", "put", "patch") and rest:
        call.data(rest[0], axios=True)
        rest = rest[1:]
    if rest:
        _config(call, src.mapping(rest[0]) or {}, axios=True)
    return call.build(verb, url, _AXIOS_SOURCE)


_INSTANCE = re.compile(r"(?<![\w$.])([A-Za-z_$][\w$]*)\s*=\s*axios\.create\s*\(")


def _axios_instances(src: Source) -> list[tuple[re.Pattern[str], Reader, str]]:
    """`const zoom = axios.create({ baseURL, headers })`, then `zoom.get('/users/me')`."""
    found: list[tuple[re.Pattern[str], Reader, str]] = []
    for match in _INSTANCE.finditer(src.text):
        defaults = src.mapping((_args(src.text, match) or ["{}"])[0]) or {}
        pattern = re.compile(
            rf"(?<![\w$.])(?:this\.)?{re.escape(match.group(1))}"
            r"(?:\.(get|post|put|patch|delete|request))?\s*\("
        )

        def read(
            src: Source, call: re.Match[str], defaults: dict[str, str] = defaults
        ) -> HttpRequest:
            req = _axios(src, call)
            base = src.text_of(defaults["baseURL"]) if "baseURL" in defaults else ""
            if base and "://" not in req.url:
                req = replace(req, url=base.rstrip("/") + "/" + req.url.lstrip("/"))
            extra = _Call(src)
            extra.add_headers(defaults.get("headers", "{}"))
            names = {k.lower() for k, _ in req.headers}
            added = tuple((k, v) for k, v in extra.headers if k.lower() not in names)
            return replace(req, headers=req.headers + added)

        found.append((pattern, read, "axios"))
    return found


def _python(src: Source, match: re.Match[str]) -> HttpRequest:
    args = _args(src.text, match)
    verb = match.group(1).lower()
    positional = [a for a in args if not re.match(r"^\w+\s*=(?!=)", a)]
    keywords = {
        k.strip(): v.strip()
        for k, _, v in (a.partition("=") for a in args if re.match(r"^\w+\s*=(?!=)", a))
    }
    if verb == "request" and positional:
        verb, positional = src.text_of(positional[0]), positional[1:]
    call = _Call(src)
    url = src.text_of(positional[0] if positional else keywords.get("url", "''"))
    _config(call, keywords, axios=False)
    if not match.group().startswith(("requests.", "httpx.")):
        base_url = _client_defaults(call, src, match.start())  # a Client made with headers=
        if base_url and url.startswith("/"):
            url = base_url.rstrip("/") + url
    return call.build(verb, url, translate_noop("DoctorParse", "Python code"))


_CLIENT = re.compile(
    r"\b(?:httpx\.(?:Async)?Client|requests\.Session|aiohttp\.ClientSession)\s*\(([^()]|\([^()]*\))*\)"
)


def _client_settings(src: Source) -> list[tuple[int, str, str]]:
    """(position, kind, expression) of every client default in the text, found once:
    `headers=` and `base_url=` of a Client/Session, and `.headers.update(…)`."""
    cached = src.memo.get("python-clients")
    if isinstance(cached, list):
        return cached
    found: list[tuple[int, str, str]] = []
    text = src.text
    for client in _CLIENT.finditer(text):
        headers = re.search(r"headers\s*=\s*", client.group())
        if headers:
            start = client.start() + headers.end()
            end = matching(text, start) + 1 if text[start] in "{(" else start
            expr = text[start:end] if end > start else client.group()[headers.end() :]
            found.append((client.start(), "headers", expr.split(",")[0] if end <= start else expr))
        base = re.search(r"base_url\s*=\s*([^,)]+)", client.group())
        if base:
            found.append((client.start(), "base_url", base.group(1)))
    for update in re.finditer(r"\.headers\.update\s*\(", text):
        open_at = update.end() - 1
        close = matching(text, open_at)
        if close < len(text):
            found.append((update.start(), "headers", text[open_at + 1 : close]))
    src.memo["python-clients"] = found
    return found


def _client_defaults(call: _Call, src: Source, before: int) -> str:
    """Add the headers of the clients made before `before`; return their base_url, if any."""
    base_url = ""
    for position, kind, expr in _client_settings(src):
        if position >= before:
            break
        if kind == "base_url":
            base_url = src.text_of(expr)
            continue
        for name, raw in (src.mapping(expr) or {}).items():
            if call.header_value(name) is None:
                call.add_header(name, raw)
    return base_url


def _fetch(src: Source, match: re.Match[str]) -> HttpRequest:
    args = _args(src.text, match)
    call = _Call(src, "text/plain;charset=UTF-8")
    options = src.mapping(args[1]) if len(args) > 1 else {}
    options = options or {}
    _config(call, options, axios=False)
    method = src.text_of(options.get("method", "'GET'"))
    return call.build(
        method, src.text_of(args[0]) if args else "", translate_noop("DoctorParse", "fetch code")
    )


def _python_library(text: str) -> str:
    for name in ("aiohttp", "httpx"):
        if re.search(rf"\b(?:import|from)\s+{name}\b", text):
            return name
    return "requests"


def parse_calls(text: str) -> list[HttpRequest]:
    """Every HTTP call in the code, in order, each with its line and library."""
    from zoomdesk.core.doctor.code_libraries import LIBRARY_READERS

    src = Source(text)
    python = _python_library(text)
    readers = [
        (_AXIOS, _axios, "axios"),
        (_PY, _python, python),
        (_FETCH, _fetch, "fetch"),
        *LIBRARY_READERS,
        *_axios_instances(src),
    ]
    matches = sorted(
        (
            (m, reader, library)
            for pattern, reader, library in readers
            for m in pattern.finditer(text)
        ),
        key=lambda item: item[0].start(),
    )
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    found: list[HttpRequest] = []
    for match, reader, library in matches:
        req = reader(src, match)
        if not req.url or req.url.startswith("${"):
            continue  # a wrapper called with a URL built elsewhere: its callers are read
        line = bisect.bisect_right(line_starts, match.start())
        found.append(replace(req, line=line, library=library))
    return found


def parse_code(text: str) -> HttpRequest:
    calls = parse_calls(text)
    if not calls:
        raise ParseError(
            translate(
                "DoctorParse", "No HTTP call with a URL the doctor can read was found in the code."
            )
        )
    return calls[0]
