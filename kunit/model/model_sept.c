// SPDX-License-Identifier: GPL-2.0
/*
 * TDX model: S-EPT walk and the S-EPT and private memory leaves
 *
 * Copyright (C) 2026 The seamcall authors
 */
#include "model_int.h"

static u64 level_size(int level)
{
	return 1ULL << (PG_SHIFT + 9 * level);
}

/* Index of the page the S-EPT entry (@tdr, @gpa, @level) points to, or -1. */
int model_sept_find(const struct seam_model *m, u32 tdr, u64 gpa, int level)
{
	u64 g = gpa & ~(level_size(level) - 1);
	u32 i;

	for (i = 0; i < m->cfg.nr_pages; i++) {
		const struct mpage *p = &m->mem.pages[i];

		if (p->owner != tdr + 1 || (p->pt != SEAM_PT_REG && p->pt != SEAM_PT_EPT))
			continue;
		if (p->sept_level == level && p->gpa == g && p->sept_state)
			return (int)i;
	}
	return -1;
}

u8 model_sept_state_of(const struct seam_model *m, int idx)
{
	return idx < 0 ? SEAM_MODEL_SEPT_FREE : m->mem.pages[idx].sept_state;
}

bool model_sept_is_nl(u8 s)
{
	return s == SEAM_MODEL_SEPT_NON_LEAF || s == SEAM_MODEL_SEPT_BLOCKED_NON_LEAF;
}

static bool sept_is_blocked(u8 s)
{
	return s == SEAM_MODEL_SEPT_BLOCKED || s == SEAM_MODEL_SEPT_BLOCKED_NON_LEAF ||
	       s == SEAM_MODEL_SEPT_PENDING_BLOCKED;
}

/* Extended error information: RCX = entry, RDX = level | state << 8. */
static void sept_details(struct seam_model *m, struct seam_model_regs *r,
			 int idx, int level)
{
	u8 s = model_sept_state_of(m, idx);
	u64 e = 0;

	if (idx >= 0) {
		e = page_hpa(m, idx);
		if (s == SEAM_MODEL_SEPT_MAPPED || s == SEAM_MODEL_SEPT_NON_LEAF)
			e |= 0x7;
		if (!model_sept_is_nl(s) && level > 0)
			e |= BIT(7);
	}
	set_out(m, r, &r->rcx, e);
	set_out(m, r, &r->rdx, (u64)level | ((u64)s << 8));
}

/*
 * Walk to the entry at @level: every entry above it must be non-leaf.
 * Returns the index of the page the entry points to (or -1 if free) in
 * *@idx; on failure fills the details of the entry where the walk stopped.
 */
u64 model_sept_walk(struct seam_model *m, struct seam_model_regs *r,
		    u32 tdr, u64 gpa, int level, int *idx)
{
	int l;

	for (l = SEPT_TOP_LEVEL; l > level; l--) {
		int i = model_sept_find(m, tdr, gpa, l);

		if (!model_sept_is_nl(model_sept_state_of(m, i))) {
			sept_details(m, r, i, l);
			return err_op(SEAM_TDX_EPT_WALK_FAILED, SEAM_OPERAND_ID_RCX);
		}
	}
	*idx = model_sept_find(m, tdr, gpa, level);
	return SEAM_TDX_SUCCESS;
}

/* GPA | level input: reserved bits, level range, alignment, private GPA. */
static bool gpa_level_ok(u64 v, int min, int max)
{
	int level = v & SEAM_GPA_LEVEL_MASK;
	u64 gpa = v & ~(PG_SIZE - 1);

	if (v & SEAM_GPA_RESERVED_MASK)
		return false;
	if (level < min || level > max)
		return false;
	if (gpa & (level_size(level) - 1))
		return false;
	return !(gpa >> SEAM_MODEL_GPA_SHARED_BIT);
}

