"""The meeting form's recovery copy: written as the user types (through `FormAutosave`),
removed when the form is saved or deliberately discarded, and put back into the form after a
crash, a kill or a power cut. A mixin of `MeetingFormDialog`, which provides the attributes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from zoomdesk.core.draft_store import FormState
from zoomdesk.core.i18n import translate

if TYPE_CHECKING:
    from zoomdesk.core.edit_state import EditState
    from zoomdesk.core.models import Meeting
    from zoomdesk.ui.autosave import FormAutosave
    from zoomdesk.ui.form_fields import MessageBanner
    from zoomdesk.ui.meeting_fields import MeetingFields


class FormRecovery:
    if TYPE_CHECKING:
        autosave: FormAutosave | None
        _restore: FormState | None
        fields: MeetingFields
        state: EditState
        note: MessageBanner
        banner: MessageBanner
        meeting: Meeting | None
        occurrence_id: str | None

        def mode(self) -> str: ...
        def _revalidate(self) -> None: ...

    def _apply_restore(self) -> None:
        """Put back what the user had typed before zoomdesk stopped (crash, kill, power cut)."""
        restore, self._restore = self._restore, None
        if restore is None:
            return
        self.fields.load(restore.draft, host_id=restore.host_id or None)
        self.state.restored(self.fields.read_draft(), self.fields.host_id())
        self.note.show_message(
            translate("FormRecovery", "Restored your unsaved changes"),
            translate(
                "FormRecovery",
                "zoomdesk stopped before this form was saved. Check the details, then save.",
            ),
            level="info",
        )
        self._revalidate()
        self._schedule_autosave()

    def form_state(self) -> FormState:
        return FormState(
            mode=self.mode(),
            draft=self.state.draft,
            host_id=self.state.host,
            meeting_id=self.meeting.id if self.meeting is not None else None,
            occurrence_id=self.occurrence_id,
            original_topic=self.meeting.topic if self.meeting is not None else "",
        )

    def _schedule_autosave(self) -> None:
        if self.autosave is None or not self.state.loaded:
            return
        if self.state.is_dirty():
            self.autosave.schedule(self.form_state)
        elif not self.autosave.discarded:
            self.autosave.discard()

    def _on_autosave_failed(self, message: str) -> None:
        self.banner.show_message(
            translate("FormRecovery", "Your changes are not backed up"),
            translate(
                "FormRecovery",
                "{problem}\nEverything you typed is still here; save the meeting to keep it.",
            ).format(problem=message),
            level="warning",
        )
