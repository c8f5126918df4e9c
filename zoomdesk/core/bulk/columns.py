"""The import format's columns, and one spreadsheet row turned into what it asks for.

Every rule is the meeting schema's (`Spec.parse`/`problems`, `MeetingDraft.problems`,
`timing_problems`, the wall-clock check) so a cell is refused for the same reason the form and
the CLI refuse the value; the messages name the column as the spreadsheet does.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, time
from typing import Any

from zoomdesk.core import meeting_schema as schema
from zoomdesk.core.drafts import MeetingDraft, timing_problems
from zoomdesk.core.errors import FieldError
from zoomdesk.core.i18n import translate
from zoomdesk.core.meeting_schema import Kind, either
from zoomdesk.core.models import WEEKDAYS, MeetingType, Recurrence, RecurrenceType, zone
from zoomdesk.core.wallclock import MAX_YEAR, MIN_YEAR, check_wall_clock

MEETING_COLUMNS = ("host", "meeting_id", "topic", "type", "start", "timezone", "duration",
                   "password", "agenda")  # fmt: skip
RECURRENCE_COLUMNS = ("repeat", "every", "on_days", "month_day", "month_week", "month_weekday",
                      "until", "times")  # fmt: skip
SETTING_COLUMNS = tuple(s.key for s in schema.SETTINGS)
COLUMNS = MEETING_COLUMNS + RECURRENCE_COLUMNS + SETTING_COLUMNS
TRACKING = "tracking."
START_FORMATS = ("%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S")
TYPE_WORDS = {
    "one-time": MeetingType.SCHEDULED, "scheduled": MeetingType.SCHEDULED,
    "recurring": MeetingType.RECURRING_FIXED_TIME,
    "no-fixed-time": MeetingType.RECURRING_NO_FIXED_TIME,
    "recurring-no-fixed-time": MeetingType.RECURRING_NO_FIXED_TIME,
}  # fmt: skip
TYPE_NAMES = {MeetingType.SCHEDULED: "one-time", MeetingType.RECURRING_FIXED_TIME: "recurring",
              MeetingType.RECURRING_NO_FIXED_TIME: "no-fixed-time"}  # fmt: skip
REPEAT_WORDS = {"daily": RecurrenceType.DAILY, "weekly": RecurrenceType.WEEKLY,
                "monthly": RecurrenceType.MONTHLY}  # fmt: skip
WEEK_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}
TRUE_WORDS = {"true": "true", "yes": "true", "1": "true", "false": "false", "no": "false",
              "0": "false"}  # fmt: skip
# Where a draft's problem (a schema key) is shown: the column a user typed it in.
_COLUMN_OF = {"start_time": "start", "recurrence": "repeat",
              "recurrence.repeat_interval": "every", "recurrence.weekly_days": "on_days",
              "recurrence.monthly_day": "month_day", "recurrence.monthly_week": "month_week",
              "recurrence.end_times": "times", "recurrence.end_date_time": "until"}  # fmt: skip


class HeaderError(Exception):
    """The header names a column zoomdesk does not know, or none it needs."""


def check_header(header: list[str]) -> None:
    problems = []
    seen: set[str] = set()
    for name in header:
        if name in seen:
            text = translate("Bulk", "the column {name} appears twice")
            problems.append(text.format(name=repr(name)))
        seen.add(name)
        if name in COLUMNS or (name.startswith(TRACKING) and name != TRACKING):
            continue
        near = difflib.get_close_matches(name.lower(), COLUMNS, n=3, cutoff=0.6)
        if near:
            text = translate("Bulk", "unknown column {name} (did you mean {names}?)")
            problems.append(text.format(name=repr(name), names=either(near)))
        else:
            problems.append(translate("Bulk", "unknown column {name}").format(name=repr(name)))
    if "host" not in seen:
        problems.append(translate("Bulk", "the column 'host' is missing (each row needs its host)"))
    if problems:
        raise HeaderError("; ".join(problems))


@dataclass(frozen=True)
class CellProblem:
    column: str
    message: str


@dataclass
class BulkRow:
    """One data row: a create (no `meeting_id`) or an update of only its non-empty cells."""

    line: int
    cells: dict[str, str]
    host: str = ""
    meeting_id: int | None = None
    draft: MeetingDraft | None = None  # a create's whole meeting
    given: dict[str, Any] = field(default_factory=dict)  # an update's cells, parsed (by key)
    tracking: list[dict[str, str]] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def action(self) -> str:
        return "update" if self.meeting_id is not None else "create"

    @property
    def key(self) -> str:
        """What identifies the row across runs: the meeting, or the host, topic and start a
        create makes (so a re-run finds the row wherever it moved in the file)."""
        if self.meeting_id is not None:
            return f"meeting:{self.meeting_id}"
        return "create:" + "|".join(
            (self.host.lower(), self.cells.get("topic", "").strip(), self._start_text())
        )

    def _start_text(self) -> str:
        start = self.draft.start if self.draft else None
        return start.strftime("%Y-%m-%dT%H:%M") if start else self.cells.get("start", "")

    @property
    def fingerprint(self) -> str:
        """Changes when any cell does: an update row edited since it was done is sent again."""
        text = "\x1f".join(f"{k}={v}" for k, v in sorted(self.cells.items()) if v)
        return hashlib.sha256(text.encode()).hexdigest()[:16]

    def problem(self, column: str, message: str) -> None:
        self.problems.append(CellProblem(column, message))


def parse_row(line: int, cells: dict[str, str], *, default_zone: str = "UTC",
              now: datetime | None = None) -> BulkRow:  # fmt: skip
    """`default_zone` is the host's own zone, used when the timezone cell is empty."""
    row = BulkRow(line, cells, host=cells.get("host", ""))
    if not row.host:
        row.problem(
            "host", translate("Bulk", "Enter the host: an email address or a Zoom user ID.")
        )
    meeting_id = cells.get("meeting_id", "")
    if meeting_id:
        if meeting_id.isdigit() and 0 < int(meeting_id) < 2**63:
            row.meeting_id = int(meeting_id)
        else:
            text = translate("Bulk", "{value} is not a meeting ID (digits only).")
            row.problem("meeting_id", text.format(value=repr(meeting_id)))
    values = _parse_cells(row, default_zone)
    row.tracking = [
        {"field": name.removeprefix(TRACKING), "value": value}
        for name, value in cells.items()
        if name.startswith(TRACKING) and value
    ]
    if row.meeting_id is not None or meeting_id:
        row.given = values
        for key, value in values.items():
            if key.startswith("settings.") or key in ("topic", "agenda", "password", "duration"):
                row.problems.extend(_from_field(e) for e in schema.spec(key).problems(value))
        if isinstance(rec := values.get("recurrence"), Recurrence):
            probe = MeetingDraft("-", MeetingType.RECURRING_NO_FIXED_TIME, recurrence=rec)
            row.problems.extend(_from_field(e) for e in probe.problems())
        return row
    row.draft = _draft(row, values, default_zone)
    seen = {p.column for p in row.problems}
    for problem in row.draft.problems() + timing_problems(row.draft, now or datetime.now(UTC)):
        found = _from_field(problem)
        if found.column not in seen:
            row.problems.append(found)
            seen.add(found.column)
    if row.draft.start and (tz := zone(row.draft.timezone)) and "start" not in seen:
        issue = check_wall_clock(row.draft.start, tz, row.draft.timezone)
        if issue is not None and issue.kind == "gap":
            row.problem("start", issue.message)
    return row


