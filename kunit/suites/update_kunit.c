// SPDX-License-Identifier: GPL-2.0
/*
 * A runtime TDX module update against the model, as Linux 7.x runs it
 * (arch/x86/virt/vmx/tdx/seamldr.c do_seamldr_install_module()):
 * TDH.SYS.SHUTDOWN on one CPU, P-SEAMLDR.INSTALL on every CPU, TDH.SYS.INIT
 * and TDH.SYS.LP.INIT on every CPU (tdx_cpu_enable()), TDH.SYS.UPDATE on
 * one CPU. A TD built before it keeps running after it. Statuses: module
 * 2.0 tdh_sys_shutdown.c and tdh_sys_update.c, the P-SEAMLDR's as the
 * model answers them (kunit/model/README.md).
 *
 * Copyright (C) 2026 The seamcall authors
 */
#include <kunit/test.h>
#include <linux/string.h>
#include <seamcall.h>

#include "seam_fixture.h"

#define UP_FEATURES	(SEAM_MODEL_FEAT_SEAMLDR | SEAM_MODEL_FEAT_UPDATE_COMPAT)
/* The default TD exit of the model: asynchronous, HLT. */
#define UP_EXIT_HLT	(SEAM_TDX_SUCCESS | 12)
/* The version the test image carries: 1.5.25, build 800. */
static const u16 up_image_ver[4] = { 1, 5, 25, 800 };

/* SEAMLDR_PARAMS offsets (Linux 7.x seamldr.c struct seamldr_params). */
#define UP_PRM_SCENARIO		4
#define UP_PRM_SIGSTRUCT	8
#define UP_PRM_NR_PAGES		120
#define UP_PRM_PAGES		128

/**
 * struct up_ctx - the pages of one update
 * @f: the fixture
 * @params: SEAMLDR_PARAMS page
 * @sig: SIGSTRUCT page
 * @image: the module's only page
 */
struct up_ctx {
	struct seam_fixture *f;
	u64 params;
	u64 sig;
	u64 image;
};

static void up_wr(struct seam_fixture *f, u64 pa, unsigned int off, const void *v,
		  size_t n)
{
	memcpy((u8 *)seam_model_page(f->m, pa) + off, v, n);
}

/*
 * A fixture of @profile with the P-SEAMLDR and UPDATE_COMPAT, and an image
 * to install.
 */
static void up_setup_profile(struct kunit *test, struct up_ctx *u, unsigned int profile)
{
	const struct seam_model_config cfg = { .features = UP_FEATURES, .profile = profile };
	u32 scenario = 1;
	u64 one = 1;

	seam_fixture_destroy(test->priv);
	u->f = seam_fixture_create(&cfg);
	test->priv = u->f;
	KUNIT_ASSERT_NOT_NULL(test, u->f);
	u->params = seam_fixture_alloc_page(u->f);
	u->sig = seam_fixture_alloc_page(u->f);
	u->image = seam_fixture_alloc_page(u->f);
	KUNIT_ASSERT_NE(test, u->image, 0ULL);
	up_wr(u->f, u->params, UP_PRM_SCENARIO, &scenario, sizeof(scenario));
	up_wr(u->f, u->params, UP_PRM_SIGSTRUCT, &u->sig, sizeof(u->sig));
	up_wr(u->f, u->params, UP_PRM_NR_PAGES, &one, sizeof(one));
	up_wr(u->f, u->params, UP_PRM_PAGES, &u->image, sizeof(u->image));
	up_wr(u->f, u->image, 0, up_image_ver, sizeof(up_image_ver));
}

static void up_setup(struct kunit *test, struct up_ctx *u)
{
	up_setup_profile(test, u, SEAM_MODEL_PROFILE_1_5_01);
}

/* P-SEAMLDR.INSTALL on CPUs 0 to @n - 1, each a success. */
static void up_install(struct kunit *test, struct up_ctx *u, unsigned int n)
{
	unsigned int cpu;

	for (cpu = 0; cpu < n; cpu++) {
		KUNIT_ASSERT_EQ(test, seam_fixture_set_cpu(u->f, cpu), 0);
		KUNIT_ASSERT_EQ(test, seam_seamldr_install(u->params), SEAM_TDX_SUCCESS);
	}
	KUNIT_ASSERT_EQ(test, seam_fixture_set_cpu(u->f, 0), 0);
}

