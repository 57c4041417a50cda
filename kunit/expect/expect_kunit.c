// SPDX-License-Identifier: GPL-2.0
/*
 * expect_kunit.c - run the TDX module's expected results against the model
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * Each scenario row of the tables in this folder (seam_expect.h) becomes
 * one parameter of a KUnit case: the runner builds the row's state through
 * the public fixture API only (seam_fixture.h), takes the row's extra
 * preparation steps, issues the one SEAMCALL with seam_call_ret() and
 * asserts the status, operand ID and output registers the module returns.
 * The suite's exit prints how many rows agree fully, on the status only
 * (bits 63:32 of RAX), or not at all, and the first disagreements with
 * their module source.
 */
#include <kunit/test.h>
#include <linux/kernel.h>
#include <linux/printk.h>
#include <linux/string.h>
#include <seamcall.h>

#include "seam_fixture.h"
#include "seam_expect.h"
#include "dispatch.h"
#include "sys.h"
#include "td_build.h"
#include "vp.h"
#include "mem.h"
#include "teardown.h"
#include "metadata.h"
#include "v2.h"

/* Disagreements listed by the summary. */
#define SEAM_EXPECT_LISTED	40
/* TDMR_SIZE of the %SEAM_XP_TDMR_INFO TDMR. */
#define SEAM_EXPECT_1G		BIT_ULL(30)
/* Pages the preparation steps may add. */
#define SEAM_EXPECT_PREP_MAX	16
/* 2 MiB, the range TDH.PHYMEM.PAMT.ADD backs. */
#define SEAM_EXPECT_2M		BIT_ULL(21)

static const struct seam_expect_group seam_expect_groups[] = {
	{ "dispatch", seam_expect_dispatch_checks,
	  ARRAY_SIZE(seam_expect_dispatch_checks), seam_expect_dispatch_rows,
	  ARRAY_SIZE(seam_expect_dispatch_rows) },
	{ "sys", seam_expect_sys_checks, ARRAY_SIZE(seam_expect_sys_checks),
	  seam_expect_sys_rows, ARRAY_SIZE(seam_expect_sys_rows) },
	{ "td_build", seam_expect_td_build_checks,
	  ARRAY_SIZE(seam_expect_td_build_checks), seam_expect_td_build_rows,
	  ARRAY_SIZE(seam_expect_td_build_rows) },
	{ "vp", seam_expect_vp_checks, ARRAY_SIZE(seam_expect_vp_checks),
	  seam_expect_vp_rows, ARRAY_SIZE(seam_expect_vp_rows) },
	{ "mem", seam_expect_mem_checks, ARRAY_SIZE(seam_expect_mem_checks),
	  seam_expect_mem_rows, ARRAY_SIZE(seam_expect_mem_rows) },
	{ "teardown", seam_expect_teardown_checks,
	  ARRAY_SIZE(seam_expect_teardown_checks), seam_expect_teardown_rows,
	  ARRAY_SIZE(seam_expect_teardown_rows) },
	{ "metadata", seam_expect_metadata_checks,
	  ARRAY_SIZE(seam_expect_metadata_checks), seam_expect_metadata_rows,
	  ARRAY_SIZE(seam_expect_metadata_rows) },
	{ "v2", seam_expect_v2_checks, ARRAY_SIZE(seam_expect_v2_checks),
	  seam_expect_v2_rows, ARRAY_SIZE(seam_expect_v2_rows) },
};

static const char * const seam_expect_reg_names[SEAM_XR_NR] = {
	"RCX", "RDX", "R8", "R9", "R10", "R11", "R12", "R13",
};

/**
 * struct seam_expect_result - what one row got
 * @row: the row
 * @group: its group
 * @setup: first failing status of the build or preparation, else 0
 * @status: RAX the call returned
 * @want: expected output registers
 * @got: output registers the call returned
 */
struct seam_expect_result {
	const struct seam_expect_row *row;
	const char *group;
	u64 setup;
	u64 status;
	u64 want[SEAM_XR_NR];
	u64 got[SEAM_XR_NR];
};

