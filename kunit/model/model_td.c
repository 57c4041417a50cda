// SPDX-License-Identifier: GPL-2.0
/*
 * TDX model: TD state checks, measurement and the TD management
 * leaves, and the leaves validated only up to a state the model never reaches
 *
 * Copyright (C) 2026 The seamcall authors
 */
#include "model_int.h"

/* The TDR checks of check_td_in_correct_build_state() plus the OP state. */
u64 model_check_td_state(const struct mtd *td, unsigned int ops_allowed)
{
	if (td->fatal)
		return SEAM_TDX_TD_FATAL;
	if (td->lifecycle != LC_KEYS_CONFIGURED)
		return SEAM_TDX_TD_KEYS_NOT_CONFIGURED;
	if (td->num_tdcx < MODEL_TDCS_MIN)
		return SEAM_TDX_TDCS_NOT_ALLOCATED;
	if (!(ops_allowed & BIT(td->op_state)))
		return SEAM_TDX_OP_STATE_INCORRECT;
	return SEAM_TDX_SUCCESS;
}

/*
 * The TDR in @hpa, locked exclusively or shared (@excl), and its TD
 * checked for a build state in @ops (no check when @ops is 0): the
 * prologue of the leaves whose operand @op is a TDR.
 */
u64 model_check_tdr(struct seam_model *m, u64 hpa, u32 op, bool excl,
		    unsigned int ops, int *tdr, struct mtd **tdp)
{
	u64 st = model_check_page_lock(m, hpa, SEAM_PT_TDR, op, excl, tdr);

	if (st)
		return st;
	*tdp = &m->td.tds[*tdr];
	return ops ? model_check_td_state(*tdp, ops) : SEAM_TDX_SUCCESS;
}

void model_measure(struct mtd *td, u64 tag, u64 a, const void *data, size_t len)
{
	u64 h = mix64(td->mrtd, tag);

	h = mix64(h, a);
	if (data)
		h = mix_bytes(h, data, len);
	td->mrtd = h;
}

/*
 * Move the KOT entry of @hkid to @state; no package has written its
 * caches back for the new state yet.
 */
static void kot_set(struct seam_model *m, unsigned int hkid, u8 state)
{
	m->sys.kot[hkid].state = state;
	m->sys.kot[hkid].flushed = 0;
}

u64 model_mng_create(struct seam_model *m, struct seam_model_regs *r)
{
	struct mtd *td;
	int idx;
	u64 st;

	if ((r->rdx & ~SEAM_HKID_MASK) || !is_private_hkid(m, r->rdx))
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RDX);
	st = model_check_page(m, r->rcx, SEAM_PT_NDA, SEAM_OPERAND_ID_RCX, &idx);
	if (st)
		return st;
	if (m->sys.kot[r->rdx].state != SEAM_MODEL_HKID_FREE)
		return SEAM_TDX_HKID_NOT_FREE;

	memset(page_mem(m, idx), 0, PG_SIZE);
	kot_set(m, r->rdx, SEAM_MODEL_HKID_ASSIGNED);
	memset(&m->mem.pages[idx], 0, sizeof(m->mem.pages[idx]));
	m->mem.pages[idx].pt = SEAM_PT_TDR;
	td = &m->td.tds[idx];
	memset(td, 0, sizeof(*td));
	td->lifecycle = LC_HKID_ASSIGNED;
	td->hkid = (u16)r->rdx;
	return SEAM_TDX_SUCCESS;
}

u64 model_mng_key_config(struct seam_model *m, struct seam_model_regs *r)
{
	u32 bit = BIT(cur_pkg(m));
	struct mtd *td;
	int idx;
	u64 st;

	st = model_check_tdr(m, r->rcx, SEAM_OPERAND_ID_RCX, true, 0, &idx, &td);
	if (st)
		return st;
	if (td->fatal)
		return SEAM_TDX_TD_FATAL;
	if (td->lifecycle != LC_HKID_ASSIGNED)
		return SEAM_TDX_LIFECYCLE_STATE_INCORRECT;
	if (td->pkg_config & bit)
		return SEAM_TDX_KEY_CONFIGURED;
	td->pkg_config |= bit;
	if (td->pkg_config == all_pkgs(m))
		td->lifecycle = LC_KEYS_CONFIGURED;
	return SEAM_TDX_SUCCESS;
}

