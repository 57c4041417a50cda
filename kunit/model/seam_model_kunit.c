// SPDX-License-Identifier: GPL-2.0
/*
 * The model's register behaviour: what it leaves in the registers a leaf
 * does not set, the module facts its handlers copy, and the two TD exits
 * of TDH.VP.ENTER. Exact values throughout: the model's generator is
 * recomputed here from the seed.
 *
 * Copyright (C) 2026 The seamcall authors
 */
#include <kunit/test.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <seamcall.h>

#include "seam_fixture.h"
#include "model_check.h"
#include "model_lock.h"

/* Register block member @i before a call: distinct, recognisable. */
#define SEAM_MODEL_KUNIT_ARG(i)		(0xa1a1000000000000ULL | ((u64)(i) << 8))
#define SEAM_MODEL_KUNIT_SEED		0x0123456789abcdefULL
/* A guest GPR value for a TDG.VP.VMCALL exit. */
#define SEAM_MODEL_KUNIT_GUEST(i)	(0x6e6e000000000000ULL | (u64)(i))

/* The model's xorshift64*, step by step, from @seed. */
struct seam_model_kunit_rng {
	u64 x;
};

static u64 seam_model_kunit_next(struct seam_model_kunit_rng *g)
{
	g->x ^= g->x >> 12;
	g->x ^= g->x << 25;
	g->x ^= g->x >> 27;
	return g->x * 0x2545f4914f6cdd1dULL;
}

static void seam_model_kunit_fill(struct seam_args *a)
{
	u64 *m = &a->rcx;
	unsigned int i;

	for (i = 0; i < sizeof(*a) / sizeof(u64); i++)
		m[i] = SEAM_MODEL_KUNIT_ARG(i);
}

/* RAX rejected: no leaf ran, so RCX to R11 all get the next six values. */
static void seam_model_scratch_random(struct kunit *test)
{
	struct seam_model_kunit_rng g = { SEAM_MODEL_KUNIT_SEED };
	const u64 fn = BIT_ULL(24) | SEAM_TDH_SYS_RD;
	struct seam_fixture *f = test->priv;
	const struct seam_model_log_entry *e;
	struct seam_args a;

	seam_model_kunit_fill(&a);
	seam_model_set_seed(f->m, SEAM_MODEL_KUNIT_SEED);
	KUNIT_EXPECT_EQ(test, seam_call_saved_ret(fn, &a),
			SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RAX);
	KUNIT_EXPECT_EQ(test, a.rcx, seam_model_kunit_next(&g));
	KUNIT_EXPECT_EQ(test, a.rdx, seam_model_kunit_next(&g));
	KUNIT_EXPECT_EQ(test, a.r8, seam_model_kunit_next(&g));
	KUNIT_EXPECT_EQ(test, a.r9, seam_model_kunit_next(&g));
	KUNIT_EXPECT_EQ(test, a.r10, seam_model_kunit_next(&g));
	KUNIT_EXPECT_EQ(test, a.r11, seam_model_kunit_next(&g));
	/* Above R11 nothing changes for a leaf that returns nothing there. */
	KUNIT_EXPECT_EQ(test, a.r12, SEAM_MODEL_KUNIT_ARG(6));
	KUNIT_EXPECT_EQ(test, a.r13, SEAM_MODEL_KUNIT_ARG(7));
	KUNIT_EXPECT_EQ(test, a.r14, SEAM_MODEL_KUNIT_ARG(8));
	KUNIT_EXPECT_EQ(test, a.r15, SEAM_MODEL_KUNIT_ARG(9));
	KUNIT_EXPECT_EQ(test, a.rbx, SEAM_MODEL_KUNIT_ARG(10));
	KUNIT_EXPECT_EQ(test, a.rdi, SEAM_MODEL_KUNIT_ARG(11));
	KUNIT_EXPECT_EQ(test, a.rsi, SEAM_MODEL_KUNIT_ARG(12));
	e = seam_model_log_last(f->m);
	KUNIT_ASSERT_NOT_NULL(test, e);
	KUNIT_EXPECT_EQ(test, e->out.rcx, a.rcx);
	KUNIT_EXPECT_EQ(test, e->out.r11, a.r11);
	KUNIT_EXPECT_EQ(test, e->out.rbp, e->in.rbp);
}

/* The same seed gives the same values; seed 0 is the default seed. */
static void seam_model_seed_repeats(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	const u64 fn = BIT_ULL(24);
	struct seam_args a, b;

	seam_model_kunit_fill(&a);
	seam_model_kunit_fill(&b);
	seam_model_set_seed(f->m, 0);
	KUNIT_EXPECT_NE(test, seam_call_ret(fn, &a), SEAM_TDX_SUCCESS);
	seam_model_set_seed(f->m, SEAM_MODEL_DEFAULT_SEED);
	KUNIT_EXPECT_NE(test, seam_call_ret(fn, &b), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, a.rcx, b.rcx);
	KUNIT_EXPECT_EQ(test, a.r11, b.r11);
	KUNIT_EXPECT_NE(test, a.rcx, a.rdx);
	seam_model_set_seed(f->m, SEAM_MODEL_KUNIT_SEED);
	KUNIT_EXPECT_NE(test, seam_call_ret(fn, &b), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_NE(test, a.rcx, b.rcx);
}

/*
 * PHYMEM.PAGE.RDMD sets RCX to R11 to 0 before any check, as module 1.5.01
 * tdh_phymem_page_rdmd() does, so an error returns six zeroes.
 */
static void seam_model_rdmd_clears(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	struct seam_args a;

	KUNIT_ASSERT_EQ(test, seam_fixture_sys_init(f), SEAM_TDX_SUCCESS);
	seam_model_kunit_fill(&a);
	a.rcx = f->cfg.hpa_base;
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_TDH_PHYMEM_PAGE_RDMD, &a),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, a.rcx, (u64)SEAM_PT_NDA);
	KUNIT_EXPECT_EQ(test, a.rdx, 0ULL);
	KUNIT_EXPECT_EQ(test, a.r8, 0ULL);
	KUNIT_EXPECT_EQ(test, a.r9, 0ULL);
	KUNIT_EXPECT_EQ(test, a.r10, 0ULL);
	KUNIT_EXPECT_EQ(test, a.r11, 0ULL);

	seam_model_kunit_fill(&a);
	a.rcx = f->cfg.hpa_base + 8;
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_TDH_PHYMEM_PAGE_RDMD, &a),
			SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RCX);
	KUNIT_EXPECT_EQ(test, a.rcx, 0ULL);
	KUNIT_EXPECT_EQ(test, a.rdx, 0ULL);
	KUNIT_EXPECT_EQ(test, a.r8, 0ULL);
	KUNIT_EXPECT_EQ(test, a.r9, 0ULL);
	KUNIT_EXPECT_EQ(test, a.r10, 0ULL);
	KUNIT_EXPECT_EQ(test, a.r11, 0ULL);
}

