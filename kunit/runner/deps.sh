#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Install the Debian packages the seamcall project needs (run as root).
# When everything is already installed this only runs one dpkg-query.
set -euo pipefail

packages=(
	build-essential gcc-12 make linux-headers-amd64 linux-source-6.12
	qemu-system-x86 sparse clang-16 lld-16 llvm-16 busybox-static cpio
	kmod bc flex bison libelf-dev libssl-dev dwarves python3 xz-utils
	rsync valgrind gnuplot-nox file
)

# Names of the listed packages that are fully installed ("ii").
installed=$(dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' \
	"${packages[@]}" 2>/dev/null | awk '$1 == "ii" { print $2 }') || true

missing=()
for pkg in "${packages[@]}"; do
	grep -qxF "$pkg" <<<"$installed" || missing+=("$pkg")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $EUID -ne 0 ]]; then
	echo "deps.sh: missing packages: ${missing[*]}; run me as root" >&2
	exit 1
fi
echo "deps.sh: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends "${missing[@]}"
