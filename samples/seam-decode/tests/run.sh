#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# The tests of seam-decode (make -C samples/seam-decode check):
#   run.sh BINARY HEADER OUTDIR RELEASE_BINARY PR_STATUS
# BINARY is the sanitizer build, HEADER the seamcall.h it was built from,
# OUTDIR a scratch directory (emptied first), RELEASE_BINARY the build that
# "make install" installs, PR_STATUS tests/pr_status.c built against HEADER. Prints one "ok"/"not ok" line per test and ends
# with "decode: N passed, N failed".
set -euo pipefail

here=$(dirname "$(readlink -f "$0")")
bin=$(readlink -f "$1")
hdr=$(readlink -f "$2")
out=$3
rel=$(readlink -f "$4")
pr_status=$(readlink -f "$5")
passed=0
failed=0

rm -rf "$out"
mkdir -p "$out"
out=$(readlink -f "$out")

result() {
	if [[ $2 == 0 ]]; then
		echo "ok - $1"
		passed=$((passed + 1))
	else
		echo "not ok - $1"
		[[ -z ${3:-} ]] || sed 's/^/#   /' "$3" | head -40
		failed=$((failed + 1))
	fi
}

# run_case NAME: tests/cases/NAME.args (one argument a line; paths are
# relative to tests/) against NAME.out (stdout and stderr) and NAME.rc.
run_case() {
	local name=$1 rc=0 want
	local -a args=()

	mapfile -t args <"$here/cases/$name.args"
	(cd "$here" && "$bin" "${args[@]}") >"$out/$name.out" 2>&1 || rc=$?
	want=$(cat "$here/cases/$name.rc")
	if [[ $rc != "$want" ]]; then
		echo "exit status $rc, expected $want" >"$out/$name.diff"
		result "case $name" 1 "$out/$name.diff"
		return
	fi
	if diff -u "$here/cases/$name.out" "$out/$name.out" >"$out/$name.diff"; then
		result "case $name" 0
	else
		result "case $name" 1 "$out/$name.diff"
	fi
}

