// SPDX-License-Identifier: GPL-2.0
/*
 * TDX model: dispatch, the register contract, creation and
 * inspection
 *
 * Copyright (C) 2026 The seamcall authors
 */
#include "model_int.h"

/*
 * Leaves that take a version above 0: module 1.5.01's dispatcher
 * (tdx_vmm_dispatcher.c:160) and TDH.VP.INIT (1.5.05) in profiles 1.5.01
 * and 1.5; module 2.0.18's dispatcher (tdx_vmm_dispatcher()) adds
 * SYS.CONFIG, SYS.UPDATE and the export and import leaves (SYS.INIT and
 * MEM.SHARED.SEPT.WR too: the model has no version 1 of SYS.INIT, and
 * MEM.SHARED.SEPT.WR is a TDX Connect leaf the dispatcher refuses first).
 */
static bool leaf_has_versions(const struct seam_model *m, unsigned int leaf)
{
	switch (leaf) {
	case SEAM_TDH_MEM_PAGE_PROMOTE:
	case SEAM_TDH_MEM_SEPT_ADD:
	case SEAM_TDH_MEM_SEPT_REMOVE:
	case SEAM_TDH_MNG_RD:
	case SEAM_TDH_VP_RD:
	case SEAM_TDH_VP_INIT:	/* version 1 from module 1.5.05 on */
		return true;
	case SEAM_TDH_SYS_CONFIG:
	case SEAM_TDH_SYS_UPDATE:
	case SEAM_TDH_EXPORT_MEM:
	case SEAM_TDH_EXPORT_BLOCKW:
	case SEAM_TDH_EXPORT_RESTORE:
	case SEAM_TDH_IMPORT_MEM:
		return model_is_2_0(m);
	}
	return false;
}

/*
 * Leaves the profile's dispatcher knows: module 1.5.01's
 * (tdx_vmm_dispatcher.c:225..); profile 2.0 adds PHYMEM.PAMT.ADD/REMOVE
 * (2.0.18 tdx_vmm_dispatcher()) and the leaves of Linux's posted series
 * (model_ext.c: SYS.DISABLE, EXT.INIT, EXT.MEM.ADD, QUOTE.INIT,
 * QUOTE.GET). The other leaves of 2.0.18 answer OPERAND_INVALID | RAX, as
 * the module does with profile 2.0's TDX_FEATURES0: MEM.SCAN.* without
 * NON_BLOCKING_EXPORT or SCAN_EXPORT_RESTORE (tdh_mem_scan_range() and its
 * siblings check that first), the TDX Connect leaves without TDX Connect
 * (is_valid_tdx_io_host_call()).
 */
static bool leaf_defined(const struct seam_model *m, unsigned int leaf)
{
	switch (leaf) {
	case SEAM_TDH_VP_ENTER ... SEAM_TDH_MEM_SEPT_REMOVE:
	case SEAM_TDH_SYS_KEY_CONFIG ... SEAM_TDH_PHYMEM_PAGE_WBINVD:
	case SEAM_TDH_VP_WR ... SEAM_TDH_SYS_CONFIG:
	case SEAM_TDH_SERVTD_BIND:
	case SEAM_TDH_SERVTD_PREBIND:
	case SEAM_TDH_SYS_SHUTDOWN:
	case SEAM_TDH_SYS_UPDATE:
	case SEAM_TDH_EXPORT_ABORT ... SEAM_TDH_EXPORT_RESTORE:
	case SEAM_TDH_EXPORT_MEM:
	case SEAM_TDH_EXPORT_PAUSE ... SEAM_TDH_EXPORT_UNBLOCKW:
	case SEAM_TDH_IMPORT_ABORT ... SEAM_TDH_IMPORT_STATE_VP:
	case SEAM_TDH_MIG_STREAM_CREATE:
		return true;
	case SEAM_TDH_PHYMEM_PAMT_ADD:
	case SEAM_TDH_PHYMEM_PAMT_REMOVE:
	case SEAM_TDH_EXT_INIT:
	case SEAM_TDH_EXT_MEM_ADD:
	case SEAM_TDH_SYS_DISABLE:
	case SEAM_TDH_QUOTE_GET:
	case SEAM_TDH_QUOTE_INIT:
		return model_is_2_0(m);
	}
	return false;
}

