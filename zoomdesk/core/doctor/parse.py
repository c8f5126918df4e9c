"""Recognise what was pasted: a HAR file, a cURL command, a raw HTTP request or code."""

from __future__ import annotations

from urllib.parse import urlsplit

from zoomdesk.core.doctor.parse_code import looks_like_code, parse_code
from zoomdesk.core.doctor.parse_curl import ParseError, parse_curl
from zoomdesk.core.doctor.parse_har import Entry, looks_like_har, parse_har
from zoomdesk.core.doctor.parse_http import looks_like_http, parse_http
from zoomdesk.core.i18n import translate
from zoomdesk.core.redact import redact_url

__all__ = ["Entry", "ParseError", "parse_input"]


def help_text() -> str:
    """What the doctor reads, in the user's language (asked for when shown, not at import)."""
    return translate(
        "DoctorParse",
        "Paste a cURL command (`curl -X POST https://zoom.us/oauth/token …`), a raw HTTP request "
        "(`POST /oauth/token HTTP/1.1` + headers + body), a HAR file, or code that calls Zoom "
        "(axios, fetch, got, requests, httpx, aiohttp, C# HttpClient, PowerShell "
        "Invoke-RestMethod).",
    )


def _relevant(entries: list[Entry]) -> list[Entry]:
    """From a whole browser session, keep the Zoom token and API calls."""
    zoom = [e for e in entries if e.request.is_token_request or e.request.is_api_request]
    return zoom or entries


def parse_input(text: str) -> list[Entry]:
    entries = _parse(text)
    for entry in entries:
        try:
            urlsplit(entry.request.url).hostname  # noqa: B018  (it raises on a bad URL)
        except ValueError as error:
            shown = redact_url(entry.request.url)[:200]
            raise ParseError(
                translate("DoctorParse", "The URL {url} is not valid ({error}).").format(
                    url=repr(shown), error=error
                )
            ) from error
    return entries


def _parse(text: str) -> list[Entry]:
    lines = text.strip().splitlines()
    while lines and lines[0].lstrip().startswith(("#", "//")) and not looks_like_har(text):
        lines.pop(0)  # comments, like the ones Copy as cURL writes
    stripped = "\n".join(lines).strip().lstrip("$ ").strip()
    if not stripped:
        raise ParseError(
            translate("DoctorParse", "Nothing to check. {help}").format(help=help_text())
        )
    if looks_like_har(stripped):
        return _relevant(parse_har(stripped))
    first = stripped.split(None, 1)[0].lower()
    if first in ("curl", "curl.exe"):
        return [Entry(parse_curl(stripped), None)]
    if looks_like_http(stripped):
        return [Entry(parse_http(stripped), None)]
    if looks_like_code(stripped):
        return [Entry(parse_code(stripped), None)]
    raise ParseError(
        translate("DoctorParse", "This is not a request zoomdesk can read. {help}").format(
            help=help_text()
        )
    )
