"""Check pasted text: every request in it, its findings and its corrected form."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from zoomdesk.core.diagnosis import Diagnosis, diagnose
from zoomdesk.core.doctor.findings import Finding, has_errors
from zoomdesk.core.doctor.fix import corrected
from zoomdesk.core.doctor.lint import lint_request
from zoomdesk.core.doctor.parse import Entry, ParseError, parse_input
from zoomdesk.core.doctor.request import HttpRequest
from zoomdesk.core.redact import mask_values, redact_userinfo

__all__ = ["Checked", "ParseError", "check_request", "check_text"]


@dataclass(frozen=True)
class Checked:
    request: HttpRequest
    findings: tuple[Finding, ...]
    corrected: HttpRequest
    diagnosis: Diagnosis | None = None  # when the input held Zoom's answer too (HAR)

    @property
    def ok(self) -> bool:
        if self.diagnosis is not None:
            return self.diagnosis.ok
        return not has_errors(self.findings)

    @property
    def codes(self) -> list[str]:
        return [f.code for f in self.findings]


def _masked(findings: Iterable[Finding], secrets: set[str]) -> tuple[Finding, ...]:
    """Findings quote the request; whatever they quote, a secret it carries is masked."""

    def clean(text: str) -> str:
        return mask_values(redact_userinfo(text), secrets)

    return tuple(
        replace(
            f,
            title=clean(f.title),
            explanation=clean(f.explanation),
            fix=clean(f.fix),
            evidence=tuple(clean(e) for e in f.evidence),
        )
        for f in findings
    )


def check_request(request: HttpRequest) -> Checked:
    findings = _masked(lint_request(request), request.secrets())
    return Checked(request, findings, corrected(request))


def _check_entry(entry: Entry) -> Checked:
    if entry.exchange is None:
        return check_request(entry.request)
    diagnosis = diagnose(entry.exchange, request=entry.request)
    findings = _masked(diagnosis.findings, entry.request.secrets())
    return Checked(entry.request, findings, corrected(entry.request), diagnosis)


def check_text(text: str) -> list[Checked]:
    """Raises ParseError (with a message for the user) when the text is not a request."""
    return [_check_entry(entry) for entry in parse_input(text)]
