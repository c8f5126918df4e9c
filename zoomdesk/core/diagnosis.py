"""Diagnose a recorded exchange: what went wrong, in plain language, and the fix.

Reads only the redacted Exchange (and, when known, the current token's scopes). The request side
is checked by the same rules as the request doctor, so a mistake reads the same in both; the
response side adds what Zoom answered: token errors, API codes, rate limits, network failures,
a clock far from the server's. Whatever is not recognised still says what to send to support."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from zoomdesk.core.doctor.api_responses import api_failure, operation_for
from zoomdesk.core.doctor.findings import Finding, Severity, has_errors
from zoomdesk.core.doctor.lint import lint_request
from zoomdesk.core.doctor.network import clock_findings, environment_proxy, network_findings
from zoomdesk.core.doctor.request import HttpRequest
from zoomdesk.core.doctor.token_responses import SHAPE_CODES, token_failure
from zoomdesk.core.exchange import Exchange
from zoomdesk.core.i18n import translate
from zoomdesk.core.scheduler_diagnosis import scheduler_findings
from zoomdesk.core.scopes import missing_scopes, operation_text

__all__ = ["Diagnosis", "Finding", "Severity", "diagnose", "operation_for"]

SUPPORT_URL = "https://developers.zoom.us/support/"
_OWN_CUT = re.compile(r"… \(\d+ more bytes\)$")  # the exchange log's own truncation


@dataclass(frozen=True)
class Diagnosis:
    headline: str
    findings: tuple[Finding, ...]
    support: str  # what to give Zoom support ("" when it worked)
    ok: bool  # no problem found

    def text_lines(self) -> list[str]:
        lines = [self.headline]
        for finding in self.findings:
            lines += finding.text_lines()
        if self.support:
            lines.append(self.support)
        return lines


def _body_findings(exchange: Exchange) -> list[Finding]:
    body = exchange.response_body
    if not body.strip() or _OWN_CUT.search(body):
        return []
    ctype = (exchange.header("content-type") or "").lower()
    if "html" in ctype or body.lstrip()[:15].lower().startswith(("<!doctype", "<html")):
        return [
            Finding(
                "html-response",
                Severity.ERROR,
                translate("Diagnosis", "The answer is a web page, not Zoom's JSON"),
                translate(
                    "Diagnosis",
                    "An HTML page came back instead of Zoom's JSON. Usually a company proxy, a "
                    "Wi-Fi login page or a gateway answered in Zoom's place, or Zoom showed an "
                    "error page.",
                ),
                translate(
                    "Diagnosis",
                    "Open the Response tab to read the page; sign in to the network or check "
                    "proxy settings, then retry.",
                ),
                (
                    f"Content-Type: {ctype or translate('Diagnosis', '(none)')}",
                    translate("Diagnosis", "Body starts: {text}").format(text=body.strip()[:80]),
                ),
            )
        ]
    looks_json = "json" in ctype or body.lstrip()[:1] in ("{", "[")
    if looks_json and exchange.response_json() is None:
        stripped = body.rstrip()
        cut = stripped.count("{") > stripped.count("}") or not stripped.endswith(("}", "]"))
        return [
            Finding(
                "truncated-json" if cut else "malformed-json",
                Severity.ERROR,
                translate("Diagnosis", "The answer was cut off before its end")
                if cut
                else translate("Diagnosis", "The answer is garbled JSON"),
                translate(
                    "Diagnosis",
                    "The JSON body stops in the middle: the connection or a proxy cut it short. "
                    "The request itself may have been carried out.",
                )
                if cut
                else translate(
                    "Diagnosis",
                    "The body claims to be JSON but cannot be read. The request itself may have "
                    "been carried out.",
                ),
                translate(
                    "Diagnosis",
                    "Retry reads. For a create, reload the meetings list first to avoid a "
                    "duplicate.",
                ),
                (translate("Diagnosis", "Body ends: …{text}").format(text=stripped[-60:]),),
            )
        ]
    return []


def _success_findings(exchange: Exchange) -> list[Finding]:
    found: list[Finding] = []
    body = exchange.response_json()
    if exchange.kind == "token" and isinstance(body, dict) and isinstance(body.get("scope"), str):
        granted = str(body["scope"]).split()
        missing = missing_scopes(granted)
        if missing:
            names = sorted({s for scopes in missing.values() for s in scopes})
            found.append(
                Finding(
                    "token-missing-scopes",
                    Severity.WARNING,
                    translate("Diagnosis", "The token lacks %n scope(s) zoomdesk uses", len(names)),
                    translate(
                        "Diagnosis", "Without {scopes}, zoomdesk cannot {operations}."
                    ).format(
                        scopes=", ".join(names),
                        operations=", ".join(operation_text(op) for op in missing),
                    ),
                    translate(
                        "Diagnosis",
                        "Add them in the Zoom App Marketplace ▸ Manage ▸ your app ▸ Scopes, then "
                        "get a new token.",
                    ),
                    (
                        translate("Diagnosis", "Granted: {scopes}").format(
                            scopes=" ".join(granted) or translate("Diagnosis", "(none)")
                        ),
                    ),
                )
            )
    remaining, limit = (
        exchange.header("x-ratelimit-remaining"),
        exchange.header("x-ratelimit-limit"),
    )
    if (
        remaining
        and limit
        and remaining.isdigit()
        and limit.isdigit()
        and 0 <= int(remaining) <= int(limit) // 10
    ):
        found.append(
            Finding(
                "rate-limit-low",
                Severity.INFO,
                translate(
                    "Diagnosis", "Only {remaining} of {limit} calls left in this rate-limit window"
                ).format(remaining=remaining, limit=limit),
                translate(
                    "Diagnosis",
                    "Zoom's X-RateLimit-Remaining header is low; the next calls may get 429.",
                ),
                translate("Diagnosis", "Slow down, or wait for the limit to reset."),
            )
        )
    return found


def _merge(findings: list[Finding]) -> list[Finding]:
    """One finding per code; the request check and Zoom's answer may both name a mistake."""
    merged: dict[str, Finding] = {}
    for index, finding in enumerate(findings):
        key = finding.code if finding.code != "reader-note" else f"note-{index}"
        if key in merged:
            first = merged[key]
            merged[key] = replace(first, evidence=first.evidence + finding.evidence)
        else:
            merged[key] = finding
    return list(merged.values())


