/* SPDX-License-Identifier: GPL-2.0 */
/*
 * seam_kvm.h - KVM-side glue for porting KVM's TDX code to seamcall.h
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * kvm-port.cocci rewrites arch/x86/kvm/vmx/tdx.c and tdx.h from the core
 * kernel's exported tdh_*() wrappers to the seam_tdh_*() wrappers of
 * seamcall.h. The exports take KVM's objects (struct tdx_td, struct tdx_vp,
 * struct page, PFNs, enum pg_level); the header takes physical addresses and
 * TDX levels. The helpers here convert, and do what the exports did besides
 * the SEAMCALL: flush the caches of a page before the TDX module owns it.
 * Copy this file next to tdx.c together with seamcall.h and seamcall.S.
 */
#ifndef _SEAM_KVM_H
#define _SEAM_KVM_H

#include <linux/kvm_host.h>
#include <asm/cacheflush.h>
#include <asm/msr.h>
#include <asm/processor.h>
#include <asm/tdx.h>

/**
 * DOC: Kernel protocols kept by the port
 *
 * Upstream runs every SEAMCALL with preemption disabled, so that runtime
 * TDX module update, which runs under stop_machine(), never overlaps one,
 * and marks the CPU's cache state incoherent first, so that kexec knows to
 * write back the caches. SEAM_CALL_PREPARE() hooks seamcall.h's wrappers
 * into the same sequence. The per-CPU flag ``cache_state_incoherent`` is not
 * exported to modules by Linux 7.x: with the one-line kernel patch
 * kernel-export.cocci (build with -DSEAM_KVM_KEXEC_FLAG) the hook sets it;
 * without it the hook only keeps the preemption-off bracket, and kexec after
 * running a TD may skip the cache write-back it needs.
 */
#ifdef SEAM_KVM_KEXEC_FLAG
#define SEAM_CALL_PREPARE(fn)						\
	do {								\
		(void)(fn);						\
		this_cpu_write(cache_state_incoherent, true);		\
	} while (0)
#else
#define SEAM_CALL_PREPARE(fn)	((void)(fn))
#endif

#include "seamcall.h"

/**
 * seam_kvm_tdr_pa() - Physical address of a TD's TDR page
 * @td: the TD's control pages, as KVM keeps them
 *
 * Return: the TDR address seamcall.h's TD-scope wrappers take.
 */
static __always_inline phys_addr_t seam_kvm_tdr_pa(struct tdx_td *td)
{
	return page_to_phys(td->tdr_page);
}

/**
 * seam_kvm_tdvpr_pa() - Physical address of a vCPU's TDVPR page
 * @vp: the vCPU's control pages, as KVM keeps them
 *
 * The address is computed once when the vCPU is created, so this is
 * safe in noinstr code such as the TD entry path.
 *
 * Return: the TDVPR address seamcall.h's vCPU-scope wrappers take.
 */
static __always_inline phys_addr_t seam_kvm_tdvpr_pa(struct tdx_vp *vp)
{
	return vp->tdvpr_pa;
}

/**
 * seam_kvm_donate_page() - Flush a page the TDX module is about to own
 * @page: page handed to the module (TDR, TDCS, TDVPR, TDCX or S-EPT page)
 *
 * The page may have dirty cache lines under KeyID 0. The core kernel's
 * wrappers flush them before every SEAMCALL that adds a page to a TD.
 *
 * Return: the physical address of @page.
 */
static inline phys_addr_t seam_kvm_donate_page(struct page *page)
{
	clflush_cache_range(page_to_virt(page), PAGE_SIZE);
	return page_to_phys(page);
}

/**
 * seam_kvm_donate_tdr() - Flush a TD's TDR page before TDH.MNG.CREATE
 * @td: the TD's control pages
 *
 * Return: the physical address of the TDR page.
 */
static inline phys_addr_t seam_kvm_donate_tdr(struct tdx_td *td)
{
	return seam_kvm_donate_page(td->tdr_page);
}

/**
 * seam_kvm_donate_tdvpr() - Flush a vCPU's TDVPR page before TDH.VP.CREATE
 * @vp: the vCPU's control pages
 *
 * Return: the physical address of the TDVPR page.
 */
static inline phys_addr_t seam_kvm_donate_tdvpr(struct tdx_vp *vp)
{
	clflush_cache_range(page_to_virt(vp->tdvpr_page), PAGE_SIZE);
	return vp->tdvpr_pa;
}

/**
 * seam_kvm_donate_pfn() - Flush a guest page the TDX module is about to own
 * @pfn: guest memory page added to or augmented into a TD
 *
 * Return: the physical address of @pfn.
 */
static inline phys_addr_t seam_kvm_donate_pfn(kvm_pfn_t pfn)
{
	clflush_cache_range(__va(PFN_PHYS(pfn)), PAGE_SIZE);
	return PFN_PHYS(pfn);
}