/* Agreement counts, and the first disagreements, for the summary. */
static unsigned int seam_expect_full, seam_expect_status_only, seam_expect_differ;
static unsigned int seam_expect_setup_failed, seam_expect_flagged_differ;
static unsigned int seam_expect_nr_listed;
static struct seam_expect_result seam_expect_listed[SEAM_EXPECT_LISTED];

/**
 * struct seam_expect_ctx - the state one row runs in
 * @f: the fixture
 * @free: the row's free page (%SEAM_XW_FREE)
 * @free2: its second free page (%SEAM_XW_FREE2)
 * @far: an address no PAMT covers (%SEAM_XW_FAR)
 * @prep: the page the preparation made (%SEAM_XW_PREP)
 * @prep_cx: the pages the preparation added with ADDCX
 * @nr_prep_cx: how many
 * @range: the row's free 2 MiB range (%SEAM_XW_RANGE)
 * @range2: its second one (%SEAM_XW_RANGE2)
 * @pamt: its two pages for a PAMT page pair (%SEAM_XW_PAMT0, %SEAM_XW_PAMT1)
 * @module_hv: MODULE_HV (%SEAM_XW_MODULE_HV)
 */
struct seam_expect_ctx {
	struct seam_fixture *f;
	u64 free;
	u64 free2;
	u64 far;
	u64 prep;
	u64 prep_cx[SEAM_EXPECT_PREP_MAX];
	unsigned int nr_prep_cx;
	u64 range;
	u64 range2;
	u64 pamt[2];
	u64 module_hv;
};

static u64 seam_expect_base(const struct seam_expect_ctx *c, u8 what)
{
	const struct seam_fixture_td *td = &c->f->td;

	switch (what) {
	case SEAM_XW_TDR:
		return td->tdr;
	case SEAM_XW_TDCS0:
		return td->tdcs[0];
	case SEAM_XW_TDVPR:
		return td->tdvpr;
	case SEAM_XW_TDCX0:
		return td->tdcx[0];
	case SEAM_XW_SEPT1:
		return td->sept[0];
	case SEAM_XW_SEPT2:
		return td->sept[1];
	case SEAM_XW_SEPT3:
		return td->sept[2];
	case SEAM_XW_PAGE_ADD:
		return td->page_add;
	case SEAM_XW_PAGE_AUG:
		return td->page_aug;
	case SEAM_XW_FREE:
		return c->free;
	case SEAM_XW_FREE2:
		return c->free2;
	case SEAM_XW_PREP:
		return c->prep;
	case SEAM_XW_PREP_CX0:
		return c->prep_cx[0];
	case SEAM_XW_HKID:
		return td->hkid;
	case SEAM_XW_TDMR_INFO:
		return c->f->tdmr_info;
	case SEAM_XW_FAR:
		return c->far;
	case SEAM_XW_TDMR_BASE:
		return seam_fixture_tdmr_base(c->f);
	case SEAM_XW_TD2_TDR:
		return c->f->td2.tdr;
	case SEAM_XW_TD2_TDCS0:
		return c->f->td2.tdcs[0];
	case SEAM_XW_TD2_TDVPR:
		return c->f->td2.tdvpr;
	case SEAM_XW_TD2_HKID:
		return c->f->td2.hkid;
	case SEAM_XW_FIRST_HKID:
		return seam_model_first_private_hkid(c->f->m);
	case SEAM_XW_RANGE:
		return c->range;
	case SEAM_XW_RANGE2:
		return c->range2;
	case SEAM_XW_PAMT0:
		return c->pamt[0];
	case SEAM_XW_PAMT1:
		return c->pamt[1];
	case SEAM_XW_MODULE_HV:
		return c->module_hv;
	default:
		return 0;
	}
}

