// SPDX-License-Identifier: GPL-2.0
/*
 * 2 MiB private pages against the TDX module model: PAGE.AUG, RANGE.BLOCK,
 * PAGE.DEMOTE, PAGE.PROMOTE and PAGE.REMOVE at 2 MiB, the PAMT (through
 * TDH.PHYMEM.PAGE.RDMD) and the S-EPT after every step, and the misuse of
 * each as a table. Expected values are those of the TDX module 1.5.01
 * source (tdh_mem_page_aug.c, tdh_mem_page_demote.c,
 * tdh_mem_page_promote.c, tdh_mem_range_block.c, tdh_mem_page_remove.c,
 * pamt_manager.c, sept_manager.c:set_arch_septe_details_in_vmm_regs()).
 *
 * Copyright (C) 2026 The seamcall authors
 */
#include <kunit/test.h>
#include <linux/string.h>
#include <seamcall.h>

#include "seam_fixture.h"

#define HP_PAGE		4096ULL
#define HP_2M		0x200000ULL
/* Pages of the model: the second 2 MiB of them stay free for huge pages. */
#define HP_NR_PAGES	1024
/* A 2 MiB GPA under the PD the fixture's SEPT stage adds for GPA 0. */
#define HP_GPA		HP_2M

/* S-EPT entry bits as RCX returns them (sept_manager.h SEPT_ARCH_ENTRY_*). */
#define HP_SVE		BIT_ULL(63)
#define HP_NL		0x7ULL
#define HP_LEAF		(HP_SVE | 0xf0ULL)	/* MT WB, IPAT, PS; RWX clear */
#define HP_LEAF_RWX	(HP_LEAF | 0x7ULL)
/* RDX: level | public state << 8 (auto_gen/sept_state_lookup.c). */
#define HP_LS(level, state)	((u64)(level) | ((u64)(state) << 8))
#define HP_FREE		0x00
#define HP_BLOCKED	0x01
#define HP_PENDING	0x02
#define HP_PENDING_BLOCKED 0x03
#define HP_MAPPED	0x04
#define HP_NL_BLOCKED	0x81
#define HP_NL_MAPPED	0x84

static u64 hp_huge(const struct seam_fixture *f)
{
	return f->cfg.hpa_base + HP_2M;
}

static u64 hp_call(u64 fn, u64 rcx, u64 rdx, u64 r8, struct seam_args *a)
{
	memset(a, 0, sizeof(*a));
	a->rcx = rcx;
	a->rdx = rdx;
	a->r8 = r8;
	return seam_call_ret(fn, a);
}

/* TDH.PHYMEM.PAGE.RDMD of @hpa: type, owner and PAMT level must be these. */
static void hp_expect_pamt(struct kunit *test, u64 hpa, u64 pt, u64 owner,
			   u64 level)
{
	struct seam_args a;

	KUNIT_ASSERT_EQ(test, hp_call(SEAM_TDH_PHYMEM_PAGE_RDMD, hpa, 0, 0, &a),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, a.rcx, pt);
	KUNIT_EXPECT_EQ(test, a.rdx, owner);
	KUNIT_EXPECT_EQ(test, a.r8, level);
}

/* The status and the extended error information RCX/RDX of a call. */
static void hp_expect(struct kunit *test, u64 st, const struct seam_args *a,
		      u64 want, u64 rcx, u64 rdx)
{
	KUNIT_EXPECT_EQ(test, st, want);
	KUNIT_EXPECT_EQ(test, a->rcx, rcx);
	KUNIT_EXPECT_EQ(test, a->rdx, rdx);
}

static int hp_init(struct kunit *test)
{
	struct seam_model_config cfg = { .nr_pages = HP_NR_PAGES };
	struct seam_fixture *f = seam_fixture_create(&cfg);

	if (!f)
		return -ENOMEM;
	test->priv = f;
	return 0;
}

static void hp_exit(struct kunit *test)
{
	seam_fixture_destroy(test->priv);
}

/*
 * A runnable TD: PAGE.AUG of 2 MiB, DEMOTE, PROMOTE and REMOVE, each
 * refused until the entry is blocked and the TLB tracked.
 */
