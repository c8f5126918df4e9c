"""Checks for a request to Zoom's token endpoint (`POST /oauth/token`, Server-to-Server OAuth).

The right shape: POST https://zoom.us/oauth/token, `Authorization: Basic base64(id:secret)`,
`Content-Type: application/x-www-form-urlencoded`, body `grant_type=account_credentials&
account_id=…`. Zoom's older docs allowed the query string; requests with the parameters only
there now fail with a bare 400 (devforum 124925, gravity-forms-zoom-webinar-registration#12)."""

from __future__ import annotations

from zoomdesk.core.doctor.findings import Finding, Severity
from zoomdesk.core.doctor.lint_token_credentials import (
    account_rules,
    body_described,
    credential_rules,
    query_described,
)
from zoomdesk.core.doctor.request import HttpRequest
from zoomdesk.core.i18n import translate
from zoomdesk.core.redact import redact_url

E, W = Severity.ERROR, Severity.WARNING
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
                (query_described(req), body_described(req), ctype_evidence),
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
                (query_described(req), body_described(req)),
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
                (ctype_evidence, body_described(req)),
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
                (body_described(req), ctype_evidence),
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
                (body_described(req),),
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
    found += account_rules(req, params)
    found += credential_rules(req, query, form)
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
