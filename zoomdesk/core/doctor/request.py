"""A request to check: what the user pasted (cURL, raw HTTP, HAR, code) or what zoomdesk recorded,
reduced to one value. The Authorization header may be raw (pasted) or already redacted (recorded);
`parse_authorization` reads both."""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from urllib.parse import SplitResult, parse_qsl, urlsplit

from zoomdesk.core.exchange import FORM, JSON_BODY, OTHER_BODY, QUERY, Exchange
from zoomdesk.core.i18n import translate
from zoomdesk.core.redact import MASK, is_secret_key

Headers = tuple[tuple[str, str], ...]

# Values a user writes instead of a real secret ($ZOOM_CLIENT_SECRET, ${secret}, <secret>, {{x}}).
_PLACEHOLDER = re.compile(r"^(\$\{[^{}]+\}|\$\w+|<[^<>]+>|\{\{[^{}]+\}\}|%\w+%|\$env:\w+)$", re.I)
_REDACTED_BASIC = re.compile(r"^Basic \[client_id=(.*), client_secret=(.*)\]$", re.S)


def split_url(url: str) -> SplitResult:
    """`urlsplit` that answers an unreadable URL (`http://[::1/x`) with empty parts: the reader
    reports it as a ParseError once, and no property of a request ever raises."""
    try:
        split = urlsplit(url)
        split.hostname  # noqa: B018  (an unclosed IPv6 literal can raise here too)
    except ValueError:
        return SplitResult("", "", "", "", "")
    return split


def is_placeholder(value: str) -> bool:
    return bool(_PLACEHOLDER.match(value.strip()))


@dataclass(frozen=True)
class AuthInfo:
    """What an Authorization header holds, without keeping more of it than needed."""

    scheme: str  # "basic", "bearer", "other" or "none"
    raw: str = field(default="", repr=False)
    client_id: str | None = None
    secret: str | None = field(default=None, repr=False)  # None when unknown (redacted)
    token: str | None = field(default=None, repr=False)
    well_formed: bool = True
    problem: str | None = None
    redacted: bool = False  # read from a recorded, redacted header
    computed: bool = False  # built at run time from code the doctor could not read

    @property
    def has_secret(self) -> bool:
        return self.redacted or bool(self.secret)


