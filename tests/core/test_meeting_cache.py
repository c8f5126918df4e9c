"""The meeting cache: what a user saw last, on disk, without a single passcode."""

from __future__ import annotations

import os
import stat
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from zoomdesk.core.meeting_cache import (
    ALL_HOSTS,
    MeetingCache,
    MeetingCaches,
    connection_key,
    without_passcodes,
)

PASSCODE = "Zx9@q-7_k*"


def _files_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


async def _meeting_from_zoom(h: Any) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """A meeting with a passcode, as Zoom lists it and as Zoom shows it."""
    created = await h.client.create_meeting(
        "me",
        {"topic": "Board", "type": 2, "start_time": "2030-01-02T10:00:00", "duration": 30,
         "timezone": "Europe/Berlin", "password": PASSCODE,
         "settings": {"waiting_room": True}},
    )  # fmt: skip
    listed = await h.client.list_meetings_raw("me")
    shown = await h.client.get_meeting(created.id)
    return listed, shown.raw


def test_a_list_and_details_round_trip_with_no_passcode_in_the_file(harness, app_paths):
    listed, shown = harness(_meeting_from_zoom)
    assert shown["password"] == PASSCODE and "pwd=" in shown["join_url"]  # Zoom sent them
    secrets = {shown[k] for k in ("password", "h323_password", "pstn_password")}
    secrets.add(shown["encrypted_password"])
    caches = MeetingCaches(app_paths.meeting_cache)
    cache = caches.for_key("Acme")
    as_of = datetime(2030, 1, 1, 7, 41, tzinfo=UTC)
    cache.save_list("me", "scheduled", listed, as_of)
    cache.save_meeting(shown)
    caches.close()

    on_disk = _files_bytes(app_paths.meeting_cache)
    assert b"Board" in on_disk
    for secret in secrets:
        assert secret.encode() not in on_disk
    assert b"zak=" not in on_disk  # the host's start link is not kept either

    again = MeetingCaches(app_paths.meeting_cache).for_key("Acme")
    cached = again.load_list("me", "scheduled")
    assert cached is not None and cached.as_of == as_of
    assert cached.meetings == [without_passcodes(m) for m in listed]
    details = again.load_meeting(shown["id"])
    assert details is not None
    assert details.meeting["topic"] == "Board"
    assert details.meeting["settings"]["waiting_room"] is True
    assert details.meeting["join_url"] == shown["join_url"].split("?")[0]
    assert not {"password", "h323_password", "pstn_password", "encrypted_password"} & set(
        details.meeting
    )


def test_passcodes_nested_in_settings_and_links_are_removed():
    meeting = {
        "id": 1,
        "join_url": "https://zoom.us/j/1?pwd=SECRET1&uname=ann",
        "settings": {"password": "SECRET2", "global_dial_in_numbers": [{"pstn_password": "S3"}]},
        "agenda": "Join at https://zoom.us/j/1?a=1&pwd=SECRET4",
    }
    clean = without_passcodes(meeting)
    assert "SECRET" not in repr(clean) and "S3" not in repr(clean)
    assert clean["join_url"] == "https://zoom.us/j/1?uname=ann"
    assert clean["agenda"] == "Join at https://zoom.us/j/1?a=1"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_the_cache_file_is_readable_by_its_owner_only(app_paths):
    old = os.umask(0o022)
    try:
        cache = MeetingCache(app_paths.meeting_cache, "Acme")
        cache.save_list(ALL_HOSTS, "scheduled", [{"id": 1, "topic": "x"}])
        cache.close()
    finally:
        os.umask(old)
    assert stat.S_IMODE(cache.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(cache.path.parent.stat().st_mode) == 0o700


def test_profiles_never_see_each_others_meetings_and_forgetting_one_keeps_the_other(app_paths):
    caches = MeetingCaches(app_paths.meeting_cache)
    caches.for_key("Acme").save_list("me", "scheduled", [{"id": 1, "topic": "Acme board"}])
    caches.for_key("Beta").save_list("me", "scheduled", [{"id": 2, "topic": "Beta team"}])
    acme = caches.for_key("Acme").load_list("me", "scheduled")
    beta = caches.for_key("Beta").load_list("me", "scheduled")
    assert acme is not None and [m["topic"] for m in acme.meetings] == ["Acme board"]
    assert beta is not None and [m["topic"] for m in beta.meetings] == ["Beta team"]
    assert caches.for_key("Gamma").load_list("me", "scheduled") is None
    assert caches.for_key("Acme").path != caches.for_key("Beta").path

    caches.forget("Acme")
    assert not caches.for_key("Acme").path.exists()
    assert caches.for_key("Acme").load_list("me", "scheduled") is None
    assert caches.for_key("Beta").load_list("me", "scheduled") is not None
    caches.close()


def test_lists_are_kept_per_host_and_list_type(app_paths):
    cache = MeetingCache(app_paths.meeting_cache, "Acme")
    cache.save_list("ann@example.org", "scheduled", [{"id": 1}])
    cache.save_list("ann@example.org", "previous_meetings", [{"id": 2}])
    cache.save_list("bob@example.org", "scheduled", [{"id": 3}])
    cache.save_list("ann@example.org", "scheduled", [{"id": 4}])  # replaces the first
    got = {
        (host, kind): [m["id"] for m in listed.meetings]
        for host, kind in [
            ("ann@example.org", "scheduled"),
            ("ann@example.org", "previous_meetings"),
            ("bob@example.org", "scheduled"),
        ]
        if (listed := cache.load_list(host, kind))
    }
    assert got == {
        ("ann@example.org", "scheduled"): [4],
        ("ann@example.org", "previous_meetings"): [2],
        ("bob@example.org", "scheduled"): [3],
    }
    cache.close()


def test_a_damaged_cache_file_is_a_miss_not_a_crash(app_paths):
    cache = MeetingCache(app_paths.meeting_cache, "Acme")
    cache.path.parent.mkdir(parents=True)
    cache.path.write_bytes(b"this is not a database" * 100)
    assert cache.load_list("me", "scheduled") is None
    cache.save_list("me", "scheduled", [{"id": 1}])  # logged, not raised
    cache.forget()
    cache.save_list("me", "scheduled", [{"id": 1}])
    assert cache.load_list("me", "scheduled") is not None
    cache.close()


def test_connections_from_the_environment_get_a_cache_per_account():
    assert connection_key("Acme", "a1", "https://zoom.us") == "Acme"
    first = connection_key(None, "a1", "https://zoom.us")
    assert first != connection_key(None, "a2", "https://zoom.us")
    assert first != connection_key(None, "a1", "https://zoomgov.com")
