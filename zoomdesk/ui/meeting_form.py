"""Create, edit, duplicate a meeting, or edit one occurrence of a series: one form.

The form renders and collects; the work is the `MeetingService`'s (load, save, create) and the
bookkeeping is an `EditState`'s (baseline, the one current draft, what was touched, problems).
It is checked against Zoom's limits on every change, shows each problem next to its field, and
says why Save is disabled. Saving sends one request (a create, or a PATCH with only what
changed) and keeps everything typed when it fails. A create whose outcome is unknown is never
retried blindly: the user checks the host's meetings first.

The form owns its tasks: closing it cancels a load or a save in flight (`done`).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6 import QtWidgets  # noqa: F401  (PySide6 before qasync, or qasync may pick PyQt)
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from zoomdesk.core.draft_store import FormState
from zoomdesk.core.drafts import MeetingDraft, duplicate_draft, now_utc
from zoomdesk.core.edit_state import EditState
from zoomdesk.core.errors import OutcomeUnknownError, ZoomDeskError
from zoomdesk.core.host_defaults import HostDefaultsCache
from zoomdesk.core.i18n import translate
from zoomdesk.core.meeting_service import Baseline, MeetingService
from zoomdesk.core.models import Meeting, User, zone
from zoomdesk.ui.autosave import FormAutosave
from zoomdesk.ui.form_closing import FormClosing
from zoomdesk.ui.form_failures import FormFailures
from zoomdesk.ui.form_fields import MessageBanner, UnsavedChangesPrompt
from zoomdesk.ui.form_recovery import FormRecovery
from zoomdesk.ui.host_defaults_view import HostDefaultsView
from zoomdesk.ui.meeting_fields import MeetingFields
from zoomdesk.ui.outcome_check import CreateOutcomeCheck
from zoomdesk.ui.save_bar import SaveBar, occurrence_note, window_title
from zoomdesk.ui.save_errors import blocker_text, describe_failure
from zoomdesk.ui.screen_fit import resize_within_screen
from zoomdesk.ui.tasks import TaskRunner
from zoomdesk.ui.tracking_rows import TrackingFieldsCache
from zoomdesk.ui.tracking_rows import attach as attach_tracking
from zoomdesk.ui.zone_picker import default_zone_id

log = logging.getLogger("zoomdesk.ui")


class MeetingFormDialog(FormFailures, FormRecovery, FormClosing, QDialog):
    """`open()` it; it saves through `service` itself, then emits `saved` and closes.

    `meeting` is the list's copy of the meeting to edit or duplicate; the form loads Zoom's
    current copy itself, unless the caller has loaded it already (`baseline`)."""

    saved = Signal(object)  # the Meeting as Zoom now has it
    passcode_added = Signal(object)  # saved with "No passcode", yet Zoom gave it one
    meeting_gone = Signal(
        object
    )  # an int past 32 bits; Zoom says the meeting does not exist (deleted elsewhere)

    def __init__(
        self,
        service: MeetingService,
        users: list[User],
        *,
        meeting: Meeting | None = None,
        baseline: Baseline | None = None,
        host_id: str | None = None,
        occurrence_id: str | None = None,
        duplicate: bool = False,
        autosave: FormAutosave | None = None,
        restore: FormState | None = None,
        host_defaults: HostDefaultsCache | None = None,
        tracking: TrackingFieldsCache | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        meeting = baseline.meeting if baseline is not None else meeting
        occurrence_id = baseline.occurrence_id if baseline is not None else occurrence_id
        self.service = service
        self.runner = TaskRunner(self)
        self.runner.failed.connect(self._on_task_failed)
        self.autosave = autosave
        self._restore = restore
        self.users = users
        self.meeting = meeting
        self.editing = meeting is not None and not duplicate
        self.occurrence_id = occurrence_id if self.editing else None
        self.requested_host = host_id
        self.state = EditState(editing=self.editing, occurrence=bool(self.occurrence_id))
        self._loaded: Baseline | None = baseline
        self._saving = False
        self._unknown: CreateOutcomeCheck | None = None
        self._load_started = False
        self._close_prompt = UnsavedChangesPrompt(
            self, self.on_save_clicked, self._discard_and_close
        )
        self._focus: QWidget | None = None
        self._sent_at = now_utc()

        self.note = MessageBanner(self)  # what editing one occurrence means
        self.banner = MessageBanner(self)  # what went wrong, and what to do
        self.fields = MeetingFields(users)
        self.fields.changed.connect(self._on_changed)
        self.scroll_area = QScrollArea()
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.fields)
        # Its fields take the focus and scroll into view; the area itself is no Tab stop.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.save_bar = SaveBar(self.mode(), self)
        self.reason_label = self.save_bar.reason_label
        self.cancel_button = self.save_bar.cancel_button
        self.save_button = self.save_bar.save_button
        self.cancel_button.clicked.connect(self.reject)  # "Stop waiting" while saving
        self.save_button.clicked.connect(self.on_save_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.banner)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.save_bar)
        QShortcut(QKeySequence.StandardKey.Save, self, self.on_save_clicked)
        # The host's defaults and passcode rules, the account's tracking fields (issue 11).
        self.host_defaults = HostDefaultsView(self, host_defaults)
        attach_tracking(self, tracking)

        self.setWindowTitle(window_title(self.mode(), meeting.topic if meeting else ""))
        # Never narrower than the fields: at the smallest size nothing is cut off on the right.
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        margins = layout.contentsMargins()
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        needed = self.fields.minimumSizeHint().width() + bar + margins.left() + margins.right()
        self.setMinimumSize(max(560, needed), 460)
        resize_within_screen(self, max(700, needed), 800)
        if self.minimumWidth() < needed:  # a screen narrower than the fields: scroll sideways
            self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # Alt+letter (or Tab) to a field scrolled out of view brings it into view.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

        if autosave is not None:
            autosave.failed.connect(self._on_autosave_failed)
        if meeting is None:
            draft = MeetingDraft(timezone=default_zone_id())
            self._set_loaded(draft, host_id or (users[0].id if users else ""))
            self._apply_restore()
        elif baseline is not None:
            self._show_loaded(baseline)
        else:
            self.fields.setEnabled(False)
            self._refresh()

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.fields.isAncestorOf(new):
            self.scroll_area.ensureWidgetVisible(new)

    # --- loading -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.meeting is not None and self._loaded is None and not self._load_started:
            self._load_started = True
            self._start_load()

    def _start_load(self) -> None:
        self.runner.start(self._load(), "Loading the meeting", key="load")

    async def _load(self) -> None:
        """Edits start from Zoom's current copy: a list entry lacks settings and recurrence."""
        assert self.meeting is not None
        self.banner.clear()
        self._refresh()
        try:
            loaded = await self.service.load(self.meeting.id, self.occurrence_id)
        except ZoomDeskError as error:  # shown to the user and logged; the form stays usable
            log.warning("Loading meeting %s failed: %s", self.meeting.id, error.summary())
            self._say_if_gone(error)
            title, body, details = describe_failure(error, loading=True)
            self.banner.show_message(
                title,
                body,
                details=details,
                actions=[(translate("MeetingForm", "Try again"), self._start_load)],
            )
            self._refresh()
            return
        self._show_loaded(loaded)

    def _show_loaded(self, loaded: Baseline) -> None:
        self._loaded = loaded
        draft, host = loaded.draft, loaded.host_id or (self.meeting.host_id if self.meeting else "")
        if not self.editing:
            now = datetime.now(zone(draft.timezone) or UTC).replace(tzinfo=None)
            draft = duplicate_draft(draft, now)
            host = self.requested_host or host
        self._set_loaded(draft, host)
        if self.editing:
            user = next((u for u in self.users if u.id == host), None)
            self.fields.lock_host(user.display_name if user else loaded.meeting.host_email or host)
        if self.occurrence_id:
            self.fields.set_occurrence_mode()
            self._show_occurrence_note(draft)
            self.state.load(self.fields.read_draft(), self.fields.host_id(), show_all=True)
            self.fields.agenda_edit.setFocus()
        self._apply_restore()
        self._revalidate()

    def mode(self) -> str:
        if self.occurrence_id:
            return "occurrence"
        if self.editing:
            return "edit"
        return "create" if self.meeting is None else "duplicate"

    def _set_loaded(self, draft: MeetingDraft, host: str) -> None:
        self.fields.load(draft, host_id=host or None)
        self.fields.setEnabled(True)
        self.state.load(
            self.fields.read_draft(), self.fields.host_id(), show_all=bool(self.meeting)
        )
        self.fields.options.enforce_policy()  # IT's locked settings, as edits (issue 19)
        self.fields.topic_edit.setFocus()
        if not self.editing:
            self.fields.topic_edit.selectAll()  # a copy's topic is usually retyped
        self._revalidate()
        self.host_defaults.start()

    def _show_occurrence_note(self, draft: MeetingDraft) -> None:
        self.note.show_message(*occurrence_note(draft), level="info")

    # --- validation ----------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        return self.state.loaded

    def current_draft(self) -> MeetingDraft:
        return self.state.draft

    def is_dirty(self) -> bool:
        return self.state.is_dirty()

    def _on_changed(self) -> None:
        self.state.update(self.fields.read_draft(), self.fields.host_id())
        self._revalidate()
        self._schedule_autosave()

    def on_checks_changed(self) -> None:
        """What the form checks against arrived (the host's rules, the account's fields)."""
        self.state.update(self.fields.read_draft(), self.fields.host_id())
        self._revalidate()

    def _revalidate(self) -> None:
        problems = self.state.revalidate(now_utc())
        shown: dict[int, str] = {}
        for name, message in self.state.server_errors.items():
            row = self.fields.row_for(name)
            if row is not None:
                shown.setdefault(id(row), message)
        for problem in problems:
            row = self.fields.row_for(problem.field)
            if row is not None and self.state.visible(problem):
                shown.setdefault(id(row), problem.message)
        for row in self.fields.rows():
            row.set_error(shown.get(id(row)))
        issue = self.state.wall_clock  # a gap is an error above; a repeated hour is a hint
        self.fields.start_row.set_hint(issue.message if issue and issue.kind == "ambiguous" else "")
        self._refresh()

    def save_blocker(self) -> str:
        """Why Save is disabled, in a sentence; empty when it is enabled."""
        if not self.state.loaded:
            if self.banner.isVisible():
                return translate("MeetingForm", "The meeting couldn't be loaded (see above).")
            return translate("MeetingForm", "Loading the meeting from Zoom…")
        if self._saving:
            return translate("MeetingForm", "Saving…")
        if self._unknown is not None:
            if self._unknown.busy:
                return translate("MeetingForm", "Checking whether the meeting was created…")
            return translate(
                "MeetingForm", "First check whether the meeting was created (button above)."
            )
        if self.state.problems:
            return blocker_text(self.state.problems)
        if self.editing and not self.state.change():
            return translate("MeetingForm", "No changes to save.")
        return ""

    def _refresh(self) -> None:
        shouting = any(row.error for row in self.fields.rows())
        self.save_bar.show_state(self.save_blocker(), shouting=shouting, saving=self._saving)

    # --- saving --------------------------------------------------------------------------

    def on_save_clicked(self) -> None:
        """Every way of saving (button, Enter, Ctrl+S, the close prompt) comes through here;
        the flag is set before anything is awaited, so a second press sends nothing."""
        if self._saving:
            return
        self._revalidate()  # a start that was ahead when typed may have passed since
        if not self.save_button.isEnabled():
            return
        self._saving = True
        self._focus = self.focusWidget()
        self.fields.setEnabled(False)
        self.banner.clear()
        self._refresh()
        self.runner.start(self._save(), "Saving the meeting", key="save")

    async def _save(self) -> None:
        """No `finally` here: after a cancel (the form closed) nothing may touch a widget."""
        try:
            meeting = await (self._update() if self.editing else self._create())
        except OutcomeUnknownError as error:
            log.warning("Creating a meeting: outcome unknown: %s", error.summary())
            self._saved_or_failed()
            self._offer_check(error)
            return
        except ZoomDeskError as error:
            log.warning("Saving the meeting failed: %s", error.summary())
            self._saved_or_failed()
            self._show_failure(error)
            return
        self._saved_or_failed()
        self._finish(meeting)

    async def _create(self) -> Meeting:
        self._sent_at = now_utc()
        return await self.service.create(self.state.host, self.state.to_create(self.meeting))

    async def _update(self) -> Meeting:
        assert self._loaded is not None
        return await self.service.save(self._loaded, self.state.change())

    def _saved_or_failed(self) -> None:
        self._saving = False
        self.fields.setEnabled(True)
        if self._focus is not None:
            self._focus.setFocus()
        self._revalidate()

    def _offer_check(self, error: OutcomeUnknownError) -> None:
        check = CreateOutcomeCheck(
            self.service,
            self.runner,
            self.banner,
            self.state.draft,
            self.state.host,
            self._sent_at,
            self,
        )
        check.found.connect(self._finish)
        check.retry.connect(self._retry_after_check)
        check.busy_changed.connect(lambda _busy: self._refresh())
        self._unknown = check
        check.show(error)
        self._refresh()

    def _finish(self, meeting: Meeting) -> None:
        if self.autosave is not None:
            self.autosave.discard()
        # The account's "require a passcode" setting makes Zoom add one to a meeting sent
        # without: the user chose none, so say so (the CLI prints the meeting it got).
        added = not self.state.draft.password and bool(meeting.password)
        self.state.saved()
        self.saved.emit(meeting)
        if added:
            self.passcode_added.emit(meeting)
        self.accept()

    def _retry_after_check(self) -> None:
        self._unknown = None
        self.banner.clear()
        self._refresh()
        self.on_save_clicked()
