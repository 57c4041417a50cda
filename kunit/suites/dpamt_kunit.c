// SPDX-License-Identifier: GPL-2.0
/*
 * Dynamic PAMT against the TDX module model (profile 2.0): the fixture's
 * lazy TDH.PHYMEM.PAMT.ADD, 4 KiB and 2 MiB TDH.MEM.PAGE.AUG in backed and
 * unbacked ranges, TDH.MEM.PAGE.DEMOTE with its PAMT page pair in R12,
 * R13, PROMOTE and 2 MiB REMOVE, TDH.PHYMEM.PAMT.REMOVE, and the misuse of
 * each as a table. Expected values are those of the TDX module 2.0.18
 * source (tdh_phymem_pamt_add.c, tdh_phymem_pamt_remove.c,
 * tdh_phymem_page_rdmd.c, pamt_manager.c:pamt_walk()/pamt_demote()/
 * pamt_promote(), helpers.c:non_shared_hpa_metadata_check_and_lock()).
 *
 * Copyright (C) 2026 The seamcall authors
 */
#include <kunit/test.h>
#include <linux/string.h>
#include <seamcall.h>

#include "seam_fixture.h"
#include "model_check.h"

#define DP_PAGE		4096ULL
#define DP_2M		0x200000ULL
/* Three 2 MiB ranges: the fixture's TD, a 2 MiB page, a spare one. */
#define DP_NR_PAGES	1536
/* A 2 MiB GPA under the PD the fixture's SEPT stage adds for GPA 0. */
#define DP_GPA_2M	DP_2M
/* A free 4 KiB GPA under the PT the fixture's SEPT stage adds. */
#define DP_GPA_4K	0x2000ULL
/* PAMT_4K entries per PAMT page: the second page starts at this page. */
#define DP_SECOND_HALF	256
/* RCX bit 62: the range has no page in use (pamt_manager.h PAMT_REMOVAL_HINT). */
#define DP_REMOVAL_HINT	BIT_ULL(62)
/* Module 2.0 page type of a PAMT page (pamt_manager.h PT_PAMT). */
#define DP_PT_PAMT	15

static u64 dp_call(u64 fn, u64 rcx, u64 rdx, u64 r8, struct seam_args *a)
{
	memset(a, 0, sizeof(*a));
	a->rcx = rcx;
	a->rdx = rdx;
	a->r8 = r8;
	return seam_call_ret(fn, a);
}

/* TDH.MEM.PAGE.DEMOTE of the 2 MiB page at @gpa with PAMT pages @p0, @p1. */
static u64 dp_demote(u64 tdr, u64 gpa, u64 sept, u64 p0, u64 p1)
{
	const phys_addr_t pair[SEAM_DPAMT_PAGES] = { p0, p1 };
	u64 entry, level_state;

	return seam_tdh_mem_page_demote_pamt(tdr, gpa, SEAM_TDX_PS_2M, sept, pair,
					     SEAM_DPAMT_PAGES, &entry, &level_state);
}

/* TDH.PHYMEM.PAGE.RDMD of @hpa: type, owner and PAMT level must be these. */
static void dp_expect_pamt(struct kunit *test, u64 hpa, u64 pt, u64 owner,
			   u64 level)
{
	struct seam_args a;

	KUNIT_ASSERT_EQ(test, dp_call(SEAM_TDH_PHYMEM_PAGE_RDMD, hpa, 0, 0, &a),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, a.rcx, pt);
	KUNIT_EXPECT_EQ(test, a.rdx, owner);
	KUNIT_EXPECT_EQ(test, a.r8, level);
}

/* BLOCK and TRACK of the mapping at @gpa of @level. */
static void dp_block_track(struct kunit *test, u64 tdr, u64 gpa, int level)
{
	struct seam_args a;

	KUNIT_ASSERT_EQ(test, dp_call(SEAM_TDH_MEM_RANGE_BLOCK, gpa | level, tdr, 0, &a),
			SEAM_TDX_SUCCESS);
	KUNIT_ASSERT_EQ(test, dp_call(SEAM_TDH_MEM_TRACK, tdr, 0, 0, &a), SEAM_TDX_SUCCESS);
}

static void dp_expect_invariants(struct kunit *test, struct seam_fixture *f)
{
	char msg[160] = "";

	KUNIT_EXPECT_EQ_MSG(test, seam_model_check_invariants(f->m, msg, sizeof(msg)), 0,
			    "%s", msg);
}

static struct seam_fixture *dp_create(bool dynamic_pamt)
{
	struct seam_model_config cfg = {
		.nr_pages = DP_NR_PAGES,
		.profile = SEAM_MODEL_PROFILE_2_0,
	};
	struct seam_fixture *f = seam_fixture_create(&cfg);

	if (f)
		f->dynamic_pamt = dynamic_pamt;
	return f;
}

static int dp_init(struct kunit *test)
{
	struct seam_fixture *f = dp_create(true);

	if (!f)
		return -ENOMEM;
	test->priv = f;
	return 0;
}

static void dp_exit(struct kunit *test)
{
	seam_fixture_destroy(test->priv);
}

/*
 * The fixture backs the TD's range before its first page there: the
 * range's first two free pages read as PAMT pages; the allocator skips
 * them. seam_fixture_alloc_2m() gives an unbacked range; PAMT.ADD of a
 * backed range is HPA_RANGE_NOT_FREE.
 */
