"""The meeting schema's rules as the form, the CLI's `--set` and bulk import meet them: each kind
of value refused with its sentence, command-line text read as the field's type, where a
setting applies and what it depends on. Written for the mutants of meeting_schema.py the first
mutation run left alive."""

from __future__ import annotations

import pytest

from zoomdesk.core import meeting_schema as schema
from zoomdesk.core.meeting_schema import Applies, Kind
from zoomdesk.core.models import MeetingType


def problem(key: str, value: object) -> str:
    found = schema.spec(key).problems(value)
    assert [p.field for p in found] in ([], [key])
    return found[0].message if found else ""


def test_a_setting_is_named_with_its_prefix_and_a_field_without():
    assert schema.spec("settings.waiting_room").key == "settings.waiting_room"
    assert schema.spec("topic").key == "topic"
    assert schema.setting("waiting_room") is schema.spec("settings.waiting_room")
    assert schema.setting("topic") is None
    with pytest.raises(KeyError):
        schema.spec("waiting_room")


def test_a_title_drops_the_keyboard_mnemonic():
    assert schema.spec("topic").title == "Topic"
    assert schema.spec("settings.waiting_room").title == "Admit people from a waiting room"


def test_a_value_not_given_is_never_a_problem():
    for spec in (*schema.FIELDS, *schema.SETTINGS):
        assert spec.problems(None) == []


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("settings.waiting_room", True, ""),
        ("settings.waiting_room", 1, "Must be true or false."),
        ("settings.audio", "voip", ""),
        ("settings.audio", "VOIP", "Must be one of both, telephony, voip."),
        ("settings.jbh_time", 5, ""),
        ("settings.jbh_time", 5.0, "Must be one of 0, 5, 10."),
        ("settings.jbh_time", True, "Must be one of 0, 5, 10."),
        ("settings.jbh_time", "5", "Must be one of 0, 5, 10."),
        ("type", MeetingType.SCHEDULED, ""),
        ("duration", 1, ""),
        ("duration", 1440, ""),
        ("duration", 0, "Must be between 1 and 1440."),
        ("duration", 1441, "Must be between 1 and 1440."),
        ("duration", True, "Must be a whole number."),
        ("duration", 45.0, "Must be a whole number."),
        ("topic", "t" * 200, ""),
        ("topic", "t" * 201, "At most 200 characters (201)."),
        ("topic", 7, "Must be text."),
        ("password", "Ab1@-_*", ""),
        ("password", "a b", "Only letters, digits and @ - _ * are allowed."),
        ("settings.alternative_hosts", "", ""),
        ("settings.alternative_hosts", "a@example.com; b@example.org,c@x.io", ""),
        ("settings.alternative_hosts", "a@example.com;bob", "Not an email address: bob"),
        ("settings.alternative_hosts", "x@y;z@w", "Not an email address: x@y"),
        ("settings.contact_email", "", ""),
        ("settings.contact_email", "jill@example", "Not an email address."),
        ("settings.global_dial_in_countries", ["US", "DE"], ""),
        ("settings.global_dial_in_countries", [], ""),
        ("settings.global_dial_in_countries", ["US", "de"],
         "'de': Country codes are two capital letters, e.g. DE."),
        ("settings.global_dial_in_countries", "US", 'Must be a list of text, e.g. ["US", "DE"].'),
        ("settings.global_dial_in_countries", ["US", 1],
         'Must be a list of text, e.g. ["US", "DE"].'),
    ],
)  # fmt: skip
def test_each_kind_of_value_is_refused_with_its_sentence(key, value, message):
    assert problem(key, value) == message


def test_a_text_setting_without_limits_takes_any_text():
    assert problem("settings.contact_name", "x" * 5000) == ""


