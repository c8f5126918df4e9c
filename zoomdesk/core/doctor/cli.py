"""`zoomdesk doctor [FILE|-]`: check a request from the command line.

Exit status: 0 when the request is right, 1 when findings say it is not (they are printed),
2 when the input is not a request zoomdesk can read."""

from __future__ import annotations

import asyncio
import sys
import textwrap
from typing import Any, TextIO

from zoomdesk.core.diagnosis import diagnose
from zoomdesk.core.doctor.check import Checked, ParseError
from zoomdesk.core.doctor.codegen import LANGUAGE_FOR_LIBRARY, LANGUAGES, generate
from zoomdesk.core.doctor.findings import Finding, Severity
from zoomdesk.core.doctor.render import describe_params, render_http
from zoomdesk.core.doctor.replay import Replay, Target, replay
from zoomdesk.core.doctor.review import Review, review_sources
from zoomdesk.core.doctor.text_input import decode_input
from zoomdesk.core.doctor.token_cache import token_cache_example
from zoomdesk.core.errors import ZoomDeskError
from zoomdesk.core.redact import mask_values, redact_userinfo
from zoomdesk.core.tokens import Credentials

WIDTH = 96
_LANGUAGE_FOR = {
    "axios code": "node-axios",
    "fetch code": "node-axios",
    "Python code": "python-httpx",
}
MARK = {Severity.ERROR: "✗", Severity.WARNING: "!", Severity.INFO: "i"}


def _wrap(text: str, indent: str) -> list[str]:
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        hang = indent + ("  " if paragraph.startswith("• ") else "")
        lines += textwrap.wrap(paragraph, WIDTH, initial_indent=indent, subsequent_indent=hang) or [
            indent
        ]
    return lines


def finding_lines(finding: Finding) -> list[str]:
    lines = [f"  {MARK[finding.severity]} {finding.severity.label}: {finding.title}"]
    if finding.explanation:
        lines += _wrap(finding.explanation, "      ")
    if finding.fix:
        lines += _wrap("Fix: " + finding.fix, "      ")
    lines += [f"      Seen: {item}" for item in finding.evidence]
    return lines


def report_lines(checked: Checked, number: int = 0, language: str | None = None) -> list[str]:
    req = checked.request
    lines = [f"{req.method} {render_http(req).splitlines()[0].split(' ', 1)[1]}"]
    if req.line:
        where = req.source if "," in req.source else f"line {req.line}"
        lines[0] = f"Request {number} ({where.split(', ')[-1]}, {req.library}): {lines[0]}"
    lines.append(f"  Parameters travelled in: {describe_params(req)}")
    lines += ["  " + line for line in render_http(req).splitlines()[1:] if line]
    if checked.diagnosis is not None:
        lines += ["", *_wrap(checked.diagnosis.headline, "")]
    problems = [f for f in checked.findings if f.severity is Severity.ERROR]
    lines.append("")
    if checked.ok:
        lines.append("✓ No problems: this request has the shape Zoom expects.")
    else:
        count = len(problems)
        lines.append(f"✗ {count} problem{'s' if count != 1 else ''} found:")
    for finding in checked.findings:
        lines += finding_lines(finding)
    if checked.diagnosis is not None and checked.diagnosis.support:
        lines += _wrap(checked.diagnosis.support, "  ")
    if not checked.ok:
        language = (
            language
            or LANGUAGE_FOR_LIBRARY.get(req.library)
            or _LANGUAGE_FOR.get(req.source, "curl")
        )
        label = LANGUAGES[language]
        lines += ["", f"The corrected request, in {label} (secrets from environment variables):"]
        lines += ["  " + line for line in generate(checked.corrected, language).splitlines()]
        lines.append("  (for another library add --lang, e.g. --lang python-httpx; see --help)")
    return lines


def _replay_lines(result: Replay) -> list[str]:
    lines = ["", f"Replayed against {result.target} (its own credentials, your request's shape):"]
    for label, exchange in (("yours", result.original), ("corrected", result.corrected)):
        diagnosis = diagnose(exchange)
        lines += _wrap(f"{label}: {diagnosis.headline}", "  ")
    return lines


