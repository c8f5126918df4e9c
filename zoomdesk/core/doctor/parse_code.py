"""Understand a pasted HTTP call in code: Node axios or fetch, Python requests or httpx.

The classic mistake this exists for: `axios.post(url, null, { params: {grant_type, account_id}})`
puts the token parameters in the query string (the reply in devforum thread 124925)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace

from zoomdesk.core.doctor.code_call import CodeCall, apply_config, call_args
from zoomdesk.core.doctor.code_libraries import LIBRARY_READERS, PATTERNS
from zoomdesk.core.doctor.code_reader import Source, matching
from zoomdesk.core.doctor.parse_curl import ParseError
from zoomdesk.core.doctor.request import HttpRequest
from zoomdesk.core.i18n import translate, translate_noop

_AXIOS = re.compile(r"\baxios(?:\.(get|post|put|patch|delete|request))?\s*\(")
_PY = re.compile(
    r"\b(?:requests|httpx|client|session|s|http)\.(get|post|put|patch|delete|request)\s*\("
)
_FETCH = re.compile(r"\bfetch\s*\(")
# What kind of input a request came from: compared as a key (lint_token, the doctor window),
# so kept in English here and translated where it is shown.
_AXIOS_SOURCE = translate_noop("DoctorParse", "axios code")


def looks_like_code(text: str) -> bool:
    patterns = (_AXIOS, _PY, _FETCH, _INSTANCE, *PATTERNS)
    return any(pattern.search(text) for pattern in patterns)


Reader = Callable[[Source, re.Match[str]], HttpRequest]


def _axios(src: Source, match: re.Match[str]) -> HttpRequest:
    args = call_args(src.text, match)
    verb = (match.group(1) or "request").lower()
    call = CodeCall(src)
    if verb in ("request",) or not args:
        config = src.mapping(args[0]) if args else None
        if config is None and args:
            config = src.mapping(args[1]) if len(args) > 1 else {}
            config = dict(config or {}, url=args[0])
        config = config or {}
        apply_config(call, config, axios=True)
        method = src.text_of(config.get("method", "'get'"))
        return call.build(method, src.text_of(config.get("url", "''")), _AXIOS_SOURCE)
    url = src.text_of(args[0])
    rest = args[1:]
    if verb in ("post", "put", "patch") and rest:
        call.data(rest[0], axios=True)
        rest = rest[1:]
    if rest:
        apply_config(call, src.mapping(rest[0]) or {}, axios=True)
    return call.build(verb, url, _AXIOS_SOURCE)


_INSTANCE = re.compile(r"(?<![\w$.])([A-Za-z_$][\w$]*)\s*=\s*axios\.create\s*\(")


def _axios_instances(src: Source) -> list[tuple[re.Pattern[str], Reader, str]]:
    """`const zoom = axios.create({ baseURL, headers })`, then `zoom.get('/users/me')`."""
    found: list[tuple[re.Pattern[str], Reader, str]] = []
    for match in _INSTANCE.finditer(src.text):
        defaults = src.mapping((call_args(src.text, match) or ["{}"])[0]) or {}
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
            extra = CodeCall(src)
            extra.add_headers(defaults.get("headers", "{}"))
            names = {k.lower() for k, _ in req.headers}
            added = tuple((k, v) for k, v in extra.headers if k.lower() not in names)
            return replace(req, headers=req.headers + added)

        found.append((pattern, read, "axios"))
    return found


def _python(src: Source, match: re.Match[str]) -> HttpRequest:
    args = call_args(src.text, match)
    verb = match.group(1).lower()
    positional = [a for a in args if not re.match(r"^\w+\s*=(?!=)", a)]
    keywords = {
        k.strip(): v.strip()
        for k, _, v in (a.partition("=") for a in args if re.match(r"^\w+\s*=(?!=)", a))
    }
    if verb == "request" and positional:
        verb, positional = src.text_of(positional[0]), positional[1:]
    call = CodeCall(src)
    url = src.text_of(positional[0] if positional else keywords.get("url", "''"))
    apply_config(call, keywords, axios=False)
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


def _client_defaults(call: CodeCall, src: Source, before: int) -> str:
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
    args = call_args(src.text, match)
    call = CodeCall(src, "text/plain;charset=UTF-8")
    options = src.mapping(args[1]) if len(args) > 1 else {}
    options = options or {}
    apply_config(call, options, axios=False)
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