/* TDH.SYS.LP.INIT on CPUs 0 to @n - 1, each a success. */
static void up_lp_init(struct kunit *test, struct up_ctx *u, unsigned int n)
{
	unsigned int cpu;

	for (cpu = 0; cpu < n; cpu++) {
		KUNIT_ASSERT_EQ(test, seam_fixture_set_cpu(u->f, cpu), 0);
		KUNIT_ASSERT_EQ(test, seam_tdh_sys_lp_init(), SEAM_TDX_SUCCESS);
	}
	KUNIT_ASSERT_EQ(test, seam_fixture_set_cpu(u->f, 0), 0);
}

static u64 up_sys_rd(struct kunit *test, u64 field)
{
	u64 v = 0;

	KUNIT_EXPECT_EQ(test, seam_tdh_sys_rd(field, &v), SEAM_TDX_SUCCESS);
	return v;
}

/*
 * The whole walk with a runnable TD: VP.ENTER before and after. The
 * digest (seam_model_digest(): global state, PAMT, TDs, vCPUs, S-EPT,
 * KeyIDs and memory) is the same before and after; the module version and
 * the handoff data live outside it. TDH.SYS.RD reports the new version.
 */
static void seamcall_update_walk_test(struct kunit *test)
{
	struct seam_args a = { };
	struct up_ctx u;
	unsigned int cpu, nr_lps;
	u64 digest, page;
	u8 before[64];

	up_setup(test, &u);
	nr_lps = u.f->cfg.nr_lps;
	KUNIT_ASSERT_EQ(test, seam_fixture_build(u.f, SEAM_FIXTURE_FINALIZE),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_enter(u.f->td.tdvpr, &a), UP_EXIT_HLT);
	KUNIT_EXPECT_EQ(test, up_sys_rd(test, SEAM_MD_SYS_UPDATE_VERSION), 6ULL);
	KUNIT_EXPECT_EQ(test, up_sys_rd(test, SEAM_MD_SYS_TDX_FEATURES0) &
			SEAM_TDX_FEATURES0_UPDATE_COMPAT, SEAM_TDX_FEATURES0_UPDATE_COMPAT);
	page = u.f->td.page_add;
	memcpy(before, seam_model_page(u.f->m, page), sizeof(before));
	digest = seam_model_digest(u.f->m);

	KUNIT_EXPECT_EQ(test, seam_tdh_sys_shutdown(SEAM_SYS_SHUTDOWN_AVOID_COMPAT_SENSITIVE),
			SEAM_TDX_SUCCESS);
	/* Shut down: the old module answers SYS_SHUTDOWN to the rest. */
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_enter(u.f->td.tdvpr, &a), SEAM_TDX_SYS_SHUTDOWN);
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_update_v0(), SEAM_TDX_SYS_SHUTDOWN);
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_lp_shutdown(), SEAM_TDX_SUCCESS);

	up_install(test, &u, nr_lps);
	KUNIT_EXPECT_EQ(test, seam_model_sys_state(u.f->m), SEAM_MODEL_SYS_UNINIT);
	for (cpu = 0; cpu < nr_lps; cpu++)
		KUNIT_EXPECT_FALSE(test, seam_model_lp_initialized(u.f->m, cpu));
	/* The new module is not ready until TDH.SYS.UPDATE. */
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_enter(u.f->td.tdvpr, &a), SEAM_TDX_SYS_NOT_READY);
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_init(), SEAM_TDX_SUCCESS);
	up_lp_init(test, &u, nr_lps);
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_update_v0(), SEAM_TDX_SUCCESS);

	KUNIT_EXPECT_EQ(test, seam_model_sys_state(u.f->m), SEAM_MODEL_SYS_READY);
	KUNIT_EXPECT_EQ(test, seam_model_digest(u.f->m), digest);
	KUNIT_EXPECT_EQ(test, memcmp(before, seam_model_page(u.f->m, page), sizeof(before)), 0);
	KUNIT_EXPECT_EQ(test, up_sys_rd(test, SEAM_MD_SYS_MAJOR_VERSION), 1ULL);
	KUNIT_EXPECT_EQ(test, up_sys_rd(test, SEAM_MD_SYS_MINOR_VERSION), 5ULL);
	KUNIT_EXPECT_EQ(test, up_sys_rd(test, SEAM_MD_SYS_UPDATE_VERSION), 25ULL);
	KUNIT_EXPECT_EQ(test, up_sys_rd(test, SEAM_MD_SYS_BUILD_NUM), 800ULL);
	KUNIT_EXPECT_EQ(test, seam_model_td_state(u.f->m, u.f->td.tdr), SEAM_MODEL_TD_RUNNABLE);
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_enter(u.f->td.tdvpr, &a), UP_EXIT_HLT);
	/* The handoff data is used up. */
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_update_v0(), SEAM_TDX_SYS_STATE_INCORRECT);
}

