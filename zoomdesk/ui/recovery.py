"""After a crash, a kill or a power cut: offer to reopen every meeting form that was not saved."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING

from zoomdesk.core.i18n import translate
from zoomdesk.core.models import Meeting

if TYPE_CHECKING:
    from zoomdesk.core.draft_store import DraftStore, SavedDraft
    from zoomdesk.ui.actions import MeetingActions
    from zoomdesk.ui.main_window import MainWindow
    from zoomdesk.ui.session import Session

ABOUT = "unsaved forms"


async def offer_recovery(
    store: DraftStore,
    session: Session,
    window: MainWindow,
    actions: MeetingActions,
    live: Callable[[str], bool] | None = None,
) -> list[SavedDraft]:
    """Show one banner offering Restore / Discard for this connection's unsaved forms; never
    for a form still open here or in another running app (`live`)."""
    loop = asyncio.get_running_loop()
    found = await loop.run_in_executor(None, store.pending, session.key)
    pending = [saved for saved in found if live is None or not live(saved.key)]
    if not pending:
        return []
    count = len(pending)
    quoted = translate("RecoveryBanner", "“{topic}”")
    untitled = translate("RecoveryBanner", "untitled")
    topics = ", ".join(quoted.format(topic=p.form.draft.topic or untitled) for p in pending[:3])
    if count > 3:
        topics = translate("RecoveryBanner", "{topics} and %n more", count - 3).format(
            topics=topics
        )
    # Two sentences, not one with "(s)": the verb changes with the count too.
    if count == 1:
        text = translate(
            "RecoveryBanner", "1 meeting form was not saved when zoomdesk last stopped: {topics}."
        )
    else:
        text = translate(
            "RecoveryBanner",
            "%n meeting forms were not saved when zoomdesk last stopped: {topics}.",
            count,
        )

    def restore() -> None:
        window.clear_message(ABOUT)
        for saved in pending:
            reopen(saved, actions)

    def discard() -> None:
        window.clear_message(ABOUT)
        for saved in pending:
            loop.run_in_executor(None, store.discard, saved.key)
        window.notify(translate("RecoveryBanner", "Unsaved forms discarded"))

    window.show_message(
        text.format(topics=topics),
        kind="info",
        actions=[
            (translate("RecoveryBanner", "Restore"), restore),
            (translate("RecoveryBanner", "Discard"), discard),
        ],
        about=ABOUT,
    )
    return pending


def reopen(saved: SavedDraft, actions: MeetingActions) -> None:
    form = saved.form
    options: dict[str, object] = {"restore": form, "draft_key": saved.key}
    if form.mode == "create" or form.meeting_id is None:
        options["host_id"] = form.host_id or None
    else:
        # The form fetches the meeting's current copy itself; this stub says which one.
        options["meeting"] = Meeting(
            id=int(form.meeting_id),
            topic=form.original_topic,
            type=form.draft.type,
            host_id=form.host_id,
        )
        options["occurrence_id"] = form.occurrence_id
        options["duplicate"] = form.mode == "duplicate"
    actions.open_form(**options)  # type: ignore[arg-type]
