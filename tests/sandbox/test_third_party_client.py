"""The sandbox is usable unmodified by a third-party Zoom client: prschmid/zoomus (requests-based,
form-body token request) pointed at its base URLs, as a user would point it at Zoom."""

from __future__ import annotations

from datetime import UTC, datetime

from zoomus import ZoomClient

from zoomdesk.sandbox import Sandbox


def test_a_third_party_zoom_library_works_against_the_sandbox_unmodified() -> None:
    box = Sandbox().start()
    try:
        client = ZoomClient(
            "sandbox-client-id",
            "sandbox-client-secret",
            "sandbox-account",
            base_uri=box.api_base,
            oauth_uri=f"{box.url}/oauth/token",
        )
        users = client.user.list()
        assert users.status_code == 200 and users.json()["users"]
        host = users.json()["users"][0]["id"]
        created = client.meeting.create(
            user_id=host,
            topic="From zoomus",
            type=2,
            duration=30,
            start_time=datetime(2027, 1, 5, 10, 0, tzinfo=UTC),
        )
        assert created.status_code == 201
        meeting_id = created.json()["id"]
        assert created.json()["start_time"] == "2027-01-05T10:00:00Z"
        assert client.meeting.update(id=meeting_id, topic="Renamed").status_code == 204
        assert client.meeting.get(id=meeting_id).json()["topic"] == "Renamed"
        listed = client.meeting.list(user_id=host).json()["meetings"]
        assert meeting_id in {m["id"] for m in listed}
        assert client.meeting.delete(id=meeting_id).status_code == 204
        assert client.meeting.get(id=meeting_id).json()["code"] == 3001
        assert box.count("POST", "/oauth/token") == 1
    finally:
        box.stop()
