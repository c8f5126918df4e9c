"""Zoom's rate-limit figures as the sandbox reports them
(https://developers.zoom.us/docs/api/rate-limits/).

Per account and rate-limit label: the per-second limits of a Pro plan (shown in a QPS 429) and the
daily quotas of a Free plan (the figures seen in real X-RateLimit-Limit headers, devforum 18928).
The daily quotas are reported in headers but not enforced: a `rate_limit_daily` fault simulates
running out."""

from __future__ import annotations

QPS_LIMIT = {"Light": 30, "Medium": 20, "Heavy": 10}
DAILY_QUOTA = {"Light": 6000, "Medium": 2000, "Heavy": 1000}
