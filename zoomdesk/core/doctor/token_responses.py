"""Why the token endpoint refused: `{"reason": …, "error": …}` (and Zoom's 47xx codes), read
together with the request's shape, since several causes share one 400."""

from __future__ import annotations

from dataclasses import replace

from zoomdesk.core.doctor.findings import Finding, Severity
from zoomdesk.core.exchange import Exchange
from zoomdesk.core.i18n import translate, translate_marked, translate_noop

E = Severity.ERROR
SHAPE_CODES = ("token-params-in-query", "token-json-body", "token-no-content-type",
               "token-wrong-content-type", "token-grant-missing", "token-method")  # fmt: skip


def _app_page() -> str:
    """Where the credentials are, in Zoom's own menu words (translators keep Zoom's names)."""
    return translate(
        "DoctorResponses",
        "Zoom App Marketplace ▸ Manage ▸ your Server-to-Server OAuth app ▸ App Credentials",
    )


# https://developers.zoom.us/docs/integrations/oauth-error-messages/
_CODES = {
    4700: translate_noop("DoctorResponses", "Zoom's generic token error"),
    4702: translate_noop("DoctorResponses", "invalid client ID or secret"),
    4704: translate_noop("DoctorResponses", "invalid client ID or secret"),
    4705: translate_noop("DoctorResponses", "grant type not supported"),
    4706: translate_noop("DoctorResponses", "client ID, secret or grant type missing"),
    4709: translate_noop("DoctorResponses", "redirect URI mismatch"),
    4711: translate_noop("DoctorResponses", "refresh token invalid or scope mismatch"),
    4717: translate_noop("DoctorResponses", "the app has been disabled"),
}


def _shown(body: object, exchange: Exchange) -> str:
    if isinstance(body, dict):
        return translate("DoctorResponses", "Response: HTTP {status} {body}").format(
            status=exchange.status, body=exchange.response_body[:200]
        )
    return translate("DoctorResponses", "Response: HTTP {status} {reason} (no JSON body)").format(
        status=exchange.status, reason=exchange.reason
    )


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
        said = translate(
            "DoctorResponses",
            "Zoom answered {answer}: it did not find the parameters where it reads them.",
        ).format(answer=error or code)
        return [replace(shape_problem, evidence=(said, *seen))]

    if error == "invalid_client" or code in (4702, 4704):
        return [
            Finding(
                "invalid-client",
                E,
                translate("DoctorResponses", "Zoom did not accept the client ID or client secret"),
                translate(
                    "DoctorResponses",
                    "Zoom answered {status} invalid_client (Zoom uses 400 here, not 401). The "
                    "client ID or secret is wrong, has a stray space, belongs to another app, was "
                    "regenerated since it was copied, or the app is not activated yet (a "
                    "Server-to-Server app issues no tokens until it is activated).",
                ).format(status=status),
                translate(
                    "DoctorResponses",
                    "Open {page}; copy the Client ID and Client Secret again, and check the "
                    "Activation page says the app is activated.",
                ).format(page=_app_page()),
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
                translate(
                    "DoctorResponses", "These credentials cannot use the account_credentials grant"
                ),
                translate(
                    "DoctorResponses",
                    "Zoom answered unsupported_grant_type to a well-formed request. The "
                    "credentials belong to another kind of Zoom app (General/OAuth, Meeting SDK, "
                    "Zoom Apps): only a Server-to-Server OAuth app may use account_credentials. "
                    "It also happens when the steps for user OAuth are followed with "
                    "Server-to-Server credentials.",
                ),
                translate(
                    "DoctorResponses",
                    "In the Zoom App Marketplace, Develop ▸ Build App ▸ Server-to-Server OAuth; "
                    "activate it and use its Account ID, Client ID and Client Secret.",
                ),
                seen,
            )
        ]
    if error == "invalid_request" or code == 4706:
        return [
            Finding(
                "wrong-account-id",
                E,
                translate("DoctorResponses", "Zoom did not accept the account ID"),
                translate(
                    "DoctorResponses",
                    "The request has the right shape and the credentials were not refused, so "
                    "the account_id is the likely culprit: it must be the Account ID shown on the "
                    "app's App Credentials page (not the client ID, not a user ID or email).",
                ),
                translate(
                    "DoctorResponses",
                    "Copy the Account ID from {page} into the profile (or account_id=…).",
                ).format(page=_app_page()),
                seen,
            )
        ]
    if error == "invalid_grant":
        return [
            Finding(
                "invalid-grant",
                E,
                translate("DoctorResponses", "Zoom answered invalid_grant"),
                translate(
                    "DoctorResponses",
                    "Zoom rejected the grant. Server-to-Server apps use "
                    "grant_type=account_credentials with an account_id; refresh tokens and "
                    "authorization codes belong to other app types.",
                ),
                translate("DoctorResponses", "Use grant_type=account_credentials."),
                seen,
            )
        ]
    if code == 4717:
        return [
            Finding(
                "app-disabled",
                E,
                translate("DoctorResponses", "The Zoom app has been disabled"),
                translate(
                    "DoctorResponses",
                    "Zoom answered 4717: the app was deactivated or disabled by an admin.",
                ),
                translate(
                    "DoctorResponses",
                    "Re-activate it in Zoom App Marketplace ▸ Manage ▸ your Server-to-Server "
                    "OAuth app ▸ Activation.",
                ),
                seen,
            )
        ]
    if status >= 500:
        return [
            Finding(
                "token-endpoint-down",
                E,
                translate("DoctorResponses", "Zoom's sign-in service is unavailable"),
                translate(
                    "DoctorResponses",
                    "The token endpoint answered {status}: the problem is on Zoom's side (or a "
                    "proxy's), not in the request.",
                ).format(status=status),
                translate(
                    "DoctorResponses",
                    "Wait a few minutes and try again; check https://status.zoom.us.",
                ),
                seen,
            )
        ]
    if isinstance(code, int) and code in _CODES:
        return [
            Finding(
                f"token-code-{code}",
                E,
                translate(
                    "DoctorResponses", "Zoom refused the token request: {meaning} (code {code})"
                ).format(meaning=translate_marked("DoctorResponses", _CODES[code]), code=code),
                reason or error or translate("DoctorResponses", "Zoom gave no further detail."),
                translate(
                    "DoctorResponses", "Check the app's credentials and status on {page}."
                ).format(page=_app_page()),
                seen,
            )
        ]
    return []
