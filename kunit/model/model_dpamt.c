// SPDX-License-Identifier: GPL-2.0
/*
 * TDX model: dynamic PAMT: TDH.PHYMEM.PAMT.ADD, TDH.PHYMEM.PAMT.REMOVE and
 * the PAMT page pair DEMOTE takes (module 2.0.18 tdh_phymem_pamt_add.c,
 * tdh_phymem_pamt_remove.c, pamt_manager.c:pamt_demote())
 *
 * Copyright (C) 2026 The seamcall authors
 */
#include "model_int.h"

#define SIZE_2M		BIT_ULL(21)

bool model_dpamt_on(const struct seam_model *m)
{
	return m->sys.dynamic_pamt;
}

/* PAMT_PAGE_BITMAP of page @idx (pamt_manager.c:dynamic_pamt_4k_bitmap_get()). */
bool model_dpamt_is_pamt_page(const struct seam_model *m, int idx)
{
	return m->mem.dpamt.pamt_page[idx];
}

/* Index of 2 MiB entry @node in model_mem.pamt_2m and model_dpamt.pair. */
static unsigned int node_slot(const struct seam_model *m, const struct mpage *node)
{
	return (unsigned int)(node - m->mem.pamt_2m);
}

/* The PAMT page pair of PT_PAMT entry @node. */
const u64 *model_dpamt_pair(const struct seam_model *m, const struct mpage *node)
{
	return m->mem.dpamt.pair[node_slot(m, node)];
}

/*
 * RCX of PAMT.ADD and PAMT.REMOVE (page_size_api_input_t): level 2 MiB in
 * bits 2:0, bits 11:3 and 63:52 reserved, no KeyID bits, 2 MiB aligned;
 * all OPERAND_INVALID | RCX.
 */
static u64 range_fmt(const struct seam_model *m, u64 rcx)
{
	u64 pa = rcx & ~(PG_SIZE - 1);

	if ((rcx & 7) != SEAM_TDX_PS_2M || (rcx & 0xff8) || (rcx >> 52) ||
	    (pa & keyid_mask(m)) || (pa & (SIZE_2M - 1)))
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RCX);
	return SEAM_TDX_SUCCESS;
}

/*
 * The range must be in an initialised TDMR (pamt_get_block():
 * ADDR_RANGE_ERROR | RCX, also above MAX_PA, where no TDMR is), then its
 * 2 MiB entry is locked exclusively (pamt_walk() to PT_2MB): the entry
 * the walk ends at in @node, NULL when a 1 GiB page holds the range.
 */
static u64 range_lock(struct seam_model *m, u64 rcx, int *idx,
		      struct mpage **node)
{
	u64 pa = rcx & ~(PG_SIZE - 1), st;
	struct mpage *e;

	*idx = hpa_index(m, pa);
	if ((pa >> (m->cfg.pa_bits + m->cfg.hkid_bits)) || *idx < 0 ||
	    !model_in_pamt(m, pa))
		return err_op(SEAM_TDX_OPERAND_ADDR_RANGE_ERROR, SEAM_OPERAND_ID_RCX);
	st = model_pamt_walk_lock(m, *idx, PAMT_2M, true, SEAM_OPERAND_ID_RCX, &e);
	if (st)
		return st;
	*node = e == model_pamt_entry(m, *idx, PAMT_2M) ? e : NULL;
	return SEAM_TDX_SUCCESS;
}

/* A PAMT page's address: no KeyID bits, 4 KiB aligned, below MAX_PA. */
static u64 page_fmt(const struct seam_model *m, u64 hpa, u32 op)
{
	if ((hpa & keyid_mask(m)) || (hpa & (PG_SIZE - 1)) ||
	    (hpa >> (m->cfg.pa_bits + m->cfg.hkid_bits)))
		return err_op(SEAM_TDX_OPERAND_INVALID, op);
	return SEAM_TDX_SUCCESS;
}

/* A PAMT page must be in an initialised TDMR (pamt_get_block()). */
static u64 page_block(struct seam_model *m, u64 hpa, u32 op, int *idx)
{
	*idx = hpa_index(m, hpa);
	if (*idx < 0 || !model_in_pamt(m, hpa))
		return err_op(SEAM_TDX_OPERAND_ADDR_RANGE_ERROR, op);
	return SEAM_TDX_SUCCESS;
}

/*
 * A PAMT page must be free: the PAMT walk to it (shared) ends at a PT_NDA
 * entry, of 4 KiB in a backed range, else of 2 MiB; then neither page may
 * already be a PAMT page, nor both the same (dynamic_pamt_4k_bitmap_set()
 * on each in turn): PAGE_NOT_FREE with the page's operand.
 */
static u64 page_walk(struct seam_model *m, int idx, u32 op)
{
	struct mpage *e;
	u64 st = model_pamt_walk_lock(m, idx, PAMT_4K, false, op, &e);

	if (st)
		return st;
	if (e->pt != SEAM_PT_NDA)
		return err_op(SEAM_TDX_PAGE_NOT_FREE, op);
	return SEAM_TDX_SUCCESS;
}

static u64 pair_bitmap(const struct seam_model *m, const int *idx, const u32 *op)
{
	if (model_dpamt_is_pamt_page(m, idx[0]))
		return err_op(SEAM_TDX_PAGE_NOT_FREE, op[0]);
	if (model_dpamt_is_pamt_page(m, idx[1]) || idx[1] == idx[0])
		return err_op(SEAM_TDX_PAGE_NOT_FREE, op[1]);
	return SEAM_TDX_SUCCESS;
}

/*
 * The pair DEMOTE of a 2 MiB page takes (pamt_manager.c:pamt_demote()):
 * both formats, both TDMRs, both walks, then the bitmap.
 */
u64 model_dpamt_check_pair(struct seam_model *m, const u64 *hpa,
			   const u32 *op, int *idx)
{
	unsigned int i;
	u64 st;

	for (i = 0; i < SEAM_DPAMT_PAGES; i++) {
		st = page_fmt(m, hpa[i], op[i]);
		if (st)
			return st;
	}
	for (i = 0; i < SEAM_DPAMT_PAGES; i++) {
		st = page_block(m, hpa[i], op[i], &idx[i]);
		if (st)
			return st;
	}
	for (i = 0; i < SEAM_DPAMT_PAGES; i++) {
		st = page_walk(m, idx[i], op[i]);
		if (st)
			return st;
	}
	return pair_bitmap(m, idx, op);
}

/*
 * Back the 2 MiB range of @node with the pair: the pages become PAMT
 * pages, zeroed, and the range's 4 KiB entries start free; the entry
 * becomes PT_PAMT with the pair (tdh_phymem_pamt_add.c, pamt_demote()).
 * The caller fills the 4 KiB entries when they are not to stay free.
 */
void model_dpamt_back(struct seam_model *m, struct mpage *node,
		      const u64 *hpa, const int *idx)
{
	struct model_dpamt *d = &m->mem.dpamt;
	unsigned int i, s = node_slot(m, node);

	for (i = 0; i < SEAM_DPAMT_PAGES; i++) {
		d->pamt_page[idx[i]] = 1;
		d->pair[s][i] = hpa[i];
		memset(page_mem(m, idx[i]), 0, PG_SIZE);
	}
	memset(node, 0, sizeof(*node));
	node->pt = PT_PAMT;
}

/*
 * Whether the 4 KiB entries of the 2 MiB range of page @idx, from @first
 * on, @n of them, are free; pages the model does not have count as free.
 */
static bool range_free(struct seam_model *m, int idx, unsigned int first,
		       unsigned int n)
{
	u64 pa = page_hpa(m, (u32)idx) & ~(SIZE_2M - 1);
	unsigned int i;
	int k;

	for (i = first; i < first + n; i++) {
		k = hpa_index(m, pa + i * PG_SIZE);
		if (k >= 0 && m->mem.pages[k].pt != SEAM_PT_NDA)
			return false;
	}
	return true;
}

/* Make every 4 KiB entry of the 2 MiB range of page @idx free and ownerless. */
static void range_clear(struct seam_model *m, int idx)
{
	u64 pa = page_hpa(m, (u32)idx) & ~(SIZE_2M - 1);
	unsigned int i;
	int k;

	for (i = 0; i < 512; i++) {
		k = hpa_index(m, pa + i * PG_SIZE);
		if (k >= 0)
			memset(&m->mem.pages[k], 0, sizeof(m->mem.pages[k]));
	}
}

/*
 * PAMT_REMOVAL_HINT for the leaf that just freed 4 KiB page @idx: its
 * range is backed and no 4 KiB page of it is in use any more
 * (pamt_manager.h:pamt_dec_nl_page_count_and_get_hint(): the PT_PAMT
 * entry's page count went to 0; tdh_mem_page_remove.c ORs it into RCX).
 */
u64 model_dpamt_hint(struct seam_model *m, int idx)
{
	if (!model_dpamt_on(m) || model_pamt_entry(m, idx, PAMT_2M)->pt != PT_PAMT ||
	    !range_free(m, idx, 0, 512))
		return 0;
	return PAMT_REMOVAL_HINT;
}

/*
 * The 2 MiB range of @node, with page @idx in it, loses its PAMT page
 * pair: the pages stop being PAMT pages, the range's 4 KiB entries go and
 * the entry is PT_NDA (tdh_phymem_pamt_remove.c, pamt_promote(), which
 * makes it a leaf next).
 */
void model_dpamt_unback(struct seam_model *m, struct mpage *node, int idx)
{
	struct model_dpamt *d = &m->mem.dpamt;
	unsigned int i, s = node_slot(m, node);

	for (i = 0; i < SEAM_DPAMT_PAGES; i++)
		d->pamt_page[hpa_index(m, d->pair[s][i])] = 0;
	memset(d->pair[s], 0, sizeof(d->pair[s]));
	range_clear(m, idx);
	memset(node, 0, sizeof(*node));
}

/*
 * tdh_phymem_pamt_add.c:tdh_phymem_pamt_add(): dynamic PAMT on
 * (OPERAND_INVALID | RAX), RCX's format, the format and TDMR of the PAMT
 * page in RDX, then of the one in R8, the range's TDMR, its 2 MiB entry
 * locked exclusively and free (HPA_RANGE_NOT_FREE | RCX: backed, or a
 * private 2 MiB or 1 GiB page), each PAMT page outside the range free,
 * then both not PAMT pages yet. No output register.
 */
u64 model_pamt_add(struct seam_model *m, struct seam_model_regs *r)
{
	static const u32 op[SEAM_DPAMT_PAGES] = { SEAM_OPERAND_ID_RDX, SEAM_OPERAND_ID_R8 };
	u64 hpa[SEAM_DPAMT_PAGES] = { r->rdx, r->r8 };
	u64 base = r->rcx & ~(SIZE_2M - 1), st;
	int ridx, idx[SEAM_DPAMT_PAGES];
	struct mpage *node;
	unsigned int i;

	if (!model_dpamt_on(m))
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RAX);
	st = range_fmt(m, r->rcx);
	if (st)
		return st;
	for (i = 0; i < SEAM_DPAMT_PAGES; i++) {
		st = page_fmt(m, hpa[i], op[i]);
		if (!st)
			st = page_block(m, hpa[i], op[i], &idx[i]);
		if (st)
			return st;
	}
	st = range_lock(m, r->rcx, &ridx, &node);
	if (st)
		return st;
	if (!node || node->pt != SEAM_PT_NDA)
		return err_op(SEAM_TDX_HPA_RANGE_NOT_FREE, SEAM_OPERAND_ID_RCX);
	for (i = 0; i < SEAM_DPAMT_PAGES; i++) {
		if ((hpa[i] & ~(SIZE_2M - 1)) == base)
			continue;
		st = page_walk(m, idx[i], op[i]);
		if (st)
			return st;
	}
	st = pair_bitmap(m, idx, op);
	if (st)
		return st;

	range_clear(m, ridx);
	model_dpamt_back(m, node, hpa, idx);
	return SEAM_TDX_SUCCESS;
}

/*
 * tdh_phymem_pamt_remove.c:tdh_phymem_pamt_remove(): dynamic PAMT on,
 * RCX's format, the range's TDMR and 2 MiB entry (exclusive), which must
 * be PT_PAMT (NO_PAMT_PAGE_PAIR | RCX), then every 4 KiB entry in each
 * PAMT page free (PAMT_PAGE_NOT_EMPTY with the page's index 0 or 1 as
 * operand). The pages stop being PAMT pages and come back in RDX and R8;
 * the 2 MiB entry is PT_NDA again.
 */
u64 model_pamt_remove(struct seam_model *m, struct seam_model_regs *r)
{
	struct model_dpamt *d = &m->mem.dpamt;
	struct mpage *node;
	unsigned int i, s;
	int ridx;
	u64 st;

	if (!model_dpamt_on(m))
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RAX);
	st = range_fmt(m, r->rcx);
	if (st)
		return st;
	st = range_lock(m, r->rcx, &ridx, &node);
	if (st)
		return st;
	if (!node || node->pt != PT_PAMT)
		return err_op(SEAM_TDX_NO_PAMT_PAGE_PAIR, SEAM_OPERAND_ID_RCX);
	for (i = 0; i < SEAM_DPAMT_PAGES; i++)
		if (!range_free(m, ridx, i * DPAMT_ENTRIES_PER_PAGE, DPAMT_ENTRIES_PER_PAGE))
			return err_op(SEAM_TDX_PAMT_PAGE_NOT_EMPTY, i);

	s = node_slot(m, node);
	set_out(m, r, &r->rdx, d->pair[s][0]);
	set_out(m, r, &r->r8, d->pair[s][1]);
	model_dpamt_unback(m, node, ridx);
	return SEAM_TDX_SUCCESS;
}
