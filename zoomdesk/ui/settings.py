"""The desktop app's own settings (window geometry, column widths, last profile and list
selection) in an INI file next to profiles.json, so ZOOMDESK_HOME isolates them too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from zoomdesk.core.i18n import translate_noop

# The labels are shown with translate_marked("MeetingList", label) (ui/list_page.py).
LIST_TYPES = (
    ("upcoming", translate_noop("MeetingList", "Upcoming")),
    ("scheduled", translate_noop("MeetingList", "Scheduled")),
    ("previous_meetings", translate_noop("MeetingList", "Previous")),
)
VERSION = 1


class UiSettings:
    """Typed access to the QSettings keys the UI uses; one place lists them all."""

    def __init__(self, config_dir: Path) -> None:
        self.path = config_dir / "zoomdesk-ui.ini"
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)
        if self._qs.value("version") is None:
            self._qs.setValue("version", VERSION)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qs.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _text(self, key: str, default: str = "") -> str:
        value = self._qs.value(key, default)
        return value if isinstance(value, str) else default

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._qs.setValue("window/state", value)

    @property
    def header_state(self) -> QByteArray | None:
        """Column widths, order and the sort column of the meeting list."""
        return self._bytes("list/header")

    @header_state.setter
    def header_state(self, value: QByteArray) -> None:
        self._qs.setValue("list/header", value)

    @property
    def last_profile(self) -> str | None:
        return self._text("session/last_profile") or None

    @last_profile.setter
    def last_profile(self, value: str | None) -> None:
        self._qs.setValue("session/last_profile", value or "")

    @property
    def host(self) -> str:
        """The selected host's user ID; empty for all users."""
        return self._text("list/host")

    @host.setter
    def host(self, value: str) -> None:
        self._qs.setValue("list/host", value)

    @property
    def list_type(self) -> str:
        value = self._text("list/type", LIST_TYPES[0][0])
        return value if value in dict(LIST_TYPES) else LIST_TYPES[0][0]

    @list_type.setter
    def list_type(self, value: str) -> None:
        self._qs.setValue("list/type", value)

    # The calendar view (issue 17); its dock's visibility is in window_state.

    @property
    def calendar_view(self) -> str:
        return self._text("calendar/view", "week")

    @calendar_view.setter
    def calendar_view(self, value: str) -> None:
        self._qs.setValue("calendar/view", value)

    @property
    def calendar_hour_height(self) -> int:
        value = self._text("calendar/hour_height", "44")
        return int(value) if value.isdigit() else 44

    @calendar_hour_height.setter
    def calendar_hour_height(self, value: int) -> None:
        self._qs.setValue("calendar/hour_height", str(value))

    @property
    def concurrent_meetings_allowed(self) -> bool:
        """The account has Zoom's concurrent-meetings add-on: overlaps are information."""
        return self._text("calendar/concurrent_meetings_allowed") == "true"

    @concurrent_meetings_allowed.setter
    def concurrent_meetings_allowed(self, value: bool) -> None:
        self._qs.setValue("calendar/concurrent_meetings_allowed", "true" if value else "false")

    @property
    def language(self) -> str:
        """The language chosen in Preferences (a code of ui/i18n.py LANGUAGES); "" follows the
        system. Applied at the next start."""
        return self._text("app/language")

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("app/language", value)

    def sync(self) -> None:
        self._qs.sync()
