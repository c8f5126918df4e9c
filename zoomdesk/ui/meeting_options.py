"""The meeting form's "Security" and "Options" sections: passcode, waiting room, registration,
video, join before host, mute, recording, audio, alternative hosts, email notification.

Zoom turns join-before-host off while the waiting room is on, so the form does too (and gives
it back when the waiting room is switched off again)."""

from __future__ import annotations

import re
from typing import Any

from PySide6 import QtWidgets  # noqa: F401  (PySide6 before anything that may pull in qasync)
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from zoomdesk.core.drafts import PASSWORD_MAX, generate_passcode
from zoomdesk.ui.form_fields import FieldRow, choice_box, hbox, select_data

JBH_TIMES = (
    (0, "Any time before the start"),
    (5, "Up to 5 min before"),
    (10, "Up to 10 min before"),
)
RECORDING = (("none", "Don't record"), ("local", "On this computer"), ("cloud", "In the cloud"))
APPROVAL = (
    (2, "No registration"),
    (0, "Registration, approved automatically"),
    (1, "Registration, approved by the host"),
)
AUDIO = (
    ("both", "Telephone and computer audio"),
    ("telephony", "Telephone only"),
    ("voip", "Computer audio only"),
)
WAITING_ROOM_NOTE = "Not available while the waiting room is on (Zoom turns it off)."


def form_section(title: str, rows: list[tuple[str, FieldRow, QWidget]]) -> QGroupBox:
    """A titled group of label/field rows; each label is the buddy of its input (mnemonics)."""
    box = QGroupBox(title)
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    for text, row, buddy in rows:
        label = QLabel(text)
        label.setBuddy(buddy)
        form.addRow(label, row)
    return box


