// SPDX-License-Identifier: GPL-2.0
/*
 * seam_fixture.c - build TDX module state for KUnit suites, through SEAMCALL
 *
 * Copyright (C) 2026 The seamcall authors
 */
#include <linux/types.h>
#include <linux/string.h>
#include <linux/kernel.h>
#include <linux/errno.h>
#include <seamcall.h>

#include "seam_fixture.h"

#define FIX_PAGE	4096ULL
#define FIX_RANGE_PAGES	512
#define FIX_2M		(FIX_PAGE * FIX_RANGE_PAGES)

struct seam_fixture *seam_fixture_create(const struct seam_model_config *cfg)
{
	struct seam_fixture *f = seam_model_zalloc(sizeof(*f));

	if (!f)
		return NULL;
	f->m = seam_model_create(cfg);
	if (!f->m)
		goto err;
	seam_model_get_config(f->m, &f->cfg);
	f->used = seam_model_zalloc(f->cfg.nr_pages);
	f->backed = seam_model_zalloc(f->cfg.nr_pages / FIX_RANGE_PAGES + 2);
	if (!f->used || !f->backed)
		goto err;
	if (seam_model_attach(f->m))
		goto err;
	return f;
err:
	if (f->m)
		seam_model_destroy(f->m);
	seam_model_free(f->used);
	seam_model_free(f->backed);
	seam_model_free(f);
	return NULL;
}

void seam_fixture_destroy(struct seam_fixture *f)
{
	if (!f)
		return;
	seam_model_detach();
	seam_model_destroy(f->m);
	seam_model_free(f->used);
	seam_model_free(f->backed);
	seam_model_free(f);
}

/* Take page @i, zeroed. */
static u64 take_page(struct seam_fixture *f, unsigned int i)
{
	u64 hpa = f->cfg.hpa_base + i * FIX_PAGE;

	f->used[i] = 1;
	memset(seam_model_page(f->m, hpa), 0, FIX_PAGE);
	return hpa;
}

/* The 2 MiB range of page @i, counted from the one the TDMR base is in. */
static unsigned int range_of(const struct seam_fixture *f, unsigned int i)
{
	return (unsigned int)(((f->cfg.hpa_base & (FIX_2M - 1)) / FIX_PAGE + i) /
			      FIX_RANGE_PAGES);
}

/*
 * Back the 2 MiB range of page @i with its first two free pages after @i
 * (TDH.PHYMEM.PAMT.ADD); a range someone else backed (HPA_RANGE_NOT_FREE)
 * keeps its pages. False if the range has no two free pages or the call
 * fails otherwise.
 */
static bool back_range(struct seam_fixture *f, unsigned int i)
{
	unsigned int r = range_of(f, i), j, n = 0;
	phys_addr_t pamt[SEAM_DPAMT_PAGES];
	u64 ret;

	for (j = i; j < f->cfg.nr_pages && range_of(f, j) == r && n < SEAM_DPAMT_PAGES; j++)
		if (!f->used[j])
			pamt[n++] = take_page(f, j);
	if (n < SEAM_DPAMT_PAGES)
		goto fail;
	ret = seam_tdh_phymem_pamt_add(pamt[0] & ~(FIX_2M - 1), pamt, SEAM_DPAMT_PAGES);
	if (!ret) {
		f->backed[r] = 1;
		return true;
	}
	f->backed[r] = ret == SEAM_TDX_HPA_RANGE_NOT_FREE;
fail:
	while (n--)
		seam_fixture_free_page(f, pamt[n]);
	return f->backed[r];
}

u64 seam_fixture_alloc_page(struct seam_fixture *f)
{
	unsigned int i;

	for (i = 0; i < f->cfg.nr_pages; i++) {
		if (f->used[i])
			continue;
		if (f->dynamic_pamt && f->stage >= SEAM_FIXTURE_TDMR &&
		    !f->backed[range_of(f, i)]) {
			if (!back_range(f, i))
				return 0;
			if (f->used[i])
				continue;
		}
		return take_page(f, i);
	}
	return 0;
}