static bool sept_page_empty(const struct seam_model *m, u32 tdr, u64 gpa, int level)
{
	u64 base = gpa & ~(level_size(level) - 1);
	u32 i;

	for (i = 0; i < m->cfg.nr_pages; i++) {
		const struct mpage *p = &m->mem.pages[i];

		if (p->owner != tdr + 1 || !p->sept_state)
			continue;
		if (p->sept_level == level - 1 &&
		    (p->gpa & ~(level_size(level) - 1)) == base)
			return false;
	}
	return true;
}

static bool tlb_tracked(const struct mtd *td, const struct mpage *p)
{
	return td->epoch > p->bepoch;
}

/*
 * Common prologue of the S-EPT leaves: clear the extended error registers,
 * check the TDR in RDX, the TD state, the GPA | level in RCX and walk to
 * the entry. *@idx is the page the entry points to, or -1 when it is free.
 */
static u64 sept_prologue(struct seam_model *m, struct seam_model_regs *r,
			 unsigned int ops, int min, int max, int *tdr,
			 u64 *gpa, int *level, int *idx)
{
	u64 in = m->in.rcx, st;

	set_out(m, r, &r->rcx, 0);
	set_out(m, r, &r->rdx, 0);
	st = model_check_page(m, m->in.rdx, SEAM_PT_TDR, SEAM_OPERAND_ID_RDX, tdr);
	if (st)
		return st;
	st = model_check_td_state(&m->td.tds[*tdr], ops);
	if (st)
		return st;
	if (!gpa_level_ok(in, min, max))
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RCX);
	*gpa = in & ~(PG_SIZE - 1);
	*level = in & SEAM_GPA_LEVEL_MASK;
	return model_sept_walk(m, r, *tdr, *gpa, *level, idx);
}

u64 model_state_err(struct seam_model *m, struct seam_model_regs *r, u64 code,
		    int idx, int level)
{
	sept_details(m, r, idx, level);
	return err_op(code, SEAM_OPERAND_ID_RCX);
}

static void sept_set(struct seam_model *m, int idx, u64 gpa, int level, u8 state)
{
	struct mpage *p = &m->mem.pages[idx];

	p->gpa = gpa;
	p->sept_level = (u8)level;
	p->sept_state = state;
	p->bepoch = 0;
}

u64 model_sept_add(struct seam_model *m, struct seam_model_regs *r,
		   unsigned int ver)
{
	int tdr, level, idx, nidx;
	u64 gpa, st;

	if (ver > 1)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RAX);
	st = sept_prologue(m, r, OPS_BUILT, 1, SEPT_TOP_LEVEL, &tdr, &gpa, &level, &idx);
	if (st)
		return st;
	if (idx >= 0)
		return model_state_err(m, r, SEAM_TDX_EPT_ENTRY_STATE_INCORRECT, idx, level);
	if (ver && (m->in.r9 || m->in.r10 || m->in.r11))
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_R9);
	st = model_check_page(m, m->in.r8, SEAM_PT_NDA, SEAM_OPERAND_ID_R8, &nidx);
	if (st)
		return st;

	memset(page_mem(m, nidx), 0, PG_SIZE);
	model_td_page_take(m, nidx, SEAM_PT_EPT, tdr);
	sept_set(m, nidx, gpa, level, SEAM_MODEL_SEPT_NON_LEAF);
	return SEAM_TDX_SUCCESS;
}

u64 model_page_add(struct seam_model *m, struct seam_model_regs *r)
{
	int tdr, level, idx, nidx, sidx;
	struct mtd *td;
	u64 gpa, st;

	st = sept_prologue(m, r, OPS_INIT, 0, 0, &tdr, &gpa, &level, &idx);
	if (st)
		return st;
	if (idx >= 0)
		return model_state_err(m, r, SEAM_TDX_EPT_ENTRY_STATE_INCORRECT, idx, level);
	st = model_check_page(m, m->in.r8, SEAM_PT_NDA, SEAM_OPERAND_ID_R8, &nidx);
	if (st)
		return st;
	st = model_check_shared(m, m->in.r9, PG_SIZE, SEAM_OPERAND_ID_R9, &sidx);
	if (st)
		return st;

	td = &m->td.tds[tdr];
	memmove(page_mem(m, nidx), page_mem(m, sidx), PG_SIZE);
	model_td_page_take(m, nidx, SEAM_PT_REG, tdr);
	sept_set(m, nidx, gpa, 0, SEAM_MODEL_SEPT_MAPPED);
	model_measure(td, SEAM_TDH_MEM_PAGE_ADD, gpa, NULL, 0);
	return SEAM_TDX_SUCCESS;
}

