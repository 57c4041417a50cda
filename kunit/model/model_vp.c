// SPDX-License-Identifier: GPL-2.0
/*
 * TDX model: the vCPU leaves, TD entry and the TD exits
 *
 * Copyright (C) 2026 The seamcall authors
 */
#include "model_int.h"

/* The TDVPR in @hpa, and its TD checked for a build state in @ops. */
u64 model_check_vcpu(struct seam_model *m, u64 hpa, u32 op, unsigned int ops,
		     int *vidx, struct mtd **tdp)
{
	u64 st = model_check_page(m, hpa, SEAM_PT_TDVPR, op, vidx);

	if (st)
		return st;
	*tdp = &m->td.tds[m->vp.vcpus[*vidx].tdr];
	return model_check_td_state(*tdp, ops);
}

/*
 * map_tdvps() (module 1.5.01 helpers.c:616): the TDVPS needs its minimum
 * plus the pages of each L2 VM, else TDCX_NUM_INCORRECT, no operand ID.
 */
u64 model_check_tdvps(const struct mtd *td, const struct mvcpu *vp)
{
	if (vp->num_tdcx + 1 < MODEL_TDVPS_MIN + MODEL_TDVPS_PER_L2 * td->num_l2_vms)
		return SEAM_TDX_TDCX_NUM_INCORRECT;
	return SEAM_TDX_SUCCESS;
}

/* Associate a vCPU with the current LP, as the module does on VMCS loads. */
u64 model_check_assoc(struct seam_model *m, struct mvcpu *vp)
{
	if (vp->assoc_cpu != NO_CPU && vp->assoc_cpu != m->cpu)
		return SEAM_TDX_VCPU_ASSOCIATED;
	return SEAM_TDX_SUCCESS;
}

void model_do_assoc(struct seam_model *m, struct mvcpu *vp, struct mtd *td)
{
	if (vp->assoc_cpu == NO_CPU) {
		vp->assoc_cpu = (u16)m->cpu;
		td->num_assoc++;
	}
}

u64 model_vp_create(struct seam_model *m, struct seam_model_regs *r)
{
	struct mvcpu *vp;
	struct mtd *td;
	int tdr, idx;
	u64 st;

	st = model_check_page(m, r->rdx, SEAM_PT_TDR, SEAM_OPERAND_ID_RDX, &tdr);
	if (st)
		return st;
	td = &m->td.tds[tdr];
	st = model_check_td_state(td, OPS_INIT);
	if (st)
		return st;
	st = model_check_page(m, r->rcx, SEAM_PT_NDA, SEAM_OPERAND_ID_RCX, &idx);
	if (st)
		return st;

	memset(page_mem(m, idx), 0, PG_SIZE);
	model_td_page_take(m, idx, SEAM_PT_TDVPR, tdr);
	vp = &m->vp.vcpus[idx];
	memset(vp, 0, sizeof(*vp));
	vp->state = SEAM_MODEL_VCPU_CREATED;
	vp->assoc_cpu = NO_CPU;
	vp->tdr = tdr;
	return SEAM_TDX_SUCCESS;
}

u64 model_vp_addcx(struct seam_model *m, struct seam_model_regs *r)
{
	struct mvcpu *vp;
	struct mtd *td;
	int v, idx;
	u64 st;

	st = model_check_vcpu(m, r->rdx, SEAM_OPERAND_ID_RDX, OPS_INIT, &v, &td);
	if (st)
		return st;
	vp = &m->vp.vcpus[v];
	if (vp->state != SEAM_MODEL_VCPU_CREATED)
		return SEAM_TDX_VCPU_STATE_INCORRECT;
	if (vp->num_tdcx >= MODEL_TDVPS_MAX - 1)
		return SEAM_TDX_TDCX_NUM_INCORRECT;
	st = model_check_page(m, r->rcx, SEAM_PT_NDA, SEAM_OPERAND_ID_RCX, &idx);
	if (st)
		return st;

	memset(page_mem(m, idx), 0, PG_SIZE);
	model_td_page_take(m, idx, SEAM_PT_TDCX, vp->tdr);
	vp->tdcx[vp->num_tdcx++] = idx;
	return SEAM_TDX_SUCCESS;
}

