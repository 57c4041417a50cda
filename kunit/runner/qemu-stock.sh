#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Load and unload a module on Debian's stock 6.1 kernel under QEMU (TCG):
#   qemu-stock.sh LOGDIR MODULE.ko
#
# The module must be built against $KDIR_61 with gcc-12 so that its
# vermagic matches $STOCK_61_VMLINUZ. /init inserts and removes it, prints
# dmesg and /proc/sys/kernel/tainted, and reboots. LOGDIR gets init,
# initramfs.cpio, console.log and kernel.log (dmesg again, for the checks).
# It prints what the module logged (without the kernel's taint notices),
# then, last,
#   stock-taint: VALUE (LETTERS)
# Exit status 1 if insmod or rmmod failed, the boot timed out, the kernel
# logged a BUG/WARNING/Oops report, or it is tainted other than O
# (out-of-tree) and E (unsigned), which out-of-tree modules always set.
set -euo pipefail

here=$(dirname "$(readlink -f "$0")")
# shellcheck source=SCRIPTDIR/qemu-lib.sh
source "$here/qemu-lib.sh"

if [[ $# -ne 2 ]]; then
	echo "usage: $0 LOGDIR MODULE.ko" >&2
	exit 2
fi
logdir=$1
ko=$2
if [[ ! -f $ko ]]; then
	echo "qemu-stock.sh: no such file: $ko" >&2
	exit 2
fi
"$here/prepare.sh" stock61
env_sh=$("$here/env.sh")
eval "$env_sh"
name=${ko##*/}
modname=$(modinfo -F name "$ko")
if [[ ! $name =~ ^[A-Za-z0-9_.-]+\.ko$ || ! $modname =~ ^[A-Za-z0-9_-]+$ ]]; then
	echo "qemu-stock.sh: bad module file name or name: $ko" >&2
	exit 2
fi
release=${STOCK_61_VMLINUZ##*/vmlinuz-}
vermagic=$(modinfo -F vermagic "$ko")
if [[ $vermagic != "$release "* ]]; then
	echo "qemu-stock.sh: $ko is for '$vermagic', not $release; build it against \$KDIR_61" >&2
	exit 2
fi
mkdir -p "$logdir"

{
	init_head
	cat <<EOF_INIT
if insmod /lib/modules/$name; then
	rmmod $modname || echo 'seam-init: rmmod $modname failed'
else
	echo 'seam-init: insmod $name failed'
fi
dmesg
echo "seam-init: tainted=\$(cat /proc/sys/kernel/tainted)"
EOF_INIT
	init_tail
} >"$logdir/init"

problems=()
make_initramfs "$logdir/initramfs.cpio" "$logdir/init" "$ko"
boot_qemu "$STOCK_61_VMLINUZ" "$logdir/initramfs.cpio" "$logdir" ||
	problems+=("boot failed or timed out")
check_logs "$logdir" || problems+=("module load/unload, /init or kernel failure")

# Taint letters by bit number, as in the kernel's taint_flags table.
letters=PFSRMBUDAWCIOELKXTN
taint=$(sed -n 's/^seam-init: tainted=\([0-9]*\).*/\1/p' "$logdir/console.log")
flags=
for ((bit = 0; bit < ${#letters}; bit++)); do
	if (((${taint:-0} >> bit) & 1)); then
		flags+=${letters:bit:1}
	fi
done
# O (4096) and E (8192) are expected from an unsigned out-of-tree module.
if [[ -z $taint ]] || ((taint & ~(4096 | 8192))); then
	problems+=("unexpected taint")
fi

# The module's own lines, as "MODNAME: text".
grep -a "^\[[ 0-9.]*\] $modname: " "$logdir/kernel.log" |
	sed 's/^\[[ 0-9.]*\] //' | grep -v -e 'taints kernel' -e 'tainting kernel' || true
if [[ ${#problems[@]} -gt 0 ]]; then
	printf 'qemu-stock.sh: %s\n' "${problems[@]}" >&2
fi
echo "stock-taint: ${taint:-unknown} (${flags:-none})"
[[ ${#problems[@]} -eq 0 ]]
