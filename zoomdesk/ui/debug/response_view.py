"""The Response tab: status, timings, headers (tracking id, rate limits and Retry-After
highlighted and explained) and the body, pretty-printed."""

from __future__ import annotations

import html
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from zoomdesk.core.doctor.findings import Severity
from zoomdesk.core.doctor.network import server_time
from zoomdesk.core.exchange import Exchange
from zoomdesk.core.ratelimit import parse_retry_after
from zoomdesk.ui.debug.pairs import PairsTable, Row
from zoomdesk.ui.debug.sections import Banner, BodyView, pretty_body, section_title
from zoomdesk.ui.debug.style import highlight_tint

EXPLAINED = {
    "x-zm-trackingid": "Zoom's id for this request. Give it to Zoom support so they can trace "
    "exactly this call.",
    "x-ratelimit-category": "The rate-limit category of this endpoint (Light, Medium, Heavy, "
    "Resource-intensive); each has its own limits.",
    "x-ratelimit-type": "Which limit applies: QPS (per second, short) or Daily-limit (until "
    "the reset time).",
    "x-ratelimit-limit": "How many calls that limit allows.",
    "x-ratelimit-remaining": "Calls left before Zoom answers 429 Too Many Requests.",
}


def local(moment: datetime) -> str:
    return f"{moment.astimezone():%Y-%m-%d %H:%M:%S} (your time) = {moment:%H:%M:%S} UTC"


def header_row(name: str, value: str, exchange: Exchange) -> Row:
    lower = name.lower()
    if lower == "retry-after":
        when = parse_retry_after(value, exchange.started_at)
        if when is None:
            meaning = "When to try again; this value could not be read."
        else:
            wait = (when - exchange.started_at).total_seconds()
            meaning = f"Try again after {local(when.astimezone(UTC))}: {wait:.0f} s after the call."
        return Row(name, value, meaning, highlight_tint())
    if lower in EXPLAINED or lower.startswith("x-ratelimit-"):
        meaning = EXPLAINED.get(lower, "A rate-limit header from Zoom.")
        return Row(name, value, meaning, highlight_tint())
    if lower == "date":
        return Row(name, value, "The server's clock when it answered (checked against yours).")
    return Row(name, value)


class ResponseView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName("Response details")
        body = QWidget()
        layout = QVBoxLayout(body)
        self.status_banner = Banner("Response status")
        layout.addWidget(self.status_banner)
        timings = QFormLayout()
        self.started_label = QLabel()
        self.duration_label = QLabel()
        self.version_label = QLabel()
        self.tracking_label = QLabel()
        self.tracking_label.setAccessibleName("Tracking id")
        for label in (self.started_label, self.tracking_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        timings.addRow("Sent at:", self.started_label)
        timings.addRow("Took:", self.duration_label)
        timings.addRow("Protocol:", self.version_label)
        timings.addRow("Tracking id:", self.tracking_label)
        layout.addLayout(timings)
        layout.addWidget(section_title("Headers"))
        self.headers_table = PairsTable(("Header", "Value", "Meaning"), "Response headers")
        self.no_headers = QLabel("(no response headers)")
        layout.addWidget(self.headers_table)
        layout.addWidget(self.no_headers)
        self.body_title = section_title("Body")
        layout.addWidget(self.body_title)
        self.body_view = BodyView("Response body")
        layout.addWidget(self.body_view, 1)
        self.setWidget(body)

    def set_exchange(self, exchange: Exchange | None) -> None:
        self.setEnabled(exchange is not None)
        if exchange is None:
            return
        if exchange.status is None:
            self.status_banner.show_message(
                f"<b>No answer</b> ({html.escape(exchange.error_kind or 'network error')})<br>"
                f"{html.escape(exchange.error or '')}",
                Severity.ERROR,
            )
        else:
            severity = Severity.ERROR if exchange.failed else None
            mark = "✗ Failed" if exchange.failed else "✓ Succeeded"
            self.status_banner.show_message(
                f"<b>{exchange.status} {html.escape(exchange.reason)}</b> — {mark}", severity
            )
        self.started_label.setText(local(exchange.started_at))
        took = f"{exchange.duration_ms:.0f} ms" if exchange.duration_ms is not None else "—"
        server = server_time(exchange)
        if server is not None:
            took += f"   (server Date: {server:%H:%M:%S} UTC)"
        self.duration_label.setText(took)
        self.version_label.setText(exchange.http_version or "—")
        self.tracking_label.setText(exchange.tracking_id or "(none: not sent by Zoom)")
        rows = [header_row(k, v, exchange) for k, v in exchange.response_headers]
        self.headers_table.set_rows(rows)
        self.no_headers.setVisible(not rows)
        ctype = exchange.header("content-type") or ""
        text = pretty_body(exchange.response_body, ctype)
        self.body_view.setPlainText(text or "(no body)")
        self.body_title.setText(f"Body — {ctype}" if ctype else "Body")
