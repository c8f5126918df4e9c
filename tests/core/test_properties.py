"""Property-based tests (hypothesis): bad input never crashes, every rejection is explained, and
what passes our checks is what Zoom's schema and the sandbox accept."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, urlencode

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.openapi_check import validate_request_body
from zoomdesk.core.client import error_from_response
from zoomdesk.core.drafts import MeetingDraft
from zoomdesk.core.errors import BadResponseError, TokenError, ZoomDeskError
from zoomdesk.core.meeting_update import MeetingUpdate
from zoomdesk.core.models import Meeting, MeetingType, Recurrence, RecurrenceType
from zoomdesk.core.ratelimit import parse_retry_after
from zoomdesk.core.redact import redact_authorization, redact_text
from zoomdesk.core.tokens import parse_token_response
from zoomdesk.sandbox.validation import validate_meeting

SURROUNDINGS = (
    '{"access_token": "••••••  (sha256 )", "expires_in": 3600} grant_type=x&client_secret= Bearer '
)
ZONES = st.sampled_from(
    [
        "UTC",
        "Europe/Berlin",
        "America/New_York",
        "Asia/Kolkata",
        "Australia/Lord_Howe",
        "Mars/Base",
        "",
    ]
)
TEXT = st.text(max_size=260)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)

recurrences = st.builds(
    Recurrence,
    type=st.sampled_from(list(RecurrenceType)),
    repeat_interval=st.integers(-2, 100),
    weekly_days=st.lists(st.integers(0, 8), max_size=7).map(tuple),
    monthly_day=st.none() | st.integers(-1, 33),
    monthly_week=st.none() | st.sampled_from([-2, -1, 1, 2, 3, 4, 5]),
    monthly_week_day=st.none() | st.integers(0, 8),
    end_times=st.none() | st.integers(-1, 400),
    end_date_time=st.none() | st.just(datetime(2027, 6, 1, tzinfo=UTC)),
)
drafts = st.builds(
    MeetingDraft,
    topic=TEXT,
    type=st.sampled_from(
        [
            MeetingType.SCHEDULED,
            MeetingType.RECURRING_FIXED_TIME,
            MeetingType.RECURRING_NO_FIXED_TIME,
        ]
    ),
    start=st.none() | st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2035, 1, 1)),
    timezone=ZONES,
    duration=st.none() | st.integers(-5, 2000),
    agenda=st.text(max_size=2100),
    password=st.text(max_size=14),
    recurrence=st.none() | recurrences,
    settings=st.fixed_dictionaries(
        {},
        optional={
            "jbh_time": st.sampled_from([0, 5, 7, 10]),
            "auto_recording": st.sampled_from(["none", "cloud", "tape"]),
            "waiting_room": st.booleans(),
            "alternative_hosts": st.sampled_from(["", "a@example.com", "a@example.com;bad"]),
        },
    ),
)


@settings(max_examples=400, deadline=None)
@given(drafts)
def test_a_draft_that_passes_our_checks_passes_zoom_schema_and_the_sandbox(draft):
    problems = draft.problems()
    assert all(p.field and p.message for p in problems)
    if problems:
        return
    body = draft.create_body()
    assert not str(body.get("start_time", "")).endswith("Z")
    validate_request_body("POST", "/users/{userId}/meetings", body)
    assert validate_meeting(body) == []


@settings(max_examples=300, deadline=None)
@given(drafts, drafts)
def test_an_update_body_only_holds_changed_fields_and_is_schema_valid(a, b):
    if a.problems() or b.problems():
        return
    update = MeetingUpdate.diff(a, b)
    assert update.problems() == []
    changes = update.body()
    validate_request_body("PATCH", "/meetings/{meetingId}", changes)
    if "start_time" in changes:
        assert changes["timezone"] == b.timezone
    if not changes:
        # A setting the new draft does not hold is not edited (a form without that row), so
        # only the settings it holds must equal the old ones.
        old, new = a.create_body(), b.create_body()
        old_settings, new_settings = old.pop("settings", {}), new.pop("settings", {})
        assert old == new
        assert {k: old_settings.get(k) for k in new_settings} == new_settings


@settings(max_examples=400, deadline=None)
@given(
    st.integers(100, 599),
    json_values | st.binary(max_size=200).map(lambda b: b),
    st.dictionaries(
        st.sampled_from(
            [
                "retry-after",
                "x-ratelimit-type",
                "x-ratelimit-limit",
                "x-zm-trackingid",
                "content-type",
            ]
        ),
        st.text(max_size=30).filter(lambda s: "\n" not in s and "\r" not in s),
        max_size=4,
    ),
)
def test_any_error_response_becomes_a_typed_error_with_a_summary(status, body, headers):
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    safe = {k: v.encode("ascii", "ignore").decode() for k, v in headers.items()}
    response = httpx.Response(status, content=content, headers=safe)
    error = error_from_response(response, "GET", "/users")
    assert isinstance(error, ZoomDeskError) and error.summary()


@settings(max_examples=300, deadline=None)
@given(st.integers(100, 599), json_values | st.binary(max_size=100))
def test_any_token_response_is_a_token_or_a_typed_error(status, body):
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    try:
        token = parse_token_response(httpx.Response(status, content=content), 0.0)
    except (TokenError, BadResponseError) as error:
        assert error.summary()
    else:
        assert status == 200 and token.value


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_any_meeting_object_from_zoom_is_read_or_refused_cleanly(data):
    if isinstance(data, dict):
        data = {"id": 12345678901, **data}
    try:
        Meeting.from_json(data)  # type: ignore[arg-type]
    except (KeyError, ValueError, TypeError, AttributeError):
        pass  # refused: the client reports such a body as a bad response


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_retry_after_never_crashes(value):
    parse_retry_after(value, datetime(2026, 1, 1, tzinfo=UTC))


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.text(
        alphabet=st.characters(min_codepoint=33, max_codepoint=126), min_size=8, max_size=60
    ).filter(lambda s: '"' not in s and "\\" not in s and s not in SURROUNDINGS)
)
def test_redaction_never_lets_a_token_or_secret_through(secret):
    # A "secret" that is part of the surrounding text (say "grant_ty") would prove nothing.
    body = json.dumps({"access_token": secret, "expires_in": 3600})
    assert secret not in redact_text(body)
    assert quote(secret) not in redact_text(urlencode({"grant_type": "x", "client_secret": secret}))
    assert secret not in redact_authorization(f"Bearer {secret}")


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(json_values)
def test_the_sandbox_answers_any_create_body_with_a_zoom_answer_never_a_crash(sandbox, data):
    with httpx.Client(base_url=sandbox.url) as http:
        token = http.post(
            "/oauth/token",
            data={"grant_type": "account_credentials", "account_id": "sandbox-account"},
            auth=("sandbox-client-id", "sandbox-client-secret"),
        ).json()
        user = sandbox.state.users[0]["id"]
        response = http.post(
            f"/v2/users/{user}/meetings",
            json=data,
            headers={"Authorization": f"Bearer {token['access_token']}"},
        )
    assert response.status_code in (201, 400), response.text
    if response.status_code == 400:
        body: dict[str, Any] = response.json()
        assert body["code"] == 300 and body["message"]
