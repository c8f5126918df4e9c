"""`zoomdesk` with no command: show the main window first, then load the rest.

asyncio, qasync and the app's services take ~50 ms to import; the window does not need them,
so it is built and painted before they are imported (docs/performance.md)."""

from __future__ import annotations

import sys
import time

from PySide6 import QtWidgets  # before qasync, which would otherwise pick any Qt binding


def run_gui(
    *,
    sandbox: bool = False,
    smoke_test: bool = False,
    profile: str | None = None,
    started_at: float | None = None,
) -> int:
    from zoomdesk.core.paths import AppPaths
    from zoomdesk.ui.i18n import use_language
    from zoomdesk.ui.main_window import MainWindow
    from zoomdesk.ui.settings import UiSettings

    app = make_qapplication()
    paths = AppPaths.default()
    instance = None
    if not smoke_test:  # a smoke test checks an install; it may run beside the user's app
        from zoomdesk.ui.single_instance import NotAnswering, SingleInstance

        try:
            instance = SingleInstance.claim(paths.config, parent=app)
        except NotAnswering as error:
            print(error, file=sys.stderr)
            return 1
        if instance is None:
            print("zoomdesk is already running: its window was brought to the front.")
            return 0
    settings = UiSettings(paths.config)
    use_language(settings.language)
    window = MainWindow(settings)
    if instance is not None:
        instance.raise_requested.connect(window.bring_to_front)
    window.show_page("starting")
    window.show()
    app.processEvents()  # painted now, not after the imports below
    shown_at = time.perf_counter()
    if instance is not None:
        instance.listen()  # for later starts, which ask this window to come to the front

    from zoomdesk.ui import app as desktop

    try:
        return desktop.run_gui(
            sandbox=sandbox,
            smoke_test=smoke_test,
            profile=profile,
            started_at=started_at,
            window=window,
            settings=settings,
            shown_at=shown_at,
        )
    finally:
        if instance is not None:
            instance.release()


def make_qapplication() -> QtWidgets.QApplication:
    from zoomdesk.ui.icons import app_icon

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv)
    assert isinstance(app, QtWidgets.QApplication)
    app.setApplicationName("zoomdesk")
    app.setApplicationDisplayName("zoomdesk")
    app.setOrganizationName("zoomdesk")
    app.setDesktopFileName("zoomdesk")
    app.setWindowIcon(app_icon())
    # The app decides when to quit: after the async shutdown, not when the window goes away.
    app.setQuitOnLastWindowClosed(False)
    return app
