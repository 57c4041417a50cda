#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Build Linux 7.x's global metadata reader against the model and run it:
#
#   kunit/upstream/run.sh OUTDIR
#
# Compiles arch/x86/virt/vmx/tdx/tdx_global_metadata.c of the Linux 7.x
# source (KSRC_7 from the environment, else kunit/runner/env.sh KSRC_7)
# into the user-space KUnit program with the suites seamcall_upstream_md
# and seamcall_upstream_kvm_md (kunit/upstream/Makefile), runs them, keeps
# the log (KTAP) in OUTDIR/upstream/upstream-md.log and prints one summary
# line. Fails if the Linux file or the functions the suite calls are
# missing, if the build fails, or if a case fails.
set -euo pipefail

if [[ $# -ne 1 ]]; then
	echo "usage: $0 OUTDIR" >&2
	exit 2
fi
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
out=$(mkdir -p "$1/upstream" && cd "$1/upstream" && pwd)
log=$out/upstream-md.log

ksrc=${KSRC_7:-$("$root/kunit/runner/env.sh" KSRC_7)}
md_c=$ksrc/arch/x86/virt/vmx/tdx/tdx_global_metadata.c
md_h=$ksrc/arch/x86/include/asm/tdx_global_metadata.h
for f in "$md_c" "$md_h"; do
	if [[ ! -f $f ]]; then
		echo "upstream-md: FAIL: $f is missing (Linux moved or renamed it)" >&2
		exit 1
	fi
done
# The suite calls these by name; a rename upstream must fail here, loudly.
for fn in get_tdx_sys_info get_tdx_sys_info_handoff; do
	if ! grep -Eq "^static( __init)? int $fn\(" "$md_c"; then
		echo "upstream-md: FAIL: $fn() not found in $md_c" >&2
		exit 1
	fi
done
if ! grep -q 'read_sys_metadata_field(' "$md_c"; then
	echo "upstream-md: FAIL: $md_c no longer calls read_sys_metadata_field()" >&2
	exit 1
fi

status=0
nice -n 10 make -s -j2 -f "$root/kunit/upstream/Makefile" O="$out" KSRC_7="$ksrc" \
	upstream-md >"$log" 2>&1 || status=$?
line=$(grep -E '^user: [0-9]+ passed' "$log" | tail -n 1 || true)
if [[ $status -ne 0 || -z $line ]]; then
	echo "upstream-md: FAIL (${line:-no result line}; log $log)"
	exit 1
fi
echo "upstream-md: ok: Linux ${ksrc##*/linux-source-} metadata reader and KVM's accesses" \
	"against the model: ${line#user: }"
