"""The Replay tab: the user's request and the corrected one, sent to the same place, side by
side, each with its diagnosis."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from zoomdesk.core.diagnosis import diagnose
from zoomdesk.core.doctor.findings import Severity
from zoomdesk.core.doctor.replay import Replay
from zoomdesk.core.exchange import Exchange
from zoomdesk.core.i18n import translate
from zoomdesk.ui.a11y import LiveLabel
from zoomdesk.ui.debug.diagnosis_view import DiagnosisView
from zoomdesk.ui.debug.exchange_model import status_text
from zoomdesk.ui.debug.sections import Banner, section_title


class ReplayView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sandbox_button = QPushButton(
            translate("DoctorReplay", "Replay both against the &sandbox")
        )
        self.sandbox_button.setAccessibleName(
            translate("DoctorReplay", "Replay both requests against the sandbox")
        )
        self.zoom_button = QPushButton(translate("DoctorReplay", "Replay both against &Zoom…"))
        self.zoom_button.setAccessibleName(
            translate("DoctorReplay", "Replay both requests against Zoom")
        )
        note = QLabel(
            translate(
                "DoctorReplay",
                "Your credentials are never sent: the target's own (the sandbox's, or your "
                "connection's) replace them wherever they travelled, so the replay tests the "
                "shape of the request. Against Zoom, two real requests are made.",
            )
        )
        note.setWordWrap(True)
        self.status_label = LiveLabel(translate("DoctorReplay", "Nothing replayed yet."))
        self.status_label.alert = True
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(translate("DoctorReplay", "Replay status"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.sandbox_button)
        buttons.addWidget(self.zoom_button)
        buttons.addStretch(1)
        self.yours_banner = Banner(translate("DoctorReplay", "Outcome of your request"))
        self.fixed_banner = Banner(translate("DoctorReplay", "Outcome of the corrected request"))
        self.yours_diagnosis = DiagnosisView()
        self.fixed_diagnosis = DiagnosisView()
        grid = QGridLayout()
        grid.addWidget(section_title(translate("DoctorReplay", "Yours")), 0, 0)
        grid.addWidget(section_title(translate("DoctorReplay", "Corrected")), 0, 1)
        grid.addWidget(self.yours_banner, 1, 0)
        grid.addWidget(self.fixed_banner, 1, 1)
        grid.addWidget(self.yours_diagnosis, 2, 0)
        grid.addWidget(self.fixed_diagnosis, 2, 1)
        grid.setRowStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(note)
        layout.addWidget(self.status_label)
        layout.addLayout(grid, 1)
        for banner in (self.yours_banner, self.fixed_banner):
            banner.hide()
        self.result: Replay | None = None

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.sandbox_button.setEnabled(not busy)
        self.zoom_button.setEnabled(not busy and self.zoom_button.property("allowed") is True)
        if text:
            self.status_label.setText(text)

    def _show(self, banner: Banner, view: DiagnosisView, exchange: Exchange) -> None:
        if exchange.failed:
            text = translate("DoctorReplay", "<b>{method} {path} → {outcome}</b> — failed")
        else:
            text = translate("DoctorReplay", "<b>{method} {path} → {outcome}</b> — worked")
        banner.show_message(
            text.format(
                method=html.escape(exchange.method),
                path=html.escape(exchange.path),
                outcome=html.escape(status_text(exchange)),
            ),
            Severity.ERROR if exchange.failed else None,
        )
        banner.show()
        view.show_diagnosis(diagnose(exchange), exchange.tracking_id)

    def show_replay(self, result: Replay) -> None:
        self.result = result
        self._show(self.yours_banner, self.yours_diagnosis, result.original)
        self._show(self.fixed_banner, self.fixed_diagnosis, result.corrected)
        self.status_label.setText(
            translate("DoctorReplay", "Replayed against {target}.").format(target=result.target)
        )