/*
 * TDH.SERVTD.BIND sets RCX and R10 to R13 to 0 first (tdh_servtd_bind());
 * RDX, R8 and R9 then get the generator's values, and R14 up are kept.
 */
static void seam_model_servtd_bind_clears(struct kunit *test)
{
	struct seam_model_kunit_rng g = { SEAM_MODEL_KUNIT_SEED };
	struct seam_fixture *f = test->priv;
	struct seam_args a;

	KUNIT_ASSERT_EQ(test, seam_fixture_sys_init(f), SEAM_TDX_SUCCESS);
	seam_model_kunit_fill(&a);
	a.rcx = f->cfg.hpa_base;
	seam_model_set_seed(f->m, SEAM_MODEL_KUNIT_SEED);
	KUNIT_EXPECT_EQ(test, seam_call_saved_ret(SEAM_TDH_SERVTD_BIND, &a),
			SEAM_TDX_PAGE_METADATA_INCORRECT | SEAM_OPERAND_ID_RCX);
	KUNIT_EXPECT_EQ(test, a.rcx, 0ULL);
	KUNIT_EXPECT_EQ(test, a.rdx, seam_model_kunit_next(&g));
	KUNIT_EXPECT_EQ(test, a.r8, seam_model_kunit_next(&g));
	KUNIT_EXPECT_EQ(test, a.r9, seam_model_kunit_next(&g));
	KUNIT_EXPECT_EQ(test, a.r10, 0ULL);
	KUNIT_EXPECT_EQ(test, a.r11, 0ULL);
	KUNIT_EXPECT_EQ(test, a.r12, 0ULL);
	KUNIT_EXPECT_EQ(test, a.r13, 0ULL);
	KUNIT_EXPECT_EQ(test, a.r14, SEAM_MODEL_KUNIT_ARG(8));
	KUNIT_EXPECT_EQ(test, a.rsi, SEAM_MODEL_KUNIT_ARG(12));
}

/* An asynchronous TD exit: every register but RAX is 0, RBP included. */
static void seam_model_vp_enter_async(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	const struct seam_model_log_entry *e;
	struct seam_args a;
	unsigned int i;

	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_FINALIZE),
			SEAM_TDX_SUCCESS);
	seam_model_kunit_fill(&a);
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_enter(f->td.tdvpr, &a),
			SEAM_TDX_SUCCESS | 12);
	for (i = 0; i < sizeof(a) / sizeof(u64); i++)
		KUNIT_EXPECT_EQ_MSG(test, (&a.rcx)[i], 0ULL, "member %u", i);
	e = seam_model_log_last(f->m);
	KUNIT_ASSERT_NOT_NULL(test, e);
	KUNIT_EXPECT_EQ(test, e->out.rbp, 0ULL);
	KUNIT_EXPECT_EQ(test, e->out.rbx, 0ULL);
	KUNIT_EXPECT_EQ(test, e->out.r15, 0ULL);
}

static const struct seam_model_td_exit seam_model_kunit_vmcall = {
	.kind = SEAM_MODEL_TD_EXIT_VMCALL,
	.gpr_select = BIT(2) | BIT(5) | BIT(8) | BIT(15),
	.xmm_select = 0x3,
	.guest = {
		.rcx = SEAM_MODEL_KUNIT_GUEST(1), .rdx = SEAM_MODEL_KUNIT_GUEST(2),
		.rbx = SEAM_MODEL_KUNIT_GUEST(3), .rbp = SEAM_MODEL_KUNIT_GUEST(5),
		.rsi = SEAM_MODEL_KUNIT_GUEST(6), .rdi = SEAM_MODEL_KUNIT_GUEST(7),
		.r8 = SEAM_MODEL_KUNIT_GUEST(8), .r9 = SEAM_MODEL_KUNIT_GUEST(9),
		.r15 = SEAM_MODEL_KUNIT_GUEST(15),
	},
};

/*
 * A TDG.VP.VMCALL exit passes the selected guest GPRs and clears the
 * others; RBP is cleared or passed unless the TD set NO_RBP_MOD.
 */
static void seam_model_vp_enter_vmcall(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	const struct seam_model_log_entry *e;
	struct seam_args a;

	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_FINALIZE),
			SEAM_TDX_SUCCESS);
	KUNIT_ASSERT_EQ(test, seam_model_set_td_exit(f->m, &seam_model_kunit_vmcall), 0);
	seam_model_kunit_fill(&a);
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_enter(f->td.tdvpr, &a),
			SEAM_TDX_SUCCESS | SEAM_MODEL_EXIT_REASON_TDCALL);
	KUNIT_EXPECT_EQ(test, a.rcx, 0x38124ULL);
	KUNIT_EXPECT_EQ(test, a.rdx, SEAM_MODEL_KUNIT_GUEST(2));
	KUNIT_EXPECT_EQ(test, a.r8, SEAM_MODEL_KUNIT_GUEST(8));
	KUNIT_EXPECT_EQ(test, a.r15, SEAM_MODEL_KUNIT_GUEST(15));
	KUNIT_EXPECT_EQ(test, a.r9, 0ULL);
	KUNIT_EXPECT_EQ(test, a.rbx, 0ULL);
	KUNIT_EXPECT_EQ(test, a.rsi, 0ULL);
	KUNIT_EXPECT_EQ(test, a.rdi, 0ULL);
	e = seam_model_log_last(f->m);
	KUNIT_ASSERT_NOT_NULL(test, e);
	KUNIT_EXPECT_EQ(test, e->out.rbp, SEAM_MODEL_KUNIT_GUEST(5));
}

