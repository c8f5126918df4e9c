#!/usr/bin/env bash
# One-command set-up for zoomdesk on a fresh machine.
#   ./dev.sh run [ARGS…]   set everything up, then start the desktop app (sandbox when no credentials)
#   ./dev.sh test [ARGS…]  set everything up, then run lint, type checks and the whole test suite
#   ./dev.sh i18n          extract the marked strings into resources/translations/*.ts and
#                          compile them into zoomdesk/translations/ (docs/translating.md)
#   ./dev.sh mutate [MODULE…]  mutation testing of core modules (tokens, ratelimit, redact, errors,
#                          client by default; also meeting_update, meeting_service, drafts,
#                          meeting_schema, meeting_spec, bulk/plan, bulk/run, bulk/results); slow,
#                          not part of CI. See docs/testing.md.
# Creates .venv/ in the repo root; re-running is quick (it only reinstalls when pyproject.toml changes).
set -euo pipefail
cd "$(dirname "$0")"

# Libraries Qt's xcb/offscreen platform plugins load on Debian/Ubuntu (see docs/packaging notes).
QT_DEBS="libegl1 libgl1 libfontconfig1 fonts-dejavu-core libdbus-1-3 libglib2.0-0 libxkbcommon0
libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0
libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libx11-xcb1"
# Extra tools the tests use: a real Secret Service (gnome-keyring on a private D-Bus), curl, and
# the validators the packaging tests run on the menu entry and the software-centre metadata (a
# test skipped on a fresh machine is a missing install step; tests/core/test_dev_script.py).
# A Japanese font: the layout tests measure Japanese labels (docs/translating.md).
TEST_DEBS="gnome-keyring dbus-daemon curl desktop-file-utils appstream fonts-ipafont-gothic"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

missing_debs() {
  command -v dpkg-query >/dev/null || return 0
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || printf '%s ' "$pkg"
  done
}

ensure_debs() {
  local missing
  missing=$(missing_debs "$@")
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "Installing system packages: $missing"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    say "Missing system packages; install them with:"
    echo "  sudo apt-get install --no-install-recommends $missing" >&2
    return 1
  fi
}

find_python() {
  local candidate
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  say "zoomdesk needs Python 3.11 or newer (apt-get install python3 python3-venv)"; return 1
}

ensure_venv() {
  local python stamp=.venv/.zoomdesk-installed
  python=$(find_python)
  if ! "$python" -c 'import venv, ensurepip' 2>/dev/null; then
    ensure_debs python3-venv
  fi
  if [ ! -x .venv/bin/python ]; then
    say "Creating .venv with $python"
    "$python" -m venv .venv
  fi
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    say "Installing zoomdesk and its dependencies into .venv"
    .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
    .venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
    touch "$stamp"
  fi
}

case "${1:-}" in
  run)
    shift
    ensure_debs $QT_DEBS || true
    ensure_venv
    # No stored profile and no ZOOM_* credentials: straight into the sandbox (not real Zoom).
    if [ $# -eq 0 ] && [ -z "${ZOOM_CLIENT_ID:-}" ] &&
       ! .venv/bin/zoomdesk profiles list --json 2>/dev/null | grep -q '"name"'; then
      say "No Zoom credentials stored: starting in sandbox mode (not real Zoom)"
      set -- --sandbox
    fi
    exec .venv/bin/zoomdesk "$@"
    ;;
  test)
    shift
    ensure_debs $QT_DEBS $TEST_DEBS
    ensure_venv
    say "ruff"
    .venv/bin/ruff check zoomdesk tests bench
    .venv/bin/ruff format --check zoomdesk tests bench
    say "mypy (strict on the non-UI packages)"
    .venv/bin/mypy zoomdesk
    say "pytest (tests/core first with TZ=Pacific/Auckland, then everything in the local zone)"
    # The whole suite, slow tests included (the installer build, a real SIGKILL), unless the
    # caller chose with -m; plain `.venv/bin/pytest` skips the slow ones.
    case " $* " in *" -m "*) ;; *) set -- -m "slow or not slow" "$@" ;; esac
    # The core tests run once more off UTC (Auckland is UTC+12 or +13, most of a day ahead):
    # Retry-After and daily-reset times must not depend on the machine's zone.
    # A private D-Bus session with an unlocked gnome-keyring: the real Secret Service tests use it,
    # everything else runs on an in-memory keyring. The throw-away HOME keeps the user's keyring out.
    keyring_home=$(mktemp -d)
    trap 'rm -rf "$keyring_home"' EXIT
    export QT_QPA_PLATFORM=offscreen
    env HOME="$keyring_home" XDG_DATA_HOME="$keyring_home/data" XDG_RUNTIME_DIR="$keyring_home" \
      ZOOMDESK_REAL_HOME="$HOME" dbus-run-session -- sh -c \
      'echo -n zoomdesk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null &&
       TZ=Pacific/Auckland "$0" -m pytest -q -p no:cacheprovider tests/core &&
       exec "$0" -m pytest "$@"' .venv/bin/python "$@"
    ;;
  i18n)
    ensure_venv
    .venv/bin/python packaging/i18n.py update
    ;;
  mutate)
    shift
    # A MODULE is a core module's name; a mutmut name pattern (one with a `*`) runs a sample,
    # e.g. 'zoomdesk.core.client.*[05]' runs every fifth mutant of client.py.
    [ $# -gt 0 ] || set -- tokens ratelimit redact errors client
    patterns=() modules=()
    for arg in "$@"; do
      case "$arg" in
        *"*"*)
          # the module is the pattern's leading dotted names that are folders, then a file
          module="" pattern=$arg
          IFS=. read -ra parts <<<"${arg#zoomdesk.core.}"
          for part in "${parts[@]}"; do
            module+=$part
            [ -d "zoomdesk/core/$module" ] && module+=/ || break
          done ;;
        # bulk/plan, bulk.plan and zoomdesk/core/bulk/plan.py all name the same module
        *) module=${arg%.py}; module=${module#zoomdesk/core/}; module=${module//.//}
           pattern="zoomdesk.core.${module//\//.}.*" ;;
      esac
      if [ ! -f "zoomdesk/core/$module.py" ]; then
        echo "./dev.sh mutate: no module zoomdesk/core/$module.py" >&2; exit 2
      fi
      patterns+=("$pattern") modules+=("$module")
    done
    ensure_venv
    if ! .venv/bin/python -c 'import mutmut' 2>/dev/null; then
      say "Installing mutmut (the [mutation] extra) into .venv"
      .venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test,mutation]'
    fi
    # mutmut copies the package into mutants/ and keeps copies of unmutated files that it finds
    # there, so a stale copy could decide a verdict: always start from the current tree.
    rm -rf mutants
    say "mutmut on ${patterns[*]} (${MUTATE_JOBS:-2} workers)"
    export QT_QPA_PLATFORM=offscreen ZOOMDESK_HYPOTHESIS_PROFILE=mutation
    .venv/bin/mutmut run --max-children "${MUTATE_JOBS:-2}" "${patterns[@]}"
    .venv/bin/python tests/core/mutation_report.py "${modules[@]}"
    ;;
  *)
    echo "usage: ./dev.sh run [zoomdesk args…] | ./dev.sh test [pytest args…] |" \
      "./dev.sh i18n | ./dev.sh mutate [MODULE…]" >&2
    exit 2
    ;;
esac
