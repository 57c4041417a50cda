// SPDX-License-Identifier: GPL-2.0
/*
 * TDX model: SYS.INIT, LP.INIT, SYS.CONFIG, SYS.KEY.CONFIG,
 * TDMR.INIT, SYS.LP.SHUTDOWN, SYS.SHUTDOWN and SYS.UPDATE
 *
 * Copyright (C) 2026 The seamcall authors
 */
#include "model_int.h"

/*
 * TDH.SYS.INIT: RCX 0, then the power-on state or, after TDH.SYS.DISABLE,
 * the disabled one (the next kernel initialises the module anew).
 */
u64 model_sys_init(struct seam_model *m, struct seam_model_regs *r)
{
	if (r->rcx)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RCX);
	if (m->sys.sys_state != SEAM_MODEL_SYS_UNINIT &&
	    m->sys.sys_state != SEAM_MODEL_SYS_DISABLED)
		return SEAM_TDX_SYS_INIT_NOT_PENDING;
	m->sys.sys_state = SEAM_MODEL_SYS_INIT_DONE;
	return SEAM_TDX_SUCCESS;
}

/* Module 1.5.01 tdh_sys_lp_init(): RCX, RDX and R8 cleared, then the state. */
u64 model_lp_init(struct seam_model *m, struct seam_model_regs *r)
{
	set_out(m, r, &r->rcx, 0);
	set_out(m, r, &r->rdx, 0);
	set_out(m, r, &r->r8, 0);
	if (m->sys.sys_state != SEAM_MODEL_SYS_INIT_DONE)
		return SEAM_TDX_SYS_LP_INIT_NOT_PENDING;
	if (m->sys.lp_init & BIT_ULL(m->cpu))
		return SEAM_TDX_SYS_LP_INIT_DONE;
	m->sys.lp_init |= BIT_ULL(m->cpu);
	return SEAM_TDX_SUCCESS;
}

/*
 * TDMR_INFO entry @i of the array at page @aidx, offset @off: its pointer
 * checked as a 512-aligned shared HPA (OPERAND_INVALID | RCX, as the array
 * itself), then the TDMR as check_and_set_tdmrs() checks it (module 1.5.01
 * tdh_sys_config.c:708): TDMR_BASE 1 GiB aligned and a size (INVALID_TDMR
 * with the index), within the CMR, above the previous TDMR @prev. The
 * model takes any whole number of pages as the size: its memory may be
 * smaller than the 1 GiB the module wants.
 */
static u64 read_tdmr(struct seam_model *m, int aidx, u64 off, u32 i,
		     const struct mtdmr *prev, struct mtdmr *t)
{
	u64 pa = rd64(page_mem(m, aidx) + off + i * 8), end;
	const u8 *info;
	int idx;
	u64 st;

	st = model_check_shared(m, pa, SEAM_TDMR_INFO_ALIGN, SEAM_OPERAND_ID_RCX, &idx);
	if (st)
		return st;
	info = page_mem(m, idx) + (pa & (PG_SIZE - 1));
	t->base = rd64(info + SEAM_MODEL_TDMR_INFO_BASE);
	t->size = rd64(info + SEAM_MODEL_TDMR_INFO_SIZE);
	t->next = t->base;
	end = m->cfg.hpa_base + m->mem.size;
	if (!t->size || (t->base & (MODEL_TDMR_ALIGN - 1)) || (t->size & (PG_SIZE - 1)))
		return SEAM_TDX_INVALID_TDMR + i;
	if (t->base < m->cfg.hpa_base || t->base >= end || t->size > end - t->base)
		return SEAM_TDX_TDMR_OUTSIDE_CMRS + i;
	if (prev && t->base < prev->base + prev->size)
		return SEAM_TDX_NON_ORDERED_TDMR + i;
	return SEAM_TDX_SUCCESS;
}

/*
 * The version checks of TDH.SYS.CONFIG and TDH.SYS.UPDATE (2.0.18
 * tdh_sys_config.c, tdh_sys_update.c): a version above 1 is
 * OPERAND_INVALID | RAX; version 1's R9 must be a subset of TDX_FEATURES0
 * (OPERAND_INVALID | R9) and its R10 is reserved (OPERAND_INVALID | R10).
 */
static u64 sys_version_check(struct seam_model *m, const struct seam_model_regs *r,
			     unsigned int ver)
{
	if (ver > 1)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RAX);
	if (ver && (r->r9 & ~model_features0(m)))
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_R9);
	if (ver && r->r10)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_R10);
	return 0;
}

