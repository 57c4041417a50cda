// SPDX-License-Identifier: GPL-2.0
/*
 * TDX model: the vCPU leaves, TD entry and the TD exits
 *
 * Copyright (C) 2026 The seamcall authors
 */
#include "model_int.h"

/*
 * The TDVPR in @hpa, locked shared or @excl, its owner TDR locked shared
 * (lock_and_map_implicit_tdr(): OPERAND_BUSY with operand ID TDR), and the
 * TD checked for a build state in @ops.
 */
u64 model_check_vcpu_lock(struct seam_model *m, u64 hpa, u32 op, unsigned int ops,
			  bool excl, int *vidx, struct mtd **tdp)
{
	u64 st = model_check_page_lock(m, hpa, SEAM_PT_TDVPR, op, excl, vidx);
	u32 tdr;

	if (st)
		return st;
	tdr = m->vp.vcpus[*vidx].tdr;
	st = model_pamt_lock(m, &m->mem.pages[tdr], false);
	if (st)
		return err_op(st, SEAM_OPERAND_ID_TDR);
	*tdp = &m->td.tds[tdr];
	return ops ? model_check_td_state(*tdp, ops) : SEAM_TDX_SUCCESS;
}

/* model_check_vcpu_lock() with the TDVPR locked shared. */
u64 model_check_vcpu(struct seam_model *m, u64 hpa, u32 op, unsigned int ops,
		     int *vidx, struct mtd **tdp)
{
	return model_check_vcpu_lock(m, hpa, op, ops, false, vidx, tdp);
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

/*
 * A vCPU of @td to enter or to read and write on this LP: its TDVPS
 * complete (model_check_tdvps()), its state READY, and associated with no
 * LP or this one, as the module checks before it loads the VMCS.
 */
u64 model_check_vcpu_ready(const struct seam_model *m, const struct mtd *td,
			   const struct mvcpu *vp)
{
	u64 st = model_check_tdvps(td, vp);

	if (st)
		return st;
	if (vp->state != SEAM_MODEL_VCPU_READY)
		return SEAM_TDX_VCPU_STATE_INCORRECT;
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

	st = model_check_tdr(m, r->rdx, SEAM_OPERAND_ID_RDX, false, OPS_INIT, &tdr, &td);
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

	st = model_check_vcpu_lock(m, r->rdx, SEAM_OPERAND_ID_RDX, OPS_INIT, true, &v, &td);
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
	st = model_check_vcpu_lock(m, r->rcx, SEAM_OPERAND_ID_RCX, OPS_INIT, true, &v, &td);
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

	st = model_check_vcpu_lock(m, r->rcx, SEAM_OPERAND_ID_RCX, 0, true, &v, &td);
	if (st)
		return st;
	vp = &m->vp.vcpus[v];
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

/* Bits of an EPT violation's exit qualification the module clears (12:7). */
#define EPT_VIOLATION_QUAL_CLEARED	0x1f80ULL
/* td_exit_qualification_t.vm, bits 33:32: the VM that exited, 0 (L1). */
#define EXIT_QUAL_VM			(3ULL << 32)

/*
 * An asynchronous TD exit (module 1.5.01 async_tdexit_internal(),
 * td_exit.c:261, with tdx_ept_violation_exit_to_vmm() and
 * tdx_ept_misconfig_exit_to_vmm(), td_other_exits.c:212..240, for EPT
 * exits, which pass no interruption information, and no qualifications
 * for a misconfiguration); a TDX_NON_RECOVERABLE_TD exit marks the TD
 * fatal.
 */
static u64 td_exit_async(struct seam_model *m, struct seam_model_regs *r,
			 struct mtd *td, const struct mexit *e)
{
	u64 qual = e->exit_qual, ext = e->ext_exit_qual, gpa = e->gpa;
	u64 intr = e->intr_info;

	switch (e->exit_reason) {
	case MODEL_EXIT_EPT_VIOLATION:
		qual &= ~EPT_VIOLATION_QUAL_CLEARED;
		gpa &= ~(PG_SIZE - 1);
		intr = 0;
		break;
	case MODEL_EXIT_EPT_MISCONFIG:
		qual = 0;
		ext = 0;
		gpa &= ~(PG_SIZE - 1);
		intr = 0;
		break;
	}
	set_out(m, r, &r->rcx, qual & ~EXIT_QUAL_VM);
	set_out(m, r, &r->rdx, ext);
	set_out(m, r, &r->r8, gpa);
	set_out(m, r, &r->r9, intr);
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
	if (e->status == SEAM_TDX_NON_RECOVERABLE_TD)
		td->fatal = 1;
	return e->status | e->exit_reason;
}

/* A guest GPR the TD exit passes (@selected) or clears. */
static void pass_gpr(struct seam_model *m, struct seam_model_regs *r, u64 *reg,
		     u64 guest, bool selected)
{
	set_out(m, r, reg, selected ? guest : 0);
}

/*
 * A TDG.VP.VMCALL exit (module 1.5.01 tdg_vp_vmcall() and
 * copy_gprs_data_from_td_to_vmm(), tdg_vp_vmcall.c): RCX = GPR_SELECT |
 * XMM_SELECT << 16, each GPR from RDX to R15 the guest's if selected,
 * else 0, RBP left alone for a NO_RBP_MOD TD.
 */
static u64 td_exit_vmcall(struct seam_model *m, struct seam_model_regs *r,
			  const struct mtd *td, const struct mexit *e)
{
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

/* The next exit: the script's first, else the one seam_model_set_td_exit() set. */
static void next_exit(struct seam_model *m, struct mexit *e)
{
	struct model_exits *x = &m->exits;

	if (x->count) {
		*e = x->q[x->head];
		x->head = (x->head + 1) % MODEL_MAX_EXITS;
		x->count--;
		return;
	}
	memset(e, 0, sizeof(*e));
	e->kind = m->td_exit.kind;
	e->status = SEAM_TDX_SUCCESS;
	e->exit_reason = m->td_exit.exit_reason;
	e->gpr_select = m->td_exit.gpr_select;
	e->xmm_select = m->td_exit.xmm_select;
	e->guest = m->td_exit.guest;
}

/*
 * TDH.VP.ENTER's RCX (module 1.5.01 tdh_vp_enter.c:591..681): the TDVPR
 * in bits 51:12, the host recoverability hint (bit 52, only after an
 * asynchronous trap, which the model never makes) and resume L1 (bit 53,
 * only when an L2 VM exited, which the model has not); the rest reserved.
 */
#define VP_ENTER_TDVPR		GENMASK_ULL(51, 12)
#define VP_ENTER_HINT		BIT_ULL(52)
#define VP_ENTER_RESUME_L1	BIT_ULL(53)

/*
 * True if a guest in the window keeps @e locked exclusively, or at all
 * when @excl: the module's try-lock then fails (tdx_locks.h).
 */
bool model_guest_lock_busy(const struct seam_model *m, const struct mpage *e,
			   bool excl)
{
	const struct mguest *g;
	unsigned int i;

	for (g = m->vp.guests; g; g = g->next)
		for (i = 0; i < g->nr_locks; i++)
			if (g->locks[i].e == e && (excl || g->locks[i].excl))
				return true;
	return false;
}

/*
 * The guest runs: TDH.VP.ENTER keeps the locks it took on the TDVPR (and
 * the PAMT walk to it) and on the TDR, all shared (module 1.5.01
 * tdh_vp_enter.c:tdh_vp_enter():602, :619; the TDCS OP_STATE lock of :634
 * goes at :809, before the entry, and is not modelled), drops the
 * model-wide lock and waits for seam_model_guest_release(). Then the TD
 * exit releases them (td_exit.c:td_vmexit_to_vmm():505..506). The call's
 * own members of struct seam_model are saved across the window, in which
 * other calls use them.
 */
static void guest_window(struct seam_model *m)
{
	struct seam_model_regs in = m->in;
	unsigned int cpu = m->cpu, gen = m->vp.release_gen;
	u32 written = m->written;
	struct mguest g = { .nr_locks = m->mem.nr_locks, .next = m->vp.guests };
	struct mguest **pp;

	memcpy(g.locks, m->mem.locks, sizeof(g.locks));
	m->vp.guests = &g;
	m->vp.nr_guests++;
	while (m->vp.release_gen == gen) {
		model_lock_drop(&m->smp.lock);
		model_relax();
		model_lock_retake(&m->smp.lock);
	}
	for (pp = &m->vp.guests; *pp != &g; pp = &(*pp)->next)
		;
	*pp = g.next;
	m->vp.nr_guests--;
	m->in = in;
	m->written = written;
	m->cpu = cpu;
}

u64 model_vp_enter(struct seam_model *m, struct seam_model_regs *r)
{
	struct mexit e;
	struct mvcpu *vp;
	struct mtd *td;
	int v;
	u64 st;

	if (r->rcx & ~(VP_ENTER_TDVPR | VP_ENTER_HINT | VP_ENTER_RESUME_L1))
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RCX);
	st = model_check_vcpu(m, r->rcx & VP_ENTER_TDVPR, SEAM_OPERAND_ID_RCX, OPS_RUN,
			      &v, &td);
	if (st)
		return st;
	vp = &m->vp.vcpus[v];
	st = model_check_vcpu_ready(m, td, vp);
	if (st)
		return st;
	if (r->rcx & (VP_ENTER_HINT | VP_ENTER_RESUME_L1))
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RCX);

	model_do_assoc(m, vp, td);
	if (m->vp.hold) {
		m->vp.hold = false;
		guest_window(m);
	}
	next_exit(m, &e);
	if (e.kind == SEAM_MODEL_TD_EXIT_VMCALL)
		return td_exit_vmcall(m, r, td, &e);
	return td_exit_async(m, r, td, &e);
}

/* Hash of the vCPU whose TDVPR is page @idx, if it is one, for the digest. */
u64 model_vp_digest(const struct seam_model *m, u32 idx, u64 h)
{
	if (m->mem.pages[idx].pt != SEAM_PT_TDVPR)
		return h;
	return mix_bytes(h, &m->vp.vcpus[idx], sizeof(m->vp.vcpus[idx]));
}
