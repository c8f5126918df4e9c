"""What the frozen app runs (PyInstaller makes it `__main__`); the same as `python -m zoomdesk`.

Only the environment fixes a frozen bundle needs live here, plus one hidden switch for the Windows
uninstaller. Nothing else: the app's behaviour belongs to `zoomdesk`, not to packaging.
"""

from __future__ import annotations

import os
import sys

# The only Qt binding in the bundle is PySide6. A QT_API left in the user's environment by some
# other tool (pyqt5, …) would make qasync look for a binding that is not there and fail at start.
os.environ["QT_API"] = "pyside6"

if sys.platform.startswith("linux") and getattr(sys, "frozen", False):
    # The bootloader puts the bundle's folder first on LD_LIBRARY_PATH and saves the user's value in
    # LD_LIBRARY_PATH_ORIG. The dynamic loader has already read it, so undoing it here changes only
    # the programs we start (xdg-open, the browser opening a meeting link): they must load their own
    # libraries, not our copies. https://pyinstaller.org/en/stable/common-issues-and-pitfalls.html
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is None:
        os.environ.pop("LD_LIBRARY_PATH", None)
    else:
        os.environ["LD_LIBRARY_PATH"] = original

# Windows' zoomdesk.exe is a GUI program: it has no console, so sys.stdout and sys.stderr are None
# and the first write (a log handler, a stray print to stderr) would raise. Send them nowhere.
# (zoomdesk.com, the console twin, has both.)
if sys.stdout is None:
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (lives as long as the process)
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w")  # noqa: SIM115

REMOVE_USER_DATA = "--packaging-remove-user-data"


def remove_user_data() -> int:
    """Forget every profile's secret and delete the settings, data and log folders.

    Called by the Windows uninstaller when the user says "yes, remove my settings" (packaging/
    windows/zoomdesk.iss). Secrets go first: once profiles.json is gone their names are unknown.
    """
    import shutil

    import keyring
    import keyring.errors

    from zoomdesk.core.paths import AppPaths
    from zoomdesk.core.profiles import ProfileStore
    from zoomdesk.core.secrets import SERVICE

    paths = AppPaths.default()
    failures = 0
    try:
        names = list(ProfileStore(paths.profiles_file).load().profiles)
    except Exception as error:  # a damaged file must not stop the uninstall
        sys.stderr.write(f"zoomdesk: cannot read the profiles: {error}\n")
        names = []
    for name in names:
        try:
            keyring.delete_password(SERVICE, name)
        except keyring.errors.PasswordDeleteError:
            pass  # no secret stored for this profile
        except Exception as error:
            failures += 1
            sys.stderr.write(f"zoomdesk: cannot remove the secret of {name!r}: {error}\n")
    for folder in {paths.config, paths.data, paths.log}:
        shutil.rmtree(folder, ignore_errors=True)
    return 1 if failures else 0


def run() -> int:
    if sys.argv[1:] == [REMOVE_USER_DATA]:
        return remove_user_data()
    from zoomdesk.__main__ import main

    return main()


if __name__ == "__main__":
    sys.exit(run())
