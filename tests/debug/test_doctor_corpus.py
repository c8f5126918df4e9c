"""Issue 15: the request doctor reviews whole integrations. A corpus of real-world-shaped
snippets (tests/debug/doctor_corpus), token and API calls in every supported library, right and
wrong, each with its expected findings on its first line (`expect: code, code` or `(none)`).
Every correct snippet must get no problem and no warning: the false-alarm rate is 0."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from zoomdesk.core.doctor.findings import Severity
from zoomdesk.core.doctor.review import review_text

CORPUS = Path(__file__).parent / "doctor_corpus"
SNIPPETS = sorted(CORPUS.iterdir())


def expected(text: str) -> set[str]:
    line = text.splitlines()[0]
    listed = re.search(r"expect:\s*(.*)", line)
    assert listed, "the first line says what the doctor must find"
    words = listed.group(1).strip()
    return set() if words == "(none)" else {w.strip() for w in words.split(",")}


def without_expectation(text: str) -> str:
    """The snippet as its author wrote it: the `expect:` line is blanked (lines keep numbers)."""
    return "\n" + text.split("\n", 1)[1]


def found(text: str) -> set[str]:
    review = review_text(without_expectation(text))
    findings = [f for c in review.checked for f in c.findings] + list(review.across)
    return {f.code for f in findings if f.severity in (Severity.ERROR, Severity.WARNING)}


def test_the_corpus_covers_every_library_right_and_wrong():
    assert len(SNIPPETS) >= 30
    kinds = {p.suffix for p in SNIPPETS}
    assert kinds >= {".js", ".py", ".cs", ".sh", ".ps1"}
    right = [p for p in SNIPPETS if not expected(p.read_text())]
    assert len(right) >= 10


@pytest.mark.parametrize("path", SNIPPETS, ids=[p.name for p in SNIPPETS])
def test_each_snippet_gets_exactly_its_expected_findings(path: Path):
    text = path.read_text()
    assert found(text) == expected(text)


def test_the_forum_reply_gets_the_query_string_and_the_token_per_request_and_nothing_else():
    text = without_expectation((CORPUS / "forum_reply_rest_class.js").read_text())
    review = review_text(text)
    every = [f.code for c in review.checked for f in c.findings] + [f.code for f in review.across]
    assert sorted(every) == ["token-params-in-query", "token-per-call"]
    [per_call] = review.across
    assert "request() → getHeaders() → getAccessToken()" in per_call.explanation
    assert review.library == "axios" and review.language == "node-axios"


def test_a_basic_header_built_at_run_time_is_never_called_malformed():
    text = without_expectation((CORPUS / "forum_reply_rest_class.js").read_text())
    token = review_text(text).checked[0]
    assert token.request.auth.scheme == "basic" and token.request.auth.well_formed
    opaque = re.sub(
        r"const authToken = Buffer[^\n]*", "const authToken = await vault.read('basic');", text
    )
    assert opaque != text
    codes = {f.code for c in review_text(opaque).checked for f in c.findings}
    assert "auth-basic-malformed" not in codes
