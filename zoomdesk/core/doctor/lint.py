"""Lint a request before anything is sent: the same plain-language findings as the debug
panel's diagnosis of a recorded exchange."""

from __future__ import annotations

from zoomdesk.core.doctor import hosts
from zoomdesk.core.doctor.findings import Finding, Severity
from zoomdesk.core.doctor.lint_api import lint_api_request
from zoomdesk.core.doctor.lint_token import lint_token_request
from zoomdesk.core.doctor.request import HttpRequest
from zoomdesk.core.i18n import translate
from zoomdesk.core.redact import redact_url


def lint_request(req: HttpRequest) -> list[Finding]:
    found = _transport_rules(req)
    if req.is_token_request:
        found += _token_path_rules(req)
        found += lint_token_request(req)
    elif req.is_api_request:
        found += lint_api_request(req)
    else:
        found.append(
            Finding(
                "not-zoom-call",
                Severity.INFO,
                translate("DoctorLint", "This is neither a token request nor a Zoom API call"),
                translate(
                    "DoctorLint",
                    "The doctor knows Zoom's token endpoint (`POST https://zoom.us/oauth/token`) "
                    "and the REST API (`https://api.zoom.us/v2/…`).",
                ),
                translate("DoctorLint", "Paste the request that goes to /oauth/token or to /v2/…."),
                (translate("DoctorLint", "URL: {url}").format(url=redact_url(req.url)),),
            )
        )
    for note in req.notes:
        found.append(Finding("reader-note", Severity.INFO, note, "", ""))
    return found


def _transport_rules(req: HttpRequest) -> list[Finding]:
    scheme, host, _ = req.parts
    found: list[Finding] = []
    if not host:
        return [
            Finding(
                "no-host",
                Severity.ERROR,
                translate("DoctorLint", "The request has no host"),
                translate("DoctorLint", "The URL must be absolute, like {example}.").format(
                    example="https://zoom.us/oauth/token"
                ),
                translate("DoctorLint", "Use the full URL."),
            )
        ]
    if scheme == "http" and not hosts.is_local(host):
        found.append(
            Finding(
                "insecure-http",
                Severity.ERROR,
                translate("DoctorLint", "The request uses http://, not https://"),
                translate(
                    "DoctorLint",
                    "Zoom only serves HTTPS; over plain HTTP the credentials travel unencrypted "
                    "and Zoom redirects or refuses the call.",
                ),
                translate("DoctorLint", "Use https://."),
            )
        )
    if hosts.is_local(host) or not (req.is_token_request or req.is_api_request):
        return found
    if req.is_token_request and host not in hosts.OAUTH_HOSTS:
        if hosts.is_api_host(host):
            found.append(
                Finding(
                    "token-host-api",
                    Severity.INFO,
                    translate("DoctorLint", "The token request goes to {host}").format(host=host),
                    translate(
                        "DoctorLint",
                        "{host}/oauth/token works in practice, but Zoom's docs and SDK use "
                        "{right}.",
                    ).format(host=host, right=hosts.oauth_host_for(host)),
                    translate("DoctorLint", "Prefer {url}.").format(
                        url=f"https://{hosts.oauth_host_for(host)}/oauth/token"
                    ),
                )
            )
        else:
            found.append(_wrong_host(host, hosts.oauth_host_for(host), token=True))
    elif req.is_api_request and not hosts.is_api_host(host):
        found.append(_wrong_host(host, hosts.api_host_for(host), token=False))
    return found


def _wrong_host(host: str, right: str, *, token: bool) -> Finding:
    zoom = hosts.is_zoom(host)
    if token:
        title = translate("DoctorLint", "The request goes to {host}; token requests go to {right}")
        why = translate(
            "DoctorLint", "{host} is a Zoom host, but not the one that answers token requests."
        )
    else:
        title = translate("DoctorLint", "The request goes to {host}; API calls go to {right}")
        why = translate(
            "DoctorLint", "{host} is a Zoom host, but not the one that answers API calls."
        )
    if not zoom:
        why = translate(
            "DoctorLint",
            "{host} is not a Zoom host. That is fine for a proxy or gateway you run, "
            "otherwise the request never reaches Zoom.",
        )
    return Finding(
        "wrong-host",
        Severity.ERROR if zoom else Severity.WARNING,
        title.format(host=host, right=right),
        why.format(host=host),
        translate("DoctorLint", "Use {url}.").format(url=f"https://{right}"),
    )


def _token_path_rules(req: HttpRequest) -> list[Finding]:
    path = req.path
    if path == "/oauth/token":
        return []
    return [
        Finding(
            "token-path",
            Severity.ERROR,
            translate("DoctorLint", "The token path is {path}; it must be /oauth/token").format(
                path=path
            ),
            translate(
                "DoctorLint",
                "Zoom's token endpoint is exactly /oauth/token (no trailing slash, no /oauth2/).",
            ),
            translate("DoctorLint", "POST to {url}.").format(url="https://zoom.us/oauth/token"),
        )
    ]
