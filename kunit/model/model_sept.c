// SPDX-License-Identifier: GPL-2.0
/*
 * TDX model: S-EPT walk and the S-EPT and private memory leaves
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * Handlers follow the 1.5.01 source (src/vmm_dispatcher/api_calls/
 * tdh_mem_*.c): the same checks in the same order, the extended error
 * information of sept_manager.c:set_arch_septe_details_in_vmm_regs(), and
 * the allowed S-EPT states of auto_gen/sept_state_lookup.c. An S-EPT entry
 * lives in the PAMT entry of the page it maps (struct mpage): the 4 KiB
 * entry of a lower S-EPT page for a non-leaf entry, the entry of the page's
 * size for a leaf.
 */
#include "model_int.h"

/* Bits of an architectural S-EPT entry (sept_manager.h of 1.5.01). */
#define SEPT_SVE		BIT_ULL(63)
#define SEPT_RWX		0x7ULL
/* MT = WB (6 << 3), IPAT and PS: every leaf has them. */
#define SEPT_LEAF_ATTR		0xf0ULL

/* RDX bits of TDH.MEM.SEPT.ADD and TDH.MEM.PAGE.DEMOTE besides the TDR. */
#define SEPT_FLAG_ALLOW_EXISTING	BIT_ULL(0)
#define TD_HANDLE_RESERVED		(GENMASK_ULL(11, 1) | GENMASK_ULL(63, 52))

/* The model has no L2 VM (TDCS NUM_L2_VMS is 0). */
#define MODEL_NUM_L2_VMS	0

u64 model_level_size(int level)
{
	return 1ULL << (PG_SHIFT + 9 * level);
}

/* The entry holding the S-EPT entry that points to page @idx. */
struct mpage *model_sept_entry(const struct seam_model *m, int idx)
{
	return model_pamt_leaf(m, idx, NULL);
}

static bool entry_is(const struct mpage *p, u32 tdr, u64 g, int level)
{
	return p->owner == tdr + 1 && p->sept_state && p->sept_level == level &&
	       p->gpa == g && (p->pt == SEAM_PT_REG || p->pt == SEAM_PT_EPT);
}

/* Index of the page the S-EPT entry (@tdr, @gpa, @level) points to, or -1. */
int model_sept_find(const struct seam_model *m, u32 tdr, u64 gpa, int level)
{
	u64 g = gpa & ~(model_level_size(level) - 1);
	u32 i;

	for (i = 0; i < m->cfg.nr_pages; i++) {
		if (entry_is(&m->mem.pages[i], tdr, g, level))
			return (int)i;
		/* a leaf of 2 MiB or 1 GiB, from the first page it covers */
		if (level > 0 && level <= PAMT_1G &&
		    !(page_hpa(m, i) & (model_level_size(level) - 1)) &&
		    i + (1U << (9 * level)) <= m->cfg.nr_pages &&
		    entry_is(model_pamt_entry(m, (int)i, level), tdr, g, level))
			return (int)i;
	}
	return -1;
}

