"""The profiles file shared by the app and any number of CLI runs: no lost writes, and nothing
stored that could leak credentials or confuse a terminal, whichever front end asks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from zoomdesk.core.profiles import Profile, ProfileInvalid, ProfileStore


def test_twenty_profiles_added_at_once_by_separate_processes_are_all_kept(zoomdesk_home: Path):
    runs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "zoomdesk",
                "profiles",
                "add",
                f"p{i:02d}",
                "--account-id",
                f"A{i}",
                "--client-id",
                f"C{i}",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=os.environ.copy(),
        )
        for i in range(20)
    ]
    outcomes = [(run.communicate(timeout=120)[1], run.returncode) for run in runs]
    assert [status for _, status in outcomes] == [0] * 20, outcomes
    stored = json.loads((zoomdesk_home / "config" / "profiles.json").read_text())
    assert sorted(p["name"] for p in stored["profiles"]) == [f"p{i:02d}" for i in range(20)]
    assert stored["default"] in {f"p{i:02d}" for i in range(20)}


@pytest.mark.parametrize(
    ("field", "profile"),
    [
        ("name", Profile("two\nlines", "A", "C")),
        ("name", Profile("esc\x1b[2J", "A", "C")),
        ("name", Profile("team/a", "A", "C")),
        ("name", Profile("", "A", "C")),
        ("oauth_url", Profile("p", "A", "C", oauth_url="http://zoom.us")),
        ("oauth_url", Profile("p", "A", "C", oauth_url="file:///etc/passwd")),
        ("oauth_url", Profile("p", "A", "C", oauth_url="notaurl")),
        ("api_url", Profile("p", "A", "C", api_url="http://api.example.com/v2")),
    ],
)
def test_the_store_refuses_what_the_app_must_not_save(tmp_path: Path, field, profile):
    store = ProfileStore(tmp_path / "profiles.json")
    with pytest.raises(ProfileInvalid) as caught:
        store.put(profile)
    assert caught.value.field == field
    assert store.load().profiles == {}


def test_the_sandbox_on_this_computer_may_use_plain_http(tmp_path: Path):
    store = ProfileStore(tmp_path / "profiles.json")
    for host in ("127.0.0.1:8080", "localhost:8080", "[::1]:8080"):
        store.put(Profile(host.split(":")[0].strip("[]") or "v6", "A", "C", f"http://{host}"))
    assert len(store.load().profiles) == 3
