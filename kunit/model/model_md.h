/* SPDX-License-Identifier: GPL-2.0 */
/*
 * TDX model: metadata (SYS.RD, MNG.RD/WR, VP.RD/WR, ...)
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * Included by model_int.h only.
 */
#ifndef _SEAM_MODEL_MD_H
#define _SEAM_MODEL_MD_H

u64 model_sys_rd(struct seam_model *m, struct seam_model_regs *r);
u64 model_sys_rdall(struct seam_model *m, struct seam_model_regs *r);
u64 model_sys_info(struct seam_model *m, struct seam_model_regs *r);
u64 model_mng_rdwr(struct seam_model *m, struct seam_model_regs *r, bool wr,
		   unsigned int ver);
u64 model_vp_rdwr(struct seam_model *m, struct seam_model_regs *r, bool wr,
		  unsigned int ver);
u64 model_mem_rdwr(struct seam_model *m, struct seam_model_regs *r, bool wr);
u64 model_features0(const struct seam_model *m);
void model_md_td_init(struct seam_model *m, const struct mtd *td, const u8 *td_params);

#endif /* _SEAM_MODEL_MD_H */
