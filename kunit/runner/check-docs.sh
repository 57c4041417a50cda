#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Run the commands the documentation marks as runnable, as a reader would
# paste them:
#   check-docs.sh OUTDIR
#
# A runnable block is a ```sh fence right after a line
#   <!-- runnable -->
# in README.md or samples/README.md. OUTDIR/tree gets a copy of the source
# tree (the files git tracks, or all but build/ outside git); each block
# runs there with "bash -e", from the top of the copy, in document order
# (README.md first), so a block may use what an earlier one built. The
# cache ($SEAM_CACHE) is shared; O is unset, as in a fresh shell.
#
# Prints "ok - FILE:LINE: first command" or "not ok - ..." per block (the
# block is OUTDIR/FILE-LINE.sh, its output OUTDIR/FILE-LINE.log), then
# "docs: N passed, N failed".
set -uo pipefail

here=$(dirname "$(readlink -f "$0")")
root=$(readlink -f "$here/../..")
# shellcheck source=SCRIPTDIR/outdir.sh
source "$here/outdir.sh"
if [[ $# -ne 1 ]]; then
	echo "usage: $0 OUTDIR" >&2
	exit 2
fi
out=$(seam_outdir check-docs.sh "$1") || exit 2
unset O STAGES SUITE KDIR KSRC MAKEFLAGS MAKELEVEL MFLAGS

copy=$out/tree
rm -rf "$copy"
mkdir -p "$copy"
if git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	(cd "$root" && git ls-files -z | xargs -0 cp --parents -t "$copy") || exit 1
else
	rsync -a --exclude=/build "$root/" "$copy/" || exit 1
fi

pass=0
fail=0
for doc in README.md samples/README.md; do
	# awk writes each runnable block to OUTDIR/FILE-LINE.sh, prints LINE.
	prefix=$out/${doc//\//-}
	while read -r line; do
		script=$prefix-$line.sh
		first=$(grep -m1 -v '^\s*\(#\|$\)' "$script")
		if (cd "$copy" && bash -e "$script") >"${script%.sh}.log" 2>&1 </dev/null; then
			echo "ok - $doc:$line: $first"
			pass=$((pass + 1))
		else
			echo "not ok - $doc:$line: $first"
			echo "#   log: ${script%.sh}.log"
			tail -n 10 "${script%.sh}.log" | sed 's/^/#   /'
			fail=$((fail + 1))
		fi
	done < <(awk -v prefix="$prefix" '
		/^<!-- runnable -->$/ { marked = NR; next }
		/^```sh$/ && marked == NR - 1 {
			start = NR; file = prefix "-" NR ".sh"
			printf "" >file; print start; next
		}
		/^```$/ && start { close(file); start = 0; next }
		start { print >>file }
	' "$root/$doc")
done
if [[ $((pass + fail)) == 0 ]]; then
	echo "not ok - no runnable block in README.md or samples/README.md"
	fail=1
fi
echo "docs: $pass passed, $fail failed"
[[ $fail == 0 ]]
