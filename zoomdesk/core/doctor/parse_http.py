"""Read a raw HTTP request as shown by proxies, dev tools or `curl -v`:

POST /oauth/token?grant_type=account_credentials HTTP/1.1
Host: zoom.us
Authorization: Basic …

body
"""

from __future__ import annotations

import re

from zoomdesk.core.doctor.parse_curl import ParseError
from zoomdesk.core.doctor.request import HttpRequest
from zoomdesk.core.i18n import translate, translate_noop

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
_REQUEST_LINE = re.compile(
    rf"^\s*(?:>\s*)?({'|'.join(METHODS)})\s+(\S+)(?:\s+HTTP/[\d.]+)?\s*$", re.IGNORECASE
)


def looks_like_http(text: str) -> bool:
    first = text.strip().splitlines()[0] if text.strip() else ""
    return bool(_REQUEST_LINE.match(first))


def parse_http(text: str) -> HttpRequest:
    lines = text.replace("\r\n", "\n").strip("\n").split("\n")
    # `curl -v` prefixes request lines with "> "
    verbose = lines and lines[0].lstrip().startswith(">")
    if verbose:
        lines = [
            line.lstrip()[1:].lstrip() if line.lstrip().startswith(">") else line for line in lines
        ]
    match = _REQUEST_LINE.match(lines[0]) if lines else None
    if not match:
        raise ParseError(
            translate(
                "DoctorParse",
                "The first line is not an HTTP request line like `POST /oauth/token HTTP/1.1`.",
            )
        )
    method, target = match.group(1).upper(), match.group(2)
    headers: list[tuple[str, str]] = []
    index = 1
    while index < len(lines) and lines[index].strip():
        name, sep, value = lines[index].partition(":")
        if not sep:
            raise ParseError(
                translate(
                    "DoctorParse", "Line {number} is not a header (`Name: value`): {line}"
                ).format(number=index + 1, line=repr(lines[index]))
            )
        headers.append((name.strip(), value.strip()))
        index += 1
    body = "\n".join(lines[index + 1 :]).strip("\n")
    if "://" in target:
        url = target
    else:
        host = next((v for k, v in headers if k.lower() == "host"), "")
        if not host:
            raise ParseError(
                translate(
                    "DoctorParse",
                    "The request has a path but no Host header, so the URL is unknown.",
                )
            )
        scheme = "http" if host.startswith(("127.", "localhost")) else "https"
        url = f"{scheme}://{host}{target}"
    headers = [(k, v) for k, v in headers if k.lower() not in ("host", "content-length")]
    # the source names the kind of input; it is a key too, translated where shown
    return HttpRequest(method, url, tuple(headers), body, translate_noop("DoctorParse", "raw HTTP"))