/* The same exits on a TD with NO_RBP_MOD: only the asynchronous one clears RBP. */
static void seam_model_vp_enter_no_rbp_mod(struct kunit *test)
{
	struct seam_model_td_exit x = seam_model_kunit_vmcall;
	const struct seam_model_td_exit async = { .exit_reason = 1 };
	struct seam_fixture *f = test->priv;
	const struct seam_model_log_entry *e;
	struct seam_args a;

	f->config_flags = SEAM_MODEL_CONFIG_NO_RBP_MOD;
	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_FINALIZE),
			SEAM_TDX_SUCCESS);
	x.gpr_select &= ~BIT(5);
	KUNIT_ASSERT_EQ(test, seam_model_set_td_exit(f->m, &x), 0);
	seam_model_kunit_fill(&a);
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_enter(f->td.tdvpr, &a),
			SEAM_TDX_SUCCESS | SEAM_MODEL_EXIT_REASON_TDCALL);
	e = seam_model_log_last(f->m);
	KUNIT_ASSERT_NOT_NULL(test, e);
	KUNIT_EXPECT_EQ(test, e->out.rbp, e->in.rbp);
	KUNIT_EXPECT_EQ(test, e->out.rbx, 0ULL);

	KUNIT_ASSERT_EQ(test, seam_model_set_td_exit(f->m, &async), 0);
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_enter(f->td.tdvpr, &a), SEAM_TDX_SUCCESS | 1);
	e = seam_model_log_last(f->m);
	KUNIT_ASSERT_NOT_NULL(test, e);
	KUNIT_EXPECT_EQ(test, e->out.rbp, 0ULL);
}

/* GPR_SELECT bits 0, 1 and 4 (RAX, RCX, RSP) and unknown kinds are refused. */
static void seam_model_td_exit_invalid(struct kunit *test)
{
	struct seam_model_td_exit x = seam_model_kunit_vmcall;
	struct seam_fixture *f = test->priv;
	static const unsigned int bad[] = { 0, 1, 4 };
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		x.gpr_select = BIT(bad[i]);
		KUNIT_EXPECT_EQ(test, seam_model_set_td_exit(f->m, &x), -EINVAL);
	}
	x.gpr_select = 0;
	x.kind = SEAM_MODEL_TD_EXIT_VMCALL + 1;
	KUNIT_EXPECT_EQ(test, seam_model_set_td_exit(f->m, &x), -EINVAL);
}

/*
 * The fixture's own path, system init to KEY.FREEID, keeps the model's
 * internal state consistent at every stage (model_check.c, which the
 * fuzzer also runs after every call).
 */
static void seam_model_invariants(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	char msg[256];
	int s;

	for (s = SEAM_FIXTURE_NONE; s <= SEAM_FIXTURE_FREEID; s++) {
		KUNIT_ASSERT_EQ(test, seam_fixture_build(f, s), SEAM_TDX_SUCCESS);
		KUNIT_EXPECT_EQ_MSG(test,
				    seam_model_check_invariants(f->m, msg, sizeof(msg)),
				    0, "stage %d: %s", s, msg);
	}
}

static int seam_model_kunit_init(struct kunit *test)
{
	struct seam_fixture *f = seam_fixture_create(NULL);

	if (!f)
		return -ENOMEM;
	test->priv = f;
	return 0;
}

static void seam_model_kunit_exit(struct kunit *test)
{
	seam_fixture_destroy(test->priv);
}

static struct kunit_case seam_model_kunit_cases[] = {
	KUNIT_CASE(seam_model_scratch_random),
	KUNIT_CASE(seam_model_seed_repeats),
	KUNIT_CASE(seam_model_rdmd_clears),
	KUNIT_CASE(seam_model_servtd_bind_clears),
	KUNIT_CASE(seam_model_vp_enter_async),
	KUNIT_CASE(seam_model_vp_enter_vmcall),
	KUNIT_CASE(seam_model_vp_enter_no_rbp_mod),
	KUNIT_CASE(seam_model_td_exit_invalid),
	KUNIT_CASE(seam_model_invariants),
	{}
};

static struct kunit_suite seam_model_kunit_suite = {
	.name = "seamcall_model_regs",
	.init = seam_model_kunit_init,
	.exit = seam_model_kunit_exit,
	.test_cases = seam_model_kunit_cases,
};

/* ------------------------------------------------------------------------ */
/* Profiles: seamcall_model_profiles */

/* The three profiles' TDX_FEATURES0 (model_md.c md_profiles). */
#define SEAM_MODEL_KUNIT_F0_1_5_01	0x00000000001f0ebfULL
#define SEAM_MODEL_KUNIT_F0_1_5		0x000000226f3f0fbfULL
#define SEAM_MODEL_KUNIT_F0_2_0		(0x00000032a71f0fbfULL | SEAM_TDX_FEATURES0_EXT | \
					 SEAM_TDX_FEATURES0_UPDATE_COMPAT | BIT_ULL(50) | \
					 SEAM_TDX_FEATURES0_SYS_DISABLE)

/*
 * A fixture of @profile, every LP initialised, in test->priv; @pa_bits
 * other than 0 with 3 KeyID bits.
 */
static struct seam_fixture *seam_model_kunit_profile(struct kunit *test, unsigned int profile,
						     unsigned int pa_bits)
{
	struct seam_model_config cfg = {
		.profile = profile, .pa_bits = pa_bits, .hkid_bits = pa_bits ? 3 : 0,
	};
	struct seam_fixture *f;

	seam_fixture_destroy(test->priv);
	f = seam_fixture_create(&cfg);
	test->priv = f;
	KUNIT_ASSERT_NOT_NULL(test, f);
	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_LP_INIT), SEAM_TDX_SUCCESS);
	return f;
}

/*
 * TDH.SYS.CONFIG version @ver with R8 = the first private KeyID | @opts,
 * R9 @features, R10 @r10, over one TDMR of all memory (as the fixture's
 * CONFIG stage lays it out). Returns the status; @digest_same says whether
 * the state is unchanged.
 */