/*
 * With AVOID_COMPAT_SENSITIVE, TDH.SYS.SHUTDOWN refuses while a TD build is
 * in progress (TD_BUILD_COUNT in bits 31:16) and the module stays ready;
 * without the flag it shuts down.
 */
static void seamcall_update_compat_sensitive_test(struct kunit *test)
{
	const u64 flag = SEAM_SYS_SHUTDOWN_AVOID_COMPAT_SENSITIVE;
	struct up_ctx u;
	u64 digest;

	up_setup(test, &u);
	KUNIT_ASSERT_EQ(test, seam_fixture_build(u.f, SEAM_FIXTURE_VP_INIT),
			SEAM_TDX_SUCCESS);
	digest = seam_model_digest(u.f->m);
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_shutdown(flag),
			SEAM_TDX_UPDATE_COMPATIBILITY_SENSITIVE |
			1ULL << SEAM_UPDATE_COMPAT_COUNT_SHIFT | SEAM_UPDATE_COMPAT_TD_BUILD);
	/* A TD counts from MNG.INIT on (tdh_mng_init.c of 2.0.18), not before. */
	KUNIT_ASSERT_EQ(test, seam_fixture_build_td2(u.f, SEAM_FIXTURE_TD_TDCS),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_shutdown(flag),
			SEAM_TDX_UPDATE_COMPATIBILITY_SENSITIVE |
			1ULL << SEAM_UPDATE_COMPAT_COUNT_SHIFT);
	KUNIT_ASSERT_EQ(test, seam_fixture_build_td2(u.f, SEAM_FIXTURE_TD_INIT),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_shutdown(flag),
			SEAM_TDX_UPDATE_COMPATIBILITY_SENSITIVE |
			2ULL << SEAM_UPDATE_COMPAT_COUNT_SHIFT);
	KUNIT_EXPECT_EQ(test, seam_model_sys_state(u.f->m), SEAM_MODEL_SYS_READY);
	KUNIT_EXPECT_NE(test, seam_model_digest(u.f->m), digest);
	/* A finished build no longer counts. */
	KUNIT_ASSERT_EQ(test, seam_fixture_build(u.f, SEAM_FIXTURE_FINALIZE),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_shutdown(flag),
			SEAM_TDX_UPDATE_COMPATIBILITY_SENSITIVE |
			1ULL << SEAM_UPDATE_COMPAT_COUNT_SHIFT);
	/* Bits above 16 stay reserved; without the flag it proceeds. */
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_shutdown(BIT_ULL(17)),
			SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RCX);
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_shutdown(0), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_sys_state(u.f->m), SEAM_MODEL_SYS_SHUTDOWN);
}

/* Without SEAM_MODEL_FEAT_UPDATE_COMPAT bit 16 is reserved, as in 1.5.01. */
static void seamcall_update_no_compat_test(struct kunit *test)
{
	struct seam_fixture *f = test->priv;

	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_READY), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_shutdown(SEAM_SYS_SHUTDOWN_AVOID_COMPAT_SENSITIVE),
			SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RCX);
	KUNIT_EXPECT_EQ(test, up_sys_rd(test, SEAM_MD_SYS_TDX_FEATURES0) &
			SEAM_TDX_FEATURES0_UPDATE_COMPAT, 0ULL);
}

