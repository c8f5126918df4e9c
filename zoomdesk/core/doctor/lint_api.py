"""Checks for a call to the Zoom REST API (`https://api.zoom.us/v2/…`)."""

from __future__ import annotations

import re

from zoomdesk.core.doctor.findings import Finding, Severity
from zoomdesk.core.doctor.lint_api_schema import lint_meeting_body, lint_path
from zoomdesk.core.doctor.request import HttpRequest
from zoomdesk.core.redact import redact_text, redact_url

E, W = Severity.ERROR, Severity.WARNING


def lint_api_request(req: HttpRequest) -> list[Finding]:
    found: list[Finding] = []
    query = dict(req.query)
    auth = req.auth
    if "access_token" in query:
        found.append(
            Finding(
                "api-token-in-query",
                E,
                "The access token is sent in the query string",
                "Since February 2023 Zoom refuses access tokens passed as `?access_token=…`: it "
                'answers `401 {"code":124,"message":"Invalid access token, this access token is '
                'not supported as query parameter string."}`. URLs are also logged by proxies, '
                "so the token leaks.",
                "Send it in a header instead: `Authorization: Bearer <token>`.",
                (f"URL: {redact_url(req.url)}",),
            )
        )
    if auth.scheme == "none" and "access_token" not in query:
        found.append(
            Finding(
                "api-no-bearer",
                E,
                "There is no Authorization header",
                "Every Zoom API call needs the access token from /oauth/token as "
                "`Authorization: Bearer <token>`.",
                "Get a token (POST /oauth/token) and send `Authorization: Bearer <token>`.",
            )
        )
    elif auth.scheme == "basic":
        found.append(
            Finding(
                "api-basic-auth",
                E,
                "The API call uses Basic authorization; it needs a Bearer token",
                "The client ID and secret (Basic) are only for the token endpoint. API calls "
                "use the access token it returns; Zoom answers Basic with 401 code 124.",
                "First POST /oauth/token, then send `Authorization: Bearer <access_token>`.",
            )
        )
    elif auth.scheme == "bearer" and not auth.well_formed:
        found.append(
            Finding(
                "api-bearer-empty",
                E,
                "The Bearer token is empty",
                "`Authorization: Bearer` must be followed by the access token. An empty value "
                "usually means the variable holding the token was never set.",
                "Check the token request succeeded and its `access_token` is used.",
            )
        )
    elif auth.scheme == "other":
        found.append(
            Finding(
                "api-auth-scheme",
                E,
                "The Authorization header does not use the Bearer scheme",
                "Zoom expects `Authorization: Bearer <token>`, but "
                f"{auth.problem or 'it differs'}.",
                "Send `Authorization: Bearer <token>`.",
            )
        )
    found += _path_rules(req)
    found += lint_path(req)
    found += _body_rules(req)
    found += lint_meeting_body(req)
    return found


def _path_rules(req: HttpRequest) -> list[Finding]:
    path = req.path
    if path.startswith("/v1/") or "/v1/" in path:
        return [
            Finding(
                "api-v1",
                E,
                "The call uses API v1, which Zoom retired",
                "Zoom's REST API is version 2: `https://api.zoom.us/v2/…`.",
                "Replace /v1/ with /v2/ (check the endpoint's v2 name in Zoom's API reference).",
                (f"Path: {path}",),
            )
        ]
    if not re.match(r"/v2(?:/|\$\{|$)", path):  # `/v2${path}`: the rest is computed
        return [
            Finding(
                "api-missing-v2",
                E,
                "The path does not start with /v2",
                "Zoom's API paths live under /v2 (for example /v2/users/me/meetings); without it "
                "Zoom answers 404.",
                "Build URLs as `api_url + '/v2' + path`.",
                (f"Path: {path}",),
            )
        ]
    return []


def _body_rules(req: HttpRequest) -> list[Finding]:
    if not req.body.strip():
        return []
    ctype = req.content_type.lower()
    if re.fullmatch(r"\$\{[^{}]*\}", req.body.strip()):
        return []  # computed at run time: what it holds is not known here
    method = req.method.upper()
    if method in ("GET", "DELETE"):
        return [
            Finding(
                "api-body-on-get",
                W,
                f"A {method} request with a body",
                f"Zoom ignores the body of a {method}; parameters of these calls go in the "
                "query string (for example ?page_size=300).",
                "Move the parameters to the query string.",
            )
        ]
    if "x-www-form-urlencoded" in ctype or "multipart" in ctype:
        return [
            Finding(
                "api-body-not-json",
                E,
                "The API body is form-encoded; Zoom's API expects JSON",
                "Unlike the token endpoint, API calls (create or update a meeting, …) take a "
                "JSON body.",
                "Send `Content-Type: application/json` with a JSON object "
                "(Python `json=…`, axios: pass an object as data).",
                (f"Content-Type: {req.content_type}",),
            )
        ]
    if ctype and "json" not in ctype:
        return [
            Finding(
                "api-body-not-json",
                E,
                f"The API body is sent as {req.content_type.split(';')[0]}; Zoom expects JSON",
                "Zoom reads a create or update body only as `application/json`. fetch() sends a "
                "string body as text/plain unless told otherwise, and PowerShell sends a POST "
                "body as a form.",
                "Send `Content-Type: application/json`.",
                (f"Content-Type: {req.content_type}",),
            )
        ]
    if not ctype:
        return [
            Finding(
                "api-no-content-type",
                E,
                "The API body has no Content-Type",
                "Zoom needs `Content-Type: application/json` to read the body; without it the "
                "call fails with a validation error or the fields are ignored.",
                "Add `Content-Type: application/json`.",
            )
        ]
    if "json" in ctype and req.json_body() is None:
        return [
            Finding(
                "api-json-invalid",
                E,
                "The body is not valid JSON",
                "Zoom answers 300 or 400 when the JSON cannot be parsed (a trailing comma, "
                "single quotes, an unescaped newline…).",
                "Build the body with a JSON library rather than by hand.",
                (f"Body: {redact_text(req.body)[:120]}",),
            )
        ]
    return []
