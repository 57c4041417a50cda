// SPDX-License-Identifier: GPL-2.0
/*
 * The resume helpers (seam_tdh_*_all()) against the model, profile 2.0:
 * what each resumed call loads, read back from the model's call log.
 * EXT.MEM.ADD gets its own output RCX (feedback), CACHE.WB its resume flag,
 * TDMR.INIT the same base until the TDMR is done (progress), the others
 * their original inputs (reissue; SYS.DISABLE also after SYS_BUSY). A
 * bound that runs out returns the last INTERRUPTED_RESUMABLE, and a loop
 * that reissues EXT.MEM.ADD's original RCX damages nothing but never gets
 * on: the model refuses the pages it already took.
 *
 * The leaves' resume rules: Linux's posted series (upstream-2026.md 1.3);
 * how often the model interrupts them: kunit/model/README.md.
 *
 * Copyright (C) 2026 The seamcall authors
 */
#include <kunit/test.h>
#include <linux/string.h>
#include <seamcall.h>

#include "seam_fixture.h"

/* Pages in the list of the EXT.MEM.ADD tests: four calls of two, one, ... */
#define RS_POOL		7
/* MEMORY_POOL_REQUIRED_PAGES (Linux extensions v2 metadata field ID). */
#define RS_MD_POOL	0x3100000200000000ULL
/* Enough calls for every loop here. */
#define RS_MAX_CALLS	16

/* A profile 2.0 fixture with @cfg's other members, built to @stage. */
static struct seam_fixture *rs_fixture(struct kunit *test, struct seam_model_config cfg,
				       enum seam_fixture_stage stage)
{
	struct seam_fixture *f;

	cfg.profile = SEAM_MODEL_PROFILE_2_0;
	seam_fixture_destroy(test->priv);
	f = seam_fixture_create(&cfg);
	test->priv = f;
	KUNIT_ASSERT_NOT_NULL(test, f);
	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, stage), SEAM_TDX_SUCCESS);
	return f;
}

/* A list page naming @n fresh pages, stored in @pages. */
static u64 rs_list(struct kunit *test, struct seam_fixture *f, u64 *pages, unsigned int n)
{
	u64 list = seam_fixture_alloc_page(f);
	unsigned int i;

	KUNIT_ASSERT_NE(test, list, 0ULL);
	for (i = 0; i < n; i++) {
		pages[i] = seam_fixture_alloc_page(f);
		KUNIT_ASSERT_NE(test, pages[i], 0ULL);
		memcpy((u8 *)seam_model_page(f->m, list) + i * 8, &pages[i], 8);
	}
	return list;
}

/* The logged call @i, which must be of leaf and version @fn. */
static const struct seam_model_log_entry *rs_call(struct kunit *test, struct seam_fixture *f,
						  unsigned int i, u64 fn)
{
	const struct seam_model_log_entry *e = seam_model_log_get(f->m, i);

	KUNIT_ASSERT_NOT_NULL(test, e);
	KUNIT_EXPECT_EQ_MSG(test, e->in.rax, fn, "call %u", i);
	return e;
}

static u64 rs_sys_rd(struct kunit *test, u64 field)
{
	u64 v = 0;

	KUNIT_EXPECT_EQ(test, seam_tdh_sys_rd(field, &v), SEAM_TDX_SUCCESS);
	return v;
}

/* The pool's pages handed over, seam_tdh_ext_init_all() run. */
static void rs_ext_ready(struct kunit *test, struct seam_fixture *f)
{
	u64 pages[4], info;

	info = seam_hpa_list_info(rs_list(test, f, pages, 4), 0, 3);
	KUNIT_ASSERT_EQ(test, seam_tdh_ext_mem_add_all(&info, RS_MAX_CALLS, true),
			SEAM_TDX_SUCCESS);
	KUNIT_ASSERT_EQ(test, seam_tdh_ext_init_all(RS_MAX_CALLS, true), SEAM_TDX_SUCCESS);
}

/*
 * EXT.MEM.ADD over seven pages: four calls, each fed the RCX the one
 * before returned, every page the pool's once; then RCX is 0.
 */
