"""Checks for a request to Zoom's token endpoint (`POST /oauth/token`, Server-to-Server OAuth).

The right shape: POST https://zoom.us/oauth/token, `Authorization: Basic base64(id:secret)`,
`Content-Type: application/x-www-form-urlencoded`, body `grant_type=account_credentials&
account_id=…`. Zoom's older docs allowed the query string; requests with the parameters only
there now fail with a bare 400 (devforum 124925, gravity-forms-zoom-webinar-registration#12)."""

from __future__ import annotations

from collections.abc import Sequence

from zoomdesk.core.doctor.findings import Finding, Severity
from zoomdesk.core.doctor.request import HttpRequest, is_placeholder
from zoomdesk.core.i18n import translate
from zoomdesk.core.redact import MASK, redact_text, redact_url

E, W = Severity.ERROR, Severity.WARNING
BASIC_HEADER = "Authorization: Basic base64(client_id:client_secret)"
TOKEN_PARAMS = ("grant_type", "account_id")

FORM_HEADER = "Content-Type: application/x-www-form-urlencoded"
FORM_BODY = "grant_type=account_credentials&account_id=…"


def body_howto() -> str:
    """How to send the token parameters as a form body, in the user's language; the code
    stays as it is written."""
    return "\n".join(
        (
            translate(
                "DoctorToken",
                "Send them as a form body: `{header}` and the body `{body}`, with nothing in the "
                "query string.",
            ).format(header=FORM_HEADER, body=FORM_BODY),
            "• curl: `-d grant_type=account_credentials -d account_id=…`",
            "• Python: "
            + translate("DoctorToken", "`{call}`, not `params=` or `json=`").format(
                call="httpx.post(url, data={…}, auth=(client_id, client_secret))"
            ),
            "• Node axios: "
            + translate(
                "DoctorToken", "`{call}`; `params:` is the query string, only `data:` is the body"
            ).format(call="axios.post(url, new URLSearchParams({…}), { auth: {…} })"),
            "• C#: `new FormUrlEncodedContent(…)`",
        )
    )


def axios_note() -> str:
    return translate(
        "DoctorToken",
        "In axios, `{params}` always goes into the URL's query string, even on a POST. That is "
        "what the reply in the forum thread suggested, and it is the same mistake.",
    ).format(params="params: {…}")


def _shown(pairs: list[tuple[str, str]]) -> str:
    safe = [(k, MASK if k.lower() in ("client_secret", "access_token") else v) for k, v in pairs]
    return "&".join(f"{k}={v}" for k, v in safe) or translate("DoctorToken", "(nothing)")


def _body_described(req: HttpRequest) -> str:
    if not req.body:
        return translate("DoctorToken", "Body: empty")
    if req.json_body() is not None or req.body.lstrip().startswith("{"):
        body = redact_text(req.body)[:160]
        return translate("DoctorToken", "Body (JSON): {body}").format(body=body)
    return translate("DoctorToken", "Body: {body}").format(body=_shown(req.form))


def _query_described(req: HttpRequest) -> str:
    return translate("DoctorToken", "Query string: {query}").format(query=_shown(req.query))


