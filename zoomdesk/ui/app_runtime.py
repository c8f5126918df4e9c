"""What the app does off the event loop or at exit: building the services on a worker thread,
starting the sandbox, and exiting even when a keyring call is stuck on an unlock prompt."""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zoomdesk.core.logs import RedactingFilter
    from zoomdesk.core.paths import AppPaths
    from zoomdesk.core.services import Services
    from zoomdesk.sandbox import Sandbox

log = logging.getLogger("zoomdesk.ui")


@dataclass(frozen=True)
class LaunchOptions:
    """How the app was started: `zoomdesk [--sandbox] [--smoke-test] [--profile NAME]`."""

    sandbox: bool = False
    smoke_test: bool = False
    profile: str | None = None
    started_at: float = field(default_factory=time.perf_counter)


def build_services(paths: AppPaths, redactor: RedactingFilter) -> Services:
    """Runs on a worker thread: importing httpx, ssl and keyring takes a few hundred ms."""
    import importlib

    from zoomdesk.core.services import Services

    # Modules otherwise imported on the loop thread at the first request or keyring call.
    for name in ("anyio", "httpcore._backends.anyio", "keyring", "keyring.backends.fail"):
        try:
            importlib.import_module(name)
        except ImportError:  # pragma: no cover - an optional speed-up only
            pass
    return Services(paths, redactor)


def start_sandbox() -> Sandbox:
    from zoomdesk.sandbox import Sandbox

    return Sandbox().start()


def exit_now_if_stuck(code: int) -> int:
    """A keyring call stuck on an unlock prompt keeps a thread alive that the interpreter
    would join at exit, hanging forever (concurrent.futures joins its workers). Exit anyway."""
    workers = [t for t in threading.enumerate() if t.name.startswith("keyring")]
    for worker in workers:
        worker.join(timeout=0.2)  # an idle worker ends at once after SecretStore.close()
    if not any(worker.is_alive() for worker in workers):
        return code
    log.warning("a keyring call is still blocked; exiting without waiting for it")
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
