"""Review a whole integration: every request in pasted text or files, each checked on its own,
plus the checks across them (integration.py). The CLI and the GUI doctor both render a Review."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from zoomdesk.core.doctor.check import Checked, ParseError, check_request, check_text
from zoomdesk.core.doctor.codegen import LANGUAGE_FOR_LIBRARY
from zoomdesk.core.doctor.findings import Finding, Severity
from zoomdesk.core.doctor.integration import line_number, review_integration
from zoomdesk.core.doctor.parse import parse_input
from zoomdesk.core.doctor.parse_code import parse_calls
from zoomdesk.core.i18n import translate
from zoomdesk.core.redact import mask_values

__all__ = ["ParseError", "Review", "review_sources", "review_text"]


@dataclass(frozen=True)
class Review:
    checked: tuple[Checked, ...]
    across: tuple[Finding, ...] = ()  # "across the integration"
    library: str = ""  # the user's HTTP library, when the input was code
    secrets: frozenset[str] = frozenset()  # literal secrets found, masked in every rendering

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checked) and not any(
            f.severity in (Severity.ERROR, Severity.WARNING) for f in self.across
        )

    @property
    def language(self) -> str | None:
        """The codegen language of the user's own library."""
        return LANGUAGE_FOR_LIBRARY.get(self.library)

    def codes(self) -> list[str]:
        return [f.code for c in self.checked for f in c.findings] + [f.code for f in self.across]


def _is_code(text: str) -> bool:
    try:
        entries = parse_input(text)
    except ParseError:
        return False
    return any(e.request.line for e in entries)


def _mask(findings: Iterable[Finding], secrets: set[str]) -> tuple[Finding, ...]:
    def clean(text: str) -> str:
        return mask_values(text, secrets)

    return tuple(
        replace(
            f,
            title=clean(f.title),
            explanation=clean(f.explanation),
            evidence=tuple(clean(e) for e in f.evidence),
        )
        for f in findings
    )


def _review_code(text: str, place: Callable[[int], str] = line_number) -> Review:
    calls = parse_calls(text)
    if not calls:
        raise ParseError(
            translate(
                "DoctorReview", "No HTTP call with a URL the doctor can read was found in the code."
            )
        )
    across, secrets = review_integration(text, calls, place)
    checked = []
    for call in calls:
        item = check_request(call)
        checked.append(replace(item, findings=_mask(item.findings, secrets)))
    libraries = [c.library for c in calls if c.library]
    library = max(set(libraries), key=libraries.count) if libraries else ""
    return Review(tuple(checked), _mask(across, secrets), library, frozenset(secrets))


def review_text(text: str) -> Review:
    """Raises ParseError (with a message for the user) when the text holds no request."""
    if _is_code(text):
        return _review_code(text)
    return Review(tuple(check_text(text)))


def review_sources(sources: list[tuple[str, str]]) -> Review:
    """Several files of one integration: code files are read together (a token function in
    one file, the API calls in another); other files (cURL, HAR…) each on their own."""
    if len(sources) == 1:
        return review_text(sources[0][1])
    code = [(name, text) for name, text in sources if _is_code(text)]
    other = [(name, text) for name, text in sources if (name, text) not in code]
    checked: list[Checked] = []
    for _, text in other:
        checked += check_text(text)
    if not code:
        return Review(tuple(checked))
    joined = "\n".join(text for _, text in code)
    # lines of the joined text back to file:line
    bounds, first = [], 1
    for name, text in code:
        bounds.append((first, name))
        first += text.count("\n") + 1

    def where(line: int) -> str:
        start, name = [b for b in bounds if b[0] <= line][-1]
        return f"{name}:{line - start + 1}"

    review = _review_code(joined, where)
    located = tuple(
        replace(
            c, request=replace(c.request, source=f"{c.request.source}, {where(c.request.line)}")
        )
        for c in review.checked
    )
    return replace(review, checked=tuple(checked) + located)
