// SPDX-License-Identifier: GPL-2.0
/*
 * Misuse of the issue #11 leaves through their typed wrappers, against
 * the model's profile 2.0: TDH.SYS.CONFIG and TDH.SYS.UPDATE version 1
 * (features outside TDX_FEATURES0), TDH.SYS.DISABLE (what the module
 * answers while and after it runs), TDH.EXT.MEM.ADD (bad HPA_LIST_INFO
 * fields, bad list entries), TDH.EXT.INIT (before the pool is complete,
 * twice), TDH.QUOTE.INIT and TDH.QUOTE.GET (out of order, bad TDR, bad
 * lengths). Each row builds the state, issues one call and expects the
 * exact status with its operand ID, and the model's digest unchanged.
 *
 * Statuses: module 2.0.18 tdh_sys_config.c and tdh_sys_update.c for
 * version 1; for the leaves no public module has, Linux's posted series
 * and the model's documented choices (kunit/model/README.md, "SYS.DISABLE,
 * extensions and quoting").
 *
 * Copyright (C) 2026 The seamcall authors
 */
#include <kunit/test.h>
#include <linux/bits.h>
#include <linux/string.h>
#include <seamcall.h>

#include "seam_fixture.h"

/* A TDX_FEATURES0 bit profile 2.0 does not report (kunit/model/README.md). */
#define EXT_BAD_FEATURE		BIT_ULL(40)
/* The buffer QUOTE.GET writes to: two pages, MAX_QUOTE_SIZE is 5120. */
#define EXT_QUOTE_BUF		8192
#define EXT_QUOTE_IN		64

/* How far a row builds before its call. */
enum ext_stage {
	ES_LP_INIT,	/* SYS.INIT, LP.INIT on every CPU */
	ES_READY,	/* TDMR initialised, no pool page */
	ES_POOL_HALF,	/* a runnable TD, two of the pool's four pages */
	ES_EXT,		/* a runnable TD, EXT.INIT done, no QUOTE.INIT */
	ES_QUOTE,	/* QUOTE.INIT done; a second TD at TD_INIT */
	ES_DISABLING,	/* SYS.DISABLE interrupted once (of two) */
	ES_DISABLED,	/* SYS.DISABLE done */
};

enum ext_call {
	EC_CONFIG,	/* seam_tdh_sys_config(): @arg is R9, @arg2 ORed into R8 */
	EC_CONFIG_V2,	/* SYS.CONFIG version 2, raw */
	EC_UPDATE,	/* seam_tdh_sys_update(@arg) */
	EC_MEM_ADD,	/* seam_tdh_ext_mem_add(): @bad */
	EC_EXT_INIT,
	EC_QUOTE_INIT,
	EC_QUOTE_GET,	/* seam_tdh_quote_get(): @bad */
	EC_SYS_RD,	/* seam_tdh_sys_rd(MAJOR_VERSION) */
	EC_LP_INIT,
	EC_DISABLE,
	EC_MEM_TRACK,	/* of the fixture's TD */
	EC_RECLAIM,	/* seam_tdh_phymem_page_reclaim() of a pool page */
};

/* What a row changes in its call's operands. */
enum ext_bad {
	EB_NONE,
	EB_RSVD_LOW,		/* HPA_LIST_INFO bit 0 */
	EB_RSVD_HIGH,		/* HPA_LIST_INFO bit 52 */
	EB_FIRST_GT_LAST,	/* first entry 1, last 0 */
	EB_LIST_OUTSIDE,	/* the list page outside memory */
	EB_LIST_KEYED,		/* the list page with a private KeyID */
	EB_DUP,			/* entry 1 repeats entry 0 */
	EB_ENTRY_TDR,		/* entry 1 is the TD's TDR */
	EB_ENTRY_POOL,		/* entry 1 is a page the pool has already */
	EB_ENTRY_UNALIGNED,	/* entry 1 is a page + 8 */
	EB_ENTRY_OUTSIDE,	/* entry 1 outside memory */
	EB_TDR_PAGE,		/* QUOTE.GET RCX: a page that is no TDR */
	EB_TDR_UNALIGNED,	/* RCX: the TDR + 8 */
	EB_TDR_BUILDING,	/* RCX: the second TD, not finalized */
	EB_QUOTE_ID,		/* RDX: quote ID 0 */
	EB_IN_UNALIGNED,	/* R8: the input page + 8 */
	EB_IN_LEN_0,		/* R9: 0 */
	EB_IN_LEN_BIG,		/* R9: 4097 */
	EB_LIST_SHORT,		/* R10: a list of one page for a two-page quote */
	EB_BUF_LEN,		/* R11: 5119 */
};