/* The TDH.SYS leaves a TDH.SYS.DISABLE in progress locks out. */
static bool leaf_is_sys(unsigned int leaf)
{
	switch (leaf) {
	case SEAM_TDH_SYS_KEY_CONFIG ... SEAM_TDH_SYS_RDALL:
	case SEAM_TDH_SYS_LP_SHUTDOWN:
	case SEAM_TDH_SYS_CONFIG:
	case SEAM_TDH_SYS_SHUTDOWN:
	case SEAM_TDH_SYS_UPDATE:
		return true;
	}
	return false;
}

/*
 * Leaves the module accepts before it is ready (tdx-abi.md 2.2); in
 * profile 2.0 also TDH.SYS.DISABLE, which Linux calls on kexec whatever
 * state the module is in (the model's choice: no source says).
 */
static bool leaf_before_ready(const struct seam_model *m, unsigned int leaf)
{
	switch (leaf) {
	case SEAM_TDH_SYS_DISABLE:
		return model_is_2_0(m);
	case SEAM_TDH_SYS_INFO:
	case SEAM_TDH_SYS_RD:
	case SEAM_TDH_SYS_RDALL:
	case SEAM_TDH_SYS_INIT:
	case SEAM_TDH_SYS_LP_INIT:
	case SEAM_TDH_SYS_CONFIG:
	case SEAM_TDH_SYS_KEY_CONFIG:
	case SEAM_TDH_SYS_LP_SHUTDOWN:
	case SEAM_TDH_SYS_UPDATE:
		return true;
	}
	return false;
}

/*
 * The leaves that check TDH.SYS.LP.INIT on the calling LP, after setting
 * their default outputs: SYS.INFO RDX = R9 = 0 (tdh_sys_info.c:56),
 * SYS.RD RDX = -1 (MD_FIELD_ID_NA), R8 = 0 (tdh_sys_rd.c:48), SYS.RDALL
 * R8 = -1 (tdh_sys_rdall.c:50), all module 1.5.01. The other leaves run
 * only once the module is ready, which TDH.SYS.CONFIG allows only after
 * every LP's LP.INIT. Return: false if @leaf may run on this LP.
 */
static bool lp_init_missing(struct seam_model *m, struct seam_model_regs *r,
			    unsigned int leaf)
{
	if (m->sys.lp_init & BIT_ULL(m->cpu))
		return false;
	switch (leaf) {
	case SEAM_TDH_SYS_INFO:
		set_out(m, r, &r->rdx, 0);
		set_out(m, r, &r->r9, 0);
		return true;
	case SEAM_TDH_SYS_RD:
		set_out(m, r, &r->rdx, ~0ULL);
		set_out(m, r, &r->r8, 0);
		return true;
	case SEAM_TDH_SYS_RDALL:
		set_out(m, r, &r->r8, ~0ULL);
		return true;
	}
	return false;
}

