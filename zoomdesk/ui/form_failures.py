"""How the meeting form shows a failed save or load: Zoom's complaints next to their fields
(the rest in the banner), the first such field scrolled into view and focused after, and a
meeting that no longer exists reported to the list. A mixin of `MeetingFormDialog`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from zoomdesk.core.errors import ValidationError
from zoomdesk.core.i18n import translate
from zoomdesk.ui.errors import gone_meeting
from zoomdesk.ui.save_errors import describe_failure

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QScrollArea, QWidget

    from zoomdesk.core.edit_state import EditState
    from zoomdesk.ui.form_fields import MessageBanner
    from zoomdesk.ui.meeting_fields import MeetingFields


class FormFailures:
    if TYPE_CHECKING:
        fields: MeetingFields
        state: EditState
        banner: MessageBanner
        scroll_area: QScrollArea
        meeting_gone: SignalInstance
        _saving: bool
        _focus: QWidget | None

        def _revalidate(self) -> None: ...
        def _saved_or_failed(self) -> None: ...

    def _say_if_gone(self, error: BaseException) -> None:
        if (gone := gone_meeting(error)) is not None:
            self.meeting_gone.emit(gone)

    def _show_failure(self, error: BaseException) -> None:
        self._say_if_gone(error)
        title, body, details = describe_failure(error, host=self._host_label())
        if isinstance(error, ValidationError):
            shown = self.fields.row_for
            unplaced = self.state.zoom_refused(error.errors, lambda f: shown(f) is not None)
            if unplaced:
                said = translate("FormFailures", "Zoom also said:")
                body += f"\n{said}\n" + "\n".join(unplaced)
        self.banner.show_message(title, body, details=details)
        self._revalidate()
        self._focus_first_error()

    def _on_task_failed(self, _what: str, error: BaseException) -> None:
        """Anything unexpected still reaches the user (and the log, through the runner)."""
        if self._saving:
            self._saved_or_failed()
        self._show_failure(error)

    def _focus_first_error(self) -> None:
        for row in self.fields.rows():
            if row.error and row.isVisible():
                self.scroll_area.ensureWidgetVisible(row)
                self._focus = row.target
                return

    def _host_label(self) -> str:
        host = self.fields.host_combo.currentText()
        return host or translate("FormFailures", "this host")
