/* SPDX-License-Identifier: GPL-2.0 */
/*
 * TDX model: the P-SEAMLDR and the module version a runtime update installs
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * Included by model_int.h only.
 */
#ifndef _SEAM_MODEL_SEAMLDR_H
#define _SEAM_MODEL_SEAMLDR_H

/*
 * The leaf number P-SEAMLDR calls pass to model_fault_match(): no TDX leaf
 * and not %SEAM_MODEL_ANY_LEAF, so only faults armed for any leaf match.
 */
#define MODEL_SEAMLDR_LEAF		(-2)

/* SEAMLDR_INFO: 256 bytes, 256-byte aligned (Linux 7.x asm/seamldr.h). */
#define MODEL_SEAMLDR_INFO_SIZE		256
/* SEAMLDR_PARAMS (Linux 7.x seamldr.c struct seamldr_params). */
#define MODEL_SEAMLDR_PARAMS_SCENARIO	4
#define MODEL_SEAMLDR_PARAMS_SIGSTRUCT	8
#define MODEL_SEAMLDR_PARAMS_NR_PAGES	120
#define MODEL_SEAMLDR_PARAMS_PAGES	128
#define MODEL_SEAMLDR_SCENARIO_UPDATE	1
#define MODEL_SEAMLDR_MAX_PAGES		496

/*
 * Not architectural state of the TDX module, so not in struct model_sys
 * and not in seam_model_digest(): the version of the module the P-SEAMLDR
 * loaded last, the handoff data of TDH.SYS.SHUTDOWN and the P-SEAMLDR's
 * own counters.
 */
struct model_seamldr {
	bool updated;		/* a runtime update installed @ver */
	bool handoff;		/* TDH.SYS.SHUTDOWN wrote valid handoff data */
	u16 ver[4];		/* SEAM_MODEL_IMAGE_* order: major .. build */
	u16 pending[4];		/* the image INSTALL read, until every LP ran it */
	u64 installed;		/* LPs that ran INSTALL since TDH.SYS.SHUTDOWN */
	u32 remaining;		/* updates the P-SEAMLDR still accepts */
};

u64 model_seamldr_call(struct seam_model *m, struct seam_model_regs *r,
		       bool *injected);
unsigned int model_td_build_count(const struct seam_model *m);

#endif /* _SEAM_MODEL_SEAMLDR_H */
