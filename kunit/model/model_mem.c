// SPDX-License-Identifier: GPL-2.0
/*
 * TDX model: HPA checks, PAMT page ownership and the PHYMEM leaves
 *
 * Copyright (C) 2026 The seamcall authors
 */
#include "model_int.h"

/* Inside a TDMR and already initialised by TDH.SYS.TDMR.INIT (PAMT exists). */
static bool in_pamt(const struct seam_model *m, u64 pa)
{
	unsigned int i;

	for (i = 0; i < m->sys.nr_tdmrs; i++) {
		const struct mtdmr *t = &m->sys.tdmr[i];

		if (pa >= t->base && pa < t->next)
			return true;
	}
	return false;
}

/*
 * The module's explicit private HPA check: alignment, no KeyID bits, below
 * MAX_PA (all OPERAND_INVALID), then a PAMT must cover it (ADDR_RANGE_ERROR).
 */
u64 model_check_hpa(const struct seam_model *m, u64 hpa, u64 align, u32 op,
		    int *idx)
{
	unsigned int max_pa = m->cfg.pa_bits + m->cfg.hkid_bits;

	if (hpa & (align - 1))
		return err_op(SEAM_TDX_OPERAND_INVALID, op);
	if (hpa & keyid_mask(m))
		return err_op(SEAM_TDX_OPERAND_INVALID, op);
	if (hpa >> max_pa)
		return err_op(SEAM_TDX_OPERAND_INVALID, op);
	*idx = hpa_index(m, hpa);
	if (*idx < 0 || !in_pamt(m, hpa))
		return err_op(SEAM_TDX_OPERAND_ADDR_RANGE_ERROR, op);
	return SEAM_TDX_SUCCESS;
}

/* model_check_hpa() for a 4 KiB page, plus the PAMT page type. */
u64 model_check_page(const struct seam_model *m, u64 hpa, u8 pt, u32 op,
		     int *idx)
{
	u64 st = model_check_hpa(m, hpa, PG_SIZE, op, idx);

	if (st)
		return st;
	if (m->mem.pages[*idx].pt != pt)
		return err_op(SEAM_TDX_PAGE_METADATA_INCORRECT, op);
	return SEAM_TDX_SUCCESS;
}

/* A shared (host) HPA the module reads, such as TD_PARAMS or a source page. */
u64 model_check_shared(const struct seam_model *m, u64 hpa, u64 align, u32 op,
		       int *idx)
{
	unsigned int max_pa = m->cfg.pa_bits + m->cfg.hkid_bits;

	if (hpa & (align - 1))
		return err_op(SEAM_TDX_OPERAND_INVALID, op);
	if (hpa >> max_pa)
		return err_op(SEAM_TDX_OPERAND_INVALID, op);
	if (((hpa & keyid_mask(m)) >> m->cfg.pa_bits) >= seam_model_first_private_hkid(m))
		return err_op(SEAM_TDX_OPERAND_INVALID, op);
	*idx = hpa_index(m, hpa);
	if (*idx < 0)	/* the model cannot read memory it does not have */
		return err_op(SEAM_TDX_OPERAND_INVALID, op);
	return SEAM_TDX_SUCCESS;
}

void model_td_page_take(struct seam_model *m, int idx, u8 pt, u32 tdr)
{
	struct mpage *p = &m->mem.pages[idx];

	memset(p, 0, sizeof(*p));
	p->pt = pt;
	p->owner = tdr + 1;
	m->td.tds[tdr].child_cnt++;
}

void model_td_page_free(struct seam_model *m, int idx)
{
	struct mpage *p = &m->mem.pages[idx];

	if (p->owner)
		m->td.tds[p->owner - 1].child_cnt--;
	memset(p, 0, sizeof(*p));
}

u64 model_cache_wb(struct seam_model *m, struct seam_model_regs *r)
{
	u32 bit = BIT(cur_pkg(m));
	bool any = false;
	unsigned int h;

	if (r->rcx > SEAM_CACHE_WB_RESUME)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RCX);
	if (r->rcx == SEAM_CACHE_WB_RESUME && !(m->sys.wb_pending & bit))
		return SEAM_TDX_WBCACHE_RESUME_ERROR;
	m->sys.wb_pending &= ~bit;
	for (h = 0; h < nr_hkids(m); h++) {
		struct mkot *k = &m->sys.kot[h];

		if (k->state != SEAM_MODEL_HKID_RECLAIMED)
			continue;
		any = true;
		k->flushed |= bit;
		if (k->flushed == all_pkgs(m))
			k->state = SEAM_MODEL_HKID_FLUSHED;
	}
	return any ? SEAM_TDX_SUCCESS : SEAM_TDX_NO_HKID_READY_TO_WBCACHE;
}

