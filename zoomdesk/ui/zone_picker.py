"""Choosing a meeting's time zone the way Zoom and Outlook offer them: "(GMT-05:00) Eastern
Standard Time – New York", in the user's language (QTimeZone.displayName with QLocale), with
the IANA ID shown underneath in the list. Typing any part finds it: "eastern", "new york",
"America/New_York". Fixed-offset legacy zones ("EST") are allowed but warned about: they
ignore daylight saving time (10:00 "EST" in June is 11:00 in New York)."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from zoneinfo import available_timezones

from PySide6.QtCore import (
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimeZone,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from zoomdesk.core.drafts import system_timezone
from zoomdesk.core.i18n import translate
from zoomdesk.core.models import zone

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
ZONE_ROLE = Qt.ItemDataRole.UserRole + 2
UTC_ALIASES = {"Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu", "UCT", "Universal", "Zulu"}


REGIONS = (
    "Africa/", "America/", "Antarctica/", "Arctic/", "Asia/", "Atlantic/", "Australia/",
    "Europe/", "Indian/", "Pacific/",
)  # fmt: skip


def zone_ids() -> list[str]:
    """IANA zones a person would pick: Region/City names plus UTC. Not posix/ or right/, not
    Etc/GMT+5 (its sign is inverted), not legacy aliases like EST5EDT, US/Eastern or
    Canada/Eastern (a stored one is still shown: `set_zone_id` adds it)."""
    return ["UTC", *sorted(z for z in available_timezones() if z.startswith(REGIONS))]


def default_zone_id() -> str:
    """The system's zone as Qt reports it, else what the OS files say, else UTC. Containers
    often say "Etc/UTC"; Zoom's list of zones has plain "UTC"."""
    qt_zone = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "ignore")
    found = qt_zone if qt_zone in available_timezones() else system_timezone()
    return "UTC" if found in UTC_ALIASES else found


def _gmt(seconds: int) -> str:
    sign = "-" if seconds < 0 else "+"
    minutes = abs(seconds) // 60
    return f"GMT{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def zone_label(zone_id: str, locale: QLocale | None = None) -> tuple[int, str]:
    """(standard offset in seconds, "(GMT-05:00) Eastern Standard Time – New York")."""
    qt_zone = QTimeZone(zone_id.encode())
    if not qt_zone.isValid():
        return 0, zone_id
    offset = qt_zone.standardTimeOffset(QDateTime.currentDateTime())
    name = qt_zone.displayName(
        QTimeZone.TimeType.GenericTime, QTimeZone.NameType.LongName, locale or QLocale()
    )
    place = zone_id.rsplit("/", 1)[-1].replace("_", " ")
    label = f"({_gmt(offset)}) {name}"
    return offset, label if place in name or not name else f"{label} – {place}"


@cache
def zone_choices(locale_name: str) -> tuple[tuple[str, str], ...]:
    """(zone ID, label) for every zone, by offset then label; built once per language
    (about 0.1 s for 500 zones)."""
    locale = QLocale(locale_name)
    labelled = [(*zone_label(zone_id, locale), zone_id) for zone_id in zone_ids()]
    return tuple((zone_id, label) for _offset, label, zone_id in sorted(labelled))


def legacy_zone_warning(zone_id: str) -> str:
    """For "EST", "MST", "Etc/GMT+5": one offset all year, whatever the clocks do."""
    tz = zone(zone_id)
    if tz is None or zone_id == "UTC" or zone_id in UTC_ALIASES:
        return ""
    if "/" in zone_id and not zone_id.startswith("Etc/"):
        return ""
    year = datetime.now().year
    winter = datetime(year, 1, 15, tzinfo=tz).utcoffset()
    summer = datetime(year, 7, 15, tzinfo=tz).utcoffset()
    if winter != summer or winter is None:
        return ""
    return translate(
        "ZonePicker",
        "“{zone}” is always {offset}: it ignores daylight saving time, so the meeting moves by "
        "an hour for places that change their clocks. Choose a place instead (type a city, "
        "such as New York).",
    ).format(zone=zone_id, offset=_gmt(int(winter.total_seconds())))