/**
 * struct ext_case - one misuse row
 * @name: the case's name
 * @profile: &enum seam_model_profile
 * @stage: how far to build
 * @call: the call
 * @bad: the operand it spoils
 * @arg: SYS.CONFIG/UPDATE's features (R9)
 * @arg2: bits ORed into SYS.CONFIG's options (R8)
 * @status: the exact answer
 */
struct ext_case {
	const char *name;
	unsigned int profile;
	enum ext_stage stage;
	enum ext_call call;
	enum ext_bad bad;
	u64 arg, arg2;
	u64 status;
};

#define P20	SEAM_MODEL_PROFILE_2_0
#define P15	SEAM_MODEL_PROFILE_1_5
#define OI(op)	(SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_##op)

static const struct ext_case ext_cases[] = {
	/* 2.0.18 tdh_sys_config(): R9 a subset of TDX_FEATURES0, after the KeyID. */
	{ "CONFIG v1 feature outside TDX_FEATURES0", P20, ES_LP_INIT, EC_CONFIG, EB_NONE,
	  EXT_BAD_FEATURE, 0, OI(R9) },
	{ "CONFIG v1 TDX Connect, which 2.0 does not report", P20, ES_LP_INIT, EC_CONFIG,
	  EB_NONE, SEAM_TDX_FEATURES0_TDXCONNECT, 0, OI(R9) },
	{ "CONFIG v1 every feature bit", P20, ES_LP_INIT, EC_CONFIG, EB_NONE, ~0ULL, 0, OI(R9) },
	{ "CONFIG v1 reserved R8 bit 17 before R9", P20, ES_LP_INIT, EC_CONFIG, EB_NONE,
	  EXT_BAD_FEATURE, BIT_ULL(17), OI(R8) },
	{ "CONFIG version 2", P20, ES_LP_INIT, EC_CONFIG_V2, EB_NONE, 0, 0, OI(RAX) },
	{ "CONFIG v1 in profile 1.5", P15, ES_LP_INIT, EC_CONFIG, EB_NONE, 0, 0, OI(RAX) },
	{ "CONFIG v1 when ready", P20, ES_READY, EC_CONFIG, EB_NONE, 0, 0,
	  SEAM_TDX_SYS_CONFIG_NOT_PENDING },
	/* 2.0.18 tdh_sys_update(): R9 before the state checks. */
	{ "UPDATE v1 feature outside TDX_FEATURES0", P20, ES_READY, EC_UPDATE, EB_NONE,
	  EXT_BAD_FEATURE, 0, OI(R9) },
	{ "UPDATE v1 without a module update", P20, ES_READY, EC_UPDATE, EB_NONE,
	  SEAM_TDX_FEATURES0_EXT, 0, SEAM_TDX_SYS_STATE_INCORRECT },
	{ "UPDATE v1 in profile 1.5", P15, ES_READY, EC_UPDATE, EB_NONE, 0, 0, OI(RAX) },
	/* EXT.MEM.ADD: HPA_LIST_INFO, then each entry a free page in a TDMR. */
	{ "MEM.ADD reserved bit 0", P20, ES_READY, EC_MEM_ADD, EB_RSVD_LOW, 0, 0, OI(RCX) },
	{ "MEM.ADD reserved bit 52", P20, ES_READY, EC_MEM_ADD, EB_RSVD_HIGH, 0, 0, OI(RCX) },
	{ "MEM.ADD first above last", P20, ES_READY, EC_MEM_ADD, EB_FIRST_GT_LAST, 0, 0,
	  OI(RCX) },
	{ "MEM.ADD list page outside memory", P20, ES_READY, EC_MEM_ADD, EB_LIST_OUTSIDE, 0, 0,
	  OI(RCX) },
	{ "MEM.ADD list page with a private KeyID", P20, ES_READY, EC_MEM_ADD, EB_LIST_KEYED,
	  0, 0, OI(RCX) },
	{ "MEM.ADD an entry twice", P20, ES_READY, EC_MEM_ADD, EB_DUP, 0, 0,
	  SEAM_TDX_OPERAND_BUSY | SEAM_OPERAND_ID_RCX },
	{ "MEM.ADD a TDR entry", P20, ES_POOL_HALF, EC_MEM_ADD, EB_ENTRY_TDR, 0, 0,
	  SEAM_TDX_PAGE_METADATA_INCORRECT | SEAM_OPERAND_ID_RCX },
	/*
	 * A pool page is the module's (PT_RSVD, no owner): 1.5.01
	 * tdh_phymem_page_reclaim() refuses it before it writes an output.
	 */
	{ "RECLAIM of a pool page", P20, ES_POOL_HALF, EC_RECLAIM, EB_NONE, 0, 0,
	  SEAM_TDX_PAGE_METADATA_INCORRECT | SEAM_OPERAND_ID_RCX },
	{ "MEM.ADD a page the pool has", P20, ES_POOL_HALF, EC_MEM_ADD, EB_ENTRY_POOL, 0, 0,
	  SEAM_TDX_PAGE_METADATA_INCORRECT | SEAM_OPERAND_ID_RCX },
	{ "MEM.ADD an unaligned entry", P20, ES_READY, EC_MEM_ADD, EB_ENTRY_UNALIGNED, 0, 0,
	  OI(RCX) },
	{ "MEM.ADD an entry outside memory", P20, ES_READY, EC_MEM_ADD, EB_ENTRY_OUTSIDE, 0, 0,
	  SEAM_TDX_OPERAND_ADDR_RANGE_ERROR | SEAM_OPERAND_ID_RCX },
	{ "MEM.ADD before ready", P20, ES_LP_INIT, EC_MEM_ADD, EB_NONE, 0, 0,
	  SEAM_TDX_SYS_NOT_READY },
	/* EXT.INIT: the pool complete, once. */
	{ "EXT.INIT without a pool", P20, ES_READY, EC_EXT_INIT, EB_NONE, 0, 0,
	  SEAM_TDX_SYS_STATE_INCORRECT },
	{ "EXT.INIT with half the pool", P20, ES_POOL_HALF, EC_EXT_INIT, EB_NONE, 0, 0,
	  SEAM_TDX_SYS_STATE_INCORRECT },
	{ "EXT.INIT twice", P20, ES_EXT, EC_EXT_INIT, EB_NONE, 0, 0,
	  SEAM_TDX_SYS_STATE_INCORRECT },
	/* QUOTE.INIT after EXT.INIT; QUOTE.GET after QUOTE.INIT, then its operands. */
	{ "QUOTE.INIT before EXT.INIT", P20, ES_POOL_HALF, EC_QUOTE_INIT, EB_NONE, 0, 0,
	  SEAM_TDX_SYS_STATE_INCORRECT },
	{ "QUOTE.GET before EXT.INIT", P20, ES_POOL_HALF, EC_QUOTE_GET, EB_NONE, 0, 0,
	  SEAM_TDX_SYS_STATE_INCORRECT },
	{ "QUOTE.GET before QUOTE.INIT", P20, ES_EXT, EC_QUOTE_GET, EB_NONE, 0, 0,
	  SEAM_TDX_SYS_STATE_INCORRECT },
	{ "QUOTE.GET TDR not a TDR", P20, ES_QUOTE, EC_QUOTE_GET, EB_TDR_PAGE, 0, 0,
	  SEAM_TDX_PAGE_METADATA_INCORRECT | SEAM_OPERAND_ID_RCX },
	{ "QUOTE.GET TDR unaligned", P20, ES_QUOTE, EC_QUOTE_GET, EB_TDR_UNALIGNED, 0, 0,
	  OI(RCX) },
	{ "QUOTE.GET TD not finalized", P20, ES_QUOTE, EC_QUOTE_GET, EB_TDR_BUILDING, 0, 0,
	  SEAM_TDX_OP_STATE_INCORRECT },
	{ "QUOTE.GET quote ID 0", P20, ES_QUOTE, EC_QUOTE_GET, EB_QUOTE_ID, 0, 0, OI(RDX) },
	{ "QUOTE.GET input unaligned", P20, ES_QUOTE, EC_QUOTE_GET, EB_IN_UNALIGNED, 0, 0,
	  OI(R8) },
	{ "QUOTE.GET input length 0", P20, ES_QUOTE, EC_QUOTE_GET, EB_IN_LEN_0, 0, 0, OI(R9) },
	{ "QUOTE.GET input length 4097", P20, ES_QUOTE, EC_QUOTE_GET, EB_IN_LEN_BIG, 0, 0,
	  OI(R9) },
	{ "QUOTE.GET list of one page", P20, ES_QUOTE, EC_QUOTE_GET, EB_LIST_SHORT, 0, 0,
	  OI(R10) },
	{ "QUOTE.GET buffer below MAX_QUOTE_SIZE", P20, ES_QUOTE, EC_QUOTE_GET, EB_BUF_LEN, 0,
	  0, OI(R11) },
	/* SYS.DISABLE: the other TDH.SYS leaves wait; afterwards only SYS.INIT runs. */
	{ "SYS.RD while disabling", P20, ES_DISABLING, EC_SYS_RD, EB_NONE, 0, 0,
	  SEAM_TDX_SYS_BUSY },
	{ "UPDATE v1 while disabling", P20, ES_DISABLING, EC_UPDATE, EB_NONE, 0, 0,
	  SEAM_TDX_SYS_BUSY },
	{ "SYS.RD after DISABLE", P20, ES_DISABLED, EC_SYS_RD, EB_NONE, 0, 0,
	  SEAM_TDX_SYS_SHUTDOWN },
	{ "LP.INIT after DISABLE", P20, ES_DISABLED, EC_LP_INIT, EB_NONE, 0, 0,
	  SEAM_TDX_SYS_SHUTDOWN },
	{ "MEM.TRACK after DISABLE", P20, ES_DISABLED, EC_MEM_TRACK, EB_NONE, 0, 0,
	  SEAM_TDX_SYS_SHUTDOWN },
	{ "EXT.INIT after DISABLE", P20, ES_DISABLED, EC_EXT_INIT, EB_NONE, 0, 0,
	  SEAM_TDX_SYS_SHUTDOWN },
	{ "DISABLE twice", P20, ES_DISABLED, EC_DISABLE, EB_NONE, 0, 0, SEAM_TDX_SYS_SHUTDOWN },
	{ "DISABLE in profile 1.5", P15, ES_READY, EC_DISABLE, EB_NONE, 0, 0, OI(RAX) },
};