/*
 * Module 1.5.01 tdh_sys_config(): state, every LP initialised, the array
 * pointer, the count, the global KeyID, then each TDMR_INFO and its TDMR.
 * Module 2.0.18 tdh_sys_config() (profile 2.0) takes R8 bit 16
 * (sys_config_options_t.dynamic_pamt); after the KeyID it refuses a
 * version above 1 (OPERAND_INVALID | RAX), checks version 1's R9 (a subset
 * of TDX_FEATURES0, else OPERAND_INVALID | R9) and R10 (reserved,
 * OPERAND_INVALID | R10), then with dynamic PAMT refuses KeyID bits
 * starting above bit 48 (OPERAND_INVALID | R8). The module reserves the
 * KeyID before the TDMR loop; the model commits only on success, so it
 * checks every TDMR before it keeps any.
 */
u64 model_sys_config(struct seam_model *m, struct seam_model_regs *r,
		     unsigned int ver)
{
	u64 all_lps = m->cfg.nr_lps == 64 ? ~0ULL : BIT_ULL(m->cfg.nr_lps) - 1;
	u64 n = r->rdx, off = r->rcx & (PG_SIZE - 1);
	u64 opts = model_is_2_0(m) ? SEAM_SYS_CONFIG_DYNAMIC_PAMT : 0;
	u64 hkid = r->r8 & SEAM_HKID_MASK;
	struct mtdmr t, prev;
	int aidx = -2;
	unsigned int i;
	u64 st, arr;

	/*
	 * After a runtime update the TDMRs and KeyIDs come from the handoff
	 * data (TDH.SYS.UPDATE); the model keeps them, so refuses CONFIG.
	 */
	if (m->sys.sys_state != SEAM_MODEL_SYS_INIT_DONE || m->sys.lp_init != all_lps ||
	    m->ldr.handoff)
		return SEAM_TDX_SYS_CONFIG_NOT_PENDING;
	/*
	 * model_check_shared() sets the index once the address is a valid
	 * shared HPA; an address outside the model's memory is refused only
	 * where the module reads it, after the count and the KeyID.
	 */
	arr = model_check_shared(m, r->rcx, SEAM_TDMR_INFO_ALIGN, SEAM_OPERAND_ID_RCX, &aidx);
	if (arr && aidx != -1)
		return arr;
	if (n == 0 || n > MODEL_MAX_TDMRS)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RDX);
	if ((r->r8 & ~(SEAM_HKID_MASK | opts)) || !is_private_hkid(m, hkid))
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_R8);
	st = sys_version_check(m, r, ver);
	if (st)
		return st;
	if ((r->r8 & opts) && m->cfg.pa_bits > MODEL_DPAMT_MAX_PA_BITS)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_R8);
	if (arr)
		return arr;
	for (i = 0; i < n; i++) {
		st = read_tdmr(m, aidx, off, i, i ? &prev : NULL, &t);
		if (st)
			return st;
		prev = t;
	}

	memset(m->sys.tdmr, 0, sizeof(m->sys.tdmr));
	for (i = 0; i < n; i++)
		read_tdmr(m, aidx, off, i, NULL, &m->sys.tdmr[i]);
	m->sys.nr_tdmrs = (u16)n;
	m->sys.global_hkid = (u16)hkid;
	m->sys.kot[hkid].state = SEAM_MODEL_HKID_ASSIGNED;
	m->sys.dynamic_pamt = !!(r->r8 & opts);
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

/*
 * Module 1.5.01 tdh_sys_tdmr_init(): RDX cleared, RCX a 1 GiB aligned PA
 * without KeyID bits that is a TDMR's base, then the progress. RDX is the
 * next address to initialise; the module rounds it down to 1 GiB, which
 * the model does not, its TDMRs being smaller.
 */
u64 model_tdmr_init(struct seam_model *m, struct seam_model_regs *r)
{
	struct mtdmr *t = NULL;
	unsigned int i;
	u64 end, chunk;

	set_out(m, r, &r->rdx, 0);
	if ((r->rcx & (MODEL_TDMR_ALIGN - 1)) || r->rcx >= BIT_ULL(m->cfg.pa_bits))
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RCX);
	for (i = 0; i < m->sys.nr_tdmrs; i++)
		if (m->sys.tdmr[i].base == r->rcx)
			t = &m->sys.tdmr[i];
	if (!t)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RCX);
	end = t->base + t->size;
	if (t->next >= end)
		return SEAM_TDX_TDMR_ALREADY_INITIALIZED;
	chunk = (u64)m->cfg.tdmr_init_pages << PG_SHIFT;
	t->next = min(end, t->next + chunk);
	set_out(m, r, &r->rdx, t->next);
	return SEAM_TDX_SUCCESS;
}

