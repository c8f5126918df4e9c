"""How the meeting form closes: it asks before losing typed changes, stops its work with it,
and lets a save that hangs be abandoned ("Stop waiting") without pretending to know how it
ended. A mixin of `MeetingFormDialog`, which provides the attributes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from zoomdesk.core.errors import OutcomeUnknownError
from zoomdesk.core.i18n import translate

if TYPE_CHECKING:
    from zoomdesk.core.edit_state import EditState
    from zoomdesk.ui.autosave import FormAutosave
    from zoomdesk.ui.form_fields import MessageBanner, UnsavedChangesPrompt
    from zoomdesk.ui.tasks import TaskRunner


class FormClosing:
    if TYPE_CHECKING:
        autosave: FormAutosave | None
        banner: MessageBanner
        editing: bool
        runner: TaskRunner
        state: EditState
        _saving: bool
        _close_prompt: UnsavedChangesPrompt

        def save_blocker(self) -> str: ...
        def _saved_or_failed(self) -> None: ...
        def _offer_check(self, error: OutcomeUnknownError) -> None: ...
        def _refresh(self) -> None: ...

    def done(self, result: int) -> None:
        """However the form closes, its work in flight stops with it."""
        self.runner.stop()
        super().done(result)  # type: ignore[misc]

    def reject(self) -> None:
        """Esc, Cancel and the window's close button: ask before losing typed changes; while
        saving, the same keys stop waiting for Zoom's answer."""
        if self._saving:
            self.stop_waiting()
            return
        if self.state.is_dirty():
            self._ask_before_closing()
            return
        if self.autosave is not None:
            self.autosave.discard()
        super().reject()  # type: ignore[misc]

    def stop_waiting(self) -> None:
        """The save was sent; its answer no longer matters to the user. A create may have
        happened (as in the CLI after Ctrl+C): the form offers "Check now" before any retry.
        A change sent again is not made twice, so an edit simply may be saved again."""
        if not self._saving:
            return
        self.runner.cancel("save")
        self._saved_or_failed()
        if not self.editing:
            self._offer_check(OutcomeUnknownError("you stopped waiting for Zoom's answer"))
            return
        self.banner.show_message(
            translate("FormClosing", "The change may or may not have been saved"),
            translate(
                "FormClosing",
                "You stopped waiting for Zoom's answer. Saving again is safe: the same change "
                "is not applied twice. Or close the form and refresh the list to see what Zoom "
                "has.",
            ),
            level="warning",
        )
        self._refresh()

    def _ask_before_closing(self) -> None:
        if self.editing:
            question = translate("FormClosing", "Do you want to save your changes?")
        else:
            question = translate("FormClosing", "Do you want to create the meeting?")
        self._close_prompt.ask(question, self.save_blocker())

    def _discard_and_close(self) -> None:
        if self.autosave is not None:
            self.autosave.discard()
        super().reject()  # type: ignore[misc]