KUNIT_ARRAY_PARAM_DESC(ext, ext_cases, name);

/*
 * A row's pages: a list of two fresh pages, the first page handed to the
 * pool already (@added), and QUOTE.GET's operands.
 */
struct ext_ctx {
	struct seam_fixture *f;
	u64 list, pages[2], added;
	u64 in, node, buf[2];
};

/*
 * The operands of a row's call, prepared (list and page contents written)
 * before the digest is taken, since the digest covers memory.
 */
struct ext_ops {
	u64 info;			/* EXT.MEM.ADD */
	u64 tdr, in, len, buf;		/* QUOTE.GET */
	u16 id;
	u64 arr;			/* SYS.CONFIG's TDMR array */
	u64 r[3];			/* PHYMEM.PAGE.RECLAIM's outputs */
};

static u64 ext_alloc(struct kunit *test, struct seam_fixture *f)
{
	u64 pa = seam_fixture_alloc_page(f);

	KUNIT_ASSERT_NE(test, pa, 0ULL);
	return pa;
}

static void ext_wr(struct seam_fixture *f, u64 pa, unsigned int off, u64 v)
{
	memcpy((u8 *)seam_model_page(f->m, pa) + off, &v, sizeof(v));
}

/* A pool list of two fresh pages in @x->list, handed over if @add. */
static void ext_pool(struct kunit *test, struct ext_ctx *x, bool add)
{
	u64 info;

	x->list = ext_alloc(test, x->f);
	x->pages[0] = ext_alloc(test, x->f);
	x->pages[1] = ext_alloc(test, x->f);
	ext_wr(x->f, x->list, 0, x->pages[0]);
	ext_wr(x->f, x->list, 8, x->pages[1]);
	if (!add)
		return;
	info = seam_hpa_list_info(x->list, 0, 1);
	KUNIT_ASSERT_EQ(test, seam_tdh_ext_mem_add_all(&info, 4, true), SEAM_TDX_SUCCESS);
}