static u64 seam_model_kunit_config(struct seam_fixture *f, unsigned int ver, u64 opts,
				   u64 features, u64 r10, bool *digest_same)
{
	u64 info = seam_fixture_alloc_page(f), d, st;
	u8 *p = seam_model_page(f->m, info);
	struct seam_args a = {};

	a.rcx = info;
	a.rdx = 1;
	a.r8 = seam_model_first_private_hkid(f->m) | opts;
	a.r9 = features;
	a.r10 = r10;
	info += SEAM_TDMR_INFO_ALIGN;
	memcpy(p, &info, sizeof(info));
	memcpy(p + SEAM_TDMR_INFO_ALIGN + SEAM_MODEL_TDMR_INFO_BASE, &f->cfg.hpa_base, 8);
	memcpy(p + SEAM_TDMR_INFO_ALIGN + SEAM_MODEL_TDMR_INFO_SIZE, &f->cfg.mem_size, 8);
	/* The page holding TDMR_INFO changes the digest: compare without it. */
	d = seam_model_digest(f->m);
	st = seam_call_ret(SEAM_LEAF_VER(SEAM_TDH_SYS_CONFIG, ver), &a);
	*digest_same = seam_model_digest(f->m) == d;
	return st;
}

/* Dynamic PAMT: R8 bit 16 in profile 2.0 only, either version. */
static void seam_model_profile_dpamt(struct kunit *test)
{
	static const unsigned int old[] = { SEAM_MODEL_PROFILE_1_5_01, SEAM_MODEL_PROFILE_1_5 };
	struct seam_fixture *f;
	unsigned int i;
	bool same;

	for (i = 0; i < ARRAY_SIZE(old); i++) {
		f = seam_model_kunit_profile(test, old[i], 0);
		KUNIT_EXPECT_EQ(test, seam_model_kunit_config(f, 0, SEAM_SYS_CONFIG_DYNAMIC_PAMT,
							      0, 0, &same),
				SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_R8);
		KUNIT_EXPECT_TRUE(test, same);
		KUNIT_EXPECT_FALSE(test, seam_model_dynamic_pamt(f->m));
	}
	f = seam_model_kunit_profile(test, SEAM_MODEL_PROFILE_2_0, 0);
	KUNIT_EXPECT_EQ(test, seam_model_kunit_config(f, 0, SEAM_SYS_CONFIG_DYNAMIC_PAMT, 0, 0,
						      &same), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_TRUE(test, seam_model_dynamic_pamt(f->m));
	KUNIT_EXPECT_EQ(test, seam_model_sys_state(f->m), SEAM_MODEL_SYS_CONFIGURED);
	f = seam_model_kunit_profile(test, SEAM_MODEL_PROFILE_2_0, 0);
	KUNIT_EXPECT_EQ(test, seam_model_kunit_config(f, 1, SEAM_SYS_CONFIG_DYNAMIC_PAMT,
						      SEAM_TDX_FEATURES0_DYNAMIC_PAMT, 0, &same),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_TRUE(test, seam_model_dynamic_pamt(f->m));
	f = seam_model_kunit_profile(test, SEAM_MODEL_PROFILE_2_0, 0);
	KUNIT_EXPECT_EQ(test, seam_model_kunit_config(f, 1, 0, 0, 0, &same), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_FALSE(test, seam_model_dynamic_pamt(f->m));
	/* Other bits above the KeyID stay reserved in 2.0. */
	f = seam_model_kunit_profile(test, SEAM_MODEL_PROFILE_2_0, 0);
	KUNIT_EXPECT_EQ(test, seam_model_kunit_config(f, 0, BIT_ULL(17), 0, 0, &same),
			SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_R8);
	KUNIT_EXPECT_TRUE(test, same);
	/* KeyID bits from bit 49 up: no dynamic PAMT (pamt_manager.h). */
	f = seam_model_kunit_profile(test, SEAM_MODEL_PROFILE_2_0, 49);
	KUNIT_EXPECT_EQ(test, seam_model_kunit_config(f, 0, SEAM_SYS_CONFIG_DYNAMIC_PAMT, 0, 0,
						      &same),
			SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_R8);
	KUNIT_EXPECT_TRUE(test, same);
	KUNIT_EXPECT_EQ(test, seam_model_kunit_config(f, 0, 0, 0, 0, &same), SEAM_TDX_SUCCESS);
}

/* SYS.CONFIG version 1: the dispatcher's and the handler's checks. */
static void seam_model_profile_config_v1(struct kunit *test)
{
	struct seam_fixture *f;
	bool same;

	f = seam_model_kunit_profile(test, SEAM_MODEL_PROFILE_1_5, 0);
	KUNIT_EXPECT_EQ(test, seam_model_kunit_config(f, 1, 0, 0, 0, &same),
			SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RAX);
	KUNIT_EXPECT_TRUE(test, same);
	f = seam_model_kunit_profile(test, SEAM_MODEL_PROFILE_2_0, 0);
	KUNIT_EXPECT_EQ(test, seam_model_kunit_config(f, 2, 0, 0, 0, &same),
			SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RAX);
	KUNIT_EXPECT_TRUE(test, same);
	/* Bit 41 (NON_BLOCKING_EXPORT) is not in the profile's TDX_FEATURES0. */
	KUNIT_EXPECT_EQ(test, seam_model_kunit_config(f, 1, 0, BIT_ULL(41), 0, &same),
			SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_R9);
	KUNIT_EXPECT_TRUE(test, same);
	KUNIT_EXPECT_EQ(test, seam_model_kunit_config(f, 1, 0, 0, 1, &same),
			SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_R10);
	KUNIT_EXPECT_TRUE(test, same);
	/* Version 0 ignores R9 and R10. */
	KUNIT_EXPECT_EQ(test, seam_model_kunit_config(f, 0, 0, BIT_ULL(41), 1, &same),
			SEAM_TDX_SUCCESS);
}

/* TDH.SYS.RD of @id on the fixture's model: the value, or the status. */
static u64 seam_model_kunit_sys_rd(struct kunit *test, u64 id)
{
	struct seam_args a = {};

	a.rdx = id;
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_TDH_SYS_RD, &a), SEAM_TDX_SUCCESS);
	return a.r8;
}

/* What TDH.SYS.RD reports per profile. */
static void seam_model_profile_sys_rd(struct kunit *test)
{
	static const struct {
		unsigned int profile, features;
		u64 major, minor, update, features0;
	} rows[] = {
		{ SEAM_MODEL_PROFILE_1_5_01, 0, 1, 5, 6, SEAM_MODEL_KUNIT_F0_1_5_01 },
		{ SEAM_MODEL_PROFILE_1_5_01, SEAM_MODEL_FEAT_UPDATE_COMPAT, 1, 5, 6,
		  SEAM_MODEL_KUNIT_F0_1_5_01 | SEAM_TDX_FEATURES0_UPDATE_COMPAT },
		{ SEAM_MODEL_PROFILE_1_5, 0, 1, 5, 16, SEAM_MODEL_KUNIT_F0_1_5 },
		{ SEAM_MODEL_PROFILE_2_0, 0, 2, 0, 18, SEAM_MODEL_KUNIT_F0_2_0 },
	};
	struct seam_fixture *f;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(rows); i++) {
		struct seam_model_config cfg = {
			.profile = rows[i].profile, .features = rows[i].features,
		};

		seam_fixture_destroy(test->priv);
		f = seam_fixture_create(&cfg);
		test->priv = f;
		KUNIT_ASSERT_NOT_NULL(test, f);
		KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_LP_INIT),
				SEAM_TDX_SUCCESS);
		KUNIT_EXPECT_EQ(test, seam_model_kunit_sys_rd(test, SEAM_MD_SYS_MAJOR_VERSION),
				rows[i].major);
		KUNIT_EXPECT_EQ(test, seam_model_kunit_sys_rd(test, SEAM_MD_SYS_MINOR_VERSION),
				rows[i].minor);
		KUNIT_EXPECT_EQ(test, seam_model_kunit_sys_rd(test, SEAM_MD_SYS_UPDATE_VERSION),
				rows[i].update);
		KUNIT_EXPECT_EQ(test, seam_model_kunit_sys_rd(test, SEAM_MD_SYS_TDX_FEATURES0),
				rows[i].features0);
	}
}