/* The value of a symbolic register in the row's state. */
static u64 seam_expect_value(const struct seam_expect_ctx *c,
			     const struct seam_expect_reg *r)
{
	u64 v = seam_expect_base(c, r->what) | r->imm;

	switch (r->how) {
	case SEAM_XH_UNALIGNED:
		return v | 0x800;
	case SEAM_XH_KEYED:
		return seam_fixture_keyed_pa(c->f, v, 1);
	case SEAM_XH_KEYED_TD:
		return seam_fixture_keyed_pa(c->f, v, c->f->td.hkid);
	case SEAM_XH_ABOVE_MAX_PA:
		return v | BIT_ULL(63);
	case SEAM_XH_FAR:
		return c->far;
	default:
		return v;
	}
}

/* One SEAMCALL of a preparation step; the status. */
static u64 seam_expect_call2(u64 fn, u64 rcx, u64 rdx)
{
	struct seam_args a = { .rcx = rcx, .rdx = rdx };

	return seam_call_ret(fn, &a);
}

/* The same with R8. */
static u64 seam_expect_call2_r8(u64 fn, u64 rcx, u64 rdx, u64 r8)
{
	struct seam_args a = { .rcx = rcx, .rdx = rdx, .r8 = r8 };

	return seam_call_ret(fn, &a);
}

/* TDH.MNG.ADDCX or TDH.VP.ADDCX of @n new pages to @owner. */
static u64 seam_expect_add_pages(struct seam_expect_ctx *c, u64 fn, u64 owner,
				 unsigned int n)
{
	unsigned int i;
	u64 st;

	for (i = 0; i < n && c->nr_prep_cx < SEAM_EXPECT_PREP_MAX; i++) {
		u64 page = seam_fixture_alloc_page(c->f);

		if (!page)
			return SEAM_TDX_SW_ERROR;
		c->prep_cx[c->nr_prep_cx++] = page;
		st = seam_expect_call2(fn, page, owner);
		if (st != SEAM_TDX_SUCCESS)
			return st;
	}
	return i == n ? SEAM_TDX_SUCCESS : SEAM_TDX_SW_ERROR;
}

/* A TD_PARAMS page after @nr_tdcs TDCS pages. */
static u64 seam_expect_params(struct seam_expect_ctx *c, unsigned int nr_tdcs,
			      u64 attributes, u16 max_vcpus)
{
	u64 st = seam_expect_add_pages(c, SEAM_TDH_MNG_ADDCX, c->f->td.tdr, nr_tdcs);

	if (st != SEAM_TDX_SUCCESS)
		return st;
	c->prep = seam_fixture_alloc_page(c->f);
	if (!c->prep)
		return SEAM_TDX_SW_ERROR;
	seam_fixture_write_td_params(c->f, c->prep, attributes, max_vcpus);
	return SEAM_TDX_SUCCESS;
}

/* Store @v at byte @off of the simulated page @hpa. */
static void seam_expect_put64(struct seam_expect_ctx *c, u64 hpa, unsigned int off, u64 v)
{
	memcpy((u8 *)seam_model_page(c->f->m, hpa) + off, &v, sizeof(v));
}

/* %SEAM_XP_TDMR_INFO: one TDMR_INFO, its pointer @skew bytes off. */
static u64 seam_expect_tdmr_info(struct seam_expect_ctx *c, unsigned int skew,
				 u64 base_off)
{
	c->prep = seam_fixture_alloc_page(c->f);
	if (!c->prep)
		return SEAM_TDX_SW_ERROR;
	seam_expect_put64(c, c->prep, 0, c->prep + SEAM_TDMR_INFO_ALIGN + skew);
	seam_expect_put64(c, c->prep, SEAM_TDMR_INFO_ALIGN,
			  seam_fixture_tdmr_base(c->f) + base_off);
	seam_expect_put64(c, c->prep, SEAM_TDMR_INFO_ALIGN + 8, SEAM_EXPECT_1G);
	return SEAM_TDX_SUCCESS;
}

/* A second vCPU (%SEAM_XW_PREP) with @nr_tdcx TDCX pages. */
static u64 seam_expect_vcpu2(struct seam_expect_ctx *c, unsigned int nr_tdcx)
{
	u64 st;

	c->prep = seam_fixture_alloc_page(c->f);
	if (!c->prep)
		return SEAM_TDX_SW_ERROR;
	st = seam_expect_call2(SEAM_TDH_VP_CREATE, c->prep, c->f->td.tdr);
	if (st != SEAM_TDX_SUCCESS)
		return st;
	return seam_expect_add_pages(c, SEAM_TDH_VP_ADDCX, c->prep, nr_tdcx);
}