static void seamcall_hugepage_runtime_test(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	struct seam_model *m = f->m;
	u64 tdr, huge = hp_huge(f), sept, st;
	struct seam_args a;

	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_FINALIZE), SEAM_TDX_SUCCESS);
	tdr = f->td.tdr;
	sept = seam_fixture_alloc_page(f);
	KUNIT_ASSERT_NE(test, sept, 0);

	/* PAGE.AUG at 2 MiB: a pending leaf in the PD, one 2 MiB PAMT entry */
	st = hp_call(SEAM_TDH_MEM_PAGE_AUG, HP_GPA | SEAM_TDX_PS_2M, tdr, huge, &a);
	hp_expect(test, st, &a, SEAM_TDX_SUCCESS, 0, 0);
	KUNIT_EXPECT_EQ(test, seam_model_sept_state(m, tdr, HP_GPA, 1), SEAM_MODEL_SEPT_PENDING);
	KUNIT_EXPECT_EQ(test, seam_model_sept_hpa(m, tdr, HP_GPA, 1), huge);
	hp_expect_pamt(test, huge, SEAM_PT_REG, tdr, SEAM_TDX_PS_2M);
	hp_expect_pamt(test, huge + 0x1ff000, SEAM_PT_REG, tdr, SEAM_TDX_PS_2M);
	KUNIT_EXPECT_EQ(test, seam_model_page_level(m, huge + 0x1ff000), SEAM_TDX_PS_2M);
	KUNIT_EXPECT_EQ(test, seam_model_page_level(m, huge - HP_PAGE), SEAM_TDX_PS_4K);
	KUNIT_EXPECT_EQ(test, seam_model_page_level(m, huge + HP_2M), -1);

	/* DEMOTE: blocked first, then tracked */
	st = hp_call(SEAM_TDH_MEM_PAGE_DEMOTE, HP_GPA | 1, tdr, sept, &a);
	hp_expect(test, st, &a, SEAM_TDX_GPA_RANGE_NOT_BLOCKED | SEAM_OPERAND_ID_RCX,
		  huge | HP_LEAF, HP_LS(1, HP_PENDING));
	st = hp_call(SEAM_TDH_MEM_RANGE_BLOCK, HP_GPA | 1, tdr, 0, &a);
	hp_expect(test, st, &a, SEAM_TDX_SUCCESS, 0, 0);
	KUNIT_EXPECT_EQ(test, seam_model_sept_state(m, tdr, HP_GPA, 1),
			SEAM_MODEL_SEPT_PENDING_BLOCKED);
	st = hp_call(SEAM_TDH_MEM_PAGE_DEMOTE, HP_GPA | 1, tdr, sept, &a);
	hp_expect(test, st, &a, SEAM_TDX_TLB_TRACKING_NOT_DONE | SEAM_OPERAND_ID_RCX, 0, 0);
	KUNIT_ASSERT_EQ(test, hp_call(SEAM_TDH_MEM_TRACK, tdr, 0, 0, &a), SEAM_TDX_SUCCESS);
	st = hp_call(SEAM_TDH_MEM_PAGE_DEMOTE, HP_GPA | 1, tdr, sept, &a);
	hp_expect(test, st, &a, SEAM_TDX_SUCCESS, 0, 0);

	/* 512 pending 4 KiB leaves, unblocked, under the new S-EPT page */
	KUNIT_EXPECT_EQ(test, seam_model_sept_state(m, tdr, HP_GPA, 1), SEAM_MODEL_SEPT_NON_LEAF);
	KUNIT_EXPECT_EQ(test, seam_model_sept_hpa(m, tdr, HP_GPA, 1), sept);
	KUNIT_EXPECT_EQ(test, seam_model_sept_state(m, tdr, HP_GPA, 0), SEAM_MODEL_SEPT_PENDING);
	KUNIT_EXPECT_EQ(test, seam_model_sept_state(m, tdr, HP_GPA + 0x1ff000, 0),
			SEAM_MODEL_SEPT_PENDING);
	KUNIT_EXPECT_EQ(test, seam_model_sept_hpa(m, tdr, HP_GPA + 0x1ff000, 0),
			huge + 0x1ff000);
	hp_expect_pamt(test, huge + 0x1ff000, SEAM_PT_REG, tdr, SEAM_TDX_PS_4K);
	hp_expect_pamt(test, sept, SEAM_PT_EPT, tdr, SEAM_TDX_PS_4K);
	KUNIT_EXPECT_EQ(test, seam_model_page_level(m, huge + 0x1ff000), SEAM_TDX_PS_4K);

	/* PROMOTE: the non-leaf entry blocked first, then tracked */
	st = hp_call(SEAM_TDH_MEM_PAGE_PROMOTE, HP_GPA | 1, tdr, 0, &a);
	hp_expect(test, st, &a, SEAM_TDX_GPA_RANGE_NOT_BLOCKED | SEAM_OPERAND_ID_RCX,
		  HP_NL, HP_LS(1, HP_NL_MAPPED));
	KUNIT_ASSERT_EQ(test, hp_call(SEAM_TDH_MEM_RANGE_BLOCK, HP_GPA | 1, tdr, 0, &a),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_sept_state(m, tdr, HP_GPA, 1),
			SEAM_MODEL_SEPT_BLOCKED_NON_LEAF);
	st = hp_call(SEAM_TDH_MEM_PAGE_PROMOTE, HP_GPA | 1, tdr, 0, &a);
	hp_expect(test, st, &a, SEAM_TDX_TLB_TRACKING_NOT_DONE | SEAM_OPERAND_ID_RCX, 0, 0);
	KUNIT_ASSERT_EQ(test, hp_call(SEAM_TDH_MEM_TRACK, tdr, 0, 0, &a), SEAM_TDX_SUCCESS);
	st = hp_call(SEAM_TDH_MEM_PAGE_PROMOTE, HP_GPA | 1, tdr, 0, &a);
	hp_expect(test, st, &a, SEAM_TDX_SUCCESS, sept, 0);

	/* one pending 2 MiB leaf again; the S-EPT page is free, owner kept */
	KUNIT_EXPECT_EQ(test, seam_model_sept_state(m, tdr, HP_GPA, 1), SEAM_MODEL_SEPT_PENDING);
	KUNIT_EXPECT_EQ(test, seam_model_sept_hpa(m, tdr, HP_GPA, 1), huge);
	KUNIT_EXPECT_EQ(test, seam_model_sept_state(m, tdr, HP_GPA, 0),
			SEAM_MODEL_SEPT_WALK_FAILED);
	hp_expect_pamt(test, huge + 0x1ff000, SEAM_PT_REG, tdr, SEAM_TDX_PS_2M);
	hp_expect_pamt(test, sept, SEAM_PT_NDA, tdr, SEAM_TDX_PS_4K);

	/* PAGE.REMOVE at 2 MiB: blocked, tracked, then RCX = the HPA */
	st = hp_call(SEAM_TDH_MEM_PAGE_REMOVE, HP_GPA | 1, tdr, 0, &a);
	hp_expect(test, st, &a, SEAM_TDX_GPA_RANGE_NOT_BLOCKED | SEAM_OPERAND_ID_RCX,
		  huge | HP_LEAF, HP_LS(1, HP_PENDING));
	KUNIT_ASSERT_EQ(test, hp_call(SEAM_TDH_MEM_RANGE_BLOCK, HP_GPA | 1, tdr, 0, &a),
			SEAM_TDX_SUCCESS);
	st = hp_call(SEAM_TDH_MEM_PAGE_REMOVE, HP_GPA | 1, tdr, 0, &a);
	hp_expect(test, st, &a, SEAM_TDX_TLB_TRACKING_NOT_DONE | SEAM_OPERAND_ID_RCX, 0, 0);
	KUNIT_ASSERT_EQ(test, hp_call(SEAM_TDH_MEM_TRACK, tdr, 0, 0, &a), SEAM_TDX_SUCCESS);
	st = hp_call(SEAM_TDH_MEM_PAGE_REMOVE, HP_GPA | 1, tdr, 0, &a);
	hp_expect(test, st, &a, SEAM_TDX_SUCCESS, huge, 0);
	KUNIT_EXPECT_EQ(test, seam_model_sept_state(m, tdr, HP_GPA, 1), SEAM_MODEL_SEPT_FREE);
	hp_expect_pamt(test, huge, SEAM_PT_NDA, tdr, SEAM_TDX_PS_4K);

	/* the 2 MiB range is free again */
	st = hp_call(SEAM_TDH_MEM_PAGE_AUG, HP_GPA | 1, tdr, huge, &a);
	hp_expect(test, st, &a, SEAM_TDX_SUCCESS, 0, 0);
	hp_expect_pamt(test, huge, SEAM_PT_REG, tdr, SEAM_TDX_PS_2M);
}

