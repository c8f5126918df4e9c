"""The selected exchange, in tabs: Request, Response, Diagnosis."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QTabWidget, QWidget

from zoomdesk.core.diagnosis import Diagnosis, diagnose
from zoomdesk.core.exchange import Exchange
from zoomdesk.core.i18n import translate
from zoomdesk.ui.debug.diagnosis_view import DiagnosisView
from zoomdesk.ui.debug.exchange_model import worst
from zoomdesk.ui.debug.request_view import RequestView
from zoomdesk.ui.debug.response_view import ResponseView
from zoomdesk.ui.debug.style import severity_icon

REQUEST_TAB, RESPONSE_TAB, DIAGNOSIS_TAB = range(3)


class ExchangeDetail(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("ExchangeDetail", "Exchange details"))
        self.request_view = RequestView()
        self.response_view = ResponseView()
        self.diagnosis_view = DiagnosisView()
        self.addTab(self.request_view, translate("ExchangeDetail", "&Request"))
        self.addTab(self.response_view, translate("ExchangeDetail", "Respo&nse"))
        self.addTab(self.diagnosis_view, translate("ExchangeDetail", "&Diagnosis"))
        self.exchange: Exchange | None = None
        self.diagnosis: Diagnosis | None = None
        self.set_exchange(None)

    def set_exchange(
        self, exchange: Exchange | None, granted_scopes: Sequence[str] | None = None
    ) -> None:
        self.exchange = exchange
        self.request_view.set_exchange(exchange)
        self.response_view.set_exchange(exchange)
        if exchange is None:
            self.diagnosis = None
            self.diagnosis_view.show_message(
                translate(
                    "ExchangeDetail",
                    "Select an exchange in the list to see its request, response and diagnosis.",
                )
            )
            self.setTabIcon(DIAGNOSIS_TAB, QIcon())
            return
        self.diagnosis = diagnose(exchange, granted_scopes=granted_scopes)
        self.diagnosis_view.show_diagnosis(self.diagnosis, exchange.tracking_id)
        self.setTabIcon(DIAGNOSIS_TAB, severity_icon(worst(self.diagnosis)))
