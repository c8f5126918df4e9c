"""The client secret in the keyring: in-memory backend, no backend, a stuck backend, and a real
Secret Service (gnome-keyring on a private D-Bus session, as `./dev.sh test` provides)."""

from __future__ import annotations

import asyncio
import os
import threading
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend

from zoomdesk.core.errors import CredentialsError
from zoomdesk.core.profiles import Profile, ProfileStore
from zoomdesk.core.secrets import KeyringTimeout, KeyringUnavailable, SecretStore
from zoomdesk.core.settings_env import resolve_connection


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def test_the_secret_round_trips_through_the_keyring(memory_keyring):
    store = SecretStore()
    run(store.set("work", "s3cret"))
    assert memory_keyring.store[("zoomdesk", "work")] == "s3cret"
    assert run(store.get("work")) == "s3cret"
    run(store.delete("work"))
    assert run(store.get("work")) is None
    store.close()


def test_without_a_keyring_saving_fails_clearly_and_session_only_works(no_keyring):
    store = SecretStore()
    with pytest.raises(KeyringUnavailable) as caught:
        run(store.set("work", "s3cret"))
    assert "ZOOM_CLIENT_SECRET" in str(caught.value)
    store.keep_for_session("work", "s3cret")
    assert run(store.get("work")) == "s3cret"
    store.close()


def test_a_keyring_that_hangs_times_out_instead_of_freezing(memory_keyring):
    release = threading.Event()

    class Stuck(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            release.wait(10)
            return None

        def set_password(self, service: str, username: str, password: str) -> None: ...

        def delete_password(self, service: str, username: str) -> None: ...

    keyring.set_keyring(Stuck())
    store = SecretStore(timeout=0.2)
    with pytest.raises(KeyringTimeout):
        run(store.get("work"))
    store.close()  # must not wait for the stuck thread
    release.set()


def test_environment_variables_override_the_stored_profile(memory_keyring, app_paths):
    profiles = ProfileStore(app_paths.profiles_file)
    profiles.put(Profile("work", "ACC", "CID"))
    store = SecretStore()
    run(store.set("work", "from-keyring"))
    plain = run(resolve_connection(profiles, store, env={}))
    assert plain.credentials.client_secret == "from-keyring" and plain.source == "profile work"
    over = run(
        resolve_connection(
            profiles,
            store,
            env={"ZOOM_CLIENT_SECRET": "from-env", "ZOOMDESK_API_URL": "https://x/v2"},
        )
    )
    assert over.credentials.client_secret == "from-env" and over.api_url == "https://x/v2"
    assert over.credentials.account_id == "ACC"
    assert (
        run(resolve_connection(ProfileStore(app_paths.config / "none.json"), store, env={})) is None
    )
    with pytest.raises(CredentialsError):
        run(resolve_connection(profiles, store, "nope", env={}))
    store.close()


def test_profiles_file_never_holds_the_secret(memory_keyring, app_paths):
    profiles = ProfileStore(app_paths.profiles_file)
    profiles.put(Profile("work", "ACC", "CID"))
    store = SecretStore()
    run(store.set("work", "never-on-disk"))
    store.close()
    assert "never-on-disk" not in app_paths.profiles_file.read_text()


def test_a_damaged_settings_file_is_a_clear_error(app_paths):
    app_paths.profiles_file.parent.mkdir(parents=True)
    app_paths.profiles_file.write_text("{not json")
    with pytest.raises(CredentialsError) as caught:
        ProfileStore(app_paths.profiles_file).load()
    assert "damaged" in str(caught.value)


def _secret_service() -> Any:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return None
    try:
        from keyring.backends import SecretService

        backend = SecretService.Keyring()
        backend.get_password("zoomdesk-probe", "probe")
        return backend
    except Exception:
        return None


def test_the_secret_round_trips_through_a_real_secret_service(tmp_path: Path):
    backend = _secret_service()
    if backend is None:
        if os.environ.get("CI"):
            pytest.fail("CI must provide a Secret Service (./dev.sh test starts gnome-keyring)")
        pytest.skip("no Secret Service on this D-Bus session; run through ./dev.sh test")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        store = SecretStore()
        run(store.set("real-test", "real-s3cret"))
        assert run(store.get("real-test")) == "real-s3cret"
        assert run(store.backend()).endswith("SecretService.Keyring")
        run(store.delete("real-test"))
        assert run(store.get("real-test")) is None
        store.close()
    finally:
        keyring.set_keyring(previous)


class _Refusing(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error

    def delete_password(self, service: str, username: str) -> None:
        raise self.error


def test_a_locked_keyring_asks_the_user_to_unlock_it(memory_keyring):
    from keyring.errors import KeyringLocked as Locked

    from zoomdesk.core.secrets import KeyringLocked

    keyring.set_keyring(_Refusing(Locked("Failed to unlock the collection!")))
    store = SecretStore()
    with pytest.raises(KeyringLocked) as caught:
        run(store.get("work"))
    assert "Unlock it" in str(caught.value)
    store.close()


def test_a_failing_keyring_is_a_clear_error_and_recovers_when_it_works_again(memory_keyring):
    from keyring.errors import PasswordSetError

    keyring.set_keyring(_Refusing(PasswordSetError("The stub received bad data")))
    store = SecretStore()
    with pytest.raises(CredentialsError) as caught:
        run(store.set("work", "s3cret"))
    assert "keyring failed" in str(caught.value) and "s3cret" not in str(caught.value)
    keyring.set_keyring(memory_keyring)
    run(store.set("work", "s3cret"))
    assert run(store.get("work")) == "s3cret"
    store.close()


def test_an_unwritable_settings_file_is_a_clear_error_and_nothing_is_half_written(tmp_path):
    from zoomdesk.core.profiles import SettingsError

    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the settings folder should be")
    profiles = ProfileStore(blocker / "profiles.json")
    with pytest.raises(SettingsError) as caught:
        profiles.put(Profile("work", "ACC", "CID"))
    assert "the settings file" in str(caught.value) and "Not a directory" in str(caught.value)
    assert blocker.read_text().startswith("a file")