/* How far the walk gets before the call under test. */
enum up_stage {
	UP_READY,		/* a runnable TD, nothing of the update done */
	UP_SHUTDOWN,		/* TDH.SYS.SHUTDOWN */
	UP_INSTALL_PART,	/* INSTALL on every CPU but the last */
	UP_INSTALLED,		/* INSTALL on every CPU */
	UP_SYS_INIT,		/* TDH.SYS.INIT */
	UP_LP_INIT_PART,	/* LP.INIT on every CPU but the last */
};

enum up_call { UP_CALL_UPDATE, UP_CALL_INSTALL, UP_CALL_LP_INIT, UP_CALL_SYS_INIT,
	       UP_CALL_CONFIG };

struct up_order_case {
	const char *name;
	enum up_stage stage;
	enum up_call call;
	u64 status;
};

static const struct up_order_case up_order_cases[] = {
	/* tdh_sys_update(): SYS_STATE is READY, not SYSINIT_DONE. */
	{ "UPDATE before SHUTDOWN", UP_READY, UP_CALL_UPDATE, SEAM_TDX_SYS_STATE_INCORRECT },
	/* The model's P-SEAMLDR installs only over a shut-down module. */
	{ "INSTALL before SHUTDOWN", UP_READY, UP_CALL_INSTALL, SEAM_SEAMLDR_UNSPECERR },
	/* tdx_vmm_dispatcher(): after SHUTDOWN only LP.SHUTDOWN runs. */
	{ "LP.INIT before INSTALL", UP_SHUTDOWN, UP_CALL_LP_INIT, SEAM_TDX_SYS_SHUTDOWN },
	{ "SYS.INIT before INSTALL on every CPU", UP_INSTALL_PART, UP_CALL_SYS_INIT,
	  SEAM_TDX_SYS_SHUTDOWN },
	/* tdh_sys_lp_init(): SYS.INIT not done in the new module. */
	{ "LP.INIT before SYS.INIT", UP_INSTALLED, UP_CALL_LP_INIT,
	  SEAM_TDX_SYS_LP_INIT_NOT_PENDING },
	/* tdh_sys_update(): SYSINIT_DONE and every LP initialised. */
	{ "UPDATE before SYS.INIT", UP_INSTALLED, UP_CALL_UPDATE, SEAM_TDX_SYS_STATE_INCORRECT },
	{ "UPDATE before LP.INIT on every CPU", UP_LP_INIT_PART, UP_CALL_UPDATE,
	  SEAM_TDX_SYS_STATE_INCORRECT },
	/* The model keeps the handed-off TDMRs: no second SYS.CONFIG. */
	{ "CONFIG instead of UPDATE", UP_SYS_INIT, UP_CALL_CONFIG,
	  SEAM_TDX_SYS_CONFIG_NOT_PENDING },
};

KUNIT_ARRAY_PARAM_DESC(up_order, up_order_cases, name);