static u64 dispatch(struct seam_model *m, struct seam_model_regs *r,
		    unsigned int leaf, unsigned int ver)
{
	switch (leaf) {
	case SEAM_TDH_VP_ENTER:		return model_vp_enter(m, r);
	case SEAM_TDH_MNG_ADDCX:	return model_mng_addcx(m, r);
	case SEAM_TDH_MEM_PAGE_ADD:	return model_page_add(m, r);
	case SEAM_TDH_MEM_SEPT_ADD:	return model_sept_add(m, r, ver);
	case SEAM_TDH_VP_ADDCX:		return model_vp_addcx(m, r);
	case SEAM_TDH_MEM_PAGE_RELOCATE: return model_page_relocate(m, r);
	case SEAM_TDH_MEM_PAGE_AUG:	return model_page_aug(m, r);
	case SEAM_TDH_MEM_RANGE_BLOCK:	return model_range_block(m, r);
	case SEAM_TDH_MNG_KEY_CONFIG:	return model_mng_key_config(m, r);
	case SEAM_TDH_MNG_CREATE:	return model_mng_create(m, r);
	case SEAM_TDH_VP_CREATE:	return model_vp_create(m, r);
	case SEAM_TDH_MNG_RD:		return model_mng_rdwr(m, r, false, ver);
	case SEAM_TDH_MEM_RD:		return model_mem_rdwr(m, r, false);
	case SEAM_TDH_MNG_WR:		return model_mng_rdwr(m, r, true, 0);
	case SEAM_TDH_MEM_WR:		return model_mem_rdwr(m, r, true);
	case SEAM_TDH_MEM_PAGE_DEMOTE:	return model_demote_promote(m, r, false, ver);
	case SEAM_TDH_MR_EXTEND:	return model_mr_extend(m, r);
	case SEAM_TDH_MR_FINALIZE:	return model_mr_finalize(m, r);
	case SEAM_TDH_VP_FLUSH:		return model_vp_flush(m, r);
	case SEAM_TDH_MNG_VPFLUSHDONE:	return model_mng_vpflushdone(m, r);
	case SEAM_TDH_MNG_KEY_FREEID:	return model_mng_key_freeid(m, r);
	case SEAM_TDH_MNG_INIT:		return model_mng_init(m, r);
	case SEAM_TDH_VP_INIT:		return model_vp_init(m, r, ver);
	case SEAM_TDH_MEM_PAGE_PROMOTE:	return model_demote_promote(m, r, true, ver);
	case SEAM_TDH_PHYMEM_PAGE_RDMD:	return model_page_rdmd(m, r);
	case SEAM_TDH_MEM_SEPT_RD:	return model_sept_rd(m, r);
	case SEAM_TDH_VP_RD:		return model_vp_rdwr(m, r, false, ver);
	case SEAM_TDH_MNG_KEY_RECLAIMID: return SEAM_TDX_SUCCESS;
	case SEAM_TDH_PHYMEM_PAGE_RECLAIM: return model_page_reclaim(m, r);
	case SEAM_TDH_MEM_PAGE_REMOVE:	return model_page_remove(m, r);
	case SEAM_TDH_MEM_SEPT_REMOVE:	return model_sept_remove(m, r, ver);
	case SEAM_TDH_SYS_KEY_CONFIG:	return model_sys_key_config(m);
	case SEAM_TDH_SYS_INFO:		return model_sys_info(m, r);
	case SEAM_TDH_SYS_INIT:		return model_sys_init(m, r);
	case SEAM_TDH_SYS_RD:		return model_sys_rd(m, r);
	case SEAM_TDH_SYS_LP_INIT:	return model_lp_init(m, r);
	case SEAM_TDH_SYS_TDMR_INIT:	return model_tdmr_init(m, r);
	case SEAM_TDH_SYS_RDALL:	return model_sys_rdall(m, r);
	case SEAM_TDH_MEM_TRACK:	return model_mem_track(m, r);
	case SEAM_TDH_MEM_RANGE_UNBLOCK: return model_range_unblock(m, r);
	case SEAM_TDH_PHYMEM_CACHE_WB:	return model_cache_wb(m, r);
	case SEAM_TDH_PHYMEM_PAGE_WBINVD: return model_page_wbinvd(m, r);
	case SEAM_TDH_VP_WR:		return model_vp_rdwr(m, r, true, 0);
	case SEAM_TDH_SYS_LP_SHUTDOWN:	return SEAM_TDX_SUCCESS;
	case SEAM_TDH_SYS_CONFIG:	return model_sys_config(m, r, ver);
	case SEAM_TDH_SYS_SHUTDOWN:	return model_sys_shutdown(m, r);
	case SEAM_TDH_SYS_UPDATE:	return model_sys_update(m, r, ver);
	case SEAM_TDH_PHYMEM_PAMT_ADD:	return model_pamt_add(m, r);
	case SEAM_TDH_PHYMEM_PAMT_REMOVE: return model_pamt_remove(m, r);
	case SEAM_TDH_EXT_INIT:		return model_ext_init(m);
	case SEAM_TDH_EXT_MEM_ADD:	return model_ext_mem_add(m, r);
	case SEAM_TDH_SYS_DISABLE:	return model_sys_disable(m);
	case SEAM_TDH_QUOTE_GET:	return model_quote_get(m, r);
	case SEAM_TDH_QUOTE_INIT:	return model_quote_init(m);
	case SEAM_TDH_SERVTD_BIND:	return model_servtd_bind(m, r);
	case SEAM_TDH_SERVTD_PREBIND:
		return model_td_unmodelled(m, r->rcx, SEAM_OPERAND_ID_RCX, SEAM_PT_TDR,
					   SEAM_TDX_OP_STATE_INCORRECT);
	case SEAM_TDH_MIG_STREAM_CREATE:
		return model_td_unmodelled(m, r->rdx, SEAM_OPERAND_ID_RDX, SEAM_PT_TDR,
					   SEAM_TDX_TD_NOT_MIGRATABLE);
	case SEAM_TDH_EXPORT_STATE_VP:
	case SEAM_TDH_IMPORT_STATE_VP:
		return model_td_unmodelled(m, r->rcx, SEAM_OPERAND_ID_RCX, SEAM_PT_TDVPR,
					   SEAM_TDX_OP_STATE_INCORRECT);
	case SEAM_TDH_EXPORT_BLOCKW:
	case SEAM_TDH_EXPORT_RESTORE:
	case SEAM_TDH_EXPORT_MEM:
	case SEAM_TDH_EXPORT_UNBLOCKW:
	case SEAM_TDH_IMPORT_MEM:
		return model_td_unmodelled(m, r->rdx, SEAM_OPERAND_ID_RDX, SEAM_PT_TDR,
					   SEAM_TDX_OP_STATE_INCORRECT);
	default:	/* the other EXPORT and IMPORT leaves take the TDR in RCX */
		return model_td_unmodelled(m, r->rcx, SEAM_OPERAND_ID_RCX, SEAM_PT_TDR,
					   SEAM_TDX_OP_STATE_INCORRECT);
	}
}

