#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Build the model fuzzer and run it:
#
#   [FUZZ_RUNS=N] [FUZZ_MAX_LEN=B] [FUZZ_TIME=S] [SEAM_FUZZ_PAGES=P]
#   [SEAM_FUZZ_PROFILE=2.0] run.sh OUTDIR
#
# Builds into OUTDIR/fuzz/ (make build, log OUTDIR/fuzz/build.log), then
# runs FUZZ_RUNS inputs (default 1000000) of at most FUZZ_MAX_LEN bytes
# (default 48) from the seed corpus with a fixed seed, in a fresh working
# corpus OUTDIR/fuzz/corpus. SEAM_FUZZ_PAGES sizes the model's memory
# (default: the fixture's pages and three more). With FUZZ_TIME it
# runs for that many seconds instead (FUZZ_RUNS=-1 for no input limit),
# with a random seed and the corpus OUTDIR/fuzz/corpus-long, which is kept
# from run to run. SEAM_FUZZ_PROFILE=2.0 starts the model as module 2.0.18
# with dynamic PAMT on (give it SEAM_FUZZ_PAGES of 1024 or more), with its
# own corpus, log and line ("fuzz-2.0: ..."). Prints one line:
#
#   fuzz: N execs, 0 crashes, invariants held (T s)
#
# or, on a crash, the input's file and the log (OUTDIR/fuzz/fuzz.log).
# Exit status 0 when nothing crashed, 1 otherwise, 2 on bad arguments.
set -euo pipefail

here=$(dirname "$(readlink -f "$0")")
if [[ $# != 1 ]]; then
	echo "usage: $0 OUTDIR" >&2
	exit 2
fi
top=$(readlink -m "$1")
out=$top/fuzz
runs=${FUZZ_RUNS:-1000000}
max_len=${FUZZ_MAX_LEN:-48}
fuzz_time=${FUZZ_TIME:-}
# A profile's run keeps its own corpus and log (SEAM_FUZZ_PROFILE=2.0).
tag=${SEAM_FUZZ_PROFILE:+-$SEAM_FUZZ_PROFILE}
log=$out/fuzz$tag.log
mkdir -p "$out"

if ! make --no-print-directory -C "$here" build O="$top" >"$out/build.log" 2>&1; then
	echo "fuzz: 0 execs, build failed (log: $out/build.log)"
	exit 1
fi

args=(-runs="$runs" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048
	-print_final_stats=1 -artifact_prefix="$out/")
if [[ -n $fuzz_time ]]; then
	corpus=$out/corpus-long$tag
	args+=(-max_total_time="$fuzz_time")
else
	corpus=$out/corpus$tag
	rm -rf "$corpus"
	args+=(-seed=1)
fi
mkdir -p "$corpus"
rm -f "$out"/crash-* "$out"/leak-* "$out"/timeout-* "$out"/oom-*

start=$(date +%s.%N)
status=0
"$out/seam-fuzz" "${args[@]}" "$corpus" "$out/seeds" >"$log" 2>&1 || status=$?
secs=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.0f", e - s }')

execs=$(sed -nE 's/^stat::number_of_executed_units: ([0-9]+)$/\1/p' "$log" | tail -n 1)
artifact=$(sed -nE 's/.*Test unit written to (.*)$/\1/p' "$log" | tail -n 1)
if [[ $status == 0 && -z $artifact ]]; then
	echo "fuzz$tag: ${execs:-0} execs, 0 crashes, invariants held ($secs s)"
	exit 0
fi
why=$(grep -m 1 -E '^seam_fuzz: |ERROR: (AddressSanitizer|UndefinedBehaviorSanitizer|libFuzzer)|runtime error' "$log" || true)
echo "fuzz$tag: ${execs:-0} execs, 1 crash: ${why:-exit $status} (input: ${artifact:-none}; log: $log)"
exit 1
