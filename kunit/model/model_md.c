// SPDX-License-Identifier: GPL-2.0
/*
 * TDX model: metadata field tables and the metadata leaves
 *
 * Copyright (C) 2026 The seamcall authors
 */
#include "model_int.h"

static u64 sys_field(unsigned int i, u64 *id)
{
	static const u64 ids[] = {
		SEAM_MD_SYS_BUILD_DATE, SEAM_MD_SYS_BUILD_NUM,
		SEAM_MD_SYS_MINOR_VERSION, SEAM_MD_SYS_MAJOR_VERSION,
		SEAM_MD_SYS_UPDATE_VERSION, SEAM_MD_SYS_INTERNAL_VERSION,
		SEAM_MODEL_MD_SYS_MAX_TDMRS, SEAM_MODEL_MD_SYS_MAX_RESERVED_PER_TDMR,
		SEAM_MODEL_MD_SYS_TDR_BASE_SIZE, SEAM_MODEL_MD_SYS_TDCS_BASE_SIZE,
		SEAM_MODEL_MD_SYS_TDVPS_BASE_SIZE,
	};
	static const u64 vals[] = {
		20240201, 744, 5, 1, 1, 0, SEAM_MODEL_MAX_TDMRS, 16, PG_SIZE,
		SEAM_MODEL_TDCS_PAGES * PG_SIZE, SEAM_MODEL_TDVPS_PAGES * PG_SIZE,
	};

	if (i >= ARRAY_SIZE(ids))
		return 0;
	*id = ids[i];
	return vals[i] | 1ULL << 63;	/* bit 63 marks "exists" */
}

static int sys_field_find(u64 id, u64 *val)
{
	u64 fid, v;
	unsigned int i;

	for (i = 0; (v = sys_field(i, &fid)); i++) {
		if (fid == id) {
			*val = v & ~(1ULL << 63);
			return (int)i;
		}
	}
	return -1;
}

static const u64 td_fields[] = {
	SEAM_MODEL_MD_TD_ATTRIBUTES, SEAM_MODEL_MD_TD_XFAM, SEAM_MODEL_MD_TD_MAX_VCPUS,
	SEAM_MODEL_MD_TD_NUM_VCPUS, SEAM_MODEL_MD_TD_MRTD, SEAM_MODEL_MD_TD_SCRATCH,
};

static const u64 vp_fields[] = {
	SEAM_MODEL_MD_VP_VCPU_INDEX, SEAM_MODEL_MD_VP_INIT_RCX, SEAM_MODEL_MD_VP_SCRATCH,
};

static int field_index(const u64 *ids, unsigned int n, u64 id)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		if (ids[i] == id)
			return (int)i;
	return -1;
}

static u64 *td_field_ptr(struct mtd *td, int i, u64 *tmp)
{
	switch (i) {
	case 0:
		return &td->attributes;
	case 1:
		return &td->xfam;
	case 2:
		*tmp = td->max_vcpus;
		return tmp;
	case 3:
		*tmp = td->num_vcpus;
		return tmp;
	case 4:
		return &td->mrtd;
	}
	return &td->scratch;
}

static u64 *vp_field_ptr(struct mvcpu *vp, int i, u64 *tmp)
{
	switch (i) {
	case 0:
		*tmp = vp->index;
		return tmp;
	case 1:
		return &vp->init_rcx;
	}
	return &vp->scratch;
}

u64 model_sys_rd(struct seam_model *m, struct seam_model_regs *r)
{
	u64 val, id;
	int i = sys_field_find(r->rdx, &val);

	set_out(m, r, &r->r8, 0);
	if (i < 0)
		return err_op(SEAM_TDX_METADATA_FIELD_ID_INCORRECT, SEAM_OPERAND_ID_RDX);
	set_out(m, r, &r->r8, val);
	set_out(m, r, &r->rdx, sys_field(i + 1, &id) ? id : ~0ULL);
	return SEAM_TDX_SUCCESS;
}

u64 model_sys_rdall(struct seam_model *m, struct seam_model_regs *r)
{
	u64 val, st;
	int idx, i;

	st = model_check_shared(m, r->rdx, PG_SIZE, SEAM_OPERAND_ID_RDX, &idx);
	if (st)
		return st;
	i = sys_field_find(r->r8, &val);
	if (i < 0)
		return err_op(SEAM_TDX_METADATA_FIELD_ID_INCORRECT, SEAM_OPERAND_ID_R8);
	/* The list page is host memory, not module state: the model leaves it alone. */
	set_out(m, r, &r->r8, ~0ULL);
	return SEAM_TDX_SUCCESS;
}

u64 model_sys_info(struct seam_model *m, struct seam_model_regs *r)
{
	u64 st;
	int idx;

	st = model_check_shared(m, r->rcx, 1024, SEAM_OPERAND_ID_RCX, &idx);
	if (st)
		return st;
	if (r->rdx < 1024)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RDX);
	st = model_check_shared(m, r->r8, 512, SEAM_OPERAND_ID_R8, &idx);
	if (st)
		return st;
	if (r->r9 < 32)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_R9);
	/* TDSYSINFO_STRUCT and the CMR array are not written. */
	set_out(m, r, &r->rdx, 0);
	set_out(m, r, &r->r9, 0);
	return SEAM_TDX_SUCCESS;
}

