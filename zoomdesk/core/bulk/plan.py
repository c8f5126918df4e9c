"""Validate every row, then plan: what each row costs against Zoom's daily limit per host.

Zoom allows 100 meeting create/update requests per host user and UTC day (reset at 00:00
UTC; meetingCreate, "Rate limit"). What zoomdesk itself already sent today for a host, from
its change history, is subtracted; the rows past what is left wait for a later reset, and the
plan says which rows wait until when. Nothing here sends a request.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from zoomdesk.core.bulk.columns import BulkRow, check_header, parse_row
from zoomdesk.core.bulk.csvfile import Sheet
from zoomdesk.core.bulk.results import DONE, SENDING, UNKNOWN, RowResult
from zoomdesk.core.history import History
from zoomdesk.core.i18n import translate
from zoomdesk.core.meeting_schema import either
from zoomdesk.core.models import User
from zoomdesk.core.policy import Policy, PolicyRefused
from zoomdesk.core.wallclock import shown_datetime

DAILY_LIMIT = 100

# What a row needs: a create (1 request), an update (1 PATCH, or none when nothing differs),
# a check of an earlier create whose outcome is unknown (a listing, then a create only if the
# meeting is not there), nothing (done before), or nothing because a cell is wrong.
CREATE, UPDATE, CHECK, SKIP, INVALID = "create", "update", "check", "skip", "invalid"


@dataclass
class RowPlan:
    row: BulkRow
    step: str
    user: User | None = None
    previous: RowResult | None = None
    reset_at: datetime | None = None  # set when the row waits for a daily reset
    requeues: int = 0  # times a per-second 429 storm sent it back to the queue

    @property
    def sends(self) -> bool:
        return self.step in (CREATE, UPDATE, CHECK)

    @property
    def today(self) -> bool:
        return self.sends and self.reset_at is None


@dataclass
class HostPlan:
    host: str  # as the user knows it: the email
    user_id: str
    used_today: int = 0
    steps: Counter[str] = field(default_factory=Counter)
    waiting: list[tuple[int, datetime]] = field(default_factory=list)  # (line, after reset)

    @property
    def left_today(self) -> int:
        return max(0, DAILY_LIMIT - self.used_today)


@dataclass
class Plan:
    rows: list[RowPlan]
    hosts: dict[str, HostPlan]  # by user ID

    @property
    def problems(self) -> list[RowPlan]:
        return [p for p in self.rows if p.step == INVALID]

    @property
    def valid(self) -> bool:
        return not self.problems

    def count(self, step: str) -> int:
        return sum(1 for p in self.rows if p.step == step)

    def describe(self) -> list[str]:
        """The plan in sentences, one per host, then the rows that wait."""
        summary = translate(
            "Bulk",
            "{rows} rows: {create} to create, {update} to update, {check} to check first (an "
            "earlier create's outcome was unknown), {skip} already done, {invalid} with problems.",
        )
        out = [
            summary.format(
                rows=len(self.rows), create=self.count(CREATE), update=self.count(UPDATE),
                check=self.count(CHECK), skip=self.count(SKIP), invalid=self.count(INVALID),
            )
        ]  # fmt: skip
        for host in sorted(self.hosts.values(), key=lambda h: h.host):
            sends = sum(host.steps[s] for s in (CREATE, UPDATE, CHECK))
            budget = dict(host=host.host, sends=sends, used=host.used_today, limit=DAILY_LIMIT,
                          left=host.left_today)  # fmt: skip
            if not host.waiting:
                line = translate(
                    "Bulk", "{host}: {sends} to send; {used} of {limit} requests used today, "
                    "{left} left."
                )  # fmt: skip
                out.append(line.format(**budget))
                continue
            by_reset = Counter(reset for _, reset in host.waiting)
            waits = translate("Bulk", "{count} wait until after {time} UTC (lines {lines})")
            line = translate(
                "Bulk", "{host}: {sends} to send; {used} of {limit} requests used today, "
                "{left} left; {waits}."
            )  # fmt: skip
            waiting = ", ".join(
                waits.format(
                    count=n, time=shown_datetime(reset.astimezone(UTC)),
                    lines=_lines([ln for ln, r in host.waiting if r == reset]),
                )
                for reset, n in sorted(by_reset.items())
            )  # fmt: skip
            out.append(line.format(**budget, waits=waiting))
        return out


def _lines(lines: list[int]) -> str:
    return ", ".join(str(n) for n in lines[:8]) + (", …" if len(lines) > 8 else "")


def next_reset(now: datetime, days: int = 1) -> datetime:
    midnight = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return midnight + timedelta(days=days)


def make_plan(
    sheet: Sheet,
    users: Iterable[User],
    previous: dict[str, RowResult],
    *,
    history: History | None = None,
    now: datetime | None = None,
    excluded: set[int] = frozenset(),  # type: ignore[assignment]
    check_hosts: bool = True,
    policy: Policy | None = None,
) -> Plan:
    """`excluded`: lines the user unticked (the wizard); they are left alone. Without
    `check_hosts` the hosts are taken on trust (to see whether any row needs sending). An IT
    `policy` refuses hosts it does not allow and settings that contradict its locks, and gives
    every new meeting its locked settings, as the form and the CLI do."""
    check_header(sheet.header)
    now = now or datetime.now(UTC)
    by_name: dict[str, User] = {}
    for user in users:
        by_name[user.id.lower()] = user
        by_name[user.email.lower()] = user
    emails = [n for n in by_name if "@" in n]
    plans: list[RowPlan] = []
    first_line: dict[str, int] = {}
    for line, cells in sheet.rows:
        if line in excluded:
            continue
        found = by_name.get(cells.get("host", "").lower())
        fallback = (policy.default_timezone if policy else None) or "UTC"
        zone = found.timezone if found and found.timezone else fallback
        row = parse_row(line, cells, default_zone=zone, now=now)
        if policy is not None:
            _apply_policy(row, found, policy)
        if row.host and found is None and check_hosts:
            near = difflib.get_close_matches(row.host.lower(), emails, n=2, cutoff=0.6)
            if near:
                text = translate("Bulk", "No active user {host} in this account. Did you mean "
                                 "{names}?").format(host=row.host, names=either(near))  # fmt: skip
            else:
                text = translate("Bulk", "No active user {host} in this account.")
                text = text.format(host=row.host)
            row.problem("host", text)
        if row.ok and (earlier := first_line.get(row.key)) is not None:
            if row.meeting_id:
                text = translate("Bulk", "Same meeting ID as line {line}: it would be sent twice.")
            else:
                text = translate(
                    "Bulk", "Same host, topic and start as line {line}: it would be sent twice."
                )
            row.problem("meeting_id" if row.meeting_id else "topic", text.format(line=earlier))
        first_line.setdefault(row.key, line)
        plans.append(_step(row, found, previous.get(row.key)))
    return Plan(plans, _budget(plans, history, now))


def _apply_policy(row: BulkRow, user: User | None, policy: Policy) -> None:
    if user is not None:
        try:
            policy.check_host(user.email)
        except PolicyRefused as refusal:
            row.problem("host", refusal.problems[0].message)
    settings = row.draft.settings if row.draft is not None else {
        k.removeprefix("settings."): v for k, v in row.given.items() if k.startswith("settings.")
    }  # fmt: skip
    for name, value in settings.items():
        if problem := policy.locked_problem(name, value):
            row.problem(f"settings.{name}", problem)
    if row.draft is not None and row.ok:
        row.draft = row.draft.with_changes(settings={**settings, **policy.locked_settings})


def _step(row: BulkRow, user: User | None, previous: RowResult | None) -> RowPlan:
    if not row.ok:
        return RowPlan(row, INVALID, user, previous)
    unchanged = row.meeting_id is None or (previous and previous.fingerprint == row.fingerprint)
    if previous is not None and previous.status == DONE and unchanged:
        return RowPlan(row, SKIP, user, previous)
    if row.meeting_id is not None:
        return RowPlan(row, UPDATE, user, previous)
    if previous is not None and previous.status in (SENDING, UNKNOWN):
        return RowPlan(row, CHECK, user, previous)
    return RowPlan(row, CREATE, user, previous)


def _budget(plans: list[RowPlan], history: History | None, now: datetime) -> dict[str, HostPlan]:
    hosts: dict[str, HostPlan] = {}
    for plan in plans:
        if plan.user is None:
            continue
        host = hosts.get(plan.user.id)
        if host is None:
            names = {plan.user.id, plan.user.email}
            used = history.requests_today(names, now) if history is not None else 0
            host = hosts[plan.user.id] = HostPlan(plan.user.email, plan.user.id, used)
        host.steps[plan.step] += 1
        if not plan.sends:
            continue
        # Every row that may send is counted as one request: an update found unchanged or a
        # check that finds its meeting sends none, so the plan errs on the safe side.
        position = sum(host.steps[s] for s in (CREATE, UPDATE, CHECK)) - 1
        if position >= host.left_today:
            days = 1 + (position - host.left_today) // DAILY_LIMIT
            plan.reset_at = next_reset(now, days)
            host.waiting.append((plan.row.line, plan.reset_at))
    return hosts
