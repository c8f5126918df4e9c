"""`zoomdesk --smoke-test`, run as packaging and the benchmarks run it: a real process whose
only stdout is one JSON line."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

KEYS = {"ok", "window_shown_s", "ready_s", "meetings", "max_stall_ms", "keyring", "sandbox"}
KEYS |= {"cached", "cached_ready_s", "offline"}  # issue 19
KEYS |= {"language"}  # issue 13


def smoke(home: Path, **env: str) -> tuple[int, dict[str, Any], str]:
    environment = {**os.environ, "ZOOMDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    environment.update(env)
    done = subprocess.run(
        [sys.executable, "-m", "zoomdesk", "--smoke-test"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=90,
        check=False,
    )
    lines = done.stdout.splitlines()
    assert len(lines) == 1, f"stdout must be one JSON line, got {done.stdout!r} ({done.stderr})"
    return done.returncode, json.loads(lines[0]), done.stderr


def test_without_credentials_the_smoke_test_passes_against_the_sandbox(
    zoomdesk_home: Path,
) -> None:
    code, result, stderr = smoke(zoomdesk_home)
    assert code == 0, stderr
    assert set(result) == KEYS
    assert result["ok"] is True
    assert result["sandbox"] is True
    assert result["meetings"] >= 1
    assert 0 < result["window_shown_s"] <= result["ready_s"] < 60
    assert result["max_stall_ms"] >= 0
    assert result["keyring"] == "keyring.backends.null.Keyring"


def test_with_credentials_in_the_environment_it_uses_them(
    zoomdesk_home: Path, sandbox: Any
) -> None:
    code, result, stderr = smoke(
        zoomdesk_home,
        ZOOM_ACCOUNT_ID="sandbox-account",
        ZOOM_CLIENT_ID="sandbox-client-id",
        ZOOM_CLIENT_SECRET="sandbox-client-secret",
        ZOOMDESK_OAUTH_URL=sandbox.url,
    )
    assert code == 0, stderr
    assert result["ok"] is True and result["sandbox"] is False
    assert sandbox.count("POST", "/oauth/token") == 1
    assert "sandbox-client-secret" not in stderr


def test_a_failure_prints_ok_false_with_the_reason_and_exits_1(zoomdesk_home: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    code, result, _stderr = smoke(
        zoomdesk_home,
        ZOOM_ACCOUNT_ID="acct",
        ZOOM_CLIENT_ID="client",
        ZOOM_CLIENT_SECRET="secret-value",
        ZOOMDESK_OAUTH_URL=f"http://127.0.0.1:{closed}",
    )
    assert code == 1
    assert result["ok"] is False
    assert KEYS | {"error"} == set(result)
    assert "Network error" in result["error"]
    assert result["ready_s"] is None


def test_the_smoke_test_reports_the_language_the_system_asks_for(zoomdesk_home: Path) -> None:
    speaks = {}
    for lang in ("de_DE.UTF-8", "ja_JP.UTF-8", "pt_PT.UTF-8", "en_US.UTF-8", "ar_EG.UTF-8"):
        code, result, stderr = smoke(zoomdesk_home, LANG=lang, LC_ALL="", LANGUAGE="")
        assert code == 0, stderr
        speaks[lang] = result["language"]
    # Portuguese from Portugal gets the Brazilian catalogue, Arabic (no catalogue) English.
    assert speaks == {
        "de_DE.UTF-8": "de",
        "ja_JP.UTF-8": "ja",
        "pt_PT.UTF-8": "pt_BR",
        "en_US.UTF-8": "en",
        "ar_EG.UTF-8": "en",
    }


def test_the_language_chosen_in_preferences_wins_over_the_system(zoomdesk_home: Path) -> None:
    from zoomdesk.ui.settings import UiSettings

    (zoomdesk_home / "config").mkdir(parents=True)
    settings = UiSettings(zoomdesk_home / "config")
    settings.language = "fr"
    settings.sync()
    code, result, stderr = smoke(zoomdesk_home, LANG="de_DE.UTF-8", LC_ALL="", LANGUAGE="")
    assert code == 0, stderr
    assert result["language"] == "fr"
    code, result, stderr = smoke(zoomdesk_home, LANG="de_DE.UTF-8", ZOOMDESK_PSEUDO="1")
    assert result["language"] == "pseudo"
