/* SPDX-License-Identifier: GPL-2.0 */
/*
 * TDX model: simulated memory and the PAMT
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * Included by model_int.h only.
 */
#ifndef _SEAM_MODEL_MEM_H
#define _SEAM_MODEL_MEM_H

/*
 * PAMT entry plus the S-EPT entry that maps the page, if any; hashed as
 * raw bytes by seam_model_digest().
 */
struct mpage {
	u8 pt;
	u8 sept_level;
	u8 sept_state;
	u8 pad;
	u32 owner;		/* page index of the owning TDR + 1; 0 none */
	u64 gpa;
	u64 bepoch;		/* TD epoch when the entry was blocked */
};

struct model_mem {
	u64 size;		/* bytes of simulated memory */
	u8 *bytes;		/* its contents, hashed by seam_model_digest() */
	struct mpage *pages;	/* one per page */
};

u64 model_check_hpa(const struct seam_model *m, u64 hpa, u64 align, u32 op,
		    int *idx);
u64 model_check_page(const struct seam_model *m, u64 hpa, u8 pt, u32 op,
		     int *idx);
u64 model_check_shared(const struct seam_model *m, u64 hpa, u64 align, u32 op,
		       int *idx);
void model_td_page_take(struct seam_model *m, int idx, u8 pt, u32 tdr);
void model_td_page_free(struct seam_model *m, int idx);
u64 model_cache_wb(struct seam_model *m, struct seam_model_regs *r);
u64 model_page_rdmd(struct seam_model *m, struct seam_model_regs *r);
u64 model_page_reclaim(struct seam_model *m, struct seam_model_regs *r);
u64 model_page_wbinvd(struct seam_model *m, struct seam_model_regs *r);
u64 model_mem_digest(const struct seam_model *m, u64 h);

#endif /* _SEAM_MODEL_MEM_H */
