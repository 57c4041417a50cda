#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Print the seamcall build environment as shell "export" lines. Run it,
# do not source it. It only reads the dpkg database and the Linux 7.x
# version stamp in the cache; prepare.sh and kernel.sh fill the paths.
#
#   env_sh=$(kunit/runner/env.sh) && eval "$env_sh"     # shell scripts
#   KDIR_61 ?= $(shell kunit/runner/env.sh KDIR_61)     # Makefiles
#
# (eval "$(kunit/runner/env.sh)" works too but ignores a failure.)
# With a variable name as argument it prints just that value.
#
#   SEAM_CACHE        cache for everything heavy; may be preset
#                     (default ${XDG_CACHE_HOME:-$HOME/.cache}/seamcall)
#   KDIR_61           installed Debian 6.1 headers (linux-headers-amd64)
#   KDIR_612          Debian 6.12 headers extracted in the cache
#   KSRC_612          linux-source-6.12 extracted in the cache
#   KBUILD_GCC        KUnit kernel build dir, gcc-12
#   KBUILD_CLANG      KUnit kernel build dir, clang-16 (LLVM=-16)
#   STOCK_61_VMLINUZ  Debian's stock 6.1 kernel image, extracted
#   SEAM_DEBVER_61    Debian version of the 6.1 headers/image packages
#   SEAM_DEBVER_612   Debian version of linux-source-6.12
#   KSRC_7            newest linux-source-7.* of trixie-backports,
#                     extracted in the cache ("prepare.sh linux7")
#   KBUILD_GCC7       KUnit kernel build dir for it, gcc-12, TDX host
#   KBUILD_CLANG7     the same with clang-19 (LLVM=-19)
#   SEAM_DEBVER_7     Debian version of that linux-source-7.*
#
# The 7.x source is not a dpkg package here: its version is the one
# "prepare.sh linux7" recorded in $SEAM_CACHE/linux7.version. Without that
# file the four 7.x variables are left out of the listing, and asking for
# one of them by name fails with a hint.
set -euo pipefail

# pkg_field PKG FIELD: print FIELD of installed package PKG, or fail.
pkg_field() {
	local out
	out=$(dpkg-query -W -f="\${db:Status-Abbrev}|\${$2}" "$1" 2>/dev/null) || true
	if [[ $out != ii* ]]; then
		echo "env.sh: package $1 is not installed; run kunit/runner/deps.sh" >&2
		return 1
	fi
	printf '%s\n' "${out#*|}"
}

vars=()
# set_var NAME VALUE: define one of the printed variables.
set_var() {
	vars+=("$1")
	printf -v "$1" '%s' "$2"
}

set_var SEAM_CACHE "${SEAM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/seamcall}"

# linux-headers-amd64 depends on "linux-headers-<abi>-amd64 (= <version>)".
dep=$(pkg_field linux-headers-amd64 Depends)
if [[ ! $dep =~ ^linux-headers-([^ ]+)-amd64\ \(=\ ([^\)]+)\)$ ]]; then
	echo "env.sh: unexpected linux-headers-amd64 Depends: $dep" >&2
	exit 1
fi
abi61=${BASH_REMATCH[1]}
ver61=${BASH_REMATCH[2]}
ver612=$(pkg_field linux-source-6.12 Version)

set_var KDIR_61 "/usr/src/linux-headers-$abi61-amd64"
set_var KDIR_612 "$SEAM_CACHE/linux-headers-$ver612/kdir"
set_var KSRC_612 "$SEAM_CACHE/linux-source-$ver612"
set_var KBUILD_GCC "$SEAM_CACHE/kunit-gcc"
set_var KBUILD_CLANG "$SEAM_CACHE/kunit-clang"
set_var STOCK_61_VMLINUZ \
	"$SEAM_CACHE/linux-image-$abi61-amd64_$ver61/boot/vmlinuz-$abi61-amd64"
set_var SEAM_DEBVER_61 "$ver61"
set_var SEAM_DEBVER_612 "$ver612"

ver7_file=$SEAM_CACHE/linux7.version
if [[ -f $ver7_file ]]; then
	ver7=$(<"$ver7_file")
	if [[ ! $ver7 =~ ^7\.[0-9]+[0-9A-Za-z.+~-]*$ ]]; then
		echo "env.sh: bad version \"$ver7\" in $ver7_file" >&2
		exit 1
	fi
	set_var KSRC_7 "$SEAM_CACHE/linux-source-$ver7"
	set_var KBUILD_GCC7 "$SEAM_CACHE/kunit-gcc7"
	set_var KBUILD_CLANG7 "$SEAM_CACHE/kunit-clang7"
	set_var SEAM_DEBVER_7 "$ver7"
elif [[ $# -eq 1 && $1 =~ ^(KSRC_7|KBUILD_GCC7|KBUILD_CLANG7|SEAM_DEBVER_7)$ ]]; then
	echo "env.sh: $1: no Linux 7.x source in $SEAM_CACHE;" \
		"run kunit/runner/prepare.sh linux7" >&2
	exit 1
fi

if [[ $# -eq 1 ]]; then
	if [[ " ${vars[*]} " != *" $1 "* ]]; then
		echo "env.sh: unknown variable $1" >&2
		exit 1
	fi
	printf '%s\n' "${!1}"
	exit 0
fi
for var in "${vars[@]}"; do
	printf 'export %s=%q\n' "$var" "${!var}"
done
