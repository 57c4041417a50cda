#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# The KUnit suites as an in-tree, Kconfig-selectable KUnit test, in a copy
# of a kernel source tree ("make kunit-tree" runs this):
#
#   kunit-tree.sh [--run JSON] KSRC DIR [FILTER]
#
# DIR/linux becomes a hard-link copy of KSRC (KSRC itself is never
# written: every file this script changes is replaced, not edited in
# place). lib/seamcall/ gets seamcall.h, seamcall.S, the software TDX
# module, the kernel adapter and the suites, a Kconfig entry
# (CONFIG_SEAMCALL_KUNIT_TEST, sourced from lib/Kconfig.debug), a Makefile
# (from lib/Makefile) and a .kunitconfig. Then, in DIR/linux:
#
#   ./tools/testing/kunit/kunit.py run --arch=x86_64 \
#	--kunitconfig=lib/seamcall/.kunitconfig
#
# With --run this script runs that itself, with --build_dir=DIR/build,
# the FILTER glob and --json=JSON. Keep DIR between runs (check-all.sh
# uses $SEAM_CACHE/kunit-tree/<name of KSRC>): the build records the
# copy's path, and only changed files are rebuilt. KSRC must be a clean
# source tree (no in-tree build), on the same file system as DIR.
set -euo pipefail

here=$(dirname "$(readlink -f "$0")")
root=$(readlink -f "$here/../..")
# shellcheck source=SCRIPTDIR/../runner/outdir.sh
source "$root/kunit/runner/outdir.sh"

json=
if [[ ${1:-} == --run && $# -ge 2 ]]; then
	json=$(readlink -m -- "$2")
	shift 2
fi
if [[ $# -lt 2 || $# -gt 3 ]]; then
	echo "usage: $0 [--run JSON] KSRC DIR [FILTER]" >&2
	exit 2
fi
ksrc=$(readlink -f -- "$1")
out=$(seam_outdir kunit-tree.sh "$2") || exit 2
filter=${3:-}
if [[ ! -f $ksrc/Kconfig || ! -f $ksrc/lib/Kconfig.debug ||
	! -f $ksrc/tools/testing/kunit/kunit.py ]]; then
	echo "kunit-tree.sh: $1 is not a kernel source tree with kunit.py" >&2
	exit 2
fi
if [[ -e $ksrc/.config || -e $ksrc/include/config ]]; then
	echo "kunit-tree.sh: $ksrc has an in-tree build; kunit.py needs a clean tree (make mrproper)" >&2
	exit 2
fi

# One run at a time per DIR.
exec {lock}>"$out/.lock"
if ! flock -n "$lock"; then
	echo "kunit-tree.sh: waiting for another run in $out" >&2
	flock "$lock"
fi

tree=$out/linux
# The copy is made once per KSRC; lib/seamcall/ is refreshed every time.
if [[ ! -f $tree/.seam-ksrc || $(<"$tree/.seam-ksrc") != "$ksrc" ]]; then
	rm -rf "$tree" "$tree.tmp"
	echo "kunit-tree.sh: hard-link copy of $ksrc in $tree" >&2
	if ! cp -al "$ksrc" "$tree.tmp" 2>"$out/cp.log"; then
		rm -rf "$tree.tmp"
		echo "kunit-tree.sh: cannot hard-link $ksrc into $out (another file system?); see $out/cp.log" >&2
		exit 1
	fi
	# Replace, never edit, a linked file: append LINE to FILE.
	add_line() {
		{ cat "$1" && printf '%s\n' "$2"; } >"$1.seam" && mv "$1.seam" "$1"
	}
	add_line "$tree.tmp/lib/Kconfig.debug" 'source "lib/seamcall/Kconfig"'
	# shellcheck disable=SC2016 # make syntax, not shell
	add_line "$tree.tmp/lib/Makefile" 'obj-$(CONFIG_SEAMCALL_KUNIT_TEST) += seamcall/'
	printf '%s\n' "$ksrc" >"$tree.tmp/.seam-ksrc"
	mv -T "$tree.tmp" "$tree"
fi

dir=$tree/lib/seamcall
rm -rf "$dir"
mkdir -p "$dir"
cp -p "$root/include/seamcall.h" "$root/asm/seamcall.S" "$root"/kunit/model/*.[ch] \
	"$root"/kunit/kernel/*.[ch] "$root"/kunit/suites/*_kunit.c \
	"$root"/kunit/expect/*_kunit.c "$root"/kunit/expect/*.h "$dir/"
cp -p "$here/Kconfig" "$here/Makefile" "$dir/"
cp -p "$here/seamcall.kunitconfig" "$dir/.kunitconfig"
# Every C file copied is part of the test, as in kunit/kernel/Kbuild.
objs=(seamcall.o)
for c in "$dir"/*.c; do
	c=${c##*/}
	objs+=("${c%.c}.o")
done
printf 'seamcall-objs := %s\n' "${objs[*]}" >"$dir/seamcall-objs.mk"
echo "kunit-tree.sh: $dir ready; in $tree run:" >&2
echo "  ./tools/testing/kunit/kunit.py run --arch=x86_64 --kunitconfig=lib/seamcall/.kunitconfig" >&2

[[ -n $json ]] || exit 0
mkdir -p "$out/build" "$out/bin" "$(dirname "$json")"
# Newer kunit.py (7.x) asks QEMU for KVM first. The KVM of
# many CI VMs (PVM here) starts a guest that never boots, so the QEMU
# kunit.py finds first in PATH replaces every -accel with tcg.
qemu=$(command -v qemu-system-x86_64) || {
	echo "kunit-tree.sh: qemu-system-x86_64 not found; run make deps" >&2
	exit 1
}
cat >"$out/bin/qemu-system-x86_64" <<EOF_QEMU
#!/bin/bash
args=()
while [[ \$# -gt 0 ]]; do
	if [[ \$1 == -accel ]]; then
		shift 2
		continue
	fi
	args+=("\$1")
	shift
done
exec $qemu -accel tcg "\${args[@]}"
EOF_QEMU
chmod +x "$out/bin/qemu-system-x86_64"
cd "$tree"
PATH=$out/bin:$PATH python3 tools/testing/kunit/kunit.py run --arch=x86_64 \
	--kunitconfig=lib/seamcall/.kunitconfig --build_dir="$out/build" \
	--jobs="$(nproc)" --timeout=900 --json="$json" ${filter:+"$filter"}
