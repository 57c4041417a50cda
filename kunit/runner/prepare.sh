#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Download and extract into $SEAM_CACHE what env.sh points at:
#   prepare.sh [headers612|source612|stock61|all]     (default: all)
#
# Each tree is built in a temporary dir, stamped, then renamed into place,
# so an interrupted run never leaves a tree that looks finished.
set -euo pipefail

here=$(dirname "$(readlink -f "$0")")
env_sh=$("$here/env.sh")
eval "$env_sh"

what=${1:-all}
case $what in
headers612 | source612 | stock61 | all) ;;
*)
	echo "usage: $0 [headers612|source612|stock61|all]" >&2
	exit 2
	;;
esac

mkdir -p "$SEAM_CACHE"
exec {lock}>"$SEAM_CACHE/.prepare.lock"
if ! flock -n "$lock"; then
	echo "prepare.sh: waiting for another prepare.sh run" >&2
	flock "$lock"
fi
rm -rf "$SEAM_CACHE"/.prepare-tmp.*	# left over by interrupted runs
tmp=$(mktemp -d "$SEAM_CACHE/.prepare-tmp.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# is_done DIR WANT: DIR is a finished tree for WANT.
is_done() {
	[[ -f $1/.seam-stamp && $(<"$1/.seam-stamp") == "$2" ]]
}

# publish TREE DIR WANT: stamp TREE and rename it to DIR.
publish() {
	printf '%s\n' "$3" >"$1/.seam-stamp"
	rm -rf "$2"
	mv -T "$1" "$2"
	echo "prepare.sh: $2 ready" >&2
}

# fetch DIR PKG=VERSION...: apt-get download the packages into DIR.
fetch() {
	local dir=$1
	shift
	mkdir -p "$dir"
	(cd "$dir" && apt-get download -q -o APT::Sandbox::User=root "$@") ||
		{ echo "prepare.sh: download failed; try apt-get update" >&2; return 1; }
}

source612() {
	local want="linux-source-6.12 $SEAM_DEBVER_612"
	is_done "$KSRC_612" "$want" && return
	# The Debian tarball has many xz blocks, so threads help.
	tar -C "$tmp" -I 'xz -T0' -xf /usr/src/linux-source-6.12.tar.xz
	publish "$tmp/linux-source-6.12" "$KSRC_612" "$want"
}

# The 6.12 headers package depends on a 6.12 kernel image, so it is
# extracted rather than installed.
headers612() {
	local dest abi root deb
	local want="linux-headers-6.12-amd64 $SEAM_DEBVER_612"
	dest=$(dirname "$KDIR_612")
	is_done "$dest" "$want" && return
	# The meta package depends on "linux-headers-<abi>-amd64 (= ...)".
	abi=$(apt-cache show "linux-headers-6.12-amd64=$SEAM_DEBVER_612" |
		sed -n 's/^Depends: linux-headers-\([^ ]*\)-amd64 .*/\1/p' | head -n1)
	if [[ -z $abi ]]; then
		echo "prepare.sh: no linux-headers-6.12-amd64 $SEAM_DEBVER_612; try apt-get update" >&2
		return 1
	fi
	fetch "$tmp/debs612" "linux-headers-$abi-amd64=$SEAM_DEBVER_612" \
		"linux-headers-$abi-common=$SEAM_DEBVER_612" \
		"linux-kbuild-$abi=$SEAM_DEBVER_612"
	root=$tmp/headers612
	for deb in "$tmp"/debs612/*.deb; do
		dpkg-deb -x "$deb" "$root"
	done
	# Point the absolute include of the common Makefile at the final place.
	sed -i "s#^include /usr/src/#include $dest/usr/src/#" \
		"$root/usr/src/linux-headers-$abi-amd64/Makefile"
	ln -s "usr/src/linux-headers-$abi-amd64" "$root/kdir"
	publish "$root" "$dest" "$want"
}

# Debian's signed stock kernel image; only /boot of the package is kept.
stock61() {
	local dest pkg
	local want="stock61 $SEAM_DEBVER_61"
	dest=${STOCK_61_VMLINUZ%/boot/*}
	is_done "$dest" "$want" && return
	pkg=linux-image-${STOCK_61_VMLINUZ##*/vmlinuz-}
	fetch "$tmp/debs61" "$pkg=$SEAM_DEBVER_61"
	mkdir "$tmp/stock61"
	dpkg-deb --fsys-tarfile "$tmp"/debs61/*.deb | tar -C "$tmp/stock61" -x ./boot
	publish "$tmp/stock61" "$dest" "$want"
}

case $what in
all)
	source612
	headers612
	stock61
	;;
*) "$what" ;;
esac