def _headline(exchange: Exchange, findings: list[Finding]) -> str:
    what = f"{exchange.method} {exchange.path}"
    first = next((f for f in findings if f.severity is Severity.ERROR), None)
    if exchange.status is None:
        if first:
            return translate("Diagnosis", "{request} got no answer. Likely cause: {cause}.").format(
                request=what, cause=first.title
            )
        return translate("Diagnosis", "{request} got no answer.").format(request=what)
    body = exchange.response_json()
    details = []
    if isinstance(body, dict):
        for key in ("error", "code"):
            if body.get(key) is not None:
                details.append(f"{key} {body[key]}" if key == "code" else str(body[key]))
    status = f"HTTP {exchange.status} {exchange.reason}".strip()
    status += f" ({', '.join(details)})" if details else ""
    if first:
        return translate("Diagnosis", "{request} failed: {status}. Likely cause: {cause}.").format(
            request=what, status=status, cause=first.title
        )
    if exchange.failed:
        return translate("Diagnosis", "{request} failed: {status}.").format(
            request=what, status=status
        )
    warnings = sum(f.severity is Severity.WARNING for f in findings)
    if warnings:
        return translate(
            "Diagnosis", "{request} worked: {status}, with %n warning(s).", warnings
        ).format(request=what, status=status)
    return translate("Diagnosis", "{request} worked: {status}.").format(request=what, status=status)