/*
 * Module 2.0 tdh_sys_update.c:tdh_sys_update(): a version above 1 is
 * OPERAND_INVALID | RAX; version 1 (profile 2.0) first checks R9 (a
 * subset of TDX_FEATURES0, else OPERAND_INVALID | R9) and R10 (reserved:
 * OPERAND_INVALID | R10); then SYS_STATE_INCORRECT
 * unless TDH.SYS.INIT ran and every LP ran TDH.SYS.LP.INIT, then
 * SYS_INVALID_HANDOFF without the handoff data of a TDH.SYS.SHUTDOWN; on
 * success the handoff data is used up and the module is ready with the
 * state the old module handed off (the model kept it in place), its
 * extensions and quoting to be initialised again (model_ext_update()).
 */
u64 model_sys_update(struct seam_model *m, struct seam_model_regs *r,
		     unsigned int ver)
{
	u64 all_lps = m->cfg.nr_lps == 64 ? ~0ULL : BIT_ULL(m->cfg.nr_lps) - 1;
	u64 st;

	st = sys_version_check(m, r, ver);
	if (st)
		return st;
	if (m->sys.sys_state != SEAM_MODEL_SYS_INIT_DONE || m->sys.lp_init != all_lps)
		return SEAM_TDX_SYS_STATE_INCORRECT;
	if (!m->ldr.handoff)
		return SEAM_TDX_SYS_INVALID_HANDOFF;
	m->ldr.handoff = false;
	m->sys.sys_state = SEAM_MODEL_SYS_READY;
	model_ext_update(m);
	return SEAM_TDX_SUCCESS;
}

/*
 * Module tdh_sys_shutdown(): RCX bits 15:0 are the handoff version, between
 * TDX_MIN_UPDATE_HV and TDX_MODULE_HV (both 0 in 1.5.01, proj_defs.mk);
 * with %SEAM_MODEL_FEAT_UPDATE_COMPAT bit 16 is AVOID_COMPAT_SENSITIVE and
 * the rest reserved (module 2.0 @6e66b9d), else every bit above 15 is
 * (OPERAND_INVALID | RCX, 1.5.01 tdh_sys_shutdown.c:50). Another LP in
 * the module (a vCPU held in its guest, still "busy" for the dispatcher)
 * gives SYS_BUSY (the num_busy check of both versions). With the flag and
 * a TD build in progress the module stays ready and answers
 * UPDATE_COMPATIBILITY_SENSITIVE with bits 15:0 = 0 and 31:16 =
 * TD_BUILD_COUNT (6e66b9d tdh_sys_shutdown()). TDH.SYS.LP.SHUTDOWN is
 * deprecated there and does nothing (tdh_sys_lp_shutdown.c).
 */
u64 model_sys_shutdown(struct seam_model *m, struct seam_model_regs *r)
{
	u64 flags = r->rcx & ~SEAM_SYS_SHUTDOWN_HV_MASK;
	bool avoid = false;
	unsigned int n;

	if (model_update_compat(m)) {
		avoid = flags & SEAM_SYS_SHUTDOWN_AVOID_COMPAT_SENSITIVE;
		flags &= ~SEAM_SYS_SHUTDOWN_AVOID_COMPAT_SENSITIVE;
	}
	if ((r->rcx & SEAM_SYS_SHUTDOWN_HV_MASK) != MODEL_MODULE_HV || flags)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RCX);
	if (m->vp.nr_guests)
		return SEAM_TDX_SYS_BUSY;
	n = avoid ? model_td_build_count(m) : 0;
	if (n)
		return SEAM_TDX_UPDATE_COMPATIBILITY_SENSITIVE |
		       (u64)n << SEAM_UPDATE_COMPAT_COUNT_SHIFT | SEAM_UPDATE_COMPAT_TD_BUILD;
	m->sys.sys_state = SEAM_MODEL_SYS_SHUTDOWN;
	m->ldr.handoff = true;
	m->ldr.installed = 0;
	return SEAM_TDX_SUCCESS;
}

/* Hash of the global state, for seam_model_digest(). */
u64 model_sys_digest(const struct seam_model *m, u64 h)
{
	return mix_bytes(h, &m->sys, sizeof(m->sys));
}