/*
 * Before MR.FINALIZE: 512 PAGE.ADDs promoted into one mapped 2 MiB page,
 * no blocking needed; MR.EXTEND through it; DEMOTE back; PROMOTE refused
 * once a 4 KiB page is gone.
 */
static void seamcall_hugepage_build_test(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	struct seam_model *m = f->m;
	u64 tdr, huge = hp_huge(f), pt, pt2, src, st, i;
	struct seam_args a;

	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_SEPT), SEAM_TDX_SUCCESS);
	tdr = f->td.tdr;
	pt = seam_fixture_alloc_page(f);
	pt2 = seam_fixture_alloc_page(f);
	src = seam_fixture_alloc_page(f);
	KUNIT_ASSERT_NE(test, pt && pt2 && src, 0);

	KUNIT_ASSERT_EQ(test, hp_call(SEAM_TDH_MEM_SEPT_ADD, HP_GPA | 1, tdr, pt, &a),
			SEAM_TDX_SUCCESS);
	for (i = 0; i < 512; i++) {
		a.rcx = HP_GPA + i * HP_PAGE;
		a.rdx = tdr;
		a.r8 = huge + i * HP_PAGE;
		a.r9 = src;
		KUNIT_ASSERT_EQ(test, seam_call_ret(SEAM_TDH_MEM_PAGE_ADD, &a), SEAM_TDX_SUCCESS);
	}
	st = hp_call(SEAM_TDH_MEM_PAGE_PROMOTE, HP_GPA | 1, tdr, 0, &a);
	hp_expect(test, st, &a, SEAM_TDX_SUCCESS, pt, 0);
	KUNIT_EXPECT_EQ(test, seam_model_sept_state(m, tdr, HP_GPA, 1), SEAM_MODEL_SEPT_MAPPED);
	hp_expect_pamt(test, huge + 0x7000, SEAM_PT_REG, tdr, SEAM_TDX_PS_2M);
	hp_expect_pamt(test, pt, SEAM_PT_NDA, tdr, SEAM_TDX_PS_4K);

	/* MR.EXTEND walks to the 2 MiB leaf; a free PD entry is not present */
	st = hp_call(SEAM_TDH_MR_EXTEND, HP_GPA + 0x1f0100, tdr, 0, &a);
	hp_expect(test, st, &a, SEAM_TDX_SUCCESS, 0, 0);
	st = hp_call(SEAM_TDH_MR_EXTEND, 2 * HP_2M, tdr, 0, &a);
	hp_expect(test, st, &a, SEAM_TDX_EPT_ENTRY_NOT_PRESENT | SEAM_OPERAND_ID_RCX,
		  HP_SVE, HP_LS(1, HP_FREE));
	/* a 4 KiB walk stops at the 2 MiB leaf */
	st = hp_call(SEAM_TDH_MEM_PAGE_REMOVE, HP_GPA + HP_PAGE, tdr, 0, &a);
	hp_expect(test, st, &a, SEAM_TDX_EPT_WALK_FAILED | SEAM_OPERAND_ID_RCX,
		  huge | HP_LEAF_RWX, HP_LS(1, HP_MAPPED));

	/* DEMOTE without blocking: the TD does not run yet */
	st = hp_call(SEAM_TDH_MEM_PAGE_DEMOTE, HP_GPA | 1, tdr, pt2, &a);
	hp_expect(test, st, &a, SEAM_TDX_SUCCESS, 0, 0);
	KUNIT_EXPECT_EQ(test, seam_model_sept_state(m, tdr, HP_GPA + 0x3000, 0),
			SEAM_MODEL_SEPT_MAPPED);
	hp_expect_pamt(test, huge + 0x3000, SEAM_PT_REG, tdr, SEAM_TDX_PS_4K);

	/* one entry blocked: the 512 entries no longer match */
	KUNIT_ASSERT_EQ(test, hp_call(SEAM_TDH_MEM_RANGE_BLOCK, HP_GPA + 0x3000, tdr, 0, &a),
			SEAM_TDX_SUCCESS);
	st = hp_call(SEAM_TDH_MEM_PAGE_PROMOTE, HP_GPA | 1, tdr, 0, &a);
	hp_expect(test, st, &a, SEAM_TDX_EPT_INVALID_PROMOTE_CONDITIONS | SEAM_OPERAND_ID_RCX,
		  HP_NL, HP_LS(1, HP_NL_MAPPED));
	KUNIT_ASSERT_EQ(test, hp_call(SEAM_TDH_MEM_RANGE_UNBLOCK, HP_GPA + 0x3000, tdr, 0, &a),
			SEAM_TDX_SUCCESS);

	/* one page removed: the 512 entries no longer make a 2 MiB page */
	st = hp_call(SEAM_TDH_MEM_PAGE_REMOVE, HP_GPA + 0x3000, tdr, 0, &a);
	hp_expect(test, st, &a, SEAM_TDX_SUCCESS, huge + 0x3000, 0);
	st = hp_call(SEAM_TDH_MEM_PAGE_PROMOTE, HP_GPA | 1, tdr, 0, &a);
	hp_expect(test, st, &a, SEAM_TDX_EPT_INVALID_PROMOTE_CONDITIONS | SEAM_OPERAND_ID_RCX,
		  HP_NL, HP_LS(1, HP_NL_MAPPED));
}