/* The row's call of leaf @prep_val on CPU @cpu; back on CPU 0 after. */
static u64 seam_expect_call_on(struct seam_expect_ctx *c,
			       const struct seam_expect_row *row, unsigned int cpu)
{
	struct seam_args a = { };
	u64 st;

	c->prep = seam_fixture_alloc_page(c->f);
	if (!c->prep || seam_fixture_set_cpu(c->f, cpu))
		return SEAM_TDX_SW_ERROR;
	a.rcx = seam_expect_value(c, &row->prep_in[0]);
	a.rdx = seam_expect_value(c, &row->prep_in[1]);
	a.r8 = seam_expect_value(c, &row->prep_in[2]);
	st = seam_call_ret(row->prep_val, &a);
	seam_fixture_set_cpu(c->f, 0);
	return st;
}

/* %SEAM_XP_DEMOTABLE: a blocked, tracked 2 MiB page at SEAM_EXPECT_GPA_2M. */
static u64 seam_expect_demotable(struct seam_expect_ctx *c)
{
	u64 gpa = SEAM_EXPECT_GPA_2M | SEAM_TDX_PS_2M;
	u64 tdr = c->f->td.tdr;
	u64 st;

	st = seam_expect_call2_r8(SEAM_TDH_PHYMEM_PAMT_ADD, c->range2 | SEAM_TDX_PS_2M,
				  c->pamt[0], c->pamt[1]);
	if (st != SEAM_TDX_SUCCESS)
		return st;
	st = seam_expect_call2_r8(SEAM_TDH_MEM_PAGE_AUG, gpa, tdr, c->range);
	if (st != SEAM_TDX_SUCCESS)
		return st;
	st = seam_expect_call2(SEAM_TDH_MEM_RANGE_BLOCK, gpa, tdr);
	if (st != SEAM_TDX_SUCCESS)
		return st;
	return seam_expect_call2(SEAM_TDH_MEM_TRACK, tdr, 0);
}

/* The row's preparation step; the first status that was not a success. */
static u64 seam_expect_prepare(struct seam_expect_ctx *c,
			       const struct seam_expect_row *row)
{
	u64 st;

	switch (row->prep) {
	case SEAM_XP_ADDCX:
		return seam_expect_add_pages(c, SEAM_TDH_MNG_ADDCX, c->f->td.tdr,
					     row->prep_arg);
	case SEAM_XP_VP_ADDCX:
		return seam_expect_add_pages(c, SEAM_TDH_VP_ADDCX, c->f->td.tdvpr,
					     row->prep_arg);
	case SEAM_XP_ADDCX_PARAMS:
		return seam_expect_params(c, row->prep_arg, 0, 1);
	case SEAM_XP_PARAMS_ATTR:
		return seam_expect_params(c, 6, BIT_ULL(row->prep_arg), 1);
	case SEAM_XP_PARAMS_VCPUS:
		return seam_expect_params(c, 6, 0, row->prep_arg);
	case SEAM_XP_ADDCX_INIT:
		st = seam_expect_params(c, row->prep_arg, 0, 1);
		if (st != SEAM_TDX_SUCCESS)
			return st;
		return seam_expect_call2(SEAM_TDH_MNG_INIT, c->f->td.tdr, c->prep);
	case SEAM_XP_PARAMS_FIELD:
		st = seam_expect_params(c, 6, 0, 1);
		if (st != SEAM_TDX_SUCCESS)
			return st;
		if (seam_fixture_set_td_param(c->f, c->prep, row->prep_arg, row->prep_val))
			return SEAM_TDX_SW_ERROR;
		return SEAM_TDX_SUCCESS;
	case SEAM_XP_CALL_ON:
		return seam_expect_call_on(c, row, row->prep_arg);
	case SEAM_XP_VCPU2:
		return seam_expect_vcpu2(c, row->prep_arg);
	case SEAM_XP_VCPU2_FINALIZE:
		st = seam_expect_vcpu2(c, row->prep_arg);
		if (st != SEAM_TDX_SUCCESS)
			return st;
		return seam_expect_call2(SEAM_TDH_MR_FINALIZE, c->f->td.tdr, 0);
	case SEAM_XP_TD2:
		return seam_fixture_build_td2(c->f, row->prep_arg);
	case SEAM_XP_TDMR_INFO:
		return seam_expect_tdmr_info(c, row->prep_arg, row->prep_val);
	case SEAM_XP_SHUTDOWN:
		return seam_fixture_shutdown(c->f);
	case SEAM_XP_PAMT_ADD:
		st = seam_expect_call2_r8(SEAM_TDH_PHYMEM_PAMT_ADD,
					  c->range | SEAM_TDX_PS_2M, c->pamt[0], c->pamt[1]);
		if (st != SEAM_TDX_SUCCESS || !row->prep_val)
			return st;
		return seam_expect_call_on(c, row, 0);
	case SEAM_XP_DEMOTABLE:
		return seam_expect_demotable(c);
	default:
		return SEAM_TDX_SUCCESS;
	}
}