def _from_field(error: FieldError) -> CellProblem:
    return CellProblem(_COLUMN_OF.get(error.field, error.field), error.message)


def _draft(row: BulkRow, values: dict[str, Any], default_zone: str) -> MeetingDraft:
    recurrence = values.get("recurrence")
    kind = values.get("type") or (
        MeetingType.RECURRING_FIXED_TIME if recurrence else MeetingType.SCHEDULED
    )
    if recurrence and not kind.recurring:
        text = translate("Bulk", "The type is {type}, which does not repeat.")
        row.problem("repeat", text.format(type=TYPE_NAMES[kind]))
    settings = {k.removeprefix("settings."): v for k, v in values.items() if k.startswith("set")}
    return MeetingDraft(
        topic=values.get("topic", ""),
        type=kind,
        start=values.get("start"),
        timezone=values.get("timezone") or default_zone,
        duration=values.get("duration", 60),
        agenda=values.get("agenda", ""),
        password=values.get("password", ""),
        recurrence=recurrence if kind.recurring else None,
        settings=settings,
    )


def _parse_cells(row: BulkRow, default_zone: str) -> dict[str, Any]:
    """Each non-empty cell as its value, by schema key (`start` stays `start`)."""
    out: dict[str, Any] = {}
    for column, text in row.cells.items():
        if not text or column in ("host", "meeting_id") or column.startswith(TRACKING):
            continue
        if column in RECURRENCE_COLUMNS:
            continue
        try:
            out[column] = _cell(column, text)
        except ValueError as error:
            row.problem(column, str(error))
    if any(row.cells.get(c) for c in RECURRENCE_COLUMNS):
        try:
            out["recurrence"] = recurrence_of(row.cells, out.get("timezone") or default_zone)
        except _CellError as error:
            row.problem(error.column, str(error))
    return out


