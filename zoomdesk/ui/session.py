"""What the window is connected to: one Zoom client, where its credentials came from, and the
account's users (for the host column and the host selector)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from zoomdesk.core.i18n import translate
from zoomdesk.core.models import Meeting, User

if TYPE_CHECKING:  # the client pulls in httpx, which the window must not wait for
    from zoomdesk.core.client import ZoomClient
    from zoomdesk.core.settings_env import Connection


@dataclass
class Session:
    client: ZoomClient
    connection: Connection
    sandbox: bool
    users: list[User] = field(default_factory=list)

    @property
    def label(self) -> str:
        if self.sandbox:
            return translate("SessionLabel", "Sandbox — not real Zoom")
        if self.connection.profile is None:
            return translate("SessionLabel", "Credentials from the environment")
        if "environment" in self.connection.source:
            text = translate("SessionLabel", "Profile: {profile} + environment")
        else:
            text = translate("SessionLabel", "Profile: {profile}")
        return text.format(profile=self.connection.profile)

    @property
    def key(self) -> str:
        """Which connection a recovery copy of a form belongs to."""
        if self.sandbox:
            return "sandbox"
        return f"profile:{self.connection.profile}" if self.connection.profile else "environment"

    @property
    def profile(self) -> str | None:
        return self.connection.profile

    def user(self, user_id: str) -> User | None:
        return self._by_id.get(user_id)

    def host_label(self, meeting: Meeting) -> str:
        user = self._by_id.get(meeting.host_id) if meeting.host_id else None
        if user is not None:
            return user.display_name
        return meeting.host_email or meeting.host_id

    def __post_init__(self) -> None:
        from zoomdesk.core.host_defaults import HostDefaultsCache
        from zoomdesk.core.meeting_service import MeetingService
        from zoomdesk.ui.tracking_rows import TrackingFieldsCache

        self.service = MeetingService(self.client)
        # Read once per session, whatever number of forms open (issue 11).
        self.host_defaults = HostDefaultsCache(self.client)
        self.tracking_fields = TrackingFieldsCache(self.client)
        self._by_id: dict[str, User] = {}
        self.set_users(self.users)

    def set_users(self, users: list[User]) -> None:
        self.users = users
        self._by_id = {u.id: u for u in users}
