"""Checks across the requests of one integration (pasted code or several files): a token
fetched for every call, a token never refreshed, no 429 handling where calls run in a loop, a
create retried blindly, pagination ignored, `api_url` ignored, secrets written into the source.

These read the code around the calls, so they work on the structure of ordinary integration
code (functions, loops, try/except) rather than on one request."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from zoomdesk.core.doctor import zoom_api
from zoomdesk.core.doctor.code_map import CodeMap, Site
from zoomdesk.core.doctor.findings import Finding, Severity
from zoomdesk.core.doctor.request import HttpRequest, is_placeholder
from zoomdesk.core.i18n import translate
from zoomdesk.core.redact import MASK, is_secret_key

W = Severity.WARNING
LOOP = "(the loop)"  # in a chain of calls: the loop itself, not a function
_CACHE = re.compile(
    r"(?i)expires?_?(?:in|at)|expir(?:y|ation|ed)|\bcache|lru_cache|\bttl\b|valid_?until"
)
_HANDLES_401 = re.compile(
    r"\b401\b|\b124\b|Unauthorized|invalid.?access.?token|token.?expired", re.I
)
_HANDLES_429 = re.compile(
    r"\b429\b|retry.?after|TooManyRequests|rate.?limit|\bRetry\s*\(|tenacity|backoff|Polly"
    r"|axios-retry|axiosRetry|p-retry|MaximumRetryCount",
    re.I,
)
_RETRY_DECORATOR = re.compile(r"@(?:retry|backoff\.on_exception|tenacity\.retry)\b")
_TRY = re.compile(r"\btry\b|\bexcept\b|\bcatch\b")
_SECRET_LITERAL = re.compile(
    r"""(?<![\w$-])\$?([A-Za-z_][\w-]*)['"]?\s*(?::|=(?!=)|,)\s*(?:[rbuRBU]?)(['"`])([^'"`\n$]{6,})\2"""
)
_REGIONAL = re.compile(r"\b(?:api-\w+|\w+\d\d)\.zoom\.(?:us|com)|zoomgov\.com", re.I)


def line_number(line: int) -> str:
    """How evidence names a line of the reviewed code ("line 25")."""
    return translate("DoctorIntegration", "line {number}").format(number=line)


def _token_sites(code: CodeMap) -> list[Site]:
    return [s for s in code.sites if s.request.is_token_request]


def _api_sites(code: CodeMap) -> list[Site]:
    return [s for s in code.sites if s.request.is_api_request]


def _where(code: CodeMap, site: Site) -> str:
    call = f"{site.request.method.upper()} {site.request.path}"
    if site.function:
        call = translate("DoctorIntegration", "{call} in {function}").format(
            call=call, function=f"{site.function.name}()"
        )
    return f"{code.place(site.request.line)}: {call}"


def _lines(*sites: Site) -> tuple[int, ...]:
    return tuple(dict.fromkeys(s.request.line for s in sites if s.request.line))


def token_per_call(code: CodeMap) -> list[Finding]:
    tokens = _token_sites(code)
    token_functions = {s.function.name for s in tokens if s.function}
    if not tokens or _CACHE.search(code.text):
        return []
    for api in _api_sites(code):
        chain: list[str] | None = None
        if api.function and api.function.name not in token_functions:
            chain = code.chain_to(api.function, token_functions)
        loop = code.in_loop(api.offset)
        if chain is None and loop is not None:
            inside = [t for t in tokens if loop.contains(t.offset)]
            if inside or any(code.calls_function(loop, name) for name in token_functions):
                chain = [LOOP, *sorted(token_functions)]
        if chain is None:
            continue
        path = " → ".join(
            translate("DoctorIntegration", "(the loop)") if name == LOOP else f"{name}()"
            for name in chain
        )
        return [
            Finding(
                "token-per-call",
                W,
                translate("DoctorIntegration", "A new access token is fetched for every API call"),
                translate(
                    "DoctorIntegration",
                    "Each API call goes through {path}, which sends the token request again. "
                    "Zoom's tokens are valid for an hour: fetching one per call doubles the "
                    "requests, runs into the token endpoint's rate limits under load and slows "
                    "every call.",
                ).format(path=path),
                translate(
                    "DoctorIntegration",
                    "Keep the token and its expiry time; request a new one only when it is about "
                    "to expire (and once after a 401 with code 124). The cached version comes "
                    "with this report.",
                ),
                (_where(code, tokens[0]), _where(code, api)),
                _lines(tokens[0], api),
            )
        ]
    return []


def token_never_refreshed(code: CodeMap) -> list[Finding]:
    """A token kept (in an object or module variable) but never renewed: the integration works
    for an hour, then every call fails with 401/124 (zoomus issue #286)."""
    tokens = _token_sites(code)
    if not tokens or not _api_sites(code) or _HANDLES_401.search(code.text):
        return []
    if _CACHE.search(code.text) and re.search(r"(?i)expires_in", code.text):
        return []
    stored = re.search(
        r"(?:this|self)\.\w*token\w*\s*=|(?:this|self)\.\w*headers?\w*\s*=|global\s+\w*token",
        code.text,
        re.I,
    )
    if not stored or token_per_call(code):
        return []
    return [
        Finding(
            "token-never-refreshed",
            W,
            translate(
                "DoctorIntegration", "The token is kept but never renewed, and a 401 is not handled"
            ),
            translate(
                "DoctorIntegration",
                "The code stores the access token and uses it for every later call, but checks "
                "neither its expiry (`expires_in`, one hour) nor Zoom's answer when it has "
                "expired (`{answer}`). A long-running process works for an hour, then every call "
                "fails.",
            ).format(answer='401 {"code":124,"message":"Invalid access token."}'),
            translate(
                "DoctorIntegration",
                "Store the expiry with the token and renew it a few minutes before; on a 401 with "
                "code 124, get a new token and retry the call once.",
            ),
            (_where(code, tokens[0]),),
            _lines(tokens[0]),
        )
    ]


def no_429_handling(code: CodeMap) -> list[Finding]:
    if _HANDLES_429.search(code.text) or any(s.request.library == "got" for s in code.sites):
        return []  # got retries 429 itself, honouring Retry-After
    for api in _api_sites(code):
        looped = code.in_loop(api.offset) is not None or (
            api.function is not None and code.called_in_loop(api.function.name)
        )
        if looped:
            return [
                Finding(
                    "no-429-handling",
                    W,
                    translate(
                        "DoctorIntegration",
                        "API calls run in a loop with no handling of 429 (rate limit)",
                    ),
                    translate(
                        "DoctorIntegration",
                        "Zoom limits requests per second (and creates/updates per day); in a loop "
                        "the calls soon get `429 Too Many Requests`. Without handling, the loop "
                        "stops half-way or skips items.",
                    ),
                    translate(
                        "DoctorIntegration",
                        "On 429, wait for the `Retry-After` header's time (or a short backoff) "
                        "and retry; stop on the daily limit (its Retry-After is the next UTC "
                        "midnight).",
                    ),
                    (_where(code, api),),
                    _lines(api),
                )
            ]
    return []


def create_retried_blindly(code: CodeMap) -> list[Finding]:
    for api in _api_sites(code):
        req = api.request
        if req.method.upper() != "POST" or zoom_api.template_of(req.path) != zoom_api.CREATE[1]:
            continue
        loop = code.in_loop(api.offset)
        decorated = api.function is not None and _RETRY_DECORATOR.search(
            code.text[max(0, api.function.start - 200) : api.function.start]
        )
        statement = code.text[api.offset : api.offset + 200].split("\n", 1)[0]
        retried = (
            (loop is not None and _TRY.search(loop.text(code.text)))
            or decorated
            or re.search(r"-MaximumRetryCount\s+[1-9]", code.text[api.offset : api.offset + 600])
            or re.search(r"methods\s*:\s*\[[^\]]*POST", code.text, re.I)
        )
        if retried:
            return [
                Finding(
                    "create-retried-blindly",
                    Severity.ERROR,
                    translate(
                        "DoctorIntegration",
                        "A meeting create (POST) is retried after a failure or timeout",
                    ),
                    translate(
                        "DoctorIntegration",
                        "A create whose answer was lost (a timeout, a dropped connection, a 5xx "
                        "from a gateway) may still have created the meeting: retrying it blindly "
                        "makes duplicates that staff then have to find and delete.",
                    ),
                    translate(
                        "DoctorIntegration",
                        "Never retry a POST create automatically. After a timeout, list the "
                        "host's meetings and look for one with the same topic and start time "
                        "before trying again; retry only 429 (Zoom did not act).",
                    ),
                    (_where(code, api), statement.strip()[:120]),
                    _lines(api),
                )
            ]
    return []


def pagination_ignored(code: CodeMap) -> list[Finding]:
    if re.search(r"next_page_token|nextPageToken|NextPageToken", code.text):
        return []
    found = []
    for api in _api_sites(code):
        template = zoom_api.template_of(api.request.path)
        if api.request.method.upper() == "GET" and template in zoom_api.PAGED:
            found.append(
                Finding(
                    "pagination-ignored",
                    W,
                    translate("DoctorIntegration", "Only the first page of {path} is read").format(
                        path=api.request.path
                    ),
                    translate(
                        "DoctorIntegration",
                        "Zoom returns lists in pages (30 records by default, `page_size` at most "
                        "300) with a `next_page_token`; the code never sends it back, so anything "
                        "after the first page is missing.",
                    ),
                    translate(
                        "DoctorIntegration",
                        "Loop: repeat the call with `next_page_token` from the previous answer "
                        "until it comes back empty.",
                    ),
                    (_where(code, api),),
                    _lines(api),
                )
            )
    return found[:1]


def api_url_ignored(code: CodeMap) -> list[Finding]:
    """Zoom's token answer names the account's API host (`api_url`); a global host works for
    most accounts, so this is said only when the code shows a regional account."""
    hard = [s for s in _api_sites(code) if s.request.parts[1] == "api.zoom.us"]
    if not hard or not (_REGIONAL.search(code.text) or re.search(r"\bapi_url\b", code.text)):
        return []
    return [
        Finding(
            "api-url-ignored",
            W,
            translate(
                "DoctorIntegration",
                "API calls go to api.zoom.us although the account's own API host is known",
            ),
            translate(
                "DoctorIntegration",
                "Zoom's token answer carries `api_url`, the host for this account's region (for "
                "example https://api-eu.zoom.us); the code reads it or uses a regional host "
                "elsewhere, yet these calls hard-code api.zoom.us.",
            ),
            translate(
                "DoctorIntegration",
                "Build API URLs from `api_url` + '/v2' (fall back to https://api.zoom.us).",
            ),
            (_where(code, hard[0]),),
            _lines(hard[0]),
        )
    ]


def hard_coded_secrets(
    text: str, place: Callable[[int], str] = line_number
) -> tuple[list[Finding], set[str]]:
    seen: list[str] = []
    lines: list[int] = []
    values: set[str] = set()
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    for match in _SECRET_LITERAL.finditer(text):
        name, value = match.group(1), match.group(3)
        if not is_secret_key(name) or is_placeholder(value) or value.startswith(("${", "<")):
            continue
        if re.search(r"\s", value):  # "Bearer " + token: a scheme word, not a secret
            continue
        if name.lower() == "password" and len(value) <= 10:
            continue  # a meeting passcode (at most 10 characters), not the app's secret
        if re.fullmatch(r"(?i)your[_ -].*|x+|\*+|changeme|secret|password", value):
            continue
        values.add(value)
        lines.append(bisect.bisect_right(starts, match.start()))
        seen.append(f"{place(lines[-1])}: {name} = {MASK}")
    for match in re.finditer(r"Basic\s+([A-Za-z0-9+/]{16,}={0,2})(?![\w$])", text):
        values.add(match.group(1))
        lines.append(bisect.bisect_right(starts, match.start()))
        seen.append(f"{place(lines[-1])}: Basic {MASK}")
    if not seen:
        return [], values
    return [
        Finding(
            "secret-in-source",
            W,
            translate("DoctorIntegration", "A secret is written into the source code"),
            translate(
                "DoctorIntegration",
                "Anyone who can read the code, its history or a pasted copy has it. The values "
                "are masked in this report.",
            ),
            translate(
                "DoctorIntegration",
                "Read it from an environment variable or a secret store (ZOOM_CLIENT_SECRET), and "
                "regenerate the secret in the Zoom App Marketplace if this code was shared.",
            ),
            tuple(seen[:5]),
            tuple(dict.fromkeys(lines[:5])),
        )
    ], values


def review_integration(
    text: str, calls: list[HttpRequest], place: Callable[[int], str] = line_number
) -> tuple[list[Finding], set[str]]:
    """Findings across the calls, and the literal secrets to mask in any report; `place` names
    a line of `text` in the evidence (a file and its line, when `text` joins several files)."""
    code = CodeMap(text, calls, place)
    secrets, values = hard_coded_secrets(text, place)
    found = [
        *token_per_call(code),
        *token_never_refreshed(code),
        *no_429_handling(code),
        *create_retried_blindly(code),
        *pagination_ignored(code),
        *api_url_ignored(code),
        *secrets,
    ]
    return found, values