/* xorshift64* (Vigna): the values the model leaves in registers it does not define. */
static u64 model_rand(struct seam_model *m)
{
	u64 x = m->rng;

	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	m->rng = x;
	return x * 0x2545f4914f6cdd1dULL;
}

/*
 * End a call that reached the module: the registers of RCX to R11 the leaf
 * did not set get fresh pseudo-random values, and every other register the
 * leaf did not set is put back from the inputs.
 *
 * That is the register contract of seamcall.h, and no more: the module may
 * change RCX, RDX and R8 to R11 on any leaf (it clears reserved outputs,
 * reads undocumented inputs and returns extended error information in
 * them), and keeps RBX, RSI, RDI, R12 to R15 and RBP except where a leaf
 * returns something there (TDH.SERVTD.BIND, TDH.VP.ENTER). Code that
 * keeps a live value in one of RCX to R11 across a SEAMCALL reads garbage
 * here, on every leaf, not only where the real module happens to write.
 */
static void finish_call(struct seam_model *m, struct seam_model_regs *r)
{
	static const u8 scratch[] = {
		offsetof(struct seam_model_regs, rcx),
		offsetof(struct seam_model_regs, rdx),
		offsetof(struct seam_model_regs, r8),
		offsetof(struct seam_model_regs, r9),
		offsetof(struct seam_model_regs, r10),
		offsetof(struct seam_model_regs, r11),
	};
	const u64 *in = (const u64 *)&m->in;
	u64 *out = (u64 *)r;
	unsigned int i;

	for (i = 1; i < sizeof(*r) / sizeof(u64); i++)
		if (!(m->written & BIT(i)))
			out[i] = in[i];
	for (i = 0; i < ARRAY_SIZE(scratch); i++)
		if (!(m->written & BIT(scratch[i] / sizeof(u64))))
			out[scratch[i] / sizeof(u64)] = model_rand(m);
}

/*
 * A canned reply is the leaf's output: RCX to R11 from @rep, and the
 * registers above R11 that the leaf returns in module 1.5.01: R12 and R13
 * for TDH.SERVTD.BIND, all but RBP for TDH.VP.ENTER (and with @all).
 */
