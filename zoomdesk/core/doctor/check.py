"""Check pasted text: every request in it, its findings and its corrected form."""

from __future__ import annotations

from dataclasses import dataclass

from zoomdesk.core.diagnosis import Diagnosis, diagnose
from zoomdesk.core.doctor.findings import Finding, has_errors
from zoomdesk.core.doctor.fix import corrected
from zoomdesk.core.doctor.lint import lint_request
from zoomdesk.core.doctor.parse import Entry, ParseError, parse_input
from zoomdesk.core.doctor.request import HttpRequest

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


def check_request(request: HttpRequest) -> Checked:
    return Checked(request, tuple(lint_request(request)), corrected(request))


def _check_entry(entry: Entry) -> Checked:
    if entry.exchange is None:
        return check_request(entry.request)
    diagnosis = diagnose(entry.exchange, request=entry.request)
    return Checked(entry.request, diagnosis.findings, corrected(entry.request), diagnosis)


def check_text(text: str) -> list[Checked]:
    """Raises ParseError (with a message for the user) when the text is not a request."""
    return [_check_entry(entry) for entry in parse_input(text)]