/* QUOTE.GET's input page and a buffer of two pages behind one list node. */
static void ext_quote_bufs(struct kunit *test, struct ext_ctx *x)
{
	x->in = ext_alloc(test, x->f);
	x->node = ext_alloc(test, x->f);
	x->buf[0] = ext_alloc(test, x->f);
	x->buf[1] = ext_alloc(test, x->f);
	memset(seam_model_page(x->f->m, x->node), 0xff, 4096);
	ext_wr(x->f, x->node, 0, x->buf[0]);
	ext_wr(x->f, x->node, 8, x->buf[1]);
	memset(seam_model_page(x->f->m, x->in), 0x3c, EXT_QUOTE_IN);
}

static void ext_build(struct kunit *test, struct ext_ctx *x, const struct ext_case *c)
{
	struct seam_model_config cfg = { .profile = c->profile };
	enum seam_fixture_stage st;

	if (c->stage == ES_DISABLING)
		cfg.disable_interrupts = 2;
	x->f = seam_fixture_create(&cfg);
	test->priv = x->f;
	KUNIT_ASSERT_NOT_NULL(test, x->f);
	switch (c->stage) {
	case ES_LP_INIT:
		st = SEAM_FIXTURE_LP_INIT;
		break;
	case ES_READY:
		st = SEAM_FIXTURE_TDMR;
		break;
	default:
		st = SEAM_FIXTURE_FINALIZE;
		break;
	}
	KUNIT_ASSERT_EQ(test, seam_fixture_build(x->f, st), SEAM_TDX_SUCCESS);
	if (c->stage == ES_LP_INIT)
		return;
	if (c->stage != ES_READY) {
		struct ext_ctx half = { .f = x->f };

		ext_pool(test, &half, true);
		x->added = half.pages[0];
	}
	if (c->stage == ES_EXT || c->stage == ES_QUOTE) {
		struct ext_ctx more = { .f = x->f };

		ext_pool(test, &more, true);
		KUNIT_ASSERT_EQ(test, seam_tdh_ext_init_all(4, true), SEAM_TDX_SUCCESS);
	}
	ext_pool(test, x, false);
	ext_quote_bufs(test, x);
	if (c->stage == ES_QUOTE) {
		KUNIT_ASSERT_EQ(test, seam_tdh_quote_init_all(4, true), SEAM_TDX_SUCCESS);
		KUNIT_ASSERT_EQ(test, seam_fixture_build_td2(x->f, SEAM_FIXTURE_TD_INIT),
				SEAM_TDX_SUCCESS);
	}
	if (c->stage == ES_DISABLING)
		KUNIT_ASSERT_EQ(test, seam_tdh_sys_disable(), SEAM_TDX_INTERRUPTED_RESUMABLE);
	if (c->stage == ES_DISABLED)
		KUNIT_ASSERT_EQ(test, seam_tdh_sys_disable_all(4, false), SEAM_TDX_SUCCESS);
}

