// SPDX-License-Identifier: GPL-2.0
/*
 * A complete TD life cycle through the typed wrappers of seamcall.h, from
 * system initialisation to the reclaim of the last page, against the TDX
 * module model. Each step checks the status and the model state after it.
 *
 * Copyright (C) 2026 The seamcall authors
 */
#include <kunit/test.h>
#include <linux/string.h>
#include <seamcall.h>

#include "seam_fixture.h"
#include "seam_md_table.h"
#include "seam_model_exits.h"

#define LC_PAGE		4096ULL

/* System init: every step by hand, checking the global state after each. */
static void seamcall_lifecycle_sys_init_test(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	unsigned int cpu;
	u64 next = 0;

	KUNIT_EXPECT_EQ(test, seam_tdh_mem_track(f->cfg.hpa_base), SEAM_TDX_SYS_NOT_READY);
	KUNIT_ASSERT_EQ(test, seam_tdh_sys_init(), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_sys_state(f->m), SEAM_MODEL_SYS_INIT_DONE);
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_init(), SEAM_TDX_SYS_INIT_NOT_PENDING);
	for (cpu = 0; cpu < f->cfg.nr_lps; cpu++) {
		KUNIT_ASSERT_EQ(test, seam_model_set_cpu(f->m, cpu), 0);
		KUNIT_EXPECT_FALSE(test, seam_model_lp_initialized(f->m, cpu));
		KUNIT_ASSERT_EQ(test, seam_tdh_sys_lp_init(), SEAM_TDX_SUCCESS);
		KUNIT_EXPECT_TRUE(test, seam_model_lp_initialized(f->m, cpu));
	}
	seam_model_set_cpu(f->m, 0);
	f->stage = SEAM_FIXTURE_LP_INIT;
	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_CONFIG), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_sys_state(f->m), SEAM_MODEL_SYS_CONFIGURED);
	for (cpu = 0; cpu < f->cfg.nr_pkgs; cpu++) {
		seam_model_set_cpu(f->m, cpu);
		KUNIT_ASSERT_EQ(test, seam_tdh_sys_key_config(), SEAM_TDX_SUCCESS);
	}
	seam_model_set_cpu(f->m, 0);
	KUNIT_EXPECT_EQ(test, seam_model_sys_state(f->m), SEAM_MODEL_SYS_READY);
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_tdmr_init(f->cfg.hpa_base, &next), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, next, f->cfg.hpa_base + f->cfg.nr_pages * LC_PAGE);
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_tdmr_init(f->cfg.hpa_base, &next),
			SEAM_TDX_TDMR_ALREADY_INITIALIZED);
}

