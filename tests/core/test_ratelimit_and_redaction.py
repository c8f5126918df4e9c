"""Reading Retry-After in Zoom's three forms, and masking secrets in what is recorded."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta

from zoomdesk.core.ratelimit import next_utc_midnight, parse_retry_after, read_rate_limit
from zoomdesk.core.redact import decode_basic, redact_authorization, redact_text, redact_url

NOW = datetime(2026, 11, 28, 20, 0, tzinfo=UTC)


def test_retry_after_is_read_as_seconds_iso_time_or_http_date():
    assert parse_retry_after("2", NOW) == NOW + timedelta(seconds=2)
    assert parse_retry_after("2026-11-29T00:00:00Z", NOW) == datetime(2026, 11, 29, tzinfo=UTC)
    assert parse_retry_after("Sun, 29 Nov 2026 00:00:00 GMT", NOW) == datetime(
        2026, 11, 29, tzinfo=UTC
    )
    assert parse_retry_after("soon", NOW) is None
    assert parse_retry_after(None, NOW) is None


def test_rate_limit_headers_are_read():
    limit = read_rate_limit(
        {
            "x-ratelimit-category": "Light",
            "x-ratelimit-type": "Daily-limit",
            "x-ratelimit-limit": "100",
            "x-ratelimit-remaining": "0",
            "retry-after": "2026-11-29T00:00:00Z",
        },
        NOW,
    )
    assert (limit.category, limit.type, limit.limit, limit.remaining) == (
        "Light",
        "Daily-limit",
        100,
        0,
    )
    assert limit.retry_after == next_utc_midnight(NOW)
    assert "0 of 100 left" in limit.describe()


def test_basic_credentials_show_the_client_id_and_mask_the_secret():
    header = "Basic " + base64.b64encode(b"my-client:top-secret-value").decode()
    shown = redact_authorization(header)
    assert "my-client" in shown and "top-secret-value" not in shown
    assert header.split()[1] not in shown
    assert decode_basic(header) == ("my-client", "top-secret-value")
    assert "not valid Base64" in redact_authorization("Basic !!!")


def test_bearer_tokens_and_token_fields_are_masked():
    token = "eyJhbGciOiJIUzUxMiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"
    assert token not in redact_authorization(f"Bearer {token}")
    body = f'{{"access_token":"{token}","token_type":"bearer","expires_in":3600}}'
    assert token not in redact_text(body)
    assert '"expires_in":3600' in redact_text(body)
    assert "zak=" in redact_text('{"start_url":"https://zoom.us/s/1?zak=SECRETZAK"}')
    assert "SECRETZAK" not in redact_text('{"start_url":"https://zoom.us/s/1?zak=SECRETZAK"}')
    assert token not in redact_url(f"https://api.zoom.us/v2/users?access_token={token}&x=1")
    assert "client_secret=abc" not in redact_text("grant_type=x&client_secret=abc")
