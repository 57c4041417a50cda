#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Write the seed corpus: one file per input line of seeds.txt.
#
#   seeds.sh SEEDS.TXT DIR
#
# A line is the input in hex (whitespace ignored), then optionally "#" and
# a comment; empty and comment-only lines are skipped. DIR is emptied first;
# the files are DIR/seed-NNN, in line order.
set -euo pipefail

if [[ $# != 2 ]]; then
	echo "usage: $0 SEEDS.TXT DIR" >&2
	exit 2
fi
rm -rf "$2"
mkdir -p "$2"
n=0
while IFS= read -r line; do
	hex=${line%%#*}
	hex=${hex//[[:space:]]/}
	[[ -z $hex ]] && continue
	if [[ ! $hex =~ ^([0-9a-fA-F]{2})+$ ]]; then
		echo "$0: not hex: $line" >&2
		exit 1
	fi
	n=$((n + 1))
	bytes=
	for ((i = 0; i < ${#hex}; i += 2)); do
		bytes+="\\x${hex:i:2}"
	done
	printf '%b' "$bytes" >"$(printf '%s/seed-%03d' "$2" "$n")"
done <"$1"
echo "seeds.sh: $n seeds in $2"