/*
 * TDH.PHYMEM.PAMT.ADD and REMOVE exist in profile 2.0 only: elsewhere the
 * dispatcher refuses the leaf (OPERAND_INVALID | RAX); in 2.0 with dynamic
 * PAMT on, the handler checks RCX (model_dpamt.c).
 */
static void seam_model_profile_pamt_leaves(struct kunit *test)
{
	static const unsigned int leaves[] = {
		SEAM_TDH_PHYMEM_PAMT_ADD, SEAM_TDH_PHYMEM_PAMT_REMOVE,
	};
	unsigned int p, i, pkg;
	struct seam_fixture *f;
	struct seam_args a;
	bool same;

	for (p = 0; p < SEAM_MODEL_NR_PROFILES; p++) {
		f = seam_model_kunit_profile(test, p, 0);
		KUNIT_ASSERT_EQ(test, seam_model_kunit_config(f, 0, p == SEAM_MODEL_PROFILE_2_0 ?
							      SEAM_SYS_CONFIG_DYNAMIC_PAMT : 0,
							      0, 0, &same), SEAM_TDX_SUCCESS);
		for (pkg = 0; pkg < f->cfg.nr_pkgs; pkg++) {
			KUNIT_ASSERT_EQ(test, seam_fixture_set_cpu(f, pkg), 0);
			KUNIT_ASSERT_EQ(test, seam_tdh_sys_key_config(), SEAM_TDX_SUCCESS);
		}
		for (i = 0; i < ARRAY_SIZE(leaves); i++) {
			memset(&a, 0, sizeof(a));
			KUNIT_EXPECT_EQ(test, seam_call_ret(leaves[i], &a),
					SEAM_TDX_OPERAND_INVALID |
					(p == SEAM_MODEL_PROFILE_2_0 ? SEAM_OPERAND_ID_RCX :
					 SEAM_OPERAND_ID_RAX));
		}
	}
}

/* An unknown profile is a bad configuration. */
static void seam_model_profile_invalid(struct kunit *test)
{
	const struct seam_model_config cfg = { .profile = SEAM_MODEL_NR_PROFILES };

	KUNIT_EXPECT_NULL(test, seam_model_create(&cfg));
}

static struct kunit_case seam_model_profile_cases[] = {
	KUNIT_CASE(seam_model_profile_dpamt),
	KUNIT_CASE(seam_model_profile_config_v1),
	KUNIT_CASE(seam_model_profile_sys_rd),
	KUNIT_CASE(seam_model_profile_pamt_leaves),
	KUNIT_CASE(seam_model_profile_invalid),
	{}
};

static struct kunit_suite seam_model_profile_suite = {
	.name = "seamcall_model_profiles",
	.init = seam_model_kunit_init,
	.exit = seam_model_kunit_exit,
	.test_cases = seam_model_profile_cases,
};

/* ------------------------------------------------------------------------ */
/* Profile 2.0's posted-series leaves: seamcall_model_ext */

/* HPA_LIST_INFO of the list page @list, entries @first to @last. */
static u64 seam_model_kunit_list_info(u64 list, u64 first, u64 last)
{
	return list | first << 3 | last << 55;
}

/* A profile 2.0 fixture built to @stage (@interrupts: SYS.DISABLE's). */
static struct seam_fixture *seam_model_kunit_2_0(struct kunit *test,
						 enum seam_fixture_stage stage,
						 unsigned int interrupts)
{
	struct seam_model_config cfg = {
		.profile = SEAM_MODEL_PROFILE_2_0, .disable_interrupts = interrupts,
	};
	struct seam_fixture *f;

	seam_fixture_destroy(test->priv);
	f = seam_fixture_create(&cfg);
	test->priv = f;
	KUNIT_ASSERT_NOT_NULL(test, f);
	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, stage), SEAM_TDX_SUCCESS);
	return f;
}

/*
 * A list page naming @n fresh pages, in @pages; returns its HPA. Entry
 * @dup, if below @n, repeats entry 0.
 */
static u64 seam_model_kunit_pool_list(struct kunit *test, struct seam_fixture *f, u64 *pages,
				      unsigned int n, unsigned int dup)
{
	u64 list = seam_fixture_alloc_page(f);
	u8 *p = seam_model_page(f->m, list);
	unsigned int i;

	KUNIT_ASSERT_NE(test, list, 0ULL);
	for (i = 0; i < n; i++) {
		pages[i] = i == dup ? pages[0] : seam_fixture_alloc_page(f);
		KUNIT_ASSERT_NE(test, pages[i], 0ULL);
		memcpy(p + i * 8, &pages[i], 8);
	}
	return list;
}