/* Each step out of order, with its exact status and no state change. */
static void seamcall_update_order_test(struct kunit *test)
{
	const struct up_order_case *c = test->param_value;
	unsigned int nr_lps;
	struct up_ctx u;
	u64 digest, st;

	up_setup(test, &u);
	nr_lps = u.f->cfg.nr_lps;
	KUNIT_ASSERT_EQ(test, seam_fixture_build(u.f, SEAM_FIXTURE_FINALIZE),
			SEAM_TDX_SUCCESS);
	if (c->stage >= UP_SHUTDOWN)
		KUNIT_ASSERT_EQ(test, seam_tdh_sys_shutdown(0), SEAM_TDX_SUCCESS);
	if (c->stage >= UP_INSTALL_PART)
		up_install(test, &u, c->stage == UP_INSTALL_PART ? nr_lps - 1 : nr_lps);
	if (c->stage >= UP_SYS_INIT)
		KUNIT_ASSERT_EQ(test, seam_tdh_sys_init(), SEAM_TDX_SUCCESS);
	if (c->stage >= UP_LP_INIT_PART)
		up_lp_init(test, &u, nr_lps - 1);
	if (c->call == UP_CALL_CONFIG)
		up_lp_init(test, &u, nr_lps);

	digest = seam_model_digest(u.f->m);
	switch (c->call) {
	case UP_CALL_UPDATE:
		st = seam_tdh_sys_update_v0();
		break;
	case UP_CALL_INSTALL:
		st = seam_seamldr_install(u.params);
		break;
	case UP_CALL_LP_INIT:
		st = seam_tdh_sys_lp_init();
		break;
	case UP_CALL_SYS_INIT:
		st = seam_tdh_sys_init();
		break;
	default:
		st = seam_tdh_sys_config_v0(u.f->tdmr_info, 1,
					    seam_model_first_private_hkid(u.f->m));
		break;
	}
	KUNIT_EXPECT_EQ(test, st, c->status);
	KUNIT_EXPECT_EQ(test, seam_model_digest(u.f->m), digest);
}

/* The P-SEAMLDR's answers to bad operands. */
enum up_ldr_bad { UP_INFO_UNALIGNED, UP_INFO_OUTSIDE, UP_INFO_TDX_PAGE, UP_BAD_LEAF,
		  UP_SCENARIO, UP_VERSION, UP_NO_PAGES, UP_TOO_MANY_PAGES, UP_BAD_SIG };

struct up_ldr_case {
	const char *name;
	enum up_ldr_bad bad;
	u64 status;
};

static const struct up_ldr_case up_ldr_cases[] = {
	{ "INFO not 256-byte aligned", UP_INFO_UNALIGNED, SEAM_SEAMLDR_BADPARAM },
	{ "INFO outside memory", UP_INFO_OUTSIDE, SEAM_SEAMLDR_BADPARAM },
	{ "INFO on a TDX page", UP_INFO_TDX_PAGE, SEAM_SEAMLDR_BADPARAM },
	{ "leaf 0x8000000000000002", UP_BAD_LEAF, SEAM_SEAMLDR_BADCALL },
	{ "INSTALL scenario 0", UP_SCENARIO, SEAM_SEAMLDR_BADPARAM },
	{ "INSTALL params version 1", UP_VERSION, SEAM_SEAMLDR_BADPARAM },
	{ "INSTALL of 0 pages", UP_NO_PAGES, SEAM_SEAMLDR_BADPARAM },
	{ "INSTALL of 497 pages", UP_TOO_MANY_PAGES, SEAM_SEAMLDR_BADPARAM },
	{ "INSTALL with SIGSTRUCT outside memory", UP_BAD_SIG, SEAM_SEAMLDR_BADPARAM },
};

KUNIT_ARRAY_PARAM_DESC(up_ldr, up_ldr_cases, name);

static void seamcall_update_seamldr_bad_test(struct kunit *test)
{
	const struct up_ldr_case *c = test->param_value;
	u64 outside, v, digest, st;
	u32 w = 0;
	struct up_ctx u;

	up_setup(test, &u);
	KUNIT_ASSERT_EQ(test, seam_fixture_build(u.f, SEAM_FIXTURE_FINALIZE),
			SEAM_TDX_SUCCESS);
	KUNIT_ASSERT_EQ(test, seam_tdh_sys_shutdown(0), SEAM_TDX_SUCCESS);
	outside = u.f->cfg.hpa_base + (u64)u.f->cfg.nr_pages * 4096;
	switch (c->bad) {
	case UP_SCENARIO:
		up_wr(u.f, u.params, UP_PRM_SCENARIO, &w, sizeof(w));
		break;
	case UP_VERSION:
		w = 1;
		up_wr(u.f, u.params, 0, &w, sizeof(w));
		break;
	case UP_NO_PAGES:
	case UP_TOO_MANY_PAGES:
		v = c->bad == UP_NO_PAGES ? 0 : 497;
		up_wr(u.f, u.params, UP_PRM_NR_PAGES, &v, sizeof(v));
		break;
	case UP_BAD_SIG:
		up_wr(u.f, u.params, UP_PRM_SIGSTRUCT, &outside, sizeof(outside));
		break;
	default:
		break;
	}
	digest = seam_model_digest(u.f->m);
	switch (c->bad) {
	case UP_INFO_UNALIGNED:
		st = seam_seamldr_info(u.sig + 128);
		break;
	case UP_INFO_OUTSIDE:
		st = seam_seamldr_info(outside);
		break;
	case UP_INFO_TDX_PAGE:
		st = seam_seamldr_info(u.f->td.tdr);
		break;
	case UP_BAD_LEAF:
		st = __seam_seamldr_call(SEAM_SEAMLDR_LEAF_FLAG | 2, u.sig);
		break;
	default:
		st = seam_seamldr_install(u.params);
		break;
	}
	KUNIT_EXPECT_EQ(test, st, c->status);
	KUNIT_EXPECT_EQ(test, seam_model_digest(u.f->m), digest);
	KUNIT_EXPECT_EQ(test, seam_model_sys_state(u.f->m), SEAM_MODEL_SYS_SHUTDOWN);
}

