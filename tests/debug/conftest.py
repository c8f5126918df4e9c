"""Helpers for the debug-panel and request-doctor core tests: send raw requests, shaped any
way a broken client shapes them, to the sandbox through zoomdesk's own Sender, so each lands
in an ExchangeLog exactly as the app records it."""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from zoomdesk.core.errors import NetworkError
from zoomdesk.core.exchange import Exchange, ExchangeLog
from zoomdesk.core.tokens import Credentials, TokenProvider, basic_auth
from zoomdesk.core.transport import Sender, make_http_client

CLIENT_ID, SECRET, ACCOUNT = "sandbox-client-id", "sandbox-client-secret", "sandbox-account"
GOOD_BASIC = basic_auth(CLIENT_ID, SECRET)
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


class Wire:
    """Sends one request and returns the exchange the log recorded for it."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.log = ExchangeLog()

    def send(self, method: str, path: str, kind: str = "api", **options: Any) -> Exchange:
        async def go() -> None:
            http = make_http_client(5.0)
            try:
                request = http.build_request(method, self.base + path, **options)
                await Sender(http, self.log).send(request, kind)
            except NetworkError:
                pass  # recorded all the same
            finally:
                await http.aclose()

        asyncio.run(go())
        return list(self.log)[-1]

    def token(self, **options: Any) -> Exchange:
        options.setdefault("headers", {"Authorization": GOOD_BASIC, **FORM})
        return self.send("POST", "/oauth/token", "token", **options)

    def access_token(self) -> str:
        async def go() -> str:
            http = make_http_client(5.0)
            try:
                creds = Credentials(ACCOUNT, CLIENT_ID, SECRET, self.base)
                return (await TokenProvider(Sender(http, self.log), creds).get()).value
            finally:
                await http.aclose()

        return asyncio.run(go())

    def api(self, method: str, path: str, token: str | None = None, **options: Any) -> Exchange:
        headers = dict(options.pop("headers", {}))
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        return self.send(method, "/v2" + path, "api", headers=headers, **options)


@pytest.fixture
def wire(sandbox: Any) -> Wire:
    return Wire(sandbox.url)


def _self_signed(directory: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "zoom.us")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


class _Hello(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def untrusted_https(tmp_path: Path) -> Iterator[str]:
    """An HTTPS server on loopback whose certificate no trust store knows: what a company proxy
    that re-signs traffic looks like to a client."""
    cert, key = _self_signed(tmp_path)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hello)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def codes(findings: Any) -> list[str]:
    return [f.code for f in findings]


__all__ = ["ACCOUNT", "CLIENT_ID", "FORM", "GOOD_BASIC", "SECRET", "Wire", "codes", "httpx"]
