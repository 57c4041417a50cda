#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Run built register tests and count them (called by the Makefile):
#
#   run.sh live OUT BUILD=LABEL...   # OUT/live/BUILD/live, one line per build
#   run.sh fuzz OUT                  # OUT/fuzz/fuzz
#   run.sh check OUT BUILD=LABEL...  # both, then mutate.sh OUT
#
# Prints each program's lines, then "regs-live: N passed, N failed" (a
# wrapper in a build is one test), "regs-fuzz: ..." or "regs-mutate: ...";
# check ends with "regs: N passed, N failed", counting each build, fuzz
# variant and mutation as one test.
# Exit status 0 when all passed.
set -euo pipefail

what=$1
out=$2
shift 2
pass=0
fail=0

case $what in
check)
	status=0
	log=$(mktemp)
	trap 'rm -f "$log"' EXIT
	# One flat "ok - NAME" line per build, fuzz variant and mutation, as
	# make check's summary counts them.
	"$0" live "$out" "$@" >>"$log" || status=1
	"$0" fuzz "$out" >>"$log" || status=1
	"$(dirname "$0")/mutate.sh" "$out" >>"$log" || status=1
	sed -i -E 's/^(not ok|ok) [0-9]+ - /\1 - /' "$log"
	cat "$log"
	pass=$(grep -c '^ok - ' "$log" || true)
	fail=$(grep -c '^not ok - ' "$log" || true)
	if [[ $status != 0 && $fail == 0 ]]; then
		fail=1
	fi
	echo "regs: $pass passed, $fail failed"
	[[ $fail == 0 ]]
	exit
	;;
live)
	for arg in "$@"; do
		build=${arg%%=*}
		label=${arg#*=}
		set +e
		res=$("$out/live/$build/live" "$label")
		status=$?
		set -e
		printf '%s\n' "$res"
		line=$(printf '%s\n' "$res" | grep -E ': [0-9]+ of [0-9]+ wrappers$' || true)
		if [[ -z $line ]]; then
			echo "not ok - $label: no result (exit $status)"
			fail=$((fail + 1))
			continue
		fi
		p=$(sed -E 's/.*: ([0-9]+) of ([0-9]+) wrappers$/\1/' <<<"$line")
		n=$(sed -E 's/.*: ([0-9]+) of ([0-9]+) wrappers$/\2/' <<<"$line")
		pass=$((pass + p))
		fail=$((fail + n - p))
		if [[ $status != 0 && $p == "$n" ]]; then
			fail=$((fail + 1))
		fi
	done
	;;
fuzz)
	set +e
	res=$("$out/fuzz/fuzz")
	status=$?
	set -e
	printf '%s\n' "$res"
	pass=$(grep -c '^ok ' <<<"$res" || true)
	fail=$(grep -c '^not ok ' <<<"$res" || true)
	if [[ $status != 0 && $fail == 0 ]]; then
		fail=1
	fi
	;;
*)
	echo "usage: $0 live|fuzz|check OUT [BUILD=LABEL...]" >&2
	exit 2
	;;
esac
echo "regs-$what: $pass passed, $fail failed"
[[ $fail == 0 ]]