u64 seam_fixture_alloc_2m(struct seam_fixture *f)
{
	u64 first = (f->cfg.hpa_base + FIX_2M - 1) & ~(FIX_2M - 1);
	unsigned int i = (unsigned int)((first - f->cfg.hpa_base) / FIX_PAGE), j;

	for (; i + FIX_RANGE_PAGES <= f->cfg.nr_pages; i += FIX_RANGE_PAGES) {
		for (j = i; j < i + FIX_RANGE_PAGES && !f->used[j]; j++)
			;
		if (j < i + FIX_RANGE_PAGES || f->backed[range_of(f, i)])
			continue;
		for (j = i; j < i + FIX_RANGE_PAGES; j++)
			take_page(f, j);
		return f->cfg.hpa_base + i * FIX_PAGE;
	}
	return 0;
}

void seam_fixture_free_page(struct seam_fixture *f, u64 hpa)
{
	u64 i = (hpa - f->cfg.hpa_base) / FIX_PAGE;

	if (hpa >= f->cfg.hpa_base && i < f->cfg.nr_pages)
		f->used[i] = 0;
}

static void put64(u8 *p, u64 v)
{
	memcpy(p, &v, sizeof(v));
}

void seam_fixture_write_td_params(struct seam_fixture *f, u64 hpa,
				  u64 attributes, u16 max_vcpus)
{
	u8 *p = (u8 *)seam_model_page(f->m, hpa) + (hpa & (FIX_PAGE - 1));

	memset(p, 0, SEAM_TD_PARAMS_SIZE);
	put64(p + SEAM_MODEL_TDP_ATTRIBUTES, attributes);
	put64(p + SEAM_MODEL_TDP_XFAM, SEAM_MODEL_XFAM_FIXED1);
	memcpy(p + SEAM_MODEL_TDP_MAX_VCPUS, &max_vcpus, sizeof(max_vcpus));
	put64(p + SEAM_MODEL_TDP_EPTP_CONTROLS, SEAM_MODEL_EPTP_4LEVEL);
	put64(p + SEAM_MODEL_TDP_CONFIG_FLAGS, 0);
	p[SEAM_MODEL_TDP_TSC_FREQUENCY] = 100;	/* 2.5 GHz */
}

/* Offset and size in bytes of each TD_PARAMS field (td_params_t). */
static const u8 fix_tdp_layout[SEAM_FIXTURE_TDP_NR][2] = {
	[SEAM_FIXTURE_TDP_ATTRIBUTES] = { 0, 8 },
	[SEAM_FIXTURE_TDP_XFAM] = { 8, 8 },
	[SEAM_FIXTURE_TDP_MAX_VCPUS] = { 16, 2 },
	[SEAM_FIXTURE_TDP_NUM_L2_VMS] = { 18, 1 },
	[SEAM_FIXTURE_TDP_MSR_CONFIG_CTLS] = { 19, 1 },
	[SEAM_FIXTURE_TDP_RESERVED0] = { 20, 4 },
	[SEAM_FIXTURE_TDP_EPTP_CONTROLS] = { 24, 8 },
	[SEAM_FIXTURE_TDP_CONFIG_FLAGS] = { 32, 8 },
	[SEAM_FIXTURE_TDP_TSC_FREQUENCY] = { 40, 2 },
	[SEAM_FIXTURE_TDP_IA32_ARCH_CAP_CONFIG] = { 224, 8 },
};

int seam_fixture_set_td_param(struct seam_fixture *f, u64 hpa,
			      enum seam_fixture_tdp_field field, u64 value)
{
	u8 *p = seam_model_page(f->m, hpa);
	unsigned int i;

	if (!p || field >= SEAM_FIXTURE_TDP_NR)
		return -EINVAL;
	p += (hpa & (FIX_PAGE - 1)) + fix_tdp_layout[field][0];
	/* Little endian, as the module reads it. */
	for (i = 0; i < fix_tdp_layout[field][1]; i++)
		p[i] = (u8)(value >> (8 * i));
	return 0;
}