u8 model_sept_state_of(const struct seam_model *m, int idx)
{
	return idx < 0 ? SEAM_MODEL_SEPT_FREE : model_sept_entry(m, idx)->sept_state;
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

bool model_sept_is_leaf(u8 s)
{
	return s == SEAM_MODEL_SEPT_MAPPED || s == SEAM_MODEL_SEPT_BLOCKED ||
	       s == SEAM_MODEL_SEPT_PENDING || s == SEAM_MODEL_SEPT_PENDING_BLOCKED;
}

/*
 * Extended error information (sept_manager.c:
 * set_arch_septe_details_in_vmm_regs()): RCX = the architectural entry
 * (SVE only when free; RWX and PS for a non-leaf entry; RWX, MT, IPAT, PS,
 * HPA and SVE for a leaf, RWX clear while blocked or pending), RDX = level
 * | public state << 8 (auto_gen/sept_state_lookup.c).
 */
static void sept_details(struct seam_model *m, struct seam_model_regs *r,
			 int idx, int level)
{
	static const u8 pub[] = {
		[SEAM_MODEL_SEPT_FREE] = 0x00,
		[SEAM_MODEL_SEPT_NON_LEAF] = 0x84,
		[SEAM_MODEL_SEPT_BLOCKED_NON_LEAF] = 0x81,
		[SEAM_MODEL_SEPT_MAPPED] = 0x04,
		[SEAM_MODEL_SEPT_BLOCKED] = 0x01,
		[SEAM_MODEL_SEPT_PENDING] = 0x02,
		[SEAM_MODEL_SEPT_PENDING_BLOCKED] = 0x03,
	};
	u8 s = model_sept_state_of(m, idx);
	u64 e;

	if (idx < 0)
		e = SEPT_SVE;
	else if (model_sept_is_nl(s))
		e = s == SEAM_MODEL_SEPT_NON_LEAF ? SEPT_RWX : 0;
	else
		e = page_hpa(m, idx) | SEPT_SVE | SEPT_LEAF_ATTR |
		    (s == SEAM_MODEL_SEPT_MAPPED ? SEPT_RWX : 0);
	set_out(m, r, &r->rcx, e);
	set_out(m, r, &r->rdx, (u64)level | ((u64)pub[s] << 8));
}

/*
 * Walk to the entry at @level (helpers.c:lock_sept_check_and_walk_internal()):
 * the walk goes on only through mapped non-leaf entries, and stops at a
 * free, blocked or leaf entry above @level with EPT_WALK_FAILED and that
 * entry's details. *@idx is the page the entry at @level points to, or -1.
 */
u64 model_sept_walk(struct seam_model *m, struct seam_model_regs *r,
		    u32 tdr, u64 gpa, int level, int *idx)
{
	int l;

	for (l = SEPT_TOP_LEVEL; l > level; l--) {
		int i = model_sept_find(m, tdr, gpa, l);

		if (model_sept_state_of(m, i) != SEAM_MODEL_SEPT_NON_LEAF) {
			sept_details(m, r, i, l);
			return err_op(SEAM_TDX_EPT_WALK_FAILED, SEAM_OPERAND_ID_RCX);
		}
	}
	*idx = model_sept_find(m, tdr, gpa, level);
	return SEAM_TDX_SUCCESS;
}

/* GPA | level input (helpers.c:verify_page_info_input()), then a private GPA. */
static bool gpa_level_ok(u64 v, int min, int max)
{
	int level = v & SEAM_GPA_LEVEL_MASK;
	u64 gpa = v & ~(PG_SIZE - 1);

	if (v & SEAM_GPA_RESERVED_MASK)
		return false;
	if (level < min || level > max)
		return false;
	if (gpa & (model_level_size(level) - 1))
		return false;
	return !(gpa >> SEAM_MODEL_GPA_SHARED_BIT);
}

/* Whether any entry of the S-EPT page behind (@gpa, @level) is in use. */
static bool sept_page_used(const struct seam_model *m, u32 tdr, u64 gpa, int level)
{
	u64 base = gpa & ~(model_level_size(level) - 1);
	u32 i;

	for (i = 0; i < 512; i++)
		if (model_sept_find(m, tdr, base + i * model_level_size(level - 1), level - 1) >= 0)
			return true;
	return false;
}

static bool tlb_tracked(const struct mtd *td, const struct mpage *p)
{
	return td->epoch > p->bepoch;
}

/* op_state_is_tlb_tracking_required(): only once the TD can run. */
static bool tlb_tracking_required(const struct mtd *td)
{
	return td->op_state == OP_RUNNABLE;
}

/*
 * Common prologue of the S-EPT leaves: clear the extended error registers,
 * check and lock the TDR in RDX (@tdr_excl: exclusively), the TD state, the
 * GPA | level in RCX and walk to the entry. *@idx is the page the entry
 * points to, or -1 when it is free.
 */
static u64 prologue(struct seam_model *m, struct seam_model_regs *r,
		    u64 tdr_hpa, unsigned int ops, int min, int max, bool tdr_excl,
		    int *tdr, u64 *gpa, int *level, int *idx)
{
	u64 in = m->in.rcx, st;
	struct mtd *td;

	set_out(m, r, &r->rcx, 0);
	set_out(m, r, &r->rdx, 0);
	st = model_check_tdr(m, tdr_hpa, SEAM_OPERAND_ID_RDX, tdr_excl, ops, tdr, &td);
	if (st)
		return st;
	if (!gpa_level_ok(in, min, max))
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RCX);
	*gpa = in & ~(PG_SIZE - 1);
	*level = in & SEAM_GPA_LEVEL_MASK;
	return model_sept_walk(m, r, *tdr, *gpa, *level, idx);
}

