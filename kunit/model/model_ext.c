// SPDX-License-Identifier: GPL-2.0
/*
 * TDX model: TDH.SYS.DISABLE, TDH.EXT.MEM.ADD, TDH.EXT.INIT,
 * TDH.QUOTE.INIT and TDH.QUOTE.GET (profile 2.0)
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * No public module source has these leaves. Their registers, statuses and
 * resume rules follow Linux's posted series: "Fuller TDX kexec support" v3
 * (tdx_sys_disable()), "Enable TDX Module Extensions and DICE-based TDX
 * Quoting" v2 (tdx_ext_mem_add(), tdx_ext_init(), tdx_quote_init(),
 * tdx_quote_get()); everything else is the model's choice, listed under
 * "Deviations" in kunit/model/README.md.
 */
#include "model_int.h"
#include "seam_md_table.h"

/*
 * TDH.SYS.DISABLE: SYS_BUSY while another LP is in the module (a vCPU held
 * in its guest, model_vp.c), as the series' loop expects; then
 * INTERRUPTED_RESUMABLE seam_model_config.disable_interrupts times, each
 * a step of progress; then every page the module owns is zeroed ("clears
 * the old memory"), the PAMT, TDs, vCPUs, KeyIDs and TDMRs are gone, and
 * the module is %SEAM_MODEL_SYS_DISABLED until a new TDH.SYS.INIT.
 */
u64 model_sys_disable(struct seam_model *m)
{
	unsigned int i;

	if (m->vp.nr_guests)
		return SEAM_TDX_SYS_BUSY;
	if (m->sys.disable_calls < m->cfg.disable_interrupts) {
		m->sys.disable_calls++;
		return SEAM_TDX_INTERRUPTED_RESUMABLE;
	}
	for (i = 0; i < m->cfg.nr_pages; i++)
		if (m->mem.pages[i].pt != SEAM_PT_NDA || model_dpamt_is_pamt_page(m, i))
			memset(page_mem(m, i), 0, PG_SIZE);
	memset(m->mem.pages, 0, m->cfg.nr_pages * sizeof(*m->mem.pages));
	memset(m->mem.pamt_2m, 0, sizeof(m->mem.pamt_2m));
	memset(m->mem.pamt_1g, 0, sizeof(m->mem.pamt_1g));
	memset(&m->mem.dpamt, 0, sizeof(m->mem.dpamt));
	memset(m->td.tds, 0, m->cfg.nr_pages * sizeof(*m->td.tds));
	memset(m->vp.vcpus, 0, m->cfg.nr_pages * sizeof(*m->vp.vcpus));
	memset(&m->sys, 0, sizeof(m->sys));
	m->sys.sys_state = SEAM_MODEL_SYS_DISABLED;
	m->ldr.handoff = false;
	return SEAM_TDX_SUCCESS;
}

/* Pages the extensions' pool still needs: MEMORY_POOL_REQUIRED_PAGES. */
u64 model_ext_pool_missing(const struct seam_model *m)
{
	return m->sys.ext_pool < MODEL_EXT_POOL_PAGES ? MODEL_EXT_POOL_PAGES - m->sys.ext_pool : 0;
}

/*
 * TDH.EXT.MEM.ADD: RCX is HPA_LIST_INFO, the list page's PFN (51:12) and
 * the list's first (11:3) and last (63:55) entries; bits 2:0 and 54:52
 * are reserved and first must not be above last (OPERAND_INVALID | RCX).
 * The list page is a shared 4 KiB page (model_check_shared() with RCX).
 * Each call takes up to MODEL_EXT_PAGES_PER_CALL entries from first on,
 * each a free 4 KiB page in a TDMR (model_check_page(), RCX: the list's
 * entries have no operand ID of their own; a page named twice finds its
 * PAMT entry locked, OPERAND_BUSY | RCX); then they become the pool's,
 * PT_RSVD, zeroed. If entries remain, the answer is INTERRUPTED_RESUMABLE
 * with RCX the HPA_LIST_INFO of the rest, which the caller passes back
 * (Linux: "designed to use output parameter RCX to override/update input
 * parameter RCX"); else RCX is 0.
 */
u64 model_ext_mem_add(struct seam_model *m, struct seam_model_regs *r)
{
	const u64 rsvd = GENMASK_ULL(2, 0) | GENMASK_ULL(54, 52);
	u64 info = r->rcx, first = (info & MODEL_HPA_LIST_FIRST_MASK) >> MODEL_HPA_LIST_FIRST_SHIFT;
	u64 last = info >> MODEL_HPA_LIST_LAST_SHIFT, st;
	int lidx, idx[MODEL_EXT_PAGES_PER_CALL];
	unsigned int i, n;
	struct mpage *p;
	const u8 *list;

	if ((info & rsvd) || first > last)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RCX);
	st = model_check_shared(m, info & MODEL_HPA_LIST_PFN_MASK, PG_SIZE,
				SEAM_OPERAND_ID_RCX, &lidx);
	if (st)
		return st;
	list = page_mem(m, lidx);
	n = min_t(u64, last - first + 1, MODEL_EXT_PAGES_PER_CALL);
	for (i = 0; i < n; i++) {
		st = model_check_page(m, rd64(list + (first + i) * 8), SEAM_PT_NDA,
				      SEAM_OPERAND_ID_RCX, &idx[i]);
		if (st)
			return st;
	}

	for (i = 0; i < n; i++) {
		p = model_pamt_entry(m, idx[i], PAMT_4K);
		memset(p, 0, sizeof(*p));
		p->pt = SEAM_PT_RSVD;
		memset(page_mem(m, idx[i]), 0, PG_SIZE);
	}
	m->sys.ext_pool += n;
	first += n;
	if (first > last) {
		set_out(m, r, &r->rcx, 0);
		return SEAM_TDX_SUCCESS;
	}
	set_out(m, r, &r->rcx, (info & ~MODEL_HPA_LIST_FIRST_MASK) |
		first << MODEL_HPA_LIST_FIRST_SHIFT);
	return SEAM_TDX_INTERRUPTED_RESUMABLE;
}

/*
 * TDH.EXT.INIT: the pool must hold MEMORY_POOL_REQUIRED_PAGES pages and
 * the extensions must not be initialised yet (both SYS_STATE_INCORRECT).
 * Each call initialises up to MODEL_EXT_PAGES_PER_CALL pool pages and
 * answers INTERRUPTED_RESUMABLE until all are done; Linux calls again with
 * the same (no) inputs.
 */
u64 model_ext_init(struct seam_model *m)
{
	if (m->sys.ext_ready || m->sys.ext_pool < MODEL_EXT_POOL_PAGES)
		return SEAM_TDX_SYS_STATE_INCORRECT;
	m->sys.ext_init = min_t(u32, m->sys.ext_init + MODEL_EXT_PAGES_PER_CALL,
				MODEL_EXT_POOL_PAGES);
	if (m->sys.ext_init < MODEL_EXT_POOL_PAGES)
		return SEAM_TDX_INTERRUPTED_RESUMABLE;
	m->sys.ext_ready = 1;
	return SEAM_TDX_SUCCESS;
}

/*
 * TDH.QUOTE.INIT: after TDH.EXT.INIT (else SYS_STATE_INCORRECT); the
 * quoting keys take MODEL_QUOTE_INIT_CALLS calls, the ones before the last
 * INTERRUPTED_RESUMABLE. Once ready, a call changes nothing.
 */
u64 model_quote_init(struct seam_model *m)
{
	if (!m->sys.ext_ready)
		return SEAM_TDX_SYS_STATE_INCORRECT;
	if (m->sys.quote_init == MODEL_QUOTE_INIT_CALLS)
		return SEAM_TDX_SUCCESS;
	m->sys.quote_init++;
	return m->sys.quote_init < MODEL_QUOTE_INIT_CALLS ? SEAM_TDX_INTERRUPTED_RESUMABLE :
							     SEAM_TDX_SUCCESS;
}

/*
 * Byte @off of the quote of a TD with measurement @mrtd for the input @in
 * of @len bytes (DOC: Quotes in seam_model.h): the magic, the measurement,
 * the input length and the input, then a filler derived from the
 * measurement.
 */
static u8 quote_byte(u64 mrtd, const u8 *in, u64 len, u64 off)
{
	u64 w;

	if (off < SEAM_MODEL_QUOTE_DATA) {
		w = off < SEAM_MODEL_QUOTE_MRTD ? SEAM_MODEL_QUOTE_MAGIC :
		    off < SEAM_MODEL_QUOTE_LEN ? mrtd : len;
		return (u8)(w >> (8 * (off % 8)));
	}
	if (off - SEAM_MODEL_QUOTE_DATA < len)
		return in[off - SEAM_MODEL_QUOTE_DATA];
	return (u8)(mix64(mrtd, off / 8) >> (8 * (off % 8)));
}

/*
 * The data pages of the HPA_LINKED_LIST at node page @nidx for @nr pages:
 * entries are shared 4 KiB pages, the last entry of a node the next node,
 * all ones the end (Linux quoting v2 tdx_quote_create_buf()); a short or
 * bad list is OPERAND_INVALID | R10.
 */
