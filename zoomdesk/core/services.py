"""The non-UI half of the composition root: one HTTP client, one exchange log, token providers,
profiles and secrets. The CLI and the desktop app each build one of these and pass it down."""

from __future__ import annotations

from dataclasses import dataclass, field

import httpx

from zoomdesk.core.client import ZoomClient
from zoomdesk.core.draft_store import DraftStore
from zoomdesk.core.exchange import ExchangeLog
from zoomdesk.core.history import History
from zoomdesk.core.logs import RedactingFilter
from zoomdesk.core.meeting_cache import MeetingCaches
from zoomdesk.core.paths import AppPaths
from zoomdesk.core.profiles import ProfileStore
from zoomdesk.core.secrets import SecretStore
from zoomdesk.core.settings_env import Connection
from zoomdesk.core.tokens import AccessToken, Credentials, TokenProviders
from zoomdesk.core.transport import Sender, make_http_client

SANDBOX_ACCOUNT_ID = "sandbox-account"
SANDBOX_CLIENT_ID = "sandbox-client-id"
SANDBOX_CLIENT_SECRET = "sandbox-client-secret"  # not a secret: the built-in emulation's own


def sandbox_connection(url: str) -> Connection:
    return Connection(
        Credentials(SANDBOX_ACCOUNT_ID, SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, url),
        api_url=None,
        profile=None,
        source="sandbox (not real Zoom)",
    )


@dataclass
class Services:
    """Create inside the running event loop; `aclose()` on the way out."""

    paths: AppPaths
    redactor: RedactingFilter = field(default_factory=RedactingFilter)
    timeout: float = 30.0
    log: ExchangeLog = field(default_factory=ExchangeLog)
    http: httpx.AsyncClient = field(init=False)
    sender: Sender = field(init=False)
    tokens: TokenProviders = field(init=False)
    profiles: ProfileStore = field(init=False)
    secrets: SecretStore = field(init=False)
    history: History = field(init=False)
    drafts: DraftStore = field(init=False)
    caches: MeetingCaches = field(init=False)

    def __post_init__(self) -> None:
        self.http = make_http_client(self.timeout)
        self.sender = Sender(self.http, self.log)
        self.tokens = TokenProviders(self.sender)
        self.profiles = ProfileStore(self.paths.profiles_file)
        self.secrets = SecretStore()
        self.history = History(self.paths.data / "history.sqlite3")
        self.drafts = DraftStore(self.paths.data / "drafts.sqlite3")
        self.caches = MeetingCaches(self.paths.meeting_cache)

    def client_for(self, connection: Connection) -> ZoomClient:
        self.redactor.add_secret(connection.credentials.client_secret)
        provider = self.tokens.for_credentials(connection.credentials)
        if self._remember_token not in provider.listeners:
            provider.listeners.append(self._remember_token)
        return ZoomClient(self.sender, provider, api_url=connection.api_url, history=self.history)

    def _remember_token(self, token: AccessToken | None) -> None:
        """Logs mask every token this process has seen, whatever code path printed it."""
        if token is not None:
            self.redactor.add_secret(token.value)

    async def aclose(self) -> None:
        await self.http.aclose()
        self.secrets.close()
        self.history.close()
        self.drafts.close()
        self.caches.close()
