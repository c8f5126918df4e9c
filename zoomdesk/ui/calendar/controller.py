"""The calendar's controller: it shows the meetings the list has loaded (GETting each listed
series once for its occurrences), keeps its selection in step with the list's so the list's
actions (open, edit, duplicate, delete, copy link) act on it, marks conflicts in the calendar and
the list, and turns drags into the meeting form, filled in, saved through the MeetingService.

A drag is only a proposal: the meeting is drawn at its new time and the form opens with it;
Save sends it (through the form's validation), Cancel or Esc puts the meeting back."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu, QMessageBox, QStyle

from zoomdesk.core.conflicts import PLAN_HORIZON, first_overlaps, needs_details
from zoomdesk.core.i18n import translate
from zoomdesk.core.models import Meeting
from zoomdesk.core.occurrences import Slot, slots_in_range
from zoomdesk.ui.calendar.drag_flow import DragFlows
from zoomdesk.ui.calendar.layout import ViewKind, build, step, view_days
from zoomdesk.ui.calendar.page import CalendarPage
from zoomdesk.ui.calendar.paint import describe_local, host_colours
from zoomdesk.ui.meeting_rows import short_host
from zoomdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from zoomdesk.ui.actions import MeetingActions
    from zoomdesk.ui.meeting_list import MeetingListController
    from zoomdesk.ui.settings import UiSettings

AUTO_SIDE_BY_SIDE = 4  # up to this many hosts get lanes of their own by default
PendingKey = tuple[int, str | None]


class CalendarController(DragFlows, QObject):
    def __init__(
        self,
        page: CalendarPage,
        meetings: MeetingListController,
        actions: MeetingActions,
        settings: UiSettings,
        tz: tzinfo,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.page = page
        self.meetings = meetings
        self.actions = actions
        self.settings = settings
        self.tz = tz
        # Owned by the page (inside the window), so the app's shutdown stops it with the rest.
        self.runner = TaskRunner(page)
        self.runner.failed.connect(lambda what, error: meetings.window.show_error(what, error))
        self.anchor = datetime.now(tz).date()
        self.hosts: list[str] = []  # chosen hosts; empty: every host in the list
        self.details: dict[int, Meeting] = {}  # listed series as GET returned them
        self._asked: set[int] = set()
        self.pending: dict[PendingKey, tuple[datetime, datetime]] = {}
        self.concurrent_allowed = settings.concurrent_meetings_allowed
        self.dock: QDockWidget | None = None  # set by attach_calendar
        self.toggle_action: QAction | None = None
        self.context_menu: QMenu | None = None
        self.scope_box: QMessageBox | None = None
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)  # one relayout per burst of model signals
        self._refresh_timer.timeout.connect(self.refresh)
        page.set_kind(_kind(settings.calendar_view))
        page.canvas.set_hour_height(settings.calendar_hour_height)
        page.concurrent.setChecked(self.concurrent_allowed)
        page.side_by_side.setChecked(True)
        self._side_by_side_chosen = False
        model = meetings.model
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged):
            signal.connect(self.schedule_refresh)
        model.modelReset.connect(self._forget_details)
        meetings.load_finished.connect(self.schedule_refresh)
        page.view_changed.connect(self._on_view_changed)
        page.period_changed.connect(self.go)
        page.side_by_side.toggled.connect(self._on_side_by_side)
        page.concurrent.toggled.connect(self._on_concurrent)
        page.hosts_menu.aboutToShow.connect(self._fill_hosts_menu)
        page.canvas.zoom_changed.connect(self._on_zoom)
        for view in (page.canvas, page.month):
            view.selected.connect(self.on_selected)
            view.activated.connect(self.on_activated)
            view.context_menu.connect(self.show_context_menu)
        page.month.day_requested.connect(self._open_day)
        page.canvas.create_requested.connect(self.create_at)
        page.canvas.change_requested.connect(self.reschedule)
        page.anytime.itemActivated.connect(lambda _item: self._open_anytime())
        page.anytime.currentRowChanged.connect(self._select_anytime)
        window = meetings.window
        for action in (window.delete_action, window.copy_link_action,
                       window.copy_invitation_action):  # fmt: skip
            page.canvas.addAction(action)  # their shortcuts work while the calendar has focus
            page.month.addAction(action)
        actions.form_opened.connect(self._watch_form)

    # --- data ------------------------------------------------------------------------------

    def schedule_refresh(self, *_: object) -> None:
        """Shown: at once (one relayout per burst of model signals). Hidden: only the list's
        conflict marks are kept, once the list has finished loading."""
        if not self.is_shown() and self.meetings.is_loading():
            return  # load_finished brings it back
        self._refresh_timer.start()

    def is_shown(self) -> bool:
        return self.dock.isVisible() if self.dock is not None else self.page.isVisible()

    def _forget_details(self) -> None:
        self.details.clear()
        self._asked.clear()

    def all_meetings(self) -> list[Meeting]:
        """The list's meetings, a listed series replaced by its GET. A row the list already
        holds in full (after a save, or a deleted occurrence) is newer than that GET."""
        return [
            self.details.get(m.id, m) if needs_details(m) else m
            for m in self.meetings.model.meetings()
        ]

    def shown_hosts(self, meetings: list[Meeting]) -> list[str]:
        present = {m.host_id for m in meetings}
        session = self.meetings.session
        order = [u.id for u in session.users] if session else []
        ordered = [h for h in order if h in present] + sorted(present - set(order))
        return [h for h in self.hosts if h in present] if self.hosts else ordered

    def refresh(self) -> None:
        meetings = self.all_meetings()
        if not self.is_shown():
            self._mark_list(meetings)
            return
        self._fetch_details(meetings)
        hosts = self.shown_hosts(meetings)
        kind = self.page.kind()
        locale = QLocale()  # the week starts on the locale's day; its work days make a work week
        work_days = [day.value - 1 for day in locale.weekdays()]
        days = view_days(kind, self.anchor, locale.firstDayOfWeek().value - 1, work_days)
        if not self._side_by_side_chosen:
            self.page.side_by_side.blockSignals(True)
            self.page.side_by_side.setChecked(len(hosts) <= AUTO_SIDE_BY_SIDE)
            self.page.side_by_side.blockSignals(False)
        lanes = self.page.side_by_side.isChecked() and kind is not ViewKind.MONTH
        layout = build(
            meetings,
            days,
            self.tz,
            hosts=hosts,
            side_by_side=lanes,
            concurrent_allowed=self.concurrent_allowed,
            pending=self.pending,
        )
        names = {h: self._short_name(h) for h in hosts}
        palette = self.page.palette()
        colours = host_colours(hosts, palette)
        self.page.canvas.set_colours(colours)
        self.page.month.colours = colours
        for view in (self.page.canvas, self.page.month):
            view.host_names = names if len(hosts) > 1 else {}
        self.page.canvas.tooltip_for = {h: self._host_label(h) for h in hosts}
        self.page.canvas.default_host = hosts[0] if len(hosts) == 1 else self._list_host()
        self.page.show_layout(layout, self.anchor, names)
        self._mark_list(meetings)

    def _mark_list(self, meetings: list[Meeting]) -> None:
        """The list's conflict marks: overlaps from now on (a window as long as a plan), one
        partner named per meeting. Worked out in a thread: 10,000 rows take ~50-100 ms of
        pure Python, which must not stall the window (a newer check replaces an older one)."""
        allowed = self.concurrent_allowed
        what = translate("CalendarView", "Checking for overlaps")
        self.runner.start(self._marks(meetings, allowed), what, key="marks")

    async def _marks(self, meetings: list[Meeting], allowed: bool) -> None:
        now = datetime.now(UTC)
        found = await asyncio.to_thread(
            lambda: first_overlaps(
                slots_in_range(meetings, now - timedelta(days=1), now + PLAN_HORIZON),
                concurrent_allowed=allowed,
            )
        )
        labels = self.page.canvas.labels
        marks = {
            meeting_id: describe_local(conflict, meeting_id, self.tz, labels)
            for meeting_id, conflict in found.items()
        }
        icon = QStyle.StandardPixmap.SP_MessageBoxWarning
        if allowed:
            icon = QStyle.StandardPixmap.SP_MessageBoxInformation
        self.meetings.model.set_conflicts(marks, self.page.style().standardIcon(icon))

    def _fetch_details(self, meetings: list[Meeting]) -> None:
        wanted = [m.id for m in meetings if needs_details(m) and m.id not in self._asked]
        if not wanted or self.meetings.session is None:
            return
        self._asked.update(wanted)
        what = translate("CalendarView", "Reading recurring meetings' occurrences")
        self.runner.start(self._details(wanted), what)

    async def _details(self, meeting_ids: list[int]) -> None:
        session = self.meetings.session
        for meeting_id in meeting_ids:  # one at a time: the list may be loading meanwhile
            if session is None or session is not self.meetings.session:
                return
            self.details[meeting_id] = await session.client.get_meeting(meeting_id)
            self.schedule_refresh()

    def _short_name(self, host: str) -> str:
        return short_host(self._host_label(host))

    def _host_label(self, host: str) -> str:
        session = self.meetings.session
        user = session.user(host) if session else None
        return user.display_name if user else host

    def _list_host(self) -> str:
        return self.meetings.page.host_id()

    # --- navigation and options ------------------------------------------------------------

    def go(self, direction: int) -> None:
        today = datetime.now(self.tz).date()
        self.anchor = today if direction == 0 else step(self.page.kind(), self.anchor, direction)
        self.refresh()
        if direction == 0 and self.page.kind() is not ViewKind.MONTH:
            now = datetime.now(self.tz)
            self.page.scroll_to_minutes(max(0, now.hour * 60 - 90))

    def show_day(self, day: date) -> None:
        self.anchor = day
        self.refresh()

    def _open_day(self, day: date) -> None:
        self.page.set_kind(ViewKind.DAY)
        self._on_view_changed()
        self.show_day(day)

    def _on_view_changed(self) -> None:
        self.settings.calendar_view = self.page.kind().value
        self.refresh()
        self.page.focus_view()

    def _on_zoom(self, height: int) -> None:
        self.settings.calendar_hour_height = height

    def _on_side_by_side(self, _checked: bool) -> None:
        self._side_by_side_chosen = True
        self.refresh()

    def _on_concurrent(self, checked: bool) -> None:
        self.concurrent_allowed = checked
        self.settings.concurrent_meetings_allowed = checked
        self.refresh()

    def set_hosts(self, hosts: list[str]) -> None:
        self.hosts = hosts
        self.refresh()

    def _fill_hosts_menu(self) -> None:
        menu = self.page.hosts_menu
        menu.clear()
        every = menu.addAction(translate("CalendarControls", "All hosts"))
        every.setCheckable(True)
        every.setChecked(not self.hosts)
        every.triggered.connect(lambda: self.set_hosts([]))
        menu.addSeparator()
        present = self.shown_hosts(self.all_meetings()) if not self.hosts else None
        candidates = present or sorted({m.host_id for m in self.all_meetings()})
        for host in candidates:
            action = menu.addAction(self._host_label(host))
            action.setCheckable(True)
            action.setChecked(host in self.hosts)
            action.triggered.connect(lambda checked, h=host: self._toggle_host(h, checked))

    def _toggle_host(self, host: str, checked: bool) -> None:
        hosts = [h for h in self.hosts if h != host]
        self.set_hosts([*hosts, host] if checked else hosts)

    # --- the list's actions ----------------------------------------------------------------

    def on_selected(self, slot: Slot | None) -> None:
        if slot is not None:
            self.meetings.page.select_meeting(slot.meeting.id)

    def on_activated(self, slot: Slot) -> None:
        self.on_selected(slot)
        self.actions.edit()

    def show_context_menu(self, position: QPoint, slot: Slot) -> None:
        self.on_selected(slot)
        window = self.meetings.window
        menu = QMenu(self.page)
        for action in (window.edit_action, window.duplicate_action, window.delete_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(window.copy_link_action)
        menu.addAction(window.copy_invitation_action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context_menu = menu
        menu.popup(position)

    def _select_anytime(self, row: int) -> None:
        item = self.page.anytime.item(row) if row >= 0 else None
        if item is not None:
            self.meetings.page.select_meeting(int(item.data(Qt.ItemDataRole.UserRole)))

    def _open_anytime(self) -> None:
        self.actions.edit()

    def _watch_form(self, form: object) -> None:
        from zoomdesk.ui.calendar.form_conflicts import FormConflictWarning

        FormConflictWarning(form, self.all_meetings, lambda: self.concurrent_allowed,
                            self._open_meeting, self.tz)  # fmt: skip

    def _open_meeting(self, meeting: Meeting) -> None:
        self.meetings.page.select_meeting(meeting.id)
        selected = self.meetings.selected()
        if selected is not None and selected.id == meeting.id:
            self.actions.edit()  # as from the list: a series asks which occurrence
        else:
            self.actions.open_form(meeting=meeting)


def _kind(value: str) -> ViewKind:
    try:
        return ViewKind(value)
    except ValueError:
        return ViewKind.WEEK
