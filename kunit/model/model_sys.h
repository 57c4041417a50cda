/* SPDX-License-Identifier: GPL-2.0 */
/*
 * TDX model: system, LP, TDMR and KOT state
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * Included by model_int.h only.
 */
#ifndef _SEAM_MODEL_SYS_H
#define _SEAM_MODEL_SYS_H

/* MAX_TDMRS of module 1.5.01 (tdx_api_defs.h), what TDH.SYS.CONFIG takes. */
#define MODEL_MAX_TDMRS		64
/* TDMR_BASE granularity (check_tdmr_area_addresses_and_size()). */
#define MODEL_TDMR_ALIGN	BIT_ULL(30)
/* TDX_MODULE_HV and TDX_MIN_UPDATE_HV of module 1.5.01 (proj_defs.mk). */
#define MODEL_MODULE_HV		0
/*
 * With dynamic PAMT the KeyID bits must start at bit 48 or below
 * (MAX_DYNAMIC_PAMT_HKID_START_BIT, module 2.0.18 pamt_manager.h).
 */
#define MODEL_DPAMT_MAX_PA_BITS	48

struct mkot {
	u8 state;
	u8 flushed;		/* packages whose caches were written back */
};

struct mtdmr {
	u64 base;
	u64 size;
	u64 next;		/* first address not yet initialised */
};

/*
 * Global architectural state; seam_model_digest() hashes it as raw bytes,
 * so keep it zeroed and free of pointers.
 */
struct model_sys {
	u8 sys_state;
	u8 dynamic_pamt;	/* SYS.CONFIG took SEAM_SYS_CONFIG_DYNAMIC_PAMT */
	u8 pad[2];
	u16 global_hkid;
	u16 nr_tdmrs;
	u64 lp_init;
	u32 pkg_key;
	u32 wb_pending;		/* packages with an interrupted CACHE.WB */
	/* model_ext.c: SYS.DISABLE, extensions and quoting (profile 2.0) */
	u32 disable_calls;	/* INTERRUPTED_RESUMABLE answers of SYS.DISABLE */
	u32 ext_pool;		/* pages TDH.EXT.MEM.ADD gave the pool */
	u32 ext_init;		/* pool pages TDH.EXT.INIT initialised */
	u32 quote_done;		/* bytes of the interrupted TDH.QUOTE.GET written */
	u8 ext_ready;		/* TDH.EXT.INIT completed */
	u8 quote_init;		/* TDH.QUOTE.INIT calls; MODEL_QUOTE_INIT_CALLS: ready */
	u8 pad2[6];
	u64 quote_key;		/* its inputs, hashed; 0: none pending */
	struct mtdmr tdmr[MODEL_MAX_TDMRS];
	struct mkot kot[NR_KOT];
};

u64 model_sys_init(struct seam_model *m, struct seam_model_regs *r);
u64 model_lp_init(struct seam_model *m, struct seam_model_regs *r);
u64 model_sys_config(struct seam_model *m, struct seam_model_regs *r,
		     unsigned int ver);
u64 model_sys_key_config(struct seam_model *m);
u64 model_tdmr_init(struct seam_model *m, struct seam_model_regs *r);
u64 model_sys_update(struct seam_model *m, struct seam_model_regs *r,
		     unsigned int ver);
u64 model_sys_shutdown(struct seam_model *m, struct seam_model_regs *r);
u64 model_sys_digest(const struct seam_model *m, u64 h);

#endif /* _SEAM_MODEL_SYS_H */
