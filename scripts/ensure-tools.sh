#!/usr/bin/env bash
# Installs the system tools the tests use (LibreOffice for recalculation) from Debian's packages when missing.
set -uo pipefail
missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing ${missing[*]} (Debian packages) …" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "missing ${missing[*]}: install it (sudo apt-get install --no-install-recommends ${missing[*]}) for the recalculation test" >&2
fi
exit 0