static void apply_reply(struct seam_model *m, struct seam_model_regs *r,
			const struct seam_model_regs *rep, unsigned int leaf,
			bool all)
{
	set_out(m, r, &r->rcx, rep->rcx);
	set_out(m, r, &r->rdx, rep->rdx);
	set_out(m, r, &r->r8, rep->r8);
	set_out(m, r, &r->r9, rep->r9);
	set_out(m, r, &r->r10, rep->r10);
	set_out(m, r, &r->r11, rep->r11);
	if (all || leaf == SEAM_TDH_VP_ENTER || leaf == SEAM_TDH_SERVTD_BIND) {
		set_out(m, r, &r->r12, rep->r12);
		set_out(m, r, &r->r13, rep->r13);
	}
	if (all || leaf == SEAM_TDH_VP_ENTER) {
		set_out(m, r, &r->r14, rep->r14);
		set_out(m, r, &r->r15, rep->r15);
		set_out(m, r, &r->rbx, rep->rbx);
		set_out(m, r, &r->rdi, rep->rdi);
		set_out(m, r, &r->rsi, rep->rsi);
	}
}

/* One call, under the model-wide lock, with the per-call members set. */
static enum seam_model_exit model_call(struct seam_model *m,
				       struct seam_model_regs *regs,
				       unsigned int leaf, unsigned int ver)
{
	static const enum seam_model_exit insn_exit[] = {
		SEAM_MODEL_EXIT_VMFAIL, SEAM_MODEL_EXIT_GP, SEAM_MODEL_EXIT_UD,
	};
	bool injected = false, bad_rax;
	/* The CPU sends RAX bit 63 to the P-SEAMLDR, where there is one. */
	bool ldr = (regs->rax & SEAM_SEAMLDR_LEAF_FLAG) &&
		   (m->cfg.features & SEAM_MODEL_FEAT_SEAMLDR);
	struct mfault *f;
	u64 st;

	f = model_fault_match(m, ldr ? MODEL_SEAMLDR_LEAF : (int)leaf, true);
	if (f) {
		enum seam_model_exit e = insn_exit[f->kind - SEAM_MODEL_FAULT_VMFAIL];

		/* The instruction did not reach the module: nothing changes. */
		model_fault_consume(f);
		model_log_call(m, regs, e, true);
		return e;
	}

	/*
	 * The dispatcher (module 1.5.01 tdx_vmm_dispatcher.c:139..222):
	 * reserved RAX bits and versions first, then the shutdown and ready
	 * gates, and an undefined leaf only in the leaf switch after them.
	 * Profile 2.0 (model_ext.c, the model's choices): after TDH.SYS.DISABLE
	 * every leaf but SYS.INIT answers as after SYS.SHUTDOWN; while an
	 * interrupted SYS.DISABLE is in progress the other TDH.SYS leaves get
	 * SYS_BUSY ("will lock out *new* TDH.SYS.* SEAMCALLs", Linux kexec v3).
	 */
	bad_rax = (regs->rax & SEAM_RAX_RESERVED_MASK) || (ver && !leaf_has_versions(m, leaf));
	f = ldr || bad_rax || !leaf_defined(m, leaf) ? NULL : model_fault_match(m, leaf, false);

	if (ldr) {
		st = model_seamldr_call(m, regs, &injected);
	} else if (bad_rax) {
		st = err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RAX);
	} else if (f) {
		injected = true;
		switch (f->kind) {
		case SEAM_MODEL_FAULT_NO_ENTROPY:
			/*
			 * No output: finish_call() scribbles on RCX to R11,
			 * so a caller that stores them would send garbage
			 * on a retry.
			 */
			st = SEAM_TDX_RND_NO_ENTROPY;
			break;
		case SEAM_MODEL_FAULT_BUSY:
			st = err_op(SEAM_TDX_OPERAND_BUSY, f->operand);
			break;
		case SEAM_MODEL_FAULT_REPLY:
			st = f->status;
			apply_reply(m, regs, &f->reply, leaf, f->all_regs);
			break;
		default:
			st = SEAM_TDX_INTERRUPTED_RESUMABLE;
			if (leaf == SEAM_TDH_PHYMEM_CACHE_WB && regs->rcx <= SEAM_CACHE_WB_RESUME)
				m->sys.wb_pending |= BIT(cur_pkg(m));
			break;
		}
		model_fault_consume(f);
	} else if (m->sys.sys_state == SEAM_MODEL_SYS_SHUTDOWN &&
		   leaf != SEAM_TDH_SYS_LP_SHUTDOWN) {
		st = SEAM_TDX_SYS_SHUTDOWN;
	} else if (m->sys.sys_state == SEAM_MODEL_SYS_DISABLED &&
		   leaf != SEAM_TDH_SYS_LP_SHUTDOWN && leaf != SEAM_TDH_SYS_INIT) {
		st = SEAM_TDX_SYS_SHUTDOWN;
	} else if (m->sys.disable_calls && leaf_is_sys(leaf)) {
		st = SEAM_TDX_SYS_BUSY;
	} else if (m->sys.sys_state != SEAM_MODEL_SYS_READY &&
		   !leaf_before_ready(m, leaf)) {
		st = SEAM_TDX_SYS_NOT_READY;
	} else if (!leaf_defined(m, leaf)) {
		st = err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RAX);
	} else if (lp_init_missing(m, regs, leaf)) {
		st = SEAM_TDX_SYS_LP_INIT_NOT_DONE;
	} else {
		st = dispatch(m, regs, leaf, ver);
	}
	finish_call(m, regs);
	regs->rax = st;
	model_log_call(m, regs, SEAM_MODEL_EXIT_RETURN, injected);
	return SEAM_MODEL_EXIT_RETURN;
}