u64 model_page_aug(struct seam_model *m, struct seam_model_regs *r)
{
	int tdr, level, idx, nidx;
	u64 gpa, st;

	st = sept_prologue(m, r, OPS_RUN, 0, 1, &tdr, &gpa, &level, &idx);
	if (st)
		return st;
	if (idx >= 0)
		return model_state_err(m, r, SEAM_TDX_EPT_ENTRY_STATE_INCORRECT, idx, level);
	/* A 2 MiB range is never fully inside the model's memory. */
	st = model_check_hpa(m, m->in.r8, level_size(level), SEAM_OPERAND_ID_R8, &nidx);
	if (st)
		return st;
	if (level)
		return err_op(SEAM_TDX_OPERAND_ADDR_RANGE_ERROR, SEAM_OPERAND_ID_R8);
	if (m->mem.pages[nidx].pt != SEAM_PT_NDA)
		return err_op(SEAM_TDX_PAGE_METADATA_INCORRECT, SEAM_OPERAND_ID_R8);

	memset(page_mem(m, nidx), 0, PG_SIZE);
	model_td_page_take(m, nidx, SEAM_PT_REG, tdr);
	sept_set(m, nidx, gpa, 0, SEAM_MODEL_SEPT_PENDING);
	return SEAM_TDX_SUCCESS;
}

u64 model_range_block(struct seam_model *m, struct seam_model_regs *r)
{
	int tdr, level, idx;
	struct mpage *p;
	u64 gpa, st;
	u8 s;

	st = sept_prologue(m, r, OPS_BUILT, 0, SEPT_TOP_LEVEL - 1, &tdr, &gpa, &level, &idx);
	if (st)
		return st;
	s = model_sept_state_of(m, idx);
	if (sept_is_blocked(s)) {
		sept_details(m, r, idx, level);
		return err_op(SEAM_TDX_GPA_RANGE_ALREADY_BLOCKED, SEAM_OPERAND_ID_RCX);
	}
	if (idx < 0)
		return model_state_err(m, r, SEAM_TDX_EPT_ENTRY_STATE_INCORRECT, idx, level);
	p = &m->mem.pages[idx];
	if (s == SEAM_MODEL_SEPT_NON_LEAF)
		p->sept_state = SEAM_MODEL_SEPT_BLOCKED_NON_LEAF;
	else if (s == SEAM_MODEL_SEPT_PENDING)
		p->sept_state = SEAM_MODEL_SEPT_PENDING_BLOCKED;
	else
		p->sept_state = SEAM_MODEL_SEPT_BLOCKED;
	p->bepoch = m->td.tds[tdr].epoch;
	return SEAM_TDX_SUCCESS;
}

u64 model_range_unblock(struct seam_model *m, struct seam_model_regs *r)
{
	int tdr, level, idx;
	struct mpage *p;
	u64 gpa, st;
	u8 s;

	st = sept_prologue(m, r, OPS_BUILT, 0, SEPT_TOP_LEVEL - 1, &tdr, &gpa, &level, &idx);
	if (st)
		return st;
	s = model_sept_state_of(m, idx);
	if (!sept_is_blocked(s))
		return model_state_err(m, r, SEAM_TDX_GPA_RANGE_NOT_BLOCKED, idx, level);
	p = &m->mem.pages[idx];
	if (!tlb_tracked(&m->td.tds[tdr], p))
		return model_state_err(m, r, SEAM_TDX_TLB_TRACKING_NOT_DONE, idx, level);
	if (s == SEAM_MODEL_SEPT_BLOCKED_NON_LEAF)
		p->sept_state = SEAM_MODEL_SEPT_NON_LEAF;
	else if (s == SEAM_MODEL_SEPT_PENDING_BLOCKED)
		p->sept_state = SEAM_MODEL_SEPT_PENDING;
	else
		p->sept_state = SEAM_MODEL_SEPT_MAPPED;
	p->bepoch = 0;
	return SEAM_TDX_SUCCESS;
}

