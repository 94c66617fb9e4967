#!/usr/bin/env bash
# Prepare a checkout: a Python >= 3.12 virtual environment with the pinned
# packages, and (with "test") the system packages the test suite needs.
# Used by the Makefile; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=.venv

find_python() {
  local candidate
  for candidate in python3.13 python3.12 python3 python; do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; then
      command -v "$candidate"; return 0
    fi
  done
  local root
  root=$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")
  for candidate in $(ls -d "$root"/versions/3.1[2-9]* "$root"/versions/3.[2-9][0-9]* 2>/dev/null | sort -rV); do
    if [ -x "$candidate/bin/python3" ] && "$candidate/bin/python3" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; then
      echo "$candidate/bin/python3"; return 0
    fi
  done
  return 1
}

if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; then
  if ! PYTHON=$(find_python); then
    echo "cicadocs needs Python 3.12 or newer (Django 6.1). Install it, e.g. 'pyenv install 3.12' or 'apt-get install python3.12 python3.12-venv', and run this again." >&2
    exit 1
  fi
  echo "Using $PYTHON ($("$PYTHON" --version))"
  rm -rf "$VENV"
  "$PYTHON" -m venv "$VENV"
fi

stamp="$VENV/.requirements.sha256"
want=$(sha256sum requirements.txt | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  "$VENV/bin/python" -m pip install --quiet --upgrade pip
  "$VENV/bin/python" -m pip install --quiet -r requirements.txt
  echo "$want" > "$stamp"
fi

# WeasyPrint needs Pango; the browser tests need Debian's Chromium; a faster
# WeasyPrint needs HarfBuzz's subsetter; pdftoppm comes with poppler-utils;
# makemessages needs gettext.
need_system() {
  local missing=()
  ldconfig -p 2>/dev/null | grep -q 'libpango-1.0.so' || missing+=(libpango-1.0-0 libpangoft2-1.0-0)
  ldconfig -p 2>/dev/null | grep -q 'libharfbuzz-subset.so' || missing+=(libharfbuzz-subset0)
  if [ "${1:-}" = test ]; then
    [ -x /usr/bin/chromium ] || missing+=(chromium)
    command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
    command -v msgfmt >/dev/null 2>&1 || missing+=(gettext)
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing system packages: ${missing[*]}"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
      echo "Please install these system packages: ${missing[*]}" >&2
      exit 1
    fi
  fi
}
need_system "${1:-}"
DEBUG=1 "$VENV/bin/python" manage.py compile_translations
