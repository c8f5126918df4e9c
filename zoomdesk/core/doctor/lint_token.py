"""Checks for a request to Zoom's token endpoint (`POST /oauth/token`, Server-to-Server OAuth).

The right shape: POST https://zoom.us/oauth/token, `Authorization: Basic base64(id:secret)`,
`Content-Type: application/x-www-form-urlencoded`, body `grant_type=account_credentials&
account_id=…`. Zoom's older docs allowed the query string; requests with the parameters only
there now fail with a bare 400 (devforum 124925, gravity-forms-zoom-webinar-registration#12)."""

from __future__ import annotations

from zoomdesk.core.doctor.findings import Finding, Severity
from zoomdesk.core.doctor.request import HttpRequest, is_placeholder
from zoomdesk.core.redact import MASK, redact_text, redact_url

E, W = Severity.ERROR, Severity.WARNING
TOKEN_PARAMS = ("grant_type", "account_id")

BODY_HOWTO = (
    "Send them as a form body: `Content-Type: application/x-www-form-urlencoded` and the body "
    "`grant_type=account_credentials&account_id=…`, with nothing in the query string.\n"
    "• curl: `-d grant_type=account_credentials -d account_id=…`\n"
    "• Python: `httpx.post(url, data={…}, auth=(client_id, client_secret))`, not `params=` "
    "or `json=`\n"
    "• Node axios: `axios.post(url, new URLSearchParams({…}), { auth: {…} })`; `params:` is "
    "the query string, only `data:` is the body\n"
    "• C#: `new FormUrlEncodedContent(…)`"
)
AXIOS_NOTE = (
    "In axios, `params: {…}` always goes into the URL's query string, even on a POST. That is "
    "what the reply in the forum thread suggested, and it is the same mistake."
)


def _shown(pairs: list[tuple[str, str]]) -> str:
    safe = [(k, MASK if k.lower() in ("client_secret", "access_token") else v) for k, v in pairs]
    return "&".join(f"{k}={v}" for k, v in safe) or "(nothing)"


def _body_described(req: HttpRequest) -> str:
    if not req.body:
        return "Body: empty"
    if req.json_body() is not None or req.body.lstrip().startswith("{"):
        return f"Body (JSON): {redact_text(req.body)[:160]}"
    return f"Body: {_shown(req.form)}"


def lint_token_request(req: HttpRequest) -> list[Finding]:
    found: list[Finding] = []
    query, form = dict(req.query), dict(req.form)
    ctype = req.content_type.lower()
    body_json = req.json_body()
    is_json = "json" in ctype or isinstance(body_json, dict)
    in_query = [p for p in TOKEN_PARAMS if p in query]
    in_form = [p for p in TOKEN_PARAMS if p in form and not is_json]
    in_json = [p for p in TOKEN_PARAMS if isinstance(body_json, dict) and p in body_json]
    ctype_evidence = f"Content-Type: {req.content_type or '(none)'}"
    axios = req.source == "axios code"

    if req.method.upper() != "POST":
        found.append(
            Finding(
                "token-method",
                E,
                f"The token request uses {req.method.upper()}; it must be POST",
                "Zoom's token endpoint only issues tokens for POST requests.",
                "Send `POST /oauth/token`.",
                (f"{req.method} {redact_url(req.url)}",),
            )
        )
    if in_query and not in_form:
        title = (
            "axios `params:` put the token parameters in the query string"
            if axios
            else "The token parameters travelled in the query string, not in the body"
        )
        found.append(
            Finding(
                "token-params-in-query",
                E,
                title,
                f"{' and '.join(in_query)} {'was' if len(in_query) == 1 else 'were'} sent in the "
                "URL's query string (`?grant_type=…&account_id=…`) and not in the request body. "
                "Zoom's older docs showed this form, but Zoom now answers such requests with a "
                "bare `400 Bad Request` (invalid_request or unsupported_grant_type). An empty "
                "body with a form Content-Type is exactly what broke working integrations in "
                "2024." + (f" {AXIOS_NOTE}" if axios else ""),
                BODY_HOWTO,
                (f"Query string: {_shown(req.query)}", _body_described(req), ctype_evidence),
            )
        )
    elif in_query and in_form:
        found.append(
            Finding(
                "token-params-duplicated",
                W,
                "The token parameters are in both the query string and the body",
                "Zoom reads the body, so this works, but the query-string copy is a leftover of "
                "the old style and ends up in proxy and server logs.",
                "Remove the query string; keep only the form body.",
                (f"Query string: {_shown(req.query)}", _body_described(req)),
            )
        )
    if is_json and req.body.strip():
        found.append(
            Finding(
                "token-json-body",
                E,
                "The token request has a JSON body; Zoom expects a form body",
                "The token endpoint reads `application/x-www-form-urlencoded` only. A JSON body "
                "(even `{}`) is not parsed, so Zoom sees no grant_type and answers "
                "`400 unsupported_grant_type`."
                + (f" It held {', '.join(in_json)}." if in_json else ""),
                BODY_HOWTO,
                (ctype_evidence, _body_described(req)),
            )
        )
    elif req.body.strip() and not ctype:
        found.append(
            Finding(
                "token-no-content-type",
                E,
                "The token request has a body but no Content-Type",
                "Without `Content-Type: application/x-www-form-urlencoded` Zoom does not read "
                "the body as form fields, so grant_type and account_id are not seen.",
                "Add the header `Content-Type: application/x-www-form-urlencoded`.",
                (_body_described(req), ctype_evidence),
            )
        )
    elif req.body.strip() and "x-www-form-urlencoded" not in ctype and not is_json:
        found.append(
            Finding(
                "token-wrong-content-type",
                E,
                f"The token request body is sent as {req.content_type.split(';')[0]}",
                "Zoom reads the token request as `application/x-www-form-urlencoded`; multipart "
                "or plain-text bodies are not parsed.",
                BODY_HOWTO,
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
                "grant_type is missing",
                "A Server-to-Server OAuth token request needs `grant_type=account_credentials`.",
                "Add `grant_type=account_credentials` to the form body.",
                (_body_described(req),),
            )
        )
    elif str(grant) != "account_credentials":
        hint = {
            "client_credentials": "client_credentials is the grant of other OAuth servers and "
            "of Zoom's chatbot apps, not of Server-to-Server apps.",
            "authorization_code": "authorization_code is the user-authorised OAuth flow (a "
            "General app with a redirect URL), not Server-to-Server.",
            "refresh_token": "Server-to-Server apps get no refresh token; ask for a new token "
            "with the same grant instead.",
        }.get(str(grant), "")
        found.append(
            Finding(
                "token-grant-wrong",
                E,
                f"grant_type is {grant!r}; a Server-to-Server app uses account_credentials",
                f"Zoom answers other grant types with `400 unsupported_grant_type`. {hint}".strip(),
                "Use `grant_type=account_credentials`.",
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
                "account_id is missing" if account is None else "account_id is empty",
                "The account_credentials grant names the Zoom account: without it Zoom cannot "
                "issue a token (it answers 400).",
                "Copy the Account ID from the App Credentials page of your Server-to-Server "
                "OAuth app (Zoom App Marketplace ▸ Manage ▸ your app) and send "
                "`account_id=<that value>` in the form body.",
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
                "account_id is the same as the client ID",
                "The Account ID and the Client ID are two different values on the app's App "
                "Credentials page; a wrong account ID gives opaque 400 errors.",
                "Copy the Account ID (not the Client ID) into account_id.",
                (f"account_id={text}", f"client_id={auth.client_id}"),
            )
        )
    elif text != text.strip() or "@" in text or " " in text:
        found.append(
            Finding(
                "token-account-odd",
                E,
                "account_id does not look like a Zoom account ID",
                "A Zoom account ID is a short code (letters, digits, - and _) shown on the App "
                "Credentials page. Spaces, an email address or a stray newline make it wrong.",
                "Copy the Account ID again from the App Credentials page, without spaces.",
                (f"account_id={text!r}",),
            )
        )
    return found