/*
 * Teardown with a 2 MiB page still mapped: the fixture's teardown stages,
 * then RECLAIM of the 2 MiB page (once, at its first 4 KiB) and the TDR.
 */
static void seamcall_hugepage_teardown_test(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	u64 tdr, huge = hp_huge(f), st;
	struct seam_args a;

	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_FINALIZE), SEAM_TDX_SUCCESS);
	tdr = f->td.tdr;
	st = hp_call(SEAM_TDH_MEM_PAGE_AUG, HP_GPA | 1, tdr, huge, &a);
	hp_expect(test, st, &a, SEAM_TDX_SUCCESS, 0, 0);
	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_FREEID), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_page_type(f->m, huge + HP_PAGE), SEAM_PT_REG);
	KUNIT_EXPECT_EQ(test, seam_model_page_owner(f->m, huge + HP_PAGE), tdr);

	/* a 4 KiB address inside the page: type, owner and size, then refused */
	st = hp_call(SEAM_TDH_PHYMEM_PAGE_RECLAIM, huge + HP_PAGE, 0, 0, &a);
	hp_expect(test, st, &a, SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RCX, SEAM_PT_REG, tdr);
	KUNIT_EXPECT_EQ(test, a.r8, SEAM_TDX_PS_2M);
	KUNIT_EXPECT_EQ(test, seam_fixture_reclaim_all(f), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_page_type(f->m, tdr), SEAM_PT_NDA);
	hp_expect_pamt(test, huge + HP_PAGE, SEAM_PT_NDA, 0, SEAM_TDX_PS_4K);
}

