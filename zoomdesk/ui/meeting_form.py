"""Create, edit, duplicate a meeting, or edit one occurrence of a series: one form.

The form is checked against Zoom's limits on every change (`MeetingDraft.problems()`), shows
each problem next to its field, and says why Save is disabled. Saving sends one request (a
create, or a PATCH with only what changed) and keeps everything typed when it fails. A create
whose outcome is unknown is never retried blindly: the user checks the host's meetings first.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6 import QtWidgets  # noqa: F401  (PySide6 before qasync, or qasync may pick PyQt)
from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from zoomdesk.core.client import ZoomClient
from zoomdesk.core.draft_store import FormState
from zoomdesk.core.drafts import (
    MeetingDraft,
    changed_fields,
    duplicate_draft,
    now_utc,
    occurrence_changes,
    occurrence_draft,
    series_changes,
    timing_problems,
)
from zoomdesk.core.errors import FieldError, OutcomeUnknownError, ValidationError, ZoomDeskError
from zoomdesk.core.models import Json, Meeting, User, zone
from zoomdesk.ui.autosave import FormAutosave
from zoomdesk.ui.form_fields import (
    MessageBanner,
    async_slot,
    default_zone_id,
    keep_task,
    unsaved_changes_box,
)
from zoomdesk.ui.meeting_fields import MeetingFields
from zoomdesk.ui.outcome_check import CreateOutcomeCheck
from zoomdesk.ui.palette import error_color, muted_color
from zoomdesk.ui.save_errors import blocker_text, describe_failure

log = logging.getLogger("zoomdesk.ui")


class MeetingFormDialog(QDialog):
    """`open()` it; it saves through `client` itself, then emits `saved` and closes."""

    saved = Signal(object)  # the created Meeting, or the meeting id (int) after an update

    def __init__(
        self,
        client: ZoomClient,
        users: list[User],
        *,
        meeting: Meeting | None = None,
        host_id: str | None = None,
        occurrence_id: str | None = None,
        duplicate: bool = False,
        autosave: FormAutosave | None = None,
        restore: FormState | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.autosave = autosave
        self._restore = restore
        self.client = client
        self.users = users
        self.meeting = meeting
        self.editing = meeting is not None and not duplicate
        self.occurrence_id = occurrence_id if self.editing else None
        self.requested_host = host_id
        self._baseline: MeetingDraft | None = None
        self._baseline_host = ""
        self._previous: MeetingDraft | None = None
        self._touched: set[str] = set()
        self._server_errors: dict[str, str] = {}
        self._problems: list[FieldError] = []
        self._saving = False
        self._unknown: CreateOutcomeCheck | None = None
        self._load_started = False
        self._close_prompt: QMessageBox | None = None
        self._tasks: set[object] = set()
        self._focus: QWidget | None = None

        self.note = MessageBanner(self)  # what editing one occurrence means
        self.banner = MessageBanner(self)  # what went wrong, and what to do
        self.fields = MeetingFields(users)
        self.fields.changed.connect(self._on_changed)
        self.scroll_area = QScrollArea()
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.fields)
        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)
        self.reason_label.setAccessibleName("Why saving is not possible")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton("Save changes" if self.editing else "Create meeting")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.on_save_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reason_label, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.banner)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.on_save_clicked)

        topic = meeting.topic if meeting else ""
        if self.occurrence_id:
            self.setWindowTitle(f"Edit one occurrence — {topic}")
            self.save_button.setText("Save this occurrence")
        elif self.editing:
            self.setWindowTitle(f"Edit meeting — {topic}")
        elif meeting is not None:
            self.setWindowTitle(f"Duplicate meeting — {topic}")
        else:
            self.setWindowTitle("New meeting")
        self.setMinimumSize(560, 460)
        self.resize(700, 800)

        if autosave is not None:
            autosave.failed.connect(self._on_autosave_failed)
        if meeting is None:
            draft = MeetingDraft(timezone=default_zone_id())
            self._set_loaded(draft, host_id or (users[0].id if users else ""))
            self._apply_restore()
        else:
            self.fields.setEnabled(False)
            self._refresh()

    # --- loading -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.meeting is not None and not self._load_started:
            self._load_started = True
            keep_task(self._tasks, self._load())

    @async_slot
    async def _load(self) -> None:
        """Edits start from Zoom's current copy: a list entry lacks settings and recurrence."""
        assert self.meeting is not None
        self.banner.clear()
        self._refresh()
        try:
            full = await self.client.get_meeting(self.meeting.id, self.occurrence_id)
        except Exception as error:  # shown to the user and logged; the form stays usable
            log.warning("Loading meeting %s failed: %s", self.meeting.id, _summary(error))
            title, body, details = describe_failure(error, loading=True)
            self.banner.show_message(
                title, body, details=details, actions=[("Try again", self._retry_load)]
            )
            self._refresh()
            return
        if self.occurrence_id:
            draft = occurrence_draft(full, self.occurrence_id)
        else:
            draft = MeetingDraft.from_meeting(full)
        host = full.host_id or self.meeting.host_id
        if not self.editing:
            now = datetime.now(zone(draft.timezone) or UTC).replace(tzinfo=None)
            draft = duplicate_draft(draft, now)
            host = self.requested_host or host
        self._set_loaded(draft, host)
        if self.editing:
            user = next((u for u in self.users if u.id == host), None)
            self.fields.lock_host(user.display_name if user else full.host_email or host)
        if self.occurrence_id:
            self.fields.set_occurrence_mode()
            self._show_occurrence_note(draft)
            self._baseline = self.fields.read_draft()
            self.fields.agenda_edit.setFocus()
        self._apply_restore()
        self._refresh()

    def _apply_restore(self) -> None:
        """Put back what the user had typed before zoomdesk stopped (crash, kill, power cut)."""
        restore, self._restore = self._restore, None
        if restore is None:
            return
        self.fields.load(restore.draft, host_id=restore.host_id or None)
        self._previous = self.fields.read_draft()
        self._touched = {"*"}
        self.note.show_message(
            "Restored your unsaved changes",
            "zoomdesk stopped before this form was saved. Check the details, then save.",
            level="info",
        )
        self._revalidate()
        self._schedule_autosave()

    def mode(self) -> str:
        if self.occurrence_id:
            return "occurrence"
        if self.editing:
            return "edit"
        return "create" if self.meeting is None else "duplicate"

    def form_state(self) -> FormState:
        return FormState(
            mode=self.mode(),
            draft=self.fields.read_draft(),
            host_id=self.fields.host_id(),
            meeting_id=self.meeting.id if self.meeting is not None else None,
            occurrence_id=self.occurrence_id,
            original_topic=self.meeting.topic if self.meeting is not None else "",
        )

    def _schedule_autosave(self) -> None:
        if self.autosave is None or self._baseline is None:
            return
        if self.is_dirty():
            self.autosave.schedule(self.form_state)
        elif not self.autosave.discarded:
            self.autosave.discard()

    def _on_autosave_failed(self, message: str) -> None:
        self.banner.show_message(
            "Your changes are not backed up",
            f"{message}\nEverything you typed is still here; save the meeting to keep it.",
            level="warning",
        )

    def _retry_load(self) -> None:
        keep_task(self._tasks, self._load())

    def _set_loaded(self, draft: MeetingDraft, host: str) -> None:
        self.fields.load(draft, host_id=host or None)
        self.fields.setEnabled(True)
        self._baseline = self.fields.read_draft()
        self._baseline_host = self.fields.host_id()
        self._previous = self._baseline
        self._touched = set() if self.meeting is None else {"*"}
        self.fields.topic_edit.setFocus()
        if not self.editing:
            self.fields.topic_edit.selectAll()  # a copy's topic is usually retyped
        self._revalidate()

    def _show_occurrence_note(self, draft: MeetingDraft) -> None:
        start = draft.start
        when = f"{start:%a} {start.day} {start:%b %Y %H:%M}" if start else "this date"
        self.note.show_message(
            f"Editing the occurrence on {when} ({draft.timezone})",
            "Only this date changes. The topic, passcode, time zone, repeat pattern and the "
            "greyed-out options belong to the whole series: edit the series to change them.",
            level="info",
        )

    # --- validation ----------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        return self._baseline is not None

    def current_draft(self) -> MeetingDraft:
        return self.fields.read_draft()

    def changes(self) -> Json:
        if self._baseline is None:
            return {}
        draft = self.fields.read_draft()
        if self.occurrence_id:
            return occurrence_changes(draft, self._baseline)
        return series_changes(draft, self._baseline)

    def is_dirty(self) -> bool:
        if self._baseline is None:
            return False
        return (
            self.fields.read_draft() != self._baseline
            or self.fields.host_id() != self._baseline_host
        )

    def _on_changed(self) -> None:
        draft = self.fields.read_draft()
        changed = changed_fields(self._previous, draft) if self._previous else set()
        if self.fields.host_id() != self._baseline_host:
            changed.add("host")
        self._previous = draft
        self._touched |= changed
        for name in list(self._server_errors):
            if _root(name) in changed or name in changed:
                del self._server_errors[name]
        self._revalidate()
        self._schedule_autosave()

    def _revalidate(self) -> None:
        if self._baseline is None:
            self._problems = []
            self._refresh()
            return
        draft = self.fields.read_draft()
        problems = draft.problems()
        moved = draft.start != self._baseline.start or draft.timezone != self._baseline.timezone
        problems += timing_problems(draft, now_utc(), check_start=not self.editing or moved)
        if not self.editing and not self.fields.host_id():
            problems.append(FieldError("host", "Choose who hosts the meeting."))
        self._problems = problems
        shown: dict[int, str] = {}
        for name, message in self._server_errors.items():
            row = self.fields.row_for(name)
            if row is not None:
                shown.setdefault(id(row), message)
        for problem in problems:
            row = self.fields.row_for(problem.field)
            visible = "*" in self._touched or _root(problem.field) in self._touched
            if row is not None and visible:
                shown.setdefault(id(row), problem.message)
        for row in self.fields.rows():
            row.set_error(shown.get(id(row)))
        self._refresh()

    def save_blocker(self) -> str:
        """Why Save is disabled, in a sentence; empty when it is enabled."""
        if self._baseline is None:
            if self.banner.isVisible():
                return "The meeting couldn't be loaded (see above)."
            return "Loading the meeting from Zoom…"
        if self._saving:
            return "Saving…"
        if self._unknown is not None:
            if self._unknown.busy:
                return "Checking whether the meeting was created…"
            return "First check whether the meeting was created (button above)."
        if self._problems:
            return blocker_text(self._problems)
        if self.editing and not self.changes():
            return "No changes to save."
        return ""

    def _refresh(self) -> None:
        reason = self.save_blocker()
        blocked = bool(reason) or self._baseline is None
        self.save_button.setEnabled(not blocked)
        self.save_button.setToolTip(reason)
        self.save_button.setAccessibleDescription(reason)
        self.reason_label.setText(reason)
        palette = self.reason_label.palette()
        shouting = any(row.error for row in self.fields.rows())
        color = error_color(self.palette()) if shouting else muted_color(self.palette())
        palette.setColor(self.reason_label.foregroundRole(), color)
        self.reason_label.setPalette(palette)
        self.cancel_button.setEnabled(not self._saving)

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
        self._refresh()
        keep_task(self._tasks, self._save())

    @async_slot
    async def _save(self) -> None:
        draft = self.fields.read_draft()
        self.banner.clear()
        try:
            if self.editing:
                await self._update(draft)
            else:
                await self._create(draft)
        except Exception as error:  # anything unexpected still reaches the user and the log
            log.exception("Saving the meeting failed unexpectedly")
            self._show_failure(error)
        finally:
            self._saving = False
            if self.isVisible():
                self.fields.setEnabled(True)
                if self._focus is not None:
                    self._focus.setFocus()
                self._revalidate()

    async def _create(self, draft: MeetingDraft) -> None:
        host = self.fields.host_id()
        sent_at = now_utc()
        try:
            meeting = await self.client.create_meeting(host, draft.to_json())
        except OutcomeUnknownError as error:
            log.warning("Creating a meeting: outcome unknown: %s", error.summary())
            self._unknown = CreateOutcomeCheck(self.client, self.banner, draft, host, sent_at, self)
            self._unknown.found.connect(self._finish)
            self._unknown.retry.connect(self._retry_after_check)
            self._unknown.busy_changed.connect(lambda _busy: self._refresh())
            self._unknown.show(error)
            return
        except ZoomDeskError as error:
            log.warning("Creating a meeting failed: %s", error.summary())
            self._show_failure(error)
            return
        self._finish(meeting)

    async def _update(self, draft: MeetingDraft) -> None:
        assert self.meeting is not None
        try:
            await self.client.update_meeting(
                self.meeting.id, self.changes(), self.occurrence_id, topic=draft.topic
            )
        except ZoomDeskError as error:
            log.warning("Updating meeting %s failed: %s", self.meeting.id, error.summary())
            self._show_failure(error)
            return
        self._finish(self.meeting.id)

    def _finish(self, result: Meeting | int) -> None:
        if self.autosave is not None:
            self.autosave.discard()
        self._baseline = self.fields.read_draft()  # nothing left unsaved: close without asking
        self._baseline_host = self.fields.host_id()
        self.saved.emit(result)
        self.accept()

    def _show_failure(self, error: BaseException) -> None:
        title, body, details = describe_failure(error, host=self._host_label())
        if isinstance(error, ValidationError):
            unplaced = []
            for item in error.errors:
                if self.fields.row_for(item.field) is not None:
                    self._server_errors[item.field] = item.message
                else:
                    unplaced.append(
                        f"• {item.message} ({item.field})" if item.field else item.message
                    )
            if unplaced:
                body += "\nZoom also said:\n" + "\n".join(unplaced)
        self.banner.show_message(title, body, details=details)
        self._revalidate()
        self._focus_first_error()

    def _focus_first_error(self) -> None:
        for row in self.fields.rows():
            if row.error and row.isVisible():
                self.scroll_area.ensureWidgetVisible(row)
                self._focus = row.target
                return

    def _host_label(self) -> str:
        host = self.fields.host_combo.currentText()
        return host or "this host"

    def _retry_after_check(self) -> None:
        self._unknown = None
        self.banner.clear()
        self._refresh()
        self.on_save_clicked()

    # --- closing -------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc, Cancel and the window's close button: ask before losing typed changes."""
        if self._saving:
            return  # the answer decides whether anything is left to lose
        if self.is_dirty():
            self._ask_before_closing()
            return
        if self.autosave is not None:
            self.autosave.discard()
        super().reject()

    def _ask_before_closing(self) -> None:
        if self._close_prompt is not None:
            self._close_prompt.raise_()
            return
        what = "save your changes" if self.editing else "create the meeting"
        box = unsaved_changes_box(self, f"Do you want to {what}?", self.save_blocker())
        box.finished.connect(lambda _result: self._on_close_answer(box))
        self._close_prompt = box
        box.open()

    def _on_close_answer(self, box: QMessageBox) -> None:
        self._close_prompt = None
        answer = box.standardButton(box.clickedButton())
        box.deleteLater()
        if answer == QMessageBox.StandardButton.Save:
            self.on_save_clicked()
        elif answer == QMessageBox.StandardButton.Discard:
            if self.autosave is not None:
                self.autosave.discard()
            super().reject()


def _summary(error: BaseException) -> str:
    return error.summary() if isinstance(error, ZoomDeskError) else repr(error)


def _root(field: str) -> str:
    return "recurrence" if field.startswith("recurrence") else field
