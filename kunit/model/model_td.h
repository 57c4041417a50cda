/* SPDX-License-Identifier: GPL-2.0 */
/*
 * TDX model: TDs (TDR and TDCS state)
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * Included by model_int.h only.
 */
#ifndef _SEAM_MODEL_TD_H
#define _SEAM_MODEL_TD_H

/* Life cycle (TDR) and operation (TDCS) states. */
enum { LC_NONE, LC_HKID_ASSIGNED, LC_KEYS_CONFIGURED, LC_BLOCKED, LC_TEARDOWN };
enum { OP_UNINITIALIZED, OP_INITIALIZED, OP_RUNNABLE };

/* A TD; hashed as raw bytes by seam_model_digest(), so keep it zeroed. */
struct mtd {
	u8 lifecycle;
	u8 op_state;
	u8 fatal;
	u8 pad;
	u16 hkid;
	u16 num_tdcx;
	u32 pkg_config;
	u32 max_vcpus;
	u32 num_vcpus;
	u32 num_assoc;
	u32 tdcx[SEAM_MODEL_TDCS_PAGES];
	u64 child_cnt;
	u64 attributes;
	u64 xfam;
	u64 mrtd;
	u64 epoch;
	u64 scratch;
	u64 config_flags;
};

struct model_td {
	struct mtd *tds;	/* one per page, used where the page is a TDR */
};

#define OPS_INIT	BIT(OP_INITIALIZED)
#define OPS_RUN		BIT(OP_RUNNABLE)
#define OPS_BUILT	(OPS_INIT | OPS_RUN)
#define OPS_ANY		(BIT(OP_UNINITIALIZED) | OPS_BUILT)

u64 model_check_td_state(const struct mtd *td, unsigned int ops_allowed);
void model_measure(struct mtd *td, u64 tag, u64 a, const void *data, size_t len);
u64 model_mng_create(struct seam_model *m, struct seam_model_regs *r);
u64 model_mng_key_config(struct seam_model *m, struct seam_model_regs *r);
u64 model_mng_addcx(struct seam_model *m, struct seam_model_regs *r);
u64 model_mng_init(struct seam_model *m, struct seam_model_regs *r);
u64 model_mng_vpflushdone(struct seam_model *m, struct seam_model_regs *r);
u64 model_mng_key_freeid(struct seam_model *m, struct seam_model_regs *r);
u64 model_mr_finalize(struct seam_model *m, struct seam_model_regs *r);
u64 model_td_unmodelled(struct seam_model *m, u64 hpa, u32 op, u8 pt, u64 final);
u64 model_servtd_bind(struct seam_model *m, struct seam_model_regs *r);
u64 model_td_digest(const struct seam_model *m, u32 idx, u64 h);

#endif /* _SEAM_MODEL_TD_H */
