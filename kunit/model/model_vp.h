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

/* A vCPU; hashed as raw bytes by seam_model_digest(), so keep it zeroed. */
struct mvcpu {
	u8 state;
	u8 pad;
	u16 assoc_cpu;
	u16 num_tdcx;
	u16 pad2;
	u32 index;
	u32 tdr;		/* page index of the TDR */
	u32 tdcx[SEAM_MODEL_TDVPS_PAGES - 1];
	u64 init_rcx;
	u64 scratch;
};

struct model_vp {
	struct mvcpu *vcpus;	/* one per page, used where the page is a TDVPR */
};

u64 model_check_vcpu(struct seam_model *m, u64 hpa, u32 op, unsigned int ops,
		     int *vidx, struct mtd **tdp);
u64 model_check_assoc(struct seam_model *m, struct mvcpu *vp);
void model_do_assoc(struct seam_model *m, struct mvcpu *vp, struct mtd *td);
u64 model_vp_create(struct seam_model *m, struct seam_model_regs *r);
u64 model_vp_addcx(struct seam_model *m, struct seam_model_regs *r);
u64 model_vp_init(struct seam_model *m, struct seam_model_regs *r);
u64 model_vp_flush(struct seam_model *m, struct seam_model_regs *r);
u64 model_vp_enter(struct seam_model *m, struct seam_model_regs *r);
u64 model_vp_digest(const struct seam_model *m, u32 idx, u64 h);

#endif /* _SEAM_MODEL_VP_H */
