#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Port Linux 7.x KVM TDX to seamcall.h with kvm-port.cocci, build it, check
# it and measure it against the unported code.
#
#   kvm-port.sh OUTDIR            port, build, check, print the tables
#   kvm-port.sh --porting-table   print the porting table of kvm-port.cocci
#   kvm-port.sh --apply TREE      port a Linux tree's arch/x86/kvm/vmx in
#                                 place and copy the three seamcall files in
#
# OUTDIR gets plain copies of arch/x86/kvm and virt/kvm of $KSRC_7 (about
# 3.5 MB each), one unported and one ported, and of arch/x86/kernel/process.c
# for the kernel patch. Both kvm-intel.ko are built as external modules
# against the KUnit kernel build $KBUILD_GCC7 (TDX host, KVM_INTEL=m) with
# W=1; nothing in $SEAM_CACHE is written. Each check prints "ok - ..." or
# "not ok - ..."; the run ends with the line "kvm-port: N passed, N failed"
# and fails if any check failed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
cocci=$here/kvm-port.cocci
kcocci=$here/kernel-export.cocci

# Hot call sites: leaf, KVM function issuing it, core wrapper, asm entry,
# and "--zero" where the function returns 0 on success.
hot_sites=(
	"TDH.MEM.PAGE.AUG tdx_mem_page_aug tdh_mem_page_aug __seamcall_ret --zero"
	"TDH.MEM.SEPT.ADD tdx_sept_map_nonleaf_spte tdh_mem_sept_add __seamcall_ret --zero"
	"TDH.MEM.TRACK tdx_track tdh_mem_track __seamcall"
	"TDH.VP.RD tdx_protected_apic_has_interrupt tdh_vp_rd __seamcall_ret"
)

die() {
	echo "kvm-port.sh: $*" >&2
	exit 1
}

# porting_table: one row per hunk of kvm-port.cocci, "-" lines against "+"
# lines, so the table cannot disagree with the semantic patch.
porting_table() {
	echo "| Linux 7.x KVM | seamcall port |"
	echo "| --- | --- |"
	awk '
	function flush() {
		if (minus != "")
			printf "| `%s` | %s |\n", minus,
				plus == "" ? "(removed)" : "`" plus "`"
		minus = ""
		plus = ""
	}
	function add(s, line) {
		sub(/^[-+][ \t]*/, "", line)
		gsub(/[ \t]+/, " ", line)
		gsub(/\|/, "\\|", line)
		return s == "" ? line : s " " line
	}
	# A rule is "@name@" or "@@", metavariables, "@@", then its body.
	/^@/ { flush(); state = state == "header" ? "body" : "header"; next }
	state != "body" { next }
	/^-/ { if (plus != "") flush(); minus = add(minus, $0); next }
	/^\+/ { plus = add(plus, $0); next }
	{ flush() }
	END { flush() }
	' "$cocci" | awk '!/`(bool resume;|int i;|[a-z]*:)`/'
}

# export_names KSRC: the tdh_*() functions <asm/tdx.h> declares.
export_names() {
	grep -o '\btdh_[a-z0-9_]*(' "$1/arch/x86/include/asm/tdx.h" |
		tr -d '(' | sort -u
}

# code_calls FILE NAME...: uses of NAMEs in FILE outside comments and
# string literals (calls, and names handed to tdh_do_no_vcpus()), one per
# line.
code_calls() {
	local file=$1
	shift
	gcc -fpreprocessed -dD -E -P -x c "$file" 2>/dev/null |
		sed -E 's/"([^"\\]|\\.)*"/""/g' |
		grep -owE "$(
			IFS='|'
			echo "$*"
		)" || true
}