/* SEAMLDR_INFO as Linux 7.x reads it (asm/seamldr.h struct seamldr_info). */
static void seamcall_update_seamldr_info_test(struct kunit *test)
{
	struct up_ctx u;
	const u8 *p;
	u32 remaining;

	up_setup(test, &u);
	KUNIT_ASSERT_EQ(test, seam_fixture_build(u.f, SEAM_FIXTURE_READY), SEAM_TDX_SUCCESS);
	memset(seam_model_page(u.f->m, u.sig), 0xff, 4096);
	KUNIT_ASSERT_EQ(test, seam_seamldr_info(u.sig + 256), SEAM_TDX_SUCCESS);
	p = (const u8 *)seam_model_page(u.f->m, u.sig) + 256;
	KUNIT_EXPECT_EQ(test, *(const u32 *)p, 0U);			/* version */
	KUNIT_EXPECT_EQ(test, *(const u32 *)(p + 8), 0x8086U);	/* vendor_id */
	KUNIT_EXPECT_EQ(test, *(const u16 *)(p + 20), (u16)1);	/* major */
	KUNIT_EXPECT_EQ(test, *(const u16 *)(p + 18), (u16)5);	/* minor */
	memcpy(&remaining, p + 28, sizeof(remaining));
	KUNIT_EXPECT_EQ(test, remaining, (u32)SEAM_MODEL_SEAMLDR_UPDATES);
	KUNIT_EXPECT_EQ(test, p[160], 1);				/* seam_ready */
	KUNIT_EXPECT_EQ(test, p[162], 1);				/* p_seam_ready */
	KUNIT_EXPECT_EQ(test, p[255], 0);				/* reserved */
	/* Only those 256 bytes are written. */
	KUNIT_EXPECT_EQ(test, p[-1], 0xff);
	KUNIT_EXPECT_EQ(test, p[256], 0xff);

	KUNIT_ASSERT_EQ(test, seam_tdh_sys_shutdown(0), SEAM_TDX_SUCCESS);
	KUNIT_ASSERT_EQ(test, seam_seamldr_info(u.sig + 256), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, p[160], 0);
	up_install(test, &u, u.f->cfg.nr_lps);
	KUNIT_ASSERT_EQ(test, seam_seamldr_info(u.sig + 256), SEAM_TDX_SUCCESS);
	memcpy(&remaining, p + 28, sizeof(remaining));
	KUNIT_EXPECT_EQ(test, remaining, (u32)SEAM_MODEL_SEAMLDR_UPDATES - 1);
	KUNIT_EXPECT_EQ(test, p[160], 1);
}

/*
 * A ready module through TDH.SYS.SHUTDOWN, INSTALL, SYS.INIT and LP.INIT on
 * every CPU: TDH.SYS.UPDATE is the next step.
 */
