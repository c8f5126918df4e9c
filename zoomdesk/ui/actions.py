"""What the user can do with a meeting: open it in the form (new, edit, duplicate), delete it
(one occurrence or the whole series), copy its join link or invitation, save it as an .ics file
(calendar_file_actions.py).

Dialogs are opened with `open()` and answered through signals, never `exec()` inside a
coroutine (a nested event loop breaks the other tasks; qasync issues #59, #82)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from zoomdesk.core.i18n import translate
from zoomdesk.core.models import Meeting, MeetingType
from zoomdesk.ui.calendar_file_actions import CalendarFileActions
from zoomdesk.ui.main_window import MainWindow
from zoomdesk.ui.meeting_list import MeetingListController
from zoomdesk.ui.occurrence_dialog import OccurrenceDialog
from zoomdesk.ui.scheduler_actions import SchedulerActions
from zoomdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from zoomdesk.core.draft_store import DraftStore
    from zoomdesk.core.policy import Policy
    from zoomdesk.ui.draft_owners import DraftOwner

log = logging.getLogger("zoomdesk.ui")


class MeetingActions(SchedulerActions, CalendarFileActions, QObject):
    form_opened = Signal(object)  # each MeetingFormDialog, once open (the calendar watches it)

    def __init__(
        self,
        window: MainWindow,
        meetings: MeetingListController,
        runner: TaskRunner,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.meetings = meetings
        self.runner = runner
        # The open dialogs, kept so they are not garbage-collected (and so tests can reach them).
        self.form: QDialog | None = None  # the form opened last
        self.forms: dict[tuple[str, int], QDialog] = {}  # one per meeting: raised, not reopened
        self.occurrence_dialog: OccurrenceDialog | None = None
        self.save_dialog: QFileDialog | None = None
        self.registrants_dialog: QDialog | None = None
        self.last_export: Path | None = None
        self.drafts: DraftStore | None = None  # set once the services exist
        self.draft_owner: DraftOwner | None = None  # names this app's recovery copies
        self.policy: Policy | None = None  # the IT policy, once read (issue 19)
        self.quit_box: QMessageBox | None = None
        self._quit_anyway = False
        window.close_guard = self.allow_close
        window.new_action.triggered.connect(self.new)
        window.edit_action.triggered.connect(self.edit)
        window.list_page.open_requested.connect(self.edit)
        window.duplicate_action.triggered.connect(self.duplicate)
        window.delete_action.triggered.connect(self.delete)
        window.copy_link_action.triggered.connect(self.copy_link)
        window.copy_invitation_action.triggered.connect(self.copy_invitation)
        window.export_ics_action.triggered.connect(self.export_ics)
        window.registrants_action.triggered.connect(self.registrants)

    # --- the form --------------------------------------------------------------------------

    def offline(self) -> bool:
        """Enter, a double-click or the calendar reach these past the disabled actions: while
        Zoom cannot be reached they say why instead of failing."""
        if self.window.offline_reason:
            self.window.notify(self.window.offline_reason)
        return bool(self.window.offline_reason)

    def new(self) -> None:
        if self.meetings.session is not None and not self.offline():
            self.open_form(host_id=self.window.list_page.host_id() or None)

    def edit(self) -> None:
        """The form opens at once and loads the meeting itself; a series first asks whether
        to edit one occurrence (which needs the occurrences: one GET, reused by the form)."""
        meeting = self.meetings.selected()
        if meeting is None or self._raise_form(("edit", meeting.id)) or self.offline():
            return
        if meeting.type is MeetingType.RECURRING_FIXED_TIME:
            key = f"open {meeting.id}"
            if self.runner.running(key):
                return  # already on its way: a second Enter or double-click adds nothing
            topic = meeting.topic
            self._opening(translate("MeetingActions", "Opening “{topic}”…").format(topic=topic))
            what = translate("MeetingActions", "Opening “{topic}”").format(topic=topic)
            self.runner.start(self._edit_series(meeting), what, key=key)
        else:
            self.open_form(meeting=meeting)  # opens at once and shows that it is loading

    def _opening(self, text: str | None) -> None:
        """A series is read before the "one occurrence or all?" question: say so meanwhile."""
        viewport = self.window.list_page.table.viewport()
        if text is None:
            viewport.unsetCursor()
            self.window.statusBar().clearMessage()
            return
        viewport.setCursor(Qt.CursorShape.BusyCursor)
        self.window.statusBar().showMessage(text)

    def duplicate(self) -> None:
        meeting = self.meetings.selected()
        if meeting is not None and not self.offline():
            self.open_form(meeting=meeting, duplicate=True)

    async def _full(self, meeting: Meeting) -> Meeting:
        """List results lack settings, recurrence and occurrences: GET the whole meeting."""
        assert self.meetings.session is not None
        return await self.meetings.session.client.get_meeting(meeting.id)

    async def _edit_series(self, meeting: Meeting) -> None:
        assert self.meetings.session is not None
        try:
            baseline = await self.meetings.session.service.load(meeting.id)
        except Exception:
            self._opening(None)  # the failure is shown by the runner's owner
            raise
        self._opening(None)
        if not baseline.meeting.occurrences:
            self.open_form(baseline=baseline)
            return
        dialog = self._ask(baseline.meeting, "edit")

        def chosen() -> None:
            occurrence = dialog.occurrence_id()
            self.open_form(baseline=baseline.for_occurrence(occurrence) if occurrence else baseline)

        dialog.accepted.connect(chosen)
        dialog.open()

    def open_form(self, *, draft_key: str | None = None, **options: Any) -> None:
        session = self.meetings.session
        if session is None:
            return
        from zoomdesk.ui.autosave import FormAutosave
        from zoomdesk.ui.meeting_form import MeetingFormDialog

        if self.drafts is not None:
            draft_key = draft_key or (self.draft_owner.new_key() if self.draft_owner else None)
            options["autosave"] = FormAutosave(self.drafts, session.key, draft_key)
        options.setdefault("host_defaults", session.host_defaults)
        options.setdefault("tracking", session.tracking_fields)
        from zoomdesk.ui.policy_ui import locked_service

        service = locked_service(session, self.policy)
        form = MeetingFormDialog(service, session.users, parent=self.window, **options)
        if self.policy is not None:
            form.fields.options.set_policy_locks(dict(self.policy.locked_settings))
            tz = self.policy.default_timezone
            if tz and form.mode() == "create" and "restore" not in options:
                form.fields.zone_picker.set_zone_id(tz)  # the organisation's default zone
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.saved.connect(self.meetings.show_saved)
        form.passcode_added.connect(self._say_passcode_added)
        form.meeting_gone.connect(self.meetings.forget)
        key = (form.mode(), form.meeting.id if form.meeting else id(form))
        if form.mode() == "occurrence":
            key = ("edit", key[1])  # one form per meeting, series or occurrence
        self.forms[key] = form
        form.destroyed.connect(lambda *_: self._forget_form(key, form))
        form.finished.connect(self._back_to_the_list)
        self.form = form
        # Not modal: a window-modal form made the main window's × and Ctrl+Q do nothing,
        # silently; the list stays usable and `allow_close` asks about unsaved forms.
        form.show()
        self.form_opened.emit(form)

    def _back_to_the_list(self, *_: object) -> None:
        """After a form closes (saved, cancelled, discarded) the keys act on the list again."""
        if self.window.isVisible():
            self.window.activateWindow()
            self.window.list_page.table.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def allow_close(self) -> bool:
        """The main window's ×, Ctrl+Q, Quit: not past a form with unsaved changes unasked."""
        unsaved = [
            form
            for form in self.forms.values()
            if form.isVisible() and (form.is_dirty() or form._saving)  # type: ignore[attr-defined]
        ]
        if not unsaved or self._quit_anyway:
            return True
        unsaved[0].raise_()
        count = len(unsaved)
        # Two sentences, not one with "(s)": the verb changes with the count too.
        if count == 1:
            text = translate("MeetingActions", "1 meeting form has changes that are not saved.")
        else:
            text = translate(
                "MeetingActions", "%n meeting forms have changes that are not saved.", count
            )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("MeetingActions", "Quit zoomdesk?"),
            text,
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        box.setInformativeText(
            translate(
                "MeetingActions",
                "If you quit now, zoomdesk offers the changes back the next time it starts.",
            )
        )
        back = box.addButton(
            translate("MeetingActions", "Back to the form"), QMessageBox.ButtonRole.RejectRole
        )
        quit_button = box.addButton(
            translate("MeetingActions", "&Quit anyway"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(back)
        back.clicked.connect(lambda: self._show_form(unsaved[0]))
        quit_button.clicked.connect(self.quit_anyway)
        self.quit_box = box
        box.open()
        return False

    def _show_form(self, form: QDialog) -> None:
        form.raise_()
        form.activateWindow()

    def quit_anyway(self) -> None:
        self._quit_anyway = True
        self.window.close()

    def _say_passcode_added(self, meeting: Meeting) -> None:
        self.window.show_message(
            translate(
                "MeetingActions",
                "Zoom gave “{topic}” the passcode {passcode}, though none was "
                "entered: this account requires one. It is in the join link and the invitation.",
            ).format(topic=meeting.topic, passcode=meeting.password),
            kind="info",
            actions=[(translate("MeetingActions", "Copy invitation"), self.copy_invitation)],
            about="passcode",
        )

    def _raise_form(self, key: tuple[str, int]) -> bool:
        form = self.forms.get(key)
        if form is None:
            return False
        form.raise_()
        form.activateWindow()
        return True

    def _forget_form(self, key: tuple[str, int], form: QDialog) -> None:
        if self.forms.get(key) is form:
            del self.forms[key]
        if self.form is form:
            self.form = None

    # --- delete ----------------------------------------------------------------------------

    def delete(self) -> None:
        meeting = self.meetings.selected()
        if meeting is None or self.offline():
            return
        if meeting.type is MeetingType.RECURRING_FIXED_TIME:
            # Which occurrences exist is only in GET /meetings/{id}.
            what = translate("MeetingActions", "Deleting “{topic}”").format(topic=meeting.topic)
            self.runner.start(self._confirm_recurring(meeting), what)
        else:
            self._confirm(meeting)

    async def _confirm_recurring(self, meeting: Meeting) -> None:
        self._confirm(await self._full(meeting))

    def _confirm(self, meeting: Meeting) -> None:
        dialog = self._ask(meeting, "delete")
        dialog.accepted.connect(
            lambda: self.runner.start(
                self._delete(
                    meeting, dialog.occurrence_id(), dialog.occurrence_label(), dialog.notify()
                ),
                translate("MeetingActions", "Deleting “{topic}”").format(topic=meeting.topic),
            )
        )
        dialog.open()

    def _ask(self, meeting: Meeting, mode: str) -> OccurrenceDialog:
        dialog = OccurrenceDialog(meeting, mode=mode, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.occurrence_dialog = dialog
        return dialog

    async def _delete(
        self, meeting: Meeting, occurrence_id: str | None, label: str, notify: bool = False
    ) -> None:
        session = self.meetings.session
        if session is None:
            return
        series = await session.service.delete(meeting, occurrence_id, notify=notify)
        if series is None:
            self.meetings.model.remove(meeting.id)
            text = translate("MeetingActions", "Deleted “{topic}”").format(topic=meeting.topic)
        else:
            self.meetings.model.replace(series)
            text = translate(
                "MeetingActions", "Deleted the {occurrence} occurrence of “{topic}”"
            ).format(occurrence=label, topic=meeting.topic)
        self.offer_cancellation(meeting, occurrence_id, text)

    # --- copy ------------------------------------------------------------------------------

    def copy_link(self) -> None:
        meeting = self.meetings.selected()
        if meeting is None:
            return
        if meeting.join_url:
            self._copy(meeting.join_url, translate("MeetingActions", "Join link copied"))
        else:
            self.runner.start(
                self._copy_link(meeting), translate("MeetingActions", "Copying the join link")
            )

    async def _copy_link(self, meeting: Meeting) -> None:
        full = await self.meetings.cached.readable(meeting)
        if not full.join_url:
            self.window.show_message(
                translate("MeetingActions", "“{topic}” has no join link.").format(topic=full.topic),
                kind="warning",
            )
            return
        self._copy(full.join_url, translate("MeetingActions", "Join link copied"))

    def copy_invitation(self) -> None:
        meeting = self.meetings.selected()
        if meeting is not None:
            self.runner.start(
                self._copy_invitation(meeting),
                translate("MeetingActions", "Copying the invitation"),
            )

    def _inviter(self, meeting: Meeting) -> str:
        session = self.meetings.session
        user = session.user(meeting.host_id) if session else None
        if user is None:
            return meeting.host_email
        return f"{user.first_name} {user.last_name}".strip() or user.email

    def _copy(self, text: str, message: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.window.notify(message)