# apply_port TREE NAME...: the port, as a downstream tree runs it: spatch
# over arch/x86/kvm/vmx, the #define pass over tdx.h, the three files.
apply_port() {
	local tree=$1 vmx=$1/arch/x86/kvm/vmx log
	shift
	log=$(cd "$tree" && spatch --very-quiet --no-show-diff --sp-file "$cocci" \
		--dir arch/x86/kvm/vmx --include-headers --in-place 2>&1) || {
		printf '%s\n' "$log" >&2
		return 1
	}
	if [[ -n $log ]]; then
		printf '%s\n' "$log" >&2
		return 1
	fi
	"$here/cocci-macros.py" "$cocci" "$vmx/tdx.h" "$@" >/dev/null
	cp "$root/include/seamcall.h" "$root/asm/seamcall.S" \
		"$here/seam_kvm.h" "$vmx/"
}

case ${1:-} in
--porting-table)
	porting_table
	exit 0
	;;
--apply)
	[[ $# -eq 2 && -f $2/arch/x86/kvm/vmx/tdx.c ]] ||
		die "usage: $0 --apply LINUX_TREE"
	mapfile -t names < <(export_names "$2")
	apply_port "$2" "${names[@]}"
	echo "ported $2/arch/x86/kvm/vmx; add to arch/x86/kvm/Makefile:"
	echo "  kvm-intel-\$(CONFIG_KVM_INTEL_TDX) += vmx/seamcall.o"
	echo "  AFLAGS_vmx/seamcall.o := -I \$(src)/vmx"
	echo "and, once kernel-export.cocci is applied to arch/x86/kernel/process.c:"
	echo "  ccflags-y += -DSEAM_KVM_KEXEC_FLAG"
	exit 0
	;;
-* | '')
	die "usage: $0 OUTDIR | --porting-table | --apply LINUX_TREE"
	;;
esac

out=$1
for tool in spatch python3 objdump nm size gcc make; do
	command -v "$tool" >/dev/null || die "$tool not found (kunit/runner/deps.sh)"
done
env_sh=$("$root/kunit/runner/env.sh")
eval "$env_sh"
[[ -d $KSRC_7 && -f $KBUILD_GCC7/Module.symvers ]] ||
	die "no Linux 7.x tree or build; run kunit/runner/prepare.sh linux7 and kernel.sh gcc7"

passed=0
failed=0
# check RC TEXT...: count and print one check as "ok - " or "not ok - ",
# the lines of TEXT after the first as "#" comments.
check() {
	local rc=$1 text
	shift
	text="$*"
	if [[ $rc == 0 ]]; then
		passed=$((passed + 1))
		printf 'ok - %s\n' "${text%%$'\n'*}"
	else
		failed=$((failed + 1))
		printf 'not ok - %s\n' "${text%%$'\n'*}"
	fi
	[[ $text != *$'\n'* ]] || printf '%s\n' "${text#*$'\n'}" | sed 's/^/#   /'
}

# Reuse OUTDIR only if it is empty or a previous run's.
if [[ -d $out && -n $(ls -A "$out") && ! -f $out/.kvm-port ]]; then
	die "$out is not empty and not a kvm-port.sh output directory"
fi
rm -rf "$out"
mkdir -p "$out"
out=$(cd "$out" && pwd)
: >"$out/.kvm-port"
mapfile -t names < <(export_names "$KSRC_7")
kver=$(<"$SEAM_CACHE/linux7.version")
echo "kvm-port: Linux $kver, ${#names[@]} tdh_*() exports in <asm/tdx.h>," \
	"$(spatch --version | head -1 | cut -d' ' -f1-3)"

# 1. Copies: upstream, ported, and the ported tdx.o without the kernel patch.
for tree in upstream ported; do
	mkdir -p "$out/$tree/arch/x86" "$out/$tree/virt"
	cp -r "$KSRC_7/arch/x86/kvm" "$out/$tree/arch/x86/"
	cp -r "$KSRC_7/virt/kvm" "$out/$tree/virt/"
	# Build each copy with its own headers, not $KSRC_7's.
	sed -i 's|^ccflags-y += -I $(srctree)/arch/x86/kvm$|ccflags-y += -I $(src)|' \
		"$out/$tree/arch/x86/kvm/Makefile"
	grep -q '^ccflags-y += -I $(src)$' "$out/$tree/arch/x86/kvm/Makefile" ||
		die "arch/x86/kvm/Makefile: include line not found"
done
vmx=$out/ported/arch/x86/kvm/vmx

# 2. The port.
sites=0
for f in tdx.c tdx.h; do
	n=$(code_calls "$vmx/$f" "${names[@]}" | wc -l)
	echo "kvm-port: $f: $n call sites of the exports"
	sites=$((sites + n))
done
rc=0
apply_port "$out/ported" "${names[@]}" 2>"$out/spatch.log" || rc=1
check $rc "spatch applied kvm-port.cocci and the #define pass without error"
left=$(cat <(code_calls "$vmx/tdx.c" "${names[@]}") \
	<(code_calls "$vmx/tdx.h" "${names[@]}") | sort | uniq -c || true)
[[ -z $left ]] && rc=0 || rc=1
check $rc "all $sites call sites converted, no export left${left:+: $left}"
diff -u "$out/upstream/arch/x86/kvm/vmx/tdx.c" "$vmx/tdx.c" >"$out/port.diff" || true
diff -u "$out/upstream/arch/x86/kvm/vmx/tdx.h" "$vmx/tdx.h" >>"$out/port.diff" || true
missing=$(for n in "${names[@]}"; do
	grep -q "^-$n(" "$cocci" || echo "$n"
done)
[[ -z $missing ]] && rc=0 || rc=1
check $rc "kvm-port.cocci has a rule for every export${missing:+ (missing: $missing)}"

# The README's porting table is this semantic patch's.
table=$(sed -n '/^<!-- kvm-port-table:begin/,/^<!-- kvm-port-table:end/p' \
	"$root/README.md" | sed '1d;$d')
[[ -n $table && $table == "$(porting_table)" ]] && rc=0 || rc=1
check $rc "README.md porting table matches kvm-port.sh --porting-table"

# 3. The kernel patch, in a copy: export cache_state_incoherent to KVM.
kdir=$out/kernel/arch/x86/kernel
mkdir -p "$kdir" "$out/kernel-orig/arch/x86/kernel"
cp "$KSRC_7/arch/x86/kernel/process.c" "$kdir/"
cp "$KSRC_7/arch/x86/kernel/process.c" "$out/kernel-orig/arch/x86/kernel/"
rc=0
log=$(spatch --very-quiet --no-show-diff --sp-file "$kcocci" --in-place \
	"$kdir/process.c" 2>&1) && [[ -z $log ]] || rc=1
(cd "$out" && diff -u --label a/arch/x86/kernel/process.c \
	--label b/arch/x86/kernel/process.c \
	kernel-orig/arch/x86/kernel/process.c \
	kernel/arch/x86/kernel/process.c) >"$out/kernel-export.patch" || true
grep -q '^+EXPORT_SYMBOL_FOR_KVM(cache_state_incoherent);' \
	"$out/kernel-export.patch" || rc=1
# Compile the patched file with the kernel's flags, out of tree.
echo 'obj-y := process.o' >"$kdir/Kbuild"
nice -n 10 make -C "$KBUILD_GCC7" M="$kdir" W=1 \
	ccflags-y="-iquote $KSRC_7/arch/x86/kernel" process.o \
	>"$out/kernel-build.log" 2>&1 || rc=1
ns=$(readelf -p .export_symbol "$kdir/process.o" 2>/dev/null |
	grep -o 'module:[a-z,-]*' | head -1 || true)
grep -q ' __export_symbol_cache_state_incoherent$' <(nm "$kdir/process.o") || rc=1
[[ $ns == module:kvm,kvm-intel* ]] || rc=1
check $rc "kernel-export.cocci exports cache_state_incoherent to ${ns#module:}"
# modpost needs the new export: vmlinux's symbols plus that one line, made
# only if the patched object has the export.
: >"$out/kernel-export.symvers"
[[ $rc != 0 ]] ||
	awk -v OFS='\t' '$2 == "tdx_guest_keyid_alloc" { $2 = "cache_state_incoherent"; print }' \
		"$KBUILD_GCC7/Module.symvers" >"$out/kernel-export.symvers"

# 4. Build both kvm-intel.ko, W=1, and a ported tdx.o without the kernel patch.
cat >>"$out/ported/arch/x86/kvm/Makefile" <<'EOF'

# seamcall port (kvm-port.sh)
kvm-intel-$(CONFIG_KVM_INTEL_TDX) += vmx/seamcall.o
AFLAGS_vmx/seamcall.o := -I $(src)/vmx
ccflags-y += $(SEAM_KVM_CFLAGS)
EOF
# clone TREE NEW: a copy of TREE's sources, for another build.
clone() {
	mkdir -p "$out/$2/arch/x86" "$out/$2/virt"
	cp -r "$out/$1/arch/x86/kvm" "$out/$2/arch/x86/"
	cp -r "$out/$1/virt/kvm" "$out/$2/virt/"
	find "$out/$2" \( -name '*.o' -o -name '*.ko' \) -delete
}
clang7=
if [[ -f ${KBUILD_CLANG7:-}/Module.symvers ]]; then
	clang7=$KBUILD_CLANG7
	clone upstream clang-upstream
	clone ported clang-ported
fi
# kbuild TREE LOG MAKE_ARGS...: build in TREE against $kb (default gcc-12).
kbuild() {
	local tree=$1 log=$2
	shift 2
	nice -n 10 make -C "${kb:-$KBUILD_GCC7}" M="$out/$tree/arch/x86/kvm" W=1 \
		CONFIG_KVM_X86= CONFIG_KVM_AMD= -j2 "$@" >"$log" 2>&1
}
# warnings LOG TREE: warning lines without the tree prefix and line numbers.
warnings() {
	grep -iE 'warning|error' "$1" |
		sed -E "s|$out/$2/||g; s|:[0-9]+:[0-9]+:|:|; s|:[0-9]+:|:|" | sort || true
}
start=$SECONDS
rc=0
kbuild upstream "$out/build-upstream.log" modules || rc=1
check $rc "unported kvm-intel.ko builds (W=1, $((SECONDS - start)) s)"
start=$SECONDS
rc=0
kbuild ported "$out/build-ported.log" \
	SEAM_KVM_CFLAGS=-DSEAM_KVM_KEXEC_FLAG \
	KBUILD_EXTRA_SYMBOLS="$out/kernel-export.symvers" modules || rc=1
check $rc "ported kvm-intel.ko builds with the kernel patch (W=1, $((SECONDS - start)) s)"
new=$(comm -13 <(warnings "$out/build-upstream.log" upstream) \
	<(warnings "$out/build-ported.log" ported))
[[ -z $new ]] && rc=0 || rc=1
check $rc "no warning the unported build lacks${new:+:$'\n'$new}"

# Without the kernel patch: tdx.o alone, in a third copy.
clone ported nopatch
rc=0
kbuild nopatch "$out/build-nopatch.log" vmx/tdx.o || rc=1
new=$(comm -13 <(warnings "$out/build-upstream.log" upstream) \
	<(warnings "$out/build-nopatch.log" nopatch))
[[ -z $new ]] || rc=1
grep -q ' cache_state_incoherent$' <(nm -u "$out/nopatch/arch/x86/kvm/vmx/tdx.o") && rc=1
grep -q ' cache_state_incoherent$' <(nm -u "$vmx/tdx.o") || rc=1
check $rc "the port sets cache_state_incoherent with the kernel patch only; builds without it"

# 5. Object checks.
upo=$out/upstream/arch/x86/kvm/vmx/tdx.o
pto=$vmx/tdx.o
up_ko=$out/upstream/arch/x86/kvm/kvm-intel.ko
pt_ko=$out/ported/arch/x86/kvm/kvm-intel.ko
rc=0
und=$(nm -u "$pto" "$pt_ko" | grep -E ' tdh_') || [[ $? == 1 ]] || rc=1
[[ -z $und ]] || rc=1
up_und=$(nm -u "$upo" | grep -cE ' tdh_' || true)
check $rc "ported tdx.o and kvm-intel.ko reference no tdh_* symbol (unported tdx.o: $up_und)"
objdump -drw "$upo" >"$out/tdx-upstream.dis"
# entry_refs OBJECT: "inline direct bad": SEAMCALL instructions, direct
# calls to an entry point, and any other reference to one (objdump -w puts
# an instruction's relocations on its line).
entry_refs() {
	objdump -drw "$1" | awk -F'\t' '
		$2 ~ /^66 0f 01 cf *$/ { inline++ }
		/R_X86_64_[A-Z0-9_]+\t__seam_call/ {
			split($NF, t, /[-+]/)
			if ($3 ~ /^(call|jmp) /) direct++
			else bad = bad " " $1 ":" $3 "->" t[1]
		}
		END { printf "%d %d%s\n", inline, direct, bad }'
}
read -r inline direct bad < <(entry_refs "$pto")
[[ -z $bad && $inline -gt 0 ]] && rc=0 || rc=1
check $rc "every SEAMCALL in ported tdx.o is inline ($inline) or a direct call" \
	"to __seam_call* ($direct)${bad:+: $bad}"
up_calls=$(grep -cE 'R_X86_64_PLT32\s+tdh_' "$out/tdx-upstream.dis" || true)
# TD entry is noinstr: its section may call what upstream's calls, with
# tdh_vp_enter() replaced by the saved entry point, and nothing else.
noinstr_calls() {
	objdump -drw --section=.noinstr.text "$1" |
		grep -oP 'R_X86_64_PLT32\t\K[^+-]+' | sort -u || true
}
extra=$(comm -13 <(noinstr_calls "$upo" | grep -vx tdh_vp_enter) \
	<(noinstr_calls "$pto" | grep -vx __seam_call_saved_ret))
[[ -z $extra ]] && rc=0 || rc=1
check $rc "the ported TD entry (.noinstr.text) calls nothing upstream's does not${extra:+: $extra}"

# 6. The same with clang-19 against the Linux 7.x clang KUnit kernel.
if [[ -n $clang7 ]]; then
	: >"$out/kernel-export-clang.symvers"
	[[ ! -s $out/kernel-export.symvers ]] ||
		awk -v OFS='\t' '$2 == "tdx_guest_keyid_alloc" {
			$2 = "cache_state_incoherent"; print }' \
			"$clang7/Module.symvers" >"$out/kernel-export-clang.symvers"
	rc=0
	kb=$clang7 kbuild clang-upstream "$out/build-clang-upstream.log" \
		LLVM=-19 modules || rc=1
	kb=$clang7 kbuild clang-ported "$out/build-clang-ported.log" LLVM=-19 \
		SEAM_KVM_CFLAGS=-DSEAM_KVM_KEXEC_FLAG \
		KBUILD_EXTRA_SYMBOLS="$out/kernel-export-clang.symvers" modules || rc=1
	new=$(comm -13 <(warnings "$out/build-clang-upstream.log" clang-upstream) \
		<(warnings "$out/build-clang-ported.log" clang-ported))
	[[ -z $new ]] || rc=1
	check $rc "clang-19: both kvm-intel.ko build, no warning the unported" \
		"build lacks${new:+:$'\n'$new}"
	cto=$out/clang-ported/arch/x86/kvm/vmx/tdx.o
	rc=0
	und=$(nm -u "$cto" "$out/clang-ported/arch/x86/kvm/kvm-intel.ko" |
		grep -E ' tdh_') || [[ $? == 1 ]] || rc=1
	read -r c_inline c_direct c_bad < <(entry_refs "$cto")
	[[ -z $und && -z $c_bad && $c_inline -gt 0 ]] || rc=1
	check $rc "clang-19: no tdh_* symbol; $c_inline inline SEAMCALLs," \
		"$c_direct direct entry calls, nothing else${c_bad:+: $c_bad}"
