"""The IT policy (core/policy.py) in the window: what it hides, what it turns off and why, and
the banner when it could not be read.

Something the policy forbids is disabled with the reason rather than silently missing where a
user would look for it (adding a profile); the sandbox, which the organisation may not want
anyone to see at all, is hidden."""

from __future__ import annotations

from typing import TYPE_CHECKING

from zoomdesk.core.i18n import translate
from zoomdesk.ui.banners import Banner

if TYPE_CHECKING:
    from zoomdesk.core.drafts import MeetingDraft
    from zoomdesk.core.host_defaults import PasscodeRules
    from zoomdesk.core.meeting_service import MeetingService
    from zoomdesk.core.models import Meeting
    from zoomdesk.core.policy import Policy
    from zoomdesk.ui.main_window import MainWindow
    from zoomdesk.ui.session import Session


def load_policy_blocking() -> Policy:
    """For a worker thread: load_policy() reads files or the registry (and its imports take a
    few milliseconds the window should not wait for). It never raises."""
    from zoomdesk.core.policy_sources import load_policy

    return load_policy()


def no_user_profiles(policy: Policy) -> str:
    return translate(
        "PolicyUi", "Adding profiles is turned off by {policy}; ask IT for a profile."
    ).format(policy=policy.name)


def sandbox_refused(policy: Policy) -> str:
    return translate("PolicyUi", "The sandbox is turned off by {policy}.").format(
        policy=policy.name
    )


def unreadable_text(policy: Policy) -> str:
    return translate(
        "PolicyUi",
        "Your organisation's policy is unreadable, ask IT: {problem}. Until it is fixed, "
        "zoomdesk keeps the restrictive defaults (no new profiles, no sandbox).",
    ).format(problem=policy.problem)


def apply_policy(window: MainWindow, policy: Policy) -> None:
    """Once, at start, before the profiles are listed."""
    window.sandbox_allowed = policy.allow_sandbox
    window.welcome_page.sandbox_button.setVisible(policy.allow_sandbox)
    window.welcome_page.sandbox_note.setVisible(policy.allow_sandbox)
    window.presets = {p.name for p in policy.profiles}
    if not policy.allow_user_profiles:
        reason = no_user_profiles(policy)
        for action in (window.add_profile_action,):
            action.setEnabled(False)
            action.setToolTip(reason)
            action.setStatusTip(reason)
        window.welcome_page.connect_button.setEnabled(False)
        window.welcome_page.connect_button.setToolTip(reason)
    if policy.problem:
        banner = Banner("warning", closable=True)
        banner.setObjectName("policyBanner")
        banner.setAccessibleName(translate("PolicyUi", "Policy"))
        window.add_banner(banner)
        banner.show_message(unreadable_text(policy), details=policy.problem)
        window.policy_banner = banner


def locked_service(session: Session, policy: Policy | None) -> MeetingService:
    """The session's service, or one that puts the policy's locked settings into every new
    meeting (`Policy.with_locks`), since a new meeting sends only what the user changed."""
    if policy is None or not policy.locked_settings:
        return session.service
    locks = policy
    from zoomdesk.core.errors import DraftInvalid
    from zoomdesk.core.meeting_service import MeetingService

    class LockedMeetingService(MeetingService):
        async def create(
            self, host: str, draft: MeetingDraft, *, rules: PasscodeRules | None = None
        ) -> Meeting:
            if problems := draft.problems(rules):
                raise DraftInvalid(problems)
            body = draft.create_body()
            body["settings"] = locks.with_locks(body.get("settings") or {})
            return await self.client.create_meeting(host, body)

    return LockedMeetingService(session.client)
