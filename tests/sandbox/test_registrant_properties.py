"""Any JSON body sent to the registrant endpoints gets one of Zoom's answers, never a 500."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zoomdesk.sandbox import Sandbox

from .support import api_client

KEYS = ["action", "registrants", "auto_approve", "email", "first_name", "last_name", "id",
        "custom_questions", "title", "value", "org", "status"]  # fmt: skip
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
    | st.sampled_from(["approve", "deny", "cancel", "ann@example.org"]),
    lambda children: (
        st.lists(children, max_size=35)
        | st.dictionaries(st.sampled_from(KEYS), children, max_size=5)
    ),
    max_leaves=40,
)


@pytest.fixture(scope="module")
def box_and_client() -> Any:
    with Sandbox() as box, api_client(box) as api:
        yield box, api


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    suffix=st.sampled_from(["registrants", "registrants/status", "batch_registrants"]),
    body=st.dictionaries(st.sampled_from(KEYS), json_values, max_size=5) | json_values,
)
def test_the_registrant_endpoints_answer_any_json_body_without_a_crash(
    box_and_client, suffix, body
):
    box, api = box_and_client
    meeting = next(m for m in box.state.meetings.values() if m["settings"]["approval_type"] == 1)
    method = "PUT" if suffix.endswith("status") else "POST"
    response: httpx.Response = api.request(method, f"/meetings/{meeting['id']}/{suffix}", json=body)
    assert response.status_code in (200, 201, 204, 400, 404), response.text
    if response.status_code >= 400:
        assert response.json()["code"] and response.json()["message"]