def _basic(value: str, encoded: str) -> AuthInfo:
    text = encoded.strip()
    if not text:
        return AuthInfo(
            "basic",
            value,
            well_formed=False,
            problem=translate("DoctorParse", "nothing follows 'Basic'"),
        )
    if text.lower().startswith("basic "):
        return AuthInfo(
            "basic",
            value,
            well_formed=False,
            problem=translate("DoctorParse", "the word 'Basic' is repeated"),
        )
    if ":" in text and not re.fullmatch(r"[A-Za-z0-9+/=]+", text):
        client_id, _, secret = text.partition(":")
        return AuthInfo(
            "basic",
            value,
            client_id,
            secret,
            well_formed=False,
            problem=translate(
                "DoctorParse",
                "client_id:client_secret is written in clear; it must be Base64-encoded",
            ),
        )
    problem = None
    candidate = text
    if re.search(r"[-_]", candidate):
        candidate = candidate.replace("-", "+").replace("_", "/")
        problem = translate(
            "DoctorParse", "it uses URL-safe Base64 (- and _); use standard Base64 (+ and /)"
        )
    if len(candidate) % 4:
        candidate += "=" * (-len(candidate) % 4)
        problem = problem or translate("DoctorParse", "its Base64 lacks the '=' padding at the end")
    try:
        decoded = base64.b64decode(candidate, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return AuthInfo(
            "basic",
            value,
            well_formed=False,
            problem=translate("DoctorParse", "it is not valid Base64"),
        )
    client_id, sep, secret = decoded.partition(":")
    if not sep:
        return AuthInfo(
            "basic",
            value,
            decoded,
            None,
            well_formed=False,
            problem=translate(
                "DoctorParse",
                "it decodes to a single value with no ':' (only the client ID, or only "
                "the secret, was encoded)",
            ),
        )
    if decoded != decoded.strip() or "\n" in decoded:
        problem = problem or translate(
            "DoctorParse",
            "the encoded text ends with a newline or space (for example `echo` without -n "
            "before base64)",
        )
    if not client_id.strip():
        problem = problem or translate("DoctorParse", "the client ID part (before ':') is empty")
    elif not secret.strip():
        problem = problem or translate("DoctorParse", "the client secret part (after ':') is empty")
    return AuthInfo("basic", value, client_id, secret, well_formed=problem is None, problem=problem)


def parse_authorization(value: str | None) -> AuthInfo:
    if value is None:
        return AuthInfo("none")
    text = value.strip()
    scheme, _, rest = text.partition(" ")
    if scheme.lower() == "basic":
        if "${" in rest or "$(" in rest or is_placeholder(rest):
            # Built at run time (a variable, template literal, f-string or call the reader
            # could not follow): what it holds is unknown, so it is never called malformed.
            return AuthInfo("basic", text, computed=True)
        redacted = _REDACTED_BASIC.match(text)
        if redacted:
            return AuthInfo("basic", text, redacted.group(1), None, redacted=True)
        if rest.startswith(MASK) and "not valid Base64" in rest:
            return AuthInfo(
                "basic",
                text,
                well_formed=False,
                problem=translate(
                    "DoctorParse", "it is not valid Base64 of client_id:client_secret"
                ),
                redacted=True,
            )
        return _basic(text, rest)
    if scheme.lower() == "bearer":
        token = rest.strip()
        if not token or token == "(empty)":
            return AuthInfo(
                "bearer",
                text,
                well_formed=False,
                problem=translate("DoctorParse", "no token after 'Bearer'"),
            )
        return AuthInfo("bearer", text, token=token, redacted=token.startswith(MASK))
    if text == MASK:
        return AuthInfo("other", text, redacted=True)
    if not text:
        return AuthInfo(
            "other",
            text,
            well_formed=False,
            problem=translate("DoctorParse", "the header is empty"),
        )
    return AuthInfo(
        "other",
        text,
        well_formed=False,
        problem=translate("DoctorParse", "unknown scheme {scheme}").format(scheme=repr(scheme)),
    )


def locations(query: str, body: str, content_type: str) -> tuple[str, ...]:
    """The same vocabulary as the exchange log: where the parameters travelled."""
    found = []
    if query:
        found.append(QUERY)
    if body:
        ctype = content_type.lower()
        if "x-www-form-urlencoded" in ctype:
            found.append(FORM)
        elif "json" in ctype:
            found.append(JSON_BODY)
        else:
            found.append(OTHER_BODY)
    return tuple(found) or ("none",)


@dataclass(frozen=True)
class HttpRequest:
    method: str
    url: str
    headers: Headers = ()
    body: str = ""
    source: str = "request"  # "cURL", "raw HTTP", "HAR", "axios code", "Python code", "exchange"
    notes: tuple[str, ...] = ()  # what the reader noticed (e.g. a body read from @file)
    implicit: frozenset[str] = frozenset()  # header names the tool adds by itself (curl -d)
    line: int = 0  # where the call is in the pasted code (1-based; 0 when not from code)
    library: str = ""  # "axios", "fetch", "got", "requests", "httpx", "aiohttp", "HttpClient"…

    def header(self, name: str) -> str | None:
        wanted = name.lower()
        for key, value in self.headers:
            if key.lower() == wanted:
                return value
        return None

    def with_header(self, name: str, value: str | None) -> HttpRequest:
        kept = tuple((k, v) for k, v in self.headers if k.lower() != name.lower())
        return replace(self, headers=kept + (((name, value),) if value is not None else ()))

    @property
    def content_type(self) -> str:
        return self.header("content-type") or ""

    @cached_property  # parsed once: a pasted URL or body may be megabytes long
    def parts(self) -> tuple[str, str, str]:
        split = split_url(self.url)
        return split.scheme.lower(), (split.hostname or "").lower(), split.path

    @property
    def path(self) -> str:
        return self.parts[2]

    @cached_property
    def query(self) -> list[tuple[str, str]]:
        return parse_qsl(split_url(self.url).query, keep_blank_values=True)

    @cached_property
    def form(self) -> list[tuple[str, str]]:
        if not self.body or "json" in self.content_type.lower():
            return []
        if self.body.lstrip().startswith(("{", "[")):
            return []
        return parse_qsl(self.body, keep_blank_values=True)

    def json_body(self) -> object | None:
        try:
            return json.loads(self.body) if self.body.strip() else None
        except (ValueError, RecursionError):  # RecursionError: JSON nested deeper than Python
            return None

    @property
    def param_locations(self) -> tuple[str, ...]:
        return locations(split_url(self.url).query, self.body, self.content_type)

    @property
    def auth(self) -> AuthInfo:
        return parse_authorization(self.header("authorization"))

    @property
    def is_token_request(self) -> bool:
        return self.path.rstrip("/").endswith(("/oauth/token", "/oauth2/token"))

    @property
    def is_api_request(self) -> bool:
        return not self.is_token_request and (
            "/v2/" in self.path + "/" or "/v1/" in self.path or self.parts[1].startswith("api")
        )

    def secrets(self) -> set[str]:
        """The literal secrets this request carries (client secret, tokens, userinfo, values of
        secret-named fields), so a report can mask them wherever they would appear."""
        found: set[str] = set()
        auth = self.auth
        found.update(v for v in (auth.secret, auth.token, auth.raw.partition(" ")[2]) if v)
        userinfo = split_url(self.url).password
        if userinfo:
            found.add(userinfo)
        pairs = [*self.query, *self.form]
        pairs += [(k, v) for k, v in self.headers if "authorization" not in k.lower()]
        body = self.json_body()
        if isinstance(body, dict):
            pairs += [(str(k), v) for k, v in body.items() if isinstance(v, str)]
        found.update(v for k, v in pairs if is_secret_key(k))
        # `${expr}` is a value the code computes: a name, not a secret
        return {
            v
            for v in found
            if len(v.strip()) >= 4 and not is_placeholder(v) and MASK not in v and "${" not in v
        }

    @classmethod
    def from_exchange(cls, exchange: Exchange) -> HttpRequest:
        return cls(
            exchange.method,
            exchange.url,
            exchange.request_headers,
            exchange.request_body,
            source="exchange",
        )
