"""Issue 15: `zoomdesk doctor FILE…` reviews an integration spread over several files, and the
doctor's table of Zoom's paths and meeting fields matches Zoom's OpenAPI file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.core.test_cli import zoomdesk
from zoomdesk.core.doctor import zoom_api

AUTH_JS = """const axios = require("axios");

async function getAccessToken() {
  const response = await axios.post(
    "https://zoom.us/oauth/token",
    new URLSearchParams({ grant_type: "account_credentials", account_id: process.env.ACCOUNT }),
    { auth: { username: process.env.CLIENT_ID, password: process.env.CLIENT_SECRET } },
  );
  return response.data.access_token;
}
module.exports = { getAccessToken };
"""
MEETINGS_JS = """const axios = require("axios");
const { getAccessToken } = require("./auth");

async function listMeetings(userId) {
  const token = await getAccessToken();
  const { data } = await axios.get(`https://api.zoom.us/v2/users/${userId}/meetings`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return data.meetings;
}
"""


def test_an_integration_split_over_two_files_is_reviewed_as_one(tmp_path: Path):
    (tmp_path / "auth.js").write_text(AUTH_JS)
    (tmp_path / "meetings.js").write_text(MEETINGS_JS)
    result = zoomdesk("doctor", str(tmp_path / "auth.js"), str(tmp_path / "meetings.js"))
    assert result.returncode == 1, result.stderr
    out = result.stdout
    assert out.startswith("Read 2 requests (axios code).")
    assert "Across the integration:" in out
    assert "A new access token is fetched for every API call" in out
    assert "auth.js:4" in out and "meetings.js:6" in out  # each finding points at its file:line
    assert "Only the first page of /v2/users/${userId}/meetings is read" in out
    assert "let cached = { token: null, expiresAt: 0 };" in out  # the fix, in axios


def test_a_correct_integration_passes_with_exit_status_0(tmp_path: Path):
    script = Path(__file__).parent / "doctor_corpus" / "requests_right.py"
    result = zoomdesk("doctor", str(script))
    assert result.returncode == 0, result.stdout
    assert "Across the integration" not in result.stdout


def _openapi() -> dict[str, object] | None:
    path = Path(
        os.environ.get("ZOOMDESK_OPENAPI")
        or Path(__file__).parents[2].parent / "shared" / "zoom-openapi" / "meetings-v2.json"
    )
    if not path.exists():
        path = Path("/work/shared/zoom-openapi/meetings-v2.json")
    return json.loads(path.read_text()) if path.exists() else None


def test_the_doctors_paths_and_meeting_fields_are_zooms():
    spec = _openapi()
    if spec is None:
        pytest.skip("Zoom's OpenAPI file is not available (set ZOOMDESK_OPENAPI)")
    paths = spec["paths"]
    assert isinstance(paths, dict)
    verbs = ("get", "post", "patch", "put", "delete")
    assert {p: tuple(m.upper() for m in ops if m in verbs) for p, ops in paths.items()} == (
        zoom_api.PATHS
    )
    for method, path in (zoom_api.CREATE, zoom_api.UPDATE):
        schema = paths[path][method.lower()]["requestBody"]["content"]["application/json"]
        names = set(schema["schema"]["properties"])
        assert names <= set(zoom_api.MEETING_FIELDS) and "topic" in names


def test_the_corrected_code_can_be_asked_for_in_another_library(tmp_path: Path):
    script = Path(__file__).parent / "doctor_corpus" / "requests_params_token.py"
    mine = zoomdesk("doctor", str(script)).stdout
    assert "in Python (requests)" in mine and "data={" in mine
    other = zoomdesk("doctor", "--lang", "powershell", str(script)).stdout
    assert "in PowerShell (Invoke-RestMethod)" in other
    assert '$pair = "$($env:ZOOM_CLIENT_ID):$($env:ZOOM_CLIENT_SECRET)"' in other
    wrong = zoomdesk("doctor", "--lang", "cobol", str(script))
    assert wrong.returncode == 2 and "--lang must be one of" in wrong.stderr