/* The whole life cycle of one TD; the state is checked after every step. */
static void seamcall_lifecycle_td_test(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	struct seam_fixture_td *td = &f->td;
	struct seam_model *m = f->m;
	u64 e1 = 0, e2 = 0, pt = 0, owner = 0, size = 0, val = 0, mrtd, st;
	unsigned int cpu, i;

	KUNIT_ASSERT_EQ(test, seam_fixture_sys_init(f), SEAM_TDX_SUCCESS);

	/* TDH.MNG.CREATE and the per-package key configuration. */
	td->tdr = seam_fixture_alloc_page(f);
	td->hkid = seam_model_first_private_hkid(m) + 1;
	KUNIT_ASSERT_EQ(test, seam_tdh_mng_create(td->tdr, td->hkid), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_page_type(m, td->tdr), SEAM_PT_TDR);
	KUNIT_EXPECT_EQ(test, seam_model_td_state(m, td->tdr), SEAM_MODEL_TD_HKID_ASSIGNED);
	KUNIT_EXPECT_EQ(test, seam_model_hkid_state(m, td->hkid), SEAM_MODEL_HKID_ASSIGNED);
	for (cpu = 0; cpu < f->cfg.nr_pkgs; cpu++) {
		seam_model_set_cpu(m, cpu);
		KUNIT_ASSERT_EQ(test, seam_tdh_mng_key_config(td->tdr), SEAM_TDX_SUCCESS);
	}
	KUNIT_EXPECT_EQ(test, seam_tdh_mng_key_config(td->tdr),
			SEAM_TDX_LIFECYCLE_STATE_INCORRECT);
	seam_model_set_cpu(m, 0);
	KUNIT_EXPECT_EQ(test, seam_model_td_state(m, td->tdr), SEAM_MODEL_TD_KEYS_CONFIGURED);

	/* TDCS pages, then TDH.MNG.INIT. */
	for (i = 0; i < SEAM_MODEL_TDCS_PAGES; i++) {
		td->tdcs[i] = seam_fixture_alloc_page(f);
		KUNIT_ASSERT_EQ(test, seam_tdh_mng_addcx(td->tdr, td->tdcs[i]), SEAM_TDX_SUCCESS);
		KUNIT_EXPECT_EQ(test, seam_model_page_type(m, td->tdcs[i]), SEAM_PT_TDCX);
		KUNIT_EXPECT_EQ(test, seam_model_page_owner(m, td->tdcs[i]), td->tdr);
	}
	td->td_params = seam_fixture_alloc_page(f);
	seam_fixture_write_td_params(f, td->td_params, SEAM_MODEL_TD_ATTR_DEBUG, 2);
	KUNIT_ASSERT_EQ(test, seam_tdh_mng_init(td->tdr, td->td_params, &e1), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_td_state(m, td->tdr), SEAM_MODEL_TD_INITIALIZED);
	KUNIT_EXPECT_EQ(test, seam_tdh_mng_rd(td->tdr, SEAM_MD_ID_TD_MAX_VCPUS, &val),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, val, 2);

	/* One vCPU. */
	td->tdvpr = seam_fixture_alloc_page(f);
	KUNIT_ASSERT_EQ(test, seam_tdh_vp_create(td->tdr, td->tdvpr), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_vcpu_state(m, td->tdvpr), SEAM_MODEL_VCPU_CREATED);
	for (i = 0; i < SEAM_MODEL_TDVPS_PAGES - 1; i++) {
		td->tdcx[i] = seam_fixture_alloc_page(f);
		KUNIT_ASSERT_EQ(test, seam_tdh_vp_addcx(td->tdvpr, td->tdcx[i]), SEAM_TDX_SUCCESS);
	}
	KUNIT_ASSERT_EQ(test, seam_tdh_vp_init_v0(td->tdvpr, SEAM_FIXTURE_VP_RCX),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_vcpu_state(m, td->tdvpr), SEAM_MODEL_VCPU_READY);
	KUNIT_EXPECT_EQ(test, seam_model_vcpu_associated_cpu(m, td->tdvpr), 0);
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_rd(td->tdvpr, SEAM_MD_ID_VP_RCX, &val),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, val, SEAM_FIXTURE_VP_RCX);

	/* S-EPT tables for GPA 0, PAGE.ADD, MR.EXTEND, MR.FINALIZE. */
	for (i = 3; i >= 1; i--) {
		td->sept[i - 1] = seam_fixture_alloc_page(f);
		KUNIT_ASSERT_EQ(test, seam_tdh_mem_sept_add(td->tdr, 0, i, td->sept[i - 1],
							    &e1, &e2), SEAM_TDX_SUCCESS);
		KUNIT_EXPECT_EQ(test, seam_model_sept_state(m, td->tdr, 0, i),
				SEAM_MODEL_SEPT_NON_LEAF);
		KUNIT_EXPECT_EQ(test, seam_model_page_type(m, td->sept[i - 1]), SEAM_PT_EPT);
	}
	td->src = seam_fixture_alloc_page(f);
	td->page_add = seam_fixture_alloc_page(f);
	memset(seam_model_page(m, td->src), SEAM_FIXTURE_SRC_BYTE, LC_PAGE);
	KUNIT_ASSERT_EQ(test, seam_tdh_mem_page_add(td->tdr, SEAM_FIXTURE_GPA_ADD, td->page_add,
						    td->src, &e1, &e2), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_sept_state(m, td->tdr, SEAM_FIXTURE_GPA_ADD, 0),
			SEAM_MODEL_SEPT_MAPPED);
	KUNIT_EXPECT_EQ(test, seam_model_page_type(m, td->page_add), SEAM_PT_REG);
	KUNIT_EXPECT_EQ(test, ((u8 *)seam_model_page(m, td->page_add))[100],
			SEAM_FIXTURE_SRC_BYTE);
	mrtd = seam_model_td_measurement(m, td->tdr);
	for (i = 0; i < LC_PAGE / SEAM_MR_EXTEND_CHUNK; i++)
		KUNIT_ASSERT_EQ(test, seam_tdh_mr_extend(td->tdr, i * SEAM_MR_EXTEND_CHUNK,
							 &e1, &e2), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_NE(test, seam_model_td_measurement(m, td->tdr), mrtd);
	KUNIT_ASSERT_EQ(test, seam_tdh_mr_finalize(td->tdr), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_td_state(m, td->tdr), SEAM_MODEL_TD_RUNNABLE);
	KUNIT_EXPECT_EQ(test, seam_tdh_mr_finalize(td->tdr), SEAM_TDX_OP_STATE_INCORRECT);

	/* PAGE.AUG, then block, track and remove it. */
	td->page_aug = seam_fixture_alloc_page(f);
	KUNIT_ASSERT_EQ(test, seam_tdh_mem_page_aug(td->tdr, SEAM_FIXTURE_GPA_AUG, SEAM_TDX_PS_4K,
						    td->page_aug, &e1, &e2), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_sept_state(m, td->tdr, SEAM_FIXTURE_GPA_AUG, 0),
			SEAM_MODEL_SEPT_PENDING);
	KUNIT_ASSERT_EQ(test, seam_tdh_mem_range_block(td->tdr, SEAM_FIXTURE_GPA_AUG,
						       SEAM_TDX_PS_4K, &e1, &e2), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_sept_state(m, td->tdr, SEAM_FIXTURE_GPA_AUG, 0),
			SEAM_MODEL_SEPT_PENDING_BLOCKED);
	KUNIT_EXPECT_EQ(test, seam_tdh_mem_page_remove(td->tdr, SEAM_FIXTURE_GPA_AUG,
						       SEAM_TDX_PS_4K, &e1, &e2),
			SEAM_TDX_TLB_TRACKING_NOT_DONE | SEAM_OPERAND_ID_RCX);
	KUNIT_ASSERT_EQ(test, seam_tdh_mem_track(td->tdr), SEAM_TDX_SUCCESS);
	KUNIT_ASSERT_EQ(test, seam_tdh_mem_page_remove(td->tdr, SEAM_FIXTURE_GPA_AUG,
						       SEAM_TDX_PS_4K, &e1, &e2), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_sept_state(m, td->tdr, SEAM_FIXTURE_GPA_AUG, 0),
			SEAM_MODEL_SEPT_FREE);
	KUNIT_EXPECT_EQ(test, seam_model_page_type(m, td->page_aug), SEAM_PT_NDA);
	val = seam_fixture_keyed_pa(f, td->page_aug, td->hkid);
	KUNIT_EXPECT_EQ(test, seam_tdh_phymem_page_wbinvd(val), SEAM_TDX_SUCCESS);
	seam_fixture_free_page(f, td->page_aug);

	/* Remove the 4K page and its level-1 table (the PT page at GPA 0). */
	KUNIT_ASSERT_EQ(test, seam_tdh_mem_range_block(td->tdr, SEAM_FIXTURE_GPA_ADD,
						       SEAM_TDX_PS_4K, &e1, &e2), SEAM_TDX_SUCCESS);
	KUNIT_ASSERT_EQ(test, seam_tdh_mem_track(td->tdr), SEAM_TDX_SUCCESS);
	KUNIT_ASSERT_EQ(test, seam_tdh_mem_page_remove(td->tdr, SEAM_FIXTURE_GPA_ADD,
						       SEAM_TDX_PS_4K, &e1, &e2), SEAM_TDX_SUCCESS);
	seam_fixture_free_page(f, td->page_add);
	KUNIT_ASSERT_EQ(test, seam_tdh_mem_range_block(td->tdr, 0, 1, &e1, &e2), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_sept_state(m, td->tdr, 0, 1),
			SEAM_MODEL_SEPT_BLOCKED_NON_LEAF);
	KUNIT_ASSERT_EQ(test, seam_tdh_mem_track(td->tdr), SEAM_TDX_SUCCESS);
	KUNIT_ASSERT_EQ(test, seam_tdh_mem_sept_remove(td->tdr, 0, 1, &e1, &e2), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_sept_state(m, td->tdr, 0, 1), SEAM_MODEL_SEPT_FREE);
	KUNIT_EXPECT_EQ(test, seam_model_page_type(m, td->sept[0]), SEAM_PT_NDA);
	seam_fixture_free_page(f, td->sept[0]);

	/* Teardown: flush the vCPU, block the TD, write back caches, free the KeyID. */
	KUNIT_EXPECT_EQ(test, seam_tdh_mng_vpflushdone(td->tdr), SEAM_TDX_FLUSHVP_NOT_DONE);
	seam_model_set_cpu(m, 1);
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_flush(td->tdvpr), SEAM_TDX_VCPU_NOT_ASSOCIATED);
	seam_model_set_cpu(m, 0);
	KUNIT_ASSERT_EQ(test, seam_tdh_vp_flush(td->tdvpr), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_vcpu_associated_cpu(m, td->tdvpr), -1);
	KUNIT_ASSERT_EQ(test, seam_tdh_mng_vpflushdone(td->tdr), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_td_state(m, td->tdr), SEAM_MODEL_TD_BLOCKED);
	KUNIT_EXPECT_EQ(test, seam_model_hkid_state(m, td->hkid), SEAM_MODEL_HKID_RECLAIMED);
	KUNIT_EXPECT_EQ(test, seam_tdh_mng_key_freeid(td->tdr), SEAM_TDX_WBCACHE_NOT_COMPLETE);

	seam_model_log_clear(m);
	KUNIT_ASSERT_EQ(test, seam_fixture_inject(f, SEAM_MODEL_FAULT_INTERRUPTED,
						  SEAM_TDH_PHYMEM_CACHE_WB, 1, 0), 0);
	for (cpu = 0; cpu < f->cfg.nr_pkgs; cpu++) {
		seam_model_set_cpu(m, cpu);
		st = seam_tdh_phymem_cache_wb_all(10);
		KUNIT_ASSERT_EQ(test, st, SEAM_TDX_SUCCESS);
	}
	seam_model_set_cpu(m, 0);
	/* The interrupted start was resumed once: three calls for two packages. */
	KUNIT_EXPECT_EQ(test, seam_model_log_count(m), f->cfg.nr_pkgs + 1);
	KUNIT_EXPECT_EQ(test, seam_model_log_get(m, 0)->out.rax, SEAM_TDX_INTERRUPTED_RESUMABLE);
	KUNIT_EXPECT_TRUE(test, seam_model_log_get(m, 0)->injected);
	KUNIT_EXPECT_EQ(test, seam_model_log_get(m, 1)->in.rcx, SEAM_CACHE_WB_RESUME);
	KUNIT_EXPECT_EQ(test, seam_model_faults_pending(m), 0);
	KUNIT_EXPECT_EQ(test, seam_model_hkid_state(m, td->hkid), SEAM_MODEL_HKID_FLUSHED);

	KUNIT_EXPECT_EQ(test, seam_tdh_phymem_page_reclaim(td->tdr, &pt, &owner, &size),
			SEAM_TDX_LIFECYCLE_STATE_INCORRECT);
	KUNIT_ASSERT_EQ(test, seam_tdh_mng_key_freeid(td->tdr), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_td_state(m, td->tdr), SEAM_MODEL_TD_TEARDOWN);
	KUNIT_EXPECT_EQ(test, seam_model_hkid_state(m, td->hkid), SEAM_MODEL_HKID_FREE);

	/* The TDR goes last: reclaiming it first finds pages still attached. */
	KUNIT_EXPECT_EQ(test, seam_tdh_phymem_page_reclaim(td->tdr, &pt, &owner, &size),
			SEAM_TDX_TD_ASSOCIATED_PAGES_EXIST);
	KUNIT_ASSERT_EQ(test, seam_tdh_phymem_page_reclaim(td->tdvpr, &pt, &owner, &size),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, pt, SEAM_PT_TDVPR);
	KUNIT_EXPECT_EQ(test, owner, td->tdr);
	KUNIT_EXPECT_EQ(test, size, 0);
	KUNIT_EXPECT_EQ(test, seam_model_page_type(m, td->tdvpr), SEAM_PT_NDA);
	/* A free page is not PT_TDR..PT_EPT (tdh_phymem_page_reclaim():98). */
	KUNIT_EXPECT_EQ(test, seam_tdh_phymem_page_reclaim(td->tdvpr, &pt, &owner, &size),
			SEAM_TDX_PAGE_METADATA_INCORRECT | SEAM_OPERAND_ID_RCX);
	seam_fixture_free_page(f, td->tdvpr);
	KUNIT_ASSERT_EQ(test, seam_fixture_reclaim_all(f), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_page_type(m, td->tdr), SEAM_PT_NDA);
	KUNIT_EXPECT_EQ(test, seam_model_td_state(m, td->tdr), SEAM_MODEL_TD_NONE);
	for (i = 0; i < SEAM_MODEL_TDCS_PAGES; i++)
		KUNIT_EXPECT_EQ(test, seam_model_page_type(m, td->tdcs[i]), SEAM_PT_NDA);
	for (i = 1; i < 3; i++)
		KUNIT_EXPECT_EQ(test, seam_model_page_type(m, td->sept[i]), SEAM_PT_NDA);
}