static void seamcall_dpamt_fixture_test(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	u64 base = seam_fixture_tdmr_base(f), huge, st;
	struct seam_args a;

	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_TD_CREATE), SEAM_TDX_SUCCESS);
	/* page 0: TDMR_INFO (before TDMR.INIT); 1, 2: PAMT pages; 3: TDR */
	KUNIT_EXPECT_EQ(test, f->tdmr_info, base);
	KUNIT_EXPECT_EQ(test, f->td.tdr, base + 3 * DP_PAGE);
	dp_expect_pamt(test, base + DP_PAGE, DP_PT_PAMT, 0, SEAM_TDX_PS_4K);
	dp_expect_pamt(test, base + 2 * DP_PAGE, DP_PT_PAMT, 0, SEAM_TDX_PS_4K);
	dp_expect_pamt(test, f->td.tdr, SEAM_PT_TDR, 0, SEAM_TDX_PS_4K);
	dp_expect_pamt(test, base + 4 * DP_PAGE, SEAM_PT_NDA, 0, SEAM_TDX_PS_4K);
	st = dp_call(SEAM_TDH_PHYMEM_PAMT_ADD, base | SEAM_TDX_PS_2M, base + 5 * DP_PAGE,
		     base + 6 * DP_PAGE, &a);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_HPA_RANGE_NOT_FREE | SEAM_OPERAND_ID_RCX);

	/* the next 2 MiB range: no PAMT page pair, so a walk ends at 2 MiB */
	huge = seam_fixture_alloc_2m(f);
	KUNIT_EXPECT_EQ(test, huge, base + DP_2M);
	dp_expect_pamt(test, huge + DP_PAGE, SEAM_PT_NDA, 0, SEAM_TDX_PS_2M);
	KUNIT_EXPECT_EQ(test, seam_model_page_level(f->m, huge), SEAM_TDX_PS_2M);
	/* the third and last range; then none is left */
	KUNIT_EXPECT_EQ(test, seam_fixture_alloc_2m(f), base + 2 * DP_2M);
	KUNIT_EXPECT_EQ(test, seam_fixture_alloc_2m(f), 0);
	dp_expect_invariants(test, f);
}

/*
 * A TD with dynamic PAMT: 4 KiB AUG needs a backed range; 2 MiB AUG needs
 * an unbacked one; DEMOTE backs the range with the pair in R12, R13;
 * PROMOTE frees the pair; 2 MiB REMOVE; PAMT.ADD with pages of the range
 * itself; PAMT.REMOVE refuses a range with pages in either PAMT page and
 * returns the pair of an empty one.
 */