static void seamcall_resume_ext_mem_add_test(struct kunit *test)
{
	struct seam_fixture *f = rs_fixture(test, (struct seam_model_config){ },
					    SEAM_FIXTURE_TDMR);
	const struct seam_model_log_entry *e;
	u64 pages[RS_POOL], list, info, prev = 0;
	unsigned int i;

	list = rs_list(test, f, pages, RS_POOL);
	info = seam_hpa_list_info(list, 0, RS_POOL - 1);
	seam_model_log_clear(f->m);
	KUNIT_EXPECT_EQ(test, seam_tdh_ext_mem_add_all(&info, RS_MAX_CALLS, true),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, info, 0ULL);
	KUNIT_ASSERT_EQ(test, seam_model_log_count(f->m), 4U);
	for (i = 0; i < 4; i++) {
		e = rs_call(test, f, i, SEAM_TDH_EXT_MEM_ADD);
		KUNIT_EXPECT_EQ_MSG(test, e->in.rcx,
				    seam_hpa_list_info(list, 2 * i, RS_POOL - 1), "call %u", i);
		if (i)
			KUNIT_EXPECT_EQ_MSG(test, e->in.rcx, prev, "call %u", i);
		KUNIT_EXPECT_EQ_MSG(test, e->out.rax, i < 3 ? SEAM_TDX_INTERRUPTED_RESUMABLE :
				    SEAM_TDX_SUCCESS, "call %u", i);
		prev = e->out.rcx;
	}
	for (i = 0; i < RS_POOL; i++)
		KUNIT_EXPECT_EQ_MSG(test, seam_model_page_type(f->m, pages[i]),
				    (unsigned int)SEAM_PT_RSVD, "page %u", i);
	KUNIT_EXPECT_EQ(test, rs_sys_rd(test, RS_MD_POOL), 0ULL);
}

/*
 * The bound: two calls of four leave RCX where to go on and return the
 * second INTERRUPTED_RESUMABLE; the rest of the list is untouched until
 * the next call of the helper finishes it.
 */
static void seamcall_resume_ext_mem_add_bound_test(struct kunit *test)
{
	struct seam_fixture *f = rs_fixture(test, (struct seam_model_config){ },
					    SEAM_FIXTURE_TDMR);
	u64 pages[RS_POOL], list, info;
	unsigned int i;

	list = rs_list(test, f, pages, RS_POOL);
	info = seam_hpa_list_info(list, 0, RS_POOL - 1);
	seam_model_log_clear(f->m);
	KUNIT_EXPECT_EQ(test, seam_tdh_ext_mem_add_all(&info, 2, false),
			SEAM_TDX_INTERRUPTED_RESUMABLE);
	KUNIT_EXPECT_EQ(test, seam_model_log_count(f->m), 2U);
	KUNIT_EXPECT_EQ(test, info, seam_hpa_list_info(list, 4, RS_POOL - 1));
	for (i = 0; i < RS_POOL; i++)
		KUNIT_EXPECT_EQ_MSG(test, seam_model_page_type(f->m, pages[i]),
				    (unsigned int)(i < 4 ? SEAM_PT_RSVD : SEAM_PT_NDA),
				    "page %u", i);
	KUNIT_EXPECT_EQ(test, seam_tdh_ext_mem_add_all(&info, RS_MAX_CALLS, false),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_log_count(f->m), 4U);
	KUNIT_EXPECT_EQ(test, seam_model_page_type(f->m, pages[RS_POOL - 1]),
			(unsigned int)SEAM_PT_RSVD);
}

/*
 * Why feedback matters: a hand-made loop that reissues EXT.MEM.ADD's
 * original RCX hands the first two pages over again, which the model
 * refuses (PAGE_METADATA_INCORRECT on RCX: they are the pool's already)
 * without a change, so the rest of the list is never added.
 */
static void seamcall_resume_ext_mem_add_no_feedback_test(struct kunit *test)
{
	struct seam_fixture *f = rs_fixture(test, (struct seam_model_config){ },
					    SEAM_FIXTURE_TDMR);
	u64 pages[RS_POOL], orig, info, digest;
	unsigned int i;

	orig = seam_hpa_list_info(rs_list(test, f, pages, RS_POOL), 0, RS_POOL - 1);
	info = orig;
	KUNIT_ASSERT_EQ(test, seam_tdh_ext_mem_add(&info), SEAM_TDX_INTERRUPTED_RESUMABLE);
	for (i = 0; i < 3; i++) {
		digest = seam_model_digest(f->m);
		info = orig;
		KUNIT_EXPECT_EQ_MSG(test, seam_tdh_ext_mem_add(&info),
				    SEAM_TDX_PAGE_METADATA_INCORRECT | SEAM_OPERAND_ID_RCX,
				    "retry %u", i);
		KUNIT_EXPECT_EQ_MSG(test, seam_model_digest(f->m), digest, "retry %u", i);
	}
	KUNIT_EXPECT_EQ(test, seam_model_page_type(f->m, pages[2]), (unsigned int)SEAM_PT_NDA);
	KUNIT_EXPECT_EQ(test, rs_sys_rd(test, RS_MD_POOL), 2ULL);
}