def _cell(column: str, text: str) -> Any:
    if column == "start":
        return parse_start(text)
    if column == "timezone":
        if zone(text) is None:
            message = translate(
                "Bulk", "Unknown time zone {value}; use an IANA name like Europe/Berlin."
            )
            raise ValueError(message.format(value=repr(text)))
        return text
    if column == "type":
        return parse_type(text)
    if column == "duration":
        return _whole(text, "duration")
    if column in ("topic", "agenda", "password"):
        return text
    spec = schema.spec(column)
    if spec.kind is Kind.BOOL:
        text = TRUE_WORDS.get(text.lower(), text)  # Excel writes TRUE/FALSE
    return spec.parse(text)


def parse_start(text: str) -> datetime:
    for fmt in START_FORMATS:
        try:
            value = datetime.strptime(text, fmt)
        except ValueError:
            continue
        if not MIN_YEAR <= value.year <= MAX_YEAR:
            message = translate("Bulk", "{value}: the year must be between {low} and {high}.")
            raise ValueError(message.format(value=repr(text), low=MIN_YEAR, high=MAX_YEAR))
        return value
    if re.match(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}", text):
        message = translate("Bulk", "{value} is not a real date and time.")
        raise ValueError(message.format(value=repr(text)))
    message = translate(
        "Bulk", "{value} is not a date and time like 2027-01-31 09:30 (YYYY-MM-DD HH:MM)."
    )
    raise ValueError(message.format(value=repr(text)))


def parse_type(text: str) -> MeetingType:
    word = text.strip().lower()
    if word in TYPE_WORDS:
        return TYPE_WORDS[word]
    if word.isdigit() and int(word) in (2, 3, 8):
        return MeetingType(int(word))
    message = translate(
        "Bulk", "{value} is not a meeting type: use one-time, recurring or no-fixed-time."
    )
    raise ValueError(message.format(value=repr(text)))


def _whole(text: str, what: str) -> int:
    try:
        return int(text)
    except ValueError:
        message = translate("Bulk", "{value} is not a whole number ({column}).")
        raise ValueError(message.format(value=repr(text), column=what)) from None


class _CellError(ValueError):
    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column


def _weekday(text: str, column: str) -> int:
    """Zoom numbers weekdays 1 (Sunday) to 7 (Saturday); names are English, any case."""
    word = text.strip()[:3].capitalize()
    if word in WEEKDAYS:
        return WEEKDAYS.index(word) + 1
    if text.strip().isdigit() and 1 <= int(text) <= 7:
        return int(text)
    message = translate("Bulk", "{value} is not a weekday (Mon, Tue, … or 1 = Sun to 7 = Sat).")
    raise _CellError(column, message.format(value=repr(text)))


def recurrence_of(cells: dict[str, str], tz_name: str | None) -> Recurrence:
    def whole(column: str) -> int | None:
        text = cells.get(column, "")
        try:
            return _whole(text, column) if text else None
        except ValueError as error:
            raise _CellError(column, str(error)) from None

    repeat = cells.get("repeat", "").lower()
    if repeat not in REPEAT_WORDS:
        if not repeat:
            raise _CellError(
                "repeat", translate("Bulk", "repeat is empty: use daily, weekly or monthly.")
            )
        message = translate("Bulk", "repeat is {value}: use daily, weekly or monthly.")
        raise _CellError("repeat", message.format(value=repeat))
    days = tuple(
        _weekday(d, "on_days") for d in cells.get("on_days", "").replace("/", " ")
        .replace(",", " ").replace(";", " ").replace("+", " ").split()
    )  # fmt: skip
    week_text = cells.get("month_week", "").lower()
    week = WEEK_WORDS.get(week_text) if week_text in WEEK_WORDS else whole("month_week")
    weekday = cells.get("month_weekday", "")
    until = cells.get("until", "")
    end = None
    if until:
        try:
            day = datetime.strptime(until[:10], "%Y-%m-%d")
        except ValueError:
            message = translate("Bulk", "{value} is not a date like 2027-06-30.")
            raise _CellError("until", message.format(value=repr(until))) from None
        # The series ends at the end of that day where it takes place.
        end = datetime.combine(day.date(), time(23, 59), zone(tz_name or "UTC") or UTC)
    return Recurrence(
        type=REPEAT_WORDS[repeat],
        repeat_interval=whole("every") or 1,
        weekly_days=days,
        monthly_day=whole("month_day"),
        monthly_week=week,
        monthly_week_day=_weekday(weekday, "month_weekday") if weekday else None,
        end_times=whole("times"),
        end_date_time=end.astimezone(UTC) if end else None,
    )