static void seamcall_dpamt_lifecycle_test(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	u64 tdr, huge, spare, p0, p1, sept, st, digest, entry, level_state;
	phys_addr_t pair[SEAM_DPAMT_PAGES];
	struct seam_args a;

	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_FINALIZE), SEAM_TDX_SUCCESS);
	tdr = f->td.tdr;
	huge = seam_fixture_alloc_2m(f);
	p0 = seam_fixture_alloc_page(f);
	p1 = seam_fixture_alloc_page(f);
	/* the S-EPT page DEMOTE takes: alone in a range backed by its own pages */
	spare = seam_fixture_alloc_2m(f);
	KUNIT_ASSERT_NE(test, huge && p0 && p1 && spare, 0);
	pair[0] = spare + DP_PAGE;
	pair[1] = spare + 2 * DP_PAGE;
	KUNIT_ASSERT_EQ(test, seam_tdh_phymem_pamt_add(spare, pair, SEAM_DPAMT_PAGES),
			SEAM_TDX_SUCCESS);
	sept = spare + 3 * DP_PAGE;

	/* 4 KiB AUG in an unbacked range; 2 MiB AUG there */
	digest = seam_model_digest(f->m);
	st = dp_call(SEAM_TDH_MEM_PAGE_AUG, DP_GPA_4K, tdr, huge + DP_PAGE, &a);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_MISSING_PAMT_PAGE_PAIR | SEAM_OPERAND_ID_R8);
	KUNIT_EXPECT_EQ(test, seam_model_digest(f->m), digest);
	st = dp_call(SEAM_TDH_MEM_PAGE_AUG, DP_GPA_2M | SEAM_TDX_PS_2M, tdr, huge, &a);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_SUCCESS);
	dp_expect_pamt(test, huge + 0x1ff000, SEAM_PT_REG, tdr, SEAM_TDX_PS_2M);
	st = dp_call(SEAM_TDH_PHYMEM_PAMT_ADD, huge | SEAM_TDX_PS_2M, p0, p1, &a);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_HPA_RANGE_NOT_FREE | SEAM_OPERAND_ID_RCX);

	/* DEMOTE: the pair is checked after the S-EPT page, in R12 then R13 */
	dp_block_track(test, tdr, DP_GPA_2M, SEAM_TDX_PS_2M);
	digest = seam_model_digest(f->m);
	st = dp_demote(tdr, DP_GPA_2M, sept, 0, 0);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_OPERAND_ADDR_RANGE_ERROR | SEAM_OPERAND_ID_R12);
	st = dp_demote(tdr, DP_GPA_2M, sept, p0 | 0x800, p1 + 1);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_R12);
	st = dp_demote(tdr, DP_GPA_2M, sept, p0, p1 + 1);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_R13);
	st = dp_demote(tdr, DP_GPA_2M, sept, p0, 0);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_OPERAND_ADDR_RANGE_ERROR | SEAM_OPERAND_ID_R13);
	st = dp_demote(tdr, DP_GPA_2M, sept, tdr, p1);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_PAGE_NOT_FREE | SEAM_OPERAND_ID_R12);
	st = dp_demote(tdr, DP_GPA_2M, sept, p0, seam_fixture_tdmr_base(f) + DP_PAGE);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_PAGE_NOT_FREE | SEAM_OPERAND_ID_R13);
	st = dp_demote(tdr, DP_GPA_2M, sept, p0, p0);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_PAGE_NOT_FREE | SEAM_OPERAND_ID_R13);
	/* a page of the page being split: its entry is locked exclusively */
	st = dp_demote(tdr, DP_GPA_2M, sept, huge + DP_PAGE, p1);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_OPERAND_BUSY | SEAM_OPERAND_ID_R12);
	/* no PAMT page: the wrapper issues no SEAMCALL */
	st = seam_tdh_mem_page_demote_pamt(tdr, DP_GPA_2M, SEAM_TDX_PS_2M, sept, pair, 0,
					   &entry, &level_state);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_SW_EINVAL);
	/* the S-EPT page comes first; a PAMT page is not free */
	st = dp_demote(tdr, DP_GPA_2M, seam_fixture_tdmr_base(f) + DP_PAGE, 0, 0);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_PAGE_METADATA_INCORRECT | SEAM_OPERAND_ID_R8);
	KUNIT_EXPECT_EQ(test, seam_model_digest(f->m), digest);
	st = dp_demote(tdr, DP_GPA_2M, sept, p0, p1);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_SUCCESS);
	dp_expect_pamt(test, huge + 0x1ff000, SEAM_PT_REG, tdr, SEAM_TDX_PS_4K);
	dp_expect_pamt(test, p0, DP_PT_PAMT, 0, SEAM_TDX_PS_4K);
	dp_expect_pamt(test, p1, DP_PT_PAMT, 0, SEAM_TDX_PS_4K);
	/* RDMD at 2 MiB (RCX bits 2:0 = 1): the PT_PAMT entry and its pair */
	KUNIT_ASSERT_EQ(test, dp_call(SEAM_TDH_PHYMEM_PAGE_RDMD, huge | SEAM_TDX_PS_2M, 0, 0, &a),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, a.rcx & 0xff, DP_PT_PAMT);
	KUNIT_EXPECT_EQ(test, a.rdx, 0);
	KUNIT_EXPECT_EQ(test, a.r8, SEAM_TDX_PS_2M);
	KUNIT_EXPECT_EQ(test, a.r10, p0);
	KUNIT_EXPECT_EQ(test, a.r11, p1);
	st = dp_call(SEAM_TDH_PHYMEM_PAMT_REMOVE, huge | SEAM_TDX_PS_2M, 0, 0, &a);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_PAMT_PAGE_NOT_EMPTY | 0);
	dp_expect_invariants(test, f);

	/*
	 * PROMOTE: one 2 MiB leaf again; the pair is no PAMT page any more;
	 * the S-EPT page freed was the last page in use of its range.
	 */
	dp_block_track(test, tdr, DP_GPA_2M, SEAM_TDX_PS_2M);
	st = dp_call(SEAM_TDH_MEM_PAGE_PROMOTE, DP_GPA_2M | SEAM_TDX_PS_2M, tdr, 0, &a);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, a.rcx, sept | DP_REMOVAL_HINT);
	dp_expect_pamt(test, huge + 0x1ff000, SEAM_PT_REG, tdr, SEAM_TDX_PS_2M);
	dp_expect_pamt(test, p0, SEAM_PT_NDA, 0, SEAM_TDX_PS_4K);
	dp_expect_pamt(test, p1, SEAM_PT_NDA, 0, SEAM_TDX_PS_4K);
	dp_expect_invariants(test, f);

	/* 2 MiB REMOVE: the range is free and unbacked */
	dp_block_track(test, tdr, DP_GPA_2M, SEAM_TDX_PS_2M);
	st = dp_call(SEAM_TDH_MEM_PAGE_REMOVE, DP_GPA_2M | SEAM_TDX_PS_2M, tdr, 0, &a);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, a.rcx, huge);
	dp_expect_pamt(test, huge, SEAM_PT_NDA, tdr, SEAM_TDX_PS_2M);
	st = dp_call(SEAM_TDH_PHYMEM_PAMT_REMOVE, huge | SEAM_TDX_PS_2M, 0, 0, &a);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_NO_PAMT_PAGE_PAIR | SEAM_OPERAND_ID_RCX);

	/* PAMT.ADD with two pages of the range itself; 4 KiB AUG there */
	pair[0] = huge + DP_PAGE;
	pair[1] = huge + 2 * DP_PAGE;
	digest = seam_model_digest(f->m);
	KUNIT_EXPECT_EQ(test, seam_tdh_phymem_pamt_add(huge, pair, 0), SEAM_TDX_SW_EINVAL);
	KUNIT_EXPECT_EQ(test, seam_model_digest(f->m), digest);
	st = seam_tdh_phymem_pamt_add(huge, pair, SEAM_DPAMT_PAGES);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_SUCCESS);
	dp_expect_pamt(test, huge + DP_PAGE, DP_PT_PAMT, 0, SEAM_TDX_PS_4K);
	dp_expect_pamt(test, huge, SEAM_PT_NDA, 0, SEAM_TDX_PS_4K);
	st = dp_call(SEAM_TDH_MEM_PAGE_AUG, DP_GPA_4K, tdr, huge + DP_PAGE, &a);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_PAGE_METADATA_INCORRECT | SEAM_OPERAND_ID_R8);
	st = dp_call(SEAM_TDH_MEM_PAGE_AUG, DP_GPA_2M | SEAM_TDX_PS_2M, tdr, huge, &a);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_PAGE_METADATA_INCORRECT | SEAM_OPERAND_ID_R8);
	/* an S-EPT page there, the range's only page in use: SEPT.REMOVE's hint */
	st = dp_call(SEAM_TDH_MEM_SEPT_ADD, DP_GPA_2M | SEAM_TDX_PS_2M, tdr,
		     huge + 3 * DP_PAGE, &a);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_SUCCESS);
	dp_block_track(test, tdr, DP_GPA_2M, SEAM_TDX_PS_2M);
	st = dp_call(SEAM_TDH_MEM_SEPT_REMOVE, DP_GPA_2M | SEAM_TDX_PS_2M, tdr, 0, &a);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, a.rcx, (huge + 3 * DP_PAGE) | DP_REMOVAL_HINT);
	st = dp_call(SEAM_TDH_MEM_PAGE_AUG, DP_GPA_4K, tdr,
		     huge + DP_SECOND_HALF * DP_PAGE, &a);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_SUCCESS);
	st = dp_call(SEAM_TDH_PHYMEM_PAMT_REMOVE, huge | SEAM_TDX_PS_2M, 0, 0, &a);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_PAMT_PAGE_NOT_EMPTY | 1);
	/*
	 * The last page in use of a backed range leaves it: PAMT_REMOVAL_HINT
	 * in RCX; none while others remain.
	 */
	dp_block_track(test, tdr, DP_GPA_4K, SEAM_TDX_PS_4K);
	st = dp_call(SEAM_TDH_MEM_PAGE_REMOVE, DP_GPA_4K, tdr, 0, &a);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, a.rcx, (huge + DP_SECOND_HALF * DP_PAGE) | DP_REMOVAL_HINT);
	st = dp_call(SEAM_TDH_MEM_PAGE_AUG, DP_GPA_4K, tdr, p0, &a);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_SUCCESS);
	dp_block_track(test, tdr, DP_GPA_4K, SEAM_TDX_PS_4K);
	st = dp_call(SEAM_TDH_MEM_PAGE_REMOVE, DP_GPA_4K, tdr, 0, &a);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, a.rcx, p0);
	dp_expect_invariants(test, f);

	/* an empty range gives its pair back in RDX, R8 */
	memset(pair, 0, sizeof(pair));
	st = seam_tdh_phymem_pamt_remove(huge, pair, SEAM_DPAMT_PAGES);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, pair[0], huge + DP_PAGE);
	KUNIT_EXPECT_EQ(test, pair[1], huge + 2 * DP_PAGE);
	dp_expect_pamt(test, huge + DP_PAGE, SEAM_PT_NDA, 0, SEAM_TDX_PS_2M);
	dp_expect_invariants(test, f);
}

