# Shared set-up for scripts/run and scripts/test (sourced, not run).
# Installs the Debian packages Qt and the tests need (when missing), creates .venv and
# installs the locked Python packages. Safe to run again: it skips what is already there.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="${PYTHON:-python3}"

# Qt's xcb platform on a clean Debian (see ../shared/DESIGN.md), fonts with Arabic-script
# glyphs for Persian, and Python's venv module.
RUN_PACKAGES=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1
  libxcb-util1 libxkbcommon-x11-0 libx11-xcb1 libegl1 libgl1 libfontconfig1 libglib2.0-0
  libdbus-1-3 fonts-dejavu-core fonts-noto-core python3-venv)
# Virtual screen, a real Secret Service for the keyring test, PDF-to-image for report tests,
# a real notification daemon (dunst) and the .desktop validator for the reminder tests, and
# Syncthing: the sharing tests run two real instances on 127.0.0.1 (tests/sync_engine).
TEST_PACKAGES=(xvfb xauth x11-utils xdotool dbus dbus-x11 gnome-keyring poppler-utils dunst desktop-file-utils at-spi2-core python3-pyatspi
  syncthing)

apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then sudo="sudo"; else
      echo "Please install these Debian packages first: ${missing[*]}" >&2; return 1; fi
  fi
  echo "Installing system packages: ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_venv() {
  local purpose="$1"   # "app" for scripts/run, "test" for scripts/test (the app plus test tools)
  if [ ! -x "$VENV/bin/python" ]; then
    "$PY" -m venv "$VENV"
  fi
  local stamp="$VENV/.installed-$purpose"
  # requirements/<purpose>.txt pins every package, with hashes, to versions tested together
  # (made by scripts/lock from pyproject.toml).
  local lock="$ROOT/requirements/$purpose.txt"
  if [ ! -f "$stamp" ] || [ "$lock" -nt "$stamp" ] || [ "$ROOT/pyproject.toml" -nt "$stamp" ]; then
    "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
    "$VENV/bin/python" -m pip install -q --require-hashes -r "$lock"
    "$VENV/bin/python" -m pip install -q --no-deps -e "$ROOT"
    touch "$stamp"
  fi
}

build_translations() {
  if [ -x "$ROOT/scripts/i18n-build" ]; then
    "$ROOT/scripts/i18n-build" >/dev/null
  fi
}
