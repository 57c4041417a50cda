// SPDX-License-Identifier: GPL-2.0
/*
 * upstream_md_kunit.c - Linux's own metadata reader against the model
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * Linux 7.x reads the TDX module's global metadata with the generated
 * functions of arch/x86/virt/vmx/tdx/tdx_global_metadata.c, which tdx.c
 * includes after defining read_sys_metadata_field(). This suite does the
 * same at build time: kunit/upstream/Makefile passes the paths of that file
 * and of arch/x86/include/asm/tdx_global_metadata.h in the Linux 7.x
 * source tree ($KSRC_7) as SEAM_UPSTREAM_MD_C and SEAM_UPSTREAM_MD_H, and
 * read_sys_metadata_field() below is a call of seam_tdh_sys_rd() of
 * include/seamcall.h. No line of either file is in this repository.
 *
 * The suite runs get_tdx_sys_info() and get_tdx_sys_info_handoff() against
 * the model after TDH.SYS.LP.INIT (where Linux's init_tdx_module() reads
 * them) and checks that both return 0, that every member of struct
 * tdx_sys_info holds the value of the model's field table
 * (kunit/model/seam_md_table.h), and that every field upstream read is in
 * that table.
 */
#include <kunit/test.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/printk.h>
#include <linux/string.h>
#include <linux/types.h>
#include <seamcall.h>

#include "seam_fixture.h"
#include "seam_md_table.h"

#if !defined(SEAM_UPSTREAM_MD_C) || !defined(SEAM_UPSTREAM_MD_H)
#error "build through kunit/upstream/Makefile: SEAM_UPSTREAM_MD_C/_H name the Linux 7.x files"
#endif

/* Reads get_tdx_sys_info() makes with the module's 18 CPUID leaves. */
#define SEAM_UPSTREAM_READS	(3 + 1 + 5 + 3 + 6 + 3 * SEAM_MD_NUM_CPUID_CONFIG)
/* Room for the field IDs one run records. */
#define SEAM_UPSTREAM_LOG	512

/* asm/tdx.h's format, which pr_info() in get_tdx_sys_info() uses. */
#ifndef TDX_VERSION_FMT
#define TDX_VERSION_FMT "%u.%u.%02u"
#endif

/**
 * struct seam_upstream_log - what upstream's reader asked the model
 * @n: number of TDH.SYS.RD calls
 * @ids: their field IDs, in order (the first %SEAM_UPSTREAM_LOG)
 * @bad_id: field ID of the first call that failed, or 0
 * @bad_status: its completion status
 */
struct seam_upstream_log {
	unsigned int n;
	u64 ids[SEAM_UPSTREAM_LOG];
	u64 bad_id;
	u64 bad_status;
};

static struct seam_upstream_log seam_upstream_log;

/*
 * Linux's read_sys_metadata_field() (tdx.c): TDH.SYS.RD with the field ID
 * in RDX, the value from R8, a non-zero return on any error. Here the
 * SEAMCALL is seam_tdh_sys_rd(); an error is -EIO, and the log keeps it.
 */
static int read_sys_metadata_field(u64 field_id, u64 *data)
{
	struct seam_upstream_log *log = &seam_upstream_log;
	u64 status, val;

	if (log->n < SEAM_UPSTREAM_LOG)
		log->ids[log->n] = field_id;
	log->n++;
	status = seam_tdh_sys_rd(field_id, &val);
	if (status) {
		if (!log->bad_id) {
			log->bad_id = field_id;
			log->bad_status = status;
		}
		return -EIO;
	}
	*data = val;
	return 0;
}

#include SEAM_UPSTREAM_MD_H
#include SEAM_UPSTREAM_MD_C

/* The table's row of a global field, by field ID; NULL if none. */
static const struct seam_md_entry *seam_upstream_row(u64 id)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(seam_md_table); i++)
		if (seam_md_table[i].scope == SEAM_MD_SCOPE_SYS && seam_md_table[i].id == id)
			return &seam_md_table[i];
	return NULL;
}

/* The table's value of a constant global field (0 if the row is missing). */
static u64 seam_upstream_val(struct kunit *test, u64 id)
{
	const struct seam_md_entry *row = seam_upstream_row(id);

	KUNIT_EXPECT_NOT_NULL_MSG(test, row, "field %#llx not in seam_md_table", id);
	return row ? row->value : 0;
}