/*
 * The extensions' bring-up as Linux does it: MEMORY_POOL_REQUIRED_PAGES
 * (4), EXT.MEM.ADD fed its own RCX until it succeeds (two pages a call),
 * EXT.INIT until it succeeds; the pool pages are the module's (PT_RSVD).
 */
static void seam_model_ext_bringup(struct kunit *test)
{
	struct seam_fixture *f = seam_model_kunit_2_0(test, SEAM_FIXTURE_TDMR, 0);
	struct seam_args a = {};
	u64 pages[4], list;
	unsigned int i;

	list = seam_model_kunit_pool_list(test, f, pages, 4, 4);
	KUNIT_EXPECT_EQ(test, seam_model_kunit_sys_rd(test, 0x3100000200000000ULL), 4ULL);
	KUNIT_EXPECT_EQ(test, seam_model_kunit_sys_rd(test, 0x3100000000000001ULL), 1ULL);
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_TDH_EXT_INIT, &a), SEAM_TDX_SYS_STATE_INCORRECT);
	a.rcx = seam_model_kunit_list_info(list, 0, 3);
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_TDH_EXT_MEM_ADD, &a),
			SEAM_TDX_INTERRUPTED_RESUMABLE);
	KUNIT_EXPECT_EQ(test, a.rcx, seam_model_kunit_list_info(list, 2, 3));
	KUNIT_EXPECT_EQ(test, seam_model_page_type(f->m, pages[1]), (unsigned int)SEAM_PT_RSVD);
	KUNIT_EXPECT_EQ(test, seam_model_page_type(f->m, pages[2]), (unsigned int)SEAM_PT_NDA);
	KUNIT_EXPECT_EQ(test, seam_model_kunit_sys_rd(test, 0x3100000200000000ULL), 2ULL);
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_TDH_EXT_MEM_ADD, &a), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, a.rcx, 0ULL);
	for (i = 0; i < 4; i++)
		KUNIT_EXPECT_EQ(test, seam_model_page_type(f->m, pages[i]),
				(unsigned int)SEAM_PT_RSVD);
	KUNIT_EXPECT_EQ(test, seam_model_kunit_sys_rd(test, 0x3100000200000000ULL), 0ULL);
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_TDH_EXT_INIT, &a), SEAM_TDX_INTERRUPTED_RESUMABLE);
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_TDH_EXT_INIT, &a), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_TDH_EXT_INIT, &a), SEAM_TDX_SYS_STATE_INCORRECT);
}

/* EXT.MEM.ADD's refusals, each with its operand and no state change. */
static void seam_model_ext_mem_add_misuse(struct kunit *test)
{
	struct seam_fixture *f = seam_model_kunit_2_0(test, SEAM_FIXTURE_TD_CREATE, 0);
	static const struct {
		u64 first, last, bits;
		u64 status;
	} rows[] = {
		{ 0, 1, BIT_ULL(0), SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RCX },
		{ 0, 1, BIT_ULL(52), SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RCX },
		{ 2, 1, 0, SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RCX },
		/* Entry 1 repeats entry 0: its PAMT entry is locked already. */
		{ 0, 1, 0, SEAM_TDX_OPERAND_BUSY | SEAM_OPERAND_ID_RCX },
		/* Entry 2 is the TD's TDR: not a free page. */
		{ 2, 2, 0, SEAM_TDX_PAGE_METADATA_INCORRECT | SEAM_OPERAND_ID_RCX },
	};
	struct seam_args a = {};
	u64 pages[3], list, d;
	unsigned int i;

	list = seam_model_kunit_pool_list(test, f, pages, 2, 1);
	memcpy((u8 *)seam_model_page(f->m, list) + 16, &f->td.tdr, 8);
	d = seam_model_digest(f->m);
	for (i = 0; i < ARRAY_SIZE(rows); i++) {
		a.rcx = seam_model_kunit_list_info(list, rows[i].first, rows[i].last) |
			rows[i].bits;
		KUNIT_EXPECT_EQ_MSG(test, seam_call_ret(SEAM_TDH_EXT_MEM_ADD, &a), rows[i].status,
				    "row %u", i);
		KUNIT_EXPECT_EQ_MSG(test, seam_model_digest(f->m), d, "row %u", i);
	}
	/* The list page is outside memory. */
	a.rcx = seam_model_kunit_list_info(f->cfg.hpa_base + f->cfg.mem_size, 0, 0);
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_TDH_EXT_MEM_ADD, &a),
			SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RCX);
	/* Not a leaf of module 1.5. */
	f = seam_model_kunit_profile(test, SEAM_MODEL_PROFILE_1_5, 0);
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_TDH_EXT_MEM_ADD, &a), SEAM_TDX_SYS_NOT_READY);
	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_READY), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_TDH_EXT_MEM_ADD, &a),
			SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RAX);
}

/* Extensions ready on a fixture with a runnable TD. */
static struct seam_fixture *seam_model_kunit_ext_ready(struct kunit *test)
{
	struct seam_fixture *f = seam_model_kunit_2_0(test, SEAM_FIXTURE_FINALIZE, 0);
	struct seam_args a = {};
	u64 pages[4];

	a.rcx = seam_model_kunit_list_info(seam_model_kunit_pool_list(test, f, pages, 4, 4),
					   0, 3);
	while (seam_call_ret(SEAM_TDH_EXT_MEM_ADD, &a) == SEAM_TDX_INTERRUPTED_RESUMABLE)
		;
	memset(&a, 0, sizeof(a));
	while (seam_call_ret(SEAM_TDH_EXT_INIT, &a) == SEAM_TDX_INTERRUPTED_RESUMABLE)
		;
	return f;
}

/* The input and buffer of a quote: @in input page, @node list, @buf[2]. */
struct seam_model_kunit_quote {
	u64 in, node, buf[2];
};

static void seam_model_kunit_quote_args(struct kunit *test, struct seam_fixture *f,
					struct seam_model_kunit_quote *q, struct seam_args *a)
{
	u8 *node;
	unsigned int i;

