"""Issue 14, item 14 in the app: odd pastes and files are answered in the window, never by the
excepthook (a deeply nested body, an odd HAR, a broken IPv6 URL, a binary or Latin-1 file)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from zoomdesk.ui.debug import DoctorWindow

ODD = [
    '{"log": []}',
    '{"log": null}',
    '{"log": {"entries": [{"request": {"url": "http://[::1/v2/users"}}]}}',
    'curl -G -d a=b "http://[::1/x"',
    "POST /v2/users/me/meetings HTTP/1.1\nHost: api.zoom.us\nContent-Type: application/json\n\n"
    + "[" * 50_000
    + "]" * 50_000,
]


@pytest.mark.parametrize(
    "pasted", ODD, ids=["log-list", "log-null", "har-ipv6", "curl-ipv6", "deep"]
)
def test_an_odd_paste_is_answered_in_the_window(qtbot: Any, qloop: Any, pasted: str):
    window = DoctorWindow(sandbox_url="http://127.0.0.1:9")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.checked, timeout=30_000):
        window.set_text(pasted)
    assert window.summary_label.text().startswith(("Could not read this:", "Read 1 request"))


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00",
        "curl https://zoom.us/oauth/token -d x=caf\xe9".encode("latin-1"),
    ],
    ids=["binary", "latin-1"],
)
def test_an_imported_file_of_any_encoding_is_answered(
    qtbot: Any, qloop: Any, tmp_path: Path, content: bytes
):
    window = DoctorWindow(sandbox_url="http://127.0.0.1:9")
    qtbot.addWidget(window)
    path = tmp_path / "export.har"
    path.write_bytes(content)
    window.import_har(path)
    qtbot.waitUntil(lambda: not window.runner.running("import"), timeout=10_000)
    summary = window.summary_label.text()
    assert summary.startswith(
        ("Could not read export.har: This is a binary file", "Read 1 request")
    )


def test_the_paste_hides_secrets_under_any_secret_like_key_and_in_url_userinfo():
    from zoomdesk.ui.debug.doctor_input import secret_spans

    text = (
        "curl https://cid:Userinf0Secret@zoom.us/oauth/token "
        "-d client%5Fsecret=Encod3dSecret "
        """-H 'Content-Type: application/json' -d '{"clientSecret": "Camel5ecret"}' """
        "-H 'X-Api-Key: Ap1KeyValue' CLIENT-SECRET=Dash5ecret"
    )
    found = {text[a:b] for a, b in secret_spans(text)}
    assert {"Userinf0Secret", "Encod3dSecret", "Camel5ecret", "Ap1KeyValue", "Dash5ecret"} <= found
    assert "application/json" not in found
