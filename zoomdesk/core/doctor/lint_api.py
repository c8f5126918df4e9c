"""Checks for a call to the Zoom REST API (`https://api.zoom.us/v2/…`)."""

from __future__ import annotations

import re

from zoomdesk.core.doctor.findings import Finding, Severity
from zoomdesk.core.doctor.lint_api_schema import lint_meeting_body, lint_path
from zoomdesk.core.doctor.request import HttpRequest
from zoomdesk.core.i18n import translate
from zoomdesk.core.redact import redact_text, redact_url

E, W = Severity.ERROR, Severity.WARNING
JSON_HEADER = "Content-Type: application/json"


def lint_api_request(req: HttpRequest) -> list[Finding]:
    found: list[Finding] = []
    query = dict(req.query)
    auth = req.auth
    if "access_token" in query:
        found.append(
            Finding(
                "api-token-in-query",
                E,
                translate("DoctorApi", "The access token is sent in the query string"),
                translate(
                    "DoctorApi",
                    "Since February 2023 Zoom refuses access tokens passed as `?access_token=…`: "
                    "it answers `{answer}`. URLs are also logged by proxies, so the token leaks.",
                ).format(
                    answer='401 {"code":124,"message":"Invalid access token, this access token '
                    'is not supported as query parameter string."}'
                ),
                translate("DoctorApi", "Send it in a header instead: `{header}`.").format(
                    header="Authorization: Bearer <token>"
                ),
                (translate("DoctorApi", "URL: {url}").format(url=redact_url(req.url)),),
            )
        )
    if auth.scheme == "none" and "access_token" not in query:
        found.append(
            Finding(
                "api-no-bearer",
                E,
                translate("DoctorApi", "There is no Authorization header"),
                translate(
                    "DoctorApi",
                    "Every Zoom API call needs the access token from /oauth/token as `{header}`.",
                ).format(header="Authorization: Bearer <token>"),
                translate(
                    "DoctorApi", "Get a token (POST /oauth/token) and send `{header}`."
                ).format(header="Authorization: Bearer <token>"),
            )
        )
    elif auth.scheme == "basic":
        found.append(
            Finding(
                "api-basic-auth",
                E,
                translate(
                    "DoctorApi", "The API call uses Basic authorization; it needs a Bearer token"
                ),
                translate(
                    "DoctorApi",
                    "The client ID and secret (Basic) are only for the token endpoint. API calls "
                    "use the access token it returns; Zoom answers Basic with 401 code 124.",
                ),
                translate("DoctorApi", "First POST /oauth/token, then send `{header}`.").format(
                    header="Authorization: Bearer <access_token>"
                ),
            )
        )
    elif auth.scheme == "bearer" and not auth.well_formed:
        found.append(
            Finding(
                "api-bearer-empty",
                E,
                translate("DoctorApi", "The Bearer token is empty"),
                translate(
                    "DoctorApi",
                    "`Authorization: Bearer` must be followed by the access token. An empty "
                    "value usually means the variable holding the token was never set.",
                ),
                translate(
                    "DoctorApi", "Check the token request succeeded and its `access_token` is used."
                ),
            )
        )
    elif auth.scheme == "other":
        found.append(
            Finding(
                "api-auth-scheme",
                E,
                translate("DoctorApi", "The Authorization header does not use the Bearer scheme"),
                (
                    translate("DoctorApi", "Zoom expects `{header}`, but {problem}.")
                    if auth.problem
                    else translate("DoctorApi", "Zoom expects `{header}`, but it differs.")
                ).format(header="Authorization: Bearer <token>", problem=auth.problem),
                translate("DoctorApi", "Send `{header}`.").format(
                    header="Authorization: Bearer <token>"
                ),
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
                translate("DoctorApi", "The call uses API v1, which Zoom retired"),
                translate("DoctorApi", "Zoom's REST API is version 2: `{url}`.").format(
                    url="https://api.zoom.us/v2/…"
                ),
                translate(
                    "DoctorApi",
                    "Replace /v1/ with /v2/ (check the endpoint's v2 name in Zoom's API "
                    "reference).",
                ),
                (translate("DoctorApi", "Path: {path}").format(path=path),),
            )
        ]
    if not re.match(r"/v2(?:/|\$\{|$)", path):  # `/v2${path}`: the rest is computed
        return [
            Finding(
                "api-missing-v2",
                E,
                translate("DoctorApi", "The path does not start with /v2"),
                translate(
                    "DoctorApi",
                    "Zoom's API paths live under /v2 (for example /v2/users/me/meetings); without "
                    "it Zoom answers 404.",
                ),
                translate("DoctorApi", "Build URLs as `{expression}`.").format(
                    expression="api_url + '/v2' + path"
                ),
                (translate("DoctorApi", "Path: {path}").format(path=path),),
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
                translate("DoctorApi", "A {method} request with a body").format(method=method),
                translate(
                    "DoctorApi",
                    "Zoom ignores the body of a {method}; parameters of these calls go in the "
                    "query string (for example ?page_size=300).",
                ).format(method=method),
                translate("DoctorApi", "Move the parameters to the query string."),
            )
        ]
    if "x-www-form-urlencoded" in ctype or "multipart" in ctype:
        return [
            Finding(
                "api-body-not-json",
                E,
                translate("DoctorApi", "The API body is form-encoded; Zoom's API expects JSON"),
                translate(
                    "DoctorApi",
                    "Unlike the token endpoint, API calls (create or update a meeting, …) take a "
                    "JSON body.",
                ),
                translate(
                    "DoctorApi",
                    "Send `{header}` with a JSON object (Python `json=…`, axios: pass an object "
                    "as data).",
                ).format(header=JSON_HEADER),
                (f"Content-Type: {req.content_type}",),
            )
        ]
    if ctype and "json" not in ctype:
        return [
            Finding(
                "api-body-not-json",
                E,
                translate("DoctorApi", "The API body is sent as {type}; Zoom expects JSON").format(
                    type=req.content_type.split(";")[0]
                ),
                translate(
                    "DoctorApi",
                    "Zoom reads a create or update body only as `application/json`. fetch() sends "
                    "a string body as text/plain unless told otherwise, and PowerShell sends a "
                    "POST body as a form.",
                ),
                translate("DoctorApi", "Send `{header}`.").format(header=JSON_HEADER),
                (f"Content-Type: {req.content_type}",),
            )
        ]
    if not ctype:
        return [
            Finding(
                "api-no-content-type",
                E,
                translate("DoctorApi", "The API body has no Content-Type"),
                translate(
                    "DoctorApi",
                    "Zoom needs `{header}` to read the body; without it the call fails with a "
                    "validation error or the fields are ignored.",
                ).format(header=JSON_HEADER),
                translate("DoctorApi", "Add `{header}`.").format(header=JSON_HEADER),
            )
        ]
    if "json" in ctype and req.json_body() is None:
        return [
            Finding(
                "api-json-invalid",
                E,
                translate("DoctorApi", "The body is not valid JSON"),
                translate(
                    "DoctorApi",
                    "Zoom answers 300 or 400 when the JSON cannot be parsed (a trailing comma, "
                    "single quotes, an unescaped newline…).",
                ),
                translate("DoctorApi", "Build the body with a JSON library rather than by hand."),
                (translate("DoctorApi", "Body: {body}").format(body=redact_text(req.body)[:120]),),
            )
        ]
    return []
