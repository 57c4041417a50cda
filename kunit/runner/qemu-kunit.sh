#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Run out-of-tree KUnit test modules on a kernel.sh kernel under QEMU (TCG):
#   qemu-kunit.sh KBUILD LOGDIR MODULE.ko [MODULE.ko...]
#
# /init loads the modules in order, prints the KTAP results of all suites
# (from debugfs) under one header, runs $SEAM_QEMU_EXTRA_INIT (a shell
# snippet, e.g. "rmmod x"), appends dmesg if SEAM_QEMU_KEEP_DMESG=1, and
# reboots. LOGDIR gets init, initramfs.cpio, console.log, kernel.log (all of
# dmesg), kunit.log (the kunit.py parse report, also printed) and
# kunit.json. The last line printed is always
#   kunit-counts: passed=N failed=N skipped=N
# counting every leaf test case (each parameter case too).
# SEAM_KUNIT_FILTER=GLOB runs only the suites (SUITE_GLOB or
# SUITE_GLOB.CASE_GLOB) it matches, through kunit.filter_glob on the kernel
# command line, which KUnit applies to the suites of modules as they load;
# a filter that matches nothing is an error. Exit status 1 if a case
# failed, a module did not load, the extra snippet failed, the boot
# timed out (SEAM_QEMU_TIMEOUT, default 600 s) or the kernel logged a
# BUG/WARNING/Oops/KASAN/UBSAN/CFI report.
set -euo pipefail

here=$(dirname "$(readlink -f "$0")")
# shellcheck source=SCRIPTDIR/qemu-lib.sh
source "$here/qemu-lib.sh"

if [[ $# -lt 3 ]]; then
	echo "usage: $0 KBUILD LOGDIR MODULE.ko [MODULE.ko...]" >&2
	exit 2
fi
kernel=$1/arch/x86/boot/bzImage
logdir=$2
shift 2
for file in "$kernel" "$@"; do
	if [[ ! -f $file ]]; then
		echo "qemu-kunit.sh: no such file: $file" >&2
		exit 2
	fi
done
"$here/prepare.sh" source612
env_sh=$("$here/env.sh")
eval "$env_sh"
mkdir -p "$logdir"
# kunit.py changes directory, so it needs absolute paths.
logdir=$(readlink -f "$logdir")

{
	init_head
	for ko in "$@"; do
		name=${ko##*/}
		if [[ ! $name =~ ^[A-Za-z0-9_.-]+\.ko$ ]]; then
			echo "qemu-kunit.sh: bad module file name: $name" >&2
			exit 2
		fi
		echo "insmod /lib/modules/$name || echo 'seam-init: insmod $name failed'"
	done
	cat <<'EOF_INIT'
# One KTAP header over every suite's results; renumber the suite lines.
set -- /sys/kernel/debug/kunit/*/results
[ -e "$1" ] || set --
echo "KTAP version 1"
echo "1..$#"
n=0
for r in "$@"; do
	n=$((n + 1))
	sed -E -e '1,2d' -e "s/^(not ok|ok) 1 /\1 $n /" "$r"
done
(
set -e
EOF_INIT
	printf '%s\n' "${SEAM_QEMU_EXTRA_INIT:-}"
	echo ')'
	echo '[ $? -eq 0 ] || echo "seam-init: SEAM_QEMU_EXTRA_INIT failed"'
	if [[ ${SEAM_QEMU_KEEP_DMESG:-0} == 1 ]]; then
		echo dmesg
	fi
	init_tail
} >"$logdir/init"

filter=${SEAM_KUNIT_FILTER:-}
filter_re='^[][A-Za-z0-9_*?.-]+$'
if [[ -n $filter && ! $filter =~ $filter_re ]]; then
	echo "qemu-kunit.sh: bad filter '$filter'" >&2
	exit 2
fi
problems=()
make_initramfs "$logdir/initramfs.cpio" "$logdir/init" "$@"
boot_qemu "$kernel" "$logdir/initramfs.cpio" "$logdir" \
	"${filter:+kunit.filter_glob=$filter}" ||
	problems+=("boot failed or timed out")

rm -f "$logdir/kunit.json"
python3 "$KSRC_612/tools/testing/kunit/kunit.py" parse \
	--json="$logdir/kunit.json" "$logdir/console.log" |
	tee "$logdir/kunit.log" || problems+=("kunit.py parse reported failures")

check_logs "$logdir" || problems+=("module load, /init or kernel failure")

# Count the leaves of the parser's JSON tree.
counts=$(python3 - "$logdir/kunit.json" <<'EOF_PY'
import json, sys
n = {"PASS": 0, "FAIL": 0, "SKIP": 0, "ERROR": 0}
def walk(group):
    for case in group["test_cases"]:
        n[case["status"]] += 1
    for sub in group["sub_groups"]:
        walk(sub)
try:
    walk(json.load(open(sys.argv[1])))
except OSError:
    pass
print(f'passed={n["PASS"]} failed={n["FAIL"] + n["ERROR"]} skipped={n["SKIP"]}')
EOF_PY
)
[[ $counts == *" failed=0 "* ]] || problems+=("failed test cases")
if [[ $counts == "passed=0 failed=0 skipped=0" && -n $filter ]]; then
	problems+=("no test ran: filter \"$filter\" matches no test")
elif [[ $counts == "passed=0 failed=0 skipped=0" ]]; then
	problems+=("no test ran")
fi

if [[ ${#problems[@]} -gt 0 ]]; then
	printf 'qemu-kunit.sh: %s\n' "${problems[@]}" >&2
fi
echo "kunit-counts: $counts"
[[ ${#problems[@]} -eq 0 ]]