/* TDH.MNG.RD / TDH.MNG.WR */
u64 model_mng_rdwr(struct seam_model *m, struct seam_model_regs *r, bool wr,
		   unsigned int ver)
{
	u64 tmp, *fp, old, st;
	struct mtd *td;
	int tdr, i;

	set_out(m, r, &r->r8, wr ? r->r8 : 0);
	st = model_check_page(m, r->rcx, SEAM_PT_TDR, SEAM_OPERAND_ID_RCX, &tdr);
	if (st)
		goto out;
	td = &m->td.tds[tdr];
	st = model_check_td_state(td, OPS_ANY);
	if (st)
		goto out;
	i = field_index(td_fields, ARRAY_SIZE(td_fields), r->rdx);
	if (i < 0) {
		st = err_op(SEAM_TDX_METADATA_FIELD_ID_INCORRECT, SEAM_OPERAND_ID_RDX);
		goto out;
	}
	fp = td_field_ptr(td, i, &tmp);
	old = *fp;
	if (wr) {
		if (r->rdx != SEAM_MODEL_MD_TD_SCRATCH) {
			st = err_op(SEAM_TDX_METADATA_FIELD_NOT_WRITABLE, SEAM_OPERAND_ID_RDX);
			goto out;
		}
		*fp = (old & ~r->r9) | (r->r8 & r->r9);
	}
	set_out(m, r, &r->r8, old);
	if (ver)
		set_out(m, r, &r->rdx,
			i + 1 < (int)ARRAY_SIZE(td_fields) ? td_fields[i + 1] : ~0ULL);
	return SEAM_TDX_SUCCESS;
out:
	if (wr)
		set_out(m, r, &r->r8, 0);
	return st;
}

u64 model_vp_rdwr(struct seam_model *m, struct seam_model_regs *r, bool wr,
		  unsigned int ver)
{
	u64 tmp, *fp, old, st;
	struct mvcpu *vp;
	struct mtd *td;
	int v, i;

	if (!wr)
		set_out(m, r, &r->r8, 0);
	st = model_check_vcpu(m, r->rcx, SEAM_OPERAND_ID_RCX, OPS_ANY, &v, &td);
	if (st)
		goto out;
	vp = &m->vp.vcpus[v];
	if (vp->state != SEAM_MODEL_VCPU_READY) {
		st = SEAM_TDX_VCPU_STATE_INCORRECT;
		goto out;
	}
	st = model_check_assoc(m, vp);
	if (st)
		goto out;
	i = field_index(vp_fields, ARRAY_SIZE(vp_fields), r->rdx);
	if (i < 0) {
		st = err_op(SEAM_TDX_METADATA_FIELD_ID_INCORRECT, SEAM_OPERAND_ID_RDX);
		goto out;
	}
	if (wr && r->rdx != SEAM_MODEL_MD_VP_SCRATCH) {
		st = err_op(SEAM_TDX_METADATA_FIELD_NOT_WRITABLE, SEAM_OPERAND_ID_RDX);
		goto out;
	}
	model_do_assoc(m, vp, td);
	fp = vp_field_ptr(vp, i, &tmp);
	old = *fp;
	if (wr)
		*fp = (old & ~r->r9) | (r->r8 & r->r9);
	set_out(m, r, &r->r8, old);
	if (ver)
		set_out(m, r, &r->rdx,
			i + 1 < (int)ARRAY_SIZE(vp_fields) ? vp_fields[i + 1] : ~0ULL);
	return SEAM_TDX_SUCCESS;
out:
	if (wr)
		set_out(m, r, &r->r8, 0);
	return st;
}

/* TDH.MEM.RD / TDH.MEM.WR: 8 bytes of a mapped page of a debug TD. */
u64 model_mem_rdwr(struct seam_model *m, struct seam_model_regs *r, bool wr)
{
	u64 gpa = m->in.rcx, old, st;
	int tdr, idx;
	u8 *p;

	set_out(m, r, &r->rcx, 0);
	set_out(m, r, &r->rdx, 0);
	if (!wr)
		set_out(m, r, &r->r8, 0);
	st = model_check_page(m, m->in.rdx, SEAM_PT_TDR, SEAM_OPERAND_ID_RDX, &tdr);
	if (st)
		return st;
	st = model_check_td_state(&m->td.tds[tdr], OPS_BUILT);
	if (st)
		return st;
	if (!(m->td.tds[tdr].attributes & SEAM_MODEL_TD_ATTR_DEBUG))
		return SEAM_TDX_TD_NON_DEBUG;
	if ((gpa & 7) || (gpa >> SEAM_MODEL_GPA_SHARED_BIT))
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RCX);
	st = model_sept_walk(m, r, tdr, gpa, 0, &idx);
	if (st)
		return st;
	if (model_sept_state_of(m, idx) != SEAM_MODEL_SEPT_MAPPED)
		return model_state_err(m, r, SEAM_TDX_EPT_ENTRY_STATE_INCORRECT, idx, 0);
	p = page_mem(m, idx) + (gpa & (PG_SIZE - 1));
	old = rd64(p);
	if (wr)
		memcpy(p, &m->in.r8, 8);
	set_out(m, r, &r->r8, old);
	return SEAM_TDX_SUCCESS;
}