/*
 * RDMD and RECLAIM set RCX to R11 to 0 before any check (module 1.5.01
 * tdh_phymem_page_rdmd() and tdh_phymem_page_reclaim(), "Initialize output
 * registers to default values"); R10 and R11, or R9 to R11, stay 0.
 */
static u64 clear_rcx_r11(struct seam_model *m, struct seam_model_regs *r)
{
	u64 rcx = r->rcx;

	set_out(m, r, &r->rcx, 0);
	set_out(m, r, &r->rdx, 0);
	set_out(m, r, &r->r8, 0);
	set_out(m, r, &r->r9, 0);
	set_out(m, r, &r->r10, 0);
	set_out(m, r, &r->r11, 0);
	return rcx;
}

u64 model_page_rdmd(struct seam_model *m, struct seam_model_regs *r)
{
	const struct mpage *p;
	u64 pa = clear_rcx_r11(m, r);
	int idx;
	u64 st;

	st = model_check_hpa(m, pa, PG_SIZE, SEAM_OPERAND_ID_RCX, &idx);
	if (st)
		return st;
	p = &m->mem.pages[idx];
	set_out(m, r, &r->rcx, p->pt);
	set_out(m, r, &r->rdx, p->owner ? page_hpa(m, p->owner - 1) : 0);
	set_out(m, r, &r->r9, p->bepoch);
	return SEAM_TDX_SUCCESS;
}

u64 model_page_reclaim(struct seam_model *m, struct seam_model_regs *r)
{
	const struct mpage *p;
	const struct mtd *td;
	u64 pa = clear_rcx_r11(m, r);
	u64 st, owner;
	int idx;

	st = model_check_hpa(m, pa, PG_SIZE, SEAM_OPERAND_ID_RCX, &idx);
	if (st)
		return st;
	p = &m->mem.pages[idx];
	switch (p->pt) {
	case SEAM_PT_TDR:
		td = &m->td.tds[idx];
		if (td->lifecycle != LC_TEARDOWN)
			return SEAM_TDX_LIFECYCLE_STATE_INCORRECT;
		if (td->child_cnt)
			return SEAM_TDX_TD_ASSOCIATED_PAGES_EXIST;
		break;
	case SEAM_PT_TDCX:
	case SEAM_PT_TDVPR:
	case SEAM_PT_REG:
	case SEAM_PT_EPT:
		if (m->td.tds[p->owner - 1].lifecycle != LC_TEARDOWN)
			return SEAM_TDX_LIFECYCLE_STATE_INCORRECT;
		break;
	case SEAM_PT_NDA:
		return SEAM_TDX_PAGE_ALREADY_FREE;
	default:
		return err_op(SEAM_TDX_PAGE_METADATA_INCORRECT, SEAM_OPERAND_ID_RCX);
	}
	owner = p->owner ? page_hpa(m, p->owner - 1) : 0;
	set_out(m, r, &r->rcx, p->pt);
	set_out(m, r, &r->rdx, owner);
	if (p->pt == SEAM_PT_TDVPR)
		memset(&m->vp.vcpus[idx], 0, sizeof(m->vp.vcpus[idx]));
	if (p->pt == SEAM_PT_TDR)
		memset(&m->td.tds[idx], 0, sizeof(m->td.tds[idx]));
	model_td_page_free(m, idx);
	memset(page_mem(m, idx), 0, PG_SIZE);
	return SEAM_TDX_SUCCESS;
}

u64 model_page_wbinvd(struct seam_model *m, struct seam_model_regs *r)
{
	u64 pa = r->rcx & ~keyid_mask(m);
	u64 hkid = (r->rcx & keyid_mask(m)) >> m->cfg.pa_bits;
	unsigned int max_pa = m->cfg.pa_bits + m->cfg.hkid_bits;

	if ((r->rcx & (PG_SIZE - 1)) || (r->rcx >> max_pa))
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RCX);
	if (!is_private_hkid(m, hkid))
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RCX);
	if (hpa_index(m, pa) < 0 || !in_pamt(m, pa))
		return err_op(SEAM_TDX_OPERAND_ADDR_RANGE_ERROR, SEAM_OPERAND_ID_RCX);
	return SEAM_TDX_SUCCESS;
}

/*
 * Hash of the PAMT and memory for seam_model_digest(): each page's entry,
 * then the TD or vCPU the page holds, then the contents of all memory.
 */
u64 model_mem_digest(const struct seam_model *m, u64 h)
{
	u32 i;

	for (i = 0; i < m->cfg.nr_pages; i++) {
		h = mix_bytes(h, &m->mem.pages[i], sizeof(m->mem.pages[i]));
		h = model_td_digest(m, i, h);
		h = model_vp_digest(m, i, h);
	}
	return mix_bytes(h, m->mem.bytes, m->mem.size);
}
