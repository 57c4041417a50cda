#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Install the Debian packages the seamcall project needs (run as root):
#   deps.sh
# When everything is already installed this only runs one dpkg-query and
# says so. Otherwise it prints each package it installs, with the version
# apt chose, and installs them without recommends. Messages go to stderr,
# so that "demo.sh --format mermaid >file" stays clean.
set -euo pipefail

packages=(
	build-essential gcc-12 make linux-headers-amd64 linux-source-6.12
	qemu-system-x86 sparse clang-16 lld-16 llvm-16 busybox-static cpio
	kmod bc flex bison libelf-dev libssl-dev dwarves python3 xz-utils
	rsync valgrind gnuplot-nox file libclang-rt-16-dev clang-19 lld-19
	llvm-19 coccinelle groff-base
)

# Names of the listed packages that are fully installed ("ii").
installed=$(dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' \
	"${packages[@]}" 2>/dev/null | awk '$1 == "ii" { print $2 }') || true

missing=()
for pkg in "${packages[@]}"; do
	grep -qxF "$pkg" <<<"$installed" || missing+=("$pkg")
done
if [[ ${#missing[@]} -eq 0 ]]; then
	echo "deps.sh: all ${#packages[@]} packages installed" >&2
	exit 0
fi

if [[ $EUID -ne 0 ]]; then
	echo "deps.sh: missing packages: ${missing[*]}; run me as root" >&2
	exit 1
fi
echo "deps.sh: installing ${#missing[@]} package(s): ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -q >/dev/null
apt-get install -y -q --no-install-recommends "${missing[@]}" |
	grep -E '^(Setting up|E:)' >&2 || true
for pkg in "${missing[@]}"; do
	st=$(dpkg-query -W -f='${db:Status-Abbrev}|${Version}' "$pkg" 2>/dev/null) || true
	if [[ $st != ii* ]]; then
		echo "deps.sh: $pkg did not install" >&2
		exit 1
	fi
	echo "deps.sh: installed $pkg ${st#*|}" >&2
done