/*
 * Teardown: the fixture's stages to FREEID, every page reclaimed, then
 * PAMT.REMOVE gives back the pair the fixture added.
 */
static void seamcall_dpamt_teardown_test(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	u64 base = seam_fixture_tdmr_base(f), st;
	phys_addr_t pair[SEAM_DPAMT_PAGES];
	struct seam_args a;

	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_FREEID), SEAM_TDX_SUCCESS);
	st = seam_tdh_phymem_pamt_remove(base, pair, SEAM_DPAMT_PAGES);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_PAMT_PAGE_NOT_EMPTY | 0);
	KUNIT_ASSERT_EQ(test, seam_fixture_reclaim_all(f), SEAM_TDX_SUCCESS);
	st = seam_tdh_phymem_pamt_remove(base, pair, SEAM_DPAMT_PAGES);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, pair[0], base + DP_PAGE);
	KUNIT_EXPECT_EQ(test, pair[1], base + 2 * DP_PAGE);
	/* the TDR's range is unbacked again: a new TD there needs a pair */
	st = dp_call(SEAM_TDH_MNG_CREATE, f->td.tdr, f->td.hkid, 0, &a);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_MISSING_PAMT_PAGE_PAIR | SEAM_OPERAND_ID_RCX);
	dp_expect_invariants(test, f);
}

/* One call that must fail with @want and change nothing. */
static void dp_expect_refused(struct kunit *test, struct seam_fixture *f, u64 fn,
			      u64 rcx, u64 rdx, u64 r8, u64 r9, u64 want)
{
	u64 digest = seam_model_digest(f->m);
	struct seam_args a = { .rcx = rcx, .rdx = rdx, .r8 = r8, .r9 = r9 };

	KUNIT_EXPECT_EQ(test, seam_call_ret(fn, &a), want);
	KUNIT_EXPECT_EQ(test, seam_model_digest(f->m), digest);
}

/*
 * Every leaf of the TD build that makes a free 4 KiB page a TDX page
 * needs its range backed: MNG.ADDCX, VP.CREATE, VP.ADDCX, PAGE.ADD, at
 * the stage where each is next. Then RELOCATE out of a backed range.
 */