u64 model_mng_addcx(struct seam_model *m, struct seam_model_regs *r)
{
	struct mtd *td;
	int tdr, idx;
	u64 st;

	st = model_check_tdr(m, r->rdx, SEAM_OPERAND_ID_RDX, true, 0, &tdr, &td);
	if (st)
		return st;
	if (td->fatal)
		return SEAM_TDX_TD_FATAL;
	if (td->lifecycle != LC_KEYS_CONFIGURED)
		return SEAM_TDX_TD_KEYS_NOT_CONFIGURED;
	if (td->num_tdcx >= MODEL_TDCS_MAX)
		return SEAM_TDX_TDCX_NUM_INCORRECT;
	st = model_check_page(m, r->rcx, SEAM_PT_NDA, SEAM_OPERAND_ID_RCX, &idx);
	if (st)
		return st;
	/*
	 * Once the TDCS has its minimum, OP_STATE exists: a page beyond it
	 * (for the L2 VMs) is allowed only before TDH.MNG.INIT
	 * (tdh_mng_add_cx():171).
	 */
	if (td->num_tdcx >= MODEL_TDCS_MIN && td->op_state != OP_UNINITIALIZED)
		return SEAM_TDX_OP_STATE_INCORRECT;

	memset(page_mem(m, idx), 0, PG_SIZE);
	model_td_page_take(m, idx, SEAM_PT_TDCX, tdr);
	td->tdcx[td->num_tdcx++] = idx;
	return SEAM_TDX_SUCCESS;
}

/*
 * XFAM as check_xfam() (module 1.5.01 helpers.c:1420) takes it: within the
 * supported bits, x87 and SSE set, the three AVX-512 bits all or none and
 * only with AVX, CET_S and CET_U together, AMX TILECFG and TILEDATA
 * together.
 */
static bool xfam_ok(u64 xfam)
{
	u64 avx512 = (xfam >> 5) & 7;

	if (xfam & ~SEAM_MODEL_XFAM_VALID)
		return false;
	if ((xfam & SEAM_MODEL_XFAM_FIXED1) != SEAM_MODEL_XFAM_FIXED1)
		return false;
	if ((avx512 && (avx512 != 7 || !(xfam & BIT_ULL(2)))) ||
	    !!(xfam & BIT_ULL(11)) != !!(xfam & BIT_ULL(12)) ||
	    !!(xfam & BIT_ULL(17)) != !!(xfam & BIT_ULL(18)))
		return false;
	return true;
}

/*
 * The checks of read_and_set_td_configurations() (module 1.5.01
 * tdh_mng_init.c:66), in its order; @p is the TD_PARAMS.
 */
static u64 check_td_params(const struct mtd *td, const u8 *p)
{
	u64 attr = rd64(p + SEAM_MODEL_TDP_ATTRIBUTES);
	u64 eptp = rd64(p + SEAM_MODEL_TDP_EPTP_CONTROLS);
	u64 flags = rd64(p + SEAM_MODEL_TDP_CONFIG_FLAGS);
	u16 maxv, tsc;
	u8 l2 = p[SEAM_MODEL_TDP_NUM_L2_VMS];

	memcpy(&maxv, p + SEAM_MODEL_TDP_MAX_VCPUS, sizeof(maxv));
	memcpy(&tsc, p + SEAM_MODEL_TDP_TSC_FREQUENCY, sizeof(tsc));
	if (attr & ~SEAM_MODEL_TD_ATTR_VALID)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_ATTRIBUTES);
	if (!xfam_ok(rd64(p + SEAM_MODEL_TDP_XFAM)))
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_XFAM);
	/* 1.5.05 also caps MAX_VCPUS at MAX_VCPUS_PER_TD (tdh_mng_init.c:102). */
	if (!maxv || maxv > MODEL_MAX_VCPUS_PER_TD)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_MAX_VCPUS);
	if (l2 > MODEL_MAX_L2_VMS)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_NUM_L2_VMS);
	if (td->num_tdcx < MODEL_TDCS_MIN + MODEL_TDCS_PER_L2 * l2)
		return SEAM_TDX_TDCS_NOT_ALLOCATED;
	if (rd64(p + MODEL_TDP_RESERVED0) & MODEL_TDP_RESERVED0_MASK)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RDX);
	if (flags & ~(SEAM_MODEL_CONFIG_FLAGS_VALID | MODEL_CONFIG_GPAW))
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_EXEC_CONTROLS);
	/*
	 * GPAW needs a 5-level EPT, which the model has not
	 * (verify_and_set_td_eptp_controls(), helpers.c:1478).
	 */
	if (eptp != SEAM_MODEL_EPTP_4LEVEL || (flags & MODEL_CONFIG_GPAW))
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_EPTP_CONTROLS);
	if (tsc < SEAM_MODEL_TSC_FREQ_MIN || tsc > SEAM_MODEL_TSC_FREQ_MAX)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_TSC_FREQUENCY);
	return SEAM_TDX_SUCCESS;
}

u64 model_mng_init(struct seam_model *m, struct seam_model_regs *r)
{
	u64 tdr_pa = r->rcx;
	struct mtd *td;
	int tdr, idx;
	const u8 *p;
	u16 maxv;
	u64 st;

	/* No extended error information unless a CPUID check sets it. */
	set_out(m, r, &r->rcx, 0);
	st = model_check_tdr(m, tdr_pa, SEAM_OPERAND_ID_RCX, true, BIT(OP_UNINITIALIZED),
			     &tdr, &td);
	if (st)
		return st;
	st = model_check_shared(m, r->rdx, SEAM_TD_PARAMS_SIZE, SEAM_OPERAND_ID_RDX, &idx);
	if (st)
		return st;
	p = page_mem(m, idx) + (r->rdx & (PG_SIZE - 1));
	st = check_td_params(td, p);
	if (st)
		return st;

	memcpy(&maxv, p + SEAM_MODEL_TDP_MAX_VCPUS, sizeof(maxv));
	td->attributes = rd64(p + SEAM_MODEL_TDP_ATTRIBUTES);
	td->xfam = rd64(p + SEAM_MODEL_TDP_XFAM);
	td->config_flags = rd64(p + SEAM_MODEL_TDP_CONFIG_FLAGS);
	td->max_vcpus = maxv;
	td->num_l2_vms = p[SEAM_MODEL_TDP_NUM_L2_VMS];
	td->epoch = 1;	/* TD_EPOCH starts at 1 (tdh_mng_init.c:597) */
	td->mrtd = 0;
	model_measure(td, SEAM_TDH_MNG_INIT, td->attributes, p, SEAM_TD_PARAMS_SIZE);
	model_md_td_init(m, td, p);
	td->op_state = OP_INITIALIZED;
	return SEAM_TDX_SUCCESS;
}

u64 model_mng_vpflushdone(struct seam_model *m, struct seam_model_regs *r)
{
	struct mtd *td;
	int tdr;
	u64 st;

	/* The TDR exclusively (module 1.5.01 tdh_mng_vpflushdone.c:61). */
	st = model_check_tdr(m, r->rcx, SEAM_OPERAND_ID_RCX, true, 0, &tdr, &td);
	if (st)
		return st;
	if (td->lifecycle != LC_HKID_ASSIGNED && td->lifecycle != LC_KEYS_CONFIGURED)
		return SEAM_TDX_LIFECYCLE_STATE_INCORRECT;
	if (td->num_assoc)
		return SEAM_TDX_FLUSHVP_NOT_DONE;
	td->lifecycle = LC_BLOCKED;
	kot_set(m, td->hkid, SEAM_MODEL_HKID_RECLAIMED);
	return SEAM_TDX_SUCCESS;
}