	q->in = seam_fixture_alloc_page(f);
	q->node = seam_fixture_alloc_page(f);
	q->buf[0] = seam_fixture_alloc_page(f);
	q->buf[1] = seam_fixture_alloc_page(f);
	KUNIT_ASSERT_NE(test, q->buf[1], 0ULL);
	node = seam_model_page(f->m, q->node);
	memset(node, 0xff, 4096);
	memcpy(node, &q->buf[0], 8);
	memcpy(node + 8, &q->buf[1], 8);
	for (i = 0; i < 64; i++)
		((u8 *)seam_model_page(f->m, q->in))[i] = (u8)(0x40 + i);
	memset(a, 0, sizeof(*a));
	a->rcx = f->td.tdr;
	a->rdx = GENMASK_ULL(47, 32);
	a->r8 = q->in;
	a->r9 = 64;
	a->r10 = q->node;
	a->r11 = 8192;
}

/*
 * QUOTE.INIT after EXT.INIT, resumed once; QUOTE.GET writes the quote a
 * page a call, resumed with the same inputs, and returns its length.
 */
static void seam_model_quote_get(struct kunit *test)
{
	struct seam_fixture *f = seam_model_kunit_ext_ready(test);
	struct seam_model_kunit_quote q;
	struct seam_args a, b = {};
	const u8 *page;
	u64 v;

	seam_model_kunit_quote_args(test, f, &q, &a);
	b = a;
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_TDH_QUOTE_GET, &b), SEAM_TDX_SYS_STATE_INCORRECT);
	memset(&b, 0, sizeof(b));
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_TDH_QUOTE_INIT, &b),
			SEAM_TDX_INTERRUPTED_RESUMABLE);
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_TDH_QUOTE_INIT, &b), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_TDH_QUOTE_INIT, &b), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_kunit_sys_rd(test, 0x2300000200000002ULL), 5120ULL);
	b = a;
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_TDH_QUOTE_GET, &b),
			SEAM_TDX_INTERRUPTED_RESUMABLE);
	page = seam_model_page(f->m, q.buf[0]);
	memcpy(&v, page, 8);
	KUNIT_EXPECT_EQ(test, v, SEAM_MODEL_QUOTE_MAGIC);
	memcpy(&v, page + SEAM_MODEL_QUOTE_MRTD, 8);
	KUNIT_EXPECT_EQ(test, v, seam_model_td_measurement(f->m, f->td.tdr));
	memcpy(&v, page + SEAM_MODEL_QUOTE_LEN, 8);
	KUNIT_EXPECT_EQ(test, v, 64ULL);
	KUNIT_EXPECT_EQ(test, page[SEAM_MODEL_QUOTE_DATA + 63], 0x40 + 63);
	KUNIT_EXPECT_EQ(test, ((u8 *)seam_model_page(f->m, q.buf[1]))[0], 0);
	b = a;
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_TDH_QUOTE_GET, &b), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, b.rcx, 5120ULL);
	/* The second page holds the filler up to byte 5119, nothing after. */
	memcpy(&v, (u8 *)seam_model_page(f->m, q.buf[1]) + 1016, 8);
	KUNIT_EXPECT_NE(test, v, 0ULL);
	memcpy(&v, (u8 *)seam_model_page(f->m, q.buf[1]) + 1024, 8);
	KUNIT_EXPECT_EQ(test, v, 0ULL);
}

/* QUOTE.GET's operand checks, each with no state change. */
static void seam_model_quote_get_misuse(struct kunit *test)
{
	struct seam_fixture *f = seam_model_kunit_ext_ready(test);
	struct seam_model_kunit_quote q;
	struct seam_args a, b = {};
	u64 d;

	seam_model_kunit_quote_args(test, f, &q, &a);
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_TDH_QUOTE_INIT, &b),
			SEAM_TDX_INTERRUPTED_RESUMABLE);
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_TDH_QUOTE_INIT, &b), SEAM_TDX_SUCCESS);
	d = seam_model_digest(f->m);
	b = a;
	b.rcx = q.in;
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_TDH_QUOTE_GET, &b),
			SEAM_TDX_PAGE_METADATA_INCORRECT | SEAM_OPERAND_ID_RCX);
	b = a;
	b.rdx = 0;
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_TDH_QUOTE_GET, &b),
			SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RDX);
	b = a;
	b.r8 = q.in + 8;
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_TDH_QUOTE_GET, &b),
			SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_R8);
	b = a;
	b.r9 = 4097;
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_TDH_QUOTE_GET, &b),
			SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_R9);
	b = a;
	b.r11 = 5119;
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_TDH_QUOTE_GET, &b),
			SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_R11);
	/* A list of one page for a quote of two. */
	memset((u8 *)seam_model_page(f->m, q.node) + 8, 0xff, 8);
	d = seam_model_digest(f->m);
	b = a;
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_TDH_QUOTE_GET, &b),
			SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_R10);
	KUNIT_EXPECT_EQ(test, seam_model_digest(f->m), d);
}

/*
 * SYS.DISABLE, interrupted twice: the other TDH.SYS leaves meanwhile get
 * SYS_BUSY; then the TD and its pages are gone, every leaf but SYS.INIT
 * answers SYS_SHUTDOWN, and SYS.INIT starts the module anew.
 */
static void seam_model_sys_disable(struct kunit *test)
{
	struct seam_fixture *f = seam_model_kunit_2_0(test, SEAM_FIXTURE_FINALIZE, 2);
	struct seam_args a = {};
	u8 zero[64] = {};

	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_TDH_SYS_DISABLE, &a),
			SEAM_TDX_INTERRUPTED_RESUMABLE);
	a.rdx = SEAM_MD_SYS_MAJOR_VERSION;
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_TDH_SYS_RD, &a), SEAM_TDX_SYS_BUSY);
	KUNIT_EXPECT_EQ(test, seam_tdh_mem_track(f->td.tdr), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_TDH_SYS_DISABLE, &a),
			SEAM_TDX_INTERRUPTED_RESUMABLE);
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_TDH_SYS_DISABLE, &a), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_sys_state(f->m), SEAM_MODEL_SYS_DISABLED);
	KUNIT_EXPECT_EQ(test, seam_model_td_state(f->m, f->td.tdr), SEAM_MODEL_TD_NONE);
	KUNIT_EXPECT_EQ(test, seam_model_page_type(f->m, f->td.page_add),
			(unsigned int)SEAM_PT_NDA);
	KUNIT_EXPECT_EQ(test, memcmp(seam_model_page(f->m, f->td.page_add), zero, sizeof(zero)),
			0);
	KUNIT_EXPECT_EQ(test, seam_model_hkid_state(f->m, f->td.hkid), SEAM_MODEL_HKID_FREE);
	KUNIT_EXPECT_EQ(test, seam_tdh_mem_track(f->td.tdr), SEAM_TDX_SYS_SHUTDOWN);
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_TDH_SYS_DISABLE, &a), SEAM_TDX_SYS_SHUTDOWN);
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_lp_init(), SEAM_TDX_SYS_SHUTDOWN);
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_init(), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_lp_init(), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_sys_state(f->m), SEAM_MODEL_SYS_INIT_DONE);
	/* Not a leaf of module 1.5: before ready as any unknown leaf. */
	f = seam_model_kunit_profile(test, SEAM_MODEL_PROFILE_1_5, 0);
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_TDH_SYS_DISABLE, &a), SEAM_TDX_SYS_NOT_READY);
}