def lint_token_request(req: HttpRequest) -> list[Finding]:
    found: list[Finding] = []
    query, form = dict(req.query), dict(req.form)
    ctype = req.content_type.lower()
    body_json = req.json_body()
    is_json = "json" in ctype or isinstance(body_json, dict)
    in_query = [p for p in TOKEN_PARAMS if p in query]
    in_form = [p for p in TOKEN_PARAMS if p in form and not is_json]
    in_json = [p for p in TOKEN_PARAMS if isinstance(body_json, dict) and p in body_json]
    ctype_evidence = f"Content-Type: {req.content_type or translate('DoctorToken', '(none)')}"
    axios = req.source == "axios code"

    if req.method.upper() != "POST":
        found.append(
            Finding(
                "token-method",
                E,
                translate("DoctorToken", "The token request uses {method}; it must be POST").format(
                    method=req.method.upper()
                ),
                translate(
                    "DoctorToken", "Zoom's token endpoint only issues tokens for POST requests."
                ),
                translate("DoctorToken", "Send `POST /oauth/token`."),
                (f"{req.method} {redact_url(req.url)}",),
            )
        )
    if in_query and not in_form:
        title = (
            translate("DoctorToken", "axios `params:` put the token parameters in the query string")
            if axios
            else translate(
                "DoctorToken", "The token parameters travelled in the query string, not in the body"
            )
        )
        if len(in_query) == 1:
            sent = translate(
                "DoctorToken",
                "{name} was sent in the URL's query string ({example}) and not in the request "
                "body.",
            )
        else:
            sent = translate(
                "DoctorToken",
                "{name} and {other} were sent in the URL's query string ({example}) and not in "
                "the request body.",
            )
        why = (
            sent.format(
                name=in_query[0], other=in_query[-1], example="`?grant_type=…&account_id=…`"
            )
            + " "
            + translate(
                "DoctorToken",
                "Zoom's older docs showed this form, but Zoom now answers such requests with a "
                "bare `400 Bad Request` (invalid_request or unsupported_grant_type). An empty "
                "body with a form Content-Type is exactly what broke working integrations in "
                "2024.",
            )
        )
        found.append(
            Finding(
                "token-params-in-query",
                E,
                title,
                why + (f" {axios_note()}" if axios else ""),
                body_howto(),
                (_query_described(req), _body_described(req), ctype_evidence),
            )
        )
    elif in_query and in_form:
        found.append(
            Finding(
                "token-params-duplicated",
                W,
                translate(
                    "DoctorToken", "The token parameters are in both the query string and the body"
                ),
                translate(
                    "DoctorToken",
                    "Zoom reads the body, so this works, but the query-string copy is a leftover "
                    "of the old style and ends up in proxy and server logs.",
                ),
                translate("DoctorToken", "Remove the query string; keep only the form body."),
                (_query_described(req), _body_described(req)),
            )
        )
    if is_json and req.body.strip():
        found.append(
            Finding(
                "token-json-body",
                E,
                translate(
                    "DoctorToken", "The token request has a JSON body; Zoom expects a form body"
                ),
                translate(
                    "DoctorToken",
                    "The token endpoint reads `{type}` only. A JSON body (even `{empty}`) is not "
                    "parsed, so Zoom sees no grant_type and answers `400 unsupported_grant_type`.",
                ).format(type="application/x-www-form-urlencoded", empty="{}")
                + (
                    " "
                    + translate("DoctorToken", "It held {names}.").format(names=", ".join(in_json))
                    if in_json
                    else ""
                ),
                body_howto(),
                (ctype_evidence, _body_described(req)),
            )
        )
    elif req.body.strip() and not ctype:
        found.append(
            Finding(
                "token-no-content-type",
                E,
                translate("DoctorToken", "The token request has a body but no Content-Type"),
                translate(
                    "DoctorToken",
                    "Without `{header}` Zoom does not read the body as form fields, so grant_type "
                    "and account_id are not seen.",
                ).format(header=FORM_HEADER),
                translate("DoctorToken", "Add the header `{header}`.").format(header=FORM_HEADER),
                (_body_described(req), ctype_evidence),
            )
        )
    elif req.body.strip() and "x-www-form-urlencoded" not in ctype and not is_json:
        found.append(
            Finding(
                "token-wrong-content-type",
                E,
                translate("DoctorToken", "The token request body is sent as {type}").format(
                    type=req.content_type.split(";")[0]
                ),
                translate(
                    "DoctorToken",
                    "Zoom reads the token request as `{type}`; multipart or plain-text bodies are "
                    "not parsed.",
                ).format(type="application/x-www-form-urlencoded"),
                body_howto(),
                (ctype_evidence,),
            )
        )

    params = {**query, **(body_json if isinstance(body_json, dict) else {}), **form}
    grant = params.get("grant_type")
    if grant is None:
        found.append(
            Finding(
                "token-grant-missing",
                E,
                translate("DoctorToken", "grant_type is missing"),
                translate(
                    "DoctorToken", "A Server-to-Server OAuth token request needs `{parameter}`."
                ).format(parameter="grant_type=account_credentials"),
                translate("DoctorToken", "Add `{parameter}` to the form body.").format(
                    parameter="grant_type=account_credentials"
                ),
                (_body_described(req),),
            )
        )
    elif str(grant) != "account_credentials":
        hint = _grant_hint(str(grant))
        found.append(
            Finding(
                "token-grant-wrong",
                E,
                translate(
                    "DoctorToken",
                    "grant_type is {value}; a Server-to-Server app uses account_credentials",
                ).format(value=repr(grant)),
                translate(
                    "DoctorToken",
                    "Zoom answers other grant types with `400 unsupported_grant_type`.",
                )
                + (f" {hint}" if hint else ""),
                translate("DoctorToken", "Use `{parameter}`.").format(
                    parameter="grant_type=account_credentials"
                ),
                (f"grant_type={grant}",),
            )
        )
    found += _account_rules(req, params)
    found += _credential_rules(req, query, form)
    return found


def _account_rules(req: HttpRequest, params: dict[str, object]) -> list[Finding]:
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
                (_body_described(req),),
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


def _credential_rules(
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
                (_query_described(req),),
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


def _grant_hint(grant: str) -> str:
    if grant == "client_credentials":
        return translate(
            "DoctorToken",
            "client_credentials is the grant of other OAuth servers and of Zoom's chatbot apps, "
            "not of Server-to-Server apps.",
        )
    if grant == "authorization_code":
        return translate(
            "DoctorToken",
            "authorization_code is the user-authorised OAuth flow (a General app with a "
            "redirect URL), not Server-to-Server.",
        )
    if grant == "refresh_token":
        return translate(
            "DoctorToken",
            "Server-to-Server apps get no refresh token; ask for a new token with the same grant "
            "instead.",
        )
    return ""


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