/* Does an input register of the row stand for @what? */
static bool seam_expect_uses(const struct seam_expect_row *row, u8 what)
{
	unsigned int r;

	for (r = 0; r < SEAM_XR_NR; r++) {
		if (row->in[r].what == what)
			return true;
	}
	return false;
}

/* Build the row's state; the first status that was not a success. */
static u64 seam_expect_setup(struct seam_expect_ctx *c,
			     const struct seam_expect_row *row)
{
	u64 st;

	if (row->prep == SEAM_XP_VCPU2 || row->prep == SEAM_XP_VCPU2_FINALIZE)
		c->f->max_vcpus = row->prep_val;
	c->f->dynamic_pamt = row->dpamt;
	st = seam_fixture_build(c->f, row->stage);
	if (st != SEAM_TDX_SUCCESS)
		return st;
	if (row->dpamt) {
		c->range = seam_fixture_alloc_2m(c->f);
		c->range2 = seam_fixture_alloc_2m(c->f);
		c->pamt[0] = seam_fixture_alloc_page(c->f);
		c->pamt[1] = seam_fixture_alloc_page(c->f);
		if (!c->range || !c->range2 || !c->pamt[0] || !c->pamt[1])
			return SEAM_TDX_SW_ERROR;
	}
	st = seam_expect_prepare(c, row);
	if (st != SEAM_TDX_SUCCESS)
		return st;
	if (seam_expect_uses(row, SEAM_XW_MODULE_HV)) {
		st = seam_tdh_sys_rd(SEAM_FIXTURE_MD_MODULE_HV, &c->module_hv);
		if (st != SEAM_TDX_SUCCESS)
			return st;
	}
	c->free = seam_fixture_alloc_page(c->f);
	c->free2 = seam_fixture_alloc_page(c->f);
	if (!c->free || !c->free2)
		return SEAM_TDX_SW_ERROR;
	/* 4 GiB above the 1 GiB block of the row's page: no TDMR there. */
	c->far = ((c->free >> 30) + 4) << 30;
	return SEAM_TDX_SUCCESS;
}

static u64 *seam_expect_arg(struct seam_args *a, unsigned int r)
{
	u64 *regs[SEAM_XR_NR] = { &a->rcx, &a->rdx, &a->r8, &a->r9, &a->r10, &a->r11,
				  &a->r12, &a->r13 };

	return regs[r];
}

/*
 * Does the row pass or check R12 or R13 (seam_call_saved_ret())? DEMOTE
 * reads R12 and R13 (its PAMT pair) even when the row gives 0 there, and
 * seam_call_ret() leaves them as the caller had them.
 */
