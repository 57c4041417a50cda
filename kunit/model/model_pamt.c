// SPDX-License-Identifier: GPL-2.0
/*
 * TDX model: the PAMT (walk, entry locks, free entries), the mapping of
 * addresses to the simulated pages (dense or sparse) and the memory digest
 *
 * Copyright (C) 2026 The seamcall authors
 */
#include "model_int.h"

/*
 * Defaults and checks of the memory shape (seam_model_create()): @mem_size
 * defaults to the pages there are; a larger one makes the model sparse.
 */
bool model_mem_config(struct seam_model_config *c)
{
	u64 pool = (u64)c->nr_pages << PG_SHIFT;
	u64 chunk = 1ULL << MODEL_CHUNK_SHIFT;

	if (!c->mem_size)
		c->mem_size = pool;
	if (c->nr_pages > SEAM_MODEL_MAX_PAGES || (c->hpa_base & (PG_SIZE - 1)) ||
	    c->mem_size < pool || c->mem_size > SEAM_MODEL_MAX_MEM_SIZE ||
	    c->hpa_base + c->mem_size > (1ULL << c->pa_bits))
		return false;
	if (c->mem_size == pool)
		return true;
	return !(c->hpa_base & (chunk - 1)) && !(c->mem_size & (chunk - 1)) &&
	       !(c->nr_pages % 512);
}

/* Allocate the pages of a model whose cfg model_mem_config() accepted. */
int model_mem_create(struct seam_model *m)
{
	unsigned int i;

	m->mem.size = m->cfg.mem_size;
	m->mem.sparse = m->mem.size != (u64)m->cfg.nr_pages << PG_SHIFT;
	for (i = 0; i < MODEL_POOL_CHUNKS; i++)
		m->mem.chunk_at[i] = MODEL_CHUNK_FREE;
	m->mem.bytes = seam_model_zalloc((size_t)m->cfg.nr_pages << PG_SHIFT);
	m->mem.pages = seam_model_zalloc(m->cfg.nr_pages * sizeof(*m->mem.pages));
	return m->mem.bytes && m->mem.pages ? 0 : -ENOMEM;
}

void model_mem_destroy(struct seam_model *m)
{
	seam_model_free(m->mem.pages);
	seam_model_free(m->mem.bytes);
}

static bool all_zero(const void *p, size_t len)
{
	const u8 *b = p;

	while (len && !*b) {
		b++;
		len--;
	}
	return !len;
}

/*
 * Whether pool chunk @k holds no state: every PAMT entry PT_NDA, no TD or
 * vCPU, all bytes zero. The owner and blocking epoch a free PAMT entry
 * keeps are not state here: they go when the chunk is given back.
 */
static bool chunk_unused(const struct seam_model *m, unsigned int k)
{
	size_t n = 512, i;

	for (i = k * n; i < (k + 1) * n; i++)
		if (m->mem.pages[i].pt != SEAM_PT_NDA || model_dpamt_is_pamt_page(m, i))
			return false;
	return m->mem.pamt_2m[k].pt == SEAM_PT_NDA &&
	       all_zero(&m->td.tds[k * n], n * sizeof(*m->td.tds)) &&
	       all_zero(&m->vp.vcpus[k * n], n * sizeof(*m->vp.vcpus)) &&
	       all_zero(m->mem.bytes + ((u64)k << MODEL_CHUNK_SHIFT), 1U << MODEL_CHUNK_SHIFT);
}

/*
 * A pool chunk for address chunk @c: a free one, else one that holds no
 * state and was not touched in this call (its pages may be in use as
 * operands). 0 when every chunk holds state: the pool is full.
 */
static unsigned int chunk_get(struct seam_model *m, u32 c)
{
	unsigned int k, n = m->cfg.nr_pages / 512;

	for (k = 0; k < n; k++)
		if (m->mem.chunk_at[k] == MODEL_CHUNK_FREE)
			break;
	for (k = k < n ? k : 0; k < n && m->mem.chunk_at[k] != MODEL_CHUNK_FREE; k++)
		if (m->mem.pin_call[k] != m->fault.log_count + 1 && chunk_unused(m, k))
			break;
	if (k == n)
		return 0;
	if (m->mem.chunk_at[k] != MODEL_CHUNK_FREE) {
		m->mem.slot_of[m->mem.chunk_at[k]] = 0;
		memset(&m->mem.pages[k * 512], 0, 512 * sizeof(*m->mem.pages));
		memset(&m->mem.pamt_2m[k], 0, sizeof(m->mem.pamt_2m[k]));
		memset(&m->mem.dpamt.pamt_page[k * 512], 0, 512);
		memset(m->mem.dpamt.pair[k], 0, sizeof(m->mem.dpamt.pair[k]));
	}
	m->mem.chunk_at[k] = c;
	m->mem.slot_of[c] = (u16)(k + 1);
	return k + 1;
}

/*
 * Index of the page holding @hpa (KeyID bits ignored), or -1 outside the
 * address space or when a sparse model has no page left for it. Touching
 * memory materialises it, which changes no architectural state.
 */
int model_hpa_index(const struct seam_model *cm, u64 hpa)
{
	struct seam_model *m = (struct seam_model *)cm;
	u64 off = (hpa & ((1ULL << m->cfg.pa_bits) - 1)) - m->cfg.hpa_base;
	unsigned int k;
	u32 c;

	if ((hpa & ((1ULL << m->cfg.pa_bits) - 1)) < m->cfg.hpa_base || off >= m->mem.size)
		return -1;
	if (!m->mem.sparse)
		return (int)(off >> PG_SHIFT);
	c = (u32)(off >> MODEL_CHUNK_SHIFT);
	k = m->mem.slot_of[c];
	if (!k)
		k = chunk_get(m, c);
	if (!k)
		return -1;
	m->mem.pin_call[k - 1] = m->fault.log_count + 1;
	return (int)(((k - 1) << 9) | ((off >> PG_SHIFT) & 511));
}

/* The HPA of page @idx; 0 for a page of a sparse model that backs none. */
u64 model_page_hpa(const struct seam_model *m, u32 idx)
{
	u32 c;

	if (!m->mem.sparse)
		return m->cfg.hpa_base + ((u64)idx << PG_SHIFT);
	c = m->mem.chunk_at[idx >> 9];
	if (c == MODEL_CHUNK_FREE)
		return 0;
	return m->cfg.hpa_base + ((u64)c << MODEL_CHUNK_SHIFT) + ((u64)(idx & 511) << PG_SHIFT);
}

/* The PAMT entry of @level that covers page @idx. */
struct mpage *model_pamt_entry(const struct seam_model *m, int idx, int level)
{
	u64 pa = page_hpa(m, (u32)idx);
	struct seam_model *w = (struct seam_model *)m;

	if (level == PAMT_4K || !pa)
		return &w->mem.pages[idx];
	if (level == PAMT_1G)
		return &w->mem.pamt_1g[(pa >> 30) - (m->cfg.hpa_base >> 30)];
	if (m->mem.sparse)
		return &w->mem.pamt_2m[idx >> 9];
	return &w->mem.pamt_2m[(pa >> 21) - (m->cfg.hpa_base >> 21)];
}

/*
 * Whether a PAMT walk stops at entry @e of @level above 4 KiB
 * (pamt_manager.c:pamt_walk()): when it records a private page; with
 * dynamic PAMT, at every 2 MiB entry that is not PT_PAMT (module 2.0.18).
 */
static bool pamt_stops(const struct seam_model *m, const struct mpage *e,
		       int level)
{
	if (level == PAMT_2M && model_dpamt_on(m))
		return e->pt != PT_PAMT;
	return e->pt == SEAM_PT_REG;
}

/*
 * The entry a PAMT walk ends at (pamt_manager.c:pamt_walk()): the 1 GiB or
 * 2 MiB entry when the walk stops there, else the 4 KiB entry.
 */
struct mpage *model_pamt_leaf(const struct seam_model *m, int idx, int *level)
{
	int l;

	for (l = PAMT_1G; l > PAMT_4K; l--)
		if (pamt_stops(m, model_pamt_entry(m, idx, l), l))
			break;
	if (level)
		*level = l;
	return model_pamt_entry(m, idx, l);
}

int seam_model_page_level(const struct seam_model *m, u64 hpa)
{
	int idx = hpa_index(m, hpa), level;

	if (idx < 0)
		return -1;
	model_pamt_leaf(m, idx, &level);
	return level;
}

/*
 * Take a shared or exclusive lock on a PAMT entry for the rest of the call
 * (tdx_locks.h:acquire_sharex_lock_hp()): a lock another operand of the
 * same call holds exclusively, or holds at all when this one is
 * exclusive, is busy; so is one a guest in the window of TDH.VP.ENTER
 * keeps (model_guest_lock_busy()). The locks go with the call:
 * fault.log_count moves on after every call, so a new call starts with
 * none.
 */
u64 model_pamt_lock(struct seam_model *m, const struct mpage *e, bool excl)
{
	struct model_mem *mm = &m->mem;
	unsigned int i;

	if (mm->lock_call != m->fault.log_count) {
		mm->lock_call = m->fault.log_count;
		mm->nr_locks = 0;
	}
	if (model_guest_lock_busy(m, e, excl))
		return SEAM_TDX_OPERAND_BUSY;
	for (i = 0; i < mm->nr_locks; i++) {
		if (mm->locks[i].e != e)
			continue;
		if (excl || mm->locks[i].excl)
			return SEAM_TDX_OPERAND_BUSY;
		mm->locks[i].count++;
		return SEAM_TDX_SUCCESS;
	}
	if (mm->nr_locks < MODEL_MAX_LOCKS) {
		mm->locks[mm->nr_locks].e = e;
		mm->locks[mm->nr_locks].excl = excl;
		mm->locks[mm->nr_locks].count = 1;
		mm->nr_locks++;
	}
	return SEAM_TDX_SUCCESS;
}

/*
 * Walk the PAMT to page @idx taking the module's locks: shared on the
 * 1 GiB and 2 MiB entries on the way, @excl on the entry the walk ends at
 * (the one of @level when @level is not 4 KiB: walk_to_leaf_size).
 */
u64 model_pamt_walk_lock(struct seam_model *m, int idx, int level, bool excl,
			 u32 op, struct mpage **leaf)
{
	int l;
	u64 st;

	for (l = PAMT_1G; l >= PAMT_4K; l--) {
		struct mpage *e = model_pamt_entry(m, idx, l);
		bool last = l == PAMT_4K || pamt_stops(m, e, l) || (level && l == level);

		st = model_pamt_lock(m, e, last && excl);
		if (st)
			return err_op(st, op);
		if (last) {
			*leaf = e;
			return SEAM_TDX_SUCCESS;
		}
	}
	return SEAM_TDX_SUCCESS;
}

/*
 * Make a PAMT entry PT_NDA. The module leaves the owner in the entry
 * (tdh_mem_page_remove.c:tdh_mem_page_remove():223,
 * pamt_manager.c:pamt_promote()) and TDH.PHYMEM.PAGE.RDMD still returns it;
 * the model keeps it as freed_owner, so that owner means "owned".
 */
void model_pamt_free(struct mpage *p)
{
	u32 owner = p->owner ? p->owner : p->freed_owner;

	memset(p, 0, sizeof(*p));
	p->freed_owner = owner;
}

/*
 * Hash of page @i: its PAMT entry, whether it is a PAMT page, then the TD
 * or vCPU it holds.
 */
static u64 page_digest(const struct seam_model *m, u32 i, u64 h)
{
	h = mix_bytes(h, &m->mem.pages[i], sizeof(m->mem.pages[i]));
	if (model_dpamt_is_pamt_page(m, (int)i))
		h = mix64(h, PT_PAMT);
	h = model_td_digest(m, i, h);
	return model_vp_digest(m, i, h);
}

/* Hash of the PAMT page pair of 2 MiB entry @k, if it has one. */
static u64 node_digest(const struct seam_model *m, u32 k, u64 h)
{
	if (m->mem.pamt_2m[k].pt != PT_PAMT)
		return h;
	return mix_bytes(h, m->mem.dpamt.pair[k], sizeof(m->mem.dpamt.pair[k]));
}

/*
 * Hash of the PAMT and memory for seam_model_digest(): each page's entry
 * with the TD or vCPU it holds, the 2 MiB and 1 GiB entries, and the
 * contents of memory. A sparse model hashes by address, and only the 2 MiB
 * chunks that hold state, so that where they sit in the pool, and what
 * was only read, does not count.
 */
u64 model_mem_digest(const struct seam_model *m, u64 h)
{
	u32 i, c, k;

	if (!m->mem.sparse) {
		for (i = 0; i < m->cfg.nr_pages; i++)
			h = page_digest(m, i, h);
		h = mix_bytes(h, m->mem.pamt_2m, sizeof(m->mem.pamt_2m));
		for (k = 0; k < MODEL_NR_2M; k++)
			h = node_digest(m, k, h);
		h = mix_bytes(h, m->mem.pamt_1g, sizeof(m->mem.pamt_1g));
		return mix_bytes(h, m->mem.bytes, m->mem.size);
	}
	for (c = 0; c < m->mem.size >> MODEL_CHUNK_SHIFT; c++) {
		k = m->mem.slot_of[c];
		if (!k-- || chunk_unused(m, k))
			continue;
		h = mix64(h, c);
		for (i = k * 512; i < (k + 1) * 512; i++)
			h = page_digest(m, i, h);
		h = mix_bytes(h, &m->mem.pamt_2m[k], sizeof(m->mem.pamt_2m[k]));
		h = node_digest(m, k, h);
		h = mix_bytes(h, m->mem.bytes + ((u64)k << MODEL_CHUNK_SHIFT),
			      1U << MODEL_CHUNK_SHIFT);
	}
	return mix_bytes(h, m->mem.pamt_1g, sizeof(m->mem.pamt_1g));
}