/* The reissue leaves under test. */
enum rs_leaf { RS_EXT_INIT, RS_QUOTE_INIT, RS_QUOTE_GET, RS_SYS_DISABLE };

/**
 * struct rs_case - one reissue loop
 * @name: the case's name
 * @leaf: which helper
 * @interrupts: INTERRUPTED_RESUMABLE answers injected before the leaf runs
 * @busy: SYS_BUSY answers injected after those
 * @disable_interrupts: &seam_model_config.disable_interrupts
 * @calls: calls the helper makes: @interrupts + @busy + the leaf's own
 *         (EXT.INIT 2, QUOTE.INIT 2, QUOTE.GET 2: the model's steps)
 * @max_calls: the helper's bound
 * @status: what the helper returns
 */
struct rs_case {
	const char *name;
	enum rs_leaf leaf;
	unsigned int interrupts, busy, disable_interrupts, calls, max_calls;
	u64 status;
};

static const struct rs_case rs_cases[] = {
	{ "EXT.INIT", RS_EXT_INIT, 0, 0, 0, 2, RS_MAX_CALLS, SEAM_TDX_SUCCESS },
	{ "EXT.INIT interrupted 3 times", RS_EXT_INIT, 3, 0, 0, 5, RS_MAX_CALLS,
	  SEAM_TDX_SUCCESS },
	{ "EXT.INIT bound 4", RS_EXT_INIT, 3, 0, 0, 4, 4, SEAM_TDX_INTERRUPTED_RESUMABLE },
	{ "QUOTE.INIT interrupted twice", RS_QUOTE_INIT, 2, 0, 0, 4, RS_MAX_CALLS,
	  SEAM_TDX_SUCCESS },
	{ "QUOTE.INIT bound 1", RS_QUOTE_INIT, 0, 0, 0, 1, 1, SEAM_TDX_INTERRUPTED_RESUMABLE },
	{ "QUOTE.GET", RS_QUOTE_GET, 0, 0, 0, 2, RS_MAX_CALLS, SEAM_TDX_SUCCESS },
	{ "QUOTE.GET interrupted twice", RS_QUOTE_GET, 2, 0, 0, 4, RS_MAX_CALLS,
	  SEAM_TDX_SUCCESS },
	{ "SYS.DISABLE interrupted 3 times", RS_SYS_DISABLE, 0, 0, 3, 4, RS_MAX_CALLS,
	  SEAM_TDX_SUCCESS },
	{ "SYS.DISABLE busy twice, interrupted twice", RS_SYS_DISABLE, 0, 2, 2, 5,
	  RS_MAX_CALLS, SEAM_TDX_SUCCESS },
	{ "SYS.DISABLE bound 3", RS_SYS_DISABLE, 0, 0, 5, 3, 3,
	  SEAM_TDX_INTERRUPTED_RESUMABLE },
	{ "SYS.DISABLE busy at the bound", RS_SYS_DISABLE, 1, 2, 0, 3, 3, SEAM_TDX_SYS_BUSY },
};

KUNIT_ARRAY_PARAM_DESC(rs, rs_cases, name);

static const int rs_leaf_nr[] = {
	[RS_EXT_INIT] = SEAM_TDH_EXT_INIT,
	[RS_QUOTE_INIT] = SEAM_TDH_QUOTE_INIT,
	[RS_QUOTE_GET] = SEAM_TDH_QUOTE_GET,
	[RS_SYS_DISABLE] = SEAM_TDH_SYS_DISABLE,
};

/* QUOTE.GET's operands: a 64-byte input, a two-page buffer. */
struct rs_quote {
	u64 in, node, buf[2];
};

static void rs_quote_setup(struct kunit *test, struct seam_fixture *f, struct rs_quote *q)
{
	u8 *node;

	rs_ext_ready(test, f);
	KUNIT_ASSERT_EQ(test, seam_tdh_quote_init_all(RS_MAX_CALLS, true), SEAM_TDX_SUCCESS);
	q->in = seam_fixture_alloc_page(f);
	q->node = seam_fixture_alloc_page(f);
	q->buf[0] = seam_fixture_alloc_page(f);
	q->buf[1] = seam_fixture_alloc_page(f);
	KUNIT_ASSERT_NE(test, q->buf[1], 0ULL);
	node = seam_model_page(f->m, q->node);
	memset(node, 0xff, 4096);
	memcpy(node, &q->buf[0], 8);
	memcpy(node + 8, &q->buf[1], 8);
	memset(seam_model_page(f->m, q->in), 0x5a, 64);
}

