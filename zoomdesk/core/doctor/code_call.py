"""One HTTP call as it is read from code: what its arguments say about the headers, the
authentication, the query and the body, assembled into an HttpRequest. The readers of each
library (parse_code.py: axios, fetch, requests/httpx; code_libraries.py: got, HttpClient,
PowerShell) find a call and its arguments; this turns them into the request, the same way for
all (literal parts read, computed parts kept as `${expr}`)."""

from __future__ import annotations

import base64
import json
import re
from urllib.parse import quote

from zoomdesk.core.doctor.code_reader import Source, matching, split_top, string_value
from zoomdesk.core.doctor.request import HttpRequest
from zoomdesk.core.i18n import translate

_ENCODES = re.compile(
    r"(?:Buffer\.from|btoa|b64encode|ToBase64String|base64\.(?:standard_)?b64encode)\s*\("
)
FORM_TYPE = "application/x-www-form-urlencoded"
JSON_TYPE = "application/json"


def _encode(pairs: dict[str, str]) -> str:
    return "&".join(f"{k}={quote(v, safe='${}<>:@')}" for k, v in pairs.items())


def _basic_placeholder(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")


class CodeCall:
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


ARGS_LIMIT = 100_000  # characters: a call's arguments longer than this are not read


def call_args(text: str, match: re.Match[str]) -> list[str]:
    open_at = match.end() - 1
    close = matching(text, open_at)
    if close >= len(text) or close - open_at > ARGS_LIMIT:
        return []  # never closed (a cut-off paste) or not code a person wrote
    return split_top(text[open_at + 1 : close])


def apply_config(call: CodeCall, config: dict[str, str], *, axios: bool) -> None:
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
