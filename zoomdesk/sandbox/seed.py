"""Demo data: a small account that shows every kind of meeting, and bulk data for paging and load.

Both are deterministic (seeded random numbers) and relative to the sandbox clock, so "tomorrow's
stand-up" is always tomorrow and the same ids come back on every run."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from zoomdesk.sandbox import registrants, tracking
from zoomdesk.sandbox.timeutil import iso_z, utc_datetime, zone
from zoomdesk.sandbox.user_settings import password_rule

if TYPE_CHECKING:
    from zoomdesk.sandbox.state import SandboxState

_BULK_ZONES = ("America/Los_Angeles", "America/New_York", "Europe/London", "Asia/Kolkata", "UTC")


def default_seed(state: SandboxState) -> None:
    rng = random.Random(20230905)  # the day Zoom stopped revoking older tokens
    now = state.now()

    def local(tz: str, days: int, hour: int, minute: int = 0) -> str:
        """A wall-clock start `days` from today in `tz`, sent without Z as clients do."""
        info = zone(tz)
        assert info is not None
        day = (utc_datetime(now).astimezone(info) + timedelta(days=days)).date()
        return f"{day.isoformat()}T{hour:02d}:{minute:02d}:00"

    def zoom_weekday(tz: str, days: int) -> str:
        info = zone(tz)
        assert info is not None
        day = (utc_datetime(now).astimezone(info) + timedelta(days=days)).date()
        return str((day.weekday() + 1) % 7 + 1)  # Zoom: 1 = Sunday

    owner = state.add_user(
        "avery.chen@example.com", "Avery", "Chen", timezone="America/New_York", role_id="0",
        dept="Operations", rng=rng,
    )  # fmt: skip
    bruno = state.add_user(
        "bruno.silva@example.com", "Bruno", "Silva", timezone="Europe/Lisbon", role_id="1",
        dept="IT", rng=rng,
    )  # fmt: skip
    chiara = state.add_user(
        "chiara.rossi@example.com", "Chiara", "Rossi", timezone="Europe/Rome", dept="Finance",
        rng=rng,
    )  # fmt: skip
    daiki = state.add_user(
        "daiki.tanaka@example.com", "Daiki", "Tanaka", timezone="Asia/Tokyo", dept="Sales",
        rng=rng,
    )  # fmt: skip
    _settings(state, bruno, chiara, daiki)
    state.tracking_fields[:] = tracking.seeded_fields(rng)
    ny = "America/New_York"
    plan: list[tuple[dict[str, Any], dict[str, Any]]] = [
        (owner, {
            "topic": "Weekly team sync", "type": 8, "start_time": local(ny, 1, 15),
            "timezone": ny, "duration": 30, "agenda": "Priorities, blockers, announcements.",
            "recurrence": {"type": 2, "repeat_interval": 1, "weekly_days": zoom_weekday(ny, 1),
                           "end_times": 8},
            "settings": {"mute_upon_entry": True},
        }),
        (owner, {
            "topic": "Quarterly review with Finance", "type": 2, "start_time": local(ny, 2, 10),
            "timezone": ny, "duration": 60,
            "settings": {"host_video": True, "alternative_hosts": chiara["email"]},
        }),
        (owner, {
            "topic": "Vendor onboarding call", "type": 2, "start_time": local(ny, -3, 11),
            "timezone": ny, "duration": 45, "agenda": "Contract, access, first deliverables.",
        }),
        (bruno, {
            "topic": "Daily stand-up", "type": 8, "start_time": local("Europe/Lisbon", 1, 9, 30),
            "timezone": "Europe/Lisbon", "duration": 15,
            "recurrence": {"type": 1, "repeat_interval": 1, "end_times": 10},
        }),
        (owner, {
            "topic": "All-hands (in progress)", "type": 2, "start_time": iso_z(now - 15 * 60),
            "timezone": ny, "duration": 60,
        }),
        (bruno, {
            "topic": "Open office hours", "type": 3, "timezone": "Europe/Lisbon", "duration": 30,
            "settings": {"waiting_room": True},
        }),
        (chiara, {
            "topic": "Monthly board briefing", "type": 8, "start_time": local("Europe/Rome", 1, 17),
            "timezone": "Europe/Rome", "duration": 90,
            "recurrence": {"type": 3, "repeat_interval": 1, "monthly_week": 1,
                           "monthly_week_day": 2, "end_date_time": iso_z(now + 180 * 86400)},
            "settings": {"approval_type": 0},
        }),
        (daiki, {
            "topic": "Customer workshop (recap)", "type": 2,
            "start_time": local("Asia/Tokyo", -10, 14), "timezone": "Asia/Tokyo", "duration": 90,
        }),
        (daiki, {
            "topic": "Product demo for APAC", "type": 2, "start_time": local("Asia/Tokyo", 5, 10),
            "timezone": "Asia/Tokyo", "duration": 45, "password": "demo-2027",
            "settings": {"waiting_room": True, "auto_recording": "cloud", "approval_type": 1},
            "tracking_fields": [{"field": "Cost centre", "value": "Sales"},
                                {"field": "Meeting purpose", "value": "Customer"}],
        }),
    ]  # fmt: skip
    for host, body in plan:
        meeting = state.add_meeting(body, host, rng=rng)
        if body["topic"].endswith("(in progress)"):
            meeting["status"] = "started"  # the one `live` meeting
        if meeting["settings"].get("approval_type") in (0, 1):
            _registrants(meeting, now, rng)


def _settings(state: SandboxState, bruno: Any, chiara: Any, daiki: Any) -> None:
    """Users whose settings differ, so a client must read them: the owner keeps Zoom's defaults;
    Bruno's passcodes are digits only (8); Chiara's need 10 characters with every class; Daiki's
    meetings start with video, a waiting room and cloud recording."""
    rules = {
        bruno["id"]: password_rule(length=8, only_allow_numeric=True),
        chiara["id"]: password_rule(
            length=10,
            have_letter=True,
            have_number=True,
            have_special_character=True,
            have_upper_and_lower_characters=True,
            consecutive_characters_length=4,
        ),
        daiki["id"]: password_rule(length=8, have_letter=True, have_number=True),
    }
    for user_id, rule in rules.items():
        state.user_settings[user_id]["schedule_meeting"]["meeting_password_requirement"] = rule
    daiki_settings = state.user_settings[daiki["id"]]
    daiki_settings["schedule_meeting"].update(host_video=True, participants_video=True)
    daiki_settings["in_meeting"]["waiting_room"] = True
    daiki_settings["recording"]["auto_recording"] = "cloud"
    daiki_settings["meeting_security"]["waiting_room"] = True
    chiara_auth = state.user_settings[chiara["id"]]["meeting_authentication"]
    chiara_auth["meeting_authentication"] = True


def _registrants(meeting: dict[str, Any], now: float, rng: random.Random) -> None:
    """Registrants for a registration meeting: enough to need two pages and two batches of 30
    when a manual-approval meeting's pending ones are approved."""
    count = 45 if meeting["settings"]["approval_type"] == 1 else 3
    first_names = ("Ana", "Ben", "Chen", "Dara", "Eli", "Femi", "Gus", "Hana", "Ivo", "Jun")
    for number in range(count):
        registrant = registrants.register(
            meeting,
            {
                "email": f"guest{number:02d}@guests.example.org",
                "first_name": first_names[number % len(first_names)],
                "last_name": f"Guest {number:02d}",
                "org": "Example Guests",
            },
            now=now - 3600 * (count - number),
            rng=rng,
        )
        if meeting["settings"]["approval_type"] == 1 and number >= 34:
            registrant["status"] = "approved" if number < 42 else "denied"
    if meeting["settings"]["approval_type"] == 1:
        meeting["_questions"] = {
            "questions": [*registrants.DEFAULT_QUESTIONS],
            "custom_questions": [
                {
                    "title": "What would you like to see in the demo?",
                    "type": "short",
                    "required": False,
                    "answers": [],
                },
                {
                    "title": "How did you hear about us?",
                    "type": "single",
                    "required": True,
                    "answers": ["A colleague", "Our website", "An event"],
                },
            ],
        }