enum seam_model_exit seam_model_seamcall(struct seam_model *m,
					 struct seam_model_regs *regs)
{
	unsigned int leaf = regs->rax & SEAM_LEAF_MASK;
	unsigned int ver = (regs->rax & SEAM_VERSION_MASK) >> SEAM_VERSION_SHIFT;
	enum seam_model_exit e;
	unsigned long flags;

	model_lock_acquire(&m->smp.lock, &flags);
	m->in = *regs;
	m->written = 0;
	m->mem.nr_locks = 0;
	m->cpu = model_thread_cpu(m);
	e = model_call(m, regs, leaf, ver);
	model_lock_release(&m->smp.lock, flags);
	return e;
}

struct seam_model *seam_model_create(const struct seam_model_config *cfg)
{
	struct seam_model_config c = {};
	struct seam_model *m;

	if (cfg)
		c = *cfg;
	if (!c.hpa_base)
		c.hpa_base = 0x100000000ULL;
	if (!c.nr_pages)
		c.nr_pages = 64;
	if (!c.nr_lps)
		c.nr_lps = 4;
	if (!c.nr_pkgs)
		c.nr_pkgs = 2;
	if (!c.pa_bits)
		c.pa_bits = 46;
	if (!c.hkid_bits)
		c.hkid_bits = 6;
	if (!c.nr_private_hkids)
		c.nr_private_hkids = (1U << c.hkid_bits) / 2;
	if (!c.tdmr_init_pages)
		c.tdmr_init_pages = c.nr_pages;
	if (!c.log_size)
		c.log_size = 64;
	if (!c.seed)
		c.seed = SEAM_MODEL_DEFAULT_SEED;

	if (c.nr_pages > SEAM_MODEL_MAX_PAGES || (c.features & ~SEAM_MODEL_FEAT_ALL) ||
	    c.profile >= SEAM_MODEL_NR_PROFILES ||
	    c.nr_lps > SEAM_MODEL_MAX_LPS ||
	    c.nr_pkgs > SEAM_MODEL_MAX_PKGS || c.nr_pkgs > c.nr_lps ||
	    c.hkid_bits > MAX_HKID_BITS || c.pa_bits < 32 || c.pa_bits > 52 ||
	    c.pa_bits + c.hkid_bits > 52 || c.nr_private_hkids >= (1U << c.hkid_bits) ||
	    !model_mem_config(&c))
		return NULL;

