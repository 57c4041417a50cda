#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Build the KUnit test module seamcall_kunit.ko out of tree:
#
#   $0 KBUILD OUTDIR [LLVM=-16] [make arguments...]
#
# KBUILD is a KUnit kernel build tree (kunit/runner/kernel.sh makes one);
# OUTDIR receives symlinks to the sources, the objects and the module, so
# nothing is written into the repository. Sources that appeared or went
# away since the last build are picked up: the links are made anew each
# time. Prints the path of the module on success.
set -euo pipefail

if [[ $# -lt 2 ]]; then
	echo "usage: $0 KBUILD OUTDIR [LLVM=-16] [make arguments...]" >&2
	exit 2
fi
kbuild=$(readlink -f "$1")
out=$(readlink -m "$2")
shift 2
root=$(readlink -f "$(dirname "$0")/../..")

[[ -f $kbuild/Module.symvers ]] || {
	echo "build.sh: $kbuild is not a built kernel tree" >&2
	exit 1
}
# Only the ignored build/ folder of the tree may hold build output.
case $out/ in
"$root"/build/*) ;;
"$root"/*)
	echo "build.sh: OUTDIR must be under $root/build or outside the tree" >&2
	exit 1
	;;
esac

mkdir -p "$out"/{asm,model,suites,kernel}
# Old links only: objects stay, so unchanged files are not rebuilt.
find "$out" -maxdepth 2 -type l -delete

ln -s "$root/kunit/kernel/Kbuild" "$out/Kbuild"
ln -s "$root/include" "$out/include"
ln -s "$root/asm/seamcall.S" "$out/asm/seamcall.S"
# link DIR FILES...: symlink each file into $out/DIR.
link() {
	local dir=$1 f
	shift
	for f in "$@"; do
		[[ -e $f ]] && ln -s "$f" "$out/$dir/"
	done
	return 0
}
shopt -s nullglob
link model "$root"/kunit/model/*.[ch]
link suites "$root"/kunit/suites/*_kunit.c
# The module's expected answers (kunit/expect/): the suite and its tables.
link suites "$root"/kunit/expect/*_kunit.c "$root"/kunit/expect/*.h
link kernel "$root"/kunit/kernel/*.[ch]

# Objects of sources that are gone would otherwise be linked in.
for o in "$out"/{model,suites,kernel}/*.o; do
	[[ -e ${o%.o}.c ]] || rm -f "$o" "${o%/*}/.${o##*/}.cmd"
done

make -C "$kbuild" M="$out" "$@" modules >&2
echo "$out/seamcall_kunit.ko"
