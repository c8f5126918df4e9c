"""What each failure tells the user: the kind of error a Zoom answer becomes and the one line it
reads as. Answers are real HTTP responses (over loopback where the sandbox can send them)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest

from tests.core.conftest import Harness
from tests.core.local_zone import auckland  # noqa: F401 (a fixture)
from zoomdesk.core.client import error_from_response
from zoomdesk.core.errors import (
    ApiError,
    AuthError,
    BadResponseError,
    DraftInvalid,
    FieldError,
    NetworkError,
    NotFoundError,
    OutcomeUnknownError,
    PermissionError_,
    RateLimit,
    RateLimitError,
    ScopeError,
    ServerError,
    TokenError,
    ValidationError,
    ZoomDeskError,
)


def answer(status: int, body: Any = None, **headers: str) -> ZoomDeskError:
    response = (
        httpx.Response(status, json=body, headers=headers)
        if body is not None
        else httpx.Response(status, headers=headers)
    )
    return error_from_response(response, "PATCH", "/meetings/85746065432")


@pytest.mark.parametrize(
    ("status", "body", "kind"),
    [
        (429, {"code": 429, "message": "Too many requests"}, RateLimitError),
        (400, {"code": 4711, "message": "Invalid access token, lacks scopes"}, ScopeError),
        (400, {"code": 4700, "message": "Invalid access token"}, ScopeError),
        (401, {"code": 104, "message": "Invalid access token"}, ScopeError),
        (400, {"message": "Invalid access token, does not contain scope:[x]"}, ScopeError),
        (401, {"code": 124, "message": "Invalid access token."}, AuthError),
        (404, {"code": 3001, "message": "Meeting does not exist"}, NotFoundError),
        (403, {"code": 200, "message": "No permission."}, PermissionError_),
        (400, {"code": 300, "message": "Validation Failed."}, ValidationError),
        (400, {"code": 1, "errors": [{"field": "topic", "message": "too long"}]}, ValidationError),
        (500, {"code": 500, "message": "Internal error"}, ServerError),
        (503, {"message": "Service Unavailable"}, ServerError),
        (409, {"code": 9, "message": "Conflict"}, ApiError),
        (400, {"code": 3000, "message": "Cannot access webinar info."}, ApiError),
        (499, {"message": "x"}, ApiError),
    ],
)
def test_each_zoom_answer_becomes_the_error_a_user_can_act_on(status, body, kind):
    error = answer(status, body)
    assert type(error) is kind
    assert isinstance(error, ApiError) and error.status == status


def test_an_api_error_names_the_call_the_status_and_zooms_code_and_message():
    error = answer(404, {"code": 3001, "message": "Meeting does not exist: 85746065432."})
    assert error.summary() == (
        "PATCH /meetings/85746065432 failed: HTTP 404, Zoom code 3001: "
        "Meeting does not exist: 85746065432."
    )
    assert str(error) == error.summary()


def test_a_validation_error_lists_every_field_zoom_named():
    error = answer(
        400,
        {
            "code": 300,
            "message": "Validation Failed.",
            "errors": [
                {"field": "settings.jbh_time", "message": "Invalid field."},
                {"field": "topic"},
                {"message": "Invalid meeting."},
                "not an object",
            ],
        },
    )
    assert isinstance(error, ValidationError)
    assert error.errors == (
        FieldError("settings.jbh_time", "Invalid field."),
        FieldError("topic", ""),
        FieldError("", "Invalid meeting."),
    )
    assert error.summary() == (
        "PATCH /meetings/85746065432 failed: HTTP 400, Zoom code 300: Validation Failed. "
        "(settings.jbh_time: Invalid field.; topic: ; : Invalid meeting.)"
    )


def test_an_error_without_a_message_uses_the_http_reason():
    error = answer(403, {"code": 200})
    assert error.summary().endswith("HTTP 403, Zoom code 200: Forbidden")


def test_a_refused_token_and_a_missing_scope_say_what_to_do_in_the_marketplace():
    refused = answer(401, {"code": 124, "message": "Invalid access token."})
    assert refused.summary().endswith(
        "Invalid access token.. Zoom refused the access token; check the app is still activated"
    )
    scope = answer(400, {"code": 4711, "message": "Invalid access token, does not contain scopes"})
    assert "Add the missing scopes to the Server-to-Server app" in scope.summary()
    plain = answer(409, {"code": 9, "message": "Conflict"})
    assert plain.summary().endswith("Zoom code 9: Conflict")


def test_the_tracking_id_zoom_support_asks_for_ends_the_line():
    error = answer(400, {"code": 300, "message": "Bad"}, **{"x-zm-trackingid": "v=2.0;clid=aw1"})
    assert error.summary().endswith(" [tracking id v=2.0;clid=aw1]")
    assert "tracking id" not in answer(400, {"code": 300, "message": "Bad"}).summary()


def test_an_error_raised_outside_a_call_still_reads_as_one_line():
    error = ApiError(500, None, "boom")
    assert error.summary() == "Zoom request failed: HTTP 500: boom"
    assert (error.method, error.path, error.errors) == ("", "", ())  # the details view shows these


def test_the_rate_limit_zoom_reported_travels_with_the_error():
    error = answer(
        429,
        {"code": 429, "message": "You have reached the maximum per-second rate limit."},
        **{
            "x-ratelimit-category": "Light",
            "x-ratelimit-type": "QPS",
            "x-ratelimit-limit": "80",
            "x-ratelimit-remaining": "0",
            "retry-after": "1",
        },
    )
    assert isinstance(error, RateLimitError) and not error.daily
    assert error.rate_limit.describe() == "category Light, type QPS, 0 of 80 left"
    assert error.reset_at is not None and "Resets at" not in error.summary()


@pytest.mark.parametrize(
    ("kind", "message"),
    [("Daily-limit", "Too many requests"), ("DAILY", "x"), (None, "Reached the Daily limit")],
)
def test_a_daily_limit_is_known_by_its_type_or_its_message(kind, message):
    error = RateLimitError(429, 429, message, rate_limit=RateLimit(type=kind))
    assert error.daily


@pytest.mark.usefixtures("auckland")
def test_a_daily_limit_says_when_it_resets_in_utc_whatever_the_zones():
    reset = datetime(2026, 11, 29, 13, 0, tzinfo=timezone(timedelta(hours=13)))
    error = RateLimitError(
        429, 429, "Daily limit.", rate_limit=RateLimit(type="Daily-limit", retry_after=reset)
    )
    assert error.reset_at == reset
    assert error.summary() == (
        "Zoom request failed: HTTP 429, Zoom code 429: Daily limit. "
        "Resets at Sun 29 Nov 2026 00:00 UTC."
    )
    unknown = RateLimitError(429, 429, "Daily limit", rate_limit=RateLimit(type="Daily-limit"))
    assert "Resets at" not in unknown.summary()


def test_a_429_that_is_not_json_is_still_a_rate_limit():
    response = httpx.Response(
        429, text="slow down", headers={"retry-after": "2", "x-zm-trackingid": "trk"}
    )
    error = error_from_response(response, "GET", "/users")
    assert isinstance(error, RateLimitError) and error.status == 429
    assert error.message == "Rate limit reached" and error.code is None
    assert error.tracking_id == "trk" and error.rate_limit.raw_retry_after == "2"
    assert (error.method, error.path) == ("GET", "/users")


@pytest.mark.parametrize(
    ("content_type", "words"),
    [
        ("text/html; charset=utf-8", "returned an HTML page, not Zoom's JSON"),
        ("text/plain", "returned a non-JSON body (text/plain), not Zoom's JSON"),
        (None, "returned a non-JSON body (unknown type), not Zoom's JSON"),
    ],
)
def test_a_body_that_is_not_zooms_json_is_blamed_on_what_is_in_between(content_type, words):
    headers = {"x-zm-trackingid": "trk-5"}
    if content_type:
        headers["content-type"] = content_type
    response = httpx.Response(502, content=b"<h1>Bad gateway</h1>", headers=headers)
    error = error_from_response(response, "GET", "/users")
    assert isinstance(error, BadResponseError) and error.status == 502
    assert error.summary() == (
        f"Unexpected response (HTTP 502): GET /users {words}; a proxy or captive portal may be "
        "in the way [tracking id trk-5]"
    )


def test_a_bad_response_names_its_tracking_id():
    error = BadResponseError(200, "cut off", tracking_id="trk-9")
    assert error.summary() == "Unexpected response (HTTP 200): cut off [tracking id trk-9]"
    assert BadResponseError(200, "cut off").summary() == "Unexpected response (HTTP 200): cut off"


def test_a_network_error_names_its_kind_and_the_request():
    error = NetworkError("dns", "no such host", method="GET", url="https://api.zoom.us/v2/users")
    assert error.summary() == (
        "Network error (dns): GET https://api.zoom.us/v2/users: no such host"
    )
    bare = NetworkError("proxy", "refused")
    assert bare.summary() == "Network error (proxy): refused"
    assert (bare.method, bare.url) == ("", "")  # the details view shows these
    assert not NetworkError("dns", "x").maybe_sent


def test_an_unknown_outcome_says_it_was_not_retried_and_why():
    cause = NetworkError("read timeout", "timed out", maybe_sent=True)
    error = OutcomeUnknownError(cause)
    assert error.cause is cause
    assert error.summary() == (
        "The meeting may or may not have been created: the request was sent but no clear answer "
        "came back (Network error (read timeout): timed out). It was not retried, to avoid a "
        "duplicate; list the host's meetings to check."
    )
    assert str(error) == error.summary()


def test_a_refused_draft_lists_each_problem():
    error = DraftInvalid([FieldError("topic", "required"), FieldError("duration", "too long")])
    assert str(error) == "Invalid meeting: topic: required; duration: too long"
    assert error.summary() == str(error)


def test_a_token_error_carries_what_support_needs():
    error = TokenError(400, "invalid_client", "Invalid client_id", "trk")
    assert (error.status, error.error, error.reason, error.tracking_id) == (
        400,
        "invalid_client",
        "Invalid client_id",
        "trk",
    )
    assert str(error) == error.summary()


def test_a_proxys_html_error_page_over_loopback_is_a_bad_response(harness, sandbox):
    from zoomdesk.sandbox.faults import Fault

    sandbox.faults.add(Fault(kind="status", status=502, html=True, path="^/v2/users$", times=None))

    async def body(h: Harness) -> Any:
        await h.client.list_users()

    with pytest.raises(BadResponseError) as caught:
        harness(body)
    assert "an HTML page" in caught.value.summary()


def test_describe_leaves_out_what_zoom_did_not_send():
    assert RateLimit().describe() == ""
    assert RateLimit(remaining=3).describe() == ""
    assert RateLimit(limit=3).describe() == ""
    assert RateLimit(category="Heavy", remaining=0, limit=10).describe() == (
        "category Heavy, 0 of 10 left"
    )
    assert RateLimit(type="QPS").describe() == "type QPS"