/* The fixture's stages reach a TD in teardown with every page reclaimable. */
static void seamcall_lifecycle_fixture_test(struct kunit *test)
{
	struct seam_fixture *f = test->priv;

	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_FREEID), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_td_state(f->m, f->td.tdr), SEAM_MODEL_TD_TEARDOWN);
	KUNIT_EXPECT_EQ(test, seam_fixture_reclaim_all(f), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_page_type(f->m, f->td.tdr), SEAM_PT_NDA);
}

/*
 * A KeyID's second life needs a write-back on every package again:
 * TDH.MNG.VPFLUSHDONE sets the KOT entry's WBINVD_BITMAP to every package
 * (module 1.5.01 tdh_mng_vpflushdone.c:tdh_mng_vpflushdone():124), each
 * package's TDH.PHYMEM.CACHE.WB clears its own bit
 * (tdh_phymem_cache_wb.c:tdh_phymem_cache_wb():189) and
 * TDH.MNG.KEY.FREEID answers TDX_WBCACHE_NOT_COMPLETE while a bit is set
 * (tdh_mng_key_freeid.c:tdh_mng_key_freeid():97). So the write-backs of
 * the first TD's teardown do not count for the next TD with its KeyID.
 */
static void seamcall_lifecycle_hkid_reuse_test(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	struct seam_model *m = f->m;
	unsigned int pkg;
	u64 tdr;
	u16 hkid;

	KUNIT_ASSERT_EQ(test, f->cfg.nr_pkgs, 2U);
	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_FREEID), SEAM_TDX_SUCCESS);
	hkid = f->td.hkid;
	KUNIT_ASSERT_EQ(test, seam_model_hkid_state(m, hkid), SEAM_MODEL_HKID_FREE);

	tdr = seam_fixture_alloc_page(f);
	KUNIT_ASSERT_NE(test, tdr, 0ULL);
	KUNIT_ASSERT_EQ(test, seam_tdh_mng_create(tdr, hkid), SEAM_TDX_SUCCESS);
	for (pkg = 0; pkg < f->cfg.nr_pkgs; pkg++) {
		KUNIT_ASSERT_EQ(test, seam_fixture_set_cpu(f, pkg), 0);
		KUNIT_ASSERT_EQ(test, seam_tdh_mng_key_config(tdr), SEAM_TDX_SUCCESS);
	}
	KUNIT_ASSERT_EQ(test, seam_fixture_set_cpu(f, 0), 0);
	KUNIT_ASSERT_EQ(test, seam_tdh_mng_vpflushdone(tdr), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_tdh_mng_key_freeid(tdr), SEAM_TDX_WBCACHE_NOT_COMPLETE);

	/* Package 0 writes back; package 1 has not. */
	KUNIT_ASSERT_EQ(test, seam_tdh_phymem_cache_wb_all(10), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_hkid_state(m, hkid), SEAM_MODEL_HKID_RECLAIMED);
	KUNIT_EXPECT_EQ(test, seam_tdh_mng_key_freeid(tdr), SEAM_TDX_WBCACHE_NOT_COMPLETE);
	KUNIT_EXPECT_EQ(test, seam_model_td_state(m, tdr), SEAM_MODEL_TD_BLOCKED);

	/* Then package 1 (CPU 1): the KeyID is free again. */
	KUNIT_ASSERT_EQ(test, seam_fixture_set_cpu(f, 1), 0);
	KUNIT_ASSERT_EQ(test, seam_tdh_phymem_cache_wb_all(10), SEAM_TDX_SUCCESS);
	KUNIT_ASSERT_EQ(test, seam_fixture_set_cpu(f, 0), 0);
	KUNIT_EXPECT_EQ(test, seam_model_hkid_state(m, hkid), SEAM_MODEL_HKID_FLUSHED);
	KUNIT_EXPECT_EQ(test, seam_tdh_mng_key_freeid(tdr), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_hkid_state(m, hkid), SEAM_MODEL_HKID_FREE);
	KUNIT_EXPECT_EQ(test, seam_model_td_state(m, tdr), SEAM_MODEL_TD_TEARDOWN);
}