/* True if an initialised vCPU of TD @tdr other than @self has x2APIC ID @id. */
static bool x2apic_taken(const struct seam_model *m, u32 tdr, u32 self, u32 id)
{
	u32 i;

	for (i = 0; i < m->cfg.nr_pages; i++) {
		const struct mvcpu *o = &m->vp.vcpus[i];

		if (i != self && m->mem.pages[i].pt == SEAM_PT_TDVPR && o->tdr == tdr &&
		    o->state != SEAM_MODEL_VCPU_CREATED && o->x2apic_id == id)
			return true;
	}
	return false;
}

/*
 * Version 0 as module 1.5.01 tdh_vp_init(); version 1 (R8 = x2APIC ID)
 * as 1.5.05, which Linux 7.x needs: the version first, then the TDVPR,
 * the TD, the TDVPS pages, the vCPU state, MAX_VCPUS, then the x2APIC ID.
 * The vCPU is associated with this LP without a check
 * (associate_vcpu_initial()).
 */
u64 model_vp_init(struct seam_model *m, struct seam_model_regs *r,
		  unsigned int ver)
{
	struct mvcpu *vp;
	struct mtd *td;
	int v;
	u64 st;

	if (ver > 1)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RAX);
	st = model_check_vcpu(m, r->rcx, SEAM_OPERAND_ID_RCX, OPS_INIT, &v, &td);
	if (st)
		return st;
	vp = &m->vp.vcpus[v];
	st = model_check_tdvps(td, vp);
	if (st)
		return st;
	if (vp->state != SEAM_MODEL_VCPU_CREATED)
		return SEAM_TDX_VCPU_STATE_INCORRECT;
	if (td->num_vcpus >= td->max_vcpus)
		return SEAM_TDX_MAX_VCPUS_EXCEEDED;
	if (ver && r->r8 > U32_MAX)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_R8);
	if (ver && x2apic_taken(m, vp->tdr, v, (u32)r->r8))
		return MODEL_TDX_X2APIC_ID_NOT_UNIQUE | r->r8;

	vp->index = td->num_vcpus++;
	vp->x2apic_id = ver ? (u32)r->r8 : 0;
	vp->init_rcx = r->rdx;
	vp->state = SEAM_MODEL_VCPU_READY;
	model_do_assoc(m, vp, td);
	return SEAM_TDX_SUCCESS;
}

u64 model_vp_flush(struct seam_model *m, struct seam_model_regs *r)
{
	struct mvcpu *vp;
	struct mtd *td;
	int v;
	u64 st;

	st = model_check_page(m, r->rcx, SEAM_PT_TDVPR, SEAM_OPERAND_ID_RCX, &v);
	if (st)
		return st;
	vp = &m->vp.vcpus[v];
	td = &m->td.tds[vp->tdr];
	if (td->lifecycle != LC_KEYS_CONFIGURED)
		return SEAM_TDX_TD_KEYS_NOT_CONFIGURED;
	st = model_check_tdvps(td, vp);
	if (st)
		return st;
	if (vp->assoc_cpu != m->cpu)
		return SEAM_TDX_VCPU_NOT_ASSOCIATED;
	vp->assoc_cpu = NO_CPU;
	td->num_assoc--;
	return SEAM_TDX_SUCCESS;
}

/*
 * An asynchronous TD exit, as module 1.5.01 async_tdexit_internal()
 * (src/td_transitions/td_exit.c) reports it: RCX = exit qualification,
 * RDX = extended exit qualification, R8 = GPA, R9 = interruption
 * information (all 0: the guest ran nothing), and R10 to R15, RBX, RBP,
 * RSI and RDI set to 0, RBP included, whatever the TD's NO_RBP_MOD.
 */
static u64 td_exit_async(struct seam_model *m, struct seam_model_regs *r)
{
	set_out(m, r, &r->rcx, 0);
	set_out(m, r, &r->rdx, 0);
	set_out(m, r, &r->r8, 0);
	set_out(m, r, &r->r9, 0);
	set_out(m, r, &r->r10, 0);
	set_out(m, r, &r->r11, 0);
	set_out(m, r, &r->r12, 0);
	set_out(m, r, &r->r13, 0);
	set_out(m, r, &r->r14, 0);
	set_out(m, r, &r->r15, 0);
	set_out(m, r, &r->rbx, 0);
	set_out(m, r, &r->rbp, 0);
	set_out(m, r, &r->rsi, 0);
	set_out(m, r, &r->rdi, 0);
	return SEAM_TDX_SUCCESS | m->td_exit.exit_reason;
}

