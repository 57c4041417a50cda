/* SPDX-License-Identifier: GPL-2.0 */
/*
 * TDX model: vCPUs (TDVPS state), TD entry and exit
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * Included by model_int.h only.
 */
#ifndef _SEAM_MODEL_VP_H
#define _SEAM_MODEL_VP_H

/* TDX_X2APIC_ID_NOT_UNIQUE (module 1.5.05 tdx_error_codes_defs.h). */
#define MODEL_TDX_X2APIC_ID_NOT_UNIQUE	0xC000062100000000ULL

/* A vCPU; hashed as raw bytes by seam_model_digest(), so keep it zeroed. */
struct mvcpu {
	u8 state;
	u8 pad;
	u16 assoc_cpu;
	u16 num_tdcx;
	u16 pad2;
	u32 index;
	u32 tdr;		/* page index of the TDR */
	u32 tdcx[MODEL_TDVPS_MAX - 1];
	u32 x2apic_id;		/* from TDH.VP.INIT version 1, else 0 */
	u32 pad3;
	u64 init_rcx;
	u64 scratch;
};

/*
 * A TDH.VP.ENTER in the guest window: the PAMT entry locks it keeps, on
 * its stack while it waits (model_lock.h).
 */
struct mguest {
	struct mlock locks[MODEL_MAX_LOCKS];
	unsigned int nr_locks;
	struct mguest *next;
};

struct model_vp {
	struct mvcpu *vcpus;	/* one per page, used where the page is a TDVPR */
	/* not architectural: the guests held, under the model-wide lock */
	struct mguest *guests;
	unsigned int nr_guests;
	unsigned int release_gen;	/* seam_model_guest_release() calls */
	bool hold;		/* the next TDH.VP.ENTER stays in the guest */
};

/* Basic exit reasons of the EPT exits (Intel SDM vol. 3, appendix C). */
#define MODEL_EXIT_EPT_VIOLATION	48
#define MODEL_EXIT_EPT_MISCONFIG	49
/* Exits the script holds: SEAM_MODEL_MAX_EXITS (seam_model_exits.c). */
#define MODEL_MAX_EXITS			16

/*
 * A TD exit of the script: struct seam_model_scripted_exit as
 * seam_model_exits.c queues it, the fields TDH.VP.ENTER reads.
 */
struct mexit {
	u32 kind;		/* enum seam_model_td_exit_kind */
	u32 exit_reason;
	u64 status;
	u64 exit_qual;
	u64 ext_exit_qual;
	u64 gpa;
	u64 intr_info;
	u16 gpr_select;
	u16 xmm_select;
	struct seam_model_regs guest;
};

/* The TD exit script, a ring; not architectural. */
struct model_exits {
	struct mexit q[MODEL_MAX_EXITS];
	unsigned int head;
	unsigned int count;
};

u64 model_check_vcpu_lock(struct seam_model *m, u64 hpa, u32 op, unsigned int ops,
			  bool excl, int *vidx, struct mtd **tdp);
u64 model_check_vcpu(struct seam_model *m, u64 hpa, u32 op, unsigned int ops,
		     int *vidx, struct mtd **tdp);
u64 model_check_tdvps(const struct mtd *td, const struct mvcpu *vp);
u64 model_check_vcpu_ready(const struct seam_model *m, const struct mtd *td,
			   const struct mvcpu *vp);
void model_do_assoc(struct seam_model *m, struct mvcpu *vp, struct mtd *td);
u64 model_vp_create(struct seam_model *m, struct seam_model_regs *r);
u64 model_vp_addcx(struct seam_model *m, struct seam_model_regs *r);
u64 model_vp_init(struct seam_model *m, struct seam_model_regs *r,
		  unsigned int ver);
u64 model_vp_flush(struct seam_model *m, struct seam_model_regs *r);
u64 model_vp_enter(struct seam_model *m, struct seam_model_regs *r);
bool model_guest_lock_busy(const struct seam_model *m, const struct mpage *e,
			   bool excl);
u64 model_vp_digest(const struct seam_model *m, u32 idx, u64 h);

#endif /* _SEAM_MODEL_VP_H */
