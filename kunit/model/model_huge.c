// SPDX-License-Identifier: GPL-2.0
/*
 * TDX model: 2 MiB and 1 GiB private pages: TDH.MEM.PAGE.DEMOTE and
 * TDH.MEM.PAGE.PROMOTE (module 1.5.01 tdh_mem_page_demote.c,
 * tdh_mem_page_promote.c, pamt_manager.c:pamt_demote()/pamt_promote())
 *
 * Copyright (C) 2026 The seamcall authors
 */
#include "model_int.h"

/* The state a split child takes: the parent's, unblocked (sept_unblock()). */
static u8 unblocked(u8 s)
{
	if (s == SEAM_MODEL_SEPT_BLOCKED)
		return SEAM_MODEL_SEPT_MAPPED;
	if (s == SEAM_MODEL_SEPT_PENDING_BLOCKED)
		return SEAM_MODEL_SEPT_PENDING;
	return s;
}

/*
 * tdh_mem_page_demote.c:tdh_mem_page_demote(): split a 2 MiB (or 1 GiB)
 * leaf into 512 leaves of the next size under the new S-EPT page in R8;
 * blocked and tracked first once the TD can run. The PAMT entry's type and
 * owner go to its 512 children (pamt_manager.c:pamt_demote(), which locks
 * the entry exclusively first: OPERAND_BUSY | RCX). With dynamic PAMT a
 * 2 MiB page takes the PAMT page pair in R12, R13 for its 4 KiB entries
 * (module 2.0.18 pamt_demote(): model_dpamt_check_pair()), and its entry
 * becomes PT_PAMT.
 */
static u64 model_demote(struct seam_model *m, struct seam_model_regs *r)
{
	static const u32 op[SEAM_DPAMT_PAGES] = { SEAM_OPERAND_ID_R12, SEAM_OPERAND_ID_R13 };
	u64 pair[SEAM_DPAMT_PAGES] = { m->in.r12, m->in.r13 };
	int tdr, level, idx, nidx, i, cl, pidx[SEAM_DPAMT_PAGES];
	bool dpamt = model_dpamt_on(m);
	struct mpage *p, *c;
	u64 gpa, st;
	u8 s;

	st = model_sept_prologue_flags(m, r, 1, 2, &tdr, &gpa, &level, &idx);
	if (st)
		return st;
	s = model_sept_state_of(m, idx);
	if (!model_sept_is_leaf(s))
		return model_state_err(m, r, SEAM_TDX_EPT_ENTRY_STATE_INCORRECT, idx, level);
	st = model_sept_check_blocked(m, r, &m->td.tds[tdr], idx, level);
	if (st)
		return st;
	st = model_check_page_lock(m, m->in.r8, SEAM_PT_NDA, SEAM_OPERAND_ID_R8, true, &nidx);
	if (st)
		return st;
	p = model_sept_entry(m, idx);
	st = model_pamt_lock(m, p, true);
	if (st)
		return err_op(st, SEAM_OPERAND_ID_RCX);
	dpamt = dpamt && level == PAMT_2M;
	if (dpamt) {
		st = model_dpamt_check_pair(m, pair, op, pidx);
		if (st)
			return st;
	}

	cl = level - 1;
	for (i = 0; i < 512; i++) {
		c = model_pamt_entry(m, idx + (i << (9 * cl)), cl);
		c->pt = p->pt;
		c->owner = p->owner;
		c->freed_owner = 0;
		c->bepoch = 0;
		model_sept_set(c, gpa + i * model_level_size(cl), cl, unblocked(s));
	}
	if (dpamt)
		model_dpamt_back(m, p, pair, pidx);
	else
		model_pamt_free(p);
	memset(page_mem(m, nidx), 0, PG_SIZE);
	model_td_page_take(m, nidx, SEAM_PT_EPT, tdr);
	model_sept_set(&m->mem.pages[nidx], gpa, level, SEAM_MODEL_SEPT_NON_LEAF);
	return SEAM_TDX_SUCCESS;
}

/*
 * tdh_mem_page_promote.c:is_sept_page_valid_for_merge(): the first entry
 * of the S-EPT page is a mapped or pending leaf on a page aligned to the
 * merged size, and every other one the same entry one page further on.
 */
static bool mergeable(const struct seam_model *m, u32 tdr, u64 gpa, int level)
{
	int cl = level - 1, first = model_sept_find(m, tdr, gpa, cl), i;
	u8 s = model_sept_state_of(m, first);

	if (first < 0 || (page_hpa(m, first) & (model_level_size(level) - 1)) ||
	    (s != SEAM_MODEL_SEPT_MAPPED && s != SEAM_MODEL_SEPT_PENDING))
		return false;
	for (i = 1; i < 512; i++) {
		int c = model_sept_find(m, tdr, gpa + i * model_level_size(cl), cl);

		if (c != first + (i << (9 * cl)) || model_sept_state_of(m, c) != s)
			return false;
	}
	return true;
}

/*
 * tdh_mem_page_promote.c:tdh_mem_page_promote(): merge the 512 leaves
 * under a non-leaf entry into one leaf of its size; blocked and tracked
 * first once the TD can run. The S-EPT page is freed and returned in RCX;
 * the children's type and owner go up (pamt_manager.c:pamt_promote()).
 * With dynamic PAMT the 4 KiB entries of a merged 2 MiB page go with their
 * PAMT page pair, which stops being PAMT pages (module 2.0.18
 * pamt_promote(): dynamic_pamt_4k_bitmap_clear()).
 */
static u64 model_promote(struct seam_model *m, struct seam_model_regs *r,
			 unsigned int ver)
{
	int tdr, level, idx, first, i, cl;
	struct mpage *p;
	u64 gpa, st;
	u8 s;

	st = model_sept_remove_start(m, r, ver);
	if (st)
		return st;
	st = model_sept_prologue(m, r, OPS_BUILT, 1, 2, false, &tdr, &gpa, &level, &idx);
	if (st)
		return st;
	st = model_sept_lock_nl(m, r, &m->td.tds[tdr], idx, level);
	if (st)
		return st;
	if (!mergeable(m, tdr, gpa, level))
		return model_state_err(m, r, SEAM_TDX_EPT_INVALID_PROMOTE_CONDITIONS, idx, level);

	cl = level - 1;
	first = model_sept_find(m, tdr, gpa, cl);
	s = model_sept_state_of(m, first);
	p = model_pamt_entry(m, first, level);
	if (model_dpamt_on(m) && level == PAMT_2M)
		model_dpamt_unback(m, p, first);
	for (i = 0; i < 512; i++)
		model_pamt_free(model_pamt_entry(m, first + (i << (9 * cl)), cl));
	p->pt = SEAM_PT_REG;
	p->owner = tdr + 1;
	p->freed_owner = 0;
	model_sept_set(p, gpa, level, s);
	model_td_page_free(m, idx);
	set_out(m, r, &r->rcx, page_hpa(m, idx) | model_dpamt_hint(m, idx));
	return SEAM_TDX_SUCCESS;
}

u64 model_demote_promote(struct seam_model *m, struct seam_model_regs *r,
			 bool promote, unsigned int ver)
{
	if (promote)
		return model_promote(m, r, ver);
	if (ver)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RAX);
	return model_demote(m, r);
}