/*
 * A sparse model: 64 GiB of address space behind 4 chunks of 2 MiB. Reads
 * of untouched memory find free pages and change nothing; 2 MiB pages far
 * up fill the pool, one more address finds no page; a removed page gives
 * its chunk back.
 */
static void seamcall_hugepage_sparse_test(struct kunit *test)
{
	struct seam_model_config cfg = {
		.nr_pages = SEAM_MODEL_MAX_PAGES,
		.mem_size = SEAM_MODEL_MAX_MEM_SIZE,
		.tdmr_init_pages = SEAM_MODEL_MAX_MEM_SIZE / HP_PAGE,
	};
	u64 tdr, far, digest, st, i;
	struct seam_fixture *f;
	struct seam_args a;

	seam_fixture_destroy(test->priv);
	f = seam_fixture_create(&cfg);
	test->priv = f;
	KUNIT_ASSERT_NOT_NULL(test, f);
	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_FINALIZE), SEAM_TDX_SUCCESS);
	tdr = f->td.tdr;
	far = f->cfg.hpa_base + SEAM_MODEL_MAX_MEM_SIZE - HP_2M;

	digest = seam_model_digest(f->m);
	for (i = 1; i <= 8; i++)
		hp_expect_pamt(test, f->cfg.hpa_base + (i << 33) - HP_PAGE, SEAM_PT_NDA, 0,
			       SEAM_TDX_PS_4K);
	KUNIT_EXPECT_EQ(test, seam_model_digest(f->m), digest);

	/* the TD's own pages hold the first chunk; three 2 MiB pages the rest */
	for (i = 0; i < 3; i++) {
		st = hp_call(SEAM_TDH_MEM_PAGE_AUG, (HP_GPA + i * HP_2M) | 1, tdr,
			     far - (i << 30), &a);
		hp_expect(test, st, &a, SEAM_TDX_SUCCESS, 0, 0);
	}
	hp_expect_pamt(test, far + 0x1ff000, SEAM_PT_REG, tdr, SEAM_TDX_PS_2M);
	KUNIT_EXPECT_NE(test, seam_model_digest(f->m), digest);
	st = hp_call(SEAM_TDH_MEM_PAGE_AUG, (HP_GPA + 3 * HP_2M) | 1, tdr, far - (3ULL << 30), &a);
	hp_expect(test, st, &a, SEAM_TDX_OPERAND_ADDR_RANGE_ERROR | SEAM_OPERAND_ID_R8, 0, 0);

	/* removing one gives its chunk back */
	KUNIT_ASSERT_EQ(test, hp_call(SEAM_TDH_MEM_RANGE_BLOCK, HP_GPA | 1, tdr, 0, &a),
			SEAM_TDX_SUCCESS);
	KUNIT_ASSERT_EQ(test, hp_call(SEAM_TDH_MEM_TRACK, tdr, 0, 0, &a), SEAM_TDX_SUCCESS);
	st = hp_call(SEAM_TDH_MEM_PAGE_REMOVE, HP_GPA | 1, tdr, 0, &a);
	hp_expect(test, st, &a, SEAM_TDX_SUCCESS, far, 0);
	st = hp_call(SEAM_TDH_MEM_PAGE_AUG, (HP_GPA + 3 * HP_2M) | 1, tdr, far - (3ULL << 30), &a);
	hp_expect(test, st, &a, SEAM_TDX_SUCCESS, 0, 0);
	hp_expect_pamt(test, far - (3ULL << 30), SEAM_PT_REG, tdr, SEAM_TDX_PS_2M);
}

/* Symbolic operands of the misuse table. */
enum hp_sym {
	HP_X_IMM,	/* the immediate alone */
	HP_X_TDR,	/* the fixture TD's TDR */
	HP_X_HUGE,	/* the free 2 MiB range (the 2 MiB page in most preps) */
	HP_X_LOW,	/* the first 2 MiB of memory, where the TD's pages are */
	HP_X_FREE,	/* a free 4 KiB page */
};

/* State prepared after MR.FINALIZE, before the row's call. */
enum hp_prep {
	HP_P_NONE,
	HP_P_AUG4K,		/* 4 KiB pending page at GPA 0x5000 in HP_X_HUGE */
	HP_P_AUG,		/* 2 MiB pending page at HP_GPA */
	HP_P_AUG_BLOCKED,	/* ... blocked, not tracked */
	HP_P_AUG_TRACKED,	/* ... blocked and tracked */
	HP_P_PT,		/* a PT at level 1 for HP_GPA */
	HP_P_PT_TRACKED,	/* ... blocked and tracked */
};