u64 model_mem_track(struct seam_model *m, struct seam_model_regs *r)
{
	struct mtd *td;
	int tdr;
	u64 st;

	st = model_check_page(m, r->rcx, SEAM_PT_TDR, SEAM_OPERAND_ID_RCX, &tdr);
	if (st)
		return st;
	td = &m->td.tds[tdr];
	st = model_check_td_state(td, OPS_BUILT);
	if (st)
		return st;
	td->epoch++;
	return SEAM_TDX_SUCCESS;
}

u64 model_page_remove(struct seam_model *m, struct seam_model_regs *r)
{
	int tdr, level, idx;
	u64 gpa, st;
	u8 s;

	st = sept_prologue(m, r, OPS_BUILT, 0, 1, &tdr, &gpa, &level, &idx);
	if (st)
		return st;
	s = model_sept_state_of(m, idx);
	if (idx < 0 || model_sept_is_nl(s))
		return model_state_err(m, r, SEAM_TDX_EPT_ENTRY_STATE_INCORRECT, idx, level);
	if (!sept_is_blocked(s))
		return model_state_err(m, r, SEAM_TDX_GPA_RANGE_NOT_BLOCKED, idx, level);
	if (!tlb_tracked(&m->td.tds[tdr], &m->mem.pages[idx]))
		return model_state_err(m, r, SEAM_TDX_TLB_TRACKING_NOT_DONE, idx, level);
	model_td_page_free(m, idx);
	return SEAM_TDX_SUCCESS;
}

u64 model_sept_remove(struct seam_model *m, struct seam_model_regs *r,
		      unsigned int ver)
{
	int tdr, level, idx;
	u64 gpa, st;
	u8 s;

	if (ver > 1)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RAX);
	st = sept_prologue(m, r, OPS_BUILT, 1, SEPT_TOP_LEVEL, &tdr, &gpa, &level, &idx);
	if (st)
		return st;
	s = model_sept_state_of(m, idx);
	if (s != SEAM_MODEL_SEPT_BLOCKED_NON_LEAF && s != SEAM_MODEL_SEPT_NON_LEAF)
		return model_state_err(m, r, SEAM_TDX_EPT_ENTRY_STATE_INCORRECT, idx, level);
	if (s != SEAM_MODEL_SEPT_BLOCKED_NON_LEAF)
		return model_state_err(m, r, SEAM_TDX_GPA_RANGE_NOT_BLOCKED, idx, level);
	if (!tlb_tracked(&m->td.tds[tdr], &m->mem.pages[idx]))
		return model_state_err(m, r, SEAM_TDX_TLB_TRACKING_NOT_DONE, idx, level);
	if (!sept_page_empty(m, tdr, gpa, level))
		return model_state_err(m, r, SEAM_TDX_EPT_PAGE_NOT_FREE, idx, level);
	model_td_page_free(m, idx);
	return SEAM_TDX_SUCCESS;
}

u64 model_sept_rd(struct seam_model *m, struct seam_model_regs *r)
{
	int tdr, level, idx;
	u64 gpa, st;

	st = sept_prologue(m, r, OPS_ANY, 0, SEPT_TOP_LEVEL, &tdr, &gpa, &level, &idx);
	if (st)
		return st;
	sept_details(m, r, idx, level);
	set_out(m, r, &r->r8, 0);
	return SEAM_TDX_SUCCESS;
}