else
	echo "ok - clang-19 build # SKIP no Linux 7.x clang KUnit kernel (kernel.sh clang7)"
fi

# 7. Numbers.
text() { size "$1" | awk 'NR == 2 { print $1 }'; }
core=$KBUILD_GCC7/arch/x86/virt/vmx/tdx/tdx.o
core_bytes=0
core_n=0
while read -r _ sz type sym; do
	[[ $type == [Tt] && " ${names[*]} " == *" $sym "* ]] || continue
	core_bytes=$((core_bytes + 16#$sz))
	core_n=$((core_n + 1))
done < <(nm -S "$core")
seam_o=$out/ported/arch/x86/kvm/vmx/seamcall.o

# Measured functions must exist out of line in both trees.
for tree in upstream ported; do
	clone "$tree" "measure-$tree"
	for site in "${hot_sites[@]}"; do
		read -r _ fn _ <<<"$site"
		sed -i -E "s/^static (.*[ *])$fn\(/static noinline \1$fn(/" \
			"$out/measure-$tree/arch/x86/kvm/vmx/tdx.c"
	done
	kbuild "measure-$tree" "$out/build-measure-$tree.log" \
		SEAM_KVM_CFLAGS=-DSEAM_KVM_KEXEC_FLAG vmx/tdx.o ||
		die "measurement build of $tree failed, see $out/build-measure-$tree.log"
done
core_seamcall=$KBUILD_GCC7/arch/x86/virt/vmx/tdx/seamcall.o

echo
# sect FILE SECTION...: total size of those sections.
sect() {
	local file=$1
	shift
	size -A "$file" | awk -v want=" $* " 'index(want, " " $1 " ") { n += $2 }
		END { print n + 0 }'
}
row() { printf '| %-53s | %14s | %14s |\n' "$@"; }
echo "Linux $kver, gcc-12, KUnit kernel config (KASAN, UBSAN, IBT), W=1"
echo
row "" "upstream" "seamcall"
row "---" "---:" "---:"
row "tdx.o text, bytes" "$(text "$upo")" "$(text "$pto")"
row "  of which code (.text*), bytes" \
	"$(sect "$upo" .text .noinstr.text .text.unlikely)" \
	"$(sect "$pto" .text .noinstr.text .text.unlikely)"
row "  of which .rodata (status names; KASAN pads), bytes" \
	"$(sect "$upo" .rodata)" "$(sect "$pto" .rodata)"
row "core tdx.o: the $core_n tdh_*() KVM calls, bytes" "$core_bytes" 0
row "seamcall.o in kvm-intel.ko, bytes" 0 "$(text "$seam_o")"
row "kvm-intel.ko text, bytes" "$(text "$up_ko")" "$(text "$pt_ko")"
row "calls to core wrappers in tdx.o" "$up_calls" 0
row "inline SEAMCALLs / direct entry calls in tdx.o" "0 / 0" "$inline / $direct"
# Success path through the site: KVM function, then (upstream) the
# exported wrapper and the asm entry point it calls.
# path OBJECT FUNCTION SITE [--zero]: insn-path.py, or "?" if no path.
path() {
	"$here/insn-path.py" "$@" 2>/dev/null || echo "?"
}
for site in "${hot_sites[@]}"; do
	read -r leaf fn wrapper entry zero <<<"$site"
	up_fn=$(path "$out/measure-upstream/arch/x86/kvm/vmx/tdx.o" "$fn" \
		"call:$wrapper" $zero)
	pt_fn=$(path "$out/measure-ported/arch/x86/kvm/vmx/tdx.o" "$fn" seamcall $zero)
	up_w=$(path "$core" "$wrapper" "call:$entry")
	up_e=$(path "$core_seamcall" "$entry" seamcall)
	up="?"
	[[ "$up_fn$up_w$up_e" == *"?"* ]] || up=$((up_fn + up_w + up_e))
	row "$leaf: success path, insns" "$up ($up_fn+$up_w+$up_e)" "$pt_fn"
done
echo
echo "kvm-port: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