static void seamcall_dpamt_build_test(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	u64 want = SEAM_TDX_MISSING_PAMT_PAGE_PAIR, page, src, target, entry, level_state, st;
	phys_addr_t pair[SEAM_DPAMT_PAGES];
	struct seam_args a;

	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_TD_KEYS), SEAM_TDX_SUCCESS);
	page = seam_fixture_alloc_2m(f) + DP_PAGE;
	src = seam_fixture_alloc_page(f);
	KUNIT_ASSERT_NE(test, page != DP_PAGE && src, 0);
	dp_expect_refused(test, f, SEAM_TDH_MNG_ADDCX, page, f->td.tdr, 0, 0,
			  want | SEAM_OPERAND_ID_RCX);
	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_TD_INIT), SEAM_TDX_SUCCESS);
	dp_expect_refused(test, f, SEAM_TDH_VP_CREATE, page, f->td.tdr, 0, 0,
			  want | SEAM_OPERAND_ID_RCX);
	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_VP_CREATE), SEAM_TDX_SUCCESS);
	dp_expect_refused(test, f, SEAM_TDH_VP_ADDCX, page, f->td.tdvpr, 0, 0,
			  want | SEAM_OPERAND_ID_RCX);
	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_SEPT), SEAM_TDX_SUCCESS);
	dp_expect_refused(test, f, SEAM_TDH_MEM_PAGE_ADD, SEAM_FIXTURE_GPA_ADD, f->td.tdr, page,
			  src, want | SEAM_OPERAND_ID_R8);

	/*
	 * Backed with pages of its own, the range takes a PAGE.ADD; RELOCATE
	 * of its only page in use out of it gives PAMT_REMOVAL_HINT in RCX.
	 */
	pair[0] = page;
	pair[1] = page + DP_PAGE;
	KUNIT_ASSERT_EQ(test, seam_tdh_phymem_pamt_add(page & ~(DP_2M - 1), pair, SEAM_DPAMT_PAGES),
			SEAM_TDX_SUCCESS);
	KUNIT_ASSERT_EQ(test, seam_tdh_mem_page_add(f->td.tdr, DP_GPA_4K, page + 2 * DP_PAGE, src,
						    &entry, &level_state), SEAM_TDX_SUCCESS);
	dp_block_track(test, f->td.tdr, DP_GPA_4K, SEAM_TDX_PS_4K);
	target = seam_fixture_alloc_page(f);
	KUNIT_ASSERT_NE(test, target, 0);
	st = dp_call(SEAM_TDH_MEM_PAGE_RELOCATE, DP_GPA_4K, f->td.tdr, target, &a);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, a.rcx, (page + 2 * DP_PAGE) | DP_REMOVAL_HINT);
	KUNIT_EXPECT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_FINALIZE), SEAM_TDX_SUCCESS);
	dp_expect_invariants(test, f);
}

/*
 * A sparse model (64 GiB of address space behind 2048 pages): a range at
 * the top backed by two pages of the range below it keeps both pool
 * chunks (the lower one holds only PAMT pages) while reads of other
 * addresses come and go; a page there, then its pair, come back.
 */
static void seamcall_dpamt_sparse_test(struct kunit *test)
{
	struct seam_model_config cfg = {
		.nr_pages = SEAM_MODEL_MAX_PAGES,
		.mem_size = SEAM_MODEL_MAX_MEM_SIZE,
		.tdmr_init_pages = SEAM_MODEL_MAX_MEM_SIZE / DP_PAGE,
		.profile = SEAM_MODEL_PROFILE_2_0,
	};
	u64 far, digest, before, st, i;
	phys_addr_t pair[SEAM_DPAMT_PAGES];
	struct seam_fixture *f;
	struct seam_args a;

	seam_fixture_destroy(test->priv);
	f = seam_fixture_create(&cfg);
	test->priv = f;
	KUNIT_ASSERT_NOT_NULL(test, f);
	f->dynamic_pamt = true;
	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_FINALIZE), SEAM_TDX_SUCCESS);
	far = f->cfg.hpa_base + SEAM_MODEL_MAX_MEM_SIZE - DP_2M;
	before = seam_model_digest(f->m);
	pair[0] = far - DP_2M + DP_PAGE;
	pair[1] = far - DP_2M + 2 * DP_PAGE;
	KUNIT_ASSERT_EQ(test, seam_tdh_phymem_pamt_add(far, pair, SEAM_DPAMT_PAGES),
			SEAM_TDX_SUCCESS);
	digest = seam_model_digest(f->m);
	KUNIT_EXPECT_NE(test, digest, before);

	/* reads all over the address space take and give back chunks */
	for (i = 1; i <= 8; i++)
		dp_expect_pamt(test, f->cfg.hpa_base + (i << 32) - DP_PAGE, SEAM_PT_NDA, 0,
			       SEAM_TDX_PS_2M);
	dp_expect_pamt(test, far - DP_2M + DP_PAGE, DP_PT_PAMT, 0, SEAM_TDX_PS_4K);
	KUNIT_EXPECT_EQ(test, seam_model_digest(f->m), digest);

	st = dp_call(SEAM_TDH_MEM_PAGE_AUG, DP_GPA_4K, f->td.tdr, far + 3 * DP_PAGE, &a);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_SUCCESS);
	dp_expect_invariants(test, f);
	dp_block_track(test, f->td.tdr, DP_GPA_4K, SEAM_TDX_PS_4K);
	st = dp_call(SEAM_TDH_MEM_PAGE_REMOVE, DP_GPA_4K, f->td.tdr, 0, &a);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, a.rcx, (far + 3 * DP_PAGE) | DP_REMOVAL_HINT);
	st = seam_tdh_phymem_pamt_remove(far, pair, SEAM_DPAMT_PAGES);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, pair[0], far - DP_2M + DP_PAGE);
	KUNIT_EXPECT_EQ(test, pair[1], far - DP_2M + 2 * DP_PAGE);
	dp_expect_pamt(test, far - DP_2M + DP_PAGE, SEAM_PT_NDA, 0, SEAM_TDX_PS_2M);
	dp_expect_invariants(test, f);
}