static u64 quote_pages(struct seam_model *m, int nidx, unsigned int nr, int *idx)
{
	unsigned int i = 0, e = 0;
	u64 hpa, st;

	while (i < nr) {
		hpa = rd64(page_mem(m, nidx) + e * 8);
		if (hpa == MODEL_HPA_LIST_END)
			return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_R10);
		if (e == MODEL_HPA_LIST_ENTRIES - 1) {
			st = model_check_shared(m, hpa, PG_SIZE, SEAM_OPERAND_ID_R10, &nidx);
			e = 0;
		} else {
			st = model_check_shared(m, hpa, PG_SIZE, SEAM_OPERAND_ID_R10, &idx[i++]);
			e++;
		}
		if (st)
			return st;
	}
	return SEAM_TDX_SUCCESS;
}

/*
 * TDH.QUOTE.GET (Linux quoting v2 tdx_quote_get()): after TDH.QUOTE.INIT
 * (else SYS_STATE_INCORRECT); RCX a runnable TD's TDR (model_check_tdr());
 * RDX the quote ID in 47:32, all ones (the default format; other bits
 * reserved), else OPERAND_INVALID | RDX; R8 the input, a shared 4 KiB
 * page, and R9 its length, 1 to 4096 bytes (R9); R10 the HPA_LINKED_LIST
 * of the buffer (R10) and R11 its length, at least MAX_QUOTE_SIZE (R11).
 * Each call writes one page of the quote; while pages remain it answers
 * INTERRUPTED_RESUMABLE and keeps its progress for a call with the same
 * inputs (any other call starts over). The last call returns the quote's
 * length in RCX.
 */
u64 model_quote_get(struct seam_model *m, struct seam_model_regs *r)
{
	const unsigned int nr = DIV_ROUND_UP(SEAM_MD_MAX_QUOTE_SIZE, PG_SIZE);
	int idx[DIV_ROUND_UP(SEAM_MD_MAX_QUOTE_SIZE, PG_SIZE)], in, node, tdr;
	u64 key, off, end, st;
	struct mtd *td;
	const u8 *data;

	if (m->sys.quote_init != MODEL_QUOTE_INIT_CALLS)
		return SEAM_TDX_SYS_STATE_INCORRECT;
	st = model_check_tdr(m, r->rcx, SEAM_OPERAND_ID_RCX, false, OPS_RUN, &tdr, &td);
	if (st)
		return st;
	if (r->rdx != MODEL_QUOTE_ID_MASK)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RDX);
	st = model_check_shared(m, r->r8, PG_SIZE, SEAM_OPERAND_ID_R8, &in);
	if (st)
		return st;
	if (!r->r9 || r->r9 > PG_SIZE)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_R9);
	st = model_check_shared(m, r->r10, PG_SIZE, SEAM_OPERAND_ID_R10, &node);
	if (st)
		return st;
	if (r->r11 < SEAM_MD_MAX_QUOTE_SIZE)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_R11);
	st = quote_pages(m, node, nr, idx);
	if (st)
		return st;

	data = page_mem(m, in);
	key = mix64(mix64(mix64(r->rcx, r->r8), mix64(r->r9, r->r10)), r->r11) | 1;
	off = m->sys.quote_key == key ? m->sys.quote_done : 0;
	end = min_t(u64, off + PG_SIZE, SEAM_MD_MAX_QUOTE_SIZE);
	for (; off < end; off++)
		page_mem(m, idx[off / PG_SIZE])[off % PG_SIZE] =
			quote_byte(td->mrtd, data, r->r9, off);
	if (end < SEAM_MD_MAX_QUOTE_SIZE) {
		m->sys.quote_key = key;
		m->sys.quote_done = end;
		return SEAM_TDX_INTERRUPTED_RESUMABLE;
	}
	m->sys.quote_key = 0;
	m->sys.quote_done = 0;
	set_out(m, r, &r->rcx, SEAM_MD_MAX_QUOTE_SIZE);
	return SEAM_TDX_SUCCESS;
}

/*
 * A runtime update (TDH.SYS.UPDATE): the new module keeps the pool, but
 * its extensions and quoting are initialised again (Linux extensions v2
 * update_tdx_module_extensions(), update_tdx_quoting_extension()).
 */
void model_ext_update(struct seam_model *m)
{
	m->sys.ext_init = 0;
	m->sys.ext_ready = 0;
	m->sys.quote_init = 0;
	m->sys.quote_key = 0;
	m->sys.quote_done = 0;
}
