"""Show a request as HTTP text, with secrets masked unless the user deliberately reveals them."""

from __future__ import annotations

import json
from urllib.parse import parse_qsl

from zoomdesk.core.doctor.request import HttpRequest, is_placeholder
from zoomdesk.core.i18n import translate
from zoomdesk.core.redact import MASK, redact_authorization, redact_header, redact_text, redact_url


def mask_authorization(value: str) -> str:
    """Like the exchange log: Basic shows the client ID, tokens are masked; placeholders stay."""
    scheme, _, rest = value.strip().partition(" ")
    if scheme.lower() == "bearer" and is_placeholder(rest):
        return value
    shown = redact_authorization(value)
    return shown


def mask_body(body: str) -> str:
    return redact_text(body)


# What a report shows of one request: enough to read it, never a 20 MB wall of text that
# freezes a text widget or floods a terminal (issue 14, item 15).
URL_LIMIT, BODY_LIMIT, HEADER_LIMIT = 2_000, 8_000, 60


def capped(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    more = translate("DoctorRender", "… ({count} more characters not shown)")
    return text[:limit] + more.format(count=f"{len(text) - limit:,}")


def render_http(req: HttpRequest, *, reveal: bool = False) -> str:
    url = req.url if reveal else redact_url(req.url)
    lines = [f"{req.method} {capped(url, URL_LIMIT)}"]
    for name, value in req.headers[:HEADER_LIMIT]:
        shown = value
        if not reveal and name.lower() in ("authorization", "proxy-authorization"):
            shown = mask_authorization(value)
        elif not reveal:
            shown = redact_header(name, value)
        lines.append(capped(f"{name}: {shown}", URL_LIMIT))
    if len(req.headers) > HEADER_LIMIT:
        more = translate("DoctorRender", "… ({count} more headers not shown)")
        lines.append(more.format(count=f"{len(req.headers) - HEADER_LIMIT:,}"))
    lines.append("")
    body = req.body if reveal else mask_body(req.body)
    if not body:
        lines.append(translate("DoctorRender", "(empty body)"))
    elif len(body) <= BODY_LIMIT and (
        "json" in req.content_type.lower() or body.lstrip().startswith("{")
    ):
        try:
            lines.append(json.dumps(json.loads(body), indent=2, ensure_ascii=False))
        except (ValueError, RecursionError):
            lines.append(body)
    else:
        lines.append(capped(body, BODY_LIMIT))
    return "\n".join(lines)


def _names(names: list[str], limit: int = 12) -> str:
    shown = ", ".join(capped(n, 60) for n in names[:limit])
    if len(names) <= limit:
        return shown
    more = translate("DoctorRender", "{names}, … ({count} more)")
    return more.format(names=shown, count=f"{len(names) - limit:,}")


def describe_params(req: HttpRequest) -> str:
    """'query string: grant_type, account_id; form body: (nothing)' in one line."""
    parts = []
    query = [k for k, _ in parse_qsl(req.url.partition("?")[2], keep_blank_values=True)]
    if query:
        parts.append(
            translate("DoctorRender", "query string ({names})").format(names=_names(query))
        )
    if req.form:
        names = _names([k for k, _ in req.form])
        parts.append(translate("DoctorRender", "form body ({names})").format(names=names))
    body = req.json_body()
    if isinstance(body, dict) and body:
        names = _names([str(k) for k in body])
        parts.append(translate("DoctorRender", "JSON body ({names})").format(names=names))
    elif isinstance(body, dict):
        parts.append(translate("DoctorRender", "JSON body (empty object)"))
    elif req.body and not req.form:
        parts.append(translate("DoctorRender", "body (unrecognised format)"))
    return "; ".join(parts) or translate("DoctorRender", "nowhere (no query string, empty body)")


__all__ = ["MASK", "describe_params", "mask_authorization", "render_http"]