class MeetingOptions(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.occurrence_mode = False
        self._jbh_before_waiting_room = False

        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName("Passcode")
        self.password_edit.setPlaceholderText("No passcode")
        self.show_password = QToolButton()
        self.show_password.setText("Show")
        self.show_password.setCheckable(True)
        self.show_password.setAccessibleName("Show passcode")
        self.show_password.toggled.connect(self._on_show_password)
        self.generate_button = QPushButton("Ge&nerate")
        self.generate_button.setAutoDefault(False)
        self.generate_button.setAccessibleName("Generate a random passcode")
        self.generate_button.clicked.connect(self.on_generate_clicked)
        self.password_row = FieldRow(
            self.password_edit,
            extras=[self.show_password, self.generate_button],
            limit=PASSWORD_MAX,
        )
        self.password_row.set_hint("Letters, digits and @ - _ *")
        self.waiting_room_check = QCheckBox("Admit people from a &waiting room")
        self.waiting_room_row = FieldRow(
            hbox(self.waiting_room_check), target=self.waiting_room_check
        )
        self.approval_combo = choice_box(APPROVAL, "Registration")
        self.approval_row = FieldRow(hbox(self.approval_combo), target=self.approval_combo)

        self.host_video_check = QCheckBox("Host &video on")
        self.participant_video_check = QCheckBox("&Participants' video on")
        self.video_row = FieldRow(
            hbox(self.host_video_check, self.participant_video_check),
            target=self.host_video_check,
        )
        self.jbh_check = QCheckBox("Let people &join before the host")
        self.jbh_combo = choice_box(JBH_TIMES, "How early people may join")
        self.jbh_row = FieldRow(hbox(self.jbh_check, self.jbh_combo), target=self.jbh_check)
        self.mute_check = QCheckBox("&Mute participants when they join")
        self.mute_row = FieldRow(hbox(self.mute_check), target=self.mute_check)
        self.recording_combo = choice_box(RECORDING, "Automatic recording")
        self.recording_row = FieldRow(hbox(self.recording_combo), target=self.recording_combo)
        self.audio_combo = choice_box(AUDIO, "Audio")
        self.audio_row = FieldRow(hbox(self.audio_combo), target=self.audio_combo)
        self.alt_hosts_edit = QLineEdit()
        self.alt_hosts_edit.setPlaceholderText("ann@example.com; bob@example.com")
        self.alt_hosts_edit.setAccessibleName("Alternative hosts")
        self.alt_hosts_row = FieldRow(self.alt_hosts_edit)
        self.alt_hosts_row.set_hint("Email addresses of licensed users, separated by ;")
        self.email_check = QCheckBox("&Email alternative hosts and schedulers about it")
        self.email_check.setChecked(True)
        self.email_row = FieldRow(hbox(self.email_check), target=self.email_check)

        self.security_box = form_section(
            "Security",
            [
                ("Pass&code", self.password_row, self.password_edit),
                ("Waiting room", self.waiting_room_row, self.waiting_room_check),
                ("Re&gistration", self.approval_row, self.approval_combo),
            ],
        )
        self.options_box = form_section(
            "Options",
            [
                ("Video", self.video_row, self.host_video_check),
                ("Joining", self.jbh_row, self.jbh_check),
                ("", self.mute_row, self.mute_check),
                ("Recor&ding", self.recording_row, self.recording_combo),
                ("Aud&io", self.audio_row, self.audio_combo),
                ("A&lternative hosts", self.alt_hosts_row, self.alt_hosts_edit),
                ("", self.email_row, self.email_check),
            ],
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.security_box)
        layout.addWidget(self.options_box)

        self.password_edit.textChanged.connect(self._on_edited)
        self.alt_hosts_edit.textChanged.connect(self._on_edited)
        self.waiting_room_check.toggled.connect(self._on_waiting_room_toggled)
        for combo in (self.jbh_combo, self.recording_combo, self.approval_combo, self.audio_combo):
            combo.currentIndexChanged.connect(self._on_edited)
        for check in (
            self.host_video_check,
            self.participant_video_check,
            self.jbh_check,
            self.mute_check,
            self.email_check,
        ):
            check.toggled.connect(self._on_edited)
        self._sync()

    def sections(self) -> tuple[QGroupBox, QGroupBox]:
        return self.security_box, self.options_box

    # --- values --------------------------------------------------------------------------

    def password(self) -> str:
        return self.password_edit.text()

    def settings(self) -> dict[str, Any]:
        hosts = [h.strip() for h in re.split(r"[;,]", self.alt_hosts_edit.text()) if h.strip()]
        out: dict[str, Any] = {
            "host_video": self.host_video_check.isChecked(),
            "participant_video": self.participant_video_check.isChecked(),
            "join_before_host": self.jbh_check.isChecked(),
            "mute_upon_entry": self.mute_check.isChecked(),
            "waiting_room": self.waiting_room_check.isChecked(),
            "auto_recording": self.recording_combo.currentData(),
            "approval_type": self.approval_combo.currentData(),
            "audio": self.audio_combo.currentData(),
            "alternative_hosts": ";".join(hosts),
            "email_notification": self.email_check.isChecked(),
        }
        if self.jbh_check.isChecked():
            out["jbh_time"] = self.jbh_combo.currentData()
        return out

    def load(self, password: str, settings: dict[str, Any]) -> None:
        """Show Zoom's values; a missing setting shows Zoom's documented default."""
        self._loading = True
        try:
            self.password_edit.setText(password)
            s = settings
            self.host_video_check.setChecked(bool(s.get("host_video", False)))
            self.participant_video_check.setChecked(bool(s.get("participant_video", False)))
            self.mute_check.setChecked(bool(s.get("mute_upon_entry", False)))
            self.waiting_room_check.setChecked(bool(s.get("waiting_room", False)))
            jbh = bool(s.get("join_before_host", False))
            self._jbh_before_waiting_room = jbh
            self.jbh_check.setChecked(jbh and not self.waiting_room_check.isChecked())
            select_data(self.jbh_combo, s.get("jbh_time", 0))
            select_data(self.recording_combo, s.get("auto_recording", "none"))
            select_data(self.approval_combo, s.get("approval_type", 2))
            select_data(self.audio_combo, s.get("audio", "both"))
            self.alt_hosts_edit.setText(str(s.get("alternative_hosts") or ""))
            self.email_check.setChecked(bool(s.get("email_notification", True)))
        finally:
            self._loading = False
        self._sync()

    def set_occurrence_mode(self) -> None:
        """Zoom lets one occurrence change only video, join-before-host (not how early), mute,
        waiting room and recording."""
        self.occurrence_mode = True
        for widget in (
            self.password_edit,
            self.show_password,
            self.generate_button,
            self.approval_combo,
            self.audio_combo,
            self.alt_hosts_edit,
            self.email_check,
        ):
            widget.setEnabled(False)
        self._sync()

    # --- messages ------------------------------------------------------------------------

    def row_for(self, field: str) -> FieldRow | None:
        rows = {
            "password": self.password_row,
            "settings.host_video": self.video_row,
            "settings.participant_video": self.video_row,
            "settings.join_before_host": self.jbh_row,
            "settings.jbh_time": self.jbh_row,
            "settings.mute_upon_entry": self.mute_row,
            "settings.waiting_room": self.waiting_room_row,
            "settings.auto_recording": self.recording_row,
            "settings.approval_type": self.approval_row,
            "settings.registration_type": self.approval_row,
            "settings.audio": self.audio_row,
            "settings.alternative_hosts": self.alt_hosts_row,
            "settings.email_notification": self.email_row,
        }
        return rows.get(field)

    def rows(self) -> list[FieldRow]:
        return [
            self.password_row,
            self.waiting_room_row,
            self.approval_row,
            self.video_row,
            self.jbh_row,
            self.mute_row,
            self.recording_row,
            self.audio_row,
            self.alt_hosts_row,
            self.email_row,
        ]

    # --- reactions -----------------------------------------------------------------------

    def on_generate_clicked(self) -> None:
        self.password_edit.setText(generate_passcode())
        self.show_password.setChecked(True)  # asked for one: show it, or it can't be shared
        self.password_edit.setFocus()

    def _on_show_password(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.password_edit.setEchoMode(mode)
        self.show_password.setText("Hide" if shown else "Show")
        self.show_password.setAccessibleName("Hide passcode" if shown else "Show passcode")

    def _on_waiting_room_toggled(self, on: bool) -> None:
        if not self._loading:
            if on:
                self._jbh_before_waiting_room = self.jbh_check.isChecked()
                self.jbh_check.setChecked(False)
            else:
                self.jbh_check.setChecked(self._jbh_before_waiting_room)
        self._on_edited()

    def _on_edited(self, *_args: object) -> None:
        if self._loading:
            return
        self._sync()
        self.changed.emit()

    def _sync(self) -> None:
        waiting = self.waiting_room_check.isChecked()
        self.jbh_check.setEnabled(not waiting)
        self.jbh_combo.setEnabled(
            self.jbh_check.isChecked() and not waiting and not self.occurrence_mode
        )
        self.jbh_row.set_hint(WAITING_ROOM_NOTE if waiting else "")
        self.password_row.set_count(len(self.password_edit.text()))
