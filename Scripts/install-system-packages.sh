#!/usr/bin/env bash
# Installs the C libraries repere builds against, when they are missing:
# GNU readline (libreadline-dev), Snowball's libstemmer (libstemmer-dev), libhunspell
# (libhunspell-dev) and its French dictionary (hunspell-fr-comprehensive);
# and python3-jsonschema, with which a test validates the JSON recap against its schema.
# Does nothing when all are present. Runs apt-get as root, or through sudo.
set -euo pipefail

packages=(libreadline-dev libstemmer-dev libhunspell-dev hunspell-fr-comprehensive)
missing=()
for package in "${packages[@]}"; do
  if ! dpkg -s "$package" >/dev/null 2>&1; then
    missing+=("$package")
  fi
done
# Any jsonschema will do (Debian's or pip's): only ask for Debian's when none imports.
if ! python3 -c 'import jsonschema' >/dev/null 2>&1; then
  missing+=(python3-jsonschema)
fi
((${#missing[@]} == 0)) && exit 0

as_root=()
if [[ $(id -u) -ne 0 ]]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "repere : il faut installer ${missing[*]} (apt-get install -y ${missing[*]}) en tant que root." >&2
    exit 1
  fi
  as_root=(sudo)
fi
echo "==> apt-get install ${missing[*]}"
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq "${missing[@]}"
