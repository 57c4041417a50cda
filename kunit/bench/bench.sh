#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Code-generation benchmark of the seam_tdh_*() wrappers against upstream
# Linux's tdh_*() wrappers (see README.md):
#   bench.sh [OUTDIR]        default $O/bench or build/bench
#
# 1. Copies of include/seamcall.h, asm/seamcall.S and upstream's tdxcall.S
#    (from the Linux 7.x source in the cache) with SEAMCALL replaced by a
#    one-instruction success stub; upstream's wrappers, sc_retry() and the
#    types they use extracted from that source by bench.py.
# 2. Executed instructions per round trip: the probes in a user-space
#    driver (gcc-12 and clang-16, -O2), without and with the kernel
#    protocol (SEAM_CALL_PREPARE), and upstream's wrappers with the same
#    protocol, counted by callgrind, stub subtracted.
# 3. Static cost: the probe module built with Kbuild, gcc-12 against the
#    Debian 6.12 headers and clang-16 against a tree configured the same
#    way (Debian's 6.12 configuration, without KASAN) and kept in OUTDIR.
# 4. Floor, targets and regressions against baseline.tsv (BENCH_UPDATE=1
#    rewrites it); writes RESULTS.md and bench.png here and the README
#    block to OUTDIR/readme-block.md (BENCH_README=1 also puts it into
#    README.md).
# Writes nothing else outside OUTDIR but the cache prepare.sh fills.
# Exits non-zero if a leaf regressed; targets are reported PASS/FAIL.
set -euo pipefail

here=$(dirname "$(readlink -f "$0")")
root=$(readlink -f "$here/../..")
out=$(readlink -m "${1:-${O:-$root/build}/bench}")
rounds=${BENCH_ROUNDS:-1000}
update=${BENCH_UPDATE:-0}
to_readme=${BENCH_README:-0}
start=$SECONDS
log() { echo "bench: $*" >&2; }

# The output dir is wiped: refuse anything that holds more than our output.
case $out/ in
// | "$HOME"/ | "$root"/ | "$root"/include/* | "$root"/asm/* | "$root"/kunit/*)
	log "refusing to use $out as the output directory"
	exit 2
	;;
