"""The About box: versions a support person asks for, and where the settings and logs live."""

from __future__ import annotations

import platform
import sys

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from zoomdesk import __version__
from zoomdesk.core.i18n import translate
from zoomdesk.core.paths import AppPaths
from zoomdesk.ui.icons import app_icon


def about_text(paths: AppPaths) -> str:
    python = sys.version.split()[0]
    purpose = translate(
        "About",
        "Schedule and edit Zoom meetings from the desktop through a Server-to-Server OAuth app.",
    )
    return "\n".join(
        [
            f"zoomdesk {__version__}",
            "",
            purpose,
            "",
            f"Qt {qVersion()} · PySide6 {PySide6.__version__} · Python {python}",
            f"{platform.system()} {platform.release()} ({platform.machine()})",
            "",
            translate("About", "Settings: {folder}").format(folder=paths.config),
            translate("About", "Logs: {file}").format(file=paths.log),
        ]
    )


def show_about(parent: QWidget, paths: AppPaths) -> QMessageBox:
    """Non-modal, so it can stay open while the user copies the versions into a support mail."""
    box = QMessageBox(parent)
    box.setWindowTitle(translate("About", "About zoomdesk"))
    box.setIconPixmap(app_icon().pixmap(64, 64))
    box.setText(about_text(paths))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box
