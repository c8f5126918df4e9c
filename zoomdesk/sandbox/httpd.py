"""The HTTP transport: a ThreadingHTTPServer speaking HTTP/1.1 with keep-alive (as Zoom's front
ends do, so clients exercise connection reuse), which reads each request, records it, applies
transport-level faults and writes the answer. What to answer is the application's business.

Stopping is immediate: the accept loop waits on a wake-up socket rather than polling, and open
keep-alive connections are shut down."""

from __future__ import annotations

import logging
import re
import selectors
import socket
import socketserver
import struct
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol
from urllib.parse import parse_qs, urlsplit

from zoomdesk.sandbox.admin import PREFIX as ADMIN_PREFIX
from zoomdesk.sandbox.api import category_for
from zoomdesk.sandbox.faults import TRANSPORT_KINDS, FaultInjector, truncate
from zoomdesk.sandbox.state import SandboxState
from zoomdesk.sandbox.timeutil import http_date
from zoomdesk.sandbox.wire import (
    RecordedRequest,
    Request,
    Response,
    tracking_id,
    whole_number,
    zoom_error,
)

logger = logging.getLogger("zoomdesk.sandbox")

MAX_BODY = 10 * 1024 * 1024
# RFC 9112 §7.1: chunk-size = 1*HEXDIG. int(x, 16) would also take "-1" (a negative size made
# rfile.read(-1) read to the end of the stream, past the size cap), "0x10", "+a" and spaces.
_CHUNK_SIZE = re.compile(rb"[0-9A-Fa-f]{1,8}")


class App(Protocol):
    """What the transport needs from the sandbox."""

    state: SandboxState
    faults: FaultInjector
    stopping: threading.Event

    def respond(self, request: Request) -> Response: ...

    def record_request(self, recorded: RecordedRequest) -> None: ...


class SandboxHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    # socketserver's default backlog of 5 drops the SYNs of a burst of new connections, and the
    # clients' retransmits then add a full second: concurrent clients are the normal case here.
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], app: App) -> None:
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.app = app
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, _Handler)
        self.timeout = 0.5  # handle_request() only runs once a connection is waiting

    def server_bind(self) -> None:
        # HTTPServer.server_bind looks up a fully qualified host name, which can stall for
        # seconds on machines with slow DNS; the sandbox never needs it.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = str(self.server_address[0]), self.server_address[1]

    def serve_until_woken(self, wake: socket.socket, stopping: threading.Event) -> None:
        with selectors.DefaultSelector() as selector:
            selector.register(self.socket, selectors.EVENT_READ)
            selector.register(wake, selectors.EVENT_READ)
            while not stopping.is_set():
                ready = {key.fileobj for key, _ in selector.select()}
                if wake in ready or stopping.is_set():
                    return
                self.handle_request()

    def process_request(self, request: Any, client_address: Any) -> None:
        if isinstance(request, socket.socket):
            with self._connections_lock:
                self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # socketserver prints tracebacks to stderr; a client hanging up (after a timeout, say)
        # is routine here and belongs in the debug log.
        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError | TimeoutError):
            logger.debug("connection from %s ended: %r", client_address, error)
        else:
            logger.error("sandbox connection error from %s", client_address, exc_info=True)

    def close_connections(self) -> None:
        """Wakes every handler thread blocked on an idle keep-alive connection."""
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 120  # idle keep-alive connections are closed, as real servers do
    # Headers and body go out in two writes; with Nagle's algorithm the second waits for the
    # client's delayed ACK, adding ~40 ms to every keep-alive response.
    disable_nagle_algorithm = True
    server: SandboxHTTPServer

    def version_string(self) -> str:
        return "zoomdesk-sandbox (not real Zoom)"

    def date_time_string(self, timestamp: float | None = None) -> str:
        # The sandbox's clock is "Zoom's clock": Date agrees with token expiry and Retry-After.
        return http_date(self.server.app.state.now() if timestamp is None else timestamp)

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s " + format, self.address_string(), *args)

    def do_GET(self) -> None:
        self._serve()

    do_POST = do_PATCH = do_PUT = do_DELETE = do_HEAD = do_OPTIONS = do_GET

    def _serve(self) -> None:
        body = self._read_body()
        if body is None:
            return
        app = self.server.app
        parts = urlsplit(self.path)
        query = parse_qs(parts.query, keep_blank_values=True)
        request = Request(
            self.command, parts.path, query, {k.lower(): v for k, v in self.headers.items()}, body
        )
        app.record_request(
            RecordedRequest(
                self.command,
                parts.path,
                {name: values[0] for name, values in query.items()},
                dict(self.headers.items()),
                body,
                app.state.now(),
                parts.query,
            )
        )
        # The admin paths are never faulted, so a fault can always be cleared.
        is_admin = parts.path.startswith(ADMIN_PREFIX)
        fault = None if is_admin else app.faults.take(self.command, parts.path)
        if fault is not None and fault.kind == "drop":
            self.close_connection = True  # FIN without a response
            return
        if fault is not None and fault.kind == "reset":
            self._reset()
            return
        if fault is not None and fault.kind == "delay" and app.stopping.wait(fault.seconds):
            self.close_connection = True  # stopping: don't answer late
            return
        response = None
        if fault is not None and fault.kind not in TRANSPORT_KINDS:
            category = category_for(self.command, parts.path)
            response = fault.response(app.state.now(), category)
        if response is None:
            response = self._respond_safely(request)
        if fault is not None and fault.kind == "truncated_json":
            response = truncate(response)
        self._write(response)

    def _respond_safely(self, request: Request) -> Response:
        try:
            return self.server.app.respond(request)
        except Exception:
            # A bug in the sandbox must look like one, not like a Zoom outage or a hung server.
            logger.exception("sandbox error on %s %s", request.method, request.path)
            return zoom_error(500, 500, "Internal error in the zoomdesk sandbox (not Zoom).")

    def _read_body(self) -> bytes | None:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            return self._read_chunked()
        header = self.headers.get("Content-Length")
        if not header:
            return b""
        length = whole_number(header)
        if length is None:
            self.send_error(400, "Bad Content-Length")
            return None
        if length > MAX_BODY:
            self.send_error(413, "Request body too large")
            return None
        body = self.rfile.read(length)
        if len(body) < length:
            self.close_connection = True  # the client went away mid-body
            return None
        return body

    def _read_chunked(self) -> bytes | None:
        chunks: list[bytes] = []
        total = 0
        while True:
            line = self.rfile.readline(1024).split(b";")[0].strip()
            if _CHUNK_SIZE.fullmatch(line) is None:
                self.send_error(400, "Bad chunked encoding")
                return None
            size = int(line, 16)
            total += size
            if total > MAX_BODY:
                self.send_error(413, "Request body too large")
                return None
            if size == 0:
                while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                return b"".join(chunks)
            chunks.append(self.rfile.read(size))
            self.rfile.readline(1024)

    def _write(self, response: Response) -> None:
        self.send_response(response.status)
        if response.header("x-zm-trackingid") is None:
            self.send_header("x-zm-trackingid", tracking_id())
        for name, value in response.headers:
            self.send_header(name, value)
        bodyless = response.status == 204 or response.status == 304 or response.status < 200
        if not bodyless:
            self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if not bodyless and self.command != "HEAD":
            self.wfile.write(response.body)

    def _reset(self) -> None:
        """Closes with SO_LINGER 0, so the kernel sends a TCP RST instead of a FIN. The socket
        really closes once the handler's file objects let go of it, before any FIN is sent."""
        self.close_connection = True
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
