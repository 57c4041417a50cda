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
# 2. Run the register-contract demo (contract_*.c) built by gcc-12 and
#    clang-16 at -O2 and -Os against a stand-in for the SEAMCALL instruction,
#    and check that the encoders refuse constants out of range.
# 3. Check that every seam_tdh_*() and seam_seamldr_*() wrapper has a probe
#    in seam_probes.h.
# 4. Run checkpatch.pl --strict and kernel-doc -Wall from linux-source-6.12.
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

# The register contract in generated code: the RDMD and RECLAIM loops of
# contract_demo.c, built at -O2 and -Os by gcc-12 and clang-16 against a
# copy of the header whose SEAMCALL is a stand-in module: it succeeds and
# writes RCX..R11 (1, 2, 3, 4 as contract.h says, junk in R10 and R11). A
# value the compiler kept in one of them across the call breaks the sums
# contract_main.c checks.
stand_in='xor %%eax, %%eax; mov $1, %%ecx; mov $2, %%edx; mov $3, %%r8d; mov $4, %%r9d; mov $0x1010, %%r10d; mov $0x1111, %%r11d'
contract() {
	local cc=$1 opt=$2 dir="$out/contract/$1-$2" log="$out/contract-$1-$2.log"
	local shim="$root/kunit/user/include"

	mkdir -p "$dir"
	sed "s|^#define __SEAM_INSN\t\".byte 0x66, 0x0f, 0x01, 0xcf\"|#define __SEAM_INSN \"$stand_in\"|" \
		"$root/include/seamcall.h" >"$dir/seamcall.h"
	{
		grep -q 'mov $0x1111' "$dir/seamcall.h" &&
		"$cc" "-$opt" -Wall -Werror -DSEAM_USER_SPACE -I"$dir" -I"$shim" \
			-c "$here/contract_demo.c" -o "$dir/demo.o" &&
		"$cc" -O0 -Wall -Werror -DSEAM_USER_SPACE -I"$shim" \
			-c "$here/contract_main.c" -o "$dir/main.o" &&
		"$cc" -o "$dir/contract" "$dir/main.o" "$dir/demo.o" &&
		"$dir/contract"
	} >"$log" 2>&1
	result "register contract: $cc -$opt" $? "$log"
}
for cc in gcc-12 clang-16; do
	for opt in O2 Os; do
		contract "$cc" "$opt"
	done
done

# The checked encoders: a constant out of range fails the build, the
# largest one in range builds (gcc-12 -O2, user-space shim).
encoder() {
	local expr=$1 want=$2 dir="$out/encoder" status=0

	mkdir -p "$dir"
	printf '#include <seamcall.h>\nu64 seam_encoder(void);\nu64 seam_encoder(void)\n{\n\treturn %s;\n}\n' \
		"$expr" >"$dir/encoder.c"
	gcc-12 -O2 -Wall -Werror -DSEAM_USER_SPACE -I"$root/include" \
		-I"$root/kunit/user/include" -c "$dir/encoder.c" \
		-o "$dir/encoder.o" >"$dir/encoder.log" 2>&1 || status=1
	result "$expr: $want" "$([[ $status == 1 && $want == fails ]] ||
		[[ $status == 0 && $want == builds ]]; echo $?)" "$dir/encoder.log"
}
encoder 'SEAM_LEAF_VER(SEAM_TDH_MNG_RD, 255)' builds
encoder 'SEAM_LEAF_VER(SEAM_TDH_MNG_RD, 256)' fails
encoder 'SEAM_LEAF_VER(0x10000, 0)' fails
encoder 'seam_gpa_level(0, SEAM_TDX_PS_1G)' builds
encoder 'seam_gpa_level(0, 8)' fails
encoder 'seam_gpa_level(0, -1)' fails
encoder 'seam_keyed_pa(0, 1, SEAM_PA_BITS - 1)' builds
encoder 'seam_keyed_pa(0, 1, SEAM_PA_BITS)' fails

# Every typed wrapper needs a probe, or the compile test misses it.
missing=$(grep -o '^seam_\(tdh\|seamldr\)_[a-z0-9_]*(' "$root/include/seamcall.h" |
	  sed 's/^seam_tdh_/seam_probe_/; s/^seam_seamldr_/seam_probe_seamldr_/' |
	  while read -r p; do grep -q "$p" "$here/seam_probes.h" || echo "$p"; done)
echo "$missing" | sed '/^$/d; s/^/#   no probe: /'
result "every seam_tdh_*() and seam_seamldr_*() wrapper has a probe" "$([[ -z $missing ]]; echo $?)"

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
