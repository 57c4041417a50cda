#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Everything "make check" runs, in order, with one total at the end:
#   check-all.sh OUTDIR
#
#  1. deps.sh, prepare.sh and kernel.sh: Debian packages, the 6.12 headers
#     and source, and the two KUnit kernels (cached outside the tree).
#  2. kunit/compile/check.sh: the compile matrix, checkpatch, kernel-doc.
#  3. The KUnit suites in user space: gcc with ASan and UBSan, then
#     without sanitizers under valgrind.
#  4. The same suites as a module in the gcc and the clang KUnit kernels.
#  5. The samples: the copy-in driver on Debian's stock 6.1 kernel and with
#     the model, the lifecycle trace against its expected output, and the
#     KUnit example in both environments (kunit/runner/check-samples.sh).
#
# Every stage runs even if an earlier one failed. Each prints a count line;
# this script adds them up and ends with "N passed, N failed". A stage that
# fails without counting anything counts as one failure.
set -uo pipefail

here=$(dirname "$(readlink -f "$0")")
root=$(readlink -f "$here/../..")
out=$(readlink -f "${1:-$root/build}")
mkdir -p "$out"

# Every make below may use all CPUs.
export MAKEFLAGS="-j$(nproc) ${MAKEFLAGS:-}"

total_pass=0
total_fail=0
total_skip=0

# stage NAME COMMAND...: run one stage, add its counts to the total.
stage() {
	local name=$1 log="$out/$1.out" status pass fail skip start=$SECONDS
	shift
	echo "=== $name"
	"$@" 2>&1 | tee "$log"
	status=${PIPESTATUS[0]}
	# "compile: 3 passed, 0 failed", "user: 5 passed, 0 failed, 1 skipped"
	# or "kunit-counts: passed=5 failed=0 skipped=1".
	read -r pass fail skip < <(awk '
		/^[a-z0-9-]+: [0-9]+ passed, [0-9]+ failed/ {
			p = $2; f = $4; s = ($6 == "" ? 0 : $6) }
		/^kunit-counts: passed=/ {
			split($2, a, "="); split($3, b, "="); split($4, c, "=")
			p = a[2]; f = b[2]; s = c[2] }
		END { print p + 0, f + 0, s + 0 }' "$log")
	if [[ $status != 0 && $fail == 0 ]]; then
		fail=1
		echo "not ok - $name failed before counting its tests (exit $status)"
	fi
	echo "=== $name: $pass passed, $fail failed, $skip skipped" \
	     "($((SECONDS - start)) s)"
	total_pass=$((total_pass + pass))
	total_fail=$((total_fail + fail))
	total_skip=$((total_skip + skip))
}

# kunit_stage NAME KBUILD [LLVM=-16]: build the test module, boot it.
kunit_stage() {
	local name=$1 kbuild=$2
	shift 2
	"$root/kunit/kernel/build.sh" "$kbuild" "$out/$name" "$@" &&
		"$here/qemu-kunit.sh" "$kbuild" "$out/$name/log" \
			"$out/$name/seamcall_kunit.ko"
}

"$here/deps.sh" || exit 1
"$here/prepare.sh" all || exit 1
env_sh=$("$here/env.sh") || exit 1
eval "$env_sh"
"$here/kernel.sh" gcc || exit 1
"$here/kernel.sh" clang || exit 1

stage compile "$root/kunit/compile/check.sh" "$out/compile"
stage user make --no-print-directory -f "$root/kunit/user/Makefile" \
	O="$out" user-check
stage user-valgrind make --no-print-directory -f "$root/kunit/user/Makefile" \
	O="$out" user-valgrind
stage kunit-gcc kunit_stage kunit-gcc "$KBUILD_GCC"
stage kunit-clang kunit_stage kunit-clang "$KBUILD_CLANG" LLVM=-16
stage samples "$here/check-samples.sh" "$out/samples"

echo "$total_pass passed, $total_fail failed, $total_skip skipped"
[[ $total_fail == 0 ]]
