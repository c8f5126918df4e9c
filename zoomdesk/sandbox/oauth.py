"""`POST /oauth/token` with `grant_type=account_credentials`, as Zoom answers it (zoom-api.md
§0-§1).

The order of the checks decides which of several look-alike 400s a broken client sees, so it
follows the evidence: a JSON body is never parsed (devforum 79648), parameters only in the query
string are refused (the gravity-forms report and this project's founding thread), and only a
parsed grant is checked for client credentials and then for the account."""

from __future__ import annotations

import base64
import hmac
from dataclasses import dataclass
from urllib.parse import parse_qs

from zoomdesk.sandbox.ids import jwt_like
from zoomdesk.sandbox.state import SandboxState
from zoomdesk.sandbox.wire import Request, Response, json_response

TOKEN_PATH = "/oauth/token"
GRANT_TYPE = "account_credentials"


@dataclass(frozen=True)
class ClientCredentials:
    account_id: str
    client_id: str
    client_secret: str


def handle_token_request(
    request: Request, state: SandboxState, credentials: ClientCredentials, api_url: str
) -> Response:
    if request.method != "POST":
        # Assumption: Zoom's answer to other methods is not documented; 405 is what HTTP says.
        response = _oauth_error(405, "Method Not Allowed", "invalid_request")
        response.set_header("Allow", "POST")
        return response
    content_type = (request.header("content-type") or "").split(";")[0].strip().lower()
    if content_type == "application/json":
        return _oauth_error(400, "unsupported grant type", "unsupported_grant_type")
    form: dict[str, list[str]] = {}
    if content_type == "application/x-www-form-urlencoded":
        form = parse_qs(request.body.decode("utf-8", "replace"), keep_blank_values=True)
    if not form and ("grant_type" in request.query or "account_id" in request.query):
        return _oauth_error(400, "Bad Request", "invalid_request")
    if _first(form, "grant_type") != GRANT_TYPE:
        return _oauth_error(400, "unsupported grant type", "unsupported_grant_type")
    if not _client_matches(request.header("authorization"), credentials):
        # 400, not 401: Zoom's status for bad client credentials
        # (https://github.com/JubaerHossain/zoom-laravel/issues/3).
        return _oauth_error(400, "Invalid client_id or client_secret", "invalid_client")
    if _first(form, "account_id") != credentials.account_id:
        # Assumption: real Zoom's body for a wrong account_id is undocumented (only "400s",
        # https://github.com/Jericho/ZoomNet/issues/272); this shape matches its other errors.
        return _oauth_error(400, "Invalid account_id", "invalid_request")
    return _issue(state, credentials, api_url)


def _issue(state: SandboxState, credentials: ClientCredentials, api_url: str) -> Response:
    now = int(state.now())
    owner = state.owner
    token = jwt_like(
        {
            "aud": "https://oauth.zoom.us",
            "uid": owner["id"] if owner else "",
            "ver": 10,
            "auid": "sandbox",
            "nbf": now,
            "iss": f"zm:cid:{credentials.client_id}",
            "gno": 0,
            "exp": now + state.token_ttl,
            "type": 3,
            "iat": now,
            "aid": credentials.account_id,
        }
    )
    record = state.issue_token(token)
    payload = {
        "access_token": token,
        "token_type": "bearer",
        "expires_in": state.token_ttl,
        "scope": " ".join(record.scopes),
        "api_url": api_url,
    }
    return json_response(200, payload, {"Cache-Control": "no-store", "Pragma": "no-cache"})


def _client_matches(authorization: str | None, credentials: ClientCredentials) -> bool:
    scheme, _, encoded = (authorization or "").strip().partition(" ")
    if scheme.lower() != "basic" or not encoded:
        return False
    try:
        # Header values arrive as Latin-1 text; b64decode refuses non-ASCII text with a plain
        # ValueError (not binascii.Error), which used to escape as a 500.
        decoded = base64.b64decode(encoded.strip().encode("latin-1"), validate=True).decode()
    except ValueError:  # binascii.Error and the Unicode errors are ValueErrors too
        return False
    client_id, colon, secret = decoded.partition(":")
    expected_id = client_id == credentials.client_id
    # Constant time for the secret: the sandbox may be reachable by others (see Sandbox.start).
    expected_secret = hmac.compare_digest(secret.encode(), credentials.client_secret.encode())
    return bool(colon) and expected_id and expected_secret


def _first(form: dict[str, list[str]], name: str) -> str | None:
    values = form.get(name)
    return values[0] if values else None


def _oauth_error(status: int, reason: str, error: str) -> Response:
    """The token endpoint's error shape differs from the API's: `{"reason", "error"}`."""
    return json_response(status, {"reason": reason, "error": error})
