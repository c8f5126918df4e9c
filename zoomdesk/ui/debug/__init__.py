"""The token debug panel and the request doctor (issue 4).

- `DebugPanel(log, token_provider_getter, *, open_doctor=None)`: a QWidget to dock.
- `DebugWindow` / `open_debug_window(log, token_provider_getter)`: the same, on its own.
- `DoctorWindow(token_provider_getter=None, sandbox_url=None)`: the request doctor.
"""

from zoomdesk.ui.debug.doctor_window import DoctorWindow
from zoomdesk.ui.debug.panel import DebugPanel
from zoomdesk.ui.debug.window import DebugWindow, open_debug_window

__all__ = ["DebugPanel", "DebugWindow", "DoctorWindow", "open_debug_window"]
