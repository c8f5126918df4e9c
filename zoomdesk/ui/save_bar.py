"""The meeting form's bottom line: why saving is not possible (in words, next to the buttons),
Cancel and Save; and the texts that name what the form is doing."""

from __future__ import annotations

from PySide6 import QtWidgets  # noqa: F401  (PySide6 before anything that may pull in qasync)
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from zoomdesk.core.drafts import MeetingDraft
from zoomdesk.core.i18n import dates, translate, translate_marked, translate_noop
from zoomdesk.ui.a11y import LiveLabel
from zoomdesk.ui.palette import error_color, muted_color

SAVE_TEXT = {
    "create": translate_noop("SaveBar", "Create meeting"),
    "duplicate": translate_noop("SaveBar", "Create meeting"),
    "edit": translate_noop("SaveBar", "Save changes"),
    "occurrence": translate_noop("SaveBar", "Save this occurrence"),
}
TITLES = {
    "create": translate_noop("SaveBar", "New meeting"),
    "duplicate": translate_noop("SaveBar", "Duplicate meeting — {topic}"),
    "edit": translate_noop("SaveBar", "Edit meeting — {topic}"),
    "occurrence": translate_noop("SaveBar", "Edit one occurrence — {topic}"),
}


def window_title(mode: str, topic: str) -> str:
    return translate_marked("SaveBar", TITLES[mode]).format(topic=topic)


def occurrence_note(draft: MeetingDraft) -> tuple[str, str]:
    """What editing one occurrence means: a title and a sentence."""
    start = draft.start
    if start is None:
        title = translate("SaveBar", "Editing the occurrence on this date ({zone})")
    else:
        title = translate("SaveBar", "Editing the occurrence on {when} ({zone})")
    when = dates().datetime(start) if start else ""
    return (
        title.format(when=when, zone=draft.timezone),
        translate(
            "SaveBar",
            "What you change here applies to this date only: its start, duration, agenda and "
            "the options you can edit. The topic, passcode, time zone, repeat pattern and the "
            "greyed-out options belong to the whole series: edit the series to change them.",
        ),
    )


class SaveBar(QWidget):
    def __init__(self, mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reason_label = LiveLabel()
        self.reason_label.setWordWrap(True)
        self.reason_label.setAccessibleName(translate("SaveBar", "Why saving is not possible"))
        self.cancel_button = QPushButton(translate("SaveBar", "Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.save_button = QPushButton(translate_marked("SaveBar", SAVE_TEXT[mode]))
        self.save_button.setDefault(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.reason_label, 1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)

    def show_state(self, reason: str, *, shouting: bool, saving: bool) -> None:
        """`reason` why Save is off ("" when it is on), in red when a field shows an error."""
        self.save_button.setEnabled(not reason)
        self.save_button.setToolTip(reason)
        self.save_button.setAccessibleDescription(reason)
        self.reason_label.setText(reason)
        palette = self.reason_label.palette()
        color = error_color(self.palette()) if shouting else muted_color(self.palette())
        palette.setColor(self.reason_label.foregroundRole(), color)
        self.reason_label.setPalette(palette)
        # While saving, Cancel becomes the way out of a save that hangs (see FormClosing).
        stop, cancel = translate("SaveBar", "Stop waiting"), translate("SaveBar", "Cancel")
        self.cancel_button.setText(stop if saving else cancel)
