"""Lint a request before anything is sent: the same plain-language findings as the debug
panel's diagnosis of a recorded exchange."""

from __future__ import annotations

from zoomdesk.core.doctor import hosts
from zoomdesk.core.doctor.findings import Finding, Severity
from zoomdesk.core.doctor.lint_api import lint_api_request
from zoomdesk.core.doctor.lint_token import lint_token_request
from zoomdesk.core.doctor.request import HttpRequest
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
                "This is neither a token request nor a Zoom API call",
                "The doctor knows Zoom's token endpoint (`POST https://zoom.us/oauth/token`) "
                "and the REST API (`https://api.zoom.us/v2/…`).",
                "Paste the request that goes to /oauth/token or to /v2/….",
                (f"URL: {redact_url(req.url)}",),
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
                "The request has no host",
                "The URL must be absolute, like https://zoom.us/oauth/token.",
                "Use the full URL.",
            )
        ]
    if scheme == "http" and not hosts.is_local(host):
        found.append(
            Finding(
                "insecure-http",
                Severity.ERROR,
                "The request uses http://, not https://",
                "Zoom only serves HTTPS; over plain HTTP the credentials travel unencrypted "
                "and Zoom redirects or refuses the call.",
                "Use https://.",
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
                    f"The token request goes to {host}",
                    f"{host}/oauth/token works in practice, but Zoom's docs and SDK use "
                    f"{hosts.oauth_host_for(host)}.",
                    f"Prefer https://{hosts.oauth_host_for(host)}/oauth/token.",
                )
            )
        else:
            found.append(_wrong_host(host, hosts.oauth_host_for(host), "token requests"))
    elif req.is_api_request and not hosts.is_api_host(host):
        found.append(_wrong_host(host, hosts.api_host_for(host), "API calls"))
    return found


def _wrong_host(host: str, right: str, what: str) -> Finding:
    zoom = hosts.is_zoom(host)
    return Finding(
        "wrong-host",
        Severity.ERROR if zoom else Severity.WARNING,
        f"The request goes to {host}; {what} go to {right}",
        (
            f"{host} is a Zoom host, but not the one that answers {what}."
            if zoom
            else f"{host} is not a Zoom host. That is fine for a proxy or gateway you run, "
            "otherwise the request never reaches Zoom."
        ),
        f"Use https://{right}.",
    )


def _token_path_rules(req: HttpRequest) -> list[Finding]:
    path = req.path
    if path == "/oauth/token":
        return []
    return [
        Finding(
            "token-path",
            Severity.ERROR,
            f"The token path is {path}; it must be /oauth/token",
            "Zoom's token endpoint is exactly /oauth/token (no trailing slash, no /oauth2/).",
            "POST to https://zoom.us/oauth/token.",
        )
    ]