/*
 * Does the table hold global field ID @id (any element of any of its
 * fields)? The CPUID arrays count their elements as the module does.
 */
static bool seam_upstream_in_table(u64 id)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(seam_md_table); i++) {
		const struct seam_md_entry *f = &seam_md_table[i];

		if (f->scope == SEAM_MD_SCOPE_SYS && id >= f->id && id < f->id + f->nr)
			return true;
	}
	return false;
}

static struct seam_fixture *seam_upstream_fixture(struct kunit *test)
{
	struct seam_fixture *f = test->priv;

	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_LP_INIT), SEAM_TDX_SUCCESS);
	memset(&seam_upstream_log, 0, sizeof(seam_upstream_log));
	return f;
}

static void seam_upstream_report(struct kunit *test)
{
	if (seam_upstream_log.bad_id)
		kunit_info(test, "first failing TDH.SYS.RD: field %#llx status %#llx",
			   seam_upstream_log.bad_id, seam_upstream_log.bad_status);
}

/* get_tdx_sys_info() returns 0 and fills every member with the table's values. */
static void seam_upstream_sys_info(struct kunit *test)
{
	static struct tdx_sys_info info;
	const struct tdx_sys_info_td_conf *c = &info.td_conf;
	unsigned int i;

	seam_upstream_fixture(test);
	memset(&info, 0, sizeof(info));
	KUNIT_EXPECT_EQ(test, get_tdx_sys_info(&info), 0);
	seam_upstream_report(test);
	KUNIT_EXPECT_EQ(test, seam_upstream_log.n, SEAM_UPSTREAM_READS);

	KUNIT_EXPECT_EQ(test, info.version.major_version,
			seam_upstream_val(test, SEAM_MD_ID_MAJOR_VERSION));
	KUNIT_EXPECT_EQ(test, info.version.minor_version,
			seam_upstream_val(test, SEAM_MD_ID_MINOR_VERSION));
	KUNIT_EXPECT_EQ(test, info.version.update_version,
			seam_upstream_val(test, SEAM_MD_ID_UPDATE_VERSION));
	KUNIT_EXPECT_EQ(test, info.features.tdx_features0,
			seam_upstream_val(test, SEAM_MD_ID_TDX_FEATURES0));
	KUNIT_EXPECT_EQ(test, info.tdmr.max_tdmrs, seam_upstream_val(test, SEAM_MD_ID_MAX_TDMRS));
	KUNIT_EXPECT_EQ(test, info.tdmr.max_reserved_per_tdmr,
			seam_upstream_val(test, SEAM_MD_ID_MAX_RESERVED_PER_TDMR));
	KUNIT_EXPECT_EQ(test, info.tdmr.pamt_4k_entry_size,
			seam_upstream_val(test, SEAM_MD_ID_PAMT_4K_ENTRY_SIZE));
	KUNIT_EXPECT_EQ(test, info.tdmr.pamt_2m_entry_size,
			seam_upstream_val(test, SEAM_MD_ID_PAMT_2M_ENTRY_SIZE));
	KUNIT_EXPECT_EQ(test, info.tdmr.pamt_1g_entry_size,
			seam_upstream_val(test, SEAM_MD_ID_PAMT_1G_ENTRY_SIZE));
	KUNIT_EXPECT_EQ(test, info.td_ctrl.tdr_base_size,
			seam_upstream_val(test, SEAM_MD_ID_TDR_BASE_SIZE));
	KUNIT_EXPECT_EQ(test, info.td_ctrl.tdcs_base_size,
			seam_upstream_val(test, SEAM_MD_ID_TDCS_BASE_SIZE));
	KUNIT_EXPECT_EQ(test, info.td_ctrl.tdvps_base_size,
			seam_upstream_val(test, SEAM_MD_ID_TDVPS_BASE_SIZE));
	KUNIT_EXPECT_EQ(test, c->attributes_fixed0,
			seam_upstream_val(test, SEAM_MD_ID_ATTRIBUTES_FIXED0));
	KUNIT_EXPECT_EQ(test, c->attributes_fixed1,
			seam_upstream_val(test, SEAM_MD_ID_ATTRIBUTES_FIXED1));
	KUNIT_EXPECT_EQ(test, c->xfam_fixed0, seam_upstream_val(test, SEAM_MD_ID_XFAM_FIXED0));
	KUNIT_EXPECT_EQ(test, c->xfam_fixed1, seam_upstream_val(test, SEAM_MD_ID_XFAM_FIXED1));
	KUNIT_EXPECT_EQ(test, c->num_cpuid_config,
			seam_upstream_val(test, SEAM_MD_ID_NUM_CPUID_CONFIG));
	KUNIT_EXPECT_EQ(test, c->max_vcpus_per_td,
			seam_upstream_val(test, SEAM_MD_ID_MAX_VCPUS_PER_TD));

	for (i = 0; i < SEAM_MD_NUM_CPUID_CONFIG; i++) {
		const struct seam_md_cpuid *e = &seam_md_cpuid_config[i];

		KUNIT_EXPECT_EQ_MSG(test, c->cpuid_config_leaves[i],
				    e->leaf | (u64)e->subleaf << 32, "leaf %u", i);
		KUNIT_EXPECT_EQ_MSG(test, c->cpuid_config_values[i][0], e->values[0],
				    "leaf %u EBX:EAX", i);
		KUNIT_EXPECT_EQ_MSG(test, c->cpuid_config_values[i][1], e->values[1],
				    "leaf %u EDX:ECX", i);
	}
	/* Upstream reads no further than NUM_CPUID_CONFIG. */
	for (; i < ARRAY_SIZE(c->cpuid_config_leaves); i++) {
		KUNIT_EXPECT_EQ_MSG(test, c->cpuid_config_leaves[i], 0, "leaf %u", i);
		KUNIT_EXPECT_EQ_MSG(test, c->cpuid_config_values[i][0], 0, "leaf %u", i);
		KUNIT_EXPECT_EQ_MSG(test, c->cpuid_config_values[i][1], 0, "leaf %u", i);
	}
}

