"""HAR 1.2 export of recorded exchanges (http://www.softwareishard.com/blog/har-12-spec/).
Built from the redacted Exchange values, so an export never holds a secret or a token."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from zoomdesk import __version__
from zoomdesk.core.exchange import FORM, Exchange

Json = dict[str, Any]


def _headers(pairs: Iterable[tuple[str, str]]) -> list[Json]:
    return [{"name": k, "value": v} for k, v in pairs]


def _entry(ex: Exchange) -> Json:
    query = parse_qsl(urlsplit(ex.url).query, keep_blank_values=True)
    request: Json = {
        "method": ex.method,
        "url": ex.url,
        "httpVersion": ex.http_version or "HTTP/1.1",
        "cookies": [],
        "headers": _headers(ex.request_headers),
        "queryString": [{"name": k, "value": v} for k, v in query],
        "headersSize": -1,
        "bodySize": len(ex.request_body.encode()),
    }
    if ex.request_body:
        post: Json = {
            "mimeType": ex.header("content-type", response=False) or "",
            "text": ex.request_body,
        }
        if FORM in ex.param_locations:
            post["params"] = [{"name": k, "value": v} for k, v in ex.request_form()]
        request["postData"] = post
    body = ex.response_body
    response: Json = {
        "status": ex.status or 0,
        "statusText": ex.reason if ex.status is not None else (ex.error or ""),
        "httpVersion": ex.http_version or "HTTP/1.1",
        "cookies": [],
        "headers": _headers(ex.response_headers),
        "content": {
            "size": len(body.encode()),
            "mimeType": ex.header("content-type") or "",
            "text": body,
        },
        "redirectURL": ex.header("location") or "",
        "headersSize": -1,
        "bodySize": len(body.encode()) if ex.status is not None else -1,
    }
    if ex.error:
        response["_error"] = ex.error
    total = ex.duration_ms if ex.duration_ms is not None else 0.0
    return {
        "startedDateTime": ex.started_at.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        "time": round(total, 3),
        "request": request,
        "response": response,
        "cache": {},
        "timings": {"send": 0, "wait": round(total, 3), "receive": 0},
        "_kind": ex.kind,
        "_paramLocations": list(ex.param_locations),
    }


def to_har(exchanges: Iterable[Exchange]) -> Json:
    return {
        "log": {
            "version": "1.2",
            "creator": {"name": "zoomdesk", "version": __version__},
            "pages": [],
            "entries": [_entry(ex) for ex in exchanges],
            "comment": "Recorded by zoomdesk. Secrets and access tokens are redacted.",
        }
    }


def write_har(exchanges: Iterable[Exchange], path: Path) -> None:
    path.write_text(json.dumps(to_har(exchanges), indent=2, ensure_ascii=False), encoding="utf-8")
