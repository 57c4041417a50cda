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

/*
 * Page counts of module 1.5.01: a TDCS has MIN_NUM_TDCS_PAGES (6) plus one
 * page per L2 VM, at most MAX_NUM_TDCS_PAGES (9)
 * (td_control_structures.h); a TDVPS has MIN_TDVPS_PAGES (6, the TDVPR
 * and 5 TDCX pages) plus TDVPS_PAGES_PER_L2_VM (3) per L2 VM, at most
 * MAX_TDVPS_PAGES (15) (tdx_tdvps.h). The minimums are seam_model.h's.
 */
#define MODEL_TDCS_MIN		SEAM_MODEL_TDCS_PAGES
#define MODEL_TDCS_MAX		9
#define MODEL_TDCS_PER_L2	1
#define MODEL_TDVPS_MIN		SEAM_MODEL_TDVPS_PAGES
#define MODEL_TDVPS_MAX		15
#define MODEL_TDVPS_PER_L2	3
#define MODEL_MAX_L2_VMS	3
/* MAX_VCPUS_PER_TD of module 1.5.05 (tdx_api_defs.h), which Linux 7.x reads. */
#define MODEL_MAX_VCPUS_PER_TD	576
/* CONFIG_FLAGS.GPAW: a valid flag, but only with a 5-level EPT. */
#define MODEL_CONFIG_GPAW	BIT_ULL(0)
/* TD_PARAMS.reserved_0: bytes 20 to 23, read as the 8 bytes from 16. */
#define MODEL_TDP_RESERVED0	16
#define MODEL_TDP_RESERVED0_MASK 0xffffffff00000000ULL

/* Life cycle (TDR) and operation (TDCS) states. */
enum { LC_NONE, LC_HKID_ASSIGNED, LC_KEYS_CONFIGURED, LC_BLOCKED, LC_TEARDOWN };
enum { OP_UNINITIALIZED, OP_INITIALIZED, OP_RUNNABLE };

/* A TD; hashed as raw bytes by seam_model_digest(), so keep it zeroed. */
struct mtd {
	u8 lifecycle;
	u8 op_state;
	u8 fatal;
	u8 num_l2_vms;
	u16 hkid;
	u16 num_tdcx;
	u32 pkg_config;
	u32 max_vcpus;
	u32 num_vcpus;
	u32 num_assoc;
	u32 tdcx[MODEL_TDCS_MAX];
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
u64 model_check_tdr(struct seam_model *m, u64 hpa, u32 op, bool excl,
		    unsigned int ops, int *tdr, struct mtd **tdp);
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
