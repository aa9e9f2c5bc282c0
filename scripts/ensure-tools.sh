#!/usr/bin/env bash
# Installs the system tools the tests use from Debian's packages when missing: LibreOffice (recalculation),
# Chromium (the panes in a real browser), xmllint (the manifest is well-formed XML).
set -uo pipefail
missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc)
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing ${missing[*]} (Debian packages) …" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq -o DPkg::Lock::Timeout=300 && apt-get install -y -qq -o DPkg::Lock::Timeout=300 --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "missing ${missing[*]}: install them (sudo apt-get install --no-install-recommends ${missing[*]}) for the tests" >&2
fi
exit 0
