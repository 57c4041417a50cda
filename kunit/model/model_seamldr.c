// SPDX-License-Identifier: GPL-2.0
/*
 * TDX model: the P-SEAMLDR (INFO, INSTALL) and the version a runtime
 * update installs
 *
 * Copyright (C) 2026 The seamcall authors
 */
#include "model_int.h"

/* SEAMLDR_INFO byte offsets (Linux 7.x asm/seamldr.h struct seamldr_info). */
#define INFO_VENDOR_ID		8
#define INFO_BUILD_DATE		12
#define INFO_BUILD_NUM		16
#define INFO_MINOR		18
#define INFO_MAJOR		20
#define INFO_UPDATE		22
#define INFO_REMAINING		28
#define INFO_SEAM_READY		160
#define INFO_P_SEAM_READY	162

/* The model's P-SEAMLDR: version 1.5.1, build 100 of 2025-05-01. */
#define LDR_MAJOR		1
#define LDR_MINOR		5
#define LDR_UPDATE		1
#define LDR_BUILD_NUM		100
#define LDR_BUILD_DATE		20250501

static void wr16(u8 *p, u16 v)
{
	memcpy(p, &v, sizeof(v));
}

static void wr32(u8 *p, u32 v)
{
	memcpy(p, &v, sizeof(v));
}

static u16 rd16(const u8 *p)
{
	u16 v;

	memcpy(&v, p, sizeof(v));
	return v;
}

static u32 rd32(const u8 *p)
{
	u32 v;

	memcpy(&v, p, sizeof(v));
	return v;
}

static u64 all_lps(const struct seam_model *m)
{
	return m->cfg.nr_lps == 64 ? ~0ULL : BIT_ULL(m->cfg.nr_lps) - 1;
}

/*
 * A page the P-SEAMLDR reads or writes: @align aligned, no KeyID, in the
 * model's memory and not a TDX page (the model keeps TD state there).
 * Return: its index, or -1.
 */
static int ldr_page(struct seam_model *m, u64 pa, u64 align)
{
	int idx;

	if ((pa & keyid_mask(m)) || model_check_shared(m, pa, align, 0, &idx))
		return -1;
	if (model_pamt_leaf(m, idx, NULL)->pt != SEAM_PT_NDA)
		return -1;
	return idx;
}

/*
 * TDs whose build is in progress: from TDH.MNG.INIT (OP_STATE INITIALIZED,
 * tdh_mng_init.c of 2.0.18 adds 1 to TD_BUILD_COUNT there) to
 * TDH.MR.FINALIZE, the count tdh_sys_shutdown() checks. A TD torn down
 * before MR.FINALIZE stops counting (the model's choice).
 */
unsigned int model_td_build_count(const struct seam_model *m)
{
	unsigned int i, n = 0;

	for (i = 0; i < m->cfg.nr_pages; i++) {
		const struct mtd *td = &m->td.tds[i];

		if (m->mem.pages[i].pt != SEAM_PT_TDR)
			continue;
		if ((td->lifecycle == LC_HKID_ASSIGNED || td->lifecycle == LC_KEYS_CONFIGURED) &&
		    td->op_state == OP_INITIALIZED)
			n++;
	}
	return n;
}

/* P-SEAMLDR.INFO: SEAMLDR_INFO at RCX, 256-byte aligned. */
static u64 ldr_info(struct seam_model *m, u64 pa)
{
	int idx = ldr_page(m, pa, MODEL_SEAMLDR_INFO_SIZE);
	u8 *p;

	if (idx < 0)
		return SEAM_SEAMLDR_BADPARAM;
	p = page_mem(m, idx) + (pa & (PG_SIZE - 1));
	memset(p, 0, MODEL_SEAMLDR_INFO_SIZE);
	wr32(p + INFO_VENDOR_ID, 0x8086);
	wr32(p + INFO_BUILD_DATE, LDR_BUILD_DATE);
	wr16(p + INFO_BUILD_NUM, LDR_BUILD_NUM);
	wr16(p + INFO_MINOR, LDR_MINOR);
	wr16(p + INFO_MAJOR, LDR_MAJOR);
	wr16(p + INFO_UPDATE, LDR_UPDATE);
	wr32(p + INFO_REMAINING, m->ldr.remaining);
	/* A module is loaded unless it was shut down and not yet replaced. */
	p[INFO_SEAM_READY] = m->sys.sys_state != SEAM_MODEL_SYS_SHUTDOWN;
	p[INFO_P_SEAM_READY] = 1;
	return SEAM_TDX_SUCCESS;
}

/*
 * P-SEAMLDR.INSTALL: SEAMLDR_PARAMS at RCX (version 0, scenario UPDATE,
 * the SIGSTRUCT page, 1..496 module pages), then the module must be shut
 * down and the P-SEAMLDR must accept another update. Once every LP ran it,
 * the new module is loaded: not initialised, no LP initialised, the
 * handoff data of TDH.SYS.SHUTDOWN kept for TDH.SYS.UPDATE.
 */
static u64 ldr_install(struct seam_model *m, u64 pa)
{
	int idx = ldr_page(m, pa, PG_SIZE), img = -1;
	const u8 *prm;
	u64 n, i;

	if (idx < 0)
		return SEAM_SEAMLDR_BADPARAM;
	prm = page_mem(m, idx);
	n = rd64(prm + MODEL_SEAMLDR_PARAMS_NR_PAGES);
	if (rd32(prm) != 0 ||
	    rd32(prm + MODEL_SEAMLDR_PARAMS_SCENARIO) != MODEL_SEAMLDR_SCENARIO_UPDATE ||
	    ldr_page(m, rd64(prm + MODEL_SEAMLDR_PARAMS_SIGSTRUCT), PG_SIZE) < 0 ||
	    n == 0 || n > MODEL_SEAMLDR_MAX_PAGES)
		return SEAM_SEAMLDR_BADPARAM;
	for (i = 0; i < n; i++) {
		int pg = ldr_page(m, rd64(prm + MODEL_SEAMLDR_PARAMS_PAGES + i * 8), PG_SIZE);

		if (pg < 0)
			return SEAM_SEAMLDR_BADPARAM;
		if (!i)
			img = pg;
	}
	if (m->sys.sys_state != SEAM_MODEL_SYS_SHUTDOWN || !m->ldr.remaining)
		return SEAM_SEAMLDR_UNSPECERR;

	for (i = 0; i < ARRAY_SIZE(m->ldr.pending); i++)
		m->ldr.pending[i] = rd16(page_mem(m, img) + i * 2);
	m->ldr.installed |= BIT_ULL(m->cpu);
	if (m->ldr.installed != all_lps(m))
		return SEAM_TDX_SUCCESS;
	memcpy(m->ldr.ver, m->ldr.pending, sizeof(m->ldr.ver));
	m->ldr.updated = true;
	m->ldr.installed = 0;
	m->ldr.remaining--;
	m->sys.sys_state = SEAM_MODEL_SYS_UNINIT;
	m->sys.lp_init = 0;
	return SEAM_TDX_SUCCESS;
}

/* The first armed fault a P-SEAMLDR call takes: any leaf, not BUSY. */
static struct mfault *ldr_fault(struct seam_model *m)
{
	unsigned int i;

	for (i = 0; i < SEAM_MODEL_MAX_FAULTS; i++) {
		struct mfault *f = &m->fault.slots[i];

		if (f->armed && f->leaf == SEAM_MODEL_ANY_LEAF &&
		    (f->kind == SEAM_MODEL_FAULT_NO_ENTROPY ||
		     f->kind == SEAM_MODEL_FAULT_INTERRUPTED ||
		     f->kind == SEAM_MODEL_FAULT_REPLY))
			return f;
	}
	return NULL;
}

/*
 * A SEAMCALL with RAX bit 63 set, with %SEAM_MODEL_FEAT_SEAMLDR: faults
 * armed for any leaf answer with the P-SEAMLDR's codes (NO_ENTROPY is
 * %SEAM_SEAMLDR_RND_NO_ENTROPY, INTERRUPTED %SEAM_SEAMLDR_INTERRUPT), then
 * INFO, INSTALL, or %SEAM_SEAMLDR_BADCALL for another leaf number.
 */
u64 model_seamldr_call(struct seam_model *m, struct seam_model_regs *r,
		       bool *injected)
{
	struct mfault *f = ldr_fault(m);
	u64 st;

	if (f) {
		*injected = true;
		if (f->kind == SEAM_MODEL_FAULT_NO_ENTROPY) {
			st = SEAM_SEAMLDR_RND_NO_ENTROPY;
		} else if (f->kind == SEAM_MODEL_FAULT_INTERRUPTED) {
			st = SEAM_SEAMLDR_INTERRUPT;
		} else {
			st = f->status;
			set_out(m, r, &r->rcx, f->reply.rcx);
			set_out(m, r, &r->rdx, f->reply.rdx);
			set_out(m, r, &r->r8, f->reply.r8);
			set_out(m, r, &r->r9, f->reply.r9);
			set_out(m, r, &r->r10, f->reply.r10);
			set_out(m, r, &r->r11, f->reply.r11);
		}
		model_fault_consume(f);
		return st;
	}
	switch (r->rax) {
	case SEAM_SEAMLDR_INFO:
		return ldr_info(m, r->rcx);
	case SEAM_SEAMLDR_INSTALL:
		return ldr_install(m, r->rcx);
	}
	return SEAM_SEAMLDR_BADCALL;
}