static bool seam_expect_saved(const struct seam_expect_row *row)
{
	unsigned int r;

	if (row->leaf == SEAM_TDH_MEM_PAGE_DEMOTE ||
	    (row->out_mask & (SEAM_XO_R12 | SEAM_XO_R13)))
		return true;
	for (r = SEAM_XR_R12; r < SEAM_XR_NR; r++) {
		if (row->in[r].what != SEAM_XW_IMM || row->in[r].imm)
			return true;
	}
	return false;
}

/* The model configuration of the row: its profile, and room for 2 MiB ranges. */
static void seam_expect_config(const struct seam_expect_row *row,
			       struct seam_model_config *cfg)
{
	memset(cfg, 0, sizeof(*cfg));
	cfg->profile = row->profile;
	if (row->dpamt)
		cfg->nr_pages = SEAM_EXPECT_DPAMT_PAGES;
}

/* Record the row's result for the summary. */
static void seam_expect_tally(const struct seam_expect_result *res, bool outs_ok)
{
	const struct seam_expect_row *row = res->row;

	if (!res->setup && res->status == row->status && outs_ok) {
		seam_expect_full++;
		return;
	}
	if (!res->setup && (res->status >> 32) == (row->status >> 32))
		seam_expect_status_only++;
	else
		seam_expect_differ++;
	if (res->setup)
		seam_expect_setup_failed++;
	if (row->flags)
		seam_expect_flagged_differ++;
	if (seam_expect_nr_listed < SEAM_EXPECT_LISTED)
		seam_expect_listed[seam_expect_nr_listed++] = *res;
}

/* Run one row and assert exactly what the module returns. */
static void seam_expect_run(struct kunit *test, const char *group,
			    const struct seam_expect_row *row)
{
	struct seam_expect_result res = { .row = row, .group = group };
	struct seam_expect_ctx c = { };
	struct seam_model_config cfg;
	struct seam_args a = { };
	bool outs_ok = true;
	unsigned int r;
	u64 fn;

	seam_expect_config(row, &cfg);
	c.f = seam_fixture_create(&cfg);
	KUNIT_ASSERT_NOT_NULL(test, c.f);

	res.setup = seam_expect_setup(&c, row);
	if (!res.setup && seam_fixture_set_cpu(c.f, row->cpu))
		res.setup = SEAM_TDX_SW_ERROR;
	if (!res.setup) {
		for (r = 0; r < SEAM_XR_NR; r++)
			*seam_expect_arg(&a, r) = seam_expect_value(&c, &row->in[r]);
		fn = (u64)row->leaf | (u64)row->version << 16 | row->rax_extra;
		res.status = seam_expect_saved(row) ? seam_call_saved_ret(fn, &a) :
						      seam_call_ret(fn, &a);
		seam_fixture_set_cpu(c.f, 0);
		for (r = 0; r < SEAM_XR_NR; r++) {
			res.got[r] = *seam_expect_arg(&a, r);
			res.want[r] = seam_expect_value(&c, &row->out[r]);
			if ((row->out_mask & BIT(r)) && res.got[r] != res.want[r])
				outs_ok = false;
		}
	}
	seam_fixture_destroy(c.f);
	seam_expect_tally(&res, outs_ok);

	KUNIT_EXPECT_EQ_MSG(test, res.setup, 0ULL, "setup failed (%s)", row->src);
	if (res.setup)
		return;
	KUNIT_EXPECT_EQ_MSG(test, res.status, row->status, "status (%s)", row->src);
	for (r = 0; r < SEAM_XR_NR; r++) {
		if (!(row->out_mask & BIT(r)))
			continue;
		KUNIT_EXPECT_EQ_MSG(test, res.got[r], res.want[r], "%s (%s)",
				    seam_expect_reg_names[r], row->src);
	}
}

static void seam_expect_desc(const struct seam_expect_row *row, char *desc)
{
	strscpy(desc, row->name, KUNIT_PARAM_DESC_SIZE);
}