struct hp_val {
	enum hp_sym sym;
	u64 imm;
};

/**
 * struct hp_case - one misuse row
 * @desc: name
 * @prep: state to prepare
 * @fn: leaf and version
 * @rcx: RCX input
 * @rdx: RDX input
 * @r8: R8 input
 * @status: expected RAX
 * @out_rcx: expected RCX
 * @out_rdx: expected RDX
 */
struct hp_case {
	const char *desc;
	enum hp_prep prep;
	u64 fn;
	struct hp_val rcx, rdx, r8;
	u64 status;
	struct hp_val out_rcx;
	u64 out_rdx;
};

#define I(v)		{ HP_X_IMM, (v) }
#define X(s, v)		{ HP_X_##s, (v) }
#define TDR		X(TDR, 0)
#define G2M		I(HP_GPA | 1)

static const struct hp_case hp_cases[] = {
	/* tdh_mem_page_aug.c:159 > helpers.c:check_and_lock_free_range_hpa() */
	{ "AUG 2M: HPA 4 KiB aligned only", HP_P_NONE, SEAM_TDH_MEM_PAGE_AUG, G2M, TDR,
	  X(HUGE, HP_PAGE), SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_R8, I(0), 0 },
	/* tdh_mem_page_aug.c:105 verify_page_info_input(): GPA alignment */
	{ "AUG 2M: GPA 4 KiB aligned only", HP_P_NONE, SEAM_TDH_MEM_PAGE_AUG,
	  I((HP_GPA + HP_PAGE) | 1), TDR, X(HUGE, 0),
	  SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RCX, I(0), 0 },
	/* pamt_manager.c:pamt_is_2mb_range_free() */
	{ "AUG 2M: range not free", HP_P_AUG4K, SEAM_TDH_MEM_PAGE_AUG, G2M, TDR, X(HUGE, 0),
	  SEAM_TDX_PAGE_METADATA_INCORRECT | SEAM_OPERAND_ID_R8, I(0), 0 },
	/*
	 * pamt_manager.c:pamt_walk(): the TDR's walk holds its 2 MiB entry
	 * shared, R8's cannot promote it to exclusive
	 */
	{ "AUG 2M: range holds the TDR", HP_P_NONE, SEAM_TDH_MEM_PAGE_AUG, G2M, TDR, X(LOW, 0),
	  SEAM_TDX_OPERAND_BUSY | SEAM_OPERAND_ID_R8, I(0), 0 },
	/* tdh_mem_page_aug.c:105: LVL_PT..LVL_PD */
	{ "AUG 1G", HP_P_NONE, SEAM_TDH_MEM_PAGE_AUG, I(0x40000000 | 2), TDR, X(HUGE, 0),
	  SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RCX, I(0), 0 },
	/* tdh_mem_page_aug.c:150: the PD entry is a mapped non-leaf */
	{ "AUG 2M over a PT", HP_P_PT, SEAM_TDH_MEM_PAGE_AUG, G2M, TDR, X(HUGE, 0),
	  SEAM_TDX_EPT_ENTRY_STATE_INCORRECT | SEAM_OPERAND_ID_RCX, I(HP_NL),
	  HP_LS(1, HP_NL_MAPPED) },
	{ "AUG 2M twice", HP_P_AUG, SEAM_TDH_MEM_PAGE_AUG, G2M, TDR, X(HUGE, 0),
	  SEAM_TDX_EPT_ENTRY_STATE_INCORRECT | SEAM_OPERAND_ID_RCX, X(HUGE, HP_LEAF),
	  HP_LS(1, HP_PENDING) },
	/* helpers.c:lock_sept_check_and_walk_internal(): the walk stops at the leaf */
	{ "AUG 4K inside a 2M page", HP_P_AUG, SEAM_TDH_MEM_PAGE_AUG, I(HP_GPA + HP_PAGE),
	  TDR, X(FREE, 0), SEAM_TDX_EPT_WALK_FAILED | SEAM_OPERAND_ID_RCX, X(HUGE, HP_LEAF),
	  HP_LS(1, HP_PENDING) },
	/* tdh_mem_page_demote.c:152: LVL_PD..LVL_PDPT */
	{ "DEMOTE level 0", HP_P_AUG_TRACKED, SEAM_TDH_MEM_PAGE_DEMOTE, I(HP_GPA), TDR,
	  X(FREE, 0), SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RCX, I(0), 0 },
	/* tdh_mem_page_demote.c:202: a free entry is not a leaf to split */
	{ "DEMOTE a free 2M entry", HP_P_NONE, SEAM_TDH_MEM_PAGE_DEMOTE, G2M, TDR, X(FREE, 0),
	  SEAM_TDX_EPT_ENTRY_STATE_INCORRECT | SEAM_OPERAND_ID_RCX, I(HP_SVE),
	  HP_LS(1, HP_FREE) },
	/* tdh_mem_page_demote.c:223 */
	{ "DEMOTE not blocked", HP_P_AUG, SEAM_TDH_MEM_PAGE_DEMOTE, G2M, TDR, X(FREE, 0),
	  SEAM_TDX_GPA_RANGE_NOT_BLOCKED | SEAM_OPERAND_ID_RCX, X(HUGE, HP_LEAF),
	  HP_LS(1, HP_PENDING) },
	/* tdh_mem_page_demote.c:233 */
	{ "DEMOTE TLB not tracked", HP_P_AUG_BLOCKED, SEAM_TDH_MEM_PAGE_DEMOTE, G2M, TDR,
	  X(FREE, 0), SEAM_TDX_TLB_TRACKING_NOT_DONE | SEAM_OPERAND_ID_RCX, I(0), 0 },
	/* tdh_mem_page_demote.c:243: R8 walks to the 2 MiB PT_REG entry */
	{ "DEMOTE R8 inside the 2M page", HP_P_AUG_TRACKED, SEAM_TDH_MEM_PAGE_DEMOTE, G2M, TDR,
	  X(HUGE, HP_PAGE), SEAM_TDX_PAGE_METADATA_INCORRECT | SEAM_OPERAND_ID_R8, I(0), 0 },
	/* the TDR is locked shared, R8 needs it exclusively */
	{ "DEMOTE R8 = the TDR", HP_P_AUG_TRACKED, SEAM_TDH_MEM_PAGE_DEMOTE, G2M, TDR, TDR,
	  SEAM_TDX_OPERAND_BUSY | SEAM_OPERAND_ID_R8, I(0), 0 },
	/* tdh_mem_page_promote.c:299: a leaf is not NL_MAPPED or NL_BLOCKED */
	{ "PROMOTE a 2M leaf", HP_P_AUG_TRACKED, SEAM_TDH_MEM_PAGE_PROMOTE, G2M, TDR, I(0),
	  SEAM_TDX_EPT_ENTRY_STATE_INCORRECT | SEAM_OPERAND_ID_RCX, X(HUGE, HP_LEAF),
	  HP_LS(1, HP_PENDING_BLOCKED) },
	/* tdh_mem_page_promote.c:325 */
	{ "PROMOTE a PT not blocked", HP_P_PT, SEAM_TDH_MEM_PAGE_PROMOTE, G2M, TDR, I(0),
	  SEAM_TDX_GPA_RANGE_NOT_BLOCKED | SEAM_OPERAND_ID_RCX, I(HP_NL),
	  HP_LS(1, HP_NL_MAPPED) },
	/* tdh_mem_page_promote.c:is_sept_page_valid_for_merge():88: entry 0 free */
	{ "PROMOTE an empty PT", HP_P_PT_TRACKED, SEAM_TDH_MEM_PAGE_PROMOTE, G2M, TDR, I(0),
	  SEAM_TDX_EPT_INVALID_PROMOTE_CONDITIONS | SEAM_OPERAND_ID_RCX, I(0),
	  HP_LS(1, HP_NL_BLOCKED) },
	/* tdh_mem_page_promote.c:249: LVL_PD..LVL_PDPT */
	{ "PROMOTE level 0", HP_P_PT_TRACKED, SEAM_TDH_MEM_PAGE_PROMOTE, I(HP_GPA), TDR, I(0),
	  SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RCX, I(0), 0 },
	/* tdh_mem_page_remove.c:179 */
	{ "REMOVE 2M not blocked", HP_P_AUG, SEAM_TDH_MEM_PAGE_REMOVE, G2M, TDR, I(0),
	  SEAM_TDX_GPA_RANGE_NOT_BLOCKED | SEAM_OPERAND_ID_RCX, X(HUGE, HP_LEAF),
	  HP_LS(1, HP_PENDING) },
	/* tdh_mem_page_remove.c:189 */
	{ "REMOVE 2M TLB not tracked", HP_P_AUG_BLOCKED, SEAM_TDH_MEM_PAGE_REMOVE, G2M, TDR,
	  I(0), SEAM_TDX_TLB_TRACKING_NOT_DONE | SEAM_OPERAND_ID_RCX, I(0), 0 },
	/* tdh_mem_range_unblock.c:181: operand SEPT_TREE in 1.5.01 */
	{ "UNBLOCK 2M TLB not tracked", HP_P_AUG_BLOCKED, SEAM_TDH_MEM_RANGE_UNBLOCK, G2M, TDR,
	  I(0), SEAM_TDX_TLB_TRACKING_NOT_DONE | SEAM_OPERAND_ID_SEPT_TREE, I(0), 0 },
	/* tdh_mem_range_block.c:217 */
	{ "BLOCK 2M twice", HP_P_AUG_BLOCKED, SEAM_TDH_MEM_RANGE_BLOCK, G2M, TDR, I(0),
	  SEAM_TDX_GPA_RANGE_ALREADY_BLOCKED | SEAM_OPERAND_ID_RCX, X(HUGE, HP_LEAF),
	  HP_LS(1, HP_PENDING_BLOCKED) },
	/* tdh_phymem_page_reclaim.c:115: a 4 KiB address inside a 2 MiB page */
	{ "RECLAIM inside a 2M page", HP_P_AUG, SEAM_TDH_PHYMEM_PAGE_RECLAIM, X(HUGE, HP_PAGE),
	  I(0), I(0), SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RCX, I(SEAM_PT_REG), ~0ULL },
};