int seam_fixture_set_cpu(struct seam_fixture *f, unsigned int cpu)
{
	return seam_model_set_cpu(f->m, cpu);
}

u64 seam_fixture_tdmr_base(const struct seam_fixture *f)
{
	return f->cfg.hpa_base;
}

u64 seam_fixture_keyed_pa(const struct seam_fixture *f, u64 hpa, u16 hkid)
{
	return seam_keyed_pa(hpa, hkid, f->cfg.pa_bits);
}

int seam_fixture_inject(struct seam_fixture *f, enum seam_model_fault fault,
			int leaf, unsigned int count, u32 operand_id)
{
	return seam_model_inject(f->m, fault, leaf, count, operand_id);
}

/* Allocate @n pages into @out; true on success. */
static bool alloc_pages(struct seam_fixture *f, u64 *out, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++) {
		out[i] = seam_fixture_alloc_page(f);
		if (!out[i])
			return false;
	}
	return true;
}

/*
 * Call @fn for @td on every logical CPU, or on the first CPU of every
 * package (CPU n is in package n % nr_pkgs), until one fails; back on
 * CPU 0 after.
 */
static u64 on_cpus(struct seam_fixture *f, struct seam_fixture_td *td,
		   bool per_pkg, u64 (*fn)(struct seam_fixture_td *td))
{
	unsigned int cpu, n = per_pkg ? f->cfg.nr_pkgs : f->cfg.nr_lps;
	u64 ret = SEAM_TDX_SUCCESS;

	for (cpu = 0; !ret && cpu < n; cpu++) {
		seam_model_set_cpu(f->m, cpu);
		ret = fn(td);
	}
	seam_model_set_cpu(f->m, 0);
	return ret;
}

static u64 do_lp_init(struct seam_fixture_td *td)
{
	return seam_tdh_sys_lp_init();
}

static u64 do_sys_key_config(struct seam_fixture_td *td)
{
	return seam_tdh_sys_key_config();
}

static u64 do_mng_key_config(struct seam_fixture_td *td)
{
	return seam_tdh_mng_key_config(td->tdr);
}

static u64 do_cache_wb(struct seam_fixture_td *td)
{
	return seam_tdh_phymem_cache_wb_all(16);
}

static u64 stage_step(struct seam_fixture *f, struct seam_fixture_td *td,
		      enum seam_fixture_stage s)
{
	u64 ret = SEAM_TDX_SUCCESS, e1 = 0, e2 = 0;
	unsigned int i;
	u8 *p;

