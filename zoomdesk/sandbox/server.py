"""`Sandbox`: what the app, the CLI and the tests start and stop. One loopback port serves Zoom's
token endpoint, the /v2 API and the sandbox's own admin paths."""

from __future__ import annotations

import ipaddress
import logging
import re
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType

from zoomdesk.sandbox.admin import PREFIX as ADMIN_PREFIX
from zoomdesk.sandbox.admin import handle_admin
from zoomdesk.sandbox.api import handle_api
from zoomdesk.sandbox.faults import FaultInjector
from zoomdesk.sandbox.httpd import SandboxHTTPServer
from zoomdesk.sandbox.oauth import TOKEN_PATH, ClientCredentials, handle_token_request
from zoomdesk.sandbox.state import SandboxState
from zoomdesk.sandbox.wire import RecordedRequest, Request, Response, html_response, zoom_error

logger = logging.getLogger("zoomdesk.sandbox")

MAX_RECORDED = 10_000
# The log also stops at this many bytes of bodies, headers and paths: 30 requests of 9 MB once
# kept 319 MB alive for good. The oldest entries go first; the newest is always kept.
MAX_RECORDED_BYTES = 32 * 1024 * 1024
# Join (j), start (s), registrant join (w) and registration links.
_JOIN_LINK = re.compile(r"^/(?:(?P<kind>[jsw])|meeting/(?P<register>register))/(?P<id>\d+)$")
_WILDCARDS = ("", "0.0.0.0", "::")


class Sandbox:
    """A local emulation of Zoom's S2S OAuth token endpoint and the Meetings API slice zoomdesk
    uses. Not real Zoom: every response says so in its Server header."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        account_id: str = "sandbox-account",
        client_id: str = "sandbox-client-id",
        client_secret: str = "sandbox-client-secret",
        token_ttl: int = 3600,
        scopes: Sequence[str] | None = None,
        seed: bool = True,
        state_file: Path | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.host = host
        self.port = port
        self.credentials = ClientCredentials(account_id, client_id, client_secret)
        self.state = SandboxState(
            account_id=account_id,
            scopes=scopes,
            token_ttl=token_ttl,
            clock=clock,
            seed=seed,
            state_file=state_file,
        )
        self.faults = FaultInjector()
        self._recorded: deque[tuple[RecordedRequest, int]] = deque()
        self._recorded_bytes = 0
        self._recorded_lock = threading.Lock()
        self._server: SandboxHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.stopping = threading.Event()
        self._wake_reader: socket.socket | None = None
        self._wake_writer: socket.socket | None = None

    # ---- lifecycle ---------------------------------------------------------------------------

    def start(self) -> Sandbox:
        """Binds and serves in a background thread; returns self."""
        if self._server is not None:
            raise RuntimeError("the sandbox is already running")
        self.stopping.clear()
        server = SandboxHTTPServer((self.host, self.port), self)
        self._server = server
        self.port = server.server_address[1]
        self._wake_reader, self._wake_writer = socket.socketpair()
        self._thread = threading.Thread(
            target=server.serve_until_woken,
            args=(self._wake_reader, self.stopping),
            name=f"zoomdesk-sandbox-{self.port}",
            daemon=True,
        )
        self._thread.start()
        if not _is_loopback(self.host):
            logger.warning(
                "The Zoom sandbox listens on %s, so it is reachable from other machines: anyone "
                "who can connect can read and change its data and its settings.",
                self.url,
            )
        return self

    def stop(self) -> None:
        """Stops serving, ends delayed responses and closes every socket. Safe to call twice."""
        server, thread = self._server, self._thread
        if server is None:
            return
        self.stopping.set()
        if self._wake_writer is not None:
            self._wake_writer.send(b"x")
        if thread is not None:
            thread.join(timeout=5)
        server.close_connections()
        server.server_close()
        for sock in (self._wake_reader, self._wake_writer):
            if sock is not None:
                sock.close()
        self._server = self._thread = self._wake_reader = self._wake_writer = None

    @property
    def running(self) -> bool:
        return self._server is not None

    def __enter__(self) -> Sandbox:
        return self if self.running else self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()

    # ---- addresses ---------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The OAuth base URL (the token endpoint is url + "/oauth/token")."""
        if self._server is None and self.port == 0:
            raise RuntimeError("the sandbox has no address until start()")
        # Bound to every interface, the sandbox is still reachable on loopback.
        host = {"": "127.0.0.1", "0.0.0.0": "127.0.0.1", "::": "::1"}.get(self.host, self.host)
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.port}"

    @property
    def api_base(self) -> str:
        return f"{self.url}/v2"

    # ---- the request log ---------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """The requests received, oldest first (the last 10,000, or fewer when together they
        exceed MAX_RECORDED_BYTES); a snapshot copy."""
        with self._recorded_lock:
            return [recorded for recorded, _ in self._recorded]

    def count(self, method: str, path_prefix: str) -> int:
        """How many `method` requests had a path starting with `path_prefix`."""
        return sum(
            1
            for r in self.requests
            if r.method == method.upper() and r.path.startswith(path_prefix)
        )

    def clear_requests(self) -> None:
        with self._recorded_lock:
            self._recorded.clear()
            self._recorded_bytes = 0

    def record_request(self, recorded: RecordedRequest) -> None:
        size = _size(recorded)
        with self._recorded_lock:
            self._recorded.append((recorded, size))
            self._recorded_bytes += size
            while len(self._recorded) > 1 and (
                len(self._recorded) > MAX_RECORDED or self._recorded_bytes > MAX_RECORDED_BYTES
            ):
                self._recorded_bytes -= self._recorded.popleft()[1]

    # ---- dispatch ----------------------------------------------------------------------------

    def respond(self, request: Request) -> Response:
        """The answer to one request, without faults: routing to the three surfaces."""
        path = request.path
        base_url = self._base_url(request)
        if path == TOKEN_PATH:
            return handle_token_request(request, self.state, self.credentials, base_url)
        if path == "/v2" or path.startswith("/v2/"):
            return handle_api(request, self.state, base_url)
        if path == ADMIN_PREFIX or path.startswith(ADMIN_PREFIX + "/"):
            return handle_admin(request, self)
        link = _JOIN_LINK.match(path)
        if link is not None and request.method in ("GET", "HEAD"):
            # Where join/start links point, so the app's "Join" button opens something honest.
            action = {"s": "start", None: "register for"}.get(link["kind"], "join")
            return html_response(
                200,
                f"<!DOCTYPE html><title>zoomdesk sandbox</title><h1>Not real Zoom</h1>"
                f"<p>In real Zoom this link would {action} meeting {link['id']}. The zoomdesk "
                f"sandbox only emulates the API.</p>",
            )
        return zoom_error(404, 404, "Not Found")

    def _base_url(self, request: Request) -> str:
        # Bound to every interface, the sandbox cannot know its public name; the Host header the
        # client used is the address that works for that client.
        host_header = request.header("host")
        if self.host in _WILDCARDS and host_header:
            return f"http://{host_header}"
        return self.url


def serve_forever(sandbox: Sandbox, stop: threading.Event | None = None) -> None:
    """Serves until Ctrl+C (or until `stop` is set), then stops the sandbox. Prints nothing."""
    if not sandbox.running:
        sandbox.start()
    try:
        (stop or threading.Event()).wait()
    except KeyboardInterrupt:
        pass
    finally:
        sandbox.stop()


def _size(recorded: RecordedRequest) -> int:
    headers = sum(len(name) + len(value) for name, value in recorded.headers.items())
    return len(recorded.body) + headers + len(recorded.path) + len(recorded.query_string)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
