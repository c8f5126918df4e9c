"""The client secret in the OS keyring, through `keyring`.

Keyring calls can block for a long time (an unlock prompt, D-Bus activation; jaraco/keyring#569,
mitya57/secretstorage#33), so they run on a dedicated thread with a timeout, never on the event
loop, and that thread is abandoned rather than joined at exit. With no usable keyring, nothing is
ever written in plain text: the secret can be kept for this session only, in memory.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Callable
from typing import TypeVar

from zoomdesk.core.errors import CredentialsError
from zoomdesk.core.i18n import translate

SERVICE = "zoomdesk"
# Windows' credential store holds 2560 bytes of UTF-16 (jaraco/keyring#355).
MAX_SECRET_CHARS = 1200
T = TypeVar("T")


class KeyringUnavailable(CredentialsError):
    def __init__(self, detail: str = "") -> None:
        advice = translate(
            "Secrets",
            "On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet); "
            "or pass the secret in the ZOOM_CLIENT_SECRET environment variable. zoomdesk never "
            "stores the secret in a file.",
        )
        if detail:
            problem = translate("Secrets", "No usable system keyring ({detail}).")
        else:
            problem = translate("Secrets", "No usable system keyring.")
        super().__init__(f"{problem.format(detail=detail)} {advice}")


class KeyringLocked(CredentialsError):
    def __init__(self) -> None:
        super().__init__(
            translate(
                "Secrets", "The system keyring is locked or access was denied. Unlock it and retry."
            )
        )


class KeyringTimeout(CredentialsError):
    def __init__(self, seconds: float) -> None:
        super().__init__(
            translate(
                "Secrets",
                "The system keyring did not answer within {seconds} s; it may be waiting for an "
                "unlock prompt. Unlock it and retry.",
            ).format(seconds=f"{seconds:g}")
        )


def backend_name() -> str:
    import keyring

    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _usable() -> None:
    """`fail` raises on use, but `null` silently drops what it is given: refuse both."""
    import keyring
    from keyring.backends import fail, null

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring | null.Keyring):
        raise KeyringUnavailable(backend_name())


def _call(func: Callable[[], T]) -> T:
    import keyring.errors

    try:
        return func()
    except keyring.errors.NoKeyringError as error:
        raise KeyringUnavailable(backend_name()) from error
    except keyring.errors.KeyringLocked as error:
        raise KeyringLocked() from error
    except keyring.errors.InitError as error:
        raise KeyringUnavailable(str(error)) from error
    except keyring.errors.KeyringError as error:
        failed = translate("Secrets", "The system keyring failed: {error}")
        raise CredentialsError(failed.format(error=error)) from error


class SecretStore:
    """Secrets by profile name. `session` holds secrets the user chose to keep in memory only."""

    def __init__(self, timeout: float = 8.0) -> None:
        self.timeout = timeout
        self.session: dict[str, str] = {}
        self._executor = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="keyring")

    async def _run(self, func: Callable[[], T]) -> T:
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(self._executor, _call, func)
        try:
            return await asyncio.wait_for(future, self.timeout)
        except TimeoutError as error:
            raise KeyringTimeout(self.timeout) from error

    async def get(self, profile: str) -> str | None:
        if profile in self.session:
            return self.session[profile]
        import keyring

        return await self._run(lambda: keyring.get_password(SERVICE, profile))

    async def set(self, profile: str, secret: str) -> None:
        if len(secret) > MAX_SECRET_CHARS:
            raise CredentialsError(
                translate("Secrets", "That secret is too long to store in the system keyring.")
            )
        import keyring

        def store() -> None:
            _usable()
            keyring.set_password(SERVICE, profile, secret)

        await self._run(store)
        self.session.pop(profile, None)

    async def delete(self, profile: str) -> None:
        import keyring
        import keyring.errors

        self.session.pop(profile, None)

        def delete() -> None:
            try:
                keyring.delete_password(SERVICE, profile)
            except keyring.errors.PasswordDeleteError:
                pass  # nothing stored: fine

        await self._run(delete)

    async def backend(self) -> str:
        return await self._run(backend_name)

    def keep_for_session(self, profile: str, secret: str) -> None:
        self.session[profile] = secret

    def close(self) -> None:
        # Never wait for a keyring call stuck on an unlock prompt (qasync issue #115).
        self._executor.shutdown(wait=False, cancel_futures=True)