/* What CPU 1 saw while CPU 0 was in the guest. */
struct seam_model_kunit_disable {
	struct seam_fixture *f;
	u64 enter, disable, shutdown;
	bool entered;
};

static void seam_model_kunit_disable_thread(void *arg, unsigned int i)
{
	struct seam_model_kunit_disable *c = arg;
	struct seam_model *m = c->f->m;
	struct seam_args a = {};

	seam_model_set_cpu(m, i);
	if (!i) {
		c->enter = seam_tdh_vp_enter(c->f->td.tdvpr, &a);
		WRITE_ONCE(c->entered, true);
		return;
	}
	while (!seam_model_guests_running(m) && !READ_ONCE(c->entered))
		model_relax();
	c->disable = seam_call_ret(SEAM_TDH_SYS_DISABLE, &a);
	c->shutdown = seam_tdh_sys_shutdown(0);
	seam_model_guest_release(m);
}

/*
 * SYS.DISABLE and SYS.SHUTDOWN while another CPU is in a TD: SYS_BUSY,
 * nothing changes (tdh_sys_shutdown(): "another LP is in SEAM mode").
 */
static void seam_model_sys_disable_busy(struct kunit *test)
{
	struct seam_fixture *f = seam_model_kunit_2_0(test, SEAM_FIXTURE_FINALIZE, 0);
	struct seam_model_kunit_disable c = { .f = f };
	struct seam_args a = {};
	int ret;

	seam_model_guest_hold(f->m);
	ret = seam_model_run_parallel(2, seam_model_kunit_disable_thread, &c);
	if (ret == -ENODEV) {
		seam_model_guest_release(f->m);
		kunit_skip(test, "fewer than 2 CPUs online");
	}
	KUNIT_ASSERT_EQ(test, ret, 0);
	KUNIT_EXPECT_EQ(test, c.disable, SEAM_TDX_SYS_BUSY);
	KUNIT_EXPECT_EQ(test, c.shutdown, SEAM_TDX_SYS_BUSY);
	KUNIT_EXPECT_EQ(test, c.enter, SEAM_TDX_SUCCESS | 12);
	KUNIT_EXPECT_EQ(test, seam_model_sys_state(f->m), SEAM_MODEL_SYS_READY);
	KUNIT_EXPECT_EQ(test, seam_fixture_set_cpu(f, 0), 0);
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_TDH_SYS_DISABLE, &a), SEAM_TDX_SUCCESS);
}

/*
 * The typed wrappers and their resume helpers against the model, as Linux
 * brings the extensions and quoting up and disables the module for kexec:
 * EXT.MEM.ADD feeds RCX back (one call is not enough: RCX then names the
 * rest), the others reissue; SYS.DISABLE's three interruptions resumed.
 */
static void seam_model_ext_wrappers(struct kunit *test)
{
	struct seam_fixture *f = seam_model_kunit_2_0(test, SEAM_FIXTURE_FINALIZE, 3);
	struct seam_model_kunit_quote q;
	u64 pages[4], info, len = 0;
	struct seam_args a;

	info = seam_hpa_list_info(seam_model_kunit_pool_list(test, f, pages, 4, 4), 0, 3);
	KUNIT_EXPECT_EQ(test, seam_tdh_ext_mem_add_all(&info, 1, false),
			SEAM_TDX_INTERRUPTED_RESUMABLE);
	KUNIT_EXPECT_EQ(test, (info & SEAM_HPA_LIST_INFO_FIRST_MASK) >>
			SEAM_HPA_LIST_INFO_FIRST_SHIFT, 2ULL);
	KUNIT_EXPECT_EQ(test, seam_tdh_ext_mem_add_all(&info, 4, false), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, info, 0ULL);
	KUNIT_EXPECT_EQ(test, seam_tdh_ext_init_all(4, false), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_tdh_quote_init_all(4, false), SEAM_TDX_SUCCESS);
	seam_model_kunit_quote_args(test, f, &q, &a);
	KUNIT_EXPECT_EQ(test, seam_tdh_quote_get_all(f->td.tdr, SEAM_QUOTE_ID_DEFAULT, q.in, 64,
						     q.node, 8192, &len, 4, false),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, len, 5120ULL);
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_disable_all(3, false), SEAM_TDX_INTERRUPTED_RESUMABLE);
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_disable_all(4, false), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_sys_state(f->m), SEAM_MODEL_SYS_DISABLED);
}

static struct kunit_case seam_model_ext_cases[] = {
	KUNIT_CASE(seam_model_ext_bringup),
	KUNIT_CASE(seam_model_ext_mem_add_misuse),
	KUNIT_CASE(seam_model_quote_get),
	KUNIT_CASE(seam_model_quote_get_misuse),
	KUNIT_CASE(seam_model_sys_disable),
	KUNIT_CASE(seam_model_sys_disable_busy),
	KUNIT_CASE(seam_model_ext_wrappers),
	{}
};

static struct kunit_suite seam_model_ext_suite = {
	.name = "seamcall_model_ext",
	.init = seam_model_kunit_init,
	.exit = seam_model_kunit_exit,
	.test_cases = seam_model_ext_cases,
};

kunit_test_suites(&seam_model_kunit_suite, &seam_model_profile_suite, &seam_model_ext_suite);