/*
 * The values themselves, written out from the module source rather than
 * taken from the table, so a wrong table row fails here too: what Linux
 * sizes its TDMR list, PAMTs and TD control structures with.
 */
static void seam_upstream_values(struct kunit *test)
{
	static struct tdx_sys_info info;

	seam_upstream_fixture(test);
	memset(&info, 0, sizeof(info));
	KUNIT_ASSERT_EQ(test, get_tdx_sys_info(&info), 0);
	/* KVM's floor, 1.5.06 (upstream-2026.md). */
	KUNIT_EXPECT_EQ(test, info.version.major_version, 1);
	KUNIT_EXPECT_EQ(test, info.version.minor_version, 5);
	KUNIT_EXPECT_EQ(test, info.version.update_version, 6);
	/* Linux's check_features() refuses a module without NO_RBP_MOD (bit 18). */
	KUNIT_EXPECT_TRUE(test, info.features.tdx_features0 & BIT_ULL(18));
	KUNIT_EXPECT_EQ(test, info.tdmr.max_tdmrs, 64);		/* tdx_global_data.h:151 */
	KUNIT_EXPECT_EQ(test, info.tdmr.max_reserved_per_tdmr, 16);	/* tdx_api_defs.h:894 */
	KUNIT_EXPECT_EQ(test, info.tdmr.pamt_4k_entry_size, 16);	/* sizeof(pamt_entry_t) */
	KUNIT_EXPECT_EQ(test, info.td_ctrl.tdr_base_size, 0x1000);
	KUNIT_EXPECT_EQ(test, info.td_ctrl.tdcs_base_size, 0x6000);	/* MIN_NUM_TDCS_PAGES 6 */
	KUNIT_EXPECT_EQ(test, info.td_ctrl.tdvps_base_size, 0x6000);	/* MIN_TDVPS_PAGES 6 */
	KUNIT_EXPECT_EQ(test, info.td_conf.xfam_fixed1, 0x3);
	KUNIT_EXPECT_EQ(test, info.td_conf.num_cpuid_config, 18);
	KUNIT_EXPECT_EQ(test, info.td_conf.max_vcpus_per_td, 576);	/* 1.5.05 */
	/* CPUID_CONFIG_LEAVES[0]: leaf 1, no sub-leaf. */
	KUNIT_EXPECT_EQ(test, info.td_conf.cpuid_config_leaves[0], 0xffffffff00000001ULL);
}

