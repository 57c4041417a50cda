// SPDX-License-Identifier: GPL-2.0
/*
 * TDX model: HPA checks, PAMT page ownership and the PHYMEM leaves
 *
 * Copyright (C) 2026 The seamcall authors
 */
#include "model_int.h"

/* Inside a TDMR and already initialised by TDH.SYS.TDMR.INIT (PAMT exists). */
bool model_in_pamt(const struct seam_model *m, u64 pa)
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
 * The module's explicit private HPA check (helpers.c:
 * check_and_lock_explicit_private_hpa()): alignment, no KeyID bits, below
 * MAX_PA (all OPERAND_INVALID), then a PAMT must cover it
 * (ADDR_RANGE_ERROR).
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
	if (*idx < 0 || !model_in_pamt(m, hpa) || hpa_index(m, hpa + align - 1) < 0 ||
	    !model_in_pamt(m, hpa + align - 1))
		return err_op(SEAM_TDX_OPERAND_ADDR_RANGE_ERROR, op);
	return SEAM_TDX_SUCCESS;
}

/*
 * The checks of helpers.c:non_shared_hpa_metadata_check_and_lock() once
 * the PAMT walk to the entry of @level ended at @e: the walk must reach
 * that level, else PAGE_METADATA_INCORRECT, or with dynamic PAMT
 * MISSING_PAMT_PAGE_PAIR when a free page was asked for in a range no
 * PAMT page pair backs (module 2.0.18); then the page type; then a free
 * page must not be a PAMT page (module 2.0.18, PAGE_METADATA_INCORRECT).
 */
static u64 check_leaf(struct seam_model *m, int idx, int level,
		      const struct mpage *e, u8 pt, u32 op)
{
	if (e != model_pamt_entry(m, idx, level)) {
		if (model_dpamt_on(m) && pt == SEAM_PT_NDA &&
		    e == model_pamt_entry(m, idx, PAMT_2M) && e->pt == SEAM_PT_NDA)
			return err_op(SEAM_TDX_MISSING_PAMT_PAGE_PAIR, op);
		return err_op(SEAM_TDX_PAGE_METADATA_INCORRECT, op);
	}
	if (e->pt != pt)
		return err_op(SEAM_TDX_PAGE_METADATA_INCORRECT, op);
	if (pt == SEAM_PT_NDA && model_dpamt_is_pamt_page(m, idx))
		return err_op(SEAM_TDX_PAGE_METADATA_INCORRECT, op);
	return SEAM_TDX_SUCCESS;
}

/*
 * model_check_hpa() for a 4 KiB page, the PAMT entry lock, then the checks
 * of check_leaf() (helpers.c:non_shared_hpa_metadata_check_and_lock()).
 */
u64 model_check_page_lock(struct seam_model *m, u64 hpa, u8 pt, u32 op,
			  bool excl, int *idx)
{
	struct mpage *e;
	u64 st = model_check_hpa(m, hpa, PG_SIZE, op, idx);

	if (st)
		return st;
	st = model_pamt_walk_lock(m, *idx, PAMT_4K, excl, op, &e);
	if (st)
		return st;
	return check_leaf(m, *idx, PAMT_4K, e, pt, op);
}

/*
 * model_check_page_lock() with the lock the module takes on most leaves:
 * exclusive on a page about to be added (PT_NDA), shared on a page used.
 */
u64 model_check_page(struct seam_model *m, u64 hpa, u8 pt, u32 op, int *idx)
{
	return model_check_page_lock(m, hpa, pt, op, pt == SEAM_PT_NDA, idx);
}

/*
 * A free range of 4 KiB or 2 MiB for a new private page, locked exclusively
 * (helpers.c:check_and_lock_free_range_hpa()): the entry of that size as
 * check_leaf() wants a free page and, for 2 MiB, all 512 4 KiB entries
 * PT_NDA; with dynamic PAMT no page of the range a PAMT page instead
 * (pamt_manager.c:pamt_is_2mb_range_free() of module 2.0.18).
 */