u64 model_mng_key_freeid(struct seam_model *m, struct seam_model_regs *r)
{
	struct mtd *td;
	int tdr;
	u64 st;

	/* The TDR exclusively (module 1.5.01 tdh_mng_key_freeid.c:59). */
	st = model_check_tdr(m, r->rcx, SEAM_OPERAND_ID_RCX, true, 0, &tdr, &td);
	if (st)
		return st;
	if (td->lifecycle != LC_BLOCKED)
		return SEAM_TDX_LIFECYCLE_STATE_INCORRECT;
	if (m->sys.kot[td->hkid].state != SEAM_MODEL_HKID_FLUSHED)
		return SEAM_TDX_WBCACHE_NOT_COMPLETE;
	kot_set(m, td->hkid, SEAM_MODEL_HKID_FREE);
	td->lifecycle = LC_TEARDOWN;
	return SEAM_TDX_SUCCESS;
}

u64 model_mr_finalize(struct seam_model *m, struct seam_model_regs *r)
{
	struct mtd *td;
	int tdr;
	u64 st;

	/* The TDR exclusively (module 1.5.01 tdh_mr_finalize.c:96). */
	st = model_check_tdr(m, r->rcx, SEAM_OPERAND_ID_RCX, true, OPS_INIT, &tdr, &td);
	if (st)
		return st;
	/* num_vcpus counts TDH.VP.INIT, not TDH.VP.CREATE (tdh_mr_finalize():123). */
	if (!td->num_vcpus)
		return SEAM_TDX_NO_VCPUS;
	model_measure(td, SEAM_TDH_MR_FINALIZE, 0, NULL, 0);
	td->op_state = OP_RUNNABLE;
	return SEAM_TDX_SUCCESS;
}

/* A TDR in @op, its build state, then "this TD is not in that state". */
u64 model_td_unmodelled(struct seam_model *m, u64 hpa, u32 op, u8 pt, u64 final)
{
	const struct mtd *td;
	int idx;
	u64 st;

	st = model_check_page(m, hpa, pt, op, &idx);
	if (st)
		return st;
	td = pt == SEAM_PT_TDR ? &m->td.tds[idx] : &m->td.tds[m->vp.vcpus[idx].tdr];
	st = model_check_td_state(td, OPS_ANY);
	return st ? st : final;
}

/*
 * TDH.SERVTD.BIND sets its outputs to 0 before it reads its operands
 * (module 1.5.01 tdh_servtd_bind(), "Default output values"): RCX and R10
 * to R13, the only leaf but TDH.VP.ENTER that writes above R11.
 */
u64 model_servtd_bind(struct seam_model *m, struct seam_model_regs *r)
{
	u64 tdr = r->rcx;

	set_out(m, r, &r->rcx, 0);
	set_out(m, r, &r->r10, 0);
	set_out(m, r, &r->r11, 0);
	set_out(m, r, &r->r12, 0);
	set_out(m, r, &r->r13, 0);
	return model_td_unmodelled(m, tdr, SEAM_OPERAND_ID_RCX, SEAM_PT_TDR,
				   SEAM_TDX_OP_STATE_INCORRECT);
}

/* Hash of the TD whose TDR is page @idx, if it is one, for the digest. */
u64 model_td_digest(const struct seam_model *m, u32 idx, u64 h)
{
	if (m->mem.pages[idx].pt != SEAM_PT_TDR)
		return h;
	return mix_bytes(h, &m->td.tds[idx], sizeof(m->td.tds[idx]));
}