/* One parameterised case per group, over its rows. */
#define SEAM_EXPECT_GROUP_CASE(g)					\
	KUNIT_ARRAY_PARAM(seam_expect_##g, seam_expect_##g##_rows,	\
			  seam_expect_desc);				\
	static void seam_expect_##g##_test(struct kunit *test)		\
	{								\
		seam_expect_run(test, #g, test->param_value);		\
	}

SEAM_EXPECT_GROUP_CASE(dispatch)
SEAM_EXPECT_GROUP_CASE(sys)
SEAM_EXPECT_GROUP_CASE(td_build)
SEAM_EXPECT_GROUP_CASE(vp)
SEAM_EXPECT_GROUP_CASE(mem)
SEAM_EXPECT_GROUP_CASE(teardown)
SEAM_EXPECT_GROUP_CASE(metadata)
SEAM_EXPECT_GROUP_CASE(v2)

/*
 * Does @src cite @chk_src: at its start or after a space, and not followed
 * by a further digit (":59" does not cite ":591")?
 */
static bool seam_expect_cites(const char *src, const char *chk_src)
{
	size_t n = strlen(chk_src);
	const char *p;

	for (p = strstr(src, chk_src); p; p = strstr(p + 1, chk_src)) {
		if ((p == src || p[-1] == ' ') && (p[n] < '0' || p[n] > '9'))
			return true;
	}
	return false;
}

/*
 * Does a row of the group exercise @chk: same leaf (any leaf for the
 * dispatcher's checks), a source that cites the check's, and a status
 * that is not a success unless the check's is?
 */
static bool seam_expect_check_covered(const struct seam_expect_group *g,
				      const struct seam_expect_check *chk)
{
	unsigned int i;

	for (i = 0; i < g->nr_rows; i++) {
		const struct seam_expect_row *row = &g->rows[i];

		if (row->leaf != chk->leaf && chk->leaf != SEAM_XLEAF_ANY)
			continue;
		if (row->status == SEAM_TDX_SUCCESS && chk->status != SEAM_TDX_SUCCESS)
			continue;
		if (seam_expect_cites(row->src, chk->src))
			return true;
	}
	return false;
}

/*
 * The tables are well formed: every check and row names its source, rows
 * have unique names in their group, stages and preparation steps exist,
 * and output masks stay within the six registers a row describes.
 */
static void seam_expect_tables_well_formed(struct kunit *test)
{
	unsigned int g, i, j, checks = 0, rows = 0;

	for (g = 0; g < ARRAY_SIZE(seam_expect_groups); g++) {
		const struct seam_expect_group *grp = &seam_expect_groups[g];

		for (i = 0; i < grp->nr_checks; i++) {
			const struct seam_expect_check *chk = &grp->checks[i];

			KUNIT_EXPECT_NOT_NULL(test, chk->cond);
			KUNIT_EXPECT_NOT_NULL(test, chk->src);
			KUNIT_EXPECT_TRUE(test, chk->leaf <= SEAM_XLEAF_MAX ||
					  chk->leaf == SEAM_XLEAF_ANY);
		}
		for (i = 0; i < grp->nr_rows; i++) {
			const struct seam_expect_row *row = &grp->rows[i];

			KUNIT_EXPECT_NOT_NULL(test, row->name);
			KUNIT_EXPECT_NOT_NULL(test, row->src);
			KUNIT_EXPECT_LE(test, row->stage, SEAM_FIXTURE_FREEID);
			KUNIT_EXPECT_LE(test, row->prep, SEAM_XP_MAX);
			KUNIT_EXPECT_LT(test, row->cpu, SEAM_EXPECT_NR_LPS);
			KUNIT_EXPECT_LT(test, row->profile, SEAM_MODEL_NR_PROFILES);
			KUNIT_EXPECT_TRUE(test, !row->dpamt ||
					  row->profile == SEAM_MODEL_PROFILE_2_0);
			KUNIT_EXPECT_TRUE(test, row->leaf <= SEAM_XLEAF_MAX ||
					  row->leaf == SEAM_XLEAF_ANY);
			KUNIT_EXPECT_EQ(test, row->out_mask & ~GENMASK(SEAM_XR_NR - 1, 0), 0);
			for (j = 0; j < i; j++)
				KUNIT_EXPECT_STRNEQ(test, row->name, grp->rows[j].name);
		}
		checks += grp->nr_checks;
		rows += grp->nr_rows;
	}
	kunit_info(test, "%u checks, %u rows\n", checks, rows);
}

/*
 * Every check has a test: a row exercises it, or it says why no host call
 * sequence can reach it (and then no row claims to).
 */
static void seam_expect_every_check_tested(struct kunit *test)
{
	unsigned int g, i, covered = 0, unreachable = 0;

	for (g = 0; g < ARRAY_SIZE(seam_expect_groups); g++) {
		const struct seam_expect_group *grp = &seam_expect_groups[g];

		for (i = 0; i < grp->nr_checks; i++) {
			const struct seam_expect_check *chk = &grp->checks[i];
			bool row = seam_expect_check_covered(grp, chk);

			covered += row;
			unreachable += !!chk->unreachable;
			KUNIT_EXPECT_TRUE_MSG(test, row != !!chk->unreachable,
					      "%s: %s (%s): %s", grp->name, chk->cond, chk->src,
					      row ? "has a row but is marked unreachable" :
					      "no row cites it");
		}
	}
	kunit_info(test, "%u checks with a row, %u not reachable from the host\n",
		   covered, unreachable);
}

static void seam_expect_print_row(unsigned int n, const struct seam_expect_result *res)
{
	const struct seam_expect_row *row = res->row;
	unsigned int r;

	if (res->setup) {
		pr_info("seamcall_expect: %2u %s: %s: setup failed with %#llx [%s]\n",
			n, res->group, row->name, res->setup, row->src);
		return;
	}
	pr_info("seamcall_expect: %2u %s: %s: RAX want %#llx got %#llx%s [%s]\n",
		n, res->group, row->name, row->status, res->status,
		row->flags ? " (flagged)" : "", row->src);
	for (r = 0; r < SEAM_XR_NR; r++) {
		if ((row->out_mask & BIT(r)) && res->got[r] != res->want[r])
			pr_info("seamcall_expect:      %s want %#llx got %#llx\n",
				seam_expect_reg_names[r], res->want[r], res->got[r]);
	}
}

static void seam_expect_summary(struct kunit_suite *suite)
{
	unsigned int i;

	pr_info("seamcall_expect: summary: %u rows: %u agree fully, %u on the status only, %u disagree (%u setups failed, %u disagreeing rows flagged)\n",
		seam_expect_full + seam_expect_status_only + seam_expect_differ,
		seam_expect_full, seam_expect_status_only, seam_expect_differ,
		seam_expect_setup_failed, seam_expect_flagged_differ);
	for (i = 0; i < seam_expect_nr_listed; i++)
		seam_expect_print_row(i + 1, &seam_expect_listed[i]);
}

static struct kunit_case seam_expect_test_cases[] = {
	KUNIT_CASE(seam_expect_tables_well_formed),
	KUNIT_CASE(seam_expect_every_check_tested),
	KUNIT_CASE_PARAM(seam_expect_dispatch_test, seam_expect_dispatch_gen_params),
	KUNIT_CASE_PARAM(seam_expect_sys_test, seam_expect_sys_gen_params),
	KUNIT_CASE_PARAM(seam_expect_td_build_test, seam_expect_td_build_gen_params),
	KUNIT_CASE_PARAM(seam_expect_vp_test, seam_expect_vp_gen_params),
	KUNIT_CASE_PARAM(seam_expect_mem_test, seam_expect_mem_gen_params),
	KUNIT_CASE_PARAM(seam_expect_teardown_test, seam_expect_teardown_gen_params),
	KUNIT_CASE_PARAM(seam_expect_metadata_test, seam_expect_metadata_gen_params),
	KUNIT_CASE_PARAM(seam_expect_v2_test, seam_expect_v2_gen_params),
	{}
};

static struct kunit_suite seam_expect_test_suite = {
	.name = "seamcall_expect",
	.suite_exit = seam_expect_summary,
	.test_cases = seam_expect_test_cases,
};

kunit_test_suites(&seam_expect_test_suite);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("SEAMCALL results the TDX module source specifies, against the model");
