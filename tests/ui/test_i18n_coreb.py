"""The texts core builds for the meeting form and the bulk import wizard (schema labels and
choices, validation messages, passcode rules, wall-clock warnings, the import plan) speak the
language the desktop app installed, with its dates; the CLI, which installs none, keeps the
English and the ISO dates its scripts read."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tests.ui.i18n_kit import untranslated
from zoomdesk.core import i18n
from zoomdesk.core import meeting_schema as schema
from zoomdesk.core.bulk.columns import HeaderError, check_header, parse_row
from zoomdesk.core.bulk.csvfile import Sheet
from zoomdesk.core.bulk.plan import make_plan
from zoomdesk.core.drafts import MeetingDraft, timing_problems
from zoomdesk.core.errors import DraftInvalid
from zoomdesk.core.host_defaults import PasscodeRules, passcode_problems
from zoomdesk.core.i18n import translate_marked
from zoomdesk.core.meeting_update import MeetingUpdate
from zoomdesk.core.models import MeetingType, Recurrence, RecurrenceType, User
from zoomdesk.core.registrant_import import read_registrants
from zoomdesk.core.wallclock import check_wall_clock

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
STRICT = PasscodeRules(
    length=8, have_letter=True, have_number=True, have_special_character=True,
    have_upper_and_lower_characters=True, consecutive_characters_length=4,
)  # fmt: skip


def schema_texts() -> list[str]:
    """Every label, row, help, placeholder and choice the form builds from the schema."""
    out = []
    for spec in (*schema.FIELDS, *schema.SETTINGS):
        parts = [spec.label, spec.help, spec.row, spec.placeholder, spec.disabled_note]
        parts += [spec.pattern_message, *(c.label for c in spec.choices)]
        out += [translate_marked("MeetingSetting", p) for p in parts if p]
    return out


def check_messages() -> list[str]:
    """What the form and the wizard say about wrong input, one of each kind."""
    bad = MeetingDraft(
        topic=" ", type=MeetingType.RECURRING_FIXED_TIME, start=datetime(2026, 1, 1, 9),
        timezone="Mars/Olympus", duration=None, password="a b",
        recurrence=Recurrence(RecurrenceType.WEEKLY, repeat_interval=99, end_times=999),
        settings={"waiting_room": "yes", "audio": "loud", "jbh_time": 7, "bogus_setting": 1,
                  "alternative_hosts": "ann@example.com; nobody", "global_dial_in_countries":
                  ["de"], "contact_email": "jill"},
    )  # fmt: skip
    out = [p.message for p in bad.problems(STRICT)]
    late = MeetingDraft("Late", start=datetime(2026, 1, 1, 9), timezone="UTC")
    out += [p.message for p in timing_problems(late, NOW)]
    once = MeetingUpdate(topic="", tracking_fields=(), start=datetime(2026, 1, 1, 9))
    out += [p.message for p in once.problems(occurrence=True)]
    out += passcode_problems("aaaa", STRICT) + passcode_problems("", PasscodeRules())
    out += STRICT.describe()
    zone = ZoneInfo("America/New_York")
    for local in (datetime(2027, 3, 14, 2, 30), datetime(2027, 11, 7, 1, 30)):
        issue = check_wall_clock(local, zone, "America/New_York")
        assert issue is not None
        out.append(issue.message)
    return out


def bulk_messages(tmp_path: Path) -> list[str]:
    out = []
    try:
        check_header(["host", "host", "topik"])
    except HeaderError as error:
        out.append(str(error))
    row = parse_row(2, {"host": "", "meeting_id": "12x", "start": "9999-01-01 09:00",
                        "timezone": "Nowhere", "type": "weekly", "duration": "long",
                        "repeat": "yearly", "on_days": "Funday", "until": "soon"})  # fmt: skip
    out += [p.message for p in row.problems]
    header = ["host", "topic", "start", "timezone"]
    rows = [(n, {"host": "ana@example.com", "topic": f"Lesson {n}", "start":
                 "2027-01-04 09:00", "timezone": "UTC"}) for n in range(2, 105)]  # fmt: skip
    rows.append((105, {"host": "anna@example.com", "topic": "X", "start": "", "timezone": ""}))
    plan = make_plan(Sheet(header, rows, ",", "utf-8"), [User("u1", "ana@example.com")], {},
                     now=NOW)  # fmt: skip
    out += plan.describe() + [p.message for r in plan.problems for p in r.row.problems]
    try:
        read_registrants("email,first_name,shoe_size\nnot-an-address,,42\n")
    except DraftInvalid as invalid:
        out += [f"{p.field}: {p.message}" for p in invalid.problems]
    return out


def shown(texts: list[str]) -> QWidget:
    """The texts as the form shows them: one label each."""
    window = QWidget()
    layout = QVBoxLayout(window)
    for text in texts:
        layout.addWidget(QLabel(text, window))
    return window


def test_under_the_pseudo_locale_no_english_is_left_in_the_schema_or_the_checks(
    ui_language, qtbot, tmp_path
):
    ui_language(pseudo=True)
    window = shown(schema_texts() + check_messages() + bulk_messages(tmp_path))
    qtbot.addWidget(window)
    # Data typed by the user and names the import format keeps in English (machines read them).
    data = ["a b", "loud", "bogus_setting", "nobody", "'de'", "jill", "Mars/Olympus", "'host'",
            "'topik'", "topic", "'12x'", "'9999-01-01 09:00'", "'Nowhere'", "'weekly'", "'long'",
            "yearly", "'Funday'", "'soon'", "duration", "one-time, recurring or no-fixed-time",
            "daily, weekly or monthly", "America/New_York", "EDT", "EST", "anna@example.com",
            "'shoe_size'", "email, first_name, last_name, address, city, state, zip, country, "
            "phone, comments, industry, job_title, org, no_of_employees, purchasing_time_frame, "
            "role_in_purchase_process, language", "first_name", "'not-an-address'",
            "waiting_room", "audio", "jbh_time", "both, telephony, voip", "none",
            "meeting_id", "Lesson"]  # fmt: skip
    assert untranslated(window, data) == []


def test_in_german_the_form_and_its_messages_are_german_with_german_dates(ui_language):
    ui_language("de")
    waiting_room = schema.setting("waiting_room")
    assert waiting_room is not None
    assert translate_marked("MeetingSetting", waiting_room.label) == (
        "Teilnehmer aus dem &Warteraum zulassen"
    )
    assert "Geben Sie ein Thema ein." in [p.message for p in MeetingDraft(" ").problems()]
    local = datetime(2027, 3, 14, 2, 30)
    issue = check_wall_clock(local, ZoneInfo("Europe/Berlin"), "Europe/Berlin")
    assert issue is None  # Berlin moves its clocks two weeks later
    issue = check_wall_clock(local, ZoneInfo("America/New_York"), "America/New_York")
    assert issue is not None
    assert issue.message.startswith(f"02:30 am {i18n.dates().date(local)} gibt es in America")
    assert "2027-03-14" not in issue.message


def test_without_a_language_installed_the_cli_keeps_english_and_iso_dates():
    i18n.reset()
    issue = check_wall_clock(
        datetime(2027, 3, 14, 2, 30), ZoneInfo("America/New_York"), "America/New_York"
    )
    assert issue is not None
    assert issue.message.startswith("02:30 on 2027-03-14 does not exist in America/New_York")
    assert schema.unknown_setting("waiting_rom") == (
        "zoomdesk does not know the setting 'waiting_rom'. Did you mean waiting_room or watermark?"
    )


def test_a_settings_title_in_japanese_drops_the_bracketed_mnemonic(ui_language):
    ui_language("ja")
    waiting_room = schema.setting("waiting_room")
    assert waiting_room is not None
    assert waiting_room.shown_title == "待機室から参加者を入室させる"
    assert i18n.without_mnemonic("Q&&A &Topic") == "Q&A Topic"
