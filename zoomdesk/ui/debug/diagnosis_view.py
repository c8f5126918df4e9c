"""The Diagnosis tab (also the doctor's findings): a headline, then each finding with an icon,
its severity in words, the explanation, the fix and what showed it; then what to send to Zoom
support. Rendered as rich text on palette-derived tints."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from zoomdesk.core.diagnosis import Diagnosis
from zoomdesk.core.doctor.findings import Finding, Severity, has_errors
from zoomdesk.core.i18n import translate
from zoomdesk.ui.debug.style import rich, severity_icon, severity_text, severity_tint

_ICONS = {"error": Severity.ERROR, "warning": Severity.WARNING, "info": Severity.INFO, "ok": None}


def finding_html(finding: Finding, palette_source: QWidget) -> str:
    tint = severity_tint(finding.severity, palette_source.palette()).name()
    parts = [
        translate("DiagnosisView", "<b>{severity}: {title}</b>").format(
            severity=html.escape(severity_text(finding.severity)), title=rich(finding.title)
        ),
    ]
    if finding.explanation:
        parts.append(f"<p>{rich(finding.explanation)}</p>")
    if finding.fix:
        parts.append(
            translate("DiagnosisView", "<p><b>Fix:</b> {fix}</p>").format(fix=rich(finding.fix))
        )
    if finding.evidence:
        seen = "<br>".join(f"<code>{html.escape(item)}</code>" for item in finding.evidence)
        parts.append(translate("DiagnosisView", "<p><b>Seen:</b><br>{seen}</p>").format(seen=seen))
    return (
        f'<table width="100%" cellspacing="0" cellpadding="8" bgcolor="{tint}">'
        f'<tr><td width="30" valign="top"><img src="icon:{finding.severity.value}" '
        f'width="22" height="22"></td><td>{"".join(parts)}</td></tr></table><br>'
    )


class DiagnosisView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(translate("DiagnosisView", "Diagnosis"))
        self.copy_button = QPushButton(translate("DiagnosisView", "Copy diagnosis"))
        self.copy_button.setAccessibleName(translate("DiagnosisView", "Copy diagnosis"))
        self.copy_button.setAccessibleDescription(
            translate("DiagnosisView", "Copy the diagnosis as text")
        )
        self.copy_button.clicked.connect(self.on_copy_clicked)
        self.tracking_button = QPushButton(translate("DiagnosisView", "Copy tracking id"))
        self.tracking_button.setAccessibleName(
            translate("DiagnosisView", "Copy Zoom's tracking id")
        )
        self.tracking_button.clicked.connect(self.on_copy_tracking_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.tracking_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        self._plain = ""
        self._tracking_id: str | None = None
        self._register_icons()
        self.show_message(translate("DiagnosisView", "Select an exchange to see its diagnosis."))

    def _register_icons(self) -> None:
        document = self.browser.document()
        for name, severity in _ICONS.items():
            pixmap = severity_icon(severity).pixmap(22, 22)
            document.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(f"icon:{name}"), pixmap
            )

    @property
    def plain_text(self) -> str:
        return self._plain

    def show_message(self, text: str) -> None:
        self._plain = text
        self._tracking_id = None
        self.browser.setHtml(f"<p>{rich(text)}</p>")
        self.copy_button.setEnabled(False)
        self.tracking_button.setVisible(False)

    def show_findings(
        self,
        headline: str,
        findings: Sequence[Finding],
        support: str = "",
        tracking_id: str | None = None,
        *,
        ok: bool | None = None,
    ) -> None:
        ok = not has_errors(list(findings)) if ok is None else ok
        icon = "ok" if ok else "error"
        body = [
            f'<h3><img src="icon:{icon}" width="22" height="22"> {rich(headline)}</h3>',
            *(finding_html(f, self) for f in findings),
        ]
        if ok and not findings:
            body.append(
                "<p>{}</p>".format(
                    translate(
                        "DiagnosisView", "Nothing to report: the request and the answer look right."
                    )
                )
            )
        if support:
            title = translate("DiagnosisView", "For Zoom support")
            body.append(f"<h4>{html.escape(title)}</h4><p>{rich(support)}</p>")
        self.browser.document().setDefaultStyleSheet("code { font-family: monospace; }")
        self.browser.setHtml("".join(body))
        lines = [headline]
        for finding in findings:
            lines += finding.text_lines()
        if support:
            lines.append(support)
        self._plain = "\n".join(lines)
        self._tracking_id = tracking_id
        self.copy_button.setEnabled(True)
        self.tracking_button.setVisible(tracking_id is not None)

    def show_diagnosis(self, diagnosis: Diagnosis, tracking_id: str | None = None) -> None:
        self.show_findings(
            diagnosis.headline,
            diagnosis.findings,
            diagnosis.support,
            tracking_id,
            ok=diagnosis.ok,
        )

    def on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self._plain)

    def on_copy_tracking_clicked(self) -> None:
        if self._tracking_id:
            QGuiApplication.clipboard().setText(self._tracking_id)
