"""Zoom's JSON read without trusting its shape: any JSON value where an object or a string is
documented is answered with a typed error or a sensible default, never a TypeError."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.core.conftest import Harness
from zoomdesk.core.client import error_from_response
from zoomdesk.core.errors import BadResponseError, TokenError, ValidationError
from zoomdesk.core.tokens import parse_token_response


def fault(sandbox: Any, **kw: Any) -> None:
    from zoomdesk.sandbox.faults import Fault

    sandbox.faults.add(Fault(**kw))


@pytest.mark.parametrize(
    "body",
    [
        {"reason": True},
        {"error": 400, "reason": "Invalid client_id or client_secret"},
        {"error": "invalid_client", "reason": ["Invalid", "client"]},
        {"error": {"code": "invalid_client"}, "reason": None},
    ],
)
def test_a_token_refusal_with_odd_json_values_is_a_token_error(harness, sandbox, body):
    fault(sandbox, kind="status", status=400, path="^/oauth/token$", body=body)

    async def get(h: Harness) -> Any:
        await h.tokens.get()

    with pytest.raises(TokenError) as caught:
        harness(get)
    assert caught.value.summary().startswith("Getting a Zoom access token failed: HTTP 400")
    if isinstance(body.get("reason"), str):
        assert body["reason"] in caught.value.summary()


def test_a_token_answer_nested_deeper_than_the_parser_is_a_token_error():
    response = httpx.Response(400, content=b"[" * 100_000, request=None)
    with pytest.raises(TokenError) as caught:
        parse_token_response(response, 0.0)
    assert "HTTP 400 (Bad Request)" in caught.value.summary()


@pytest.mark.parametrize("expires_in", [b"Infinity", b"NaN", b"1e999", b"true"])
def test_a_token_whose_lifetime_is_not_a_finite_number_is_a_bad_response(expires_in):
    content = b'{"access_token": "eyJ.x.y", "expires_in": ' + expires_in + b"}"
    with pytest.raises(BadResponseError) as caught:
        parse_token_response(httpx.Response(200, content=content), 0.0)
    assert "lacks access_token or expires_in" in caught.value.summary()


@pytest.mark.parametrize("errors", [5, True, "email", {"field": "x"}])
def test_a_validation_error_whose_errors_are_not_a_list_still_names_the_code(
    harness, sandbox, errors
):
    body = {"code": 300, "message": "Validation Failed.", "errors": errors}
    fault(sandbox, kind="status", status=400, path="^/v2/users$", body=body)

    async def list_users(h: Harness) -> Any:
        await h.client.list_users()

    with pytest.raises(ValidationError) as caught:
        harness(list_users)
    assert caught.value.errors == ()
    assert "Zoom code 300: Validation Failed." in caught.value.summary()


def test_an_error_code_that_is_true_is_no_code_at_all():
    response = httpx.Response(400, json={"code": True, "message": "odd"})
    error = error_from_response(response, "GET", "/users")
    assert error.summary() == "GET /users failed: HTTP 400: odd"


def test_an_error_body_nested_deeper_than_the_parser_is_a_bad_response():
    response = httpx.Response(502, content=b"[" * 100_000)
    error = error_from_response(response, "GET", "/users")
    assert isinstance(error, BadResponseError) and error.status == 502


@pytest.mark.parametrize("users", [5, "alice", None, {"id": "x"}])
def test_a_user_list_that_is_not_a_list_holds_no_users(harness, sandbox, users):
    fault(sandbox, kind="status", status=200, path="^/v2/users$", body={"users": users})

    async def list_users(h: Harness) -> Any:
        return await h.client.list_users()

    assert harness(list_users) == []


@pytest.mark.parametrize(
    "meeting", [{"id": "not-a-number", "topic": "x"}, {"topic": "no id"}, {"id": 1, "type": []}]
)
def test_a_meeting_zoom_sent_in_another_shape_is_a_bad_response(harness, sandbox, meeting):
    fault(sandbox, kind="status", status=200, path="^/v2/meetings/", body=meeting)

    async def get(h: Harness) -> Any:
        return await h.client.get_meeting(85746065432)

    with pytest.raises(BadResponseError) as caught:
        harness(get)
    assert str(caught.value).startswith(
        "Unexpected response (HTTP 200): GET /meetings/85746065432 did not hold the object Zoom "
        "documents ("
    )
    assert str(caught.value).endswith(("(ValueError)", "(KeyError)", "(TypeError)"))


def test_a_meeting_list_with_an_unreadable_meeting_is_a_bad_response(harness, sandbox):
    body = {"meetings": [{"id": "x"}], "total_records": 1, "next_page_token": ""}
    fault(sandbox, kind="status", status=200, path="/meetings$", method="GET", body=body)

    async def list_meetings(h: Harness) -> Any:
        return await h.client.list_meetings("me")

    with pytest.raises(BadResponseError):
        harness(list_meetings)


def test_a_user_whose_type_is_not_a_number_is_a_bad_response(harness, sandbox):
    fault(sandbox, kind="status", status=200, path="^/v2/users/me$", body={"id": "u", "type": "x"})

    async def get(h: Harness) -> Any:
        return await h.client.get_user("me")

    with pytest.raises(BadResponseError):
        harness(get)
