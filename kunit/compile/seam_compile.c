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
 * so a clash with any kernel's TDX names fails the build.
 */
#include <linux/module.h>
#include <linux/kvm_host.h>
#include <asm/tdx.h>
#include <seamcall.h>

#include "seam_probes.h"

/*
 * KVM_BUG_ON() marks a VM bugged through KVM's own exports; kernels built
 * without KVM (the KUnit test kernels) get WARN_ON_ONCE() in its place.
 */
#if IS_ENABLED(CONFIG_KVM)
#define SEAM_COMPILE_KVM_HOOK	KVM_BUG_ON
#else
#define SEAM_COMPILE_KVM_HOOK	SEAM_HOOK_WARN
#endif

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
	       seam_call_inline_once(fn, args, SEAM_REG_RCX, SEAM_REG_R11);
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

static noinline __used u64
seam_compile_hooks(struct kvm *kvm, struct seam_args *args)
{
	u64 ret = 0;

	ret |= SEAM_CALL_HOOKED(plain, SEAM_TDH_MEM_TRACK, args,
				SEAM_COMPILE_KVM_HOOK, kvm);
	ret |= SEAM_CALL_HOOKED(ret, SEAM_TDH_MNG_RD, args, SEAM_HOOK_WARN, NULL);
	ret |= SEAM_CALL_HOOKED(saved_ret, SEAM_TDH_VP_ENTER, args,
				seam_compile_hook, kvm);
	ret |= SEAM_CALL_HOOKED_IF(ret, SEAM_TDH_VP_RD, args,
				   seam_compile_is_busy, SEAM_HOOK_NONE, kvm);
	ret |= SEAM_CHECK(seam_tdh_mem_track(args->rcx), SEAM_COMPILE_KVM_HOOK, kvm);
	ret |= SEAM_CHECK_IF(seam_tdh_mr_finalize(args->rcx), seam_status_is_error,
			     seam_compile_hook, kvm);
	return ret;
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