#undef I
#undef X
#undef TDR
#undef G2M

static void hp_case_desc(const struct hp_case *c, char *desc)
{
	strscpy(desc, c->desc, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(hp, hp_cases, hp_case_desc);

static u64 hp_value(struct seam_fixture *f, const struct hp_val *v, u64 free)
{
	switch (v->sym) {
	case HP_X_TDR:
		return f->td.tdr + v->imm;
	case HP_X_HUGE:
		return hp_huge(f) + v->imm;
	case HP_X_LOW:
		return f->cfg.hpa_base + v->imm;
	case HP_X_FREE:
		return free + v->imm;
	default:
		return v->imm;
	}
}

static u64 hp_prepare(struct seam_fixture *f, enum hp_prep prep)
{
	u64 tdr = f->td.tdr, st = SEAM_TDX_SUCCESS;
	struct seam_args a;
	bool pt = prep == HP_P_PT || prep == HP_P_PT_TRACKED;

	if (prep == HP_P_NONE)
		return st;
	if (prep == HP_P_AUG4K)
		return hp_call(SEAM_TDH_MEM_PAGE_AUG, 0x5000, tdr, hp_huge(f) + 0x5000, &a);
	if (pt)
		st = hp_call(SEAM_TDH_MEM_SEPT_ADD, HP_GPA | 1, tdr,
			     seam_fixture_alloc_page(f), &a);
	else
		st = hp_call(SEAM_TDH_MEM_PAGE_AUG, HP_GPA | 1, tdr, hp_huge(f), &a);
	if (st || prep == HP_P_AUG || prep == HP_P_PT)
		return st;
	st = hp_call(SEAM_TDH_MEM_RANGE_BLOCK, HP_GPA | 1, tdr, 0, &a);
	if (st || prep == HP_P_AUG_BLOCKED)
		return st;
	return hp_call(SEAM_TDH_MEM_TRACK, tdr, 0, 0, &a);
}

/* Each row: exact status and RCX/RDX, and no state changed by the error. */
static void seamcall_hugepage_misuse_test(struct kunit *test)
{
	const struct hp_case *c = test->param_value;
	struct seam_fixture *f = test->priv;
	struct seam_args a;
	u64 free, digest, st;

	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_FINALIZE), SEAM_TDX_SUCCESS);
	KUNIT_ASSERT_EQ(test, hp_prepare(f, c->prep), SEAM_TDX_SUCCESS);
	free = seam_fixture_alloc_page(f);
	KUNIT_ASSERT_NE(test, free, 0);
	digest = seam_model_digest(f->m);
	st = hp_call(c->fn, hp_value(f, &c->rcx, free), hp_value(f, &c->rdx, free),
		     hp_value(f, &c->r8, free), &a);
	KUNIT_EXPECT_EQ(test, st, c->status);
	KUNIT_EXPECT_EQ(test, a.rcx, hp_value(f, &c->out_rcx, free));
	KUNIT_EXPECT_EQ(test, a.rdx, c->out_rdx == ~0ULL ? f->td.tdr : c->out_rdx);
	KUNIT_EXPECT_EQ(test, seam_model_digest(f->m), digest);
}

static struct kunit_case seamcall_hugepage_test_cases[] = {
	KUNIT_CASE(seamcall_hugepage_runtime_test),
	KUNIT_CASE(seamcall_hugepage_build_test),
	KUNIT_CASE(seamcall_hugepage_teardown_test),
	KUNIT_CASE(seamcall_hugepage_sparse_test),
	KUNIT_CASE_PARAM(seamcall_hugepage_misuse_test, hp_gen_params),
	{}
};

static struct kunit_suite seamcall_hugepage_test_suite = {
	.name = "seamcall_hugepage",
	.init = hp_init,
	.exit = hp_exit,
	.test_cases = seamcall_hugepage_test_cases,
};

kunit_test_suites(&seamcall_hugepage_test_suite);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("2 MiB private pages against the TDX module model");