/* Dynamic PAMT off (SYS.CONFIG without the flag): PAMT.ADD/REMOVE refused. */
static void seamcall_dpamt_off_test(struct kunit *test)
{
	struct seam_fixture *f;
	u64 base, huge, st;
	struct seam_args a;

	seam_fixture_destroy(test->priv);
	f = dp_create(false);
	test->priv = f;
	KUNIT_ASSERT_NOT_NULL(test, f);
	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_TD_CREATE), SEAM_TDX_SUCCESS);
	base = seam_fixture_tdmr_base(f);
	/* no PAMT pages taken: the TDR is the second page */
	KUNIT_EXPECT_EQ(test, f->td.tdr, base + DP_PAGE);
	huge = seam_fixture_alloc_2m(f);
	st = dp_call(SEAM_TDH_PHYMEM_PAMT_ADD, huge | SEAM_TDX_PS_2M, base + 2 * DP_PAGE,
		     base + 3 * DP_PAGE, &a);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RAX);
	st = dp_call(SEAM_TDH_PHYMEM_PAMT_REMOVE, huge | SEAM_TDX_PS_2M, 0, 0, &a);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RAX);
	/* a 4 KiB page anywhere is a 4 KiB entry, free for a TD */
	dp_expect_pamt(test, huge + DP_PAGE, SEAM_PT_NDA, 0, SEAM_TDX_PS_4K);
	st = dp_call(SEAM_TDH_MNG_CREATE, huge + DP_PAGE, f->td.hkid + 2, 0, &a);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_SUCCESS);
	dp_expect_invariants(test, f);
}

/* Operands of a misuse row, relative to the state seamcall_dpamt_misuse_test() builds. */
enum dp_base {
	DP_ZERO,	/* 0 */
	DP_BASE,	/* the TDMR base: the TD's backed range */
	DP_HUGE,	/* a free 2 MiB range no pair backs */
	DP_END,		/* the end of the TDMR, 2 MiB aligned */
	DP_P0,		/* a free page in the backed range */
	DP_P1,		/* another one */
	DP_TDR,		/* the TD's TDR */
	DP_TDVPR,	/* its TDVPR */
	DP_HKID,	/* a free private KeyID */
};

struct dp_val {
	enum dp_base base;
	u64 off;	/* added to the base */
	bool keyed;	/* with KeyID 1 in the KeyID bits */
};

struct dp_case {
	const char *desc;
	u64 fn;
	struct dp_val rcx, rdx, r8;
	u64 status;
};

#define DP_V(b, o)	{ .base = (b), .off = (o) }
#define DP_K(b, o)	{ .base = (b), .off = (o), .keyed = true }
#define DP_HUGE2M	DP_V(DP_HUGE, SEAM_TDX_PS_2M)
#define DP_ADD(d, rc, rd, r8v, st)					\
	{ .desc = (d), .fn = SEAM_TDH_PHYMEM_PAMT_ADD, .rcx = rc, .rdx = rd,	\
	  .r8 = r8v, .status = (st) }
#define DP_REM(d, rc, st)						\
	{ .desc = (d), .fn = SEAM_TDH_PHYMEM_PAMT_REMOVE, .rcx = rc,	\
	  .rdx = DP_V(DP_ZERO, 0), .r8 = DP_V(DP_ZERO, 0), .status = (st) }
#define DP_P0V		DP_V(DP_P0, 0)
#define DP_P1V		DP_V(DP_P1, 0)
#define DP_OI(op)	(SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_##op)
#define DP_RANGE(op)	(SEAM_TDX_OPERAND_ADDR_RANGE_ERROR | SEAM_OPERAND_ID_##op)
#define DP_NOT_FREE(op)	(SEAM_TDX_PAGE_NOT_FREE | SEAM_OPERAND_ID_##op)
#define DP_MISSING(op)	(SEAM_TDX_MISSING_PAMT_PAGE_PAIR | SEAM_OPERAND_ID_##op)

