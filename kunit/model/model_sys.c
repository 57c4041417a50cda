// SPDX-License-Identifier: GPL-2.0
/*
 * TDX model: SYS.INIT, LP.INIT, SYS.CONFIG, SYS.KEY.CONFIG,
 * TDMR.INIT, SYS.LP.SHUTDOWN, SYS.SHUTDOWN and SYS.UPDATE
 *
 * Copyright (C) 2026 The seamcall authors
 */
#include "model_int.h"

u64 model_sys_init(struct seam_model *m, struct seam_model_regs *r)
{
	if (r->rcx)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RCX);
	if (m->sys.sys_state != SEAM_MODEL_SYS_UNINIT)
		return SEAM_TDX_SYS_INIT_NOT_PENDING;
	m->sys.sys_state = SEAM_MODEL_SYS_INIT_DONE;
	return SEAM_TDX_SUCCESS;
}

u64 model_lp_init(struct seam_model *m)
{
	if (m->sys.sys_state == SEAM_MODEL_SYS_UNINIT)
		return SEAM_TDX_SYS_STATE_INCORRECT;
	if (m->sys.lp_init & BIT_ULL(m->cpu))
		return SEAM_TDX_SYS_LP_INIT_DONE;
	m->sys.lp_init |= BIT_ULL(m->cpu);
	return SEAM_TDX_SUCCESS;
}

u64 model_sys_config(struct seam_model *m, struct seam_model_regs *r)
{
	struct mtdmr t[SEAM_MODEL_MAX_TDMRS];
	u64 all_lps = m->cfg.nr_lps == 64 ? ~0ULL : BIT_ULL(m->cfg.nr_lps) - 1;
	u64 n = r->rdx, end = m->cfg.hpa_base + m->mem.size;
	int idx, aidx;
	unsigned int i;
	u64 st;

	if (m->sys.sys_state != SEAM_MODEL_SYS_INIT_DONE)
		return SEAM_TDX_SYS_CONFIG_NOT_PENDING;
	if (m->sys.lp_init != all_lps)
		return SEAM_TDX_SYS_LP_INIT_NOT_DONE;
	st = model_check_shared(m, r->rcx, SEAM_TDMR_INFO_ALIGN, SEAM_OPERAND_ID_RCX, &aidx);
	if (st)
		return st;
	if (n == 0 || n > SEAM_MODEL_MAX_TDMRS ||
	    (r->rcx & (PG_SIZE - 1)) + n * 8 > PG_SIZE)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RDX);
	if (!is_private_hkid(m, r->r8))
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_R8);

	memset(t, 0, sizeof(t));
	for (i = 0; i < n; i++) {
		u64 pa = rd64(m->mem.bytes + (r->rcx - m->cfg.hpa_base) + i * 8);
		const u8 *info;

		st = model_check_shared(m, pa, SEAM_TDMR_INFO_ALIGN,
					SEAM_OPERAND_ID_TDMR_INFO_PA, &idx);
		if (st)
			return st;
		info = m->mem.bytes + (pa - m->cfg.hpa_base);
		t[i].base = rd64(info + SEAM_MODEL_TDMR_INFO_BASE);
		t[i].size = rd64(info + SEAM_MODEL_TDMR_INFO_SIZE);
		t[i].next = t[i].base;
		if (!t[i].size || (t[i].base | t[i].size) & (PG_SIZE - 1))
			return SEAM_TDX_INVALID_TDMR | i;
		if (t[i].base < m->cfg.hpa_base || t[i].base >= end ||
		    t[i].size > end - t[i].base)
			return SEAM_TDX_TDMR_OUTSIDE_CMRS | i;
		if (i && t[i].base < t[i - 1].base + t[i - 1].size)
			return SEAM_TDX_NON_ORDERED_TDMR | i;
	}
	memcpy(m->sys.tdmr, t, sizeof(t));
	m->sys.nr_tdmrs = (u16)n;
	m->sys.global_hkid = (u16)r->r8;
	m->sys.kot[r->r8].state = SEAM_MODEL_HKID_ASSIGNED;
	m->sys.sys_state = SEAM_MODEL_SYS_CONFIGURED;
	return SEAM_TDX_SUCCESS;
}

u64 model_sys_key_config(struct seam_model *m)
{
	u32 bit = BIT(cur_pkg(m));

	if (m->sys.sys_state != SEAM_MODEL_SYS_CONFIGURED)
		return SEAM_TDX_SYS_KEY_CONFIG_NOT_PENDING;
	if (m->sys.pkg_key & bit)
		return SEAM_TDX_KEY_CONFIGURED;
	m->sys.pkg_key |= bit;
	if (m->sys.pkg_key == all_pkgs(m))
		m->sys.sys_state = SEAM_MODEL_SYS_READY;
	return SEAM_TDX_SUCCESS;
}

u64 model_tdmr_init(struct seam_model *m, struct seam_model_regs *r)
{
	struct mtdmr *t = NULL;
	unsigned int i;
	u64 end, chunk;

	for (i = 0; i < m->sys.nr_tdmrs; i++)
		if (m->sys.tdmr[i].base == r->rcx)
			t = &m->sys.tdmr[i];
	if (!t)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RCX);
	end = t->base + t->size;
	if (t->next >= end) {
		set_out(m, r, &r->rdx, end);
		return SEAM_TDX_TDMR_ALREADY_INITIALIZED;
	}
	chunk = (u64)m->cfg.tdmr_init_pages << PG_SHIFT;
	t->next = min(end, t->next + chunk);
	set_out(m, r, &r->rdx, t->next);
	return SEAM_TDX_SUCCESS;
}

u64 model_sys_update(struct seam_model *m)
{
	if (m->sys.sys_state != SEAM_MODEL_SYS_UNINIT)
		return SEAM_TDX_SYS_INIT_NOT_PENDING;
	return SEAM_TDX_SYS_INVALID_HANDOFF;
}

u64 model_sys_shutdown(struct seam_model *m)
{
	m->sys.sys_state = SEAM_MODEL_SYS_SHUTDOWN;
	return SEAM_TDX_SUCCESS;
}

/* Hash of the global state, for seam_model_digest(). */
u64 model_sys_digest(const struct seam_model *m, u64 h)
{
	return mix_bytes(h, &m->sys, sizeof(m->sys));
}
