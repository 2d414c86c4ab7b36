#!/usr/bin/env bash
# Prints a recap page (repere bilan --format html) to PDF with headless Chromium.
#
#   Scripts/bilan-pdf.sh BILAN.html [BILAN.pdf]
#
# Chromium is installed from Debian (apt-get install chromium) when it is missing, as
# root or through sudo. The PDF is created with mode 0600 (it holds personal data) and is
# never written over an existing file. Not needed to build or test repere.
set -euo pipefail

if (($# < 1 || $# > 2)); then
  echo "usage : $0 BILAN.html [BILAN.pdf]" >&2
  exit 64
fi
html=$1
pdf=${2:-${html%.html}.pdf}
[[ -f $html ]] || { echo "repere : « $html » introuvable." >&2; exit 1; }
[[ -e $pdf ]] && { echo "repere : « $pdf » existe déjà ; il n’est pas remplacé." >&2; exit 1; }

browser=""
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null 2>&1; then browser=$candidate; break; fi
done
if [[ -z $browser ]]; then
  as_root=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || {
      echo "repere : installez Chromium (apt-get install -y chromium) en tant que root." >&2
      exit 1
    }
    as_root=(sudo)
  fi
  echo "==> apt-get install chromium" >&2
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq chromium
  browser=chromium
fi

# A private profile and output directory, removed afterwards.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
umask 077
"$browser" --headless --no-sandbox --disable-gpu --no-first-run --disable-extensions \
  --user-data-dir="$work/profile" --no-pdf-header-footer --print-to-pdf-no-header \
  --print-to-pdf="$work/out.pdf" "file://$(realpath "$html")" 2>"$work/log" || {
  cat "$work/log" >&2
  exit 1
}
[[ -s $work/out.pdf ]] || { cat "$work/log" >&2; echo "repere : Chromium n’a pas produit de PDF." >&2; exit 1; }
# mv -n never replaces a file, even one that appeared meanwhile.
cp "$work/out.pdf" "$work/final.pdf"
chmod 600 "$work/final.pdf"
mv -n "$work/final.pdf" "$pdf"
[[ -e $work/final.pdf ]] && { echo "repere : « $pdf » existe déjà ; il n’est pas remplacé." >&2; exit 1; }
echo "$pdf"
