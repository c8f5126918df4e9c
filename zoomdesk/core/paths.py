"""Where zoomdesk keeps its files. `ZOOMDESK_HOME` puts everything under one folder (tests, and
IT admins who want a portable install)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP = "zoomdesk"


@dataclass(frozen=True)
class AppPaths:
    config: Path
    data: Path
    log: Path

    @property
    def profiles_file(self) -> Path:
        return self.config / "profiles.json"

    @property
    def meeting_cache(self) -> Path:
        """One SQLite file per profile (core/meeting_cache.py)."""
        return self.data / "cache"

    @classmethod
    def default(cls) -> AppPaths:
        home = os.environ.get("ZOOMDESK_HOME")
        if home:
            root = Path(home)
            return cls(root / "config", root / "data", root / "log")
        return cls(
            Path(platformdirs.user_config_dir(APP, appauthor=False)),
            Path(platformdirs.user_data_dir(APP, appauthor=False)),
            Path(platformdirs.user_log_dir(APP, appauthor=False)),
        )
