// SPDX-License-Identifier: GPL-2.0
/*
 * Leaf versions against the model's module profiles (1.5.01, 1.5.16,
 * 2.0.18 plus the leaves of Linux's posted series): every leaf version of
 * seam_leaf_descs() through the generic variant with zero inputs, and the
 * dispatcher's answer, OPERAND_INVALID on RAX for a leaf version the
 * release does not dispatch and anything else for one it does. Then
 * seam_leaf_supported(), fed with what TDH.SYS.RD reports, against the
 * model for the leaf versions Linux issues.
 *
 * Which release dispatches what, cited per row: the leaf enumeration and
 * the dispatcher's version switch of each public module source
 * (intel/tdx-module @72d8cff 1.5.01 to @e69a439 2.0.18), the feature words
 * of the published binaries (intel/tdx-module-binaries mapping_file.json),
 * and Linux's posted series for the leaves no public module has; the
 * header's DOC: Leaf versions by module release sums them up.
 *
 * Copyright (C) 2026 The seamcall authors
 */
#include <kunit/test.h>
#include <linux/bits.h>
#include <seamcall.h>

#include "seam_fixture.h"

#define VER_P1501	BIT(SEAM_MODEL_PROFILE_1_5_01)
#define VER_P15		BIT(SEAM_MODEL_PROFILE_1_5)
#define VER_P20		BIT(SEAM_MODEL_PROFILE_2_0)
#define VER_PALL	(VER_P1501 | VER_P15 | VER_P20)
#define VER_RAX_INVALID	(SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RAX)

/**
 * struct ver_profile - a model profile and the release it reports
 * @name: the case's name
 * @profile: &enum seam_model_profile
 * @major: MAJOR_VERSION TDH.SYS.RD reports
 * @minor: MINOR_VERSION
 * @update: UPDATE_VERSION
 */
struct ver_profile {
	const char *name;
	unsigned int profile;
	u16 major, minor, update;
};

static const struct ver_profile ver_profiles[] = {
	/* The model's default answers as 1.5.06, KVM's floor (seam_md_table.h). */
	{ "profile 1.5.01", SEAM_MODEL_PROFILE_1_5_01, 1, 5, 6 },
	{ "profile 1.5", SEAM_MODEL_PROFILE_1_5, 1, 5, 16 },
	{ "profile 2.0", SEAM_MODEL_PROFILE_2_0, 2, 0, 18 },
};

KUNIT_ARRAY_PARAM_DESC(ver_profile, ver_profiles, name);

/*
 * The leaf versions that are not "version 0 of a leaf module 1.5.01
 * dispatches, in every profile": the profiles whose module dispatches each
 * (@profiles), and those of them in which the model does not (@model_lacks:
 * it answers OPERAND_INVALID on RAX there, a deviation from the module
 * that the row cites; the row turns red once the model implements it).
 */
struct ver_leaf {
	u64 fn;
	unsigned int profiles;
	unsigned int model_lacks;
};

static const struct ver_leaf ver_leaves[] = {
	/* 1.5.01 @72d8cff: an enumerator without a handler. */
	{ SEAM_TDH_MEM_SEPT_WR, 0 },
	/* 1.5.01 @72d8cff version switch. */
	{ SEAM_LEAF_VER(SEAM_TDH_MEM_SEPT_ADD, 1), VER_PALL },
	{ SEAM_LEAF_VER(SEAM_TDH_MNG_RD, 1), VER_PALL },
	{ SEAM_LEAF_VER(SEAM_TDH_VP_RD, 1), VER_PALL },
	{ SEAM_LEAF_VER(SEAM_TDH_MEM_PAGE_PROMOTE, 1), VER_PALL },
	{ SEAM_LEAF_VER(SEAM_TDH_MEM_SEPT_REMOVE, 1), VER_PALL },
	/* 1.5.05 on; the 1.5.01 profile reports 1.5.06. */
	{ SEAM_LEAF_VER(SEAM_TDH_VP_INIT, 1), VER_PALL },
	/*
	 * Version switches of 2.0.12 (SYS.INIT), 2.0.14 (UPDATE), 2.0.16
	 * (CONFIG); 2.0.18 tdx_vmm_dispatcher() passes SYS.INIT's version to
	 * tdh_sys_init(), which the model does not implement.
	 */
	{ SEAM_LEAF_VER(SEAM_TDH_SYS_INIT, 1), VER_P20, VER_P20 },
	{ SEAM_LEAF_VER(SEAM_TDH_SYS_UPDATE, 1), VER_P20 },
	{ SEAM_LEAF_VER(SEAM_TDH_SYS_CONFIG, 1), VER_P20 },
	/* Dispatched from 2.0.08 (full source); no 1.5 binary has bit 36. */
	{ SEAM_TDH_PHYMEM_PAMT_ADD, VER_P20 },
	{ SEAM_TDH_PHYMEM_PAMT_REMOVE, VER_P20 },
	/* No public module: Linux's posted series, in the 2.0 profile. */
	{ SEAM_TDH_EXT_INIT, VER_P20 },
	{ SEAM_TDH_EXT_MEM_ADD, VER_P20 },
	{ SEAM_TDH_SYS_DISABLE, VER_P20 },
	{ SEAM_TDH_QUOTE_GET, VER_P20 },
	{ SEAM_TDH_QUOTE_INIT, VER_P20 },
	/* 2.0.18 @e69a439 version switch. */
	{ SEAM_LEAF_VER(SEAM_TDH_EXPORT_BLOCKW, 1), VER_P20 },
	{ SEAM_LEAF_VER(SEAM_TDH_EXPORT_RESTORE, 1), VER_P20 },
	{ SEAM_LEAF_VER(SEAM_TDH_EXPORT_MEM, 1), VER_P20 },
	{ SEAM_LEAF_VER(SEAM_TDH_IMPORT_MEM, 1), VER_P20 },
	/*
	 * 2.0.18 @e69a439 enumerator and tdx_vmm_dispatcher() cases; not in
	 * 2.0.14. Each handler (tdh_mem_scan_range(), _comp(), _config(),
	 * _reset()) first refuses RAX unless NON_BLOCKING_EXPORT (bit 41) was
	 * configured or SCAN_EXPORT_RESTORE (bit 43) is supported; the 2.0
	 * profile's TDX_FEATURES0 has neither, so none of them runs there.
	 */
	{ SEAM_TDH_MEM_SCAN_RANGE, 0 },
	{ SEAM_TDH_MEM_SCAN_COMP, 0 },
	{ SEAM_TDH_MEM_SCAN_CONFIG, 0 },
	{ SEAM_TDH_MEM_SCAN_RESET, 0 },
	/* 2.0.18 @e69a439: an enumerator without a handler. */
	{ SEAM_TDH_SERVTD_REBIND, 0 },
};