/* Distinct guest GPR values: 0x6e57 in the high half, the GPR number low. */
#define LC_GUEST(n)	(0x6e57000000000000ULL | (n))
/* Host values the wrapper passes in: a TD exit must replace every one. */
#define LC_HOST		0x4057404040404040ULL

static void lc_fill(struct seam_args *a)
{
	u64 *r = (u64 *)a;
	unsigned int i;

	for (i = 0; i < sizeof(*a) / sizeof(u64); i++)
		r[i] = LC_HOST + i;
}

/*
 * The script of seamcall_lifecycle_td_exits_test(): an external interrupt,
 * a TDG.VP.VMCALL exposing RDX, RBX, RBP, RSI and R10 to R14 with XMM2,
 * an EPT violation with the bits the module clears set, an EPT
 * misconfiguration with qualifications the module drops, then a triple
 * fault that the module reports as non-recoverable for the TD.
 */
static const struct seam_model_scripted_exit lc_exits[] = {
	{ .kind = SEAM_MODEL_TD_EXIT_ASYNC, .status = SEAM_TDX_SUCCESS,
	  .exit_reason = SEAM_MODEL_EXIT_REASON_EXTERNAL_INTR,
	  .exit_qual = 0x5, .ext_exit_qual = 0x7, .gpa = 0x9, .intr_info = 0x800000efULL },
	{ .kind = SEAM_MODEL_TD_EXIT_VMCALL,
	  .gpr_select = BIT(2) | BIT(3) | BIT(5) | BIT(6) | BIT(10) | BIT(11) |
			BIT(12) | BIT(13) | BIT(14),
	  .xmm_select = BIT(2),
	  .guest = { .rax = LC_GUEST(0), .rcx = LC_GUEST(1), .rdx = LC_GUEST(2),
		     .rbx = LC_GUEST(3), .rbp = LC_GUEST(5), .rsi = LC_GUEST(6),
		     .rdi = LC_GUEST(7), .r8 = LC_GUEST(8), .r9 = LC_GUEST(9),
		     .r10 = LC_GUEST(10), .r11 = LC_GUEST(11), .r12 = LC_GUEST(12),
		     .r13 = LC_GUEST(13), .r14 = LC_GUEST(14), .r15 = LC_GUEST(15) } },
	{ .kind = SEAM_MODEL_TD_EXIT_ASYNC, .status = SEAM_TDX_SUCCESS,
	  .exit_reason = SEAM_MODEL_EXIT_REASON_EPT_VIOLATION,
	  .exit_qual = BIT_ULL(32) | 0x1f80 | 0x2a, .ext_exit_qual = 0x6,
	  .gpa = SEAM_FIXTURE_GPA_AUG | 0x123, .intr_info = 0x80000b0eULL },
	{ .kind = SEAM_MODEL_TD_EXIT_ASYNC, .status = SEAM_TDX_SUCCESS,
	  .exit_reason = SEAM_MODEL_EXIT_REASON_EPT_MISCONFIG,
	  .exit_qual = 0x3, .ext_exit_qual = 0x4, .gpa = 0x2fff, .intr_info = 0x5 },
	{ .kind = SEAM_MODEL_TD_EXIT_ASYNC, .status = SEAM_TDX_NON_RECOVERABLE_TD,
	  .exit_reason = 2 },
};

