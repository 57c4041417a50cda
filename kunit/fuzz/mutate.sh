#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Break the model on purpose and check that the fuzzer finds it:
#
#   mutate.sh OUTDIR
#
# Each mutation is applied to a copy of the tree in OUTDIR/fuzz/mutate/NAME/
# (the repository is not touched); the fuzzer is built from that copy and
# run as in make check (run.sh). A mutation passes when the run fails with
# the expected message. Prints one "ok - mutate NAME: ..." or
# "not ok - mutate NAME: ..." line per mutation, then
# "fuzz-mutate: N passed, N failed". Exit status 0 when all were found.
set -euo pipefail

here=$(dirname "$(readlink -f "$0")")
root=$(readlink -f "$here/../..")
if [[ $# != 1 ]]; then
	echo "usage: $0 OUTDIR" >&2
	exit 2
fi
base=$(readlink -m "$1")/fuzz/mutate
pass=0
fail=0

# mutate NAME FILE EXPECT OLD NEW: in the copy, replace the first OLD in
# kunit/model/FILE by NEW (Python string literals), then fuzz and expect a
# failure whose message contains EXPECT.
mutate() {
	local name=$1 file=$2 expect=$3 old=$4 new=$5 tree res
	tree=$base/$name/tree
	rm -rf "${base:?}/${name:?}"
	mkdir -p "$tree"
	cp -r "$root/include" "$root/asm" "$tree/"
	mkdir -p "$tree/kunit"
	cp -r "$root/kunit/model" "$root/kunit/user" "$root/kunit/fuzz" "$tree/kunit/"
	if ! python3 - "$tree/kunit/model/$file" "$old" "$new" <<'PY'
import sys
path, old, new = sys.argv[1], eval(sys.argv[2]), eval(sys.argv[3])
text = open(path).read()
if old not in text:
    sys.exit(1)
open(path, 'w').write(text.replace(old, new, 1))
PY
	then
		echo "not ok - mutate $name: the code to break is gone from $file; update mutate.sh"
		fail=$((fail + 1))
		return
	fi
	res=$("$tree/kunit/fuzz/run.sh" "$base/$name" || true)
	if [[ $res == *"1 crash"*"$expect"* ]]; then
		echo "ok - mutate $name: $res"
		pass=$((pass + 1))
	else
		echo "not ok - mutate $name: expected \"$expect\", got: $res"
		fail=$((fail + 1))
	fi
}

# An error path that changes state: MNG.CREATE marks the KeyID's caches as
# flushed before it checks the TDR page.
mutate error-changes-state model_td.c "an error changed the state" \
	'"\tst = model_check_page(m, r->rcx, SEAM_PT_NDA, SEAM_OPERAND_ID_RCX, &idx);\n"' \
	'"\tm->sys.kot[r->rdx].flushed = 1;\n\tst = model_check_page(m, r->rcx, SEAM_PT_NDA, SEAM_OPERAND_ID_RCX, &idx);\n"'

# The PAMT and the S-EPT disagree: SEPT.REMOVE unmaps the S-EPT page but
# leaves it to the TD.
mutate sept-vs-pamt model_sept.c "S-EPT" \
	'"\t\treturn model_state_err(m, r, SEAM_TDX_EPT_PAGE_NOT_FREE, idx, level);\n\tmodel_td_page_free(m, idx);\n"' \
	'"\t\treturn model_state_err(m, r, SEAM_TDX_EPT_PAGE_NOT_FREE, idx, level);\n\tm->mem.pages[idx].sept_state = 0;\n"'

# The child count disagrees with the pages: SEPT.REMOVE frees the S-EPT
# page without counting it off the TD.
mutate child-count model_sept.c "child count" \
	'"\t\treturn model_state_err(m, r, SEAM_TDX_EPT_PAGE_NOT_FREE, idx, level);\n\tmodel_td_page_free(m, idx);\n"' \
	'"\t\treturn model_state_err(m, r, SEAM_TDX_EPT_PAGE_NOT_FREE, idx, level);\n\tmodel_pamt_free(&m->mem.pages[idx]);\n"'

# An error path that changes state the way module 1.5 does and the model
# does not: TDH.VP.RD and TDH.VP.WR associate the vCPU before they look
# up the field (tdh_vp_rd_wr.c), so a bad field leaves it associated.
mutate vp-rd-assoc model_md.c "an error changed the state" \
	'"\tif ((id & MD_ID_MUST_BE_0) || !md_lookup(SEAM_MD_SCOPE_VP, id, &ref))\n"' \
	'"\tmodel_do_assoc(m, vp, td);\n\tif ((id & MD_ID_MUST_BE_0) || !md_lookup(SEAM_MD_SCOPE_VP, id, &ref))\n"'

echo "fuzz-mutate: $pass passed, $fail failed"
[[ $fail == 0 ]]
