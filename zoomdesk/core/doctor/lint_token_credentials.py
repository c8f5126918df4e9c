"""The token request's credentials: the account ID it names and how the app authenticates
(HTTP Basic with the client ID and secret), and what the token findings quote of the request."""

from __future__ import annotations

from collections.abc import Sequence

from zoomdesk.core.doctor.findings import Finding, Severity
from zoomdesk.core.doctor.request import HttpRequest, is_placeholder
from zoomdesk.core.i18n import translate
from zoomdesk.core.redact import MASK, redact_text

E, W = Severity.ERROR, Severity.WARNING
BASIC_HEADER = "Authorization: Basic base64(client_id:client_secret)"


def shown_pairs(pairs: list[tuple[str, str]]) -> str:
    safe = [(k, MASK if k.lower() in ("client_secret", "access_token") else v) for k, v in pairs]
    return "&".join(f"{k}={v}" for k, v in safe) or translate("DoctorToken", "(nothing)")


def body_described(req: HttpRequest) -> str:
    if not req.body:
        return translate("DoctorToken", "Body: empty")
    if req.json_body() is not None or req.body.lstrip().startswith("{"):
        body = redact_text(req.body)[:160]
        return translate("DoctorToken", "Body (JSON): {body}").format(body=body)
    return translate("DoctorToken", "Body: {body}").format(body=shown_pairs(req.form))


def query_described(req: HttpRequest) -> str:
    return translate("DoctorToken", "Query string: {query}").format(query=shown_pairs(req.query))


def account_rules(req: HttpRequest, params: dict[str, object]) -> list[Finding]:
    account = params.get("account_id")
    if account is None or not str(account).strip():
        return [
            Finding(
                "token-account-missing",
                E,
                translate("DoctorToken", "account_id is missing")
                if account is None
                else translate("DoctorToken", "account_id is empty"),
                translate(
                    "DoctorToken",
                    "The account_credentials grant names the Zoom account: without it Zoom cannot "
                    "issue a token (it answers 400).",
                ),
                translate(
                    "DoctorToken",
                    "Copy the Account ID from the App Credentials page of your Server-to-Server "
                    "OAuth app (Zoom App Marketplace ▸ Manage ▸ your app) and send `{parameter}` "
                    "in the form body.",
                ).format(parameter="account_id=<that value>"),
                (body_described(req),),
            )
        ]
    text = str(account)
    found: list[Finding] = []
    auth = req.auth
    if auth.client_id and text == auth.client_id and not is_placeholder(text):
        found.append(
            Finding(
                "token-account-is-client-id",
                E,
                translate("DoctorToken", "account_id is the same as the client ID"),
                translate(
                    "DoctorToken",
                    "The Account ID and the Client ID are two different values on the app's App "
                    "Credentials page; a wrong account ID gives opaque 400 errors.",
                ),
                translate(
                    "DoctorToken", "Copy the Account ID (not the Client ID) into account_id."
                ),
                (f"account_id={text}", f"client_id={auth.client_id}"),
            )
        )
    elif text != text.strip() or "@" in text or " " in text:
        found.append(
            Finding(
                "token-account-odd",
                E,
                translate("DoctorToken", "account_id does not look like a Zoom account ID"),
                translate(
                    "DoctorToken",
                    "A Zoom account ID is a short code (letters, digits, - and _) shown on the App "
                    "Credentials page. Spaces, an email address or a stray newline make it wrong.",
                ),
                translate(
                    "DoctorToken",
                    "Copy the Account ID again from the App Credentials page, without spaces.",
                ),
                (f"account_id={text!r}",),
            )
        )
    return found