/*
 * Each of the 13 registers TDH.VP.ENTER returns (RCX..R15, RBX, RDI, RSI
 * in @a, RBP from the model's log: the wrapper keeps the host's RBP).
 */
static void lc_expect_regs(struct kunit *test, struct seam_model *m,
			   const struct seam_args *a, const u64 want[14])
{
	const u64 got[14] = {
		a->rcx, a->rdx, a->r8, a->r9, a->r10, a->r11, a->r12, a->r13,
		a->r14, a->r15, a->rbx, a->rdi, a->rsi,
		seam_model_log_last(m)->out.rbp,
	};
	unsigned int i;

	for (i = 0; i < 14; i++)
		KUNIT_EXPECT_EQ_MSG(test, got[i], want[i], "register %u", i);
}

/*
 * A scripted sequence of TD exits, one per TDH.VP.ENTER, with every
 * register the module defines on each (module 1.5.01
 * async_tdexit_internal(), td_exit.c:261; tdx_ept_violation_exit_to_vmm()
 * and tdx_ept_misconfig_exit_to_vmm(), td_other_exits.c:212;
 * copy_gprs_data_from_td_to_vmm(), tdg_vp_vmcall.c).
 */
static void seamcall_lifecycle_td_exits_test(struct kunit *test)
{
	/* RCX..R15, RBX, RDI, RSI, RBP: an asynchronous exit zeroes R10 on. */
	static const u64 intr[14] = { 0x5, 0x7, 0x9, 0x800000efULL };
	static const u64 vmcall[14] = {
		BIT(2) << 16 | 0x7c6c, LC_GUEST(2), 0, 0, LC_GUEST(10), LC_GUEST(11),
		LC_GUEST(12), LC_GUEST(13), LC_GUEST(14), 0, LC_GUEST(3), 0,
		LC_GUEST(6), LC_GUEST(5),
	};
	static const u64 eptv[14] = { 0x2a, 0x6, SEAM_FIXTURE_GPA_AUG };
	static const u64 eptm[14] = { 0, 0, 0x2000 };
	static const u64 fatal[14];
	struct seam_model_scripted_exit bad = lc_exits[1];
	struct seam_fixture *f = test->priv;
	u64 tdvpr, digest;
	struct seam_args a;
	unsigned int i;

	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_FINALIZE), SEAM_TDX_SUCCESS);
	tdvpr = f->td.tdvpr;
	KUNIT_ASSERT_EQ(test, seam_model_script_exits(f->m, lc_exits, ARRAY_SIZE(lc_exits)), 0);
	KUNIT_EXPECT_EQ(test, seam_model_exits_left(f->m), ARRAY_SIZE(lc_exits));

	/* A TDH.VP.ENTER that fails its checks enters nothing and takes no exit. */
	digest = seam_model_digest(f->m);
	lc_fill(&a);
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_enter(tdvpr | BIT_ULL(54), &a),
			SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RCX);
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_enter(tdvpr | SEAM_VP_ENTER_RESUME_L1, &a),
			SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RCX);
	KUNIT_EXPECT_EQ(test, seam_model_exits_left(f->m), ARRAY_SIZE(lc_exits));
	KUNIT_EXPECT_EQ(test, seam_model_digest(f->m), digest);

	lc_fill(&a);
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_enter(tdvpr, &a),
			SEAM_TDX_SUCCESS | SEAM_MODEL_EXIT_REASON_EXTERNAL_INTR);
	lc_expect_regs(test, f->m, &a, intr);

	lc_fill(&a);
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_enter(tdvpr, &a),
			SEAM_TDX_SUCCESS | SEAM_MODEL_EXIT_REASON_TDCALL);
	lc_expect_regs(test, f->m, &a, vmcall);

	lc_fill(&a);
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_enter(tdvpr, &a),
			SEAM_TDX_SUCCESS | SEAM_MODEL_EXIT_REASON_EPT_VIOLATION);
	lc_expect_regs(test, f->m, &a, eptv);

	lc_fill(&a);
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_enter(tdvpr, &a),
			SEAM_TDX_SUCCESS | SEAM_MODEL_EXIT_REASON_EPT_MISCONFIG);
	lc_expect_regs(test, f->m, &a, eptm);
	KUNIT_EXPECT_EQ(test, seam_model_vcpu_state(f->m, tdvpr), SEAM_MODEL_VCPU_READY);

	lc_fill(&a);
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_enter(tdvpr, &a), SEAM_TDX_NON_RECOVERABLE_TD | 2);
	lc_expect_regs(test, f->m, &a, fatal);
	KUNIT_EXPECT_EQ(test, seam_model_exits_left(f->m), 0);
	/* The TD is fatal now (check_td_in_correct_build_state(), helpers.c:501). */
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_enter(tdvpr, &a), SEAM_TDX_TD_FATAL);
	KUNIT_EXPECT_EQ(test, seam_tdh_mem_track(f->td.tdr), SEAM_TDX_TD_FATAL);
	KUNIT_EXPECT_EQ(test, seam_tdh_mng_key_config(f->td.tdr), SEAM_TDX_TD_FATAL);
	/* Teardown checks the life cycle, not FATAL: a fatal TD can be torn down. */
	KUNIT_ASSERT_EQ(test, seam_tdh_vp_flush(tdvpr), SEAM_TDX_SUCCESS);
	KUNIT_ASSERT_EQ(test, seam_tdh_mng_vpflushdone(f->td.tdr), SEAM_TDX_SUCCESS);
	for (i = 0; i < f->cfg.nr_pkgs; i++) {
		seam_model_set_cpu(f->m, i);
		KUNIT_ASSERT_EQ(test, seam_tdh_phymem_cache_wb_all(10), SEAM_TDX_SUCCESS);
	}
	seam_model_set_cpu(f->m, 0);
	KUNIT_ASSERT_EQ(test, seam_tdh_mng_key_freeid(f->td.tdr), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_fixture_reclaim_all(f), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_page_type(f->m, f->td.tdr), SEAM_PT_NDA);

	/* Refused scripts queue nothing. */
	bad.gpr_select |= BIT(4);
	KUNIT_EXPECT_EQ(test, seam_model_script_exits(f->m, &bad, 1), -EINVAL);
	bad = lc_exits[0];
	bad.status = SEAM_TDX_NON_RECOVERABLE_VCPU;
	KUNIT_EXPECT_EQ(test, seam_model_script_exits(f->m, &bad, 1), -EINVAL);
	bad.kind = SEAM_MODEL_TD_EXIT_VMCALL + 1;
	KUNIT_EXPECT_EQ(test, seam_model_script_exits(f->m, &bad, 1), -EINVAL);
	KUNIT_EXPECT_EQ(test, seam_model_exits_left(f->m), 0);
	for (i = 0; i < SEAM_MODEL_MAX_EXITS / ARRAY_SIZE(lc_exits); i++)
		KUNIT_ASSERT_EQ(test, seam_model_script_exits(f->m, lc_exits,
							      ARRAY_SIZE(lc_exits)), 0);
	KUNIT_EXPECT_EQ(test, seam_model_script_exits(f->m, lc_exits, ARRAY_SIZE(lc_exits)),
			-ENOSPC);
	/* Fill up to the limit one exit at a time; one more is refused. */
	while (seam_model_exits_left(f->m) < SEAM_MODEL_MAX_EXITS)
		KUNIT_ASSERT_EQ(test, seam_model_script_exits(f->m, lc_exits, 1), 0);
	KUNIT_EXPECT_EQ(test, seam_model_script_exits(f->m, lc_exits, 1), -ENOSPC);
	KUNIT_EXPECT_EQ(test, seam_model_exits_left(f->m), SEAM_MODEL_MAX_EXITS);
	seam_model_clear_exits(f->m);
	KUNIT_EXPECT_EQ(test, seam_model_exits_left(f->m), 0);
}

