#!/usr/bin/env bash
# Installs repere for the current user (or under PREFIX): a release build linked with the
# static Swift runtime, so the binary runs without the toolchain; the shell completions
# for bash, zsh and fish that swift-argument-parser generates; the man page when the
# package's generate-manual plugin works here.
#
#   Scripts/install.sh            # into ~/.local (bin/, share/…)
#   Scripts/install.sh /usr/local # as root, or with write access to /usr/local
#
# Needs Swift 6 and the C libraries (Scripts/install-system-packages.sh installs them).
set -euo pipefail

prefix=${1:-$HOME/.local}
case $prefix in
  /*) ;;
  *) prefix=$PWD/$prefix ;;
esac
cd "$(dirname "$0")/.."

Scripts/install-system-packages.sh

echo "==> swift build -c release --static-swift-stdlib (quelques minutes la première fois)"
swift build -c release --static-swift-stdlib --product repere
bin_dir=$(swift build -c release --static-swift-stdlib --show-bin-path)

install -d "$prefix/bin" \
  "$prefix/share/bash-completion/completions" \
  "$prefix/share/zsh/site-functions" \
  "$prefix/share/fish/vendor_completions.d" \
  "$prefix/share/man/man1"
install -m 0755 "$bin_dir/repere" "$prefix/bin/repere"
echo "==> $prefix/bin/repere"

repere=$prefix/bin/repere
"$repere" --generate-completion-script bash >"$prefix/share/bash-completion/completions/repere"
"$repere" --generate-completion-script zsh >"$prefix/share/zsh/site-functions/_repere"
"$repere" --generate-completion-script fish >"$prefix/share/fish/vendor_completions.d/repere.fish"
echo "==> complétions bash, zsh et fish dans $prefix/share"

# The man page: swift-argument-parser's plugin builds the tool again (debug) and asks it
# for its help; skipped, with a message, when the plugin cannot run here.
manual_dir=$(mktemp -d)
trap 'rm -rf "$manual_dir"' EXIT
if swift package --allow-writing-to-directory "$manual_dir" \
  generate-manual --output-directory "$manual_dir" >"$manual_dir/log" 2>&1 \
  && [[ -f $manual_dir/repere.1 ]]; then
  install -m 0644 "$manual_dir/repere.1" "$prefix/share/man/man1/repere.1"
  echo "==> page de manuel : $prefix/share/man/man1/repere.1 (man repere)"
else
  echo "==> page de manuel non générée (greffon generate-manual indisponible ici) :" \
    "repere --help et repere help COMMANDE la remplacent"
fi

case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "==> ajoutez $prefix/bin à votre PATH (export PATH=\"$prefix/bin:\$PATH\")" ;;
esac
echo "==> installé : repere --help"
