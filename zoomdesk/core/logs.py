"""Logging: a rotating, redacted log file in the user log dir, useful for support.

Every record passes a filter that masks known secrets (registered as they become known) and
anything that looks like a bearer token or Basic credentials, whatever the message's source."""

from __future__ import annotations

import logging
import logging.handlers
import re
import threading
from pathlib import Path

from zoomdesk.core.redact import MASK, redact_text

_JWT = re.compile(r"eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]+")
_AUTH = re.compile(r"((?:Bearer|Basic)\s+)[A-Za-z0-9+/=._-]{8,}", re.IGNORECASE)


class RedactingFilter(logging.Filter):
    def __init__(self) -> None:
        super().__init__()
        self._secrets: set[str] = set()
        self._lock = threading.Lock()

    def add_secret(self, secret: str) -> None:
        if secret and len(secret) >= 6:
            with self._lock:
                self._secrets.add(secret)

    def clean(self, text: str) -> str:
        text = redact_text(_AUTH.sub(lambda m: m.group(1) + MASK, _JWT.sub(MASK, text)))
        with self._lock:
            secrets = list(self._secrets)
        for secret in secrets:
            text = text.replace(secret, MASK)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.msg = self.clean(message)
        record.args = None
        if record.exc_text:
            record.exc_text = self.clean(record.exc_text)
        return True


def setup_logging(
    log_dir: Path, redactor: RedactingFilter, level: int = logging.INFO
) -> Path | None:
    """Log to `zoomdesk.log` (1 MB × 5) through `redactor`, which the composition root also
    gives the services (they register each secret as it becomes known). Returns the file, or
    None if it cannot be written (a read-only home must not stop the app)."""
    root = logging.getLogger("zoomdesk")
    root.setLevel(level)
    path = log_dir / "zoomdesk.log"
    for existing in root.handlers:
        if getattr(existing, "zoomdesk", False):  # set up before: this run's redactor now
            for old in list(existing.filters):
                existing.removeFilter(old)
            existing.addFilter(redactor)
            return path
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.zoomdesk = True  # type: ignore[attr-defined]
    handler.addFilter(redactor)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path
