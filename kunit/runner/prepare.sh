#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Download and extract into $SEAM_CACHE what env.sh points at:
#   prepare.sh [headers612|source612|stock61|linux7|all]     (default: all)
#
# linux7 takes the newest linux-source-7.* of Debian's trixie-backports
# through a private apt configuration and state in $SEAM_CACHE/apt-bpo, so
# the system's apt sources and state stay untouched, and records its
# version in $SEAM_CACHE/linux7.version. Once a 7.x tree is in the cache it
# is kept without asking the network; SEAM_LINUX7_REFRESH=1 looks for a
# newer one.
#
# Each tree is built in a temporary dir, stamped, then renamed into place,
# so an interrupted run never leaves a tree that looks finished.
set -euo pipefail

here=$(dirname "$(readlink -f "$0")")
env_sh=$("$here/env.sh")
eval "$env_sh"

what=${1:-all}
case $what in
headers612 | source612 | stock61 | linux7 | all) ;;
*)
	echo "usage: $0 [headers612|source612|stock61|linux7|all]" >&2
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

# bpo_apt CMD ARGS...: run apt-get or apt-cache on trixie-backports alone,
# with lists, cache and an empty dpkg status of its own. The Release file
# must carry a good signature from the trixie archive key.
bpo_apt() {
	local cmd=$1 dir=$SEAM_CACHE/apt-bpo
	shift
	mkdir -p "$dir"/{lists/partial,cache/archives/partial,parts.d}
	printf 'deb [signed-by=%s] %s trixie-backports main\n' \
		/usr/share/keyrings/debian-archive-trixie-automatic.gpg \
		http://deb.debian.org/debian >"$dir/sources.list"
	[[ -f $dir/status ]] || : >"$dir/status"
	"$cmd" -q -o APT::Sandbox::User=root \
		-o Dir::Etc::SourceList="$dir/sources.list" \
		-o Dir::Etc::SourceParts="$dir/parts.d" \
		-o Dir::Etc::Preferences="$dir/preferences" \
		-o Dir::Etc::PreferencesParts="$dir/parts.d" \
		-o Dir::State="$dir" -o Dir::State::Lists="$dir/lists" \
		-o Dir::State::status="$dir/status" -o Dir::Cache="$dir/cache" \
		"$@"
}

# newest7: print "PACKAGE VERSION" of the newest linux-source-7.* in the
# trixie-backports index.
newest7() {
	local names pkg ver best_pkg='' best_ver=''
	mapfile -t names < <(bpo_apt apt-cache pkgnames linux-source-7. |
		grep -xE 'linux-source-7\.[0-9]+')
	if [[ ${#names[@]} -eq 0 ]]; then
		echo "prepare.sh: no linux-source-7.* in trixie-backports" >&2
		return 1
	fi
	while read -r pkg ver; do
		if [[ -z $best_ver ]] || dpkg --compare-versions "$ver" gt "$best_ver"; then
			best_pkg=$pkg
			best_ver=$ver
		fi
	done < <(bpo_apt apt-cache madison "${names[@]}" |
		awk -F' *[|] *' '{ print $1, $2 }')
	printf '%s %s\n' "$best_pkg" "$best_ver"
}

# The Debian 7.x source tree, with Debian's patches applied.
linux7() {
	local stamp=$SEAM_CACHE/linux7.version newest pkg ver dest
	if [[ -f $stamp && ${SEAM_LINUX7_REFRESH:-0} != 1 ]]; then
		ver=$(<"$stamp")
		[[ $ver =~ ^7\.[0-9]+ ]] &&
			is_done "$SEAM_CACHE/linux-source-$ver" \
				"linux-source-${BASH_REMATCH[0]} $ver" && return
	fi
	bpo_apt apt-get update >&2
	newest=$(newest7)
	read -r pkg ver <<<"$newest"
	# Same layout as KSRC_7 in env.sh.
	dest=$SEAM_CACHE/linux-source-$ver
	if ! is_done "$dest" "$pkg $ver"; then
		mkdir "$tmp/debs7"
		(cd "$tmp/debs7" && bpo_apt apt-get download "$pkg=$ver") >&2
		dpkg-deb --fsys-tarfile "$tmp"/debs7/*.deb |
			tar -xO "./usr/src/$pkg.tar.xz" |
			tar -C "$tmp" -I 'xz -T0' -xf -
		rm -r "$tmp/debs7"
		publish "$tmp/$pkg" "$dest" "$pkg $ver"
	fi
	printf '%s\n' "$ver" >"$tmp/linux7.version"
	mv -T "$tmp/linux7.version" "$stamp"
}

case $what in
all)
	source612
	headers612
	stock61
	linux7
	;;
*) "$what" ;;
esac