esac
if [[ $root/ == "$out"/* ]]; then
	log "refusing to use $out: it contains the source tree"
	exit 2
fi
# bench.gp: an output dir of an older bench.sh.
if [[ -d $out && -n $(ls -A "$out") && ! -f $out/.seam-bench &&
      ! -f $out/bench.gp ]]; then
	log "refusing to use $out: not empty and not made by bench.sh"
	exit 2
fi

"$root/kunit/runner/deps.sh"
for what in headers612 source612 linux7; do
	"$root/kunit/runner/prepare.sh" "$what" >&2
done
env_sh=$("$root/kunit/runner/env.sh")
eval "$env_sh"
kver7=$SEAM_DEBVER_7

mkdir -p "$out"
touch "$out/.seam-bench"
# Everything but the cached clang tree.
find "$out" -mindepth 1 -maxdepth 1 ! -name .seam-bench ! -name kclang \
	-exec rm -rf {} +
mkdir -p "$out/gen/linux" "$out/src/include" "$out/src/asm" "$out/upstream"
# Kbuild must not inherit "make bench O=..." from the top-level make.
unset MAKEFLAGS MFLAGS MAKELEVEL O

log "wrappers, floors and driver calls from include/seamcall.h"
python3 "$here/bench.py" gen "$root/include/seamcall.h" \
	"$root/kunit/compile/seam_probes.h" "$out/gen"
# The header includes <linux/preempt.h> for SEAM_CALL_PREPARE().
printf '#include "seam_bench_protocol.h"\n' >"$out/gen/linux/preempt.h"

log "stubbed copies of the header, asm/seamcall.S and tdxcall.S"
python3 "$here/bench.py" patch "$root/include/seamcall.h" \
	"$out/src/include/seamcall.h"
python3 "$here/bench.py" patch "$root/asm/seamcall.S" \
	"$out/src/asm/seamcall.S"
tdx7=$KSRC_7/arch/x86/virt/vmx/tdx
log "upstream: tdh_*() and sc_retry() from Linux $kver7"
python3 "$here/bench.py" upstream "$KSRC_7" "$here/seam_bench_upstream.h" \
	"$out/gen/leaves.tsv" "$out/upstream"
cp "$tdx7/seamcall.S" "$out/upstream/"
python3 "$here/bench.py" patch "$tdx7/tdxcall.S" "$out/upstream/tdxcall.S"

# User space: executed instructions. Code generation as in the kernel
# (no red zone, no SSE, no PIC, TLS for per-CPU data); no hardening
# extras, which the static figures show.
warn=(-Wall -Wextra -Werror -Wno-unused-parameter -Wno-sign-compare
      -Wno-missing-field-initializers -Wno-type-limits)
cflags=(-std=gnu11 -O2 -gdwarf-4 -mno-red-zone -mno-sse -mno-mmx -mno-sse2
	-mno-3dnow -mno-avx -fno-pie -ftls-model=local-exec
	-fno-strict-aliasing -fomit-frame-pointer -fno-stack-protector
	-fstack-usage "${warn[@]}")
user_inc=(-I"$root/kunit/user/include" -I"$here" -DSEAM_USER_SPACE)
seam_inc=(-I"$out/gen" -I"$root/kunit/compile" -I"$out/src/include")
up_inc=(-I"$out/upstream/include")
for cc in gcc clang; do
	case $cc in
	gcc) compiler=gcc-12 ;;
	clang) compiler=clang-16 ;;
	esac
	dir=$out/user-$cc
	mkdir -p "$dir"
	log "user space, $compiler: build and callgrind ($rounds rounds)"
	(
		cd "$dir"
		$compiler "${seam_inc[@]}" "${user_inc[@]}" -D__ASSEMBLY__ \
			-Wa,--noexecstack -c "$out/src/asm/seamcall.S" \
			-o seamcall.o
		$compiler "${up_inc[@]}" "${user_inc[@]}" -D__ASSEMBLY__ \
			-Wa,--noexecstack -c "$out/upstream/seamcall.S" \
			-o upstream_seamcall.o
		for f in upstream_tdx upstream_driver; do
			$compiler "${up_inc[@]}" "${user_inc[@]}" "${cflags[@]}" \
				-c "$out/upstream/$f.c" -o "$f.o"
		done
		$compiler "${seam_inc[@]}" "${user_inc[@]}" "${cflags[@]}" \
			-c "$here/seam_bench.c" -o plain.o
		$compiler "${seam_inc[@]}" "${user_inc[@]}" "${cflags[@]}" \
			-DSEAM_BENCH_PROTOCOL -iquote "$out/upstream" \
			-c "$here/seam_bench.c" -o proto.o
		$compiler -no-pie -o bench-plain plain.o seamcall.o
		$compiler -no-pie -o bench-proto proto.o seamcall.o \
			upstream_tdx.o upstream_driver.o upstream_seamcall.o
	)
	for b in plain proto; do
		if ! valgrind --tool=callgrind \
			--callgrind-out-file="$dir/callgrind-$b.out" \
			"$dir/bench-$b" "$rounds" >"$dir/run-$b.log" 2>&1; then
			tail -n 20 "$dir/run-$b.log" >&2
			log "callgrind failed ($compiler, $b)"
			exit 1
		fi
		python3 "$here/bench.py" callgrind "$dir/callgrind-$b.out" \
			>"$out/exec-$cc-$b.tsv"
	done
done

# The clang tree: Debian's 6.12 configuration, as the gcc figures, built by
# clang-16 without KASAN; modules_prepare only. Kept across runs.
kclang=$out/kclang
want="$KSRC_612 $(sha1sum <"$KDIR_612/.config")"
if [[ ! -f $kclang/.seam-stamp || $(<"$kclang/.seam-stamp") != "$want" ]]; then
	log "clang-16 tree without KASAN (once, kept in $kclang)"
	rm -rf "$kclang"
	mkdir -p "$kclang"
	cp "$KDIR_612/.config" "$kclang/.config"
	kmk=(nice -n 10 make -C "$KSRC_612" O="$kclang" LLVM=-16)
	"${kmk[@]}" olddefconfig >"$kclang/prepare.log" 2>&1
	"$KSRC_612/scripts/config" --file "$kclang/.config" -d KASAN \
		-d DEBUG_INFO_BTF -d DEBUG_INFO_DWARF5 \
		-d DEBUG_INFO_DWARF_TOOLCHAIN_DEFAULT -e DEBUG_INFO_NONE
	"${kmk[@]}" olddefconfig >>"$kclang/prepare.log" 2>&1
	if grep -q '^CONFIG_KASAN=y' "$kclang/.config"; then
		log "KASAN still enabled in $kclang/.config"
		exit 1
	fi
	"${kmk[@]}" -j2 modules_prepare >>"$kclang/prepare.log" 2>&1
	printf '%s\n' "$want" >"$kclang/.seam-stamp"
fi

# Kernel modules: static cost.
for cc in gcc clang; do
	case $cc in
	gcc) kmake=(make -C "$KDIR_612" M=)
	     tools=(nm objdump) ;;
	clang) kmake=(make -C "$kclang" LLVM=-16 KBUILD_MODPOST_WARN=1 M=)
	       tools=(llvm-nm-16 llvm-objdump-16) ;;
	esac
	for b in plain proto; do
		dir=$out/module-$cc-$b
		mkdir -p "$dir"
		cp "$here/Kbuild" "$root/kunit/compile/seam_probes.h" \
		   "$out/src/asm/seamcall.S" "$dir/"
		cp "$here/seam_bench.c" "$dir/seam_bench_main.c"
		extra=
		[[ $b == proto ]] && extra=-DSEAM_BENCH_PROTOCOL
		log "module, $cc, $b: build"
		kmake[-1]=M=$dir
		if ! "${kmake[@]}" SEAM_SRC="$out/src" \
			SEAM_BENCH_CFLAGS="$extra" modules >"$dir/build.log" 2>&1; then
			tail -n 30 "$dir/build.log" >&2
			log "module build failed ($cc, $b)"
			exit 1
		fi
		python3 "$here/bench.py" static "$dir/seam_bench_main.o" \
			"$dir/seam_bench_main.su" "${tools[@]}" \
			>"$out/static-$cc-$b.tsv"
	done
done

log "table"
status=0
python3 "$here/bench.py" table "$out" "$here/baseline.tsv" \
	"$here/RESULTS.md" "$update" "$kver7" || status=$?
# RESULTS.md links the chart by name; keep a copy next to it.
cp "$out/bench.png" "$here/bench.png"
if [[ $to_readme == 1 ]]; then
	python3 "$here/bench.py" readme "$root/README.md" \
		"$out/readme-block.md" || status=1
fi
log "chart: $out/bench.png; results: $here/RESULTS.md;" \
	"README block: $out/readme-block.md"
log "runtime: $((SECONDS - start)) s"
exit $status
