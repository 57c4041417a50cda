// SPDX-License-Identifier: GPL-2.0
/*
 * Compile test: the header next to the kernel's own TDX and KVM headers,
 * with every wrapper, variant and macro instantiated.
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * Built by kunit/compile/check.sh against each supported kernel tree with
 * W=1, sparse and -Werror, at -O2 and at -Os. The module is never loaded:
 * its job is to make every line of the header reach the compiler, sparse
 * and objtool. <linux/kvm_host.h> pulls in <asm/tdx.h>, as it does for KVM,
 * so a clash with any kernel's TDX names fails the build. The module links
 * against nothing but the kernel itself.
 */
#include <linux/module.h>
#include <linux/percpu.h>
#include <linux/kvm_host.h>
#include <asm/tdx.h>

/*
 * The kernel-protocol hook, shaped like the in-tree one but on a per-CPU
 * variable of this module's own (the kernel's cache_state_incoherent is
 * not exported): every SEAMCALL below runs with preemption disabled.
 */
static DEFINE_PER_CPU(u64, seam_compile_last_fn);
#define SEAM_CALL_PREPARE(fn)	this_cpu_write(seam_compile_last_fn, fn)

#include <seamcall.h>

#include "seam_probes.h"

/* 0: the KVM_BUG_ON() hook below is compiled, never linked. */
static const bool seam_compile_link_kvm;

/* The variants and the raw entry points, each called by name. */
static noinline __used u64 seam_compile_raw(u64 fn, struct seam_args *args)
{
	return __seam_call(fn, args) | __seam_call_ret(fn, args) |
	       __seam_call_saved_ret(fn, args);
}

static noinline __used u64 seam_compile_variants(u64 fn, struct seam_args *args)
{
	return seam_call(fn, args) | seam_call_ret(fn, args) |
	       seam_call_saved_ret(fn, args) |
	       seam_call_inline(fn, args, SEAM_REGS_INLINE, SEAM_REGS_INLINE) |
	       seam_call_inline(fn, args, SEAM_REG_RCX, SEAM_REG_R11) |
	       seam_call_inline(fn, NULL, 0, 0);
}

/* A bug hook of the caller's own, with a typed context. */
static void seam_compile_hook(bool bug, struct kvm *kvm)
{
	if (bug)
		pr_err("seamcall compile test: VM %p hit a SEAMCALL bug\n", kvm);
}

static bool seam_compile_is_busy(u64 status)
{
	return seam_is_busy(status);
}

static noinline __used int
seam_compile_hooks(struct kvm *kvm, struct seam_args *args, u64 a1, u64 a2)
{
	u64 err = seam_call_ret(SEAM_TDH_MNG_RD, args);
	int bugs = 0;

	bugs += SEAM_REPORT_ON(seam_is_sw_error, err, SEAM_TDH_MNG_RD,
			       seam_compile_hook, kvm);
	bugs += SEAM_REPORT_ON_1(seam_compile_is_busy, err, SEAM_TDH_MNG_RD, a1,
				 seam_compile_hook, kvm);
	bugs += SEAM_REPORT_ON_2(seam_status_is_error, err, SEAM_TDH_MNG_RD, a1, a2,
				 seam_compile_hook, kvm);
	bugs += SEAM_REPORT_ON_3(seam_status_is_error, err, SEAM_TDH_MNG_RD, a1, a2,
				 args->r8, seam_compile_hook, kvm);
	/*
	 * KVM_BUG_ON() must work as the hook, but this module must not link
	 * against KVM: on Linux 7.x KVM_BUG_ON() calls
	 * kvm_make_all_cpus_request(), which only kvm-intel may use. The
	 * expansion is compiled and checked, then removed as dead code.
	 */
	if (seam_compile_link_kvm)
		bugs += SEAM_REPORT_ON_2(seam_status_is_error, err, SEAM_TDH_MNG_RD,
					 a1, a2, KVM_BUG_ON, kvm);
	return bugs;
}

static noinline __used int seam_compile_decode(u64 fn, u64 status)
{
	seam_pr_status(fn, status);
	pr_info("%s %s %s %u %u %u %d %d\n", seam_status_name(status),
		seam_leaf_name(fn), seam_operand_name(seam_status_operand(status)) ?: "-",
		seam_status_class(status), seam_status_number(status),
		seam_status_details(status), seam_status_is_fatal(status),
		seam_status_is_non_recoverable(status));
	return seam_status_to_errno(status) + seam_is_interrupted(status) +
	       seam_status_is(status, SEAM_TDX_OPERAND_BUSY);
}

static noinline __used u64 seam_compile_helpers(phys_addr_t pa, u16 hkid)
{
	return seam_keyed_pa(pa, hkid, 46) |
	       seam_gpa_level(pa, SEAM_TDX_PS_2M) |
	       SEAM_LEAF_VER(SEAM_TDH_MNG_RD, 1);
}

static int __init seam_compile_init(void)
{
	return 0;
}
module_init(seam_compile_init);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("seamcall compile test; not meant to be loaded");
