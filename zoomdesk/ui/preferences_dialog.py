"""Preferences: the language of the app (applied at the next start, like most desktop apps:
every window would otherwise have to rebuild its texts)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from zoomdesk.core.i18n import translate
from zoomdesk.ui.i18n import LANGUAGES
from zoomdesk.ui.settings import UiSettings


class PreferencesDialog(QDialog):
    def __init__(self, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(translate("Preferences", "Preferences"))
        self.language = QComboBox()
        self.language.addItem(translate("Preferences", "System default"), "")
        for code, name in sorted(LANGUAGES.items(), key=lambda item: item[1].casefold()):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        label = QLabel(translate("Preferences", "&Language:"))
        label.setBuddy(self.language)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.language.currentIndexChanged.connect(self._update_note)
        form = QFormLayout()
        form.addRow(label, self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._update_note()

    def _update_note(self) -> None:
        chosen = self.language.currentData() or ""
        if chosen != self._settings.language:
            text = translate("Preferences", "The new language is used when zoomdesk next starts.")
        else:
            text = translate("Preferences", "Used for menus, messages, dates and times.")
        self.note.setText(text)

    def accept(self) -> None:
        self._settings.language = self.language.currentData() or ""
        self._settings.sync()
        super().accept()


def show_preferences(parent: QWidget, settings: UiSettings) -> PreferencesDialog:
    """Window-modal, opened without a nested event loop (STYLE.md: no exec())."""
    dialog = PreferencesDialog(settings, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog
