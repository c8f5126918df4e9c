"""Issue 14, items 12 and 14: the doctor masks every secret it is handed, however it is spelled,
and answers any file (binary, Latin-1, nested past Python's limit, an odd HAR, a broken URL)
with a clear line instead of a traceback."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.test_cli import zoomdesk
from zoomdesk.core.redact import redact_text, redact_url

SECRET = "Sup3rSecretValue99"


def doctor(tmp_path: Path, text: str | bytes, name: str = "pasted.txt") -> Any:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return zoomdesk("doctor", str(path))


@pytest.mark.parametrize(
    "pasted",
    [
        f"curl https://cid:{SECRET}@zoom.us/oauth/token -d grant_type=account_credentials",
        "curl -X POST https://zoom.us/oauth/token -H 'Content-Type: application/json' "
        f"""-d '{{"clientSecret": "{SECRET}", "client_secret": ["{SECRET}"]}}'""",
        f"curl https://zoom.us/oauth/token -d grant_type=account_credentials "
        f"-d client%5Fsecret={SECRET}",
        f"curl https://api.zoom.us/v2/users -H 'X-Api-Key: {SECRET}'",
    ],
    ids=["url-userinfo", "json-camel-case-and-array", "percent-encoded-form-key", "api-key"],
)
def test_the_doctor_report_never_shows_a_pasted_secret(tmp_path: Path, pasted: str):
    result = doctor(tmp_path, pasted)
    assert result.returncode in (0, 1), result.stderr
    assert "masked" in result.stdout
    assert SECRET not in result.stdout + result.stderr


def test_curl_userinfo_is_read_as_the_basic_credentials_curl_sends(tmp_path: Path):
    result = doctor(
        tmp_path,
        f"curl https://cid:{SECRET}@zoom.us/oauth/token "
        "-d grant_type=account_credentials -d account_id=acct1",
    )
    assert "client_id=cid" in result.stdout and "Use `-u` instead" in result.stdout
    assert "There is no Authorization header" not in result.stdout


@pytest.mark.parametrize(
    "body",
    [
        f'{{"clientSecret":"{SECRET}"}}',
        f'{{"CLIENT_SECRET": ["{SECRET}", {{"x": "{SECRET}"}}]}}',
        f'{{"client\\u005fsecret": "{SECRET}"}}',
        f'{{"password": {SECRET.__len__()}{SECRET.__len__()}, "apiSecret": "{SECRET}"}}',
        f"grant_type=x&client%5Fsecret={SECRET}",
        f"grant_type=x&Client-Secret={SECRET}&y=1",
        f"see https://cid:{SECRET}@zoom.us/oauth/token",
    ],
)
def test_redaction_masks_secret_keys_in_any_case_encoding_or_shape(body: str):
    shown = redact_text(body)
    assert SECRET not in shown and "1818" not in shown


def test_redaction_leaves_ordinary_fields_readable():
    body = '{"password_required": true, "next_page_token": "abc123", "token_type": "bearer"}'
    assert redact_text(body) == body
    assert redact_url("https://api.zoom.us/v2/users?page_size=30") == (
        "https://api.zoom.us/v2/users?page_size=30"
    )


def test_oauth_url_userinfo_never_reaches_trace_or_har(sandbox: Any, tmp_path: Path):
    har = tmp_path / "run.har"
    base = sandbox.url.replace("http://", f"http://cid:{SECRET}@")
    env = {
        "ZOOM_ACCOUNT_ID": "sandbox-account",
        "ZOOM_CLIENT_ID": "sandbox-client-id",
        "ZOOM_CLIENT_SECRET": "sandbox-client-secret",
        "ZOOMDESK_OAUTH_URL": base,
    }
    result = zoomdesk("--trace", "--har", str(har), "token", env=env)
    assert "/oauth/token" in result.stderr
    written = har.read_text() if har.exists() else ""
    assert SECRET not in result.stdout + result.stderr + written
    assert "cid:••••••@" in result.stderr


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "image.png"),
        ("curl https://zoom.us/oauth/token -d account_id=caf\xe9".encode("latin-1"), "old.txt"),
        ('{"log": []}', "a.har"),
        ('{"log": null}', "b.har"),
        ('{"log": {"entries": [{"request": {"url": "http://[::1/v2/users"}}]}}', "c.har"),
        ('curl -G -d a=b "http://[::1/x"', "ipv6.txt"),
        (
            '{"log": {"entries": [{"request": {"method": "POST", "url": '
            '"https://api.zoom.us/v2/users/me/meetings", "postData": {"mimeType": '
            '"application/json", "text": "' + "[" * 100_000 + "]" * 100_000 + '"}}}]}}',
            "deep.har",
        ),
        (
            "POST /v2/users/me/meetings HTTP/1.1\nHost: api.zoom.us\n"
            "Content-Type: application/json\n\n" + "[" * 100_000 + "]" * 100_000,
            "deep.http",
        ),
    ],
    ids=["binary", "latin-1", "log-list", "log-null", "har-ipv6", "curl-ipv6", "deep-har", "deep"],
)
def test_any_file_gets_an_answer_never_a_traceback(tmp_path: Path, content: Any, name: str):
    result = doctor(tmp_path, content, name)
    assert "Traceback" not in result.stdout + result.stderr
    assert result.returncode in (0, 1, 2)
    if result.returncode == 2:
        assert len((result.stdout + result.stderr).strip().splitlines()) == 1


def test_a_latin1_file_is_read_not_refused(tmp_path: Path):
    text = "curl -X POST https://zoom.us/oauth/token -u 'id:s3cret' -d account_id=caf\xe9"
    result = doctor(tmp_path, text.encode("latin-1"))
    assert result.returncode == 1 and "grant_type is missing" in result.stdout


def test_several_files_are_read_together(tmp_path: Path):
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text("curl https://api.zoom.us/v2/users -H 'Authorization: Bearer abc.def'")
    two.write_text(json.dumps({"log": None}))
    result = zoomdesk("doctor", str(one), str(tmp_path / "missing.txt"))
    assert result.returncode == 2 and "missing.txt" in result.stderr


def test_an_unreachable_oauth_url_with_userinfo_is_reported_without_the_secret():
    env = {
        "ZOOM_ACCOUNT_ID": "a",
        "ZOOM_CLIENT_ID": "b",
        "ZOOM_CLIENT_SECRET": "c",
        "ZOOMDESK_OAUTH_URL": f"http://cid:{SECRET}@127.0.0.1:9",
    }
    result = zoomdesk("--trace", "token", "--timeout", "3", env=env)
    assert result.returncode == 1 and "127.0.0.1:9" in result.stderr
    assert SECRET not in result.stdout + result.stderr


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789", min_size=10),
    st.sampled_from(
        [
            "client_secret",
            "clientSecret",
            "CLIENT-SECRET",
            "client%5Fsecret",
            "client%255Fsecret",
            "apiSecret",
            "ZOOM_CLIENT_SECRET",
            "access_token",
            "AccessToken",
            "refresh_token",
            "password",
            "x-api-key",
        ]
    ),
    st.sampled_from(["json", "json-array", "json-nested", "form", "url", "userinfo"]),
)
def test_a_secret_under_any_secret_like_key_never_survives_redaction(secret, key, shape):
    text = {
        "json": json.dumps({key: secret, "topic": "x"}),
        "json-array": json.dumps({key: [secret, {"v": secret}]}),
        "json-nested": json.dumps({"outer": {key: {"value": secret}}}),
        "form": f"grant_type=x&{key}={secret}&y=1",
        "url": f"https://api.zoom.us/v2/users?page_size=30&{key}={secret}",
        "userinfo": f"see https://id:{secret}@zoom.us/oauth/token",
    }[shape]
    shown = redact_url(text) if shape == "url" else redact_text(text)
    assert secret not in shown