for args in "$here"/cases/*.args; do
	run_case "$(basename "$args" .args)"
done

# Standard input, as "--log" and as "--log -".
for how in "" "-"; do
	rc=0
	"$bin" --log $how <"$here/corpus/kvm.log" >"$out/stdin.out" 2>&1 || rc=$?
	diff -u "$here/cases/log-kvm.out" "$out/stdin.out" >"$out/stdin.diff" || rc=1
	result "--log ${how:-(no file)} reads standard input" $rc "$out/stdin.diff"
done

# seam_pr_status() prints what tests/pr_status.expected holds, and
# seam-decode reads it back.
rc=0
"$pr_status" >"$out/pr_status.log" 2>&1 || rc=$?
diff -u "$here/pr_status.expected" "$out/pr_status.log" >"$out/pr_status.diff" ||
	rc=1
result "seam_pr_status() prints the lines in tests/pr_status.expected" $rc \
	"$out/pr_status.diff"
rc=0
"$bin" --log "$out/pr_status.log" >"$out/pr_status.out" 2>&1 || rc=$?
if [[ $rc == 1 ]]; then
	rc=0
	: >"$out/pr_status.decoded.diff"
else
	echo "exit status $rc, expected 1" >"$out/pr_status.decoded.diff"
	rc=1
fi
diff -u "$here/pr_status.decoded" "$out/pr_status.out" \
	>>"$out/pr_status.decoded.diff" || rc=1
result "seam-decode --log reads seam_pr_status() back (tests/pr_status.decoded)" \
	$rc "$out/pr_status.decoded.diff"

# The JSON of every log, every case with --json and --dump-abi against the
# schema, one document at a time.
: >"$out/json.txt"
for log in "$here"/corpus/*.log; do
	"$bin" --json --log "$log" >>"$out/json.txt" || true
done
grep -h '^{"kind"' "$out"/*.out >>"$out/json.txt" || true
{ "$bin" --dump-abi || true; } | tr -d '\n' >>"$out/json.txt"
echo >>"$out/json.txt"
rc=0
python3 "$here/validate.py" "$here/schema.json" "$out/json.txt" \
	>"$out/validate.log" 2>&1 || rc=$?
result "$(wc -l <"$out/json.txt") JSON documents match tests/schema.json" \
	$rc "$out/validate.log"

# The validator rejects what the schema forbids.
bad=0
while read -r doc; do
	echo "$doc" >"$out/bad.json"
	if python3 "$here/validate.py" "$here/schema.json" "$out/bad.json" \
		>/dev/null 2>&1; then
		echo "accepted: $doc"
		bad=1
	fi
done <"$here/schema-bad.txt" >"$out/bad.log"
result "the validator rejects $(wc -l <"$here/schema-bad.txt") bad documents" \
	$bad "$out/bad.log"

# Every number the header defines decodes to its own name.
rc=0
python3 "$here/roundtrip.py" "$hdr" "$bin" >"$out/roundtrip.log" 2>&1 || rc=$?
sed 's/^/# /' "$out/roundtrip.log"
result "round trip of every status, leaf, operand, class, field and P-SEAMLDR status" \
	$rc "$out/roundtrip.log"

# The typed wrappers of the header load exactly the registers the leaf
# table says the leaf reads, and store only registers it writes.
rc=0
python3 "$here/wrappers.py" "$hdr" "$bin" >"$out/wrappers.log" 2>&1 || rc=$?
sed 's/^/# /' "$out/wrappers.log"
result "the seam_tdh_*() wrappers agree with seam_leaf_descs()" $rc \
	"$out/wrappers.log"

# README.md's leaf table is the one leaf-table.py prints from the header.
rc=0
readme=$here/../../../README.md
"$bin" --dump-abi >"$out/abi.json" &&
	python3 "$here/../leaf-table.py" "$hdr" "$out/abi.json" >"$out/leaf-table.md" &&
	sed -n '/^<!-- leaf-table:begin/,/^<!-- leaf-table:end/p' "$readme" |
	sed '1d;$d' >"$out/leaf-table.readme" &&
	diff -u "$out/leaf-table.readme" "$out/leaf-table.md" >"$out/leaf-table.log" 2>&1 ||
	rc=1
result "README.md's leaf table matches leaf-table.py" $rc "$out/leaf-table.log"

# version-table.py prints one row per leaf version of seam_leaf_releases().
rc=0
python3 "$here/../version-table.py" "$hdr" "$out/abi.json" >"$out/version-table.md" &&
	want=$(python3 -c 'import json, sys
r = json.load(open(sys.argv[1]))["releases"]
print(len({(x["fn"]) for x in r}))' "$out/abi.json") &&
	got=$(grep -c '^| TDH\.' "$out/version-table.md") &&
	[[ $want -gt 100 && $got -eq $want ]] || rc=1
result "version-table.py prints one row per leaf version (${got:-?} of ${want:-?})" $rc \
	"$out/version-table.md"

# README.md's version table is the one version-table.py prints.
rc=0
sed -n '/^<!-- version-table:begin/,/^<!-- version-table:end/p' "$readme" |
	sed '1d;$d' >"$out/version-table.readme" &&
	diff -u "$out/version-table.readme" "$out/version-table.md" \
		>"$out/version-table.log" 2>&1 || rc=1
result "README.md's version table matches version-table.py" $rc "$out/version-table.log"

# The installed program is the release build, and says the same.
rc=0
make --no-print-directory -s -C "$here/.." O="$out/o" install \
	PREFIX=/usr DESTDIR="$out/root" >"$out/install.log" 2>&1 || rc=$?
if [[ $rc == 0 ]]; then
	[[ -x $out/root/usr/bin/seam-decode &&
	   -f $out/root/usr/share/man/man1/seam-decode.1 ]] || rc=1
	"$out/root/usr/bin/seam-decode" --log "$here/corpus/kvm.log" \
		>"$out/installed.out" 2>&1 || rc=1
	diff -u "$here/cases/log-kvm.out" "$out/installed.out" >>"$out/install.log" ||
		rc=1
fi
result "make install PREFIX=/usr DESTDIR=... installs a working binary and the man page" \
	$rc "$out/install.log"
rc=0
"$rel" --dump-abi >"$out/release.out" 2>&1 || rc=$?
diff -u "$here/cases/dump-abi.out" "$out/release.out" >"$out/release.diff" || rc=1
result "the release build prints what the sanitizer build prints" $rc \
	"$out/release.diff"

# The man page is plain roff, and documents every option.
rc=0
if ! command -v groff >/dev/null; then
	echo "groff is not installed (Debian: groff-base)" >"$out/man.log"
	rc=1
elif ! groff -man -ww -z -Tutf8 "$here/../seam-decode.1" >"$out/man.log" 2>&1 ||
	[[ -s $out/man.log ]]; then
	rc=1
fi
for opt in --json --leaf --field --log --dump-abi --help; do
	grep -q -- "${opt//-/\\\\-}" "$here/../seam-decode.1" ||
		{ echo "not documented: $opt" >>"$out/man.log"; rc=1; }
done
result "seam-decode.1 renders without warnings and documents every option" \
	$rc "$out/man.log"

echo "decode: $passed passed, $failed failed"
[[ $failed == 0 ]]
