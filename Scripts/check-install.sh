#!/usr/bin/env bash
# Checks the install path a colleague follows: clones the repository's committed state
# into a scratch directory, runs Scripts/install.sh PREFIX there, and checks what was
# installed: the binary answers `repere --help` in French, outside the clone, and the
# completions are in place. Used by .ci/run; takes a release build's time.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

git clone --quiet "$root" "$scratch/repere"
"$scratch/repere/Scripts/install.sh" "$scratch/prefix"

cd "$scratch"
help=$("$scratch/prefix/bin/repere" --help)
grep -q "UTILISATION :" <<<"$help"
grep -q "entretien" <<<"$help"
if grep -qE "USAGE:|Show help information" <<<"$help"; then
  echo "check-install: English in repere --help" >&2
  exit 1
fi
for file in share/bash-completion/completions/repere share/zsh/site-functions/_repere \
  share/fish/vendor_completions.d/repere.fish; do
  [[ -s $scratch/prefix/$file ]] || { echo "check-install: $file missing" >&2; exit 1; }
done
# The binary needs no Swift runtime from the toolchain.
if ldd "$scratch/prefix/bin/repere" | grep -q "libswiftCore"; then
  echo "check-install: the binary links the Swift runtime dynamically" >&2
  exit 1
fi
echo "check-install: $scratch/prefix/bin/repere --help OK"
