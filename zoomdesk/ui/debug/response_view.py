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
from zoomdesk.core.i18n import translate, translate_marked, translate_noop
from zoomdesk.core.ratelimit import parse_retry_after
from zoomdesk.ui.debug.exchange_model import milliseconds
from zoomdesk.ui.debug.pairs import PairsTable, Row
from zoomdesk.ui.debug.sections import Banner, BodyView, pretty_body, section_title
from zoomdesk.ui.debug.style import date_and_clock, highlight_tint, utc_clock

EXPLAINED = {
    "x-zm-trackingid": translate_noop(
        "ResponseView",
        "Zoom's id for this request. Give it to Zoom support so they can trace exactly this call.",
    ),
    "x-ratelimit-category": translate_noop(
        "ResponseView",
        "The rate-limit category of this endpoint (Light, Medium, Heavy, Resource-intensive); "
        "each has its own limits.",
    ),
    "x-ratelimit-type": translate_noop(
        "ResponseView",
        "Which limit applies: QPS (per second, short) or Daily-limit (until the reset time).",
    ),
    "x-ratelimit-limit": translate_noop("ResponseView", "How many calls that limit allows."),
    "x-ratelimit-remaining": translate_noop(
        "ResponseView", "Calls left before Zoom answers 429 Too Many Requests."
    ),
}


def local(moment: datetime) -> str:
    """The local date and time to the second, and the same moment in UTC."""
    return translate("ResponseView", "{local} (your time) = {utc} UTC").format(
        local=date_and_clock(moment), utc=utc_clock(moment)
    )


def header_row(name: str, value: str, exchange: Exchange) -> Row:
    lower = name.lower()
    if lower == "retry-after":
        when = parse_retry_after(value, exchange.started_at)
        if when is None:
            meaning = translate("ResponseView", "When to try again; this value could not be read.")
        else:
            wait = (when - exchange.started_at).total_seconds()
            meaning = translate(
                "ResponseView", "Try again after {when}: {seconds} s after the call."
            ).format(when=local(when.astimezone(UTC)), seconds=f"{wait:.0f}")
        return Row(name, value, meaning, highlight_tint())
    if lower in EXPLAINED or lower.startswith("x-ratelimit-"):
        if lower in EXPLAINED:
            meaning = translate_marked("ResponseView", EXPLAINED[lower])
        else:
            meaning = translate("ResponseView", "A rate-limit header from Zoom.")
        return Row(name, value, meaning, highlight_tint())
    if lower == "date":
        return Row(
            name,
            value,
            translate(
                "ResponseView", "The server's clock when it answered (checked against yours)."
            ),
        )
    return Row(name, value)


class ResponseView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName(translate("ResponseView", "Response details"))
        body = QWidget()
        layout = QVBoxLayout(body)
        self.status_banner = Banner(translate("ResponseView", "Response status"))
        layout.addWidget(self.status_banner)
        timings = QFormLayout()
        self.started_label = QLabel()
        self.duration_label = QLabel()
        self.version_label = QLabel()
        self.tracking_label = QLabel()
        self.tracking_label.setAccessibleName(translate("ResponseView", "Tracking id"))
        for label in (self.started_label, self.tracking_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for text, label in (
            (translate("ResponseView", "Sent at:"), self.started_label),
            (translate("ResponseView", "Took:"), self.duration_label),
            (translate("ResponseView", "Protocol:"), self.version_label),
            (translate("ResponseView", "Tracking id:"), self.tracking_label),
        ):
            timings.addRow(text, label)
        layout.addLayout(timings)
        layout.addWidget(section_title(translate("ResponseView", "Headers")))
        self.headers_table = PairsTable(
            (
                translate("ResponseView", "Header"),
                translate("ResponseView", "Value"),
                translate("ResponseView", "Meaning"),
            ),
            translate("ResponseView", "Response headers"),
        )
        self.no_headers = QLabel(translate("ResponseView", "(no response headers)"))
        layout.addWidget(self.headers_table)
        layout.addWidget(self.no_headers)
        self.body_title = section_title(translate("ResponseView", "Body"))
        layout.addWidget(self.body_title)
        self.body_view = BodyView(translate("ResponseView", "Response body"))
        layout.addWidget(self.body_view, 1)
        self.setWidget(body)

    def set_exchange(self, exchange: Exchange | None) -> None:
        self.setEnabled(exchange is not None)
        if exchange is None:
            return
        if exchange.status is None:
            kind = exchange.error_kind or translate("ResponseView", "network error")
            self.status_banner.show_message(
                translate("ResponseView", "<b>No answer</b> ({kind})<br>{error}").format(
                    kind=html.escape(kind), error=html.escape(exchange.error or "")
                ),
                Severity.ERROR,
            )
        else:
            severity = Severity.ERROR if exchange.failed else None
            if exchange.failed:
                text = translate("ResponseView", "<b>{status} {reason}</b> — ✗ Failed")
            else:
                text = translate("ResponseView", "<b>{status} {reason}</b> — ✓ Succeeded")
            self.status_banner.show_message(
                text.format(status=exchange.status, reason=html.escape(exchange.reason)), severity
            )
        self.started_label.setText(local(exchange.started_at))
        took = milliseconds(exchange.duration_ms) if exchange.duration_ms is not None else "—"
        server = server_time(exchange)
        if server is not None:
            took = translate("ResponseView", "{took}   (server Date: {time} UTC)").format(
                took=took, time=utc_clock(server)
            )
        self.duration_label.setText(took)
        self.version_label.setText(exchange.http_version or "—")
        self.tracking_label.setText(
            exchange.tracking_id or translate("ResponseView", "(none: not sent by Zoom)")
        )
        rows = [header_row(k, v, exchange) for k, v in exchange.response_headers]
        self.headers_table.set_rows(rows)
        self.no_headers.setVisible(not rows)
        ctype = exchange.header("content-type") or ""
        text = pretty_body(exchange.response_body, ctype)
        self.body_view.setPlainText(text or translate("ResponseView", "(no body)"))
        if ctype:
            self.body_title.setText(translate("ResponseView", "Body — {kind}").format(kind=ctype))
        else:
            self.body_title.setText(translate("ResponseView", "Body"))