/* get_tdx_sys_info_handoff() (runtime update) reads MODULE_HV. */
static void seam_upstream_handoff(struct kunit *test)
{
	struct tdx_sys_info_handoff handoff = { .module_hv = 0xffff };

	seam_upstream_fixture(test);
	KUNIT_EXPECT_EQ(test, get_tdx_sys_info_handoff(&handoff), 0);
	seam_upstream_report(test);
	KUNIT_EXPECT_EQ(test, seam_upstream_log.n, 1U);
	KUNIT_EXPECT_EQ(test, seam_upstream_log.ids[0], SEAM_MD_ID_MODULE_HV);
	KUNIT_EXPECT_EQ(test, handoff.module_hv, seam_upstream_val(test, SEAM_MD_ID_MODULE_HV));
}

/* Every field ID upstream's reader asks for is one the table names. */
static void seam_upstream_ids_in_table(struct kunit *test)
{
	static struct tdx_sys_info info;
	unsigned int i;

	seam_upstream_fixture(test);
	memset(&info, 0, sizeof(info));
	KUNIT_EXPECT_EQ(test, get_tdx_sys_info(&info), 0);
	KUNIT_ASSERT_LE(test, seam_upstream_log.n, (unsigned int)SEAM_UPSTREAM_LOG);
	for (i = 0; i < seam_upstream_log.n; i++)
		KUNIT_EXPECT_TRUE_MSG(test, seam_upstream_in_table(seam_upstream_log.ids[i]),
				      "upstream reads %#llx, not in seam_md_table",
				      seam_upstream_log.ids[i]);
}

/*
 * A failing TDH.SYS.RD reaches the caller: at power-on the module answers
 * SYS_LP_INIT_NOT_DONE (tdh_sys_rd.c:53), and the reader stops at the first
 * field (MINOR_VERSION).
 */
static void seam_upstream_error(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	static struct tdx_sys_info info;

	memset(&seam_upstream_log, 0, sizeof(seam_upstream_log));
	KUNIT_ASSERT_EQ(test, f->stage, SEAM_FIXTURE_NONE);
	memset(&info, 0, sizeof(info));
	KUNIT_EXPECT_EQ(test, get_tdx_sys_info(&info), -EIO);
	KUNIT_EXPECT_EQ(test, seam_upstream_log.bad_id, SEAM_MD_ID_MINOR_VERSION);
	KUNIT_EXPECT_EQ(test, seam_upstream_log.bad_status, SEAM_TDX_SYS_LP_INIT_NOT_DONE);
}

/*
 * The table itself: each ID's element-size code matches its element size
 * and its context code its scope (the module's lookup tables carry both),
 * no ID twice, and a field with a write mask is one the host can store.
 */
static void seam_upstream_table_well_formed(struct kunit *test)
{
	unsigned int i, j;

	for (i = 0; i < ARRAY_SIZE(seam_md_table); i++) {
		const struct seam_md_entry *f = &seam_md_table[i];

		KUNIT_EXPECT_EQ_MSG(test, seam_md_element_size(f->id), f->elem_size, "%s", f->name);
		KUNIT_EXPECT_EQ_MSG(test, seam_md_context(f->id), f->scope, "%s", f->name);
		KUNIT_EXPECT_GT_MSG(test, f->nr, 0, "%s", f->name);
		KUNIT_EXPECT_TRUE_MSG(test, !f->wr_mask || (f->flags & SEAM_MD_F_STORE),
				      "%s", f->name);
		for (j = i + 1; j < ARRAY_SIZE(seam_md_table); j++)
			KUNIT_EXPECT_NE_MSG(test, f->id, seam_md_table[j].id, "%s and %s",
					    f->name, seam_md_table[j].name);
	}
}

static int seam_upstream_init(struct kunit *test)
{
	test->priv = seam_fixture_create(NULL);
	return test->priv ? 0 : -ENOMEM;
}

static void seam_upstream_exit(struct kunit *test)
{
	seam_fixture_destroy(test->priv);
}

static struct kunit_case seam_upstream_cases[] = {
	KUNIT_CASE(seam_upstream_table_well_formed),
	KUNIT_CASE(seam_upstream_sys_info),
	KUNIT_CASE(seam_upstream_values),
	KUNIT_CASE(seam_upstream_handoff),
	KUNIT_CASE(seam_upstream_ids_in_table),
	KUNIT_CASE(seam_upstream_error),
	{}
};

static struct kunit_suite seam_upstream_suite = {
	.name = "seamcall_upstream_md",
	.init = seam_upstream_init,
	.exit = seam_upstream_exit,
	.test_cases = seam_upstream_cases,
};

kunit_test_suites(&seam_upstream_suite);