@pytest.mark.parametrize(
    ("key", "text", "value"),
    [
        ("settings.waiting_room", "true", True),
        ("settings.jbh_time", "10", 10),
        ("settings.audio", "voip", "voip"),
        ("settings.audio", '"voip"', "voip"),
        ("topic", "42", "42"),
        ("topic", "true", "true"),
        ("settings.alternative_hosts", "a@example.com", "a@example.com"),
        ("settings.global_dial_in_countries", "US,DE", ["US", "DE"]),
        ("settings.global_dial_in_countries", "US; DE  FR", ["US", "DE", "FR"]),
        ("settings.global_dial_in_countries", '["US", "DE"]', ["US", "DE"]),
        ("duration", "30", 30),
    ],
)
def test_command_line_text_is_read_as_the_fields_type(key, text, value):
    assert schema.spec(key).parse(text) == value


@pytest.mark.parametrize(
    ("key", "text", "message"),
    [
        ("settings.waiting_room", "yes", "Must be true or false."),
        ("settings.jbh_time", "7", "Must be one of 0, 5, 10."),
        ("duration", "0", "Must be between 1 and 1440."),
        ("settings.alternative_hosts", "nobody", "Not an email address: nobody"),
    ],
)
def test_command_line_text_that_is_not_a_value_says_why(key, text, message):
    with pytest.raises(ValueError, match=f"^{message}$"):
        schema.spec(key).parse(text)


def test_emails_and_lists_are_split_on_their_separators_and_blanks_dropped():
    assert schema.split_emails(" a@x.io ;b@y.io,, ") == ["a@x.io", "b@y.io"]
    assert schema.split_list(" US,,DE;FR\tIT ") == ["US", "DE", "FR", "IT"]


def test_where_a_field_applies_follows_the_request_and_the_meeting_type():
    registration = schema.setting("registration_type")
    assert registration is not None
    assert registration.applies_to(Applies.CREATE)
    assert registration.applies_to(Applies.CREATE, MeetingType.RECURRING_FIXED_TIME)
    assert not registration.applies_to(Applies.CREATE, MeetingType.SCHEDULED)
    assert not registration.applies_to(Applies.OCCURRENCE)
    agenda = schema.spec("agenda")
    assert agenda.applies_to(Applies.OCCURRENCE) and agenda.applies_to(Applies.SERIES)


def test_a_dependent_setting_is_enabled_only_by_its_required_values():
    jbh_time = schema.spec("settings.jbh_time")
    assert jbh_time.enabled_by({"join_before_host": True})
    assert not jbh_time.enabled_by({"join_before_host": False})
    assert not jbh_time.enabled_by({})
    contact = schema.spec("settings.contact_name")
    assert contact.enabled_by({"approval_type": 0}) and contact.enabled_by({"approval_type": 1})
    assert not contact.enabled_by({"approval_type": 2})
    assert schema.spec("settings.waiting_room").enabled_by({})


def test_settings_are_grouped_by_the_forms_sections():
    advanced = list(schema.settings_in("advanced"))
    assert advanced and all(s.section == "advanced" and s.setting for s in advanced)
    assert schema.spec("settings.focus_mode") in advanced
    assert list(schema.settings_in("nowhere")) == []


def test_an_unknown_setting_names_up_to_three_close_ones_or_none():
    assert schema.closest_keys("settings.waiting_rom") == ["waiting_room", "watermark"]
    assert len(schema.closest_keys("registrants", count=5)) > 3
    assert len(schema.closest_keys("registrants")) == 3
    assert schema.unknown_setting("settings.waiting_rom") == (
        "zoomdesk does not know the setting 'waiting_rom'. Did you mean waiting_room or watermark?"
    )
    assert schema.unknown_setting("jbh_tim").endswith(". Did you mean jbh_time?")
    assert schema.unknown_setting("qqqq") == "zoomdesk does not know the setting 'qqqq'."


def test_the_meeting_type_offers_its_three_kinds_with_labels():
    kinds = schema.spec("type").choices
    assert [c.value for c in kinds] == [
        MeetingType.SCHEDULED,
        MeetingType.RECURRING_FIXED_TIME,
        MeetingType.RECURRING_NO_FIXED_TIME,
    ]
    assert kinds[0].label == "One-time meeting"
    assert schema.spec("type").kind is Kind.TYPE