/* TDX_X2APIC_ID_NOT_UNIQUE of module 1.5.05 (tdx_error_codes_defs.h). */
#define LC_X2APIC_ID_NOT_UNIQUE	0xC000062100000000ULL
/* MAX_NUM_TDCS_PAGES and MAX_TDVPS_PAGES of module 1.5.01. */
#define LC_MAX_TDCS	9
#define LC_MAX_TDVPS	15

/*
 * One SEAMCALL straight into the model, for the registers the wrappers
 * cannot pass (RAX versions, R8 above 32 bits) or do not return.
 */
static u64 lc_call(struct seam_fixture *f, u64 rax, u64 rcx, u64 rdx, u64 r8,
		   struct seam_model_regs *out)
{
	*out = (struct seam_model_regs){
		.rax = rax, .rcx = rcx, .rdx = rdx, .r8 = r8,
	};
	seam_model_seamcall(f->m, out);
	return out->rax;
}

/*
 * TDCS pages up to 9, the 7th and later only before TDH.MNG.INIT
 * (tdh_mng_add_cx():97, 171), TDVPS pages up to 15 (tdh_vp_addcx():126),
 * TDCX_NUM_INCORRECT without operand ID and before the vCPU state in
 * VP.INIT and VP.FLUSH (map_tdvps(), helpers.c:616).
 */