	m = seam_model_zalloc(sizeof(*m));
	if (!m)
		return NULL;
	model_lock_init(&m->smp.lock);
	m->cfg = c;
	m->rng = c.seed;
	m->ldr.remaining = SEAM_MODEL_SEAMLDR_UPDATES;
	m->td_exit.exit_reason = 12;
	m->td.tds = seam_model_zalloc(c.nr_pages * sizeof(*m->td.tds));
	m->vp.vcpus = seam_model_zalloc(c.nr_pages * sizeof(*m->vp.vcpus));
	m->fault.log = seam_model_zalloc(c.log_size * sizeof(*m->fault.log));
	if (model_mem_create(m) || !m->td.tds || !m->vp.vcpus || !m->fault.log) {
		seam_model_destroy(m);
		return NULL;
	}
	return m;
}

void seam_model_destroy(struct seam_model *m)
{
	if (!m)
		return;
	seam_model_free(m->fault.log);
	seam_model_free(m->vp.vcpus);
	seam_model_free(m->td.tds);
	model_mem_destroy(m);
	model_lock_destroy(&m->smp.lock);
	seam_model_free(m);
}

void seam_model_get_config(const struct seam_model *m,
			   struct seam_model_config *cfg)
{
	*cfg = m->cfg;
}

void seam_model_set_seed(struct seam_model *m, u64 seed)
{
	m->rng = seed ? seed : SEAM_MODEL_DEFAULT_SEED;
}

int seam_model_set_td_exit(struct seam_model *m,
			   const struct seam_model_td_exit *exit)
{
	if (exit->kind != SEAM_MODEL_TD_EXIT_ASYNC &&
	    exit->kind != SEAM_MODEL_TD_EXIT_VMCALL)
		return -EINVAL;
	if (exit->gpr_select & (BIT(0) | BIT(1) | BIT(4)))
		return -EINVAL;
	m->td_exit = *exit;
	return 0;
}

void *seam_model_page(struct seam_model *m, u64 hpa)
{
	int idx = hpa_index(m, hpa);

	return idx < 0 ? NULL : page_mem(m, idx);
}

/* The calling thread's CPU, or SEAM_MODEL_CPU_HOST (model_lock.h). */
int seam_model_set_cpu(struct seam_model *m, unsigned int cpu)
{
	unsigned long flags;

	if (cpu >= m->cfg.nr_lps && cpu != SEAM_MODEL_CPU_HOST)
		return -EINVAL;
	model_lock_acquire(&m->smp.lock, &flags);
	model_set_thread_cpu(m, cpu);
	model_lock_release(&m->smp.lock, flags);
	return 0;
}

unsigned int seam_model_cpu(const struct seam_model *m)
{
	/* The lock is the one member a query changes. */
	struct model_lock *lock = (struct model_lock *)&m->smp.lock;
	unsigned long flags;
	unsigned int cpu;

	model_lock_acquire(lock, &flags);
	cpu = model_thread_cpu((struct seam_model *)m);
	model_lock_release(lock, flags);
	return cpu;
}

unsigned int seam_model_pkg_of(const struct seam_model *m, unsigned int cpu)
{
	return cpu % m->cfg.nr_pkgs;
}

u16 seam_model_first_private_hkid(const struct seam_model *m)
{
	return (u16)((1U << m->cfg.hkid_bits) - m->cfg.nr_private_hkids);
}

enum seam_model_sys_state seam_model_sys_state(const struct seam_model *m)
{
	return m->sys.sys_state;
}

bool seam_model_dynamic_pamt(const struct seam_model *m)
{
	return m->sys.dynamic_pamt;
}

bool seam_model_lp_initialized(const struct seam_model *m, unsigned int cpu)
{
	return cpu < m->cfg.nr_lps && (m->sys.lp_init & BIT_ULL(cpu));
}

unsigned int seam_model_page_type(const struct seam_model *m, u64 hpa)
{
	int idx = hpa_index(m, hpa);

	return idx < 0 ? SEAM_MODEL_PT_INVALID : model_pamt_leaf(m, idx, NULL)->pt;
}

u64 seam_model_page_owner(const struct seam_model *m, u64 hpa)
{
	int idx = hpa_index(m, hpa);
	const struct mpage *p = idx < 0 ? NULL : model_pamt_leaf(m, idx, NULL);

	return p && p->owner ? page_hpa(m, p->owner - 1) : 0;
}