/**
 * seam_kvm_sept_level() - Convert a page-table level to a TDX mapping level
 * @level: PG_LEVEL_4K, PG_LEVEL_2M or PG_LEVEL_1G
 *
 * Return: %SEAM_TDX_PS_4K, %SEAM_TDX_PS_2M or %SEAM_TDX_PS_1G.
 */
static __always_inline int seam_kvm_sept_level(enum pg_level level)
{
	WARN_ON_ONCE(level == PG_LEVEL_NONE);
	return level - PG_LEVEL_4K + SEAM_TDX_PS_4K;
}

/**
 * seam_kvm_keyed_pa() - Keyed physical address for TDH.PHYMEM.PAGE.WBINVD
 * @pa: physical address of the page
 * @hkid: KeyID the page was used with
 *
 * Return: @pa with @hkid above the physical address bits.
 */
static __always_inline u64 seam_kvm_keyed_pa(phys_addr_t pa, u16 hkid)
{
	return seam_keyed_pa(pa, hkid, boot_cpu_data.x86_phys_bits);
}

/**
 * seam_kvm_global_keyid() - The TDX global private KeyID
 *
 * The core kernel keeps the KeyID that encrypts TDR pages to itself. It
 * takes the first TDX KeyID, the one after the last MKTME KeyID, from
 * MSR_IA32_MKTME_KEYID_PARTITIONING; so does this.
 *
 * Context: Any context. Reads an MSR.
 * Return: the global KeyID.
 */
static inline u16 seam_kvm_global_keyid(void)
{
	u32 nr_mktme_keyids, nr_tdx_keyids;

	rdmsr(MSR_IA32_MKTME_KEYID_PARTITIONING, nr_mktme_keyids, nr_tdx_keyids);
	return nr_mktme_keyids + 1;
}

/**
 * seam_kvm_vp_wr() - TDH.VP.WR without the old value
 * @tdvpr_pa: TDVPR page of the vCPU
 * @field_id: vCPU-scope field
 * @value: value to write
 * @mask: bits of @value to write
 *
 * KVM's accessors never read the previous value of the field.
 *
 * Return: the completion status of seam_tdh_vp_wr().
 */
static __always_inline u64 seam_kvm_vp_wr(phys_addr_t tdvpr_pa, u64 field_id,
					  u64 value, u64 mask)
{
	u64 old_value;

	return seam_tdh_vp_wr(tdvpr_pa, field_id, value, mask, &old_value);
}

/**
 * seam_kvm_failed() - The predicate of KVM's TDX_BUG_ON()
 * @status: completion status
 *
 * Return: true for any status but %SEAM_TDX_SUCCESS, warnings included.
 */
static __always_inline bool seam_kvm_failed(u64 status)
{
	return status != SEAM_TDX_SUCCESS;
}

/**
 * SEAM_KVM_WARN() - Bug hook for SEAM_REPORT_ON() without a VM
 * @_bug: true when the predicate matched
 * @_ctx: ignored (KVM passes NULL where no VM is at hand)
 *
 * Warns once per call site, as KVM's TDX_BUG_ON() does without a VM.
 */
#define SEAM_KVM_WARN(_bug, _ctx)	({ (void)(_ctx); WARN_ON_ONCE(_bug); })

/**
 * SEAM_KVM_NO_VCPUS() - Issue an S-EPT zap SEAMCALL, once more without vCPUs
 * @_kvm: the TD, with mmu_lock held for write
 * @_call: the SEAMCALL, a seam_tdh_*() call; evaluated once or twice
 *
 * Zapping runs with mmu_lock held for write, so it only contends with
 * running vCPUs. If @_call answers busy, keep vCPUs out of the TD, kick them
 * out, and issue @_call again, which cannot then be busy absent bugs.
 *
 * Return: the status of the last call.
 */
#define SEAM_KVM_NO_VCPUS(_kvm, _call)					\
({									\
	struct kvm *__seam_kvm = (_kvm);				\
	struct kvm_tdx *__seam_kvm_tdx =				\
		container_of(__seam_kvm, struct kvm_tdx, kvm);		\
	bool __seam_kicked = false;					\
	u64 __seam_err;							\
									\
	lockdep_assert_held_write(&__seam_kvm->mmu_lock);		\
	for (;;) {							\
		__seam_err = (_call);					\
		if (__seam_kicked || likely(!seam_is_busy(__seam_err)))	\
			break;						\
		WRITE_ONCE(__seam_kvm_tdx->wait_for_sept_zap, true);	\
		kvm_make_all_cpus_request(__seam_kvm,			\
					  KVM_REQ_OUTSIDE_GUEST_MODE);	\
		__seam_kicked = true;					\
	}								\
	if (__seam_kicked)						\
		WRITE_ONCE(__seam_kvm_tdx->wait_for_sept_zap, false);	\
	__seam_err;							\
})

#endif /* _SEAM_KVM_H */