	switch (s) {
	case SEAM_FIXTURE_NONE:
		break;
	case SEAM_FIXTURE_SYS_INIT:
		ret = seam_tdh_sys_init();
		break;
	case SEAM_FIXTURE_LP_INIT:
		ret = on_cpus(f, td, false, do_lp_init);
		break;
	case SEAM_FIXTURE_CONFIG:
		f->tdmr_info = seam_fixture_alloc_page(f);
		if (!f->tdmr_info)
			return SEAM_TDX_OPERAND_INVALID;
		p = seam_model_page(f->m, f->tdmr_info);
		put64(p, f->tdmr_info + SEAM_TDMR_INFO_ALIGN);
		put64(p + SEAM_TDMR_INFO_ALIGN + SEAM_MODEL_TDMR_INFO_BASE, f->cfg.hpa_base);
		put64(p + SEAM_TDMR_INFO_ALIGN + SEAM_MODEL_TDMR_INFO_SIZE,
		      f->cfg.mem_size);
		ret = seam_tdh_sys_config_v0(f->tdmr_info, 1,
					     seam_model_first_private_hkid(f->m) |
					     (f->dynamic_pamt ? SEAM_SYS_CONFIG_DYNAMIC_PAMT : 0));
		break;
	case SEAM_FIXTURE_READY:
		ret = on_cpus(f, td, true, do_sys_key_config);
		break;
	case SEAM_FIXTURE_TDMR:
		ret = seam_tdh_sys_tdmr_init_all(f->cfg.hpa_base, f->cfg.mem_size);
		break;
	case SEAM_FIXTURE_TD_CREATE:
		td->tdr = seam_fixture_alloc_page(f);
		td->hkid = seam_model_first_private_hkid(f->m) + (td == &f->td ? 1 : 2);
		ret = seam_tdh_mng_create(td->tdr, td->hkid);
		break;
	case SEAM_FIXTURE_TD_KEYS:
		ret = on_cpus(f, td, true, do_mng_key_config);
		break;
	case SEAM_FIXTURE_TD_TDCS:
		if (!alloc_pages(f, td->tdcs, ARRAY_SIZE(td->tdcs)))
			return SEAM_TDX_OPERAND_INVALID;
		for (i = 0; !ret && i < ARRAY_SIZE(td->tdcs); i++)
			ret = seam_tdh_mng_addcx(td->tdr, td->tdcs[i]);
		break;
	case SEAM_FIXTURE_TD_INIT:
		td->td_params = seam_fixture_alloc_page(f);
		seam_fixture_write_td_params(f, td->td_params, 0,
					     f->max_vcpus ? f->max_vcpus : 1);
		put64((u8 *)seam_model_page(f->m, td->td_params) +
		      SEAM_MODEL_TDP_CONFIG_FLAGS, f->config_flags);
		ret = seam_tdh_mng_init(td->tdr, td->td_params, &e1);
		break;
	case SEAM_FIXTURE_VP_CREATE:
		td->tdvpr = seam_fixture_alloc_page(f);
		ret = seam_tdh_vp_create(td->tdr, td->tdvpr);
		break;
	case SEAM_FIXTURE_VP_TDCX:
		if (!alloc_pages(f, td->tdcx, ARRAY_SIZE(td->tdcx)))
			return SEAM_TDX_OPERAND_INVALID;
		for (i = 0; !ret && i < ARRAY_SIZE(td->tdcx); i++)
			ret = seam_tdh_vp_addcx(td->tdvpr, td->tdcx[i]);
		break;
	case SEAM_FIXTURE_VP_INIT:
		ret = seam_tdh_vp_init_v0(td->tdvpr, SEAM_FIXTURE_VP_RCX);
		break;
	case SEAM_FIXTURE_SEPT:
		if (!alloc_pages(f, td->sept, ARRAY_SIZE(td->sept)))
			return SEAM_TDX_OPERAND_INVALID;
		for (i = 3; !ret && i >= 1; i--)
			ret = seam_tdh_mem_sept_add(td->tdr, SEAM_FIXTURE_GPA_ADD, i,
						    td->sept[i - 1], &e1, &e2);
		break;
	case SEAM_FIXTURE_PAGE_ADD:
		td->src = seam_fixture_alloc_page(f);
		td->page_add = seam_fixture_alloc_page(f);
		memset(seam_model_page(f->m, td->src), SEAM_FIXTURE_SRC_BYTE, FIX_PAGE);
		ret = seam_tdh_mem_page_add(td->tdr, SEAM_FIXTURE_GPA_ADD, td->page_add,
					    td->src, &e1, &e2);
		for (i = 0; !ret && i < FIX_PAGE / SEAM_MR_EXTEND_CHUNK; i++)
			ret = seam_tdh_mr_extend(td->tdr,
						 SEAM_FIXTURE_GPA_ADD + i * SEAM_MR_EXTEND_CHUNK,
						 &e1, &e2);
		break;
	case SEAM_FIXTURE_FINALIZE:
		ret = seam_tdh_mr_finalize(td->tdr);
		break;
	case SEAM_FIXTURE_PAGE_AUG:
		td->page_aug = seam_fixture_alloc_page(f);
		ret = seam_tdh_mem_page_aug(td->tdr, SEAM_FIXTURE_GPA_AUG, SEAM_TDX_PS_4K,
					    td->page_aug, &e1, &e2);
		break;
	case SEAM_FIXTURE_BLOCK:
		ret = seam_tdh_mem_range_block(td->tdr, SEAM_FIXTURE_GPA_AUG,
					       SEAM_TDX_PS_4K, &e1, &e2);
		break;
	case SEAM_FIXTURE_TRACK:
		ret = seam_tdh_mem_track(td->tdr);
		break;
	case SEAM_FIXTURE_PAGE_REMOVE:
		ret = seam_tdh_mem_page_remove(td->tdr, SEAM_FIXTURE_GPA_AUG,
					       SEAM_TDX_PS_4K, &e1, &e2);
		break;
	case SEAM_FIXTURE_VP_FLUSH:
		ret = seam_tdh_vp_flush(td->tdvpr);
		if (!ret)
			ret = seam_tdh_mng_vpflushdone(td->tdr);
		break;
	case SEAM_FIXTURE_CACHE_WB:
		ret = on_cpus(f, td, true, do_cache_wb);
		break;
	case SEAM_FIXTURE_FREEID:
		ret = seam_tdh_mng_key_freeid(td->tdr);
		break;
	}
	return ret;
}