static const struct mtd *td_of(const struct seam_model *m, u64 tdr)
{
	int idx = hpa_index(m, tdr);

	if (idx < 0 || m->mem.pages[idx].pt != SEAM_PT_TDR)
		return NULL;
	return &m->td.tds[idx];
}

enum seam_model_td_state seam_model_td_state(const struct seam_model *m, u64 tdr)
{
	const struct mtd *td = td_of(m, tdr);

	if (!td)
		return SEAM_MODEL_TD_NONE;
	switch (td->lifecycle) {
	case LC_HKID_ASSIGNED:
		return SEAM_MODEL_TD_HKID_ASSIGNED;
	case LC_KEYS_CONFIGURED:
		if (td->op_state == OP_RUNNABLE)
			return SEAM_MODEL_TD_RUNNABLE;
		if (td->op_state == OP_INITIALIZED)
			return SEAM_MODEL_TD_INITIALIZED;
		return SEAM_MODEL_TD_KEYS_CONFIGURED;
	case LC_BLOCKED:
		return SEAM_MODEL_TD_BLOCKED;
	case LC_TEARDOWN:
		return SEAM_MODEL_TD_TEARDOWN;
	}
	return SEAM_MODEL_TD_NONE;
}

u16 seam_model_td_hkid(const struct seam_model *m, u64 tdr)
{
	const struct mtd *td = td_of(m, tdr);

	return td && td->lifecycle != LC_TEARDOWN ? td->hkid : 0;
}

enum seam_model_hkid_state seam_model_hkid_state(const struct seam_model *m,
						 u16 hkid)
{
	if (hkid >= nr_hkids(m))
		return SEAM_MODEL_HKID_FREE;
	return m->sys.kot[hkid].state;
}

u64 seam_model_td_measurement(const struct seam_model *m, u64 tdr)
{
	const struct mtd *td = td_of(m, tdr);

	return td ? td->mrtd : 0;
}

static const struct mvcpu *vcpu_of(const struct seam_model *m, u64 tdvpr)
{
	int idx = hpa_index(m, tdvpr);

	if (idx < 0 || m->mem.pages[idx].pt != SEAM_PT_TDVPR)
		return NULL;
	return &m->vp.vcpus[idx];
}

enum seam_model_vcpu_state seam_model_vcpu_state(const struct seam_model *m,
						 u64 tdvpr)
{
	const struct mvcpu *vp = vcpu_of(m, tdvpr);

	return vp ? vp->state : SEAM_MODEL_VCPU_NONE;
}

int seam_model_vcpu_associated_cpu(const struct seam_model *m, u64 tdvpr)
{
	const struct mvcpu *vp = vcpu_of(m, tdvpr);

	return vp && vp->assoc_cpu != NO_CPU ? vp->assoc_cpu : -1;
}

enum seam_model_sept_state seam_model_sept_state(const struct seam_model *m,
						 u64 tdr, u64 gpa, int level)
{
	int t = hpa_index(m, tdr), l, idx;

	if (!td_of(m, tdr) || level < 0 || level > SEPT_TOP_LEVEL)
		return SEAM_MODEL_SEPT_WALK_FAILED;
	for (l = SEPT_TOP_LEVEL; l > level; l--)
		if (!model_sept_is_nl(model_sept_state_of(m, model_sept_find(m, t, gpa, l))))
			return SEAM_MODEL_SEPT_WALK_FAILED;
	idx = model_sept_find(m, t, gpa, level);
	return model_sept_state_of(m, idx);
}

u64 seam_model_sept_hpa(const struct seam_model *m, u64 tdr, u64 gpa, int level)
{
	int t = hpa_index(m, tdr), idx;

	if (!td_of(m, tdr) || level < 0 || level > SEPT_TOP_LEVEL)
		return 0;
	idx = model_sept_find(m, t, gpa, level);
	return idx < 0 ? 0 : page_hpa(m, idx);
}

u64 seam_model_digest(const struct seam_model *m)
{
	return model_mem_digest(m, model_sys_digest(m, 0x5ea5ca11ULL));
}