u64 model_sept_prologue(struct seam_model *m, struct seam_model_regs *r,
			unsigned int ops, int min, int max, bool tdr_excl,
			int *tdr, u64 *gpa, int *level, int *idx)
{
	return prologue(m, r, m->in.rdx, ops, min, max, tdr_excl, tdr, gpa,
			level, idx);
}

/*
 * The prologue of the leaves whose RDX is a TD handle with flags in bit 0
 * (td_handle_and_flags_t): reserved bits first, TDR locked shared.
 */
u64 model_sept_prologue_flags(struct seam_model *m, struct seam_model_regs *r,
			      int min, int max, int *tdr, u64 *gpa, int *level,
			      int *idx)
{
	set_out(m, r, &r->rcx, 0);
	set_out(m, r, &r->rdx, 0);
	if (m->in.rdx & TD_HANDLE_RESERVED)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RDX);
	return prologue(m, r, m->in.rdx & ~SEPT_FLAG_ALLOW_EXISTING, OPS_BUILT,
			min, max, false, tdr, gpa, level, idx);
}

u64 model_state_err(struct seam_model *m, struct seam_model_regs *r, u64 code,
		    int idx, int level)
{
	sept_details(m, r, idx, level);
	return err_op(code, SEAM_OPERAND_ID_RCX);
}

/* Set the S-EPT entry kept in @p. */
void model_sept_set(struct mpage *p, u64 gpa, int level, u8 state)
{
	p->gpa = gpa;
	p->sept_level = (u8)level;
	p->sept_state = state;
}

/*
 * Blocked, not blocked and TLB tracked, as PAGE.REMOVE, SEPT.REMOVE,
 * DEMOTE and PROMOTE check once the TD can run: GPA_RANGE_NOT_BLOCKED with
 * the entry's details, TLB_TRACKING_NOT_DONE without them.
 */
u64 model_sept_check_blocked(struct seam_model *m, struct seam_model_regs *r,
			     const struct mtd *td, int idx, int level)
{
	u8 s = model_sept_state_of(m, idx);

	if (!tlb_tracking_required(td))
		return SEAM_TDX_SUCCESS;
	if (!sept_is_blocked(s))
		return model_state_err(m, r, SEAM_TDX_GPA_RANGE_NOT_BLOCKED, idx, level);
	if (!tlb_tracked(td, model_sept_entry(m, idx)))
		return err_op(SEAM_TDX_TLB_TRACKING_NOT_DONE, SEAM_OPERAND_ID_RCX);
	return SEAM_TDX_SUCCESS;
}

/*
 * tdh_mem_sept_add.c:tdh_mem_sept_add(): RDX bit 0 is ALLOW_EXISTING;
 * version 1 takes R9..R11 for L2 VMs (none here) and returns in R8..R11
 * the pages not used: NULL_PA for an added page, bit 63 set for one not
 * needed because the entry already exists.
 */
u64 model_sept_add(struct seam_model *m, struct seam_model_regs *r,
		   unsigned int ver)
{
	u64 pa[4] = { m->in.r8, SEPT_NULL_PA, SEPT_NULL_PA, SEPT_NULL_PA };
	u64 flagged[4], gpa, st;
	bool allow = m->in.rdx & SEPT_FLAG_ALLOW_EXISTING;
	int tdr, level, idx, nidx, i;
	u8 s;

	set_out(m, r, &r->rcx, 0);
	set_out(m, r, &r->rdx, 0);
	if (ver > 1)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RAX);
	if (ver) {
		pa[1] = m->in.r9;
		pa[2] = m->in.r10;
		pa[3] = m->in.r11;
	}
	for (i = 0; i < 4; i++) {
		if (pa[i] != SEPT_NULL_PA)
			pa[i] &= ~BIT_ULL(63);
		flagged[i] = pa[i];
	}
	st = model_sept_prologue_flags(m, r, 1, SEPT_TOP_LEVEL, &tdr, &gpa, &level, &idx);
	if (st)
		goto out;
	s = model_sept_state_of(m, idx);
	if (s != SEAM_MODEL_SEPT_FREE && s != SEAM_MODEL_SEPT_NON_LEAF) {
		st = model_state_err(m, r, SEAM_TDX_EPT_ENTRY_STATE_INCORRECT, idx, level);
		goto out;
	}
	/* process_l1_page() */
	if (pa[0] == SEPT_NULL_PA) {
		if (!ver)
			st = err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_R8);
		else if (s != SEAM_MODEL_SEPT_NON_LEAF)
			st = model_state_err(m, r, SEAM_TDX_EPT_ENTRY_STATE_INCORRECT,
					     idx, level);
	} else if (s == SEAM_MODEL_SEPT_FREE) {
		st = model_check_page_lock(m, pa[0], SEAM_PT_NDA, SEAM_OPERAND_ID_R8,
					   true, &nidx);
	} else if (allow) {
		flagged[0] |= BIT_ULL(63);
	} else {
		st = model_state_err(m, r, SEAM_TDX_EPT_ENTRY_STATE_INCORRECT, idx, level);
	}
	if (st)
		goto out;
	/* process_l2_pages(): every L2 VM named is one the TD does not have */
	for (i = 1; ver && i < 4; i++) {
		if (pa[i] != SEPT_NULL_PA && i > MODEL_NUM_L2_VMS) {
			st = err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_R8 + i);
			goto out;
		}
	}
	if (!(flagged[0] & BIT_ULL(63))) {
		memset(page_mem(m, nidx), 0, PG_SIZE);
		model_td_page_take(m, nidx, SEAM_PT_EPT, tdr);
		model_sept_set(&m->mem.pages[nidx], gpa, level, SEAM_MODEL_SEPT_NON_LEAF);
		flagged[0] = SEPT_NULL_PA;
	}
out:
	if (ver) {
		set_out(m, r, &r->r8, flagged[0]);
		set_out(m, r, &r->r9, flagged[1]);
		set_out(m, r, &r->r10, flagged[2]);
		set_out(m, r, &r->r11, flagged[3]);
	}
	return st;
}

/* tdh_mem_page_add.c:tdh_mem_page_add(): 4 KiB only, TDR locked exclusively. */
u64 model_page_add(struct seam_model *m, struct seam_model_regs *r)
{
	int tdr, level, idx, nidx, sidx;
	struct mtd *td;
	u64 gpa, st;

	st = model_sept_prologue(m, r, OPS_INIT, 0, 0, true, &tdr, &gpa, &level, &idx);
	if (st)
		return st;
	if (idx >= 0)
		return model_state_err(m, r, SEAM_TDX_EPT_ENTRY_STATE_INCORRECT, idx, level);
	st = model_check_page_lock(m, m->in.r8, SEAM_PT_NDA, SEAM_OPERAND_ID_R8, true, &nidx);
	if (st)
		return st;
	st = model_check_shared(m, m->in.r9, PG_SIZE, SEAM_OPERAND_ID_R9, &sidx);
	if (st)
		return st;

	td = &m->td.tds[tdr];
	memmove(page_mem(m, nidx), page_mem(m, sidx), PG_SIZE);
	model_td_page_take(m, nidx, SEAM_PT_REG, tdr);
	model_sept_set(&m->mem.pages[nidx], gpa, 0, SEAM_MODEL_SEPT_MAPPED);
	model_measure(td, SEAM_TDH_MEM_PAGE_ADD, gpa, NULL, 0);
	return SEAM_TDX_SUCCESS;
}

/*
 * tdh_mem_page_aug.c:tdh_mem_page_aug(): a 4 KiB or 2 MiB page, before or
 * after MR.FINALIZE; R8 must be a free range of that size.
 */
u64 model_page_aug(struct seam_model *m, struct seam_model_regs *r)
{
	int tdr, level, idx, nidx;
	u64 gpa, st;

	st = model_sept_prologue(m, r, OPS_BUILT, 0, 1, false, &tdr, &gpa, &level, &idx);
	if (st)
		return st;
	if (idx >= 0)
		return model_state_err(m, r, SEAM_TDX_EPT_ENTRY_STATE_INCORRECT, idx, level);
	st = model_check_free_range(m, m->in.r8, level, SEAM_OPERAND_ID_R8, &nidx);
	if (st)
		return st;

	memset(page_mem(m, nidx), 0, model_level_size(level));
	model_page_take(m, nidx, level, SEAM_PT_REG, tdr);
	model_sept_set(model_pamt_entry(m, nidx, level), gpa, level, SEAM_MODEL_SEPT_PENDING);
	return SEAM_TDX_SUCCESS;
}

/*
 * tdh_mem_range_block.c:tdh_mem_range_block(): a mapped or pending leaf or
 * a mapped non-leaf entry at any level; the blocking epoch goes to the
 * PAMT entry of the page the entry points to.
 */
u64 model_range_block(struct seam_model *m, struct seam_model_regs *r)
{
	int tdr, level, idx;
	struct mpage *p;
	u64 gpa, st;
	u8 s;

	st = model_sept_prologue(m, r, OPS_BUILT, 0, SEPT_TOP_LEVEL, false, &tdr, &gpa,
				 &level, &idx);
	if (st)
		return st;
	s = model_sept_state_of(m, idx);
	if (sept_is_blocked(s))
		return model_state_err(m, r, SEAM_TDX_GPA_RANGE_ALREADY_BLOCKED, idx, level);
	if (idx < 0)
		return model_state_err(m, r, SEAM_TDX_EPT_ENTRY_STATE_INCORRECT, idx, level);
	p = model_sept_entry(m, idx);
	if (s == SEAM_MODEL_SEPT_NON_LEAF)
		p->sept_state = SEAM_MODEL_SEPT_BLOCKED_NON_LEAF;
	else if (s == SEAM_MODEL_SEPT_PENDING)
		p->sept_state = SEAM_MODEL_SEPT_PENDING_BLOCKED;
	else
		p->sept_state = SEAM_MODEL_SEPT_BLOCKED;
	p->bepoch = m->td.tds[tdr].epoch;
	return SEAM_TDX_SUCCESS;
}

/*
 * tdh_mem_range_unblock.c:tdh_mem_range_unblock(): only a blocked entry;
 * once the TD can run it must be TLB tracked (SEPT_TREE operand in
 * 1.5.01). The blocking epoch stays in the PAMT entry.
 */
u64 model_range_unblock(struct seam_model *m, struct seam_model_regs *r)
{
	int tdr, level, idx;
	struct mpage *p;
	u64 gpa, st;
	u8 s;

	st = model_sept_prologue(m, r, OPS_BUILT, 0, SEPT_TOP_LEVEL, false, &tdr, &gpa,
				 &level, &idx);
	if (st)
		return st;
	s = model_sept_state_of(m, idx);
	if (!sept_is_blocked(s))
		return model_state_err(m, r, SEAM_TDX_EPT_ENTRY_STATE_INCORRECT, idx, level);
	p = model_sept_entry(m, idx);
	if (tlb_tracking_required(&m->td.tds[tdr]) && !tlb_tracked(&m->td.tds[tdr], p))
		return err_op(SEAM_TDX_TLB_TRACKING_NOT_DONE, SEAM_OPERAND_ID_SEPT_TREE);
	if (s == SEAM_MODEL_SEPT_BLOCKED_NON_LEAF)
		p->sept_state = SEAM_MODEL_SEPT_NON_LEAF;
	else if (s == SEAM_MODEL_SEPT_PENDING_BLOCKED)
		p->sept_state = SEAM_MODEL_SEPT_PENDING;
	else
		p->sept_state = SEAM_MODEL_SEPT_MAPPED;
	return SEAM_TDX_SUCCESS;
}

u64 model_mem_track(struct seam_model *m, struct seam_model_regs *r)
{
	struct mtd *td;
	int tdr;
	u64 st;

	st = model_check_tdr(m, r->rcx, SEAM_OPERAND_ID_RCX, false, OPS_BUILT, &tdr, &td);
	if (st)
		return st;
	td->epoch++;
	return SEAM_TDX_SUCCESS;
}

/*
 * tdh_mem_page_remove.c:tdh_mem_page_remove(): a leaf of 4 KiB, 2 MiB or
 * 1 GiB; blocked and tracked once the TD can run. RCX returns the HPA.
 */
u64 model_page_remove(struct seam_model *m, struct seam_model_regs *r)
{
	int tdr, level, idx;
	struct mpage *p;
	u64 gpa, st;

	st = model_sept_prologue(m, r, OPS_BUILT, 0, 2, false, &tdr, &gpa, &level, &idx);
	if (st)
		return st;
	if (!model_sept_is_leaf(model_sept_state_of(m, idx)))
		return model_state_err(m, r, SEAM_TDX_EPT_ENTRY_STATE_INCORRECT, idx, level);
	p = model_sept_entry(m, idx);
	st = model_pamt_lock(m, p, true);
	if (st)
		return err_op(st, SEAM_OPERAND_ID_RCX);
	st = model_sept_check_blocked(m, r, &m->td.tds[tdr], idx, level);
	if (st)
		return st;
	model_td_page_free(m, idx);
	set_out(m, r, &r->rcx, page_hpa(m, idx) | model_dpamt_hint(m, idx));
	return SEAM_TDX_SUCCESS;
}

/*
 * The default outputs of the leaves that free an S-EPT page
 * (TDH.MEM.SEPT.REMOVE, TDH.MEM.PAGE.PROMOTE): RCX and RDX 0 and, in
 * version 1, the L2 S-EPT pages in R9 to R11 NULL_PA; then the version
 * check.
 */
u64 model_sept_remove_start(struct seam_model *m, struct seam_model_regs *r,
			    unsigned int ver)
{
	set_out(m, r, &r->rcx, 0);
	set_out(m, r, &r->rdx, 0);
	if (ver) {
		set_out(m, r, &r->r9, SEPT_NULL_PA);
		set_out(m, r, &r->r10, SEPT_NULL_PA);
		set_out(m, r, &r->r11, SEPT_NULL_PA);
	}
	if (ver > 1)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RAX);
	return SEAM_TDX_SUCCESS;
}

/*
 * The entry @idx at @level of those leaves: a non-leaf entry, the S-EPT
 * page it points to locked exclusively, blocked and TLB tracked once
 * the TD @td can run.
 */
u64 model_sept_lock_nl(struct seam_model *m, struct seam_model_regs *r,
		       const struct mtd *td, int idx, int level)
{
	u64 st;

	if (!model_sept_is_nl(model_sept_state_of(m, idx)))
		return model_state_err(m, r, SEAM_TDX_EPT_ENTRY_STATE_INCORRECT, idx, level);
	st = model_pamt_lock(m, &m->mem.pages[idx], true);
	if (st)
		return err_op(st, SEAM_OPERAND_ID_RCX);
	return model_sept_check_blocked(m, r, td, idx, level);
}

/*
 * tdh_mem_sept_remove.c:tdh_mem_sept_remove(): a non-leaf entry whose
 * S-EPT page is empty; blocked and tracked once the TD can run. RCX
 * returns the page's HPA, version 1 R9..R11 the L2 pages (none).
 */
u64 model_sept_remove(struct seam_model *m, struct seam_model_regs *r,
		      unsigned int ver)
{
	int tdr, level, idx;
	u64 gpa, st;

	st = model_sept_remove_start(m, r, ver);
	if (st)
		return st;
	st = model_sept_prologue(m, r, OPS_BUILT, 1, SEPT_TOP_LEVEL, false, &tdr, &gpa,
				 &level, &idx);
	if (st)
		return st;
	st = model_sept_lock_nl(m, r, &m->td.tds[tdr], idx, level);
	if (st)
		return st;
	if (sept_page_used(m, tdr, gpa, level))
		return model_state_err(m, r, SEAM_TDX_EPT_PAGE_NOT_FREE, idx, level);
	model_td_page_free(m, idx);
	set_out(m, r, &r->rcx, page_hpa(m, idx) | model_dpamt_hint(m, idx));
	return SEAM_TDX_SUCCESS;
}

u64 model_sept_rd(struct seam_model *m, struct seam_model_regs *r)
{
	int tdr, level, idx;
	u64 gpa, st;

	st = model_sept_prologue(m, r, OPS_ANY, 0, SEPT_TOP_LEVEL, false, &tdr, &gpa,
				 &level, &idx);
	if (st)
		return st;
	sept_details(m, r, idx, level);
	set_out(m, r, &r->r8, 0);
	return SEAM_TDX_SUCCESS;
}

/*
 * tdh_mr_extend.c:tdh_mr_extend(): the walk goes down to the leaf, at any
 * level; a walk that ends on a free or blocked non-leaf entry is
 * EPT_ENTRY_NOT_PRESENT with its details, a leaf not mapped is
 * EPT_ENTRY_NOT_PRESENT without operand or details.
 */
u64 model_mr_extend(struct seam_model *m, struct seam_model_regs *r)
{
	u64 gpa = m->in.rcx, st;
	struct mtd *td;
	int tdr, idx = -1, l;
	u8 s = SEAM_MODEL_SEPT_FREE;

	set_out(m, r, &r->rcx, 0);
	set_out(m, r, &r->rdx, 0);
	st = model_check_tdr(m, m->in.rdx, SEAM_OPERAND_ID_RDX, true, OPS_INIT, &tdr, &td);
	if (st)
		return st;
	if ((gpa & (SEAM_MR_EXTEND_CHUNK - 1)) || (gpa >> SEAM_MODEL_GPA_SHARED_BIT))
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RCX);
	for (l = SEPT_TOP_LEVEL; l >= 0; l--) {
		idx = model_sept_find(m, tdr, gpa, l);
		s = model_sept_state_of(m, idx);
		if (s != SEAM_MODEL_SEPT_NON_LEAF)
			break;
	}
	if (!model_sept_is_leaf(s)) {
		sept_details(m, r, idx, l);
		return err_op(SEAM_TDX_EPT_ENTRY_NOT_PRESENT, SEAM_OPERAND_ID_RCX);
	}
	if (s != SEAM_MODEL_SEPT_MAPPED)
		return SEAM_TDX_EPT_ENTRY_NOT_PRESENT;
	model_measure(td, SEAM_TDH_MR_EXTEND, gpa,
		      page_mem(m, idx) + (gpa & (model_level_size(l) - 1)), SEAM_MR_EXTEND_CHUNK);
	return SEAM_TDX_SUCCESS;
}

u64 model_page_relocate(struct seam_model *m, struct seam_model_regs *r)
{
	int tdr, level, idx, nidx;
	u64 gpa, st;
	struct mpage *p;

	st = model_sept_prologue(m, r, OPS_BUILT, 0, 0, false, &tdr, &gpa, &level, &idx);
	if (st)
		return st;
	if (idx < 0 || model_sept_is_nl(model_sept_state_of(m, idx)))
		return model_state_err(m, r, SEAM_TDX_EPT_ENTRY_STATE_INCORRECT, idx, level);
	p = &m->mem.pages[idx];
	if (p->sept_state != SEAM_MODEL_SEPT_BLOCKED)
		return model_state_err(m, r, SEAM_TDX_GPA_RANGE_NOT_BLOCKED, idx, level);
	if (!tlb_tracked(&m->td.tds[tdr], p))
		return err_op(SEAM_TDX_TLB_TRACKING_NOT_DONE, SEAM_OPERAND_ID_RCX);
	st = model_check_page_lock(m, m->in.r8, SEAM_PT_NDA, SEAM_OPERAND_ID_R8, true, &nidx);
	if (st)
		return st;

	memcpy(page_mem(m, nidx), page_mem(m, idx), PG_SIZE);
	m->mem.pages[nidx] = *p;
	m->mem.pages[nidx].sept_state = SEAM_MODEL_SEPT_MAPPED;
	m->mem.pages[nidx].bepoch = 0;
	memset(p, 0, sizeof(*p));
	set_out(m, r, &r->rcx, page_hpa(m, idx) | model_dpamt_hint(m, idx));
	return SEAM_TDX_SUCCESS;
}