def credential_rules(
    req: HttpRequest, query: dict[str, str], form: dict[str, str]
) -> list[Finding]:
    found: list[Finding] = []
    auth = req.auth
    loose = [k for k in ("client_id", "client_secret") if k in query or k in form]
    if "client_secret" in query:
        found.append(
            Finding(
                "token-secret-in-query",
                E,
                translate("DoctorToken", "The client secret is in the URL"),
                translate(
                    "DoctorToken",
                    "URLs end up in proxy logs, server logs and browser history: the secret "
                    "should be treated as leaked.",
                ),
                translate(
                    "DoctorToken",
                    "Regenerate the client secret in the Zoom App Marketplace, and send it only in "
                    "the `{header}` header.",
                ).format(header="Authorization: Basic"),
                (query_described(req),),
            )
        )
    if auth.scheme == "none":
        found.append(
            Finding(
                "auth-missing",
                E,
                translate("DoctorToken", "There is no Authorization header"),
                translate(
                    "DoctorToken",
                    "Zoom identifies the app by HTTP Basic authentication: `{header}`.",
                ).format(header=BASIC_HEADER)
                + (f" {_not_read_instead(loose, query, form)}" if loose else ""),
                'curl: `-u "$ZOOM_CLIENT_ID:$ZOOM_CLIENT_SECRET"`; Python: '
                "`auth=(client_id, client_secret)`; axios: `auth: { username: clientId, "
                "password: clientSecret }`.",
            )
        )
    elif auth.scheme != "basic":
        found.append(
            Finding(
                "auth-not-basic",
                E,
                translate(
                    "DoctorToken", "The token request uses {scheme} authorization; it needs Basic"
                ).format(scheme=auth.scheme.title()),
                translate(
                    "DoctorToken",
                    "The token endpoint authenticates the app with its client ID and secret as "
                    "HTTP Basic. A Bearer token is what you get back from it, for API calls.",
                ),
                translate("DoctorToken", "Send `{header}`.").format(header=BASIC_HEADER),
            )
        )
    elif not auth.well_formed:
        shown = (
            translate("DoctorToken", "decodes to client ID {value}").format(
                value=repr(auth.client_id)
            )
            if auth.client_id
            else ""
        )
        found.append(
            Finding(
                "auth-basic-malformed",
                E,
                translate("DoctorToken", "The Basic Authorization header is malformed"),
                translate(
                    "DoctorToken",
                    "`Authorization: Basic …` must be the Base64 encoding of "
                    "`client_id:client_secret`, but {problem}. Zoom answers "
                    "`400 invalid_client` (or 401) for this.",
                ).format(problem=auth.problem),
                translate(
                    "DoctorToken",
                    "Encode exactly `client_id:client_secret` (no newline) with standard Base64, "
                    "or let your HTTP library do it (curl `-u id:secret`, httpx "
                    "`auth=(id, secret)`).",
                ),
                tuple(x for x in (shown,) if x),
            )
        )
    elif loose:
        found.append(
            Finding(
                "token-credentials-duplicated",
                W,
                _also_appear(loose, query, form),
                translate(
                    "DoctorToken",
                    "Zoom uses the Basic header; the extra copy is ignored at best, and a secret "
                    "in a body or URL is easy to leak into logs.",
                ),
                translate(
                    "DoctorToken",
                    "Remove client_id and client_secret from the body and the query string.",
                ),
            )
        )
    return found


def _names(loose: Sequence[str]) -> str:
    """`client_id`, or `client_id and client_secret` (the two names are code, the word is not)."""
    if len(loose) == 1:
        return loose[0]
    return translate("DoctorToken", "{name} and {other}").format(name=loose[0], other=loose[1])


def _not_read_instead(loose: Sequence[str], query: dict[str, str], form: dict[str, str]) -> str:
    """Where the credentials the request carries outside the Authorization header are."""
    names = _names(loose)
    if query and form:
        text = translate(
            "DoctorToken",
            "The {names} in the query string and body are not read instead.",
        )
    elif query:
        text = translate("DoctorToken", "The {names} in the query string are not read instead.")
    else:
        text = translate("DoctorToken", "The {names} in the body are not read instead.")
    return text.format(names=names)


def _also_appear(loose: Sequence[str], query: dict[str, str], form: dict[str, str]) -> str:
    names = _names(loose)
    if query and form:
        text = translate("DoctorToken", "{names} also appear in the query string and body")
    elif query:
        text = translate("DoctorToken", "{names} also appear in the query string")
    else:
        text = translate("DoctorToken", "{names} also appear in the body")
    return text.format(names=names)
