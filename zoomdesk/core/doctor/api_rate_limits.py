"""Zoom's rate limits as the doctor explains them: the per-second limit, the account's daily
limits and the per-host limit of 100 meeting creates/updates a day, with the reset time."""

from __future__ import annotations

from datetime import UTC, datetime

from zoomdesk.core.doctor.findings import Finding, Severity
from zoomdesk.core.exchange import Exchange
from zoomdesk.core.i18n import dates, translate
from zoomdesk.core.ratelimit import next_utc_midnight, read_rate_limit

E, W = Severity.ERROR, Severity.WARNING


def zoom_said(message: str) -> str:
    return translate("DoctorResponses", "Zoom: {message}").format(message=message)


def _when(moment: datetime) -> str:
    left = moment - datetime.now(UTC)
    hours, rest = divmod(max(int(left.total_seconds()), 0), 3600)
    if hours:
        wait = translate("DoctorResponses", "in {hours} h {minutes} min").format(
            hours=hours, minutes=rest // 60
        )
    else:
        wait = translate("DoctorResponses", "in {minutes} min {seconds} s").format(
            minutes=rest // 60, seconds=rest % 60
        )
    # `moment` is in UTC: written the user's way, with the zone named
    return f"{dates().datetime(moment)} UTC ({wait})"


def rate_limit_findings(exchange: Exchange, message: str) -> list[Finding]:
    headers = {k.lower(): v for k, v in exchange.response_headers}
    limit = read_rate_limit(headers, exchange.started_at)
    seen = tuple(f"{k}: {v}" for k, v in exchange.response_headers
                 if k.lower().startswith("x-ratelimit") or k.lower() == "retry-after")  # fmt: skip
    lower = message.lower()
    if (
        "meeting create/update" in lower
        or "for a single user" in lower
        or "particular user" in lower
    ):
        reset = next_utc_midnight(exchange.started_at)
        return [
            Finding(
                "rate-limit-user-daily",
                E,
                translate(
                    "DoctorResponses",
                    "This host reached Zoom's limit of 100 meeting creates/updates a day",
                ),
                translate(
                    "DoctorResponses",
                    "Zoom allows 100 create or update requests per day for the meetings of one "
                    "host user. It resets at 00:00 UTC: {reset}.",
                ).format(reset=_when(reset)),
                translate(
                    "DoctorResponses",
                    "Wait until the reset, or spread the work over other host users.",
                ),
                (zoom_said(message), *seen),
            )
        ]
    daily = "daily" in (limit.type or "").lower() or "daily" in lower
    if daily:
        reset = limit.retry_after or next_utc_midnight(exchange.started_at)
        return [
            Finding(
                "rate-limit-daily",
                E,
                translate(
                    "DoctorResponses",
                    "The account reached Zoom's daily limit for this kind of call",
                ),
                translate(
                    "DoctorResponses",
                    "Daily limits are shared by every app of the Zoom account and depend on the "
                    "plan. Retrying now will not help; calls work again at {reset}.",
                ).format(reset=_when(reset)),
                translate(
                    "DoctorResponses",
                    "Wait until the reset time. If it happens often, reduce how often the data "
                    "is reloaded, or ask Zoom about a higher plan.",
                ),
                (zoom_said(message), *seen),
            )
        ]
    explanation = translate(
        "DoctorResponses",
        "Zoom limits requests per second per account (shared by all its apps). This is "
        "short-lived: zoomdesk waits and retries a few times by itself.",
    )
    if limit.retry_after is not None:
        seconds = (limit.retry_after - exchange.started_at).total_seconds()
        explanation += " " + translate(
            "DoctorResponses", "Zoom asked to wait until {time} UTC ({seconds} s)."
        ).format(time=dates().time(limit.retry_after), seconds=f"{max(seconds, 0):.0f}")
    return [
        Finding(
            "rate-limit-qps",
            W,
            translate(
                "DoctorResponses", "Too many requests per second (Zoom's per-second rate limit)"
            ),
            explanation,
            translate(
                "DoctorResponses",
                "Nothing to do unless it keeps happening; then run fewer things at once.",
            ),
            (zoom_said(message), *seen),
        )
    ]