static const struct dp_case dp_cases[] = {
	/* PAMT.ADD: RCX's format first, then RDX, then R8 */
	DP_ADD("add: RCX level 4K", DP_V(DP_HUGE, 0), DP_P0V, DP_P1V, DP_OI(RCX)),
	DP_ADD("add: RCX level 1G", DP_V(DP_HUGE, SEAM_TDX_PS_1G), DP_P0V, DP_P1V,
	       DP_OI(RCX)),
	DP_ADD("add: RCX reserved bit 3", DP_V(DP_HUGE, 0x9), DP_P0V, DP_P1V, DP_OI(RCX)),
	DP_ADD("add: RCX reserved bit 52", DP_V(DP_HUGE, BIT_ULL(52) | SEAM_TDX_PS_2M),
	       DP_P0V, DP_P1V, DP_OI(RCX)),
	DP_ADD("add: RCX not 2 MiB aligned", DP_V(DP_HUGE, DP_PAGE | SEAM_TDX_PS_2M),
	       DP_P0V, DP_P1V, DP_OI(RCX)),
	DP_ADD("add: RCX with a KeyID", DP_K(DP_HUGE, SEAM_TDX_PS_2M), DP_P0V, DP_P1V,
	       DP_OI(RCX)),
	DP_ADD("add: RCX before RDX", DP_V(DP_HUGE, 0), DP_V(DP_P0, 1), DP_P1V, DP_OI(RCX)),
	DP_ADD("add: RDX not 4K aligned", DP_HUGE2M, DP_V(DP_P0, 0x800), DP_P1V,
	       DP_OI(RDX)),
	DP_ADD("add: RDX with a KeyID", DP_HUGE2M, DP_K(DP_P0, 0), DP_P1V, DP_OI(RDX)),
	DP_ADD("add: RDX outside the TDMR", DP_HUGE2M, DP_V(DP_ZERO, DP_PAGE), DP_P1V,
	       DP_RANGE(RDX)),
	DP_ADD("add: RDX before R8", DP_HUGE2M, DP_V(DP_P0, 1), DP_V(DP_P1, 1), DP_OI(RDX)),
	DP_ADD("add: RDX's TDMR before R8's format", DP_HUGE2M, DP_V(DP_ZERO, 0),
	       DP_V(DP_P1, 1), DP_RANGE(RDX)),
	DP_ADD("add: R8 not 4K aligned", DP_HUGE2M, DP_P0V, DP_V(DP_P1, 8), DP_OI(R8)),
	DP_ADD("add: R8 with a KeyID", DP_HUGE2M, DP_P0V, DP_K(DP_P1, 0), DP_OI(R8)),
	DP_ADD("add: R8 outside the TDMR", DP_HUGE2M, DP_P0V, DP_V(DP_END, 0), DP_RANGE(R8)),
	/* then RCX's TDMR, its 2 MiB entry, the pages' entries, the bitmap */
	DP_ADD("add: RCX outside the TDMR", DP_V(DP_END, SEAM_TDX_PS_2M), DP_P0V, DP_P1V,
	       DP_RANGE(RCX)),
	DP_ADD("add: R8's TDMR before RCX's", DP_V(DP_END, SEAM_TDX_PS_2M), DP_P0V,
	       DP_V(DP_ZERO, 0), DP_RANGE(R8)),
	DP_ADD("add: range already backed", DP_V(DP_BASE, SEAM_TDX_PS_2M), DP_P0V, DP_P1V,
	       SEAM_TDX_HPA_RANGE_NOT_FREE | SEAM_OPERAND_ID_RCX),
	DP_ADD("add: backed range before a busy page", DP_V(DP_BASE, SEAM_TDX_PS_2M),
	       DP_V(DP_TDR, 0), DP_P1V, SEAM_TDX_HPA_RANGE_NOT_FREE | SEAM_OPERAND_ID_RCX),
	DP_ADD("add: RDX is a TDR", DP_HUGE2M, DP_V(DP_TDR, 0), DP_P1V, DP_NOT_FREE(RDX)),
	DP_ADD("add: R8 is a TDVPR", DP_HUGE2M, DP_P0V, DP_V(DP_TDVPR, 0), DP_NOT_FREE(R8)),
	DP_ADD("add: RDX is a PAMT page", DP_HUGE2M, DP_V(DP_BASE, DP_PAGE), DP_P1V,
	       DP_NOT_FREE(RDX)),
	DP_ADD("add: R8 is a PAMT page", DP_HUGE2M, DP_P0V, DP_V(DP_BASE, 2 * DP_PAGE),
	       DP_NOT_FREE(R8)),
	DP_ADD("add: the same page twice", DP_HUGE2M, DP_P0V, DP_P0V, DP_NOT_FREE(R8)),
	DP_ADD("add: pages' types before the bitmap", DP_HUGE2M, DP_V(DP_BASE, DP_PAGE),
	       DP_V(DP_TDR, 0), DP_NOT_FREE(R8)),
	/* PAMT.REMOVE */
	DP_REM("remove: RCX level 4K", DP_V(DP_BASE, 0), DP_OI(RCX)),
	DP_REM("remove: RCX reserved bit 11", DP_V(DP_BASE, BIT_ULL(11) | SEAM_TDX_PS_2M),
	       DP_OI(RCX)),
	DP_REM("remove: RCX with a KeyID", DP_K(DP_BASE, SEAM_TDX_PS_2M), DP_OI(RCX)),
	DP_REM("remove: RCX outside the TDMR", DP_V(DP_END, SEAM_TDX_PS_2M), DP_RANGE(RCX)),
	DP_REM("remove: no pair", DP_HUGE2M, SEAM_TDX_NO_PAMT_PAGE_PAIR | SEAM_OPERAND_ID_RCX),
	DP_REM("remove: TD pages in PAMT page 0", DP_V(DP_BASE, SEAM_TDX_PS_2M),
	       SEAM_TDX_PAMT_PAGE_NOT_EMPTY | 0),
	/* RDMD: RCX bits 2:0 are a level up to 1 GiB, then the alignment */
	{ .desc = "RDMD: RCX level 3", .fn = SEAM_TDH_PHYMEM_PAGE_RDMD,
	  .rcx = DP_V(DP_HUGE, 3), .rdx = DP_V(DP_ZERO, 0), .r8 = DP_V(DP_ZERO, 0),
	  .status = DP_OI(RCX) },
	{ .desc = "RDMD: level 2M, 4K aligned", .fn = SEAM_TDH_PHYMEM_PAGE_RDMD,
	  .rcx = DP_V(DP_HUGE, DP_PAGE | SEAM_TDX_PS_2M), .rdx = DP_V(DP_ZERO, 0),
	  .r8 = DP_V(DP_ZERO, 0), .status = DP_OI(RCX) },
	{ .desc = "RDMD: RCX reserved bit 4", .fn = SEAM_TDH_PHYMEM_PAGE_RDMD,
	  .rcx = DP_V(DP_HUGE, 0x10), .rdx = DP_V(DP_ZERO, 0), .r8 = DP_V(DP_ZERO, 0),
	  .status = DP_OI(RCX) },
	{ .desc = "RDMD: outside the TDMR", .fn = SEAM_TDH_PHYMEM_PAGE_RDMD,
	  .rcx = DP_V(DP_END, SEAM_TDX_PS_2M), .rdx = DP_V(DP_ZERO, 0), .r8 = DP_V(DP_ZERO, 0),
	  .status = DP_RANGE(RCX) },
	/* a free 4 KiB page of an unbacked range, wherever a leaf takes one */
	{ .desc = "MNG.CREATE: TDR in an unbacked range", .fn = SEAM_TDH_MNG_CREATE,
	  .rcx = DP_V(DP_HUGE, DP_PAGE), .rdx = DP_V(DP_HKID, 0), .r8 = DP_V(DP_ZERO, 0),
	  .status = DP_MISSING(RCX) },
	{ .desc = "MEM.PAGE.AUG: 4K page in an unbacked range", .fn = SEAM_TDH_MEM_PAGE_AUG,
	  .rcx = DP_V(DP_ZERO, DP_GPA_4K), .rdx = DP_V(DP_TDR, 0), .r8 = DP_V(DP_HUGE, 0),
	  .status = DP_MISSING(R8) },
	{ .desc = "MEM.SEPT.ADD: page in an unbacked range", .fn = SEAM_TDH_MEM_SEPT_ADD,
	  .rcx = DP_V(DP_ZERO, DP_GPA_2M | SEAM_TDX_PS_2M), .rdx = DP_V(DP_TDR, 0),
	  .r8 = DP_V(DP_HUGE, DP_PAGE), .status = DP_MISSING(R8) },
	/* a TD page is checked for its type: no pair is no metadata */
	{ .desc = "MNG.KEY.CONFIG: TDR in an unbacked range", .fn = SEAM_TDH_MNG_KEY_CONFIG,
	  .rcx = DP_V(DP_HUGE, DP_PAGE), .rdx = DP_V(DP_ZERO, 0), .r8 = DP_V(DP_ZERO, 0),
	  .status = SEAM_TDX_PAGE_METADATA_INCORRECT | SEAM_OPERAND_ID_RCX },
	/* a PAMT page is not free */
	{ .desc = "MEM.PAGE.AUG: a PAMT page", .fn = SEAM_TDH_MEM_PAGE_AUG,
	  .rcx = DP_V(DP_ZERO, DP_GPA_4K), .rdx = DP_V(DP_TDR, 0), .r8 = DP_V(DP_BASE, DP_PAGE),
	  .status = SEAM_TDX_PAGE_METADATA_INCORRECT | SEAM_OPERAND_ID_R8 },
};