def _support(exchange: Exchange, failed: bool) -> str:
    if not failed:
        return ""
    # Zoom support matches the request by its exact UTC time: ISO with seconds, in any language.
    when = f"{exchange.started_at:%Y-%m-%d %H:%M:%S} UTC"
    answer = (
        f"HTTP {exchange.status} {exchange.reason}"
        if exchange.status
        else translate("Diagnosis", "no answer")
    )
    base = translate("Diagnosis", "time {time}; request {request}; answer {answer}").format(
        time=when, request=f"{exchange.method} {exchange.path}", answer=answer
    )
    if exchange.tracking_id:
        return translate(
            "Diagnosis",
            "If you ask Zoom for help ({url}), give the tracking id {tracking_id} with: "
            "{details}. Never send the client secret or a token.",
        ).format(url=SUPPORT_URL, tracking_id=exchange.tracking_id, details=base)
    if exchange.status is None:
        return translate(
            "Diagnosis",
            "The request never reached Zoom, so Zoom cannot trace it: fix the network first.",
        )
    return translate(
        "Diagnosis",
        "Zoom sent no tracking id (x-zm-trackingid), so this answer may come from a proxy "
        "rather than Zoom. If you ask Zoom for help ({url}), give: {details}.",
    ).format(url=SUPPORT_URL, details=base)


def diagnose(
    exchange: Exchange,
    *,
    granted_scopes: Sequence[str] | None = None,
    request: HttpRequest | None = None,
    proxies: Mapping[str, str] | None = None,
) -> Diagnosis:
    """`request`: the unredacted request when it is known (the doctor), for sharper checks of
    the Authorization header; otherwise the exchange's own, redacted, request is checked.
    `proxies`: the proxy environment variables (default: this process's), to tell a proxy
    failure from a server failure when no answer came back."""
    lint = lint_request(request or HttpRequest.from_exchange(exchange))
    answer: list[Finding] = []
    if exchange.status is None:
        answer = network_findings(exchange, environment_proxy(exchange.url, proxies))
    else:
        if exchange.status >= 400:
            if exchange.kind == "token":
                answer = token_failure(exchange, lint)
            else:
                # Zoom's codes for registrants, host settings, invitations, tracking fields.
                answer = scheduler_findings(exchange, granted_scopes)
                answer += api_failure(exchange, granted_scopes)
        answer += _body_findings(exchange)
        if not exchange.failed and not answer:
            answer += _success_findings(exchange)
            note = translate("Diagnosis", "It worked this time, but may stop working.")
            lint = [f.demoted(note) for f in lint]
    shape_first = (
        exchange.status is not None
        and exchange.kind == "token"
        and any(f.code in SHAPE_CODES for f in lint)
    )
    ordered = (lint + answer) if shape_first else (answer + lint)
    if exchange.status is not None:
        ordered += clock_findings(exchange)
    failed = exchange.failed or has_errors(answer)
    if failed and not answer and not has_errors(lint):
        ordered.append(_unknown(exchange))
    findings = _merge(sorted(ordered, key=lambda f: list(Severity).index(f.severity)))
    return Diagnosis(
        _headline(exchange, findings),
        tuple(findings),
        _support(exchange, failed),
        not has_errors(findings) and not exchange.failed,
    )


def _unknown(exchange: Exchange) -> Finding:
    body = exchange.response_body.strip()
    return Finding(
        "unknown-failure",
        Severity.ERROR,
        translate(
            "Diagnosis", "Zoom answered HTTP {status} and zoomdesk does not recognise why"
        ).format(status=exchange.status),
        translate(
            "Diagnosis",
            "This answer is not one of the failures zoomdesk knows. Everything that was sent and "
            "received is in the Request and Response tabs (secrets masked).",
        ),
        translate(
            "Diagnosis",
            "Read the response body for Zoom's own words; if it stays unclear, send Zoom support "
            "the details below.",
        ),
        (translate("Diagnosis", "Body: {text}").format(text=body[:200]),)
        if body
        else (translate("Diagnosis", "The answer had no body."),),
    )