/*
 * Each reissue helper: the calls it makes, that every one is the same leaf
 * with the same inputs (QUOTE.GET: RCX to R11 as on the first call), and
 * what it returns.
 */
static void seamcall_resume_reissue_test(struct kunit *test)
{
	const struct rs_case *c = test->param_value;
	struct seam_model_config cfg = { .disable_interrupts = c->disable_interrupts };
	const struct seam_model_log_entry *e, *first;
	const struct seam_model_regs busy = { };
	struct seam_fixture *f;
	struct rs_quote q = { };
	unsigned int i;
	u64 st, len = 0;

	f = rs_fixture(test, cfg, c->leaf == RS_QUOTE_GET ? SEAM_FIXTURE_FINALIZE :
							    SEAM_FIXTURE_TDMR);
	if (c->leaf == RS_EXT_INIT || c->leaf == RS_QUOTE_INIT) {
		u64 pages[4], info;

		info = seam_hpa_list_info(rs_list(test, f, pages, 4), 0, 3);
		KUNIT_ASSERT_EQ(test, seam_tdh_ext_mem_add_all(&info, RS_MAX_CALLS, true),
				SEAM_TDX_SUCCESS);
		if (c->leaf == RS_QUOTE_INIT)
			KUNIT_ASSERT_EQ(test, seam_tdh_ext_init_all(RS_MAX_CALLS, true),
					SEAM_TDX_SUCCESS);
	}
	if (c->leaf == RS_QUOTE_GET)
		rs_quote_setup(test, f, &q);
	if (c->interrupts)
		KUNIT_ASSERT_EQ(test, seam_model_inject(f->m, SEAM_MODEL_FAULT_INTERRUPTED,
							rs_leaf_nr[c->leaf], c->interrupts, 0),
				0);
	for (i = 0; i < c->busy; i++)
		KUNIT_ASSERT_EQ(test, seam_model_inject_reply(f->m, rs_leaf_nr[c->leaf],
							      SEAM_TDX_SYS_BUSY, &busy), 0);

	seam_model_log_clear(f->m);
	switch (c->leaf) {
	case RS_EXT_INIT:
		st = seam_tdh_ext_init_all(c->max_calls, true);
		break;
	case RS_QUOTE_INIT:
		st = seam_tdh_quote_init_all(c->max_calls, false);
		break;
	case RS_QUOTE_GET:
		st = seam_tdh_quote_get_all(f->td.tdr, SEAM_QUOTE_ID_DEFAULT, q.in, 64, q.node,
					    8192, &len, c->max_calls, true);
		break;
	default:
		st = seam_tdh_sys_disable_all(c->max_calls, false);
		break;
	}
	KUNIT_EXPECT_EQ(test, st, c->status);
	KUNIT_ASSERT_EQ(test, seam_model_log_count(f->m), c->calls);
	first = rs_call(test, f, 0, rs_leaf_nr[c->leaf]);
	for (i = 1; i < c->calls; i++) {
		e = rs_call(test, f, i, rs_leaf_nr[c->leaf]);
		if (c->leaf != RS_QUOTE_GET)
			continue;
		KUNIT_EXPECT_EQ_MSG(test, e->in.rcx, first->in.rcx, "call %u", i);
		KUNIT_EXPECT_EQ_MSG(test, e->in.rdx, first->in.rdx, "call %u", i);
		KUNIT_EXPECT_EQ_MSG(test, e->in.r8, first->in.r8, "call %u", i);
		KUNIT_EXPECT_EQ_MSG(test, e->in.r9, first->in.r9, "call %u", i);
		KUNIT_EXPECT_EQ_MSG(test, e->in.r10, first->in.r10, "call %u", i);
		KUNIT_EXPECT_EQ_MSG(test, e->in.r11, first->in.r11, "call %u", i);
	}
	if (c->leaf == RS_QUOTE_GET) {
		KUNIT_EXPECT_EQ(test, first->in.rcx, f->td.tdr);
		KUNIT_EXPECT_EQ(test, len, 5120ULL);
	}
	if (c->leaf == RS_SYS_DISABLE)
		KUNIT_EXPECT_EQ(test, seam_model_sys_state(f->m) == SEAM_MODEL_SYS_DISABLED,
				c->status == SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_faults_pending(f->m), 0U);
}