static void dp_case_desc(const struct dp_case *c, char *desc)
{
	strscpy(desc, c->desc, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(dp, dp_cases, dp_case_desc);

struct dp_state {
	u64 huge, p0, p1;
};

static u64 dp_value(struct seam_fixture *f, const struct dp_state *s,
		    const struct dp_val *v)
{
	u64 base = seam_fixture_tdmr_base(f), x = 0;

	switch (v->base) {
	case DP_ZERO:
		break;
	case DP_BASE:
		x = base;
		break;
	case DP_HUGE:
		x = s->huge;
		break;
	case DP_END:
		x = base + DP_NR_PAGES * DP_PAGE;
		break;
	case DP_P0:
		x = s->p0;
		break;
	case DP_P1:
		x = s->p1;
		break;
	case DP_TDR:
		x = f->td.tdr;
		break;
	case DP_TDVPR:
		x = f->td.tdvpr;
		break;
	case DP_HKID:
		x = f->td.hkid + 2;
		break;
	}
	x += v->off;
	return v->keyed ? seam_fixture_keyed_pa(f, x, 1) : x;
}

/*
 * A TD built to MR.FINALIZE with dynamic PAMT, a free unbacked 2 MiB range
 * and two free pages in the TD's backed range; each row is one call that
 * fails with this status and changes nothing.
 */
static void seamcall_dpamt_misuse_test(struct kunit *test)
{
	const struct dp_case *c = test->param_value;
	struct seam_fixture *f = test->priv;
	struct dp_state s;
	struct seam_args a;
	u64 digest, st;

	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_FINALIZE), SEAM_TDX_SUCCESS);
	s.huge = seam_fixture_alloc_2m(f);
	s.p0 = seam_fixture_alloc_page(f);
	s.p1 = seam_fixture_alloc_page(f);
	KUNIT_ASSERT_NE(test, s.huge && s.p0 && s.p1, 0);
	digest = seam_model_digest(f->m);
	st = dp_call(c->fn, dp_value(f, &s, &c->rcx), dp_value(f, &s, &c->rdx),
		     dp_value(f, &s, &c->r8), &a);
	KUNIT_EXPECT_EQ(test, st, c->status);
	KUNIT_EXPECT_EQ(test, seam_model_digest(f->m), digest);
}

static struct kunit_case seamcall_dpamt_test_cases[] = {
	KUNIT_CASE(seamcall_dpamt_fixture_test),
	KUNIT_CASE(seamcall_dpamt_lifecycle_test),
	KUNIT_CASE(seamcall_dpamt_teardown_test),
	KUNIT_CASE(seamcall_dpamt_build_test),
	KUNIT_CASE(seamcall_dpamt_sparse_test),
	KUNIT_CASE(seamcall_dpamt_off_test),
	KUNIT_CASE_PARAM(seamcall_dpamt_misuse_test, dp_gen_params),
	{}
};

static struct kunit_suite seamcall_dpamt_test_suite = {
	.name = "seamcall_dpamt",
	.init = dp_init,
	.exit = dp_exit,
	.test_cases = seamcall_dpamt_test_cases,
};

kunit_test_suites(&seamcall_dpamt_test_suite);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Dynamic PAMT against the TDX module model");
