#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Helpers for qemu-kunit.sh and qemu-stock.sh; source this file.
#   init_head                       start of a busybox /init script
#   make_initramfs OUT INIT KO...   newc cpio: busybox, /init, /lib/modules/KO
#   boot_qemu KERNEL INITRD LOG     boot under TCG; LOG gets the console
#   scan_log LOG                    print kernel error reports; 1 if any
# The /init scripts mark their own console messages with "seam-init:".
set -euo pipefail

# Print the start of /init: shell, applets, mounts, console as stdio.
init_head() {
	cat <<'EOF_INIT'
#!/bin/busybox sh
export PATH=/bin
/bin/busybox mount -t proc proc /proc
/bin/busybox --install -s /bin
# devtmpfs has /dev/console even when the cpio has no node (non-root build).
mount -t devtmpfs devtmpfs /dev
exec </dev/console >/dev/console 2>&1
mount -t sysfs sysfs /sys
mount -t debugfs debugfs /sys/kernel/debug
EOF_INIT
}

# make_initramfs OUT INIT MODULE.ko...: write a newc cpio archive to OUT.
make_initramfs() {
	local out=$1 init=$2 root
	shift 2
	if ! file -L /bin/busybox | grep -q 'statically linked'; then
		echo "qemu: /bin/busybox is not static; install busybox-static" >&2
		return 1
	fi
	root=$(mktemp -d)
	mkdir -p "$root"/{bin,dev,proc,sys,lib/modules}
	cp /bin/busybox "$root/bin/"
	install -m 755 "$init" "$root/init"
	cp "$@" "$root/lib/modules/"
	# Only root can mknod; otherwise the kernel's built-in /dev/console
	# and the devtmpfs mount in /init stand in.
	if [[ $EUID -eq 0 ]]; then
		mknod "$root/dev/console" c 5 1
	fi
	(cd "$root" && find . | cpio -o -H newc -R 0:0 --quiet) >"$out"
	rm -rf "$root"
}

# boot_qemu KERNEL INITRD LOG: boot without KVM (it does not work here) and
# kill QEMU after $SEAM_QEMU_TIMEOUT (default 120) seconds. loglevel=5
# keeps KUnit's KERN_INFO output off the console but shows warnings.
boot_qemu() {
	local rc=0 limit=${SEAM_QEMU_TIMEOUT:-120}
	timeout -k 5 "$limit" qemu-system-x86_64 -nodefaults -accel tcg -m 512 \
		-display none -no-reboot -bios /usr/share/qemu/qboot.rom \
		-serial stdio -kernel "$1" -initrd "$2" \
		-append "console=ttyS0 loglevel=5 panic=-1" \
		</dev/null >"$3" 2>&1 || rc=$?
	case $rc in
	0) ;;
	124 | 137)
		echo "qemu: timed out after $limit s; console: $3" >&2
		return 1
		;;
	*)
		echo "qemu: exit status $rc; console: $3" >&2
		return 1
		;;
	esac
}

# scan_log LOG: print the lines of kernel error reports; 1 if there are any.
scan_log() {
	local hits
	hits=$(grep -E 'BUG:|WARNING:|Oops|Call Trace|KASAN:|UBSAN:|Kernel panic' "$1") ||
		return 0
	echo "qemu: kernel error report in $1:" >&2
	printf '%s\n' "$hits" >&2
	return 1
}
