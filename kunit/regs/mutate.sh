#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Mutation proof of the live-values test: break a copy of the header or of
# the asm the way the bugs of issue #9 were made, and require the test to
# go red on it.
#
#   mutate.sh OUT
#
# 1. For each of R10 and R11: a copy of seamcall.h whose inline SEAMCALL
#    no longer lists the register as an output (the RDMD/RECLAIM bug: a
#    register the module changes that the compiler thinks is kept; the asm
#    still loads it). Every build of MUTATE_BUILDS must fail the
#    live-values test.
# 2. A copy of asm/seamcall.S without the push and pop of RBP in the saved
#    entry point. Built without frame pointers (FRAME_BEGIN is empty, as
#    on an ORC kernel), the TDH.VP.ENTER case must fail.
#
# The copies go to OUT/mutate/; the tree is only read. A pattern that no
# longer matches exactly once is an error: update it with the code.
# Prints one line per mutation and "regs-mutate: N passed, N failed".
set -euo pipefail

here=$(dirname "$(readlink -f "$0")")
root=$(readlink -f "$here/../..")
out=$(readlink -m "${1:?usage: $0 OUT}")/mutate
builds=${MUTATE_BUILDS:-gcc-O2-nofp clang-O2-nofp}
make=${MAKE:-make}
pass=0
fail=0
n=0

# report OK TEXT: one numbered result line.
report() {
	n=$((n + 1))
	if [[ $1 == 1 ]]; then
		pass=$((pass + 1))
		echo "ok $n - mutate: $2"
	else
		fail=$((fail + 1))
		echo "not ok $n - mutate: $2"
	fi
}

# mutant NAME SRC DST SED-SCRIPT REGEX: copy SRC to DST with SED-SCRIPT
# applied; REGEX must match exactly once in SRC and never in DST.
mutant() {
	local name=$1 src=$2 dst=$3 script=$4 re=$5 before after
	mkdir -p "$(dirname "$dst")"
	before=$({ grep -oE -- "$re" "$src" || true; } | wc -l)
	if [[ $before != 1 ]]; then
		echo "mutate.sh: $name: /$re/ matches $before times in $src," \
		     "not once; update the pattern" >&2
		return 1
	fi
	sed -E "$script" "$src" >"$dst"
	after=$({ grep -oE -- "$re" "$dst" || true; } | wc -l)
	if [[ $after != 0 ]] || cmp -s "$src" "$dst"; then
		echo "mutate.sh: $name: the copy is not mutated" >&2
		return 1
	fi
}

# build DIR VAR=VALUE...: the live-values programs of $builds in DIR.
build() {
	local dir=$1
	shift
	# shellcheck disable=SC2086 # $builds is a list
	"$make" --no-print-directory -C "$here" live-bins O="$dir" \
		SEAM_REGS_BUILDS="$builds" "$@" >"$dir.log" 2>&1
}

# expect_red DIR WHAT [WRAPPER...]: every build in DIR must fail.
expect_red() {
	local dir=$1 what=$2 b res red=1 got=""
	shift 2
	for b in $builds; do
		res=$("$dir/live/$b/live" "$b" "$@" || true)
		if grep -q '^ok - ' <<<"$res"; then
			red=0
			got+=" $b: green;"
		else
			got+=" $b: $(grep -c '^# not ok' <<<"$res") red;"
		fi
	done
	report "$red" "$what:${got%;}"
}

for reg in r10 r11; do
	dir=$out/header-$reg
	mkdir -p "$dir"
	mutant "header $reg" "$root/include/seamcall.h" \
		"$dir/include/seamcall.h" \
		"s/,[[:space:]]*\"=&r\" \\($reg\\)//
		 /^[[:space:]]*register u64 $reg asm\\(\"$reg\"\\);\$/d
		 /^[[:space:]]*r\\.$reg = $reg;\$/d" \
		"\"=&r\" \\($reg\\)"
	if build "$dir/b" SEAM_REGS_INC="$dir/include"; then
		expect_red "$dir/b" "seamcall.h without \"=&r\" ($reg) in the inline SEAMCALL"
	else
		report 0 "seamcall.h without \"=&r\" ($reg) does not build (see $dir/b.log)"
	fi
done

dir=$out/asm-rbp
mkdir -p "$dir"
mutant "asm push" "$root/asm/seamcall.S" "$dir/push.S" \
	'/^[[:space:]]*pushq[[:space:]]+%rbp[[:space:]]*$/d' \
	'^[[:space:]]*pushq[[:space:]]+%rbp[[:space:]]*$'
mutant "asm pop" "$dir/push.S" "$dir/seamcall.S" \
	'/^[[:space:]]*popq[[:space:]]+%rbp[[:space:]]*$/d' \
	'^[[:space:]]*popq[[:space:]]+%rbp[[:space:]]*$'
if build "$dir/b" SEAM_REGS_ASM="$dir/seamcall.S"; then
	expect_red "$dir/b" "asm/seamcall.S without the RBP save, seam_tdh_vp_enter" \
		seam_tdh_vp_enter
else
	report 0 "asm/seamcall.S without the RBP save does not build (see $dir/b.log)"
fi

echo "regs-mutate: $pass passed, $fail failed"
[[ $fail == 0 ]]
