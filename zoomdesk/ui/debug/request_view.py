"""The Request tab: method and full URL, where the parameters travelled, headers (credentials
masked), and the body (form fields as a table, JSON pretty-printed)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from zoomdesk.core.doctor.findings import Severity
from zoomdesk.core.doctor.lint_token import TOKEN_PARAMS
from zoomdesk.core.doctor.render import describe_params
from zoomdesk.core.doctor.request import HttpRequest, parse_authorization
from zoomdesk.core.exchange import FORM, JSON_BODY, QUERY, Exchange
from zoomdesk.core.i18n import translate, translate_marked, translate_noop
from zoomdesk.core.redact import MASK
from zoomdesk.ui.debug.pairs import PairsTable, Row
from zoomdesk.ui.debug.sections import Banner, BodyView, pretty_body, section_title
from zoomdesk.ui.debug.style import highlight_tint, mono_font

NEVER_KEPT = translate_noop(
    "RequestView", "zoomdesk never records secrets, so it cannot be shown here."
)


def authorization_row(name: str, value: str) -> Row:
    """The Authorization header explained; what is shown of the credentials is only ever the
    client ID and the mask (the secret and the token never reach the log)."""
    info = parse_authorization(value)
    tint = highlight_tint()
    never_kept = translate_marked("RequestView", NEVER_KEPT)
    if info.scheme == "basic" and info.well_formed:
        shown = translate(
            "RequestView", "Basic — client ID: {client_id}   client secret: {mask} (masked)"
        ).format(client_id=info.client_id, mask=MASK)
        meaning = translate(
            "RequestView", "HTTP Basic: Base64 of client_id:client_secret, decoded. {never_kept}"
        ).format(never_kept=never_kept)
    elif info.scheme == "basic":
        shown = f"Basic {MASK} — {info.problem}"
        meaning = translate(
            "RequestView", "The header did not decode to client_id:client_secret. {never_kept}"
        ).format(never_kept=never_kept)
    elif info.scheme == "bearer":
        shown = value.replace(MASK, f"{MASK} token", 1)
        meaning = translate(
            "RequestView", "The access token, masked; the sha256 fingerprint tells tokens apart."
        )
    else:
        shown = MASK
        meaning = translate("RequestView", "An Authorization header of another kind, masked.")
    return Row(name, shown, meaning, tint)


class RequestView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName(translate("RequestView", "Request details"))
        body = QWidget()
        layout = QVBoxLayout(body)
        self.url_label = QLabel()
        self.url_label.setFont(mono_font())
        self.url_label.setWordWrap(True)
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url_label.setAccessibleName(translate("RequestView", "Method and URL"))
        self.params_banner = Banner(translate("RequestView", "Where the parameters travelled"))
        self.query_title = section_title(translate("RequestView", "Query string"))
        self.query_table = PairsTable(
            (translate("RequestView", "Name"), translate("RequestView", "Value")),
            translate("RequestView", "Query string parameters"),
        )
        self.headers_table = PairsTable(
            (
                translate("RequestView", "Header"),
                translate("RequestView", "Value"),
                translate("RequestView", "Meaning"),
            ),
            translate("RequestView", "Request headers"),
        )
        self.body_title = section_title(translate("RequestView", "Body"))
        self.form_table = PairsTable(
            (translate("RequestView", "Field"), translate("RequestView", "Value")),
            translate("RequestView", "Form body fields"),
        )
        self.body_view = BodyView(translate("RequestView", "Request body"))
        self.empty_body = QLabel(translate("RequestView", "(empty body)"))
        for widget in (
            self.url_label,
            self.params_banner,
            self.query_title,
            self.query_table,
            section_title(translate("RequestView", "Headers")),
            self.headers_table,
            self.body_title,
            self.form_table,
            self.body_view,
            self.empty_body,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidget(body)

    def set_exchange(self, exchange: Exchange | None) -> None:
        self.setEnabled(exchange is not None)
        if exchange is None:
            self.url_label.setText("")
            return
        req = HttpRequest.from_exchange(exchange)
        self.url_label.setText(f"{exchange.method} {exchange.url}")
        self._show_locations(exchange, req)
        query = req.query
        self.query_title.setVisible(bool(query))
        self.query_table.set_rows([Row(k, v) for k, v in query])
        self.headers_table.set_rows(
            [
                authorization_row(k, v) if k.lower() == "authorization" else Row(k, v)
                for k, v in exchange.request_headers
            ]
        )
        ctype = exchange.header("content-type", response=False) or ""
        form = FORM in exchange.param_locations
        self.form_table.set_rows([Row(k, v) for k, v in exchange.request_form()] if form else [])
        text = "" if form else pretty_body(exchange.request_body, ctype)
        self.body_view.setPlainText(text)
        self.body_view.setVisible(bool(text))
        self.empty_body.setVisible(not exchange.request_body)
        if not exchange.request_body:
            self.body_title.setText(translate("RequestView", "Body"))
        elif form:
            self.body_title.setText(
                translate("RequestView", "Body — form fields (application/x-www-form-urlencoded)")
            )
        elif JSON_BODY in exchange.param_locations or ctype:
            kind = "JSON" if JSON_BODY in exchange.param_locations else ctype
            self.body_title.setText(translate("RequestView", "Body — {kind}").format(kind=kind))
        else:
            self.body_title.setText(translate("RequestView", "Body — no Content-Type"))

    def _show_locations(self, exchange: Exchange, req: HttpRequest) -> None:
        where = describe_params(req)
        names = {k for k, _ in req.query}
        misplaced = (
            exchange.kind == "token"
            and QUERY in exchange.param_locations
            and FORM not in exchange.param_locations
            and bool(names & set(TOKEN_PARAMS))
        )
        token_in_url = "access_token" in names
        if misplaced:
            text = translate(
                "RequestView",
                "<b>Parameters travelled in: {where}</b><br>"
                "The token parameters are in the query string, not in a form body: Zoom "
                "answers this with 400. See the Diagnosis tab.",
            ).format(where=html.escape(where))
            self.params_banner.show_message(text, Severity.ERROR)
        elif token_in_url:
            text = translate(
                "RequestView",
                "<b>Parameters travelled in: {where}</b><br>"
                "The access token is in the query string; Zoom refuses it there (401, code 124).",
            ).format(where=html.escape(where))
            self.params_banner.show_message(text, Severity.ERROR)
        else:
            self.params_banner.show_message(
                translate("RequestView", "<b>Parameters travelled in:</b> {where}").format(
                    where=html.escape(where)
                ),
                Severity.INFO,
            )
