#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Source this file for seam_outdir, the one check every script makes on
# the output directory it was given (make's O=):
#
#   out=$(seam_outdir SCRIPT PATH) || exit 2
#
# It prints PATH made absolute and creates it, parents included, as Kbuild
# does with O=. It refuses, with a message naming SCRIPT, an empty PATH,
# "/", a directory that holds the source tree, a directory inside the
# source tree other than build/, and a PATH it cannot create or write.

# seam_outdir SCRIPT PATH
seam_outdir() {
	local who=$1 dir root
	root=$(readlink -f "$(dirname "${BASH_SOURCE[0]}")/../..")
	if [[ -z ${2:-} ]]; then
		echo "$who: the output directory (O=) is empty" >&2
		return 1
	fi
	dir=$(readlink -m -- "$2")
	if [[ -z $dir || $dir == / ]]; then
		echo "$who: refusing output directory '$2'" >&2
		return 1
	fi
	case $root/ in
	"$dir"/*)
		echo "$who: output directory $dir holds the source tree $root; pick another O=" >&2
		return 1
		;;
	esac
	case $dir/ in
	"$root"/build/*) ;;
	"$root"/*)
		echo "$who: output directory $dir is inside the source tree; use $root/build or a path outside it" >&2
		return 1
		;;
	esac
	if ! mkdir -p -- "$dir" 2>/dev/null || [[ ! -d $dir || ! -w $dir ]]; then
		echo "$who: cannot create or write the output directory $dir (O=$2)" >&2
		return 1
	fi
	printf '%s\n' "$dir"
}

# Run as a script: outdir.sh PATH checks PATH and prints it.
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
	set -euo pipefail
	seam_outdir make "${1:-}"
fi