/* EXT.MEM.ADD's HPA_LIST_INFO for @x's list, as @bad spoils it. */
static u64 ext_prep_info(struct ext_ctx *x, enum ext_bad bad)
{
	const struct seam_fixture *f = x->f;
	u64 outside = f->cfg.hpa_base + (u64)f->cfg.nr_pages * 4096;
	u64 info = seam_hpa_list_info(x->list, 0, 1);
	u16 hkid = seam_model_first_private_hkid(f->m);

	switch (bad) {
	case EB_RSVD_LOW:
		return info | BIT_ULL(0);
	case EB_RSVD_HIGH:
		return info | BIT_ULL(52);
	case EB_FIRST_GT_LAST:
		return seam_hpa_list_info(x->list, 1, 0);
	case EB_LIST_OUTSIDE:
		return seam_hpa_list_info(outside, 0, 1);
	case EB_LIST_KEYED:
		return seam_hpa_list_info(seam_fixture_keyed_pa(f, x->list, hkid), 0, 1);
	case EB_DUP:
		ext_wr(x->f, x->list, 8, x->pages[0]);
		break;
	case EB_ENTRY_TDR:
		ext_wr(x->f, x->list, 8, f->td.tdr);
		break;
	case EB_ENTRY_POOL:
		ext_wr(x->f, x->list, 8, x->added);
		break;
	case EB_ENTRY_UNALIGNED:
		ext_wr(x->f, x->list, 8, x->pages[1] + 8);
		break;
	case EB_ENTRY_OUTSIDE:
		ext_wr(x->f, x->list, 8, outside);
		break;
	default:
		break;
	}
	return info;
}