static void seamcall_lifecycle_page_counts_test(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	struct seam_fixture_td *td = &f->td;
	u64 page, tdvpr2;
	unsigned int i;

	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_TD_TDCS), SEAM_TDX_SUCCESS);
	for (i = SEAM_MODEL_TDCS_PAGES; i < LC_MAX_TDCS; i++)
		KUNIT_ASSERT_EQ(test, seam_tdh_mng_addcx(td->tdr, seam_fixture_alloc_page(f)),
				SEAM_TDX_SUCCESS);
	page = seam_fixture_alloc_page(f);
	KUNIT_EXPECT_EQ(test, seam_tdh_mng_addcx(td->tdr, page), SEAM_TDX_TDCX_NUM_INCORRECT);
	KUNIT_EXPECT_EQ(test, seam_model_page_type(f->m, page), SEAM_PT_NDA);

	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_VP_TDCX), SEAM_TDX_SUCCESS);
	for (i = SEAM_MODEL_TDVPS_PAGES; i < LC_MAX_TDVPS; i++)
		KUNIT_ASSERT_EQ(test, seam_tdh_vp_addcx(td->tdvpr, seam_fixture_alloc_page(f)),
				SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_addcx(td->tdvpr, page), SEAM_TDX_TDCX_NUM_INCORRECT);

	/* A second vCPU short of one TDCX page. */
	tdvpr2 = seam_fixture_alloc_page(f);
	KUNIT_ASSERT_EQ(test, seam_tdh_vp_create(td->tdr, tdvpr2), SEAM_TDX_SUCCESS);
	for (i = 2; i < SEAM_MODEL_TDVPS_PAGES; i++)
		KUNIT_ASSERT_EQ(test, seam_tdh_vp_addcx(tdvpr2, seam_fixture_alloc_page(f)),
				SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_init_v0(tdvpr2, 0), SEAM_TDX_TDCX_NUM_INCORRECT);
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_flush(tdvpr2), SEAM_TDX_TDCX_NUM_INCORRECT);
	KUNIT_EXPECT_EQ(test, seam_model_vcpu_state(f->m, tdvpr2), SEAM_MODEL_VCPU_CREATED);
}

/* A TDCS page beyond the minimum after TDH.MNG.INIT: OP_STATE_INCORRECT. */
static void seamcall_lifecycle_addcx_after_init_test(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	u64 page;

	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_TD_INIT), SEAM_TDX_SUCCESS);
	page = seam_fixture_alloc_page(f);
	KUNIT_EXPECT_EQ(test, seam_tdh_mng_addcx(f->td.tdr, page), SEAM_TDX_OP_STATE_INCORRECT);
	KUNIT_EXPECT_EQ(test, seam_model_page_type(f->m, page), SEAM_PT_NDA);
}

/*
 * Host memory the module reads may carry a shared KeyID
 * (shared_hpa_check(), helpers.c:215): TD_PARAMS behind KeyID 1.
 */
static void seamcall_lifecycle_shared_keyid_test(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	u64 params, rcx = 1;

	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_TD_TDCS), SEAM_TDX_SUCCESS);
	KUNIT_ASSERT_LT(test, 1, seam_model_first_private_hkid(f->m));
	params = seam_fixture_alloc_page(f);
	seam_fixture_write_td_params(f, params, 0, 1);
	KUNIT_EXPECT_EQ(test, seam_tdh_mng_init(f->td.tdr, seam_fixture_keyed_pa(f, params, 1),
						&rcx), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, rcx, 0);
	KUNIT_EXPECT_EQ(test, seam_model_td_state(f->m, f->td.tdr), SEAM_MODEL_TD_INITIALIZED);
}

/*
 * vCPUs are counted by TDH.VP.INIT, not VP.CREATE (tdh_vp_init.c:184,
 * tdh_mr_finalize.c:123); version 1 takes the x2APIC ID in R8, unique
 * and below 2^32 (module 1.5.05 tdh_vp_init.c:123..225).
 */
static void seamcall_lifecycle_vcpus_test(struct kunit *test)
{
	const u64 v1 = SEAM_LEAF_VER(SEAM_TDH_VP_INIT, 1);
	struct seam_fixture *f = test->priv;
	struct seam_fixture_td *td = &f->td;
	struct seam_model_regs o;
	u64 tdvpr[3];
	unsigned int v, i;

	f->max_vcpus = 2;
	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_VP_TDCX), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_tdh_mr_finalize(td->tdr), SEAM_TDX_NO_VCPUS);
	tdvpr[0] = td->tdvpr;
	/* Three vCPUs created for MAX_VCPUS 2: VP.CREATE does not count. */
	for (v = 1; v < 3; v++) {
		tdvpr[v] = seam_fixture_alloc_page(f);
		KUNIT_ASSERT_EQ(test, seam_tdh_vp_create(td->tdr, tdvpr[v]), SEAM_TDX_SUCCESS);
		for (i = 1; i < SEAM_MODEL_TDVPS_PAGES; i++)
			KUNIT_ASSERT_EQ(test, seam_tdh_vp_addcx(tdvpr[v],
								seam_fixture_alloc_page(f)),
					SEAM_TDX_SUCCESS);
	}
	KUNIT_EXPECT_EQ(test, lc_call(f, SEAM_LEAF_VER(SEAM_TDH_VP_INIT, 2), tdvpr[0], 0, 0, &o),
			SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RAX);
	KUNIT_EXPECT_EQ(test, lc_call(f, v1, tdvpr[0], 0, BIT_ULL(32), &o),
			SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_R8);
	KUNIT_EXPECT_EQ(test, lc_call(f, v1, tdvpr[0], 0, 7, &o), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, lc_call(f, v1, tdvpr[1], 0, 7, &o), LC_X2APIC_ID_NOT_UNIQUE | 7);
	KUNIT_EXPECT_EQ(test, seam_model_vcpu_state(f->m, tdvpr[1]), SEAM_MODEL_VCPU_CREATED);
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_init(tdvpr[1], 0, U32_MAX), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_init_v0(tdvpr[2], 0), SEAM_TDX_MAX_VCPUS_EXCEEDED);
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_init_v0(tdvpr[1], 0), SEAM_TDX_VCPU_STATE_INCORRECT);
	KUNIT_EXPECT_EQ(test, seam_tdh_mr_finalize(td->tdr), SEAM_TDX_SUCCESS);
}

