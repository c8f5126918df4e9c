"""What a meeting form knows besides its widgets, without Qt: the baseline it was loaded with,
the one current draft (updated once per change), what the user has touched, Zoom's complaints
per field, and from these the problems to show, whether anything is unsaved, and the change
a save sends."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from zoomdesk.core.drafts import MeetingDraft, changed_fields, timing_problems
from zoomdesk.core.errors import FieldError
from zoomdesk.core.i18n import translate
from zoomdesk.core.meeting_update import MeetingUpdate
from zoomdesk.core.models import zone
from zoomdesk.core.wallclock import WallClockIssue, check_wall_clock

EVERYTHING = "*"  # touched: show every problem (a loaded meeting, a restored form)


def root(field: str) -> str:
    return "recurrence" if field.startswith("recurrence") else field


class EditState:
    def __init__(self, *, editing: bool, occurrence: bool) -> None:
        self.editing = editing
        self.occurrence = occurrence
        self.baseline: MeetingDraft | None = None
        self.baseline_host = ""
        self.draft = MeetingDraft()
        self.host = ""
        self.touched: set[str] = set()
        self.server_errors: dict[str, str] = {}
        self.problems: list[FieldError] = []
        # Checks the form adds from what it learns later (the host's passcode rules, the
        # account's required tracking fields): each gets the state and returns its problems.
        self.checks: list[Callable[[EditState], list[FieldError]]] = []

    @property
    def loaded(self) -> bool:
        return self.baseline is not None

    def load(self, draft: MeetingDraft, host: str, *, show_all: bool) -> None:
        """The form now shows `draft` as its unchanged state."""
        self.baseline = self.draft = draft
        self.baseline_host = self.host = host
        self.touched = {EVERYTHING} if show_all else set()

    def restored(self, draft: MeetingDraft, host: str) -> None:
        """What the user had typed before a crash: unsaved, every problem shown."""
        self.draft, self.host = draft, host
        self.touched = {EVERYTHING}

    def update(self, draft: MeetingDraft, host: str) -> None:
        """Once per change: what changed is touched, and Zoom's complaints about it are stale."""
        changed = changed_fields(self.draft, draft)
        if host != self.baseline_host:
            changed.add("host")
        self.draft, self.host = draft, host
        self.touched |= changed
        for name in list(self.server_errors):
            if root(name) in changed or name in changed:
                del self.server_errors[name]

    def revalidate(self, now: datetime) -> list[FieldError]:
        if self.baseline is None:
            self.problems = []
            return []
        draft = self.draft
        problems = draft.problems()
        moved = draft.start != self.baseline.start or draft.timezone != self.baseline.timezone
        problems += timing_problems(draft, now, check_start=not self.editing or moved)
        self.wall_clock = wall_clock_issue(draft) if not self.editing or moved else None
        if self.wall_clock is not None and self.wall_clock.kind == "gap":
            problems.append(FieldError("start_time", self.wall_clock.message))
        if not self.editing and not self.host:
            message = translate("EditState", "Choose who hosts the meeting.")
            problems.append(FieldError("host", message))
        for check in self.checks:
            problems += check(self)
        self.problems = problems
        return problems

    wall_clock: WallClockIssue | None = None  # a skipped or repeated hour at the start

    def visible(self, problem: FieldError) -> bool:
        return EVERYTHING in self.touched or root(problem.field) in self.touched

    def is_dirty(self) -> bool:
        if self.baseline is None:
            return False
        return self.draft != self.baseline or self.host != self.baseline_host

    def change(self) -> MeetingUpdate:
        if self.baseline is None:
            return MeetingUpdate()
        return MeetingUpdate.diff(self.baseline, self.draft, occurrence=self.occurrence)

    def zoom_refused(
        self, errors: tuple[FieldError, ...], shown: Callable[[str], bool]
    ) -> list[str]:
        """Keep Zoom's complaints about fields the form shows (until they change); return the
        others as lines to show in the banner."""
        unplaced = []
        for item in errors:
            if shown(item.field):
                self.server_errors[item.field] = item.message
            else:
                unplaced.append(
                    translate("EditState", "• {message} ({field})").format(
                        message=item.message, field=item.field
                    )
                    if item.field
                    else item.message
                )
        return unplaced

    def to_create(self, copied_from: object | None) -> MeetingDraft:
        """What a create sends. A new meeting sends only the settings the user changed, so
        Zoom applies the host's and the account's own defaults to the rest (a form default is
        Zoom's documented one, not necessarily this host's); a copy sends all it copied."""
        if copied_from is not None or self.baseline is None:
            return self.draft
        base = self.baseline.settings
        changed = {k: v for k, v in self.draft.settings.items() if base.get(k) != v}
        return self.draft.with_changes(settings=changed)

    def edited_settings(self) -> tuple[dict[str, object], str | None]:
        """The settings (and passcode, or None) the user changed from the unchanged state."""
        if self.baseline is None:
            return {}, None
        old, draft = self.baseline, self.draft
        edited = {k: v for k, v in draft.settings.items() if old.settings.get(k) != v}
        return edited, (draft.password if draft.password != old.password else None)

    def rebase(self, settings: dict[str, object], password: str) -> None:
        """New defaults arrived (the host's own): they are the unchanged state now, so a
        create does not send them as the user's changes (`to_create`)."""
        if self.baseline is not None:
            self.baseline = self.baseline.with_changes(settings=dict(settings), password=password)

    def saved(self) -> None:
        """Nothing left unsaved: the form may close without asking."""
        self.baseline, self.baseline_host = self.draft, self.host


def wall_clock_issue(draft: MeetingDraft) -> WallClockIssue | None:
    """A start in the hour the clocks skip (Zoom would move it) or repeat (which one?)."""
    tz = zone(draft.timezone)
    if not draft.has_fixed_time or draft.start is None or tz is None:
        return None
    return check_wall_clock(draft.start, tz, draft.timezone)
