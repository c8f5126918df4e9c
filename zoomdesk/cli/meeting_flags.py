"""The meeting flags of `zoomdesk meetings create|update` read into values of the core: a start,
a `Recurrence`, settings and fields from `--set`, tracking fields, a `--body` file. Every bad
value is a `DraftInvalid` naming the flag (exit 2, nothing sent)."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from zoomdesk.core import meeting_schema as schema
from zoomdesk.core.errors import DraftInvalid, FieldError
from zoomdesk.core.models import Json, Recurrence, RecurrenceType, zone
from zoomdesk.core.wallclock import check_wall_clock, year_problem

REPEATS = {"daily": RecurrenceType.DAILY, "weekly": RecurrenceType.WEEKLY,
           "monthly": RecurrenceType.MONTHLY}  # fmt: skip
RECURRENCE_FLAGS = ("repeat", "every", "on_days", "month_day", "month_week", "month_weekday",
                    "until", "times")  # fmt: skip
# The draft names recurrence fields as Zoom does; a CLI user typed these flags.
FLAGS = {
    "recurrence.weekly_days": "--on-days",
    "recurrence.repeat_interval": "--every",
    "recurrence.monthly_day": "--month-day",
    "recurrence.monthly_week": "--month-day or --month-week/--month-weekday",
    "recurrence.end_times": "--times",
    "recurrence.end_date_time": "--until",
}


def as_flag(problem: FieldError) -> FieldError:
    flag = FLAGS.get(problem.field)
    return FieldError(f"{problem.field} ({flag})", problem.message) if flag else problem


def read_body(source: str) -> Any:
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except OSError as error:
        raise DraftInvalid(
            [FieldError("--body", f"cannot read {source}: {error.strerror}")]
        ) from None
    try:
        return json.loads(text)
    except ValueError as error:
        raise DraftInvalid([FieldError("--body", f"not JSON: {error}")]) from None


def parse_start(text: str) -> datetime:
    for fmt in ("%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"):
        try:
            value = datetime.strptime(text, fmt)
        except ValueError:
            continue
        if problem := year_problem(value):
            raise DraftInvalid([FieldError("start", f"{text!r}: {problem}")])
        return value
    raise DraftInvalid([FieldError("start", f"{text!r} is not YYYY-MM-DDTHH:MM")])


def checked_wall_clock(start: datetime, tz: str) -> None:
    """A start the clocks skip is refused; one they pass twice is sent, with a note saying
    which of the two it is (Zoom is sent the wall-clock time and reads it the same way)."""
    tzinfo = zone(tz)
    if tzinfo is None:
        return  # the draft's own check names the unknown zone
    issue = check_wall_clock(start, tzinfo, tz)
    if issue is None:
        return
    if issue.kind == "gap":
        raise DraftInvalid([FieldError("start", issue.message)])
    sys.stderr.write(f"zoomdesk: note: {issue.message}\n")


def recurrence_from(
    args: argparse.Namespace, base: Recurrence | None, tz: str
) -> Recurrence | None:
    """The recurrence flags applied to `base` (the body's, or the meeting's on update)."""
    if not any(getattr(args, flag) is not None for flag in RECURRENCE_FLAGS):
        return base
    kind = REPEATS[args.repeat] if args.repeat else (base.type if base else None)
    if kind is None:
        raise DraftInvalid([FieldError("--repeat", "Give --repeat daily, weekly or monthly.")])
    rec = base if base is not None and base.type is kind else Recurrence(kind)
    if args.every is not None:
        rec = replace(rec, repeat_interval=args.every)
    if args.on_days is not None:
        rec = replace(rec, weekly_days=args.on_days)
    if args.month_day is not None:
        rec = replace(rec, monthly_day=args.month_day, monthly_week=None, monthly_week_day=None)
    if (args.month_week is None) != (args.month_weekday is None):
        raise DraftInvalid(
            [FieldError("--month-week", "Give --month-week and --month-weekday together.")]
        )
    if args.month_week is not None:
        week = -1 if args.month_week == "last" else int(args.month_week)
        rec = replace(rec, monthly_day=None, monthly_week=week, monthly_week_day=args.month_weekday)
    if args.until is not None:
        rec = replace(rec, end_times=None, end_date_time=until_utc(args.until, tz))
    if args.times is not None:
        rec = replace(rec, end_date_time=None, end_times=args.times)
    return rec


def until_utc(text: str, tz: str) -> datetime:
    """The series may still meet on its last day: it ends at 23:59 that day in its zone."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise DraftInvalid([FieldError("--until", f"{text!r} is not YYYY-MM-DD")]) from None
    return datetime.combine(day, time(23, 59), zone(tz) or UTC).astimezone(UTC)


# `--set` also takes the top-level fields a script may name the API's way; "passcode" is the
# word Zoom's web portal uses for `password`.
SET_FIELDS = {"topic": "topic", "agenda": "agenda", "password": "password",
              "passcode": "password", "duration": "duration"}  # fmt: skip


def set_values(items: list[str] | None) -> tuple[Json, dict[str, Any]]:
    """`--set KEY=VALUE`…: each KEY a setting of the meeting schema (or one of its top-level
    text and number fields), VALUE JSON or plain text. Returns (settings, fields)."""
    settings: Json = {}
    fields: dict[str, Any] = {}
    problems: list[FieldError] = []
    for item in items or ():
        key, sep, text = item.partition("=")
        name = key.strip().removeprefix("settings.")
        spec = schema.setting(name)
        if not sep:
            problems.append(FieldError("--set", f"{item!r} is not KEY=VALUE"))
            continue
        if spec is None and name in SET_FIELDS and not key.startswith("settings."):
            spec = schema.spec(SET_FIELDS[name])
        if spec is None:
            problems.append(FieldError(f"settings.{name}", schema.unknown_setting(name)))
            continue
        try:
            value = spec.parse(text)
        except ValueError as error:
            problems.append(FieldError(spec.key, str(error)))
            continue
        if spec.setting:
            settings[spec.name] = value
        else:
            fields[spec.name] = value
    if problems:
        raise DraftInvalid(problems)
    return settings, fields


def merge_tracking(
    base: tuple[tuple[str, str], ...], items: list[str] | None
) -> tuple[tuple[str, str], ...]:
    merged = dict(base)
    for item in items or ():
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise DraftInvalid([FieldError("--tracking-field", f"{item!r} is not NAME=VALUE")])
        merged[name.strip()] = value
    return tuple(merged.items())
