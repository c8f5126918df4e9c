"""Where each meeting goes on the calendar, computed once per change of data or range (never per
paint): days, host lanes, side-by-side columns for overlapping meetings, conflict marks.

Plain Python with no widgets, so the painter only maps minutes to pixels and the layout can be
tested and benchmarked on its own."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import Enum

from zoomdesk.core.conflicts import Conflict, overlapping
from zoomdesk.core.i18n import translate_noop
from zoomdesk.core.models import Meeting
from zoomdesk.core.occurrences import Slot, slots_in_range, split_anytime

MINUTES_PER_DAY = 24 * 60


class ViewKind(Enum):
    DAY = "day"
    WORK_WEEK = "work_week"
    WEEK = "week"
    MONTH = "month"

    @property
    def label(self) -> str:
        """The English source; shown through `translate_marked("CalendarControls", …)`."""
        return VIEW_LABELS[self.value]


VIEW_LABELS = {
    "day": translate_noop("CalendarControls", "Day"),
    "work_week": translate_noop("CalendarControls", "Work week"),
    "week": translate_noop("CalendarControls", "Week"),
    "month": translate_noop("CalendarControls", "Month"),
}
WORK_DAYS = (0, 1, 2, 3, 4)  # Monday to Friday, Python's numbering; the UI passes the locale's


def view_days(
    kind: ViewKind, anchor: date, first_weekday: int = 0, work_days: Sequence[int] = WORK_DAYS
) -> list[date]:
    """The days a view shows around `anchor`; weeks start on `first_weekday` (0 = Monday, the
    locale's choice in the UI), and a work week is that week's `work_days` (the locale's:
    Sunday to Thursday in some). A month view shows whole weeks, 6 of them."""
    if kind is ViewKind.DAY:
        return [anchor]
    start = anchor - timedelta(days=(anchor.weekday() - first_weekday) % 7)
    if kind is ViewKind.WORK_WEEK:
        week = [start + timedelta(days=i) for i in range(7)]
        return [day for day in week if day.weekday() in work_days] or week
    if kind is ViewKind.WEEK:
        return [start + timedelta(days=i) for i in range(7)]
    first = anchor.replace(day=1)
    start = first - timedelta(days=(first.weekday() - first_weekday) % 7)
    return [start + timedelta(days=i) for i in range(42)]


def step(kind: ViewKind, anchor: date, direction: int) -> date:
    """The anchor of the previous (-1) or next (+1) period (Page Up / Page Down)."""
    if kind is ViewKind.DAY:
        return anchor + timedelta(days=direction)
    if kind in (ViewKind.WEEK, ViewKind.WORK_WEEK):
        return anchor + timedelta(weeks=direction)
    month = anchor.month - 1 + direction
    year = anchor.year + month // 12
    return date(year, month % 12 + 1, 1)


def local_midnight(day: date, tz: tzinfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=tz)


@dataclass(slots=True)
class Box:
    """One slot's piece on one day (a meeting past midnight has a piece on each day)."""

    slot: Slot
    day: int  # index into the view's days
    lane: int  # index into the lanes (0 when hosts share one lane)
    top: int  # minutes from the day's local midnight
    bottom: int
    column: int = 0  # side by side with the meetings it overlaps in its lane
    columns: int = 1
    conflicts: list[Conflict] = field(default_factory=list)
    first_piece: bool = True


@dataclass
class Layout:
    days: list[date]
    lanes: list[str]  # host IDs; [""] when all hosts share one lane (told apart by colour)
    boxes: list[Box]
    anytime: list[Meeting]
    conflicts: list[Conflict]
    by_day: dict[int, list[Box]]

    def conflict_ids(self) -> set[int]:
        return {s.meeting.id for c in self.conflicts for s in (c.first, c.second)}


def build(
    meetings: Iterable[Meeting],
    days: Sequence[date],
    tz: tzinfo,
    *,
    hosts: Sequence[str] = (),
    side_by_side: bool = True,
    concurrent_allowed: bool = False,
    pending: dict[tuple[int, str | None], tuple[datetime, datetime]] | None = None,
) -> Layout:
    """Lay out the meetings of `hosts` (every host when empty) over `days` in zone `tz`.

    `pending` moves slots (by meeting ID and occurrence ID) to a dragged time not saved yet."""
    wanted = set(hosts)
    chosen = [m for m in meetings if not wanted or m.host_id in wanted]
    timed, anytime = split_anytime(chosen)
    start = local_midnight(days[0], tz).astimezone(UTC)
    end = local_midnight(days[-1] + timedelta(days=1), tz).astimezone(UTC)
    slots = list(slots_in_range(timed, start, end))
    if pending:
        slots = [_moved(s, pending) for s in slots]
    conflicts = overlapping(slots, concurrent_allowed=concurrent_allowed)
    of_slot: dict[tuple[int, str | None], list[Conflict]] = defaultdict(list)
    for conflict in conflicts:
        for side in (conflict.first, conflict.second):
            of_slot[(side.meeting.id, side.occurrence_id)].append(conflict)
    lanes = list(hosts) if side_by_side and hosts else [""]
    lane_of = {host: index for index, host in enumerate(lanes)}
    day_index = {day: index for index, day in enumerate(days)}
    boxes: list[Box] = []
    for slot in slots:
        lane = lane_of.get(slot.host_id, 0) if lanes != [""] else 0
        marks = of_slot.get((slot.meeting.id, slot.occurrence_id), [])
        boxes.extend(_pieces(slot, tz, day_index, lane, marks))
    by_day: dict[int, list[Box]] = defaultdict(list)
    for box in boxes:
        by_day[box.day].append(box)
    for day_boxes in by_day.values():
        _columns(day_boxes)
    return Layout(list(days), lanes, boxes, anytime, conflicts, dict(by_day))


def _moved(slot: Slot, pending: dict[tuple[int, str | None], tuple[datetime, datetime]]) -> Slot:
    change = pending.get((slot.meeting.id, slot.occurrence_id))
    if change is None:
        return slot
    return Slot(slot.meeting, change[0], change[1], slot.occurrence_id, slot.draft_index)


def _pieces(
    slot: Slot, tz: tzinfo, day_index: dict[date, int], lane: int, marks: list[Conflict]
) -> Iterable[Box]:
    local_start = slot.start.astimezone(tz)
    local_end = max(slot.end, slot.start).astimezone(tz)
    day = local_start.date()
    first = True
    while True:
        top = local_start.hour * 60 + local_start.minute if first else 0
        if local_end.date() > day:
            bottom = MINUTES_PER_DAY
        else:
            bottom = local_end.hour * 60 + local_end.minute
        if day in day_index:
            yield Box(slot, day_index[day], lane, top, max(bottom, top), conflicts=marks,
                      first_piece=first)  # fmt: skip
        day += timedelta(days=1)
        first = False
        if day > local_end.date() or (day == local_end.date() and local_end.time() == time(0)):
            return


def _columns(boxes: list[Box]) -> None:
    """Overlapping meetings in one lane sit side by side: a greedy sweep assigns each the first
    free column; a cluster of meetings that overlap one another shares its column count."""
    by_lane: dict[int, list[Box]] = defaultdict(list)
    for box in boxes:
        by_lane[box.lane].append(box)
    for lane_boxes in by_lane.values():
        lane_boxes.sort(key=lambda b: (b.top, -(b.bottom - b.top), b.slot.meeting.id))
        cluster: list[Box] = []
        ends: list[int] = []  # each column's end, in the current cluster
        cluster_end = -1
        for box in lane_boxes:
            bottom = max(box.bottom, box.top + 15)  # short meetings still take room to read
            if box.top >= cluster_end and cluster:
                _close(cluster, len(ends))
                cluster, ends = [], []
            for column, column_end in enumerate(ends):
                if column_end <= box.top:
                    box.column, ends[column] = column, bottom
                    break
            else:
                box.column = len(ends)
                ends.append(bottom)
            cluster.append(box)
            cluster_end = max(cluster_end, bottom)
        _close(cluster, len(ends))


def _close(cluster: list[Box], columns: int) -> None:
    for box in cluster:
        box.columns = max(columns, 1)