/*
 * Whether the model of profile @p dispatches @fn: a row above, else TDX
 * Connect (128 and up: 2.0.18 is_valid_tdx_io_host_call() refuses RAX
 * while TDX Connect is not enabled, which no profile does), else a 1.5.01
 * leaf at version 0.
 */
static bool ver_dispatched(unsigned int p, u64 fn)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(ver_leaves); i++)
		if (ver_leaves[i].fn == fn)
			return ver_leaves[i].profiles & ~ver_leaves[i].model_lacks & BIT(p);
	return (fn & SEAM_LEAF_MASK) < SEAM_TDH_IOMMU_SETREG &&
	       !(fn & SEAM_VERSION_MASK);
}

/*
 * A ready module of profile @p, in test->priv (destroying the last one);
 * dynamic PAMT on in profile 2.0, else 2.0.18 tdh_phymem_pamt_add() and
 * _remove() refuse RAX.
 */
static struct seam_fixture *ver_ready(struct kunit *test, unsigned int p)
{
	struct seam_model_config cfg = { .profile = p };
	struct seam_fixture *f;

	seam_fixture_destroy(test->priv);
	f = seam_fixture_create(&cfg);
	test->priv = f;
	KUNIT_ASSERT_NOT_NULL(test, f);
	f->dynamic_pamt = p == SEAM_MODEL_PROFILE_2_0;
	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_TDMR), SEAM_TDX_SUCCESS);
	return f;
}

/*
 * Every leaf version the header describes, with zero inputs, on a ready
 * module. A call that succeeds or changes state (SYS.SHUTDOWN, DISABLE,
 * CACHE.WB, ...) gets a fresh module for the next one.
 */
static void seamcall_versions_dispatch_test(struct kunit *test)
{
	const struct ver_profile *p = test->param_value;
	const struct seam_leaf_desc *d;
	struct seam_fixture *f;
	unsigned int i, j, nr, listed = 0;
	u64 digest, st;

	f = ver_ready(test, p->profile);
	d = seam_leaf_descs(&nr);
	for (i = 0; i < nr; i++) {
		u64 ver = (d[i].fn & SEAM_VERSION_MASK) >> SEAM_VERSION_SHIFT;
		bool defined = ver_dispatched(p->profile, d[i].fn);
		struct seam_args a = { };

		if (d[i].fn & SEAM_SEAMLDR_LEAF_FLAG)
			continue;
		digest = seam_model_digest(f->m);
		for (j = 0; j < ARRAY_SIZE(ver_leaves); j++)
			listed += ver_leaves[j].fn == d[i].fn;
		st = seam_call_saved_ret(d[i].fn, &a);
		if (defined)
			KUNIT_EXPECT_NE_MSG(test, st, VER_RAX_INVALID, "%s version %llu",
					    d[i].name, ver);
		else
			KUNIT_EXPECT_EQ_MSG(test, st, VER_RAX_INVALID, "%s version %llu",
					    d[i].name, ver);
		if (!seam_status_is_error(st) || seam_model_digest(f->m) != digest ||
		    seam_model_sys_state(f->m) != SEAM_MODEL_SYS_READY)
			f = ver_ready(test, p->profile);
	}
	/* Every row of ver_leaves[] is a leaf version the header describes. */
	KUNIT_EXPECT_EQ(test, listed, (unsigned int)ARRAY_SIZE(ver_leaves));
}

