"""The HTTP debug panel, driven as a user drives it, fed by real exchanges with the sandbox."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from tests.debug.conftest import ACCOUNT, GOOD_BASIC, SECRET
from tests.debug.ui_support import Session, visible_text
from zoomdesk.core.doctor.findings import Severity
from zoomdesk.sandbox import Fault
from zoomdesk.ui.debug import DebugPanel, DebugWindow
from zoomdesk.ui.debug.exchange_detail import DIAGNOSIS_TAB
from zoomdesk.ui.debug.exchange_model import SEVERITY_ROLE, STATUS, Show


@pytest.fixture
def session(qtbot: Any, qloop: Any, sandbox: Any) -> Iterator[Session]:
    s = Session(qtbot, sandbox)
    yield s
    s.close()


@pytest.fixture
def panel(qtbot: Any, session: Session) -> DebugPanel:
    widget = DebugPanel(session.log, lambda: session.provider)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def status_cell(panel: DebugPanel, row: int) -> Any:
    return panel.proxy.index(row, STATUS)


def test_every_exchange_appears_live_and_failures_are_marked_in_words(
    panel: DebugPanel, session: Session
):
    session.token()
    session.send("GET", "/v2/users", headers={"Authorization": "Bearer nope"})
    assert panel.proxy.rowCount() == 2
    ok, failed = status_cell(panel, 0), status_cell(panel, 1)
    assert ok.data() == "200 OK" and ok.data(SEVERITY_ROLE) is None
    assert failed.data() == "✗ 401 Unauthorized" and failed.data(SEVERITY_ROLE) == Severity.ERROR
    assert not failed.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert failed.data(Qt.ItemDataRole.AccessibleTextRole).startswith("failed")
    assert "2 exchanges, 1 failed" in panel.summary_label.text()


def test_the_founding_story_shows_where_the_parameters_went_and_why_it_failed(
    panel: DebugPanel, session: Session
):
    exchange = session.founding_story()
    assert panel.show_diagnosis_of(exchange.id)
    request = panel.detail.request_view
    assert "query string (grant_type, account_id)" in request.params_banner.text.text()
    assert "not in a form body" in request.params_banner.text.text()
    assert [r.name for r in request.query_table.pairs.rows()] == ["grant_type", "account_id"]
    assert not request.empty_body.isHidden()
    assert panel.detail.currentIndex() == DIAGNOSIS_TAB
    diagnosis = panel.detail.diagnosis_view.plain_text
    assert "The token parameters travelled in the query string" in diagnosis
    assert "form body" in diagnosis and "tracking id" in diagnosis


def test_credentials_are_shown_decoded_and_masked_and_never_on_screen(
    panel: DebugPanel, session: Session
):
    token = session.token()
    session.send("GET", "/v2/users", headers={"Authorization": f"Bearer {token}"})
    session.send("GET", "/v2/users", params={"access_token": token})
    for row in range(panel.proxy.rowCount()):
        panel.table.setCurrentIndex(panel.proxy.index(row, 0))
        for tab in range(panel.detail.count()):
            panel.detail.setCurrentIndex(tab)
        text = visible_text(panel)
        for secret in (SECRET, token, GOOD_BASIC.split()[1]):
            assert secret not in text
    panel.table.setCurrentIndex(panel.proxy.index(0, 0))
    rows = panel.detail.request_view.headers_table.pairs.rows()
    auth = next(r for r in rows if r.name.lower() == "authorization")
    assert "client ID: sandbox-client-id" in auth.value and "••••••" in auth.value


def test_rate_limit_headers_and_the_tracking_id_are_highlighted_and_explained(
    panel: DebugPanel, session: Session
):
    session.sandbox.faults.add(Fault(kind="rate_limit_qps", path="/users", retry_after_seconds=3))
    token = session.token()
    exchange = session.send("GET", "/v2/users", headers={"Authorization": f"Bearer {token}"})
    panel.select_exchange(exchange.id)
    rows = {r.name.lower(): r for r in panel.detail.response_view.headers_table.pairs.rows()}
    for name in ("x-zm-trackingid", "x-ratelimit-type", "x-ratelimit-remaining", "retry-after"):
        assert rows[name].tint is not None and rows[name].meaning
    assert "3 s after the call" in rows["retry-after"].meaning
    assert "support" in rows["x-zm-trackingid"].meaning
    assert rows["content-type"].tint is None
    assert panel.detail.response_view.tracking_label.text() == exchange.tracking_id
    assert "per-second" in panel.detail.diagnosis_view.plain_text


def test_filters_show_token_api_or_problem_exchanges_and_clear_empties_the_list(
    panel: DebugPanel, session: Session
):
    session.token()
    session.send("GET", "/v2/users", headers={"Authorization": "Bearer nope"})
    session.founding_story()
    counts = {}
    for show in Show:
        panel.show_combo.setCurrentIndex(panel.show_combo.findData(show))
        counts[show] = panel.proxy.rowCount()
    assert counts == {Show.ALL: 3, Show.TOKEN: 2, Show.API: 1, Show.PROBLEMS: 2}
    panel.show_combo.setCurrentIndex(0)
    panel.search_field.setText("401")
    assert panel.proxy.rowCount() == 1
    panel.search_field.clear()
    panel.clear_button.click()
    assert panel.proxy.rowCount() == 0 and len(session.log) == 0
    session.run(session.provider.refresh())
    assert panel.proxy.rowCount() == 1


def test_copy_as_curl_puts_a_command_without_secrets_on_the_clipboard(
    panel: DebugPanel, session: Session
):
    exchange = session.founding_story()
    panel.select_exchange(exchange.id)
    panel.copy_curl_button.click()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("# ") and "curl -X POST" in text
    assert '-u "sandbox-client-id:$ZOOM_CLIENT_SECRET"' in text
    assert SECRET not in text and GOOD_BASIC.split()[1] not in text
    assert "Copied as cURL" in panel.summary_label.text()


def test_export_har_writes_a_redacted_file_chosen_in_the_save_dialog(
    panel: DebugPanel, session: Session, qtbot: Any, tmp_path: Path
):
    session.token()
    session.founding_story()
    panel.export_button.menu().actions()[1].trigger()  # "All shown…"
    dialog = panel.file_dialog
    assert dialog is not None and dialog.isVisible()
    target = tmp_path / "session.har"
    dialog.fileSelected.emit(str(target))
    dialog.close()
    har = json.loads(target.read_text(encoding="utf-8"))
    assert len(har["log"]["entries"]) == 2
    assert SECRET not in target.read_text(encoding="utf-8")
    assert "Exported 2 exchange(s)" in panel.summary_label.text()


def test_the_panel_opens_on_its_own_in_a_window(qtbot: Any, session: Session):
    window = DebugWindow(session.log, lambda: session.provider)
    qtbot.addWidget(window)
    window.show()
    session.founding_story()
    assert window.panel.proxy.rowCount() == 1
    assert "debug panel" in window.windowTitle()
    window.close()
    session.token()
    assert window.panel.proxy.rowCount() == 1  # a closed window stops listening


def test_the_doctor_opens_with_the_selected_exchange(panel: DebugPanel, session: Session):
    exchange = session.founding_story()
    panel.select_exchange(exchange.id)
    panel.doctor_button.click()
    doctor = panel.doctor_window
    assert doctor is not None and doctor.isVisible()
    assert f"account_id={ACCOUNT}" in doctor.editor.toPlainText()  # type: ignore[attr-defined]
    assert "query string" in doctor.diagnosis_view.plain_text  # type: ignore[attr-defined]
    doctor.close()


def test_a_panel_deleted_without_closing_never_breaks_later_requests(qtbot: Any, session: Session):
    import shiboken6

    panel = DebugPanel(session.log, lambda: session.provider)
    session.token()
    shiboken6.delete(panel)  # gone without closeEvent or detach()
    assert not shiboken6.isValid(panel)
    session.run(session.provider.refresh())  # records an exchange and notifies listeners
    session.run(session.provider.refresh())
    assert len(session.log) == 3


def test_the_list_keeps_only_what_the_bounded_log_keeps(qtbot: Any, qloop: Any):
    from datetime import UTC, datetime

    import httpx

    from zoomdesk.core.exchange import ExchangeLog

    log = ExchangeLog(capacity=3)
    panel = DebugPanel(log, lambda: None)
    qtbot.addWidget(panel)
    request = httpx.Request("GET", "https://api.zoom.us/v2/users")
    for _ in range(5):
        log.record("api", request, datetime.now(UTC), 5.0, httpx.Response(200, request=request))
    assert panel.proxy.rowCount() == 3
    assert [ex.id for ex in panel.shown_exchanges()] == [3, 4, 5]
