"""Issue 14, item 15: reading a pasted request takes time linear in its length, and a report
shows a capped view of it. (shlex took 20 s for an 800 KB body; 20 MB never finished.)"""

from __future__ import annotations

import time

import pytest

from zoomdesk.core.doctor.check import ParseError, check_text
from zoomdesk.core.doctor.cli import report_lines


def curl_with_body(size: int) -> str:
    return (
        "curl -X POST https://api.zoom.us/v2/users/me/meetings "
        "-H 'Authorization: Bearer abc.def.ghi' -H 'Content-Type: application/json' "
        f"""--data-raw '{{"topic": "{"a" * size}"}}'"""
    )


def test_an_800_kb_curl_body_is_read_in_well_under_a_second_per_megabyte():
    started = time.perf_counter()
    [checked] = check_text(curl_with_body(800_000))
    assert time.perf_counter() - started < 4  # shlex: 20 s on the same machine
    assert checked.request.json_body() == {"topic": "a" * 800_000}


def test_long_urls_many_headers_and_escaped_quotes_are_read_in_linear_time():
    pasted = [
        "curl 'https://api.zoom.us/v2/users?" + "a=b&" * 100_000 + "'",
        "curl https://api.zoom.us/v2/users " + " ".join(["-H 'X-A: b'"] * 50_000),
        'curl https://api.zoom.us/v2/users -d "' + 'x\\"y' * 100_000 + '"',
    ]
    for text in pasted:
        started = time.perf_counter()
        check_text(text)
        assert time.perf_counter() - started < 4, text[:60]


def test_the_report_of_a_huge_request_is_capped():
    [checked] = check_text(curl_with_body(2_000_000))
    lines = report_lines(checked)
    assert sum(len(line) for line in lines) < 40_000
    assert any("more characters not shown" in line for line in lines)


@pytest.mark.parametrize(
    ("line", "words"),
    [
        (
            """curl -H 'a: b' "c \\"d\\" \\$e" f\\ g h'i'"j" ''""",
            ["curl", "-H", "a: b", 'c "d" $e', "f g", "hij", ""],
        ),
        ("curl $'{\"a\":\"it\\'s\\n\"}' -d x", ["curl", '{"a":"it\'s\n"}', "-d", "x"]),
        ("a\\\nb  c", ["ab", "c"]),
    ],
)  # fmt: skip
def test_shell_words_are_split_as_bash_splits_them(line: str, words: list[str]):
    from zoomdesk.core.doctor.shell_words import split_words

    assert split_words(line) == words


def test_an_unclosed_quote_is_a_parse_error_that_says_so():
    with pytest.raises(ParseError, match="unbalanced quotes"):
        check_text("curl 'https://zoom.us/oauth/token")


def test_redacting_a_megabyte_full_of_secret_hints_stays_linear():
    from zoomdesk.core.redact import redact_text

    for text in ("token" * 200_000, '{"agenda": "' + "key " * 250_000 + '", "clientSecret": "S3"}'):
        started = time.perf_counter()
        shown = redact_text(text)
        assert time.perf_counter() - started < 5
    assert '"clientSecret": "••••••' in shown


@pytest.mark.parametrize(
    "text",
    [
        "axios.post('https://zoom.us/oauth/token');\n" + "f(){" * 20_000,
        "axios.post(" * 10_000,
        "axios.post('https://zoom.us/oauth/token');\n" + "x = {" * 10_000,
        "axios.post('https://zoom.us/oauth/token');\n" + "for (a) {" * 10_000,
        "Invoke-RestMethod " + "-Body @{ " * 10_000,
        "HttpClient c; " + "c.PostAsync(" * 10_000,
    ],
    ids=["unclosed-functions", "unclosed-calls", "unclosed-objects", "loops", "ps", "csharp"],
)
def test_hostile_code_is_reviewed_in_linear_time(text: str):
    """Issue 15: 'parsing is linear' holds for code too (an unclosed `f(){` × 5,000 took 20 s,
    `axios.post(` × 5,000 took 220 s, before brackets were matched in one pass)."""
    from zoomdesk.core.doctor.review import review_text

    started = time.perf_counter()
    try:
        review_text(text)
    except ParseError:
        pass
    assert time.perf_counter() - started < 6