static void up_to_update(struct kunit *test, struct up_ctx *u)
{
	unsigned int nr_lps = u->f->cfg.nr_lps;

	KUNIT_ASSERT_EQ(test, seam_fixture_build(u->f, SEAM_FIXTURE_READY), SEAM_TDX_SUCCESS);
	KUNIT_ASSERT_EQ(test, seam_tdh_sys_shutdown(0), SEAM_TDX_SUCCESS);
	up_install(test, u, nr_lps);
	KUNIT_ASSERT_EQ(test, seam_tdh_sys_init(), SEAM_TDX_SUCCESS);
	up_lp_init(test, u, nr_lps);
}

/*
 * Element @id of the global metadata list TDH.SYS.RDALL wrote at @list
 * (md_list_header_t, then sequences of a header and consecutive elements;
 * metadata_generic.c md_dump_list()), found by class and field code.
 */
static u64 up_list_value(struct kunit *test, const u8 *list, u64 id)
{
	const u64 key = SEAM_MD_CLASS_MASK | SEAM_MD_FIELD_CODE_MASK;
	u16 size, nr_seq, s;
	unsigned int off = 8, n, i;
	u64 hdr, v;

	memcpy(&size, list, sizeof(size));
	memcpy(&nr_seq, list + 2, sizeof(nr_seq));
	for (s = 0; s < nr_seq && off < size; s++) {
		memcpy(&hdr, list + off, sizeof(hdr));
		n = ((hdr & SEAM_MD_LAST_FIELD_MASK) >> SEAM_MD_LAST_FIELD_SHIFT) + 1;
		for (i = 0; i < n; i++) {
			if (((hdr + i) & key) != (id & key))
				continue;
			memcpy(&v, list + off + 8 + i * 8, sizeof(v));
			return v;
		}
		off += 8 + n * 8;
	}
	KUNIT_FAIL(test, "field %llx not in the list", id);
	return 0;
}

/* TDH.SYS.RDALL of every global field into @list_pa; the list's page. */
static const u8 *up_rdall(struct kunit *test, struct up_ctx *u, u64 list_pa)
{
	u64 next = 0;

	KUNIT_EXPECT_EQ(test, seam_tdh_sys_rdall(list_pa, SEAM_MD_FIELD_ID_NA, &next),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, next, SEAM_MD_FIELD_ID_NA);
	return seam_model_page(u->f->m, list_pa);
}

/*
 * TDH.SYS.RDALL reports the version of the installed module after an
 * update, as TDH.SYS.RD does: the list holds the same value per field.
 */
static void seamcall_update_rdall_test(struct kunit *test)
{
	static const u64 ids[] = {
		SEAM_MD_SYS_MAJOR_VERSION, SEAM_MD_SYS_MINOR_VERSION,
		SEAM_MD_SYS_UPDATE_VERSION, SEAM_MD_SYS_BUILD_NUM,
	};
	static const u64 before[] = { 1, 5, 6, 744 };
	const u8 *list;
	struct up_ctx u;
	unsigned int i;
	u64 list_pa;

	up_setup(test, &u);
	list_pa = seam_fixture_alloc_page(u.f);
	KUNIT_ASSERT_NE(test, list_pa, 0ULL);
	KUNIT_ASSERT_EQ(test, seam_fixture_build(u.f, SEAM_FIXTURE_LP_INIT), SEAM_TDX_SUCCESS);
	list = up_rdall(test, &u, list_pa);
	for (i = 0; i < ARRAY_SIZE(ids); i++)
		KUNIT_EXPECT_EQ(test, up_list_value(test, list, ids[i]), before[i]);
	KUNIT_EXPECT_EQ(test, up_list_value(test, list, SEAM_MD_SYS_TDX_FEATURES0),
			up_sys_rd(test, SEAM_MD_SYS_TDX_FEATURES0));
	up_to_update(test, &u);
	KUNIT_ASSERT_EQ(test, seam_tdh_sys_update_v0(), SEAM_TDX_SUCCESS);
	list = up_rdall(test, &u, list_pa);
	for (i = 0; i < ARRAY_SIZE(ids); i++) {
		KUNIT_EXPECT_EQ(test, up_list_value(test, list, ids[i]), (u64)up_image_ver[i]);
		KUNIT_EXPECT_EQ(test, up_sys_rd(test, ids[i]), (u64)up_image_ver[i]);
	}
}

