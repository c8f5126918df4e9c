# Shared by packaging/build-linux and packaging/linux/build-appimage (bash; sourced, not run).
# Expects REPO (the repository root, also the working directory) and BUILD (REPO/build).

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf '\033[1;31m%s: %s\033[0m\n' "$(basename "$0")" "$*" >&2; exit 1; }

find_python() {
  local candidate
  if [ -n "${PYTHON:-}" ]; then "$PYTHON" -c "import sys; print(sys.executable)"; return; fi
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      "$candidate" -c "import sys; print(sys.executable)"; return
    fi
  done
  die "zoomdesk needs Python 3.11 or newer (apt-get install python3 python3-venv)"
}

# ensure_build_venv PYTHON VENV
# Only what the app needs at run time (from pyproject.toml) plus PyInstaller, pinned by
# packaging/constraints.txt. Never the project's .venv: PyInstaller follows optional imports into
# pytest, hypothesis, mypy … and bundles them. Recreated whenever the dependency list, the pins or
# the Python change, so it is always exactly what those files say.
ensure_build_venv() {
  local python=$1 venv=$2 stamp
  mkdir -p "$BUILD"
  "$python" packaging/requirements.py > "$BUILD/requirements-pkg.txt"
  stamp=$( { cat "$BUILD/requirements-pkg.txt" packaging/constraints.txt; "$python" -VV; } |
    sha256sum | cut -c1-16)
  if [ "$(cat "$venv/.stamp" 2>/dev/null)" != "$stamp" ]; then
    say "creating the build venv $venv"
    rm -rf "$venv"
    "$python" -m venv "$venv"
    "$venv/bin/python" -m pip install -q --disable-pip-version-check \
      -c packaging/constraints.txt -r "$BUILD/requirements-pkg.txt"
    echo "$stamp" > "$venv/.stamp"
  fi
  if grep -Eiq '^(pytest|hypothesis|mypy|ruff) ' <<< "$("$venv/bin/python" -m pip list 2>/dev/null)"; then
    die "$venv contains test tools; delete it and run again"
  fi
}

# freeze VENV SYSTEM_LIBS NAME  ->  $BUILD/frozen-NAME/zoomdesk (icons in $BUILD/icons)
freeze() {
  local venv=$1 system_libs=$2 name=$3
  rm -rf "$BUILD/icons"
  "$venv/bin/python" packaging/make_icons.py "$BUILD/icons"
  ZOOMDESK_SYSTEM_LIBS=$system_libs ZOOMDESK_ICONS="$BUILD/icons" "$venv/bin/pyinstaller" \
    --noconfirm --log-level WARN --distpath "$BUILD/frozen-$name" \
    --workpath "$BUILD/pyinstaller-$name" packaging/zoomdesk.spec
  # keyring finds its backends through entry points in its metadata: it must be in the bundle.
  grep -q SecretService "$BUILD/frozen-$name"/zoomdesk/_internal/keyring-*.dist-info/entry_points.txt ||
    die "keyring's entry points are missing from the bundle"
  # Some Pythons (pyenv, self-built) leave their build directory in the RUNPATH of libpython and
  # the extension modules. On a user's machine that path means nothing, or worse: whoever can
  # write there could plant libraries zoomdesk would load. Keep only bundle-relative entries.
  "$venv/bin/python" packaging/linux/clean_rpaths.py "$BUILD/frozen-$name"
  # A trimmed library whose symlink stayed behind would be a broken file in the package.
  [ -z "$(find "$BUILD/frozen-$name" -xtype l)" ] ||
    die "dangling symlinks in the bundle: $(find "$BUILD/frozen-$name" -xtype l)"
}

# in_keyring_session COMMAND…  runs COMMAND in a private D-Bus session with an unlocked
# gnome-keyring and a throw-away HOME, so the frozen app must find the Secret Service by itself.
in_keyring_session() {
  local home rc=0
  home=$(mktemp -d)
  env -u PYTHON_KEYRING_BACKEND HOME="$home" XDG_DATA_HOME="$home/data" \
    XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home" QT_QPA_PLATFORM=offscreen \
    dbus-run-session -- sh -c \
    'echo -n selfcheck | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' \
    sh "$@" 2> >(grep -v 'Failed to set fd limit' >&2) || rc=$?
  rm -rf "$home"
  return $rc
}
