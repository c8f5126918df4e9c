"""Each host's Zoom settings (GET /users/{userId}/settings, its `?option=` shapes), the passcode
rules they carry and how they shape new meetings; the account's tracking fields."""

from __future__ import annotations

import re

import pytest

SETTINGS = "/users/{userId}/settings"
# Zoom's schema for this answer is a oneOf whose branches overlap; each shape has its branch.
MAIN, AUTHENTICATION, SECURITY = "/oneOf/0", "/oneOf/2/oneOf/0", "/oneOf/3"
BRUNO, CHIARA, DAIKI = (
    "bruno.silva@example.com",
    "chiara.rossi@example.com",
    "daiki.tanaka@example.com",
)


def rule_of(api, user):
    settings = api.get(f"/users/{user}/settings").json()
    return settings["schedule_meeting"]["meeting_password_requirement"]


@pytest.mark.parametrize("user", ["me", BRUNO, CHIARA, DAIKI])
def test_every_user_has_settings_that_match_zoom_schema(api, openapi, user):
    response = api.get(f"/users/{user}/settings")
    assert response.status_code == 200
    openapi.validate_response_alternative("GET", SETTINGS, 200, response.json(), MAIN)
    assert {"schedule_meeting", "in_meeting", "recording"} <= response.json().keys()


def test_the_seeded_users_have_different_passcode_rules(api):
    assert rule_of(api, "me")["length"] == 0
    assert rule_of(api, BRUNO)["only_allow_numeric"] is True and rule_of(api, BRUNO)["length"] == 8
    chiara = rule_of(api, CHIARA)
    assert chiara["length"] == 10 and chiara["have_special_character"] is True
    assert chiara["have_upper_and_lower_characters"] is True


def test_meeting_authentication_option_lists_the_authentication_options(api, openapi):
    response = api.get(f"/users/{CHIARA}/settings", params={"option": "meeting_authentication"})
    assert response.status_code == 200
    openapi.validate_response_alternative("GET", SETTINGS, 200, response.json(), AUTHENTICATION)
    body = response.json()
    assert body["meeting_authentication"] is True
    types = {o["type"] for o in body["authentication_options"]}
    assert types == {
        "enforce_login",
        "enforce_login_with_same_account",
        "enforce_login_with_domains",
    }
    assert sum(o["default_option"] for o in body["authentication_options"]) == 1


def test_meeting_security_option_carries_the_passcode_rule(api, openapi):
    response = api.get(f"/users/{BRUNO}/settings", params={"option": "meeting_security"})
    openapi.validate_response_alternative("GET", SETTINGS, 200, response.json(), SECURITY)
    assert response.json()["meeting_security"]["meeting_password_requirement"] == rule_of(
        api, BRUNO
    )


def test_an_unknown_option_is_a_validation_error_and_an_unknown_user_1001(api):
    wrong = api.get("/users/me/settings", params={"option": "everything"})
    assert wrong.status_code == 400 and wrong.json()["errors"][0]["field"] == "option"
    missing = api.get("/users/nobody@example.org/settings")
    assert missing.status_code == 404 and missing.json()["code"] == 1001


@pytest.mark.parametrize(
    "user, pattern",
    [
        ("me", r"[A-Za-z0-9]{6}"),
        (BRUNO, r"[0-9]{8}"),
        (CHIARA, r"[A-Za-z0-9@\-_*]{10}"),
        (DAIKI, r"[A-Za-z0-9]{8}"),
    ],
)
def test_a_generated_passcode_meets_the_hosts_rules(api, user, pattern):
    for _ in range(5):
        meeting = api.post(f"/users/{user}/meetings", json={"topic": "Rules"}).json()
        assert re.fullmatch(pattern, meeting["password"]), meeting["password"]
    if user == CHIARA:
        password = meeting["password"]
        assert any(c in "@-_*" for c in password) and any(c.isdigit() for c in password)
        assert any(c.isupper() for c in password) and any(c.islower() for c in password)


