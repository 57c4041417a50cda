#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Helpers for qemu-kunit.sh and qemu-stock.sh; source this file.
#   init_head                       start of a busybox /init script
#   init_tail                       end of it: kernel log, marker, reboot
#   make_initramfs OUT INIT KO...   newc cpio: busybox, /init, /lib/modules/KO
#   boot_qemu KERNEL INITRD LOGDIR [ARGS]  boot under TCG, see below
#   check_logs LOGDIR               report /init and kernel failures
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

# Print the end of /init: the whole kernel log goes to the second serial
# port (LOGDIR/kernel.log), then the completion marker, then reboot, which
# ends QEMU (-no-reboot; "poweroff -f" would only halt).
init_tail() {
	cat <<'EOF_INIT'
dmesg >/dev/ttyS1
echo "seam-init: done"
reboot -f
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

# boot_qemu KERNEL INITRD LOGDIR [ARGS]: boot without KVM (it does not work here)
# on $SEAM_QEMU_SMP (default 2) CPUs, which an SMP kernel uses to run the
# seamcall_contention suite's threads at once (a UP one skips it),
# ttyS0 to LOGDIR/console.log, ttyS1 to LOGDIR/kernel.log; kill QEMU after
# $SEAM_QEMU_TIMEOUT (default 600) seconds. "quiet" keeps the kernel's
# KERN_INFO lines, such as KUnit's own KTAP, off the console. ARGS are
# added to the kernel command line.
boot_qemu() {
	local rc=0 limit=${SEAM_QEMU_TIMEOUT:-600}
	rm -f "$3/console.log" "$3/kernel.log"
	timeout -k 5 "$limit" qemu-system-x86_64 -nodefaults -accel tcg -m 512 \
		-smp "${SEAM_QEMU_SMP:-2}" -display none -no-reboot -bios /usr/share/qemu/qboot.rom \
		-serial stdio -serial "file:$3/kernel.log" \
		-kernel "$1" -initrd "$2" \
		-append "console=ttyS0 quiet panic=-1${4:+ $4}" \
		</dev/null >"$3/console.log" 2>&1 || rc=$?
	case $rc in
	0) ;;
	124 | 137)
		echo "qemu: timed out after $limit s" >&2
		return 1
		;;
	*)
		echo "qemu: exit status $rc" >&2
		return 1
		;;
	esac
}

# check_logs LOGDIR: print what went wrong in the run; 1 if anything did.
# The kernel log is scanned whole, or the console if /init did not get to
# write the log.
check_logs() {
	local hits ok=0 log=$1/kernel.log
	[[ -s $log ]] || log=$1/console.log
	if grep '^seam-init: .*failed' "$1/console.log" >&2; then
		ok=1
	fi
	if ! grep -q '^seam-init: done' "$1/console.log"; then
		echo "qemu: /init did not finish" >&2
		ok=1
	fi
	if hits=$(grep -E 'BUG:|WARNING:|Oops|Call Trace|KASAN:|UBSAN:|CFI failure|Kernel panic' "$log"); then
		echo "qemu: kernel error report in $log:" >&2
		printf '%s\n' "$hits" >&2
		ok=1
	fi
	return "$ok"
}