/*
 * A TDG.VP.VMCALL exit, as module 1.5.01 tdg_vp_vmcall() and
 * copy_gprs_data_from_td_to_vmm() (src/td_dispatcher/vm_exits/
 * tdg_vp_vmcall.c) make it: RAX = exit reason TDCALL, RCX = GPR_SELECT |
 * XMM_SELECT << 16, and each GPR from RDX to R15 (the module's order) is
 * the guest's value if selected, else 0; RBP is left alone instead when the
 * TD set NO_RBP_MOD.
 */
/* A guest GPR the TD exit passes (@selected) or clears. */
static void pass_gpr(struct seam_model *m, struct seam_model_regs *r, u64 *reg,
		     u64 guest, bool selected)
{
	set_out(m, r, reg, selected ? guest : 0);
}

static u64 td_exit_vmcall(struct seam_model *m, struct seam_model_regs *r,
			  const struct mtd *td)
{
	const struct seam_model_td_exit *e = &m->td_exit;
	const struct seam_model_regs *g = &e->guest;
	u16 sel = e->gpr_select;

	set_out(m, r, &r->rcx, sel | (u64)e->xmm_select << 16);
	pass_gpr(m, r, &r->rdx, g->rdx, sel & BIT(2));
	pass_gpr(m, r, &r->rbx, g->rbx, sel & BIT(3));
	if (!(td->config_flags & SEAM_MODEL_CONFIG_NO_RBP_MOD))
		pass_gpr(m, r, &r->rbp, g->rbp, sel & BIT(5));
	pass_gpr(m, r, &r->rsi, g->rsi, sel & BIT(6));
	pass_gpr(m, r, &r->rdi, g->rdi, sel & BIT(7));
	pass_gpr(m, r, &r->r8, g->r8, sel & BIT(8));
	pass_gpr(m, r, &r->r9, g->r9, sel & BIT(9));
	pass_gpr(m, r, &r->r10, g->r10, sel & BIT(10));
	pass_gpr(m, r, &r->r11, g->r11, sel & BIT(11));
	pass_gpr(m, r, &r->r12, g->r12, sel & BIT(12));
	pass_gpr(m, r, &r->r13, g->r13, sel & BIT(13));
	pass_gpr(m, r, &r->r14, g->r14, sel & BIT(14));
	pass_gpr(m, r, &r->r15, g->r15, sel & BIT(15));
	return SEAM_TDX_SUCCESS | SEAM_MODEL_EXIT_REASON_TDCALL;
}

u64 model_vp_enter(struct seam_model *m, struct seam_model_regs *r)
{
	struct mvcpu *vp;
	struct mtd *td;
	int v;
	u64 st;

	st = model_check_vcpu(m, r->rcx, SEAM_OPERAND_ID_RCX, OPS_RUN, &v, &td);
	if (st)
		return st;
	vp = &m->vp.vcpus[v];
	st = model_check_tdvps(td, vp);
	if (st)
		return st;
	if (vp->state != SEAM_MODEL_VCPU_READY)
		return SEAM_TDX_VCPU_STATE_INCORRECT;
	st = model_check_assoc(m, vp);
	if (st)
		return st;
	model_do_assoc(m, vp, td);
	if (m->td_exit.kind == SEAM_MODEL_TD_EXIT_VMCALL)
		return td_exit_vmcall(m, r, td);
	return td_exit_async(m, r);
}

/* Hash of the vCPU whose TDVPR is page @idx, if it is one, for the digest. */
u64 model_vp_digest(const struct seam_model *m, u32 idx, u64 h)
{
	if (m->mem.pages[idx].pt != SEAM_PT_TDVPR)
		return h;
	return mix_bytes(h, &m->vp.vcpus[idx], sizeof(m->vp.vcpus[idx]));
}
