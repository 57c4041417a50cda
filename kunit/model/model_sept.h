/* SPDX-License-Identifier: GPL-2.0 */
/*
 * TDX model: the Secure EPT
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * Included by model_int.h only. The S-EPT entry that maps a page lives
 * in the page's struct mpage (model_mem.h). model_sept.c: the walk and
 * the S-EPT leaves; model_huge.c: DEMOTE and PROMOTE.
 */
#ifndef _SEAM_MODEL_SEPT_H
#define _SEAM_MODEL_SEPT_H

/* NULL_PA of the module (x86_defs.h): no page. */
#define SEPT_NULL_PA		(~0ULL)

u64 model_level_size(int level);
struct mpage *model_sept_entry(const struct seam_model *m, int idx);
bool model_sept_is_leaf(u8 s);
u64 model_sept_prologue(struct seam_model *m, struct seam_model_regs *r,
			unsigned int ops, int min, int max, bool tdr_excl,
			int *tdr, u64 *gpa, int *level, int *idx);
u64 model_sept_prologue_flags(struct seam_model *m, struct seam_model_regs *r,
			      int min, int max, int *tdr, u64 *gpa, int *level,
			      int *idx);
void model_sept_set(struct mpage *p, u64 gpa, int level, u8 state);
u64 model_sept_check_blocked(struct seam_model *m, struct seam_model_regs *r,
			     const struct mtd *td, int idx, int level);
int model_sept_find(const struct seam_model *m, u32 tdr, u64 gpa, int level);
u8 model_sept_state_of(const struct seam_model *m, int idx);
bool model_sept_is_nl(u8 s);
u64 model_sept_walk(struct seam_model *m, struct seam_model_regs *r,
		    u32 tdr, u64 gpa, int level, int *idx);
u64 model_state_err(struct seam_model *m, struct seam_model_regs *r, u64 code,
		    int idx, int level);
u64 model_sept_add(struct seam_model *m, struct seam_model_regs *r,
		   unsigned int ver);
u64 model_page_add(struct seam_model *m, struct seam_model_regs *r);
u64 model_page_aug(struct seam_model *m, struct seam_model_regs *r);
u64 model_range_block(struct seam_model *m, struct seam_model_regs *r);
u64 model_range_unblock(struct seam_model *m, struct seam_model_regs *r);
u64 model_mem_track(struct seam_model *m, struct seam_model_regs *r);
u64 model_page_remove(struct seam_model *m, struct seam_model_regs *r);
u64 model_sept_remove_start(struct seam_model *m, struct seam_model_regs *r,
			    unsigned int ver);
u64 model_sept_lock_nl(struct seam_model *m, struct seam_model_regs *r,
		       const struct mtd *td, int idx, int level);
u64 model_sept_remove(struct seam_model *m, struct seam_model_regs *r,
		      unsigned int ver);
u64 model_sept_rd(struct seam_model *m, struct seam_model_regs *r);
u64 model_mr_extend(struct seam_model *m, struct seam_model_regs *r);
u64 model_page_relocate(struct seam_model *m, struct seam_model_regs *r);
u64 model_demote_promote(struct seam_model *m, struct seam_model_regs *r,
			 bool promote, unsigned int ver);

#endif /* _SEAM_MODEL_SEPT_H */