class _ZoneCompleter(QCompleter):
    """Matches on a search text ("eastern new york america/new_york") but inserts the label."""

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole))


class _WithZoneId(QStyledItemDelegate):
    """The list shows the IANA ID on a second line under each zone's name."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # type: ignore[override]
        super().initStyleOption(option, index)
        zone_id = index.data(ZONE_ROLE)
        if zone_id and zone_id not in option.text:
            option.text = f"{option.text}\u2028{zone_id}"  # a line break inside one item

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # type: ignore[override]
        size = super().sizeHint(option, index)
        lines = 2 if index.data(ZONE_ROLE) else 1
        return QSize(size.width(), max(size.height(), lines * option.fontMetrics.height() + 6))


class TimeZonePicker(QComboBox):
    """An editable, searchable list of zones. Type any part: "eastern", "berlin", "new york"."""

    zone_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(12)
        # As wide as a typical name, not the longest one: the form must fit small screens.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(26)
        self._by_key: dict[str, str] = {}
        self._label_of: dict[str, str] = {}
        for zone_id, label in zone_choices(QLocale().name()):
            self._add(zone_id, label)
        self.setItemDelegate(_WithZoneId(self))
        completer = _ZoneCompleter(self.model(), self)
        completer.setCompletionRole(SEARCH_ROLE)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        popup = completer.popup()
        if popup is not None:
            popup.setItemDelegate(_WithZoneId(popup))
        self.setCompleter(completer)
        self.editTextChanged.connect(lambda _text: self.zone_changed.emit(self.zone_id()))
        line = self.lineEdit()
        if line is not None:
            line.editingFinished.connect(self._tidy_text)

    def setAccessibleName(self, name: str) -> None:
        """The editor is what has the focus: it carries the name too, or it is read unnamed."""
        super().setAccessibleName(name)
        line = self.lineEdit()
        if line is not None:
            line.setAccessibleName(name)

    def _add(self, zone_id: str, label: str | None = None) -> None:
        label = label or zone_label(zone_id)[1]
        self.addItem(label, zone_id)
        at = self.count() - 1
        spaced = zone_id.replace("_", " ")
        self.setItemData(at, f"{label} {zone_id} {spaced}".lower(), SEARCH_ROLE)
        self.setItemData(at, zone_id, ZONE_ROLE)
        self.setItemData(at, zone_id, Qt.ItemDataRole.ToolTipRole)
        self._label_of[zone_id] = label
        for key in (zone_id.lower(), spaced.lower(), label.lower()):
            self._by_key.setdefault(key, zone_id)

    def zone_id(self) -> str:
        """The chosen zone's id. Text that matches exactly one zone ("new york") means that
        zone; anything else comes back as typed (and fails validation as an unknown zone)."""
        text = self.currentText().strip()
        key = text.lower()
        if key in self._by_key:
            return self._by_key[key]
        spaced = key.replace("_", " ")
        matches = {z for k, z in self._by_key.items() if spaced and spaced in k}
        return matches.pop() if len(matches) == 1 else text

    def _tidy_text(self) -> None:
        zone_id = self.zone_id()
        if zone_id in self._label_of and self.currentText() != self._label_of[zone_id]:
            self.set_zone_id(zone_id)

    def set_zone_id(self, zone_id: str) -> None:
        if zone_id not in self._label_of and zone_id.lower() not in self._by_key:
            self._add(zone_id)  # e.g. "EST" or "Etc/UTC" from a server: keep it as it is
        known = zone_id if zone_id in self._label_of else self._by_key[zone_id.lower()]
        self.setCurrentIndex(self.findData(known, ZONE_ROLE))
        self.setEditText(self._label_of[known])
