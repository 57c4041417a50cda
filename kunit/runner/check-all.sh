#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Everything "make check" runs, stage by stage, with one total at the end:
#   [STAGES="user kunit-gcc"] [SUITE=GLOB] check-all.sh [OUTDIR]
#
# OUTDIR (make's O=, default build/) gets one log per stage, NAME.log, and
# the stage's own files under NAME/. The stages, in order, are the lines of
# the table below; STAGES picks some of them by name. SUITE is a KUnit
# filter, "suite_glob" or "suite_glob.case_glob" as the kernel's
# kunit.filter_glob takes it; it applies to the stages that run the KUnit
# suites, which are then the only ones run unless STAGES names others. A
# suite stage in which SUITE matches no test fails.
#
# Before a stage runs, what it needs is made once: the 6.12 source and
# headers and the stock 6.1 image (prepare.sh), the KUnit kernels
# (kernel.sh). Their logs are OUTDIR/prepare-*.log and kernel-*.log.
#
# Every stage runs even if an earlier one failed. Each prints one line per
# suite and a count line "=== NAME: N passed, N failed, N skipped (T s)";
# the run ends with the list of failed tests, each with its stage and log,
# and "N passed, N failed, N skipped". Exit status 1 if anything failed,
# 2 if the arguments are wrong.
set -uo pipefail

here=$(dirname "$(readlink -f "$0")")
root=$(readlink -f "$here/../..")
# shellcheck source=SCRIPTDIR/outdir.sh
source "$here/outdir.sh"
out=$(seam_outdir check-all.sh "${1:-$root/build}") || exit 2

# The kernel builds get an O= of their own: never the caller's, which make
# passes down in MAKEFLAGS ("-- O=dir") and in the environment.
unset O
makeflags=$(sed -E 's/(^| )O=([^ \\]|\\.)*//g' <<<"${MAKEFLAGS:-}")
jobs=$(nproc)
export MAKEFLAGS="-j$jobs $makeflags"
suite=${SUITE:-}
read -r -a wanted <<<"${STAGES:-}"
unset SUITE STAGES

# The stages. One line each: name, "suite" if SUITE applies to it, what it
# needs first (prepare.sh and kernel.sh arguments: p:WHAT, k:WHAT), and the
# command. A stage's log is OUTDIR/NAME.log; results are read from the file
# the command leaves in $results (KTAP, "ok - NAME" lines or kunit.py JSON;
# default: the log).
names=()
declare -A st_suite st_needs st_cmd
stage_def() {
	names+=("$1")
	st_suite[$1]=$2
	st_needs[$1]=$3
	st_cmd[$1]=$4
}
stage_def compile       -     "p:all k:gcc k:clang k:gcc7" "run_compile"
stage_def user          suite ""                    "run_user user-check"
stage_def user-clang    suite ""                    "run_user user-clang"
stage_def user-valgrind suite ""                    "run_user user-valgrind"
stage_def kunit-gcc     suite "p:source612 k:gcc"   "run_kunit kunit-gcc KBUILD_GCC"
stage_def kunit-clang   suite "p:source612 k:clang" "run_kunit kunit-clang KBUILD_CLANG LLVM=-16"
stage_def kunit-gcc7    suite "p:linux7 k:gcc7"     "run_kunit kunit-gcc7 KBUILD_GCC7"
stage_def kunit-clang7  suite "p:linux7 k:clang7"   "run_kunit kunit-clang7 KBUILD_CLANG7 LLVM=-19"
stage_def kunit-tree    suite "p:source612"         "run_tree kunit-tree KSRC_612"
stage_def kunit-tree7   suite "p:linux7"            "run_tree kunit-tree7 KSRC_7"
stage_def regs          -     ""                    "run_make regs -C $root/kunit/regs check"
stage_def fuzz          -     ""                    "run_make fuzz -C $root/kunit/fuzz check"
stage_def upstream-md   -     "p:linux7"            "run_upstream_md"
stage_def samples       -     "p:all k:gcc"         "run_samples"
stage_def decode        -     ""                    "run_make decode -C $root/samples/seam-decode check"
stage_def kvm-port      -     "p:linux7 k:gcc7 k:clang7" "run_kvm_port"
stage_def docs          -     ""                    "run_docs"