async def _replay_all(checked: list[Checked], sandbox_url: str | None) -> list[Replay]:
    from zoomdesk.core.exchange import ExchangeLog
    from zoomdesk.core.services import (
        SANDBOX_ACCOUNT_ID,
        SANDBOX_CLIENT_ID,
        SANDBOX_CLIENT_SECRET,
    )
    from zoomdesk.core.transport import Sender, make_http_client

    box: Any = None
    if sandbox_url is None:
        from zoomdesk.sandbox import Sandbox

        box = Sandbox().start()
        sandbox_url = str(box.url)
    credentials = Credentials(
        SANDBOX_ACCOUNT_ID, SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, sandbox_url
    )
    target = Target("the zoomdesk sandbox", credentials)
    http = make_http_client(15.0)
    sender = Sender(http, ExchangeLog())
    try:
        return [await replay(c.request, c.corrected, target, sender) for c in checked]
    finally:
        await http.aclose()
        if box is not None:
            box.stop()


def read_sources(paths: list[str]) -> list[tuple[str, str]]:
    """(name, text) per file; `-` is standard input. Raises OSError or ParseError."""
    sources = []
    for path in paths or ["-"]:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as handle:
                data = handle.read()
        sources.append((path, decode_input(data)))
    return sources


def run_doctor_files(
    paths: list[str],
    *,
    replay: bool = False,
    language: str | None = None,
    out: TextIO = sys.stdout,
    err: TextIO = sys.stderr,
) -> int:
    if language is not None and language not in LANGUAGES:
        err.write(f"zoomdesk doctor: --lang must be one of {', '.join(LANGUAGES)}\n")
        return 2
    try:
        sources = read_sources(paths)
    except OSError as error:
        err.write(f"zoomdesk: cannot read {error.filename or '-'}: {error.strerror}\n")
        return 2
    except ParseError as error:
        err.write(f"zoomdesk doctor: {error}\n")
        return 2
    return _run(sources, replay=replay, language=language, out=out)


def _across_lines(review: Review) -> list[str]:
    if not review.across:
        return []
    lines = ["", "=" * 40, "", "Across the integration:"]
    for finding in review.across:
        lines += finding_lines(finding)
    if "token-per-call" in [f.code for f in review.across]:
        lines += ["", "The token, cached (in your library; secrets from environment variables):"]
        lines += ["  " + line for line in token_cache_example(review.library).splitlines()]
    return lines


def run_doctor_cli(
    text: str,
    *,
    replay: bool = False,
    sandbox_url: str | None = None,
    out: TextIO = sys.stdout,
) -> int:
    return _run([("-", text)], replay=replay, sandbox_url=sandbox_url, out=out)


def _run(
    sources: list[tuple[str, str]],
    *,
    replay: bool = False,
    language: str | None = None,
    sandbox_url: str | None = None,
    out: TextIO = sys.stdout,
) -> int:
    try:
        review = review_sources(sources)
    except ParseError as error:
        out.write(f"zoomdesk doctor: {error}\n")
        return 2
    checked = list(review.checked)
    kinds = sorted({c.request.source.split(", ")[0] for c in checked})
    count = len(checked)
    lines = [f"Read {count} request{'s' if count != 1 else ''} ({', '.join(kinds)}).", ""]
    for index, item in enumerate(checked):
        if index:
            lines += ["", "-" * 40, ""]
        lines += report_lines(item, index + 1, language)
    lines += _across_lines(review)
    ok = review.ok
    if replay:
        try:
            results = asyncio.run(_replay_all(checked, sandbox_url))
        except ZoomDeskError as error:
            lines += ["", f"The replay could not run: {error.summary()}"]
            results = []
        for result in results:
            lines += _replay_lines(result)
            ok = ok and not result.original.failed
    lines += ["", "Secrets and tokens are masked in this report."]
    secrets = set(review.secrets).union(*(c.request.secrets() for c in checked))
    out.write(mask_values(redact_userinfo("\n".join(lines)), secrets) + "\n")
    return 0 if ok else 1
