#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Static checks of the header and the assembly:
#   check.sh OUTDIR
#
# 1. Build the compile-test module (seam_compile.c, every wrapper, variant and
#    macro, next to <asm/tdx.h> and <linux/kvm_host.h>) with W=1, sparse and
#    -Werror, at -O2 and -Os, against Debian's 6.1 and 6.12 headers (gcc-12)
#    and, when kunit/runner/kernel.sh has built them, against the KUnit
#    kernels (gcc-12 with IBT, clang-16, and the Linux 7.x one with
#    CONFIG_INTEL_TDX_HOST and CONFIG_KVM_INTEL_TDX). A build passes when it
#    prints no warning at all (sparse, objtool and modpost included) and no
#    instruction other than a direct call or jump refers to an asm entry
#    point.
# 2. Check that every seam_tdh_*() wrapper has a probe in seam_probes.h.
# 3. Run checkpatch.pl --strict and kernel-doc -Wall from linux-source-6.12.
#
# Prints "ok"/"not ok" per check, then "compile: N passed, N failed".
set -uo pipefail

here=$(dirname "$(readlink -f "$0")")
root=$(readlink -f "$here/../..")
out=${1:?usage: check.sh OUTDIR}
mkdir -p "$out"
env_sh=$("$root/kunit/runner/env.sh") || exit 1
eval "$env_sh"

passed=0
failed=0

# result NAME STATUS [LOG]: record and print one check.
result() {
	if [[ $2 == 0 ]]; then
		passed=$((passed + 1))
		echo "ok - $1"
	else
		failed=$((failed + 1))
		echo "not ok - $1"
		[[ -n ${3:-} ]] && sed 's/^/#   /' "$3" | head -n 40
	fi
}

# An entry point may only be the target of a direct call or jump: any other
# relocation against it means some code took its address.
address_taken() {
	objdump -dr --no-show-raw-insn "$1" |
		awk '/^ *[0-9a-f]+:\t/ { insn = $0; next }
		     /R_X86_64_[A-Z0-9]+\t__seam_call/ {
			if (insn !~ /\t(call|jmp)[ \t]/) { print insn; print; bad = 1 }
		     }
		     END { exit bad ? 0 : 1 }'
}

# build NAME KDIR CFLAGS [MAKE_ARGS...]
build() {
	local name=$1 kdir=$2 cflags=$3
	shift 3
	local dir="$out/$name" log="$out/$name.log" status=0

	rm -rf "$dir"
	mkdir -p "$dir"
	cp "$here/seam_compile.c" "$here/seam_probes.h" "$here/Kbuild" \
	   "$root/asm/seamcall.S" "$dir/"
	make -C "$kdir" M="$dir" W=1 C=1 SEAM_ROOT="$root" \
	     SEAM_CFLAGS="$cflags" "$@" modules >"$log" 2>&1 || status=1
	if grep -E -i 'warning|error' "$log" | grep -q -v 'Skipping BTF'; then
		status=1
	fi
	if [[ $status == 0 ]] && address_taken "$dir/seam_compile.o" >"$log.addr"; then
		status=1
		cat "$log.addr" >>"$log"
	fi
	echo $status >"$out/$name.status"
}

# The builds run in the background, as many at a time as there are CPUs;
# their results are reported in order once all are done.
builds=()
start_build() {
	while (($(jobs -rp | wc -l) >= $(nproc))); do
		wait -n
	done
	builds+=("$1")
	build "$@" &
}

kdir_612_ok=$KDIR_612
[[ -d $KDIR_612 ]] || kdir_612_ok=
for opt in O2 Os; do
	start_build "6.1-gcc-$opt" "$KDIR_61" "-$opt"
	if [[ -n $kdir_612_ok ]]; then
		start_build "6.12-gcc-$opt" "$KDIR_612" "-$opt"
	else
		result "build 6.12-gcc-$opt (headers missing: run kunit/runner/prepare.sh)" 1
	fi
	if [[ -f $KBUILD_GCC/Module.symvers ]]; then
		start_build "kunit-gcc-ibt-$opt" "$KBUILD_GCC" "-$opt"
	fi
	if [[ -f $KBUILD_CLANG/Module.symvers ]]; then
		start_build "kunit-clang-$opt" "$KBUILD_CLANG" "-$opt" LLVM=-16
	fi
	if [[ -n ${KBUILD_GCC7:-} && -f $KBUILD_GCC7/Module.symvers ]]; then
		start_build "kunit-gcc7-$opt" "$KBUILD_GCC7" "-$opt"
	fi
done
wait
for name in "${builds[@]}"; do
	result "build $name" "$(cat "$out/$name.status" 2>/dev/null || echo 1)" \
		"$out/$name.log"
done

# Every typed wrapper needs a probe, or the compile test misses it.
missing=$(grep -o '^seam_tdh_[a-z0-9_]*(' "$root/include/seamcall.h" |
	  sed 's/^seam_tdh_\(.*\)(/seam_probe_\1(/' |
	  while read -r p; do grep -q "$p" "$here/seam_probes.h" || echo "$p"; done)
echo "$missing" | sed '/^$/d; s/^/#   no probe: /'
result "every seam_tdh_*() wrapper has a probe" "$([[ -z $missing ]]; echo $?)"

# Kernel style on every source file of the project, except the user-space
# shim of the kernel headers: it defines the very macros checkpatch asks for.
mapfile -t sources < <(cd "$root" && git ls-files -co --exclude-standard \
	'*.c' '*.h' '*.S' ':!kunit/user/include' | sed "s|^|$root/|")
log="$out/checkpatch.log"
printf '%s\n' "${sources[@]}" |
	xargs -P "$(nproc)" -n 4 perl "$KSRC_612/scripts/checkpatch.pl" \
		--no-tree --strict --terse --ignore FILE_PATH_CHANGES -f \
		>"$log" 2>&1
status=0
grep -E ': (ERROR|WARNING):' "$log" >/dev/null && status=1
result "checkpatch --strict: no errors or warnings (${#sources[@]} files)" $status "$log"

# kernel-doc on the public headers.
log="$out/kernel-doc.log"
mapfile -t headers < <(cd "$root" && git ls-files -co --exclude-standard \
	'include/*.h' 'kunit/model/*.h' | sed "s|^|$root/|")
perl "$KSRC_612/scripts/kernel-doc" -none -Wall "${headers[@]}" >"$log" 2>&1
status=$?
[[ -s $log ]] && status=1
result "kernel-doc -Wall: clean" $status "$log"

echo "compile: $passed passed, $failed failed"
[[ $failed == 0 ]]
