"""Rate-limit headers as a caller sees them: when a Retry-After says to come back, in each form
Zoom and proxies send it, whatever the machine's time zone; and the limits Zoom reports."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from tests.core.local_zone import auckland  # noqa: F401 (a fixture)
from zoomdesk.core.errors import RateLimit
from zoomdesk.core.ratelimit import next_utc_midnight, parse_retry_after, read_rate_limit

NOW = datetime(2026, 11, 28, 20, 0, tzinfo=UTC)


def is_utc(moment: datetime | None) -> bool:
    return moment is not None and moment.utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [("0", 0), ("1", 1), ("2.5", 2.5), (" 80 ", 80), ("120", 120), ("86400", 86400)],
)
def test_retry_after_in_seconds_counts_from_now(value, seconds):
    assert parse_retry_after(value, NOW) == NOW + timedelta(seconds=seconds)


def test_retry_after_just_under_three_years_is_still_read():
    assert parse_retry_after("99999999", NOW) == NOW + timedelta(seconds=99_999_999)


@pytest.mark.parametrize("value", ["100000000", "1e9", "-1", "-0.5", "inf", "nan", "1e400"])
def test_retry_after_that_is_negative_absurd_or_not_a_number_is_unreadable(value):
    assert parse_retry_after(value, NOW) is None


@pytest.mark.parametrize("value", ["", None, "soon", "2026-13-40T00:00:00Z", "Sun, 99 Foo"])
def test_retry_after_that_is_absent_or_garbage_is_unreadable(value):
    assert parse_retry_after(value, NOW) is None


def test_zooms_iso_retry_after_is_an_absolute_utc_time():
    moment = parse_retry_after("2026-11-29T00:00:00Z", NOW)
    assert moment == datetime(2026, 11, 29, tzinfo=UTC) and is_utc(moment)


@pytest.mark.usefixtures("auckland")
def test_an_iso_retry_after_without_an_offset_is_read_as_utc():
    moment = parse_retry_after("2026-11-29T00:00:00", NOW)
    assert moment == datetime(2026, 11, 29, tzinfo=UTC) and is_utc(moment)
    assert moment - NOW == timedelta(hours=4)  # comparable with an aware time, no TypeError


def test_an_iso_retry_after_with_an_offset_is_the_same_moment_in_utc():
    moment = parse_retry_after(" 2026-11-29T02:00:00+02:00 ", NOW)
    assert moment == datetime(2026, 11, 29, tzinfo=UTC)
    assert is_utc(moment) and moment is not None and moment.hour == 0


@pytest.mark.usefixtures("auckland")
@pytest.mark.parametrize(
    "value",
    [
        "Sun, 29 Nov 2026 00:00:00 GMT",
        "Sun, 29 Nov 2026 02:00:00 +0200",
        "Sun, 29 Nov 2026 00:00:00 -0000",
        "Sat, 28 Nov 2026 19:00:00 -0500",
    ],
)
def test_an_http_date_retry_after_is_the_same_moment_in_utc_in_any_local_zone(value):
    moment = parse_retry_after(value, NOW)
    assert moment == datetime(2026, 11, 29, tzinfo=UTC) and is_utc(moment)


@pytest.mark.usefixtures("auckland")
def test_zooms_daily_limit_resets_at_the_next_utc_midnight_in_any_local_zone():
    # 10:00 on 29 Nov in Auckland is still 28 Nov in UTC: the reset is 29 Nov 00:00 UTC.
    local = datetime(2026, 11, 29, 10, 0, tzinfo=timezone(timedelta(hours=13)))
    reset = next_utc_midnight(local)
    assert reset == datetime(2026, 11, 29, tzinfo=UTC) and is_utc(reset)


@pytest.mark.parametrize(
    ("now", "reset"),
    [
        (datetime(2026, 11, 28, 0, 0, tzinfo=UTC), datetime(2026, 11, 29, tzinfo=UTC)),
        (datetime(2026, 11, 28, 23, 59, 59, tzinfo=UTC), datetime(2026, 11, 29, tzinfo=UTC)),
        (datetime(2026, 12, 31, 12, 0, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)),
    ],
)
def test_the_daily_reset_is_always_the_following_midnight(now, reset):
    assert next_utc_midnight(now) == reset


def test_every_rate_limit_header_zoom_sends_is_read():
    limit = read_rate_limit(
        {
            "x-ratelimit-category": "Medium",
            "x-ratelimit-type": "QPS",
            "x-ratelimit-limit": "30",
            "x-ratelimit-remaining": "7",
            "retry-after": "3",
        },
        NOW,
    )
    assert limit == RateLimit("Medium", "QPS", 30, 7, NOW + timedelta(seconds=3), "3")


def test_absent_or_unreadable_numbers_are_unknown_not_zero():
    limit = read_rate_limit({"x-ratelimit-limit": "lots", "x-ratelimit-remaining": ""}, NOW)
    assert (limit.limit, limit.remaining, limit.retry_after) == (None, None, None)
    assert read_rate_limit({}, NOW) == RateLimit()


def test_without_a_clock_retry_after_counts_from_the_real_now():
    before = datetime.now(UTC)
    limit = read_rate_limit({"retry-after": "60"})
    after = datetime.now(UTC)
    assert limit.retry_after is not None
    assert before + timedelta(seconds=60) <= limit.retry_after <= after + timedelta(seconds=60)