/*
 * seam_leaf_supported() against the model, for the leaf versions Linux
 * issues. @supported and @dispatched are profile masks. They differ for
 * the leaves of Linux's posted series no public module has (no case in
 * 2.0.18 tdx_vmm_dispatcher(), no enumerator in any public source): the
 * header keeps them out of its release table, so it answers false for
 * every release, while the 2.0 profile dispatches them. The header is
 * right for the modules Intel published; the 2.0 profile is 2.0.18 plus
 * those leaves.
 */
struct ver_linux_leaf {
	u64 fn;
	const char *name;
	unsigned int supported;
	unsigned int dispatched;
};

static const struct ver_linux_leaf ver_linux_leaves[] = {
	/* From 1.5.05, ENUM_TOPOLOGY (20); every profile reports both. */
	{ SEAM_LEAF_VER(SEAM_TDH_VP_INIT, 1), "VP.INIT v1", VER_PALL, VER_PALL },
	/* Version switch from 2.0.16 (and 1.5.34); not in 1.5.16. */
	{ SEAM_LEAF_VER(SEAM_TDH_SYS_CONFIG, 1), "SYS.CONFIG v1", VER_P20, VER_P20 },
	/* Version switch from 2.0.14 (and 1.5.34), UPDATE_COMPAT (47). */
	{ SEAM_LEAF_VER(SEAM_TDH_SYS_UPDATE, 1), "SYS.UPDATE v1", VER_P20, VER_P20 },
	/* Handlers from the 2.0.08 source, DYNAMIC_PAMT (36). */
	{ SEAM_TDH_PHYMEM_PAMT_ADD, "PAMT.ADD", VER_P20, VER_P20 },
	{ SEAM_TDH_PHYMEM_PAMT_REMOVE, "PAMT.REMOVE", VER_P20, VER_P20 },
	/* Not in any public module source. */
	{ SEAM_TDH_EXT_INIT, "EXT.INIT", 0, VER_P20 },
	{ SEAM_TDH_EXT_MEM_ADD, "EXT.MEM.ADD", 0, VER_P20 },
	{ SEAM_TDH_QUOTE_INIT, "QUOTE.INIT", 0, VER_P20 },
	{ SEAM_TDH_QUOTE_GET, "QUOTE.GET", 0, VER_P20 },
	{ SEAM_TDH_SYS_DISABLE, "SYS.DISABLE", 0, VER_P20 },
};

static u64 ver_sys_rd(struct kunit *test, u64 field)
{
	u64 v = 0;

	KUNIT_EXPECT_EQ(test, seam_tdh_sys_rd(field, &v), SEAM_TDX_SUCCESS);
	return v;
}

static void seamcall_versions_supported_test(struct kunit *test)
{
	const struct ver_profile *p = test->param_value;
	u64 major, minor, update, features0, st;
	unsigned int i;

	ver_ready(test, p->profile);
	major = ver_sys_rd(test, SEAM_MD_SYS_MAJOR_VERSION);
	minor = ver_sys_rd(test, SEAM_MD_SYS_MINOR_VERSION);
	update = ver_sys_rd(test, SEAM_MD_SYS_UPDATE_VERSION);
	features0 = ver_sys_rd(test, SEAM_MD_SYS_TDX_FEATURES0);
	KUNIT_EXPECT_EQ(test, major, (u64)p->major);
	KUNIT_EXPECT_EQ(test, minor, (u64)p->minor);
	KUNIT_EXPECT_EQ(test, update, (u64)p->update);

	for (i = 0; i < ARRAY_SIZE(ver_linux_leaves); i++) {
		const struct ver_linux_leaf *l = &ver_linux_leaves[i];
		struct seam_args a = { };
		bool sup;

		sup = seam_leaf_supported(l->fn, major, minor, update, features0);
		KUNIT_EXPECT_EQ_MSG(test, sup, !!(l->supported & BIT(p->profile)),
				    "seam_leaf_supported(%s)", l->name);
		st = seam_call_saved_ret(l->fn, &a);
		KUNIT_EXPECT_EQ_MSG(test, st != VER_RAX_INVALID,
				    !!(l->dispatched & BIT(p->profile)),
				    "%s: status %llx", l->name, st);
		if (!seam_status_is_error(st))
			ver_ready(test, p->profile);
	}
}

static int ver_init(struct kunit *test)
{
	test->priv = NULL;
	return 0;
}

static void ver_exit(struct kunit *test)
{
	seam_fixture_destroy(test->priv);
}

static struct kunit_case seamcall_versions_test_cases[] = {
	KUNIT_CASE_PARAM(seamcall_versions_dispatch_test, ver_profile_gen_params),
	KUNIT_CASE_PARAM(seamcall_versions_supported_test, ver_profile_gen_params),
	{}
};

static struct kunit_suite seamcall_versions_test_suite = {
	.name = "seamcall_versions",
	.init = ver_init,
	.exit = ver_exit,
	.test_cases = seamcall_versions_test_cases,
};

kunit_test_suites(&seamcall_versions_test_suite);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Leaf versions against the model's module profiles");