u64 seam_fixture_build(struct seam_fixture *f, enum seam_fixture_stage stage)
{
	u64 ret;

	while (f->stage < stage) {
		ret = stage_step(f, &f->td, f->stage + 1);
		if (ret)
			return ret;
		f->stage++;
	}
	return SEAM_TDX_SUCCESS;
}

u64 seam_fixture_build_td2(struct seam_fixture *f, enum seam_fixture_stage stage)
{
	u64 ret;

	if (stage < SEAM_FIXTURE_TD_CREATE)
		return SEAM_TDX_OPERAND_INVALID;
	ret = seam_fixture_build(f, SEAM_FIXTURE_TDMR);
	if (ret)
		return ret;
	if (f->td2_stage < SEAM_FIXTURE_TDMR)
		f->td2_stage = SEAM_FIXTURE_TDMR;
	while (f->td2_stage < stage) {
		ret = stage_step(f, &f->td2, f->td2_stage + 1);
		if (ret)
			return ret;
		f->td2_stage++;
	}
	return SEAM_TDX_SUCCESS;
}

u64 seam_fixture_shutdown(struct seam_fixture *f)
{
	u64 hv, ret;

	ret = seam_tdh_sys_rd(SEAM_FIXTURE_MD_MODULE_HV, &hv);
	if (ret)
		return ret;
	return seam_tdh_sys_shutdown(hv);
}

u64 seam_fixture_sys_init(struct seam_fixture *f)
{
	return seam_fixture_build(f, SEAM_FIXTURE_TDMR);
}

u64 seam_fixture_create_td(struct seam_fixture *f)
{
	return seam_fixture_build(f, SEAM_FIXTURE_VP_INIT);
}

static u64 reclaim_one(struct seam_fixture *f, u64 hpa)
{
	u16 hkid = seam_model_first_private_hkid(f->m);
	u64 pt, owner, size, ret;

	ret = seam_tdh_phymem_page_reclaim(hpa, &pt, &owner, &size);
	if (ret)
		return ret;
	ret = seam_tdh_phymem_page_wbinvd(seam_fixture_keyed_pa(f, hpa, hkid));
	if (!ret)
		seam_fixture_free_page(f, hpa);
	return ret;
}

u64 seam_fixture_reclaim_all(struct seam_fixture *f)
{
	u64 tdr = f->td.tdr, ret = SEAM_TDX_SUCCESS;
	unsigned int i;

	for (i = 0; !ret && i < f->cfg.nr_pages; i++) {
		u64 hpa = f->cfg.hpa_base + i * FIX_PAGE;
		int level = seam_model_page_level(f->m, hpa);

		/* a 2 MiB or 1 GiB page once, at its first 4 KiB */
		if (hpa != tdr && seam_model_page_owner(f->m, hpa) == tdr &&
		    !(hpa & ((FIX_PAGE << (9 * level)) - 1)))
			ret = reclaim_one(f, hpa);
	}
	if (!ret)
		ret = reclaim_one(f, tdr);
	return ret;
}
