"""The desktop app (PySide6 widgets on a qasync loop)."""

from zoomdesk.ui import qt_compat

qt_compat.install()