def _credential_rules(
    req: HttpRequest, query: dict[str, str], form: dict[str, str]
) -> list[Finding]:
    found: list[Finding] = []
    auth = req.auth
    where = [name for name, place in (("query string", query), ("body", form)) if place]
    loose = [k for k in ("client_id", "client_secret") if k in query or k in form]
    if "client_secret" in query:
        found.append(
            Finding(
                "token-secret-in-query",
                E,
                "The client secret is in the URL",
                "URLs end up in proxy logs, server logs and browser history: the secret should "
                "be treated as leaked.",
                "Regenerate the client secret in the Zoom App Marketplace, and send it only in "
                "the `Authorization: Basic` header.",
                (f"Query string: {_shown(req.query)}",),
            )
        )
    if auth.scheme == "none":
        found.append(
            Finding(
                "auth-missing",
                E,
                "There is no Authorization header",
                "Zoom identifies the app by HTTP Basic authentication: "
                "`Authorization: Basic base64(client_id:client_secret)`."
                + (
                    f" The {' and '.join(loose)} in the {' and '.join(where)} are not read instead."
                    if loose
                    else ""
                ),
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
                f"The token request uses {auth.scheme.title()} authorization; it needs Basic",
                "The token endpoint authenticates the app with its client ID and secret as HTTP "
                "Basic. A Bearer token is what you get back from it, for API calls.",
                "Send `Authorization: Basic base64(client_id:client_secret)`.",
            )
        )
    elif not auth.well_formed:
        shown = f"decodes to client ID {auth.client_id!r}" if auth.client_id else ""
        found.append(
            Finding(
                "auth-basic-malformed",
                E,
                "The Basic Authorization header is malformed",
                f"`Authorization: Basic …` must be the Base64 encoding of "
                f"`client_id:client_secret`, but {auth.problem}. Zoom answers "
                "`400 invalid_client` (or 401) for this.",
                "Encode exactly `client_id:client_secret` (no newline) with standard Base64, or "
                "let your HTTP library do it (curl `-u id:secret`, httpx `auth=(id, secret)`).",
                tuple(x for x in (shown,) if x),
            )
        )
    elif loose:
        found.append(
            Finding(
                "token-credentials-duplicated",
                W,
                f"{' and '.join(loose)} also appear in the {' and '.join(where)}",
                "Zoom uses the Basic header; the extra copy is ignored at best, and a secret in "
                "a body or URL is easy to leak into logs.",
                "Remove client_id and client_secret from the body and the query string.",
            )
        )
    return found