/*
 * TDMR.INIT clears RDX on every path (tdh_sys_tdmr_init.c:50); LP.SHUTDOWN
 * does nothing (tdh_sys_lp_shutdown.c); SYS.SHUTDOWN takes handoff
 * version 0 only (tdh_sys_shutdown.c:50) and then refuses every leaf but
 * LP.SHUTDOWN (tdx_vmm_dispatcher.c:166).
 */
static void seamcall_lifecycle_sys_shutdown_test(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	struct seam_model_regs o;

	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_TDMR), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, lc_call(f, SEAM_TDH_SYS_TDMR_INIT, f->cfg.hpa_base + 0x1000,
				      0x5a5a, 0, &o),
			SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RCX);
	KUNIT_EXPECT_EQ(test, o.rdx, 0);
	KUNIT_EXPECT_EQ(test, lc_call(f, SEAM_TDH_SYS_TDMR_INIT, f->cfg.hpa_base, 0x5a5a, 0, &o),
			SEAM_TDX_TDMR_ALREADY_INITIALIZED);
	KUNIT_EXPECT_EQ(test, o.rdx, 0);
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_lp_shutdown(), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_sys_state(f->m), SEAM_MODEL_SYS_READY);
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_shutdown(1),
			SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RCX);
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_shutdown(0), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_sys_state(f->m), SEAM_MODEL_SYS_SHUTDOWN);
	KUNIT_EXPECT_EQ(test, seam_tdh_mem_track(f->cfg.hpa_base), SEAM_TDX_SYS_SHUTDOWN);
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_lp_shutdown(), SEAM_TDX_SUCCESS);
}

/* NO_ENTROPY is retried by the wrapper; BUSY and #UD reach the caller. */
static void seamcall_lifecycle_faults_test(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	u64 tdr;

	KUNIT_ASSERT_EQ(test, seam_fixture_sys_init(f), SEAM_TDX_SUCCESS);
	tdr = seam_fixture_alloc_page(f);
	seam_model_log_clear(f->m);
	KUNIT_ASSERT_EQ(test, seam_fixture_inject(f, SEAM_MODEL_FAULT_NO_ENTROPY,
						  SEAM_TDH_MNG_CREATE, 2, 0), 0);
	KUNIT_EXPECT_EQ(test, seam_tdh_mng_create(tdr, seam_model_first_private_hkid(f->m) + 2),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_log_count(f->m), 3);
	KUNIT_EXPECT_EQ(test, seam_model_td_state(f->m, tdr), SEAM_MODEL_TD_HKID_ASSIGNED);

	KUNIT_ASSERT_EQ(test, seam_fixture_inject(f, SEAM_MODEL_FAULT_BUSY, SEAM_MODEL_ANY_LEAF,
						  1, SEAM_OPERAND_ID_TDR), 0);
	KUNIT_EXPECT_EQ(test, seam_tdh_mng_key_config(tdr),
			SEAM_TDX_OPERAND_BUSY | SEAM_OPERAND_ID_TDR);
	KUNIT_ASSERT_EQ(test, seam_fixture_inject(f, SEAM_MODEL_FAULT_UD, SEAM_TDH_MEM_TRACK,
						  1, 0), 0);
	KUNIT_EXPECT_EQ(test, seam_tdh_mem_track(tdr), SEAM_TDX_SEAMCALL_UD);
	KUNIT_ASSERT_EQ(test, seam_fixture_inject(f, SEAM_MODEL_FAULT_GP, SEAM_MODEL_ANY_LEAF,
						  1, 0), 0);
	KUNIT_EXPECT_EQ(test, seam_tdh_mem_track(tdr), SEAM_TDX_SEAMCALL_GP);
	KUNIT_ASSERT_EQ(test, seam_fixture_inject(f, SEAM_MODEL_FAULT_VMFAIL, SEAM_MODEL_ANY_LEAF,
						  1, 0), 0);
	KUNIT_EXPECT_EQ(test, seam_tdh_mem_track(tdr), SEAM_TDX_SEAMCALL_VMFAILINVALID);
	KUNIT_EXPECT_EQ(test, seam_model_log_last(f->m)->exit, SEAM_MODEL_EXIT_VMFAIL);
	KUNIT_EXPECT_EQ(test, seam_model_faults_pending(f->m), 0);
}

static int seamcall_lifecycle_init(struct kunit *test)
{
	struct seam_fixture *f = seam_fixture_create(NULL);

	if (!f)
		return -ENOMEM;
	test->priv = f;
	return 0;
}

static void seamcall_lifecycle_exit(struct kunit *test)
{
	seam_fixture_destroy(test->priv);
}

static struct kunit_case seamcall_lifecycle_test_cases[] = {
	KUNIT_CASE(seamcall_lifecycle_sys_init_test),
	KUNIT_CASE(seamcall_lifecycle_td_test),
	KUNIT_CASE(seamcall_lifecycle_fixture_test),
	KUNIT_CASE(seamcall_lifecycle_hkid_reuse_test),
	KUNIT_CASE(seamcall_lifecycle_td_exits_test),
	KUNIT_CASE(seamcall_lifecycle_page_counts_test),
	KUNIT_CASE(seamcall_lifecycle_addcx_after_init_test),
	KUNIT_CASE(seamcall_lifecycle_shared_keyid_test),
	KUNIT_CASE(seamcall_lifecycle_vcpus_test),
	KUNIT_CASE(seamcall_lifecycle_sys_shutdown_test),
	KUNIT_CASE(seamcall_lifecycle_faults_test),
	{}
};

static struct kunit_suite seamcall_lifecycle_test_suite = {
	.name = "seamcall_lifecycle",
	.init = seamcall_lifecycle_init,
	.exit = seamcall_lifecycle_exit,
	.test_cases = seamcall_lifecycle_test_cases,
};

kunit_test_suites(&seamcall_lifecycle_test_suite);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("TD life cycle through seamcall.h against the TDX module model");