/* TDH.SYS.UPDATE version @ver with R9 @features and R10 @r10. */
static u64 up_update_v(unsigned int ver, u64 features, u64 r10)
{
	struct seam_args a = {};

	a.r9 = features;
	a.r10 = r10;
	return seam_call_ret(SEAM_LEAF_VER(SEAM_TDH_SYS_UPDATE, ver), &a);
}

/*
 * TDH.SYS.UPDATE version 1 (module 2.0 tdh_sys_update.c): versions above 1
 * and R9 bits outside TDX_FEATURES0 and R10 are refused before the state
 * checks, changing nothing; version 1 is not there in profile 1.5.
 */
static void seamcall_update_v1_test(struct kunit *test)
{
	struct up_ctx u;
	u64 digest;

	up_setup_profile(test, &u, SEAM_MODEL_PROFILE_2_0);
	KUNIT_ASSERT_EQ(test, seam_fixture_build(u.f, SEAM_FIXTURE_READY), SEAM_TDX_SUCCESS);
	/* The ready module: version checks come first, then the state. */
	KUNIT_EXPECT_EQ(test, up_update_v(1, BIT_ULL(41), 0),
			SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_R9);
	KUNIT_EXPECT_EQ(test, up_update_v(1, 0, 0), SEAM_TDX_SYS_STATE_INCORRECT);
	up_setup_profile(test, &u, SEAM_MODEL_PROFILE_2_0);
	up_to_update(test, &u);
	digest = seam_model_digest(u.f->m);
	KUNIT_EXPECT_EQ(test, up_update_v(2, 0, 0),
			SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RAX);
	KUNIT_EXPECT_EQ(test, up_update_v(1, BIT_ULL(41), 0),
			SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_R9);
	KUNIT_EXPECT_EQ(test, up_update_v(1, SEAM_TDX_FEATURES0_UPDATE_COMPAT, 1),
			SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_R10);
	KUNIT_EXPECT_EQ(test, seam_model_digest(u.f->m), digest);
	KUNIT_EXPECT_EQ(test, seam_model_sys_state(u.f->m), SEAM_MODEL_SYS_INIT_DONE);
	KUNIT_EXPECT_EQ(test, up_update_v(1, SEAM_TDX_FEATURES0_UPDATE_COMPAT, 0),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_sys_state(u.f->m), SEAM_MODEL_SYS_READY);

	up_setup_profile(test, &u, SEAM_MODEL_PROFILE_1_5);
	up_to_update(test, &u);
	KUNIT_EXPECT_EQ(test, up_update_v(1, 0, 0), SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RAX);
	KUNIT_EXPECT_EQ(test, up_update_v(0, 0, 0), SEAM_TDX_SUCCESS);
}

static int up_init(struct kunit *test)
{
	struct seam_fixture *f = seam_fixture_create(NULL);

	if (!f)
		return -ENOMEM;
	test->priv = f;
	return 0;
}

static void up_exit(struct kunit *test)
{
	seam_fixture_destroy(test->priv);
}

static struct kunit_case seamcall_update_test_cases[] = {
	KUNIT_CASE(seamcall_update_walk_test),
	KUNIT_CASE(seamcall_update_compat_sensitive_test),
	KUNIT_CASE(seamcall_update_no_compat_test),
	KUNIT_CASE_PARAM(seamcall_update_order_test, up_order_gen_params),
	KUNIT_CASE_PARAM(seamcall_update_seamldr_bad_test, up_ldr_gen_params),
	KUNIT_CASE(seamcall_update_seamldr_info_test),
	KUNIT_CASE(seamcall_update_rdall_test),
	KUNIT_CASE(seamcall_update_v1_test),
	{}
};

static struct kunit_suite seamcall_update_test_suite = {
	.name = "seamcall_update",
	.init = up_init,
	.exit = up_exit,
	.test_cases = seamcall_update_test_cases,
};

kunit_test_suites(&seamcall_update_test_suite);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("A runtime TDX module update against the model");
