#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# splice.sh HEADER DECODE_LAYER ABI_ADDITIONS OUT: write OUT, a copy of
# HEADER with its decoding layer replaced by DECODE_LAYER and the constants
# of ABI_ADDITIONS added before the C part, so seam-decode can be built
# before the two staging files are pasted into include/seamcall.h. Once the
# header has them (it defines seam_leaf_descs()), OUT is a plain copy.
#
# The layer to replace lies between the lines "/* Layer 7: decoding --
# begin */" and "/* Layer 7: decoding -- end */"; a header without those
# markers is cut from "/* Layer 7: status decoding. */" to the last
# "#endif /* !__ASSEMBLER__ */". The SPDX line of each staging file, and
# the blank lines after it, are dropped.
set -euo pipefail

hdr=$1
layer=$2
adds=$3
out=$4
tmp="$out.tmp"

if grep -q 'seam_leaf_descs' "$hdr"; then
	cp "$hdr" "$tmp"
	mv "$tmp" "$out"
	exit 0
fi

awk -v layer="$layer" -v adds="$adds" '
function paste(file,	line, body) {
	body = 0
	while ((getline line < file) > 0) {
		if (!body && (line ~ /SPDX-License-Identifier/ || line == ""))
			continue
		body = 1
		print line
	}
	close(file)
}
FNR == NR {
	if ($0 == "/* Layer 7: decoding -- begin */")
		markers = 1
	if ($0 == "#endif /* !__ASSEMBLER__ */")
		last_endif = FNR
	next
}
!added && /^#ifndef __ASSEMBLER__/ {
	paste(adds)
	print ""
	added = 1
}
markers && $0 == "/* Layer 7: decoding -- begin */" {
	print
	paste(layer)
	skip = 1
	next
}
markers && $0 == "/* Layer 7: decoding -- end */" {
	print ""
	skip = 0
}
!markers && $0 == "/* Layer 7: status decoding. */" {
	paste(layer)
	skip = 1
	next
}
!markers && FNR == last_endif {
	print ""
	skip = 0
}
!skip { print }
END {
	if (!added)
		exit 1
}' "$hdr" "$hdr" > "$tmp"
grep -q 'seam_leaf_descs' "$tmp"
mv "$tmp" "$out"
