"""Build the corrected request: the user's values, in the shape Zoom expects."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from urllib.parse import urlencode, urlsplit, urlunsplit

from zoomdesk.core.doctor import hosts
from zoomdesk.core.doctor.request import HttpRequest, is_placeholder
from zoomdesk.core.tokens import basic_auth

ACCOUNT_PLACEHOLDER = "$ZOOM_ACCOUNT_ID"
CLIENT_ID_PLACEHOLDER = "$ZOOM_CLIENT_ID"
SECRET_PLACEHOLDER = "$ZOOM_CLIENT_SECRET"
TOKEN_PLACEHOLDER = "$ZOOM_TOKEN"
FORM_TYPE = "application/x-www-form-urlencoded"
_DROPPED = ("authorization", "content-type", "content-length", "host")


def token_params(req: HttpRequest) -> dict[str, str]:
    """Every parameter of a token request, wherever it travelled (body wins)."""
    params = dict(req.query)
    body = req.json_body()
    if isinstance(body, dict):
        params.update({str(k): str(v) for k, v in body.items()})
    params.update(dict(req.form))
    return params


def credentials_of(req: HttpRequest) -> tuple[str, str]:
    """(client_id, client_secret) as the request carries them, or placeholders."""
    auth = req.auth
    params = token_params(req)
    client_id = (auth.client_id or "").strip() or params.get("client_id", "").strip()
    secret = (auth.secret or "").strip() or params.get("client_secret", "").strip()
    return client_id or CLIENT_ID_PLACEHOLDER, secret or SECRET_PLACEHOLDER


def _url(req: HttpRequest, host: str, path: str, query: list[tuple[str, str]]) -> str:
    split = urlsplit(req.url)
    scheme = split.scheme if hosts.is_local(split.hostname or "") else "https"
    netloc = split.netloc if host == (split.hostname or "").lower() else host
    return urlunsplit((scheme, netloc, path, urlencode(query), ""))


def _kept_headers(req: HttpRequest) -> tuple[tuple[str, str], ...]:
    return tuple(
        (k, v)
        for k, v in req.headers
        if k.lower() not in _DROPPED and k.lower() not in req.implicit
    )


def correct_token_request(req: HttpRequest) -> HttpRequest:
    _, host, _ = req.parts
    if not (hosts.is_local(host) or host in hosts.OAUTH_HOSTS) and (
        hosts.is_zoom(host) or not host
    ):
        host = hosts.oauth_host_for(host)
    params = token_params(req)
    account = params.get("account_id", "").strip() or ACCOUNT_PLACEHOLDER
    client_id, secret = credentials_of(req)
    auth = req.auth
    if auth.scheme == "basic" and (auth.well_formed or auth.redacted):
        authorization = req.header("authorization") or ""
    else:
        authorization = basic_auth(client_id, secret)
    body = urlencode({"grant_type": "account_credentials", "account_id": account}, safe="${}")
    headers = (
        ("Authorization", authorization),
        ("Content-Type", FORM_TYPE),
        *_kept_headers(req),
    )
    return HttpRequest("POST", _url(req, host, "/oauth/token", []), headers, body, "corrected")


def correct_api_request(req: HttpRequest) -> HttpRequest:
    _, host, path = req.parts
    if not (hosts.is_local(host) or hosts.is_api_host(host)) and (hosts.is_zoom(host) or not host):
        host = hosts.api_host_for(host)
    if "/v1/" in path:
        path = path.replace("/v1/", "/v2/", 1)
    elif "/v2/" not in path + "/" and not hosts.is_local(host):
        path = "/v2" + (path if path.startswith("/") else "/" + path)
    query = [(k, v) for k, v in req.query if k != "access_token"]
    auth = req.auth
    if auth.scheme == "bearer" and auth.well_formed:
        authorization = req.header("authorization") or ""
    else:
        token = dict(req.query).get("access_token")
        authorization = f"Bearer {token}" if token else f"Bearer {TOKEN_PLACEHOLDER}"
    body = req.body
    ctype = req.content_type.lower()
    headers: tuple[tuple[str, str], ...] = (("Authorization", authorization),)
    if body.strip() and req.method.upper() not in ("GET", "DELETE"):
        if "json" not in ctype and req.json_body() is None and "=" in body:
            body = json.dumps(dict(req.form))
        headers += (("Content-Type", "application/json"),)
    elif req.method.upper() in ("GET", "DELETE"):
        body = ""
    return HttpRequest(
        req.method.upper(),
        _url(req, host, path, query),
        headers + _kept_headers(req),
        body,
        "corrected",
    )


def corrected(req: HttpRequest) -> HttpRequest:
    if req.is_token_request:
        return correct_token_request(req)
    if req.is_api_request:
        return correct_api_request(req)
    return replace(req, source="corrected")


def placeholder_name(value: str) -> str | None:
    """`$ZOOM_ACCOUNT_ID` -> ZOOM_ACCOUNT_ID; `${accountId}` -> None (a code variable)."""
    match = re.fullmatch(r"\$([A-Z_][A-Z0-9_]*)", value.strip())
    return match.group(1) if match else None


__all__ = ["corrected", "credentials_of", "is_placeholder", "placeholder_name", "token_params"]