/*
 * CACHE.WB after a TD's KeyID was reclaimed, interrupted three times: RCX
 * 0 on the first call, the resume flag on the three after it.
 */
static void seamcall_resume_cache_wb_test(struct kunit *test)
{
	struct seam_fixture *f = rs_fixture(test, (struct seam_model_config){ },
					    SEAM_FIXTURE_VP_FLUSH);
	const struct seam_model_log_entry *e;
	unsigned int i;

	KUNIT_ASSERT_EQ(test, seam_model_inject(f->m, SEAM_MODEL_FAULT_INTERRUPTED,
						SEAM_TDH_PHYMEM_CACHE_WB, 3, 0), 0);
	seam_model_log_clear(f->m);
	KUNIT_EXPECT_EQ(test, seam_tdh_phymem_cache_wb_all(RS_MAX_CALLS), SEAM_TDX_SUCCESS);
	KUNIT_ASSERT_EQ(test, seam_model_log_count(f->m), 4U);
	for (i = 0; i < 4; i++) {
		e = rs_call(test, f, i, SEAM_TDH_PHYMEM_CACHE_WB);
		KUNIT_EXPECT_EQ_MSG(test, e->in.rcx,
				    i ? (u64)SEAM_CACHE_WB_RESUME : (u64)SEAM_CACHE_WB_START,
				    "call %u", i);
	}
	/* The bound: two calls, the second's INTERRUPTED_RESUMABLE. */
	KUNIT_ASSERT_EQ(test, seam_model_inject(f->m, SEAM_MODEL_FAULT_INTERRUPTED,
						SEAM_TDH_PHYMEM_CACHE_WB, 3, 0), 0);
	KUNIT_EXPECT_EQ(test, seam_tdh_phymem_cache_wb_all(2), SEAM_TDX_INTERRUPTED_RESUMABLE);
	KUNIT_EXPECT_EQ(test, seam_model_log_count(f->m), 6U);
	KUNIT_EXPECT_EQ(test, seam_model_faults_pending(f->m), 1U);
}

/*
 * TDMR.INIT with 16 pages a call over the fixture's 64-page TDMR: four
 * calls, each with the TDMR's base.
 */
static void seamcall_resume_tdmr_init_test(struct kunit *test)
{
	struct seam_fixture *f = rs_fixture(test, (struct seam_model_config){
						.tdmr_init_pages = 16 }, SEAM_FIXTURE_READY);
	const struct seam_model_log_entry *e;
	u64 base = seam_fixture_tdmr_base(f);
	unsigned int i;

	seam_model_log_clear(f->m);
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_tdmr_init_all(base, (u64)f->cfg.nr_pages * 4096),
			SEAM_TDX_SUCCESS);
	KUNIT_ASSERT_EQ(test, seam_model_log_count(f->m), f->cfg.nr_pages / 16);
	for (i = 0; i < f->cfg.nr_pages / 16; i++) {
		e = rs_call(test, f, i, SEAM_TDH_SYS_TDMR_INIT);
		KUNIT_EXPECT_EQ_MSG(test, e->in.rcx, base, "call %u", i);
	}
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_tdmr_init_all(base, (u64)f->cfg.nr_pages * 4096),
			SEAM_TDX_TDMR_ALREADY_INITIALIZED);
}

static int rs_init(struct kunit *test)
{
	test->priv = NULL;
	return 0;
}

static void rs_exit(struct kunit *test)
{
	seam_fixture_destroy(test->priv);
}

static struct kunit_case seamcall_resume_test_cases[] = {
	KUNIT_CASE(seamcall_resume_ext_mem_add_test),
	KUNIT_CASE(seamcall_resume_ext_mem_add_bound_test),
	KUNIT_CASE(seamcall_resume_ext_mem_add_no_feedback_test),
	KUNIT_CASE_PARAM(seamcall_resume_reissue_test, rs_gen_params),
	KUNIT_CASE(seamcall_resume_cache_wb_test),
	KUNIT_CASE(seamcall_resume_tdmr_init_test),
	{}
};

static struct kunit_suite seamcall_resume_test_suite = {
	.name = "seamcall_resume",
	.init = rs_init,
	.exit = rs_exit,
	.test_cases = seamcall_resume_test_cases,
};

kunit_test_suites(&seamcall_resume_test_suite);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("The SEAMCALL resume helpers against the model");