usage() {
	echo "check-all.sh: $1; stages: ${names[*]}" >&2
	exit 2
}

# Which stages run.
selected=()
if [[ ${#wanted[@]} -gt 0 ]]; then
	for w in "${wanted[@]}"; do
		[[ -n ${st_cmd[$w]:-} ]] || usage "unknown stage '$w'"
	done
	for n in "${names[@]}"; do
		[[ " ${wanted[*]} " == *" $n "* ]] && selected+=("$n")
	done
else
	for n in "${names[@]}"; do
		[[ -z $suite || ${st_suite[$n]} == suite ]] && selected+=("$n")
	done
fi
suite_re='^[][A-Za-z0-9_*?.-]+$'
if [[ -n $suite && ! $suite =~ $suite_re ]]; then
	usage "SUITE='$suite' may hold letters, digits, _ - . and glob characters only"
fi

# ------------------------------------------------------------ prerequisites
declare -A done_needs
# need TOKEN: run prepare.sh or kernel.sh once; false if it failed.
need() {
	local tool arg log
	[[ -n ${done_needs[$1]:-} ]] && return "${done_needs[$1]}"
	case $1 in
	p:*) tool=prepare.sh ;;
	k:*) tool=kernel.sh ;;
	esac
	arg=${1#*:}
	log=$out/${tool%.sh}-$arg.log
	echo "--- $tool $arg (log: $log)"
	if "$here/$tool" "$arg" >"$log" 2>&1; then
		done_needs[$1]=0
	else
		done_needs[$1]=1
	fi
	return "${done_needs[$1]}"
}

# The paths env.sh prints, once the packages are there.
load_env() {
	local env_sh
	env_sh=$("$here/env.sh") && eval "$env_sh"
}

# ------------------------------------------------------------------ stages
# Each runs with its output going to the stage log; it sets $results.
run_compile() {
	"$root/kunit/compile/check.sh" "$out/compile"
}

run_user() {
	make --no-print-directory -f "$root/kunit/user/Makefile" O="$out" \
		SUITE="$suite" "$1"
}

# run_kunit NAME KBUILD_VAR [LLVM=-16]: the suites as one module, in QEMU.
run_kunit() {
	local name=$1 kbuild=${!2:-}
	shift 2
	results=$out/$name/log/kunit.json
	rm -f "$results"
	if [[ -z $kbuild ]]; then
		echo "not ok - env.sh does not know this kernel"
		return 1
	fi
	"$root/kunit/kernel/build.sh" "$kbuild" "$out/$name" "$@" &&
		SEAM_KUNIT_FILTER=$suite "$here/qemu-kunit.sh" "$kbuild" \
			"$out/$name/log" "$out/$name/seamcall_kunit.ko"
}

# run_tree NAME KSRC_VAR: the suites built into a copy of a kernel tree,
# kunit.py run; the copy and its build stay in the cache.
run_tree() {
	local ksrc=${!2:-}
	results=$out/$1/kunit.json
	rm -f "$results"
	if [[ -z $ksrc ]]; then
		echo "not ok - env.sh does not know this kernel tree"
		return 1
	fi
	"$root/kunit/tree/kunit-tree.sh" --run "$results" "$ksrc" \
		"$SEAM_CACHE/kunit-tree/${ksrc##*/}" ${suite:+"$suite"}
}

run_samples() {
	"$here/check-samples.sh" "$out/samples"
}

run_docs() {
	"$here/check-docs.sh" "$out/docs"
}

# Linux 7.x's metadata reader and KVM's metadata accesses, against the model.
run_upstream_md() {
	results=$out/upstream-md/upstream/upstream-md.log
	"$root/kunit/upstream/run.sh" "$out/upstream-md"
}

# The Linux 7.x KVM TDX code ported with Coccinelle, built and measured.
run_kvm_port() {
	"$root/samples/kvm-port/kvm-port.sh" "$out/kvm-port"
}

# run_make NAME MAKE_ARGS...: a make target that prints "ok - NAME" lines.
run_make() {
	local name=$1
	shift
	make --no-print-directory "$@" O="$out/$name"
}

# ----------------------------------------------------------------- running
total_pass=0
total_fail=0
total_skip=0
failures=()

# stage NAME: prerequisites, command, per-suite lines, count line.
stage() {
	local name=$1 log=$out/$1.log status=0 pass=0 fail=0 skip=0
	local start=$SECONDS kind rest sname p f s tok results own prereq=
	echo "=== $name (log: $log)"
	[[ -n $suite && ${st_suite[$name]} != suite ]] &&
		echo "    SUITE does not apply to $name: running all of it"
	for tok in ${st_needs[$name]}; do
		if [[ -z $prereq ]] && ! need "$tok"; then
			prereq=$tok
			status=1
		fi
	done
	if [[ -n $prereq ]]; then
		tok=${prereq#*:}
		[[ $prereq == p:* ]] && log=$out/prepare-$tok.log || log=$out/kernel-$tok.log
	fi
	results=$log
	if [[ $status == 0 ]]; then
		load_env >"$log" 2>&1 || status=1
	fi
	if [[ $status == 0 ]]; then
		# shellcheck disable=SC2086 # the command is a word list
		${st_cmd[$name]} >>"$log" 2>&1 </dev/null || status=$?
	fi
	while read -r kind rest; do
		case $kind in
		suite)
			read -r sname p f s <<<"$rest"
			printf '    %-26s %4d passed, %d failed, %d skipped\n' \
				"$sname" "$p" "$f" "$s"
			pass=$((pass + p))
			fail=$((fail + f))
			skip=$((skip + s))
			;;
		fail)
			# "TEST" or "TEST<TAB>its own log"
			if [[ $rest == *$'\t'* ]]; then
				failures+=("$name: ${rest%%$'\t'*}  (log: ${rest#*$'\t'})")
			else
				failures+=("$name: $rest  (log: $log)")
			fi
			;;
		esac
	done < <(python3 "$here/ktap-summary.py" "$name" "$results")
	# The stage's own count line, if it prints one, must agree.
	own=$(sed -nE 's/^(kunit-counts: passed=([0-9]+) failed=([0-9]+) skipped=([0-9]+)|[a-z0-9-]+: ([0-9]+) passed, ([0-9]+) failed(, ([0-9]+) skipped)?)$/\2\5 \3\6 \4\8/p' "$log" | tail -n 1)
	if [[ -n $own && $own != "$pass $fail $skip" && $own != "$pass $fail " ]]; then
		failures+=("$name: its count line says $own (passed failed skipped), the results $pass $fail $skip  (log: $log)")
		fail=$((fail + 1))
	fi
	if [[ $status != 0 && $fail == 0 ]]; then
		fail=1
		if [[ -n $prereq ]]; then
			failures+=("$name: not run, its prerequisite failed  (log: $log)")
		elif [[ -n $suite && $((pass + skip)) == 0 ]] &&
			grep -qE 'no test case matches|no test ran|0 tests run|Ran 0 tests' "$log"; then
			failures+=("$name: SUITE=$suite matches no test  (log: $log)")
		else
			failures+=("$name: failed before counting its tests, exit $status  (log: $log)")
		fi
		tail -n 5 "$log" | sed 's/^/#   /'
	fi
	echo "=== $name: $pass passed, $fail failed, $skip skipped" \
	     "($((SECONDS - start)) s)"
	total_pass=$((total_pass + pass))
	total_fail=$((total_fail + fail))
	total_skip=$((total_skip + skip))
}

if ! "$here/deps.sh" >"$out/deps.log" 2>&1; then
	cat "$out/deps.log" >&2
	echo "check-all.sh: deps.sh failed (run make deps as root)" >&2
	exit 1
fi
for n in "${selected[@]}"; do
	stage "$n"
done

if [[ ${#failures[@]} -gt 0 ]]; then
	echo "Failed:"
	printf '  %s\n' "${failures[@]}"
fi
echo "$total_pass passed, $total_fail failed, $total_skip skipped"
[[ $total_fail == 0 ]]
