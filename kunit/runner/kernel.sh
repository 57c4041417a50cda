#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Build, once, the minimal x86_64 KUnit kernel for out-of-tree test modules:
#   kernel.sh gcc|clang|gcc7|clang7
#
# gcc builds $KBUILD_GCC from $KSRC_612 with the default gcc (gcc-12);
# clang builds $KBUILD_CLANG from it with LLVM=-16. gcc7 and clang7 build
# $KBUILD_GCC7 and $KBUILD_CLANG7 from the Linux 7.x source $KSRC_7 with
# the TDX host options, with gcc-12 and with LLVM=-19 (7.x needs LLVM 17
# or newer; Debian 12 has clang-19). Config: "make allnoconfig" plus
# kunit.config, and kunit-clang.config (6.12, clang), kunit-7.config (7.x)
# and kunit-clang7.config (7.x, clang). The result has bzImage and
# Module.symvers, so "make -C $KBUILD M=dir modules" works (add LLVM=-16
# or LLVM=-19 for clang). The kernel is rebuilt only when the fragments,
# the source or the compiler change.
set -euo pipefail

here=$(dirname "$(readlink -f "$0")")
case ${1:-} in
gcc | clang) "$here/prepare.sh" source612 ;;
gcc7 | clang7) "$here/prepare.sh" linux7 ;;
*)
	echo "usage: $0 gcc|clang|gcc7|clang7" >&2
	exit 2
	;;
esac
env_sh=$("$here/env.sh")
eval "$env_sh"

fragments=("$here/kunit.config")
src=$KSRC_612
debver=$SEAM_DEBVER_612
case $1 in
gcc)
	build=$KBUILD_GCC
	make_opts=()
	cc_version=$(gcc --version | head -n1)
	;;
clang)
	build=$KBUILD_CLANG
	make_opts=(LLVM=-16)
	cc_version=$(clang-16 --version | head -n1)
	fragments+=("$here/kunit-clang.config")
	;;
gcc7)
	build=$KBUILD_GCC7
	src=$KSRC_7
	debver=$SEAM_DEBVER_7
	make_opts=()
	cc_version=$(gcc --version | head -n1)
	fragments+=("$here/kunit-7.config")
	;;
clang7)
	build=$KBUILD_CLANG7
	src=$KSRC_7
	debver=$SEAM_DEBVER_7
	make_opts=(LLVM=-19)
	cc_version=$(clang-19 --version | head -n1)
	fragments+=("$here/kunit-7.config" "$here/kunit-clang7.config")
	;;
esac
make_kernel=(make -s -C "$src" O="$build" ARCH=x86_64 "${make_opts[@]}")

mkdir -p "$build"
exec {lock}>"$build.lock"
if ! flock -n "$lock"; then
	echo "kernel.sh: waiting for another build of $build" >&2
	flock "$lock"
fi

stamp=$(cat "${fragments[@]}" - <<<"$debver $cc_version ${make_opts[*]}" |
	sha256sum | cut -d' ' -f1)
if [[ -f $build/.seam-stamp && $(<"$build/.seam-stamp") == "$stamp" ]]; then
	echo "kernel.sh: $build is up to date" >&2
	exit 0
fi
rm -f "$build/.seam-stamp"

# run LOGNAME CMD...: run CMD with output in $build/LOGNAME; show its tail
# if it fails.
run() {
	local log=$build/$1
	shift
	if ! "$@" >"$log" 2>&1; then
		tail -n 40 "$log" >&2
		echo "kernel.sh: failed, full log: $log" >&2
		return 1
	fi
}

echo "kernel.sh: configuring $build" >&2
start=$SECONDS
cat "${fragments[@]}" >"$build/seam.config"
run config.log "${make_kernel[@]}" KCONFIG_ALLCONFIG="$build/seam.config" allnoconfig

# Every requested option must have survived the Kconfig dependencies.
mapfile -t lost < <(grep -h '^CONFIG_' "${fragments[@]}" | grep -vxFf "$build/.config")
if [[ ${#lost[@]} -gt 0 ]]; then
	echo "kernel.sh: options not in $build/.config:" >&2
	printf '  %s\n' "${lost[@]}" >&2
	exit 1
fi

echo "kernel.sh: building (log: $build/build.log)" >&2
run build.log "${make_kernel[@]}" -j"$(nproc)" bzImage modules
# modpost needs the exported KUnit symbols for out-of-tree test modules.
if ! grep -q $'\tkunit_' "$build/Module.symvers" 2>/dev/null; then
	echo "kernel.sh: $build/Module.symvers lacks the KUnit exports" >&2
	exit 1
fi
echo "$stamp" >"$build/.seam-stamp"
echo "kernel.sh: $build built in $((SECONDS - start)) s" >&2
