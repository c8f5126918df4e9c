"""`zoomdesk sandbox` refuses bad options with one line and exit status 2 (issue 14, item 17)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def run_sandbox_command(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "zoomdesk", "sandbox", *args],
        capture_output=True,
        text=True,
        timeout=30,
    )


def assert_usage_error(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("port", ["99999", "-1", "65536"])
def test_a_port_outside_0_to_65535_is_a_usage_error(port):
    assert_usage_error(run_sandbox_command("--port", port), "--port must be from 0 to 65535")


def test_a_state_file_that_is_a_directory_is_a_usage_error(tmp_path):
    assert_usage_error(run_sandbox_command("--state-file", str(tmp_path)), "Is a directory")


def test_dev_null_as_state_file_is_a_usage_error():
    result = run_sandbox_command("--state-file", "/dev/null")
    assert_usage_error(result, "is not a zoomdesk sandbox state file")


@pytest.mark.parametrize(
    "content, words",
    [
        ("{broken", "is not a zoomdesk sandbox state file"),
        ('{"format": "zoomdesk-sandbox-state", "users": 5}', "is a damaged"),
        ('{"format": "zoomdesk-sandbox-state", "users": [], "meetings": [{"id": "x"}]}', "damaged"),
    ],
)
def test_a_corrupt_state_file_is_a_usage_error_and_left_alone(tmp_path, content, words):
    path = tmp_path / "state.json"
    path.write_text(content)
    assert_usage_error(run_sandbox_command("--state-file", str(path)), words)
    assert path.read_text() == content


def test_a_state_file_that_cannot_be_written_is_a_usage_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    target = Path(blocker) / "state.json"  # a folder that is a file
    assert_usage_error(run_sandbox_command("--state-file", str(target)), "cannot write")


@pytest.mark.parametrize("flag", ["--seed-users", "--seed-meetings"])
def test_a_negative_seed_count_is_a_usage_error(flag):
    assert_usage_error(run_sandbox_command(flag, "-1"), "must not be negative")
