"""The import wizard's words for rows and their states (`3 done`, `Line 4: created meeting
81234567890`), counted the way each language counts."""

from __future__ import annotations

from zoomdesk.core.bulk.results import RowResult
from zoomdesk.core.i18n import translate


def status_count(status: str, count: int) -> str:
    """`3 done`, `1 not sent`: a count of rows in one state (each language counts its way)."""
    if status == "done":
        return translate("BulkWizard", "%n done", count)
    if status == "failed":
        return translate("BulkWizard", "%n failed", count)
    if status == "unknown":
        return translate("BulkWizard", "%n with outcome unknown", count)
    if status == "waiting":
        return translate("BulkWizard", "%n waiting for the daily limit", count)
    if status == "cancelled":
        return translate("BulkWizard", "%n not sent", count)
    if status == "invalid":
        return translate("BulkWizard", "%n with problems", count)
    return f"{count} {status}"


def status_word(status: str) -> str:
    """A row's state in the log (`Line 4: failed: …`)."""
    words = {
        "done": translate("BulkWizard", "done"),
        "failed": translate("BulkWizard", "failed"),
        "unknown": translate("BulkWizard", "outcome unknown"),
        "waiting": translate("BulkWizard", "waiting for the daily limit"),
        "cancelled": translate("BulkWizard", "not sent"),
        "invalid": translate("BulkWizard", "with problems"),
    }
    return words.get(status, status)


def outcome(result: RowResult) -> str:
    """What became of a row, for the progress log and the results."""
    if result.status == "done":
        if result.action == "create":
            text = translate("BulkWizard", "created meeting {id}")
        elif result.action == "update":
            text = translate("BulkWizard", "updated meeting {id}")
        else:
            text = translate("BulkWizard", "unchanged: meeting {id}")
        return text.format(id=result.meeting_id)
    return translate("BulkWizard", "{status}: {error}").format(
        status=status_word(result.status), error=result.error
    )