/* QUOTE.GET of the fixture's TD into @x's buffer, as @bad spoils it. */
static void ext_prep_quote(struct ext_ctx *x, enum ext_bad bad, struct ext_ops *o)
{
	o->tdr = x->f->td.tdr;
	o->in = x->in;
	o->len = EXT_QUOTE_IN;
	o->buf = EXT_QUOTE_BUF;
	o->id = SEAM_QUOTE_ID_DEFAULT;
	switch (bad) {
	case EB_TDR_PAGE:
		o->tdr = x->in;
		break;
	case EB_TDR_UNALIGNED:
		o->tdr += 8;
		break;
	case EB_TDR_BUILDING:
		o->tdr = x->f->td2.tdr;
		break;
	case EB_QUOTE_ID:
		o->id = 0;
		break;
	case EB_IN_UNALIGNED:
		o->in += 8;
		break;
	case EB_IN_LEN_0:
		o->len = 0;
		break;
	case EB_IN_LEN_BIG:
		o->len = 4097;
		break;
	case EB_LIST_SHORT:
		ext_wr(x->f, x->node, 8, ~0ULL);
		break;
	case EB_BUF_LEN:
		o->buf = 5119;
		break;
	default:
		break;
	}
}

/* SYS.CONFIG version 1 (or raw version 2): one TDMR, the first private KeyID. */
static u64 ext_config(struct ext_ctx *x, const struct ext_case *c, u64 arr)
{
	u64 opts = seam_model_first_private_hkid(x->f->m) | c->arg2;
	struct seam_args a = { .rcx = arr, .rdx = 1, .r8 = opts, .r9 = c->arg };

	if (c->call == EC_CONFIG_V2)
		return seam_call_ret(SEAM_LEAF_VER(SEAM_TDH_SYS_CONFIG, 2), &a);
	return seam_tdh_sys_config(arr, 1, opts, c->arg);
}