u64 model_check_free_range(struct seam_model *m, u64 hpa, int level, u32 op,
			   int *idx)
{
	struct mpage *e;
	int i;
	u64 st;

	st = model_check_hpa(m, hpa, PG_SIZE << (9 * level), op, idx);
	if (st)
		return st;
	st = model_pamt_walk_lock(m, *idx, level, true, op, &e);
	if (st)
		return st;
	st = check_leaf(m, *idx, level, e, SEAM_PT_NDA, op);
	if (st)
		return st;
	for (i = 0; level && i < 512; i++)
		if (model_dpamt_on(m) ? model_dpamt_is_pamt_page(m, *idx + i) :
		    m->mem.pages[*idx + i].pt != SEAM_PT_NDA)
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

/* Give the PAMT entry of @level at page @idx to the TD whose TDR is page @tdr. */
void model_page_take(struct seam_model *m, int idx, int level, u8 pt, u32 tdr)
{
	struct mpage *p = model_pamt_entry(m, idx, level);

	memset(p, 0, sizeof(*p));
	p->pt = pt;
	p->owner = tdr + 1;
	m->td.tds[tdr].child_cnt += 1ULL << (9 * level);
}

void model_td_page_take(struct seam_model *m, int idx, u8 pt, u32 tdr)
{
	model_page_take(m, idx, PAMT_4K, pt, tdr);
}

/*
 * Free the page at @idx (the entry a PAMT walk ends at): PT_NDA, the S-EPT
 * entry gone, the TD's child count down by its 4 KiB pages.
 */
void model_td_page_free(struct seam_model *m, int idx)
{
	int level;
	struct mpage *p = model_pamt_leaf(m, idx, &level);

	if (p->owner)
		m->td.tds[p->owner - 1].child_cnt -= 1ULL << (9 * level);
	model_pamt_free(p);
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

		/*
		 * Module: KOT_STATE_HKID_FLUSHED until TDH.MNG.KEY.FREEID, so a
		 * new start finds the KeyID again once every package has
		 * written back (tdh_phymem_cache_wb.c:tdh_phymem_cache_wb():103).
		 */
		if (k->state != SEAM_MODEL_HKID_RECLAIMED &&
		    k->state != SEAM_MODEL_HKID_FLUSHED)
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

/*
 * The page an RDMD or RECLAIM names (tdh_phymem_page_rdmd.c and
 * tdh_phymem_page_reclaim.c of 1.5.01): 4 KiB aligned, no KeyID, below
 * MAX_PA, covered by a PAMT; then the PAMT walk to its leaf, locked.
 */
static u64 phymem_page(struct seam_model *m, u64 pa, bool excl, int *idx,
		       struct mpage **p, int *level)
{
	u64 st = model_check_hpa(m, pa, PG_SIZE, SEAM_OPERAND_ID_RCX, idx);

	if (st)
		return st;
	model_pamt_leaf(m, *idx, level);
	return model_pamt_walk_lock(m, *idx, PAMT_4K, excl, SEAM_OPERAND_ID_RCX, p);
}

/* The owner field as RDMD and RECLAIM return it: the TDR's HPA. */
static u64 owner_hpa(const struct seam_model *m, const struct mpage *p)
{
	u32 owner = p->owner ? p->owner : p->freed_owner;

	return owner ? page_hpa(m, owner - 1) : 0;
}

/*
 * RDMD with dynamic PAMT (module 2.0.18 tdh_phymem_page_rdmd.c): RCX bits
 * 2:0 name the level to walk to, up to 1 GiB, bits 11:3 and 63:52 are
 * reserved; the address is aligned to that level, has no KeyID and is
 * below MAX_PA (all OPERAND_INVALID | RCX), in a TDMR (ADDR_RANGE_ERROR).
 * The walk ends at the entry of that level or the first leaf above it, as
 * R8 says. A PAMT page asked for at 4 KiB reads as PT_PAMT; a PT_PAMT
 * 2 MiB entry gives its pair in R10, R11; neither gives an owner. The
 * non-leaf flag the module sets in RCX beside PT_PAMT is not modelled.
 */
static u64 rdmd_dpamt(struct seam_model *m, struct seam_model_regs *r, u64 rcx)
{
	unsigned int max_pa = m->cfg.pa_bits + m->cfg.hkid_bits;
	int level = (int)(rcx & 7), idx, reached;
	u64 pa = rcx & ~(PG_SIZE - 1), st;
	const u64 *pair;
	struct mpage *p;

	if ((rcx & 0xff8) || (rcx >> 52) || level > PAMT_1G ||
	    (pa & ((PG_SIZE << (9 * level)) - 1)) || (pa >> max_pa) ||
	    (pa & keyid_mask(m)))
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RCX);
	idx = hpa_index(m, pa);
	if (idx < 0 || !model_in_pamt(m, pa))
		return err_op(SEAM_TDX_OPERAND_ADDR_RANGE_ERROR, SEAM_OPERAND_ID_RCX);
	st = model_pamt_walk_lock(m, idx, level, false, SEAM_OPERAND_ID_RCX, &p);
	if (st)
		return st;
	if (!level && p->pt == SEAM_PT_NDA && model_dpamt_is_pamt_page(m, idx)) {
		set_out(m, r, &r->rcx, PT_PAMT);
		return SEAM_TDX_SUCCESS;
	}
	for (reached = PAMT_1G; reached > PAMT_4K; reached--)
		if (p == model_pamt_entry(m, idx, reached))
			break;
	set_out(m, r, &r->rcx, p->pt);
	set_out(m, r, &r->r8, reached);
	if (p->pt == PT_PAMT) {
		pair = model_dpamt_pair(m, p);
		set_out(m, r, &r->r10, pair[0]);
		set_out(m, r, &r->r11, pair[1]);
	} else {
		set_out(m, r, &r->rdx, owner_hpa(m, p));
	}
	if (p->pt == SEAM_PT_REG || p->pt == SEAM_PT_EPT)
		set_out(m, r, &r->r9, p->bepoch);
	return SEAM_TDX_SUCCESS;
}

u64 model_page_rdmd(struct seam_model *m, struct seam_model_regs *r)
{
	u64 pa = clear_rcx_r11(m, r);
	struct mpage *p;
	int idx, level;
	u64 st;

	if (model_dpamt_on(m))
		return rdmd_dpamt(m, r, pa);
	st = phymem_page(m, pa, false, &idx, &p, &level);
	if (st)
		return st;
	set_out(m, r, &r->rcx, p->pt);
	set_out(m, r, &r->rdx, owner_hpa(m, p));
	set_out(m, r, &r->r8, level);
	if (p->pt == SEAM_PT_REG || p->pt == SEAM_PT_EPT)
		set_out(m, r, &r->r9, p->bepoch);
	return SEAM_TDX_SUCCESS;
}

/*
 * tdh_phymem_page_reclaim.c:tdh_phymem_page_reclaim(): type, owner and size
 * are returned once the page is known not to be free, before the alignment
 * of a large page and the TD state are checked.
 */
u64 model_page_reclaim(struct seam_model *m, struct seam_model_regs *r)
{
	u64 pa = clear_rcx_r11(m, r);
	struct mpage *p;
	const struct mtd *td;
	int idx, level;
	u64 st;

	st = phymem_page(m, pa, true, &idx, &p, &level);
	if (st)
		return st;
	/* tdh_phymem_page_reclaim(): neither NDA nor reserved (a pool page). */
	if (p->pt == SEAM_PT_NDA || p->pt == SEAM_PT_RSVD)
		return err_op(SEAM_TDX_PAGE_METADATA_INCORRECT, SEAM_OPERAND_ID_RCX);
	set_out(m, r, &r->rcx, p->pt);
	set_out(m, r, &r->rdx, owner_hpa(m, p));
	set_out(m, r, &r->r8, level);
	if (pa & ((PG_SIZE << (9 * level)) - 1))
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RCX);
	if (p->pt == SEAM_PT_TDR) {
		td = &m->td.tds[idx];
		if (td->lifecycle != LC_TEARDOWN)
			return SEAM_TDX_LIFECYCLE_STATE_INCORRECT;
		if (td->child_cnt)
			return SEAM_TDX_TD_ASSOCIATED_PAGES_EXIST;
	} else {
		st = model_pamt_lock(m, &m->mem.pages[p->owner - 1], false);
		if (st)
			return err_op(st, SEAM_OPERAND_ID_TDR);
		if (m->td.tds[p->owner - 1].lifecycle != LC_TEARDOWN)
			return SEAM_TDX_LIFECYCLE_STATE_INCORRECT;
	}
	if (p->pt == SEAM_PT_TDVPR)
		memset(&m->vp.vcpus[idx], 0, sizeof(m->vp.vcpus[idx]));
	if (p->pt == SEAM_PT_TDR)
		memset(&m->td.tds[idx], 0, sizeof(m->td.tds[idx]));
	model_td_page_free(m, idx);
	memset(page_mem(m, idx), 0, PG_SIZE << (9 * level));
	return SEAM_TDX_SUCCESS;
}

/*
 * tdh_phymem_page_wbinvd.c:tdh_phymem_page_wbinvd(): the KeyID bits are
 * dropped, then the page must be a free 4 KiB page (PT_NDA).
 */
u64 model_page_wbinvd(struct seam_model *m, struct seam_model_regs *r)
{
	int idx;

	return model_check_page_lock(m, r->rcx & ~keyid_mask(m), SEAM_PT_NDA,
				     SEAM_OPERAND_ID_RCX, false, &idx);
}
