"""What the doctor and the debug panel say about a request or an exchange: a plain-language
finding with the fix. One type for both, so a pasted request and a recorded exchange with the same
mistake read the same."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from zoomdesk.core.i18n import translate


class Severity(StrEnum):
    ERROR = "error"  # the request cannot work like this, or it failed for this reason
    WARNING = "warning"  # works today, but fragile or likely to break
    INFO = "info"  # worth knowing

    @property
    def label(self) -> str:
        if self is Severity.ERROR:
            return translate("DoctorFinding", "Problem")
        if self is Severity.WARNING:
            return translate("DoctorFinding", "Warning")
        return translate("DoctorFinding", "Note")


@dataclass(frozen=True)
class Finding:
    code: str  # stable identifier, e.g. "token-params-in-query"
    severity: Severity
    title: str  # one line, in the user's words
    explanation: str  # what happened and why it matters
    fix: str = ""  # what to do about it
    evidence: tuple[str, ...] = ()  # the parts of the request/response that show it
    # the 1-based lines of the reviewed code it is about: data, because the evidence that
    # names them ("line 25: …") is written in the user's language
    lines: tuple[int, ...] = ()

    def demoted(self, note: str) -> Finding:
        """The same finding as a warning (used when the request worked anyway)."""
        if self.severity is not Severity.ERROR:
            return self
        return replace(self, severity=Severity.WARNING, explanation=f"{self.explanation} {note}")

    def text_lines(self) -> list[str]:
        lines = [f"[{self.severity.label}] {self.title}"]
        lines += [f"    {self.explanation}"]
        if self.fix:
            lines += ["    " + translate("DoctorFinding", "Fix: {fix}").format(fix=self.fix)]
        seen = translate("DoctorFinding", "Seen: {item}")
        lines += ["    " + seen.format(item=item) for item in self.evidence]
        return lines


def has_errors(findings: list[Finding] | tuple[Finding, ...]) -> bool:
    return any(f.severity is Severity.ERROR for f in findings)
