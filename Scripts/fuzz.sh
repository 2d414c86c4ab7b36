#!/usr/bin/env bash
# Runs each fuzz target of repere (Sources/RepereFuzz) with libFuzzer for a fixed time.
#
#   Scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET…]
#
# Targets: transcript (parser and resume preparation), dialogue (loader and validator),
# input (input cleaner, choice matcher, safe display, JSON escapes, interview), cases
# (the `repere suggerer` case reader). Seeds: Fuzz/Corpus/TARGET (kept in the repository,
# with the reproductions of issue 8); inputs found on the way go to .build/fuzz/corpus,
# crashes to .build/fuzz/artifacts. Prints executions per target and in all; exits 1 if a
# target crashed, timed out or ran out of memory.
set -euo pipefail

cd "$(dirname "$0")/.."

budget="${1:-15}"
shift || true
targets=("$@")
if ((${#targets[@]} == 0)); then
  targets=(transcript dialogue input cases signature anonymiser)
fi

build=.build/fuzz
# Optimized (ten times the executions of a debug build), with testability so that the
# targets reach internal types (`@testable import`); overflow checks stay on in -O.
echo "==> swift build -c release (libFuzzer) --product repere-fuzz"
# REPERE_FUZZ=1 tells Package.swift to leave the guide plugin out: its tool would get
# -sanitize=fuzzer too, and cannot link with libFuzzer's `main` (see Package.swift).
mkdir -p "$build"
build_status=0
REPERE_FUZZ=1 swift build -c release --build-path "$build" -Xswiftc -sanitize=fuzzer \
  -Xswiftc -DREPERE_FUZZ -Xswiftc -enable-testing --product repere-fuzz \
  >"$build/build.log" 2>&1 || build_status=$?
grep -Ev '^\[[0-9]+/[0-9]+\]|prohibited flag' "$build/build.log" || true
if ((build_status != 0)); then
  echo "la construction de repere-fuzz a échoué (voir $build/build.log)" >&2
  exit 1
fi
binary="$build/release/repere-fuzz"
[[ -x "$binary" ]] || { echo "repere-fuzz n’a pas été construit" >&2; exit 1; }

# The Swift runtime's backtracer installs its own handlers for SIGILL and SIGSEGV before
# libFuzzer starts, and libFuzzer then leaves them in place: a trap (a failed precondition,
# an overflow, an index out of range: `ud2` in an optimized build) would kill the process
# with no crash input saved. Without it, libFuzzer reports the crash and writes the input.
export SWIFT_BACKTRACE=enable=no

total=0
failed=()
for target in "${targets[@]}"; do
  mkdir -p "$build/corpus/$target" "$build/artifacts"
  log="$build/$target.log"
  status=0
  touch "$build/$target.started"
  # -max_len: a transcript of a few steps or a small guide; -rss_limit_mb and -timeout
  # turn unbounded memory or time into failures too.
  "$binary" "$target" -max_total_time="$budget" -max_len=16384 -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$target-" \
    "$build/corpus/$target" "Fuzz/Corpus/$target" >"$log" 2>&1 || status=$?
  runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || echo 0)
  total=$((total + runs))
  if ((status != 0)); then
    failed+=("$target")
    printf '%-11s %12s exécutions  ÉCHEC (voir %s)\n' "$target" "$runs" "$log"
    grep -E '==[0-9]+==|Fatal error|Precondition failed|deadly signal|SUMMARY' "$log" | head -5 || true
    # The CI log is often all there is: the input that failed, to reproduce it elsewhere
    # (`base64 -d > crash && repere-fuzz TARGET crash`).
    for artifact in "$build/artifacts/$target-"*; do
      [[ -f "$artifact" && "$artifact" -nt "$build/$target.started" ]] || continue
      echo "entrée en cause : $artifact ($(wc -c <"$artifact") octets), en base64 :"
      head -c 16384 "$artifact" | base64 -w 0
      echo
      echo "pour la rejouer : $binary $target $artifact"
    done
    if ! grep -q 'Test unit written' "$log"; then
      echo "fin du journal $log :"
      tail -n 20 "$log"
    fi
  else
    printf '%-11s %12s exécutions\n' "$target" "$runs"
  fi
done
printf '%-11s %12s exécutions\n' "total" "$total"
if ((${#failed[@]} > 0)); then
  echo "cibles en échec : ${failed[*]}" >&2
  exit 1
fi
