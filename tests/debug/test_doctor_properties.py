"""Property-based tests of the request doctor's readers (cURL, raw HTTP, HAR, code): whatever is
pasted, the doctor answers with findings or a ParseError that explains itself — never a crash."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from zoomdesk.core.doctor.check import ParseError, check_text

HOSTS = st.sampled_from(
    [
        "https://zoom.us",
        "https://api.zoom.us",
        "http://127.0.0.1:9",
        "https://zoom.us.evil.example",
        "",
        "zoom.us",
    ]
)
PATHS = st.sampled_from(["/oauth/token", "/v2/users", "/v2/meetings/1", "/", ""])
PARAM = st.sampled_from(
    ["grant_type=account_credentials", "account_id=abc", "x=y", "access_token=eyJ.a.b", ""]
)
words = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)


def _ok(text: str) -> None:
    try:
        results = check_text(text)
    except ParseError as error:
        assert str(error).strip(), "a refusal says why"
        return
    for checked in results:
        for finding in checked.findings:
            assert finding.code and finding.title


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_answered_not_crashed_on(text):
    _ok(text)


@settings(max_examples=400, deadline=None)
@given(
    HOSTS,
    PATHS,
    st.lists(PARAM, max_size=3),
    st.lists(PARAM, max_size=3),
    st.sampled_from(
        [
            "",
            "-u id:secret",
            "-H 'Authorization: Basic !!!'",
            "-H 'Authorization: Bearer tok'",
            "-H 'Content-Type: application/json'",
            "--json '{}'",
            "-X GET",
            "'unterminated",
        ]
    ),
    words,
)
def test_curl_shaped_input_is_answered(host, path, query, body, extra, noise):
    url = f"{host}{path}" + ("?" + "&".join(q for q in query if q) if any(query) else "")
    data = " ".join(f"-d '{b}'" for b in body if b)
    _ok(f"curl -X POST '{url}' {extra} {data} {noise}")


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["POST", "GET", "PATCH", "BREW"]),
    PATHS,
    st.lists(PARAM, max_size=3),
    st.dictionaries(
        st.sampled_from(["Host", "Authorization", "Content-Type", "X"]), words, max_size=4
    ),
    words,
)
def test_raw_http_shaped_input_is_answered(method, path, params, headers, body):
    head = "\r\n".join(f"{k}: {v}" for k, v in headers.items())
    _ok(f"{method} {path or '/'}?{'&'.join(params)} HTTP/1.1\r\n{head}\r\n\r\n{body}")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=15),
    lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=8), c, max_size=3),
    max_leaves=10,
)


@settings(max_examples=300, deadline=None)
@given(json_values, st.sampled_from(["POST", "GET", 7, None]), HOSTS, PATHS)
def test_har_shaped_input_is_answered(junk, method, host, path):
    entry = {
        "request": {
            "method": method,
            "url": f"{host}{path}",
            "headers": junk,
            "queryString": [],
            "postData": junk,
        },
        "response": {"status": junk, "headers": [], "content": {"text": junk}},
    }
    _ok(json.dumps({"log": {"version": "1.2", "entries": [entry, junk]}}))
    _ok(json.dumps(junk))


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["axios.post(", "axios({", "requests.post(", "httpx.post(", "fetch("]),
    HOSTS,
    PATHS,
    words,
    st.sampled_from(["params: {", "data: ", "json=", "body: ", ""]),
)
def test_code_shaped_input_is_answered(call, host, path, noise, option):
    _ok(f"{call}'{host}{path}', {option}{{ grant_type: 'account_credentials' {noise} }})")


FRAGMENTS = st.sampled_from(
    [
        "axios.post(",
        "got.post(",
        "http.PostAsync(",
        "new HttpRequestMessage(HttpMethod.Post, ",
        "Invoke-RestMethod -Method Post -Uri ",
        "session.get(",
        "fetch(",
        "async function getToken() {",
        "def get_token():\n    ",
        "for (const x of xs) {",
        "for x in xs:\n    ",
        "}",
        ")",
        "{",
        "(",
        "const token = await getToken();",
        '$h = @{ Authorization = "Bearer $t" }',
        "`Basic ${authToken}`",
        "'https://api.zoom.us/v2/users/me/meetings'",
        "'https://zoom.us/oauth/token'",
        "{ params: { grant_type: 'account_credentials' } }",
        "json={'type': 8, 'start_time': '2026-01-01T10:00:00Z', 'timezone': 'UTC'}",
        "try {",
        "@retry\n",
        "\n",
        ", ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(FRAGMENTS | words, max_size=25))
def test_any_mix_of_integration_code_is_reviewed_or_refused(parts):
    """Whole-integration review (issue 15) on arbitrary code-shaped text: a Review or a
    ParseError, never a crash."""
    from zoomdesk.core.doctor.review import review_text

    text = "".join(parts)
    try:
        review = review_text(text)
    except ParseError as error:
        assert str(error).strip()
        return
    assert all(f.code and f.title for f in review.across)