@pytest.mark.parametrize(
    "user, password, words",
    [
        (BRUNO, "abc12345", "only numeric"),
        (BRUNO, "1234567", "at least 8"),
        (CHIARA, "Abcdefgh12", "special character"),
        (CHIARA, "aaaa-B1234", "consecutive"),
        (DAIKI, "abcdefgh", "a number"),
    ],
)
def test_a_passcode_breaking_the_hosts_rules_is_refused_on_create_and_update(
    sandbox, api, user, password, words
):
    response = api.post(f"/users/{user}/meetings", json={"topic": "x", "password": password})
    assert response.status_code == 400 and response.json()["code"] == 300
    [error] = response.json()["errors"]
    assert error["field"] == "password" and words in error["message"]
    meeting = api.post(f"/users/{user}/meetings", json={"topic": "x"}).json()
    update = api.patch(f"/meetings/{meeting['id']}", json={"password": password})
    assert update.status_code == 400 and update.json()["errors"][0]["field"] == "password"


def test_a_new_meeting_starts_from_its_hosts_defaults(api):
    daiki = api.post(f"/users/{DAIKI}/meetings", json={"topic": "Defaults"}).json()["settings"]
    assert daiki["waiting_room"] and daiki["host_video"] and daiki["participant_video"]
    assert daiki["auto_recording"] == "cloud"
    owner = api.post("/users/me/meetings", json={"topic": "Defaults"}).json()["settings"]
    assert not owner["waiting_room"] and owner["auto_recording"] == "none"
    chosen = api.post(
        f"/users/{DAIKI}/meetings", json={"settings": {"waiting_room": False}}
    ).json()["settings"]
    assert chosen["waiting_room"] is False  # the body wins over the defaults


def test_the_account_tracking_fields_match_zoom_schema(api, openapi):
    response = api.get("/tracking_fields")
    assert response.status_code == 200
    openapi.validate_response("GET", "/tracking_fields", 200, response.json())
    fields = {f["field"]: f for f in response.json()["tracking_fields"]}
    assert response.json()["total_records"] == len(fields) >= 3
    assert fields["Cost centre"]["required"] is True and fields["Cost centre"]["recommended_values"]
    assert any(not f["required"] for f in fields.values())
    assert any(not f["visible"] for f in fields.values())


def test_tracking_fields_are_stored_on_create_and_replaced_on_update(api, openapi):
    body = {
        "topic": "Tracked",
        "tracking_fields": [
            {"field": "Cost centre", "value": "Finance"},
            {"field": "Billing reference", "value": "PO-17"},
        ],
    }
    openapi.validate_request_body("POST", "/users/{userId}/meetings", body)
    created = api.post("/users/me/meetings", json=body)
    assert created.status_code == 201
    assert created.json()["tracking_fields"] == [
        {"field": "Cost centre", "value": "Finance", "visible": True},
        {"field": "Billing reference", "value": "PO-17", "visible": False},
    ]
    change = {"tracking_fields": [{"field": "Project code", "value": "Z-9"}]}
    assert api.patch(f"/meetings/{created.json()['id']}", json=change).status_code == 204
    fetched = api.get(f"/meetings/{created.json()['id']}").json()
    openapi.validate_response("GET", "/meetings/{meetingId}", 200, fetched)
    assert fetched["tracking_fields"] == [
        {"field": "Project code", "value": "Z-9", "visible": True}
    ]


def test_a_delete_accepts_the_cancellation_email_options(api):
    meeting = api.post("/users/me/meetings", json={"topic": "Cancelled"}).json()
    params = {"schedule_for_reminder": "true", "cancel_meeting_reminder": "false"}
    wrong = api.delete(f"/meetings/{meeting['id']}", params={"cancel_meeting_reminder": "yes"})
    assert (
        wrong.status_code == 400 and wrong.json()["errors"][0]["field"] == "cancel_meeting_reminder"
    )
    assert api.delete(f"/meetings/{meeting['id']}", params=params).status_code == 204
    assert api.get(f"/meetings/{meeting['id']}").status_code == 404
