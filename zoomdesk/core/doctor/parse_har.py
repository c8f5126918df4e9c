"""Read the entries of a HAR file (browser dev tools, Postman, Charles, zoomdesk's own export)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from zoomdesk.core.doctor.parse_curl import ParseError
from zoomdesk.core.doctor.request import HttpRequest
from zoomdesk.core.exchange import Exchange
from zoomdesk.core.i18n import translate
from zoomdesk.core.redact import redact_header, redact_text, redact_url


@dataclass(frozen=True)
class Entry:
    request: HttpRequest
    exchange: Exchange | None  # when the HAR holds a response, the whole exchange (redacted)


def looks_like_har(text: str) -> bool:
    head = text.lstrip()[:2000]
    return head.startswith("{") and '"log"' in head


def _pairs(items: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(items, list):
        return ()
    return tuple(
        (str(i.get("name", "")), str(i.get("value", ""))) for i in items if isinstance(i, dict)
    )


def _body(request: dict[str, Any]) -> str:
    post = request.get("postData")
    if not isinstance(post, dict):
        return ""
    if isinstance(post.get("text"), str):
        return str(post["text"])
    params = _pairs(post.get("params"))
    return "&".join(f"{k}={v}" for k, v in params)


def _started(entry: dict[str, Any]) -> datetime:
    try:
        return datetime.fromisoformat(str(entry.get("startedDateTime", "")).replace("Z", "+00:00"))
    except ValueError:
        return datetime.now(UTC)


def _exchange(index: int, entry: dict[str, Any], req: HttpRequest) -> Exchange | None:
    response = entry.get("response")
    if not isinstance(response, dict):
        return None
    status = response.get("status")
    content = response.get("content")
    content = content if isinstance(content, dict) else {}
    error = response.get("_error")
    headers = tuple((k, redact_header(k, v)) for k, v in req.headers)
    kind = "token" if req.is_token_request else "api"
    return Exchange(
        id=index + 1,
        kind=kind,
        started_at=_started(entry),
        duration_ms=_duration(entry.get("time")),
        method=req.method,
        url=redact_url(req.url),
        param_locations=req.param_locations,
        request_headers=headers,
        request_body=redact_text(req.body),
        status=status if isinstance(status, int) and status > 0 else None,
        reason=str(response.get("statusText", "")),
        http_version=str(response.get("httpVersion", "")),
        response_headers=_pairs(response.get("headers")),
        response_body=redact_text(str(content.get("text", ""))),
        error=str(error)
        if error
        else (None if isinstance(status, int) and status > 0 else "no response"),
        error_kind=None,
    )


def _duration(value: object) -> float | None:
    if isinstance(value, float):
        return value
    if isinstance(value, int) and abs(value) < 2**53:  # float(10**400) overflows
        return float(value)
    return None


def parse_har(text: str) -> list[Entry]:
    try:
        data = json.loads(text)
    except ValueError as error:
        raise ParseError(
            translate("DoctorParse", "The HAR file is not valid JSON ({error}).").format(
                error=error
            )
        ) from error
    except RecursionError as error:
        raise ParseError(
            translate("DoctorParse", "The HAR file nests JSON too deeply to be read.")
        ) from error
    # Any JSON value may stand where HAR has an object ({"log": null}, {"log": []}).
    log = data.get("log") if isinstance(data, dict) else None
    entries = log.get("entries") if isinstance(log, dict) else None
    if not isinstance(entries, list):
        raise ParseError(
            translate("DoctorParse", "This JSON has no `log.entries`, so it is not a HAR file.")
        )
    found: list[Entry] = []
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict) or not isinstance(entry.get("request"), dict):
            continue
        request = entry["request"]
        headers = tuple((k, v) for k, v in _pairs(request.get("headers")) if not k.startswith(":"))
        post = request.get("postData")
        mime = post.get("mimeType") if isinstance(post, dict) else None
        if mime and not any(k.lower() == "content-type" for k, _ in headers):
            headers += (("Content-Type", str(mime)),)
        req = HttpRequest(
            str(request.get("method", "GET")).upper(),
            str(request.get("url", "")),
            headers,
            _body(request),
            "HAR",
        )
        found.append(Entry(req, _exchange(index, entry, req)))
    if not found:
        raise ParseError(translate("DoctorParse", "The HAR file has no requests."))
    return found
