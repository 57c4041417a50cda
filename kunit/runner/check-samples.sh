#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Build and run every sample in samples/, checking its output:
#   check-samples.sh OUTDIR
#
#  tdx-probe      copy-in build against the Debian 6.1 headers and a
#                 Makefile-copy build against the 6.12 headers (W=1,
#                 -Werror); load and unload on Debian's stock 6.1 kernel
#                 under QEMU, where SEAMCALL raises #UD, and check its one
#                 log line; the WITH_MODEL=1 variant in the gcc KUnit kernel,
#                 checking the version the software TDX module reports
#  td-lifecycle   user-space build (ASan + UBSan), the default trace diffed
#                 against samples/td-lifecycle/expected.trace and within 100
#                 columns, every --inject mode's exit status and last line,
#                 combined and undelivered faults, --help and a wrong
#                 option, --format mermaid; the --update walk (a runtime
#                 module update under a running TD) and the --dpamt walk
#                 (dynamic PAMT, a 2 MiB page split) diffed against
#                 expected-update.trace and expected-dpamt.trace, within
#                 100 columns, and as Mermaid
#  kunit-example  the seamcall_example suite in user space and as a module
#                 in the gcc KUnit kernel (booted together with tdx-probe)
#
# Prints "ok - NAME" or "not ok - NAME" per check and ends with
#   samples: N passed, N failed
# Exit status 1 if a check failed. Logs go to OUTDIR.
set -uo pipefail