u64 model_mr_extend(struct seam_model *m, struct seam_model_regs *r)
{
	u64 gpa = m->in.rcx, st;
	struct mtd *td;
	int tdr, idx;
	u8 s;

	set_out(m, r, &r->rcx, 0);
	set_out(m, r, &r->rdx, 0);
	st = model_check_page(m, m->in.rdx, SEAM_PT_TDR, SEAM_OPERAND_ID_RDX, &tdr);
	if (st)
		return st;
	td = &m->td.tds[tdr];
	st = model_check_td_state(td, OPS_INIT);
	if (st)
		return st;
	if ((gpa & (SEAM_MR_EXTEND_CHUNK - 1)) || (gpa >> SEAM_MODEL_GPA_SHARED_BIT))
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RCX);
	st = model_sept_walk(m, r, tdr, gpa, 0, &idx);
	if (st)
		return st;
	s = model_sept_state_of(m, idx);
	if (s != SEAM_MODEL_SEPT_MAPPED)
		return model_state_err(m, r, idx < 0 ? SEAM_TDX_EPT_WALK_FAILED :
				       SEAM_TDX_EPT_ENTRY_STATE_INCORRECT, idx, 0);
	model_measure(td, SEAM_TDH_MR_EXTEND, gpa,
		      page_mem(m, idx) + (gpa & (PG_SIZE - 1)), SEAM_MR_EXTEND_CHUNK);
	return SEAM_TDX_SUCCESS;
}

u64 model_page_relocate(struct seam_model *m, struct seam_model_regs *r)
{
	int tdr, level, idx, nidx;
	u64 gpa, st;
	struct mpage *p;

	st = sept_prologue(m, r, OPS_BUILT, 0, 0, &tdr, &gpa, &level, &idx);
	if (st)
		return st;
	if (idx < 0 || model_sept_is_nl(model_sept_state_of(m, idx)))
		return model_state_err(m, r, SEAM_TDX_EPT_ENTRY_STATE_INCORRECT, idx, level);
	p = &m->mem.pages[idx];
	if (p->sept_state != SEAM_MODEL_SEPT_BLOCKED)
		return model_state_err(m, r, SEAM_TDX_GPA_RANGE_NOT_BLOCKED, idx, level);
	if (!tlb_tracked(&m->td.tds[tdr], p))
		return model_state_err(m, r, SEAM_TDX_TLB_TRACKING_NOT_DONE, idx, level);
	st = model_check_page(m, m->in.r8, SEAM_PT_NDA, SEAM_OPERAND_ID_R8, &nidx);
	if (st)
		return st;

	memcpy(page_mem(m, nidx), page_mem(m, idx), PG_SIZE);
	m->mem.pages[nidx] = *p;
	m->mem.pages[nidx].sept_state = SEAM_MODEL_SEPT_MAPPED;
	m->mem.pages[nidx].bepoch = 0;
	memset(p, 0, sizeof(*p));
	set_out(m, r, &r->rcx, page_hpa(m, idx));
	return SEAM_TDX_SUCCESS;
}

/* DEMOTE and PROMOTE: the model has no 2 MiB private pages. */
u64 model_demote_promote(struct seam_model *m, struct seam_model_regs *r,
			 bool promote, unsigned int ver)
{
	int tdr, level, idx;
	u64 gpa, st;
	u8 s;

	if (ver > (promote ? 1 : 0))
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RAX);
	st = sept_prologue(m, r, OPS_BUILT, 1, 2, &tdr, &gpa, &level, &idx);
	if (st)
		return st;
	s = model_sept_state_of(m, idx);
	if (promote) {
		if (s != SEAM_MODEL_SEPT_BLOCKED_NON_LEAF)
			return model_state_err(m, r, SEAM_TDX_EPT_ENTRY_STATE_INCORRECT,
					       idx, level);
		if (!tlb_tracked(&m->td.tds[tdr], &m->mem.pages[idx]))
			return model_state_err(m, r, SEAM_TDX_TLB_TRACKING_NOT_DONE, idx, level);
		return model_state_err(m, r, SEAM_TDX_EPT_INVALID_PROMOTE_CONDITIONS,
				       idx, level);
	}
	/* Only a blocked large leaf can be demoted; the model has none. */
	return model_state_err(m, r, SEAM_TDX_EPT_ENTRY_STATE_INCORRECT, idx, level);
}