static void seamcall_ext_misuse_test(struct kunit *test)
{
	const struct ext_case *c = test->param_value;
	struct ext_ctx x = { };
	struct ext_ops o = { };
	u64 digest, st, v;

	ext_build(test, &x, c);
	if (c->call == EC_CONFIG || c->call == EC_CONFIG_V2)
		o.arr = ext_alloc(test, x.f);
	if (c->call == EC_MEM_ADD)
		o.info = ext_prep_info(&x, c->bad);
	if (c->call == EC_QUOTE_GET)
		ext_prep_quote(&x, c->bad, &o);
	digest = seam_model_digest(x.f->m);
	switch (c->call) {
	case EC_CONFIG:
	case EC_CONFIG_V2:
		st = ext_config(&x, c, o.arr);
		break;
	case EC_UPDATE:
		st = seam_tdh_sys_update(c->arg);
		break;
	case EC_MEM_ADD:
		st = seam_tdh_ext_mem_add(&o.info);
		break;
	case EC_EXT_INIT:
		st = seam_tdh_ext_init();
		break;
	case EC_QUOTE_INIT:
		st = seam_tdh_quote_init();
		break;
	case EC_QUOTE_GET:
		st = seam_tdh_quote_get(o.tdr, o.id, o.in, o.len, x.node, o.buf, &v);
		break;
	case EC_SYS_RD:
		st = seam_tdh_sys_rd(SEAM_MD_SYS_MAJOR_VERSION, &v);
		break;
	case EC_LP_INIT:
		st = seam_tdh_sys_lp_init();
		break;
	case EC_DISABLE:
		st = seam_tdh_sys_disable();
		break;
	case EC_RECLAIM:
		st = seam_tdh_phymem_page_reclaim(x.added, &o.r[0], &o.r[1], &o.r[2]);
		break;
	default:
		st = seam_tdh_mem_track(x.f->td.tdr);
		break;
	}
	KUNIT_EXPECT_EQ_MSG(test, st, c->status, "got 0x%016llx", st);
	KUNIT_EXPECT_EQ(test, seam_model_digest(x.f->m), digest);
}

/* MEMORY_POOL_REQUIRED_PAGES (Linux extensions v2 metadata field ID). */
#define EXT_MD_POOL	0x3100000200000000ULL

/*
 * The state SYS.DISABLE leaves: with the extensions and quoting ready and
 * a runnable TD, the pool's and the TD's pages are host pages again,
 * zeroed; after a new SYS.INIT and LP.INIT the module asks for the whole
 * pool again and is not ready for EXT.MEM.ADD.
 */
static void seamcall_ext_disable_state_test(struct kunit *test)
{
	static const struct ext_case c = { .profile = P20, .stage = ES_QUOTE };
	u8 zero[64] = { };
	struct ext_ctx x = { };
	u64 v = 0, info;

	ext_build(test, &x, &c);
	ext_wr(x.f, x.added, 0, ~0ULL);
	KUNIT_ASSERT_EQ(test, seam_model_page_type(x.f->m, x.added), (unsigned int)SEAM_PT_RSVD);
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_disable_all(4, false), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_sys_state(x.f->m), SEAM_MODEL_SYS_DISABLED);
	KUNIT_EXPECT_EQ(test, seam_model_page_type(x.f->m, x.added), (unsigned int)SEAM_PT_NDA);
	KUNIT_EXPECT_EQ(test, memcmp(seam_model_page(x.f->m, x.added), zero, sizeof(zero)), 0);
	KUNIT_EXPECT_EQ(test, seam_model_td_state(x.f->m, x.f->td.tdr), SEAM_MODEL_TD_NONE);
	KUNIT_EXPECT_EQ(test, seam_model_td_state(x.f->m, x.f->td2.tdr), SEAM_MODEL_TD_NONE);
	KUNIT_EXPECT_EQ(test, seam_model_page_type(x.f->m, x.f->td.page_add),
			(unsigned int)SEAM_PT_NDA);
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_init(), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_lp_init(), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_rd(EXT_MD_POOL, &v), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, v, 4ULL);
	info = seam_hpa_list_info(x.list, 0, 1);
	KUNIT_EXPECT_EQ(test, seam_tdh_ext_mem_add(&info), SEAM_TDX_SYS_NOT_READY);
}

static int ext_init(struct kunit *test)
{
	test->priv = NULL;
	return 0;
}

static void ext_exit(struct kunit *test)
{
	seam_fixture_destroy(test->priv);
}

static struct kunit_case seamcall_ext_test_cases[] = {
	KUNIT_CASE_PARAM(seamcall_ext_misuse_test, ext_gen_params),
	KUNIT_CASE(seamcall_ext_disable_state_test),
	{}
};

static struct kunit_suite seamcall_ext_test_suite = {
	.name = "seamcall_ext",
	.init = ext_init,
	.exit = ext_exit,
	.test_cases = seamcall_ext_test_cases,
};

kunit_test_suites(&seamcall_ext_test_suite);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Misuse of the issue #11 leaves against the model");