here=$(dirname "$(readlink -f "$0")")
root=$(readlink -f "$here/../..")
if [[ $# -ne 1 ]]; then
	echo "usage: $0 OUTDIR" >&2
	exit 2
fi
# shellcheck source=SCRIPTDIR/outdir.sh
source "$here/outdir.sh"
out=$(seam_outdir check-samples.sh "$1") || exit 2

pass=0
fail=0
# result NAME STATUS [LOG]: count a check; show the tail of LOG if it failed.
result() {
	if [[ $2 == 0 ]]; then
		echo "ok - $1"
		pass=$((pass + 1))
	else
		echo "not ok - $1"
		fail=$((fail + 1))
		if [[ -n ${3:-} && -f $3 ]]; then
			echo "#   log: $3"
			tail -n 15 "$3" | sed 's/^/#   /'
		fi
	fi
}
# check NAME LOG CMD...: run CMD with its output in LOG, count the result.
check() {
	local name=$1 log=$2
	shift 2
	"$@" >"$log" 2>&1
	result "$name" $? "$log"
}
# no_warnings LOG: true if a build log has no compiler or modpost warning.
no_warnings() {
	! grep -Ei '(warning|error):' "$1"
}

# summary: the closing count line; fails if a check failed.
summary() {
	echo "samples: $pass passed, $fail failed"
	[[ $fail == 0 ]]
}

if ! "$here/prepare.sh" all >"$out/prepare.log" 2>&1 ||
	! env_sh=$("$here/env.sh") || ! eval "$env_sh" ||
	! "$here/kernel.sh" gcc >"$out/kernel.log" 2>&1; then
	result "environment (prepare.sh, kernel.sh gcc)" 1 "$out/prepare.log"
	summary
	exit 1
fi

# ---------------------------------------------------------------- tdx-probe
probe=$root/samples/tdx-probe

# A copy-in user: the sample, the header and the .S in one directory, and no
# seamcall tree around it.
build_probe_copyin() {
	local dir=$out/tdx-probe-61
	rm -rf "$dir" && mkdir -p "$dir" &&
		cp "$probe"/{tdx_probe_main.c,Kbuild,Makefile} "$dir/" &&
		cp "$root/include/seamcall.h" "$root/asm/seamcall.S" "$dir/" &&
		make -C "$dir" KDIR="$KDIR_61" SEAMCALL_DIR=/nonexistent \
			W=1 KCFLAGS=-Werror &&
		no_warnings "$out/tdx-probe-61.log" &&
		[[ -f $dir/tdx_probe.ko ]]
}
# The Makefile copies the header, the .S (and the model) in itself.
# build_probe_copied NAME KDIR [make arguments...]
build_probe_copied() {
	local name=$1 dir=$out/$1 kdir=$2
	shift 2
	rm -rf "$dir" && mkdir -p "$dir" &&
		cp "$probe"/{tdx_probe_main.c,Kbuild,Makefile} "$dir/" &&
		make -C "$dir" KDIR="$kdir" SEAMCALL_DIR="$root" W=1 \
			KCFLAGS=-Werror "$@" &&
		no_warnings "$out/$name.log"
}
check "tdx-probe: copy-in build, Debian 6.1 headers, W=1 -Werror" \
	"$out/tdx-probe-61.log" build_probe_copyin
check "tdx-probe: build with copied files, Debian 6.12 headers, W=1 -Werror" \
	"$out/tdx-probe-612.log" build_probe_copied tdx-probe-612 "$KDIR_612"
check "tdx-probe: WITH_MODEL=1 build, gcc KUnit kernel, W=1 -Werror" \
	"$out/tdx-probe-model.log" build_probe_copied tdx-probe-model \
	"$KBUILD_GCC" WITH_MODEL=1

probe_want='tdx_probe: no TDX module: SEAMCALL raised #UD .*'
probe_want+='(TDX_SEAMCALL_UD, status 0x8000ff0000000006)'
# On the stock kernel, SEAMCALL raises #UD: exactly one line from the
# module (besides the kernel's taint notices), naming the reason.
probe_stock() {
	local log=$out/tdx-probe-stock
	"$here/qemu-stock.sh" "$log" "$out/tdx-probe-61/tdx_probe.ko" || return 1
	grep -a 'tdx_probe: ' "$log/kernel.log" | grep -v 'taints kernel' |
		grep -v 'module verification failed' >"$log/probe-lines"
	cat "$log/probe-lines"
	[[ $(wc -l <"$log/probe-lines") == 1 ]] &&
		grep -q "$probe_want" "$log/probe-lines"
}
if [[ -f $out/tdx-probe-61/tdx_probe.ko ]]; then
	check "tdx-probe: stock Debian 6.1 (QEMU): one #UD line, clean unload, taint OE" \
		"$out/tdx-probe-stock.log" probe_stock
else
	result "tdx-probe: stock Debian 6.1 kernel (QEMU): not built" 1
fi

# ------------------------------------------------------------- td-lifecycle
lc_bin=$out/samples/td-lifecycle/td-lifecycle
lc_exp=$root/samples/td-lifecycle/expected.trace
check "td-lifecycle: build (gcc, ASan + UBSan)" "$out/td-lifecycle-build.log" \
	make --no-print-directory -C "$root/samples/td-lifecycle" O="$out"

lc_default() {
	"$lc_bin" >"$out/td-lifecycle.trace" &&
		diff -u "$lc_exp" "$out/td-lifecycle.trace" &&
		awk 'length($0) > 100 { print "over 100 columns: " $0; bad = 1 }
		     END { exit bad }' "$out/td-lifecycle.trace"
}
check "td-lifecycle: default run completes and matches expected.trace" \
	"$out/td-lifecycle-default.log" lc_default

# lc_walk NAME OPTION: the walk completes, its trace equals
# expected-NAME.trace and stays within 100 columns, and its Mermaid form
# is a sequenceDiagram without the characters Mermaid treats specially.
lc_walk() {
	local trace=$out/td-lifecycle-$1.trace md=$out/td-lifecycle-$1.mmd
	"$lc_bin" "$2" >"$trace" || { tail -n 5 "$trace"; return 1; }
	diff -u "$root/samples/td-lifecycle/expected-$1.trace" "$trace" &&
		awk 'length($0) > 100 { print "over 100 columns: " $0; bad = 1 }
		     END { exit bad }' "$trace" &&
		"$lc_bin" "$2" --format mermaid >"$md" &&
		[[ $(head -n 1 "$md") == sequenceDiagram ]] &&
		! grep -n '[;#]' "$md"
}
check "td-lifecycle: --update (module update under a running TD) matches expected-update.trace" \
	"$out/td-lifecycle-update.log" lc_walk update --update
check "td-lifecycle: --dpamt (dynamic PAMT, a 2 MiB page split) matches expected-dpamt.trace" \
	"$out/td-lifecycle-dpamt.log" lc_walk dpamt --dpamt

# lc_inject MODE WANT_STATUS PATTERN: the last line of the run must match.
lc_inject() {
	local st
	"$lc_bin" --inject "$1" >"$out/td-lifecycle-$1.trace" 2>&1
	st=$?
	tail -n 1 "$out/td-lifecycle-$1.trace"
	if [[ $2 == 0 ]]; then
		[[ $st == 0 ]] || return 1
	else
		[[ $st != 0 ]] || return 1
	fi
	tail -n 1 "$out/td-lifecycle-$1.trace" | grep -q -- "$3"
}
check "td-lifecycle: --inject entropy:3 retried by the wrapper, completes" \
	"$out/td-lifecycle-entropy3.log" lc_inject entropy:3 0 \
	'complete: 93 SEAMCALL(s), 0 busy retries'
check "td-lifecycle: --inject entropy:10 fails with TDX_RND_NO_ENTROPY" \
	"$out/td-lifecycle-entropy10.log" lc_inject entropy:10 1 \
	'FAILED after 19 SEAMCALL(s): TDX_RND_NO_ENTROPY$'
check "td-lifecycle: --inject busy:TDH.MEM.PAGE.AUG retried once, completes" \
	"$out/td-lifecycle-busy.log" lc_inject busy:TDH.MEM.PAGE.AUG 0 \
	'complete: 91 SEAMCALL(s), 1 busy retry'
check "td-lifecycle: --inject vmfail reported to the bug hook" \
	"$out/td-lifecycle-vmfail.log" lc_inject vmfail 1 \
	'FAILED after 1 SEAMCALL(s): TDX_SEAMCALL_VMFAILINVALID (reported to the bug hook)'
check "td-lifecycle: --inject ud reported to the bug hook" \
	"$out/td-lifecycle-ud.log" lc_inject ud 1 \
	'FAILED after 1 SEAMCALL(s): TDX_SEAMCALL_UD (reported to the bug hook)'
check "td-lifecycle: --inject busy:TDH.VP.ENTER never delivered: fails" \
	"$out/td-lifecycle-undelivered.log" lc_inject busy:TDH.VP.ENTER 1 \
	'FAILED: completed, but an injected fault was not delivered$'

# Two faults in one run; TDH.SYS.INIT's busy names the SYS operand.
lc_combined() {
	"$lc_bin" --inject busy:SYS.INIT --inject entropy:2 >"$out/td-lifecycle-2.trace" &&
		grep -q '^  1 cpu0 TDH.SYS.INIT() = TDX_OPERAND_BUSY(SYS) \[injected\]$' \
			"$out/td-lifecycle-2.trace" &&
		tail -n 1 "$out/td-lifecycle-2.trace" |
		grep -q 'complete: 93 SEAMCALL(s), 1 busy retry'
}
check "td-lifecycle: --inject busy:SYS.INIT --inject entropy:2 combine" \
	"$out/td-lifecycle-combined.log" lc_combined

lc_options() {
	local text st
	text=$("$lc_bin" --help) || return 1
	grep -q '^  busy:LEAF ' <<<"$text" || return 1
	text=$("$lc_bin" --format mermaid --format text) || return 1
	[[ ${text%%$'\n'*} == td-lifecycle:* ]] || return 1
	text=$("$lc_bin" --frobnicate 2>&1)
	st=$?
	printf '%s\n' "$text"
	if [[ $st != 2 ]] || ! grep -q "unknown option '--frobnicate'" <<<"$text"; then
		return 1
	fi
	text=$("$lc_bin" --update --dpamt 2>&1)
	st=$?
	printf '%s\n' "$text"
	[[ $st == 2 ]] && grep -q -- '--update and --dpamt exclude each other' <<<"$text"
}
check "td-lifecycle: --help exits 0, unknown option named, last --format wins, one walk" \
	"$out/td-lifecycle-options.log" lc_options

# Mermaid: a sequenceDiagram with one request and one answer per SEAMCALL
# outside the two collapsed loops (16 MR.EXTEND, 34 reclaim calls), none of
# the characters Mermaid treats specially in message text, and an error
# reply drawn with a cross.
lc_mermaid() {
	local md=$out/td-lifecycle.mmd
	"$lc_bin" --format mermaid >"$md" || return 1
	[[ $(head -n 1 "$md") == sequenceDiagram ]] &&
		[[ $(grep -c -- '->>M: ' "$md") == 40 ]] &&
		[[ $(grep -c -- '-->>H: ' "$md") == 40 ]] &&
		grep -q '^    Note over H,M: TDH.MR.EXTEND .*: 16 SEAMCALL(s), all succeeded$' "$md" &&
		grep -q '^    Note over H,M: TDH.PHYMEM.PAGE.RECLAIM .*: 34 SEAMCALL(s), all succeeded$' "$md" &&
		! grep -q '[;#]' "$md" || return 1
	"$lc_bin" --format mermaid --inject vmfail >"$out/td-lifecycle-vmfail.mmd"
	grep -q '^    M--xH: TDX_SEAMCALL_VMFAILINVALID' "$out/td-lifecycle-vmfail.mmd"
}
check "td-lifecycle: --format mermaid" "$out/td-lifecycle-mermaid.log" lc_mermaid

# ------------------------------------------------------------ kunit-example
ex_user() {
	make --no-print-directory -C "$root/samples/kunit-example" O="$out" user &&
		grep -q '^user: 6 passed, 0 failed' "$out/kunit-example-user.log"
}
check "kunit-example: seamcall_example suite in user space (ASan + UBSan)" \
	"$out/kunit-example-user.log" ex_user
check "kunit-example: module build, gcc KUnit kernel" \
	"$out/kunit-example-kernel.log" make --no-print-directory \
	-C "$root/samples/kunit-example" O="$out" KDIR="$KBUILD_GCC" kernel

# One boot: the suite runs while seamcall_example.ko loads (its fixtures
# attach and detach the model), then tdx_probe_model.ko attaches its own
# model, prints the version and is unloaded.
kunit_boot() {
	local log=$out/kunit-samples
	SEAM_QEMU_KEEP_DMESG=1 SEAM_QEMU_EXTRA_INIT="rmmod tdx_probe_model" \
		"$here/qemu-kunit.sh" "$KBUILD_GCC" "$log" \
		"$out/samples/kunit-example/kernel/seamcall_example.ko" \
		"$out/tdx-probe-model/tdx_probe_model.ko" || return 1
	grep -q '^kunit-counts: passed=6 failed=0 skipped=0' "$out/kunit-samples.log" &&
		grep -a 'tdx_probe_model: ' "$log/console.log" | sort -u |
		grep -q 'tdx_probe_model: TDX module 1\.5\.06 build 744, TDX private KeyIDs: '
}
if [[ -f $out/samples/kunit-example/kernel/seamcall_example.ko &&
	-f $out/tdx-probe-model/tdx_probe_model.ko ]]; then
	check "gcc KUnit kernel (QEMU): seamcall_example 6/6, tdx_probe_model 1.5.06 b744" \
		"$out/kunit-samples.log" kunit_boot
else
	result "gcc KUnit kernel (QEMU): modules not built" 1
fi

summary
