"""Why the token endpoint refused: `{"reason": …, "error": …}` (and Zoom's 47xx codes), read
together with the request's shape, since several causes share one 400."""

from __future__ import annotations

from dataclasses import replace

from zoomdesk.core.doctor.findings import Finding, Severity
from zoomdesk.core.exchange import Exchange

E = Severity.ERROR
SHAPE_CODES = ("token-params-in-query", "token-json-body", "token-no-content-type",
               "token-wrong-content-type", "token-grant-missing", "token-method")  # fmt: skip
APP_PAGE = "Zoom App Marketplace ▸ Manage ▸ your Server-to-Server OAuth app ▸ App Credentials"
# https://developers.zoom.us/docs/integrations/oauth-error-messages/
_CODES = {
    4700: "Zoom's generic token error",
    4702: "invalid client ID or secret",
    4704: "invalid client ID or secret",
    4705: "grant type not supported",
    4706: "client ID, secret or grant type missing",
    4709: "redirect URI mismatch",
    4711: "refresh token invalid or scope mismatch",
    4717: "the app has been disabled",
}


def _shown(body: object, exchange: Exchange) -> str:
    if isinstance(body, dict):
        return f"Response: HTTP {exchange.status} {exchange.response_body[:200]}"
    return f"Response: HTTP {exchange.status} {exchange.reason} (no JSON body)"


def token_failure(exchange: Exchange, shape: list[Finding]) -> list[Finding]:
    body = exchange.response_json()
    error = str(body.get("error") or "") if isinstance(body, dict) else ""
    reason = str(body.get("reason") or "") if isinstance(body, dict) else ""
    code = body.get("code") if isinstance(body, dict) else None
    seen = (_shown(body, exchange),)
    shape_problem = next((f for f in shape if f.code in SHAPE_CODES), None)
    status = exchange.status or 0
    if shape_problem is not None and (
        error in ("invalid_request", "unsupported_grant_type") or code in (4705, 4706)
    ):
        # Zoom's answer is the consequence of the shape problem: one finding, not two that
        # say the same thing. Same code, so the diagnosis merges it into the request's one.
        said = f"Zoom answered {error or code}: it did not find the parameters where it reads them."
        return [replace(shape_problem, evidence=(said, *seen))]

    if error == "invalid_client" or code in (4702, 4704):
        return [
            Finding(
                "invalid-client",
                E,
                "Zoom did not accept the client ID or client secret",
                f"Zoom answered {status} invalid_client (Zoom uses 400 here, not 401). The "
                "client ID or secret is wrong, has a stray space, belongs to another app, was "
                "regenerated since it was copied, or the app is not activated yet (a "
                "Server-to-Server app issues no tokens until it is activated).",
                f"Open {APP_PAGE}; copy the Client ID and Client Secret again, and check the "
                "Activation page says the app is activated.",
                seen,
            )
        ]
    if error == "unsupported_grant_type" or code == 4705:
        grant = next((f for f in shape if f.code == "token-grant-wrong"), None)
        if grant is not None:
            return [replace(grant, evidence=seen)]
        return [
            Finding(
                "unsupported-grant-type",
                E,
                "These credentials cannot use the account_credentials grant",
                "Zoom answered unsupported_grant_type to a well-formed request. The credentials "
                "belong to another kind of Zoom app (General/OAuth, Meeting SDK, Zoom Apps): "
                "only a Server-to-Server OAuth app may use account_credentials. It also happens "
                "when the steps for user OAuth are followed with Server-to-Server credentials.",
                "In the Zoom App Marketplace, Develop ▸ Build App ▸ Server-to-Server OAuth; "
                "activate it and use its Account ID, Client ID and Client Secret.",
                seen,
            )
        ]
    if error == "invalid_request" or code == 4706:
        return [
            Finding(
                "wrong-account-id",
                E,
                "Zoom did not accept the account ID",
                "The request has the right shape and the credentials were not refused, so the "
                "account_id is the likely culprit: it must be the Account ID shown on the app's "
                "App Credentials page (not the client ID, not a user ID or email).",
                f"Copy the Account ID from {APP_PAGE} into the profile (or account_id=…).",
                seen,
            )
        ]
    if error == "invalid_grant":
        return [
            Finding(
                "invalid-grant",
                E,
                "Zoom answered invalid_grant",
                "Zoom rejected the grant. Server-to-Server apps use "
                "grant_type=account_credentials with an account_id; refresh tokens and "
                "authorization codes belong to other app types.",
                "Use grant_type=account_credentials.",
                seen,
            )
        ]
    if code == 4717:
        return [
            Finding(
                "app-disabled",
                E,
                "The Zoom app has been disabled",
                "Zoom answered 4717: the app was deactivated or disabled by an admin.",
                f"Re-activate it in {APP_PAGE.rsplit(' ▸ ', 1)[0]} ▸ Activation.",
                seen,
            )
        ]
    if status >= 500:
        return [
            Finding(
                "token-endpoint-down",
                E,
                "Zoom's sign-in service is unavailable",
                f"The token endpoint answered {status}: the problem is on Zoom's side (or a "
                "proxy's), not in the request.",
                "Wait a few minutes and try again; check https://status.zoom.us.",
                seen,
            )
        ]
    if isinstance(code, int) and code in _CODES:
        return [
            Finding(
                f"token-code-{code}",
                E,
                f"Zoom refused the token request: {_CODES[code]} (code {code})",
                reason or error or "Zoom gave no further detail.",
                f"Check the app's credentials and status on {APP_PAGE}.",
                seen,
            )
        ]
    return []