def bulk_seed(state: SandboxState, users: int, meetings_per_user: int) -> list[dict[str, Any]]:
    """Many users with many meetings: one-time meetings from 20 days ago to 60 days ahead, every
    tenth a short daily series and every tenth a no-fixed-time meeting; none expired."""
    first = len(state.users)
    rng = random.Random(f"bulk:{first}:{users}:{meetings_per_user}")
    hour = int(state.now()) // 3600 * 3600
    added: list[dict[str, Any]] = []
    for index in range(first, first + users):
        number = index
        while state.find_user(f"user{number:05d}@bulk.example.com") is not None:
            number += users
        tz = _BULK_ZONES[index % len(_BULK_ZONES)]
        user = state.add_user(
            f"user{number:05d}@bulk.example.com", "Bulk", f"User {number}", timezone=tz, rng=rng
        )
        added.append(user)
        for serial in range(meetings_per_user):
            start = hour + 3600 * rng.randrange(-20 * 24, 60 * 24)
            body: dict[str, Any] = {
                "topic": f"Bulk meeting {number}-{serial}",
                "type": 2,
                "start_time": iso_z(start),
                "timezone": tz,
                "duration": rng.choice((15, 30, 45, 60)),
            }
            if serial % 10 == 7:
                body.update(type=8, recurrence={"type": 1, "repeat_interval": 1, "end_times": 4})
            elif serial % 10 == 9:
                body["type"] = 3
            state.add_meeting(body, user, rng=rng)
    return added
