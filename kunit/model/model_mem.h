/* SPDX-License-Identifier: GPL-2.0 */
/*
 * TDX model: simulated memory and the PAMT
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * Included by model_int.h only.
 *
 * The PAMT has the module's three levels (pamt_manager.c of module
 * 1.5.01): one entry per 4 KiB page, per 2 MiB and per 1 GiB range of the
 * simulated memory. A private page of 2 MiB or 1 GiB is recorded in the
 * entry of its size, and the entries below it stay PT_NDA; a PAMT walk
 * stops at the first level whose entry is PT_REG (pamt_walk()).
 */
#ifndef _SEAM_MODEL_MEM_H
#define _SEAM_MODEL_MEM_H

/* PAMT levels, as the module's page_size_t and the S-EPT leaf levels. */
#define PAMT_4K		0
#define PAMT_2M		1
#define PAMT_1G		2

/* 2 MiB and 1 GiB entries the largest memory can touch (one spare each side). */
#define MODEL_NR_2M	(SEAM_MODEL_MAX_PAGES / 512 + 2)
#define MODEL_NR_1G	2

/* PAMT entry locks one call may hold (tdx_locks.h sharex locks). */
#define MODEL_MAX_LOCKS	8

/*
 * PAMT entry plus the S-EPT entry that maps the page, if any; hashed as
 * raw bytes by seam_model_digest(). For a 2 MiB or 1 GiB private page the
 * S-EPT leaf lives in the entry of that size.
 */
struct mpage {
	u8 pt;
	u8 sept_level;
	u8 sept_state;
	u8 pad;
	u32 owner;		/* page index of the owning TDR + 1; 0 none */
	u32 freed_owner;	/* owner a free page had, which RDMD still shows */
	u32 pad2;
	u64 gpa;
	u64 bepoch;		/* TD epoch when the entry was blocked */
};

/* A PAMT entry lock held in the current call; not architectural. */
struct mlock {
	const struct mpage *e;
	u8 excl;
	u8 count;
};

struct model_mem {
	u64 size;		/* bytes of simulated memory */
	u8 *bytes;		/* its contents, hashed by seam_model_digest() */
	struct mpage *pages;	/* 4 KiB PAMT entries, one per page */
	struct mpage pamt_2m[MODEL_NR_2M];	/* from hpa_base rounded down */
	struct mpage pamt_1g[MODEL_NR_1G];
	/* not architectural: the locks of the running call */
	struct mlock locks[MODEL_MAX_LOCKS];
	unsigned int nr_locks;
	unsigned int lock_call;	/* fault.log_count of the call holding them */
};

struct mpage *model_pamt_entry(const struct seam_model *m, int idx, int level);
struct mpage *model_pamt_leaf(const struct seam_model *m, int idx, int *level);
u64 model_pamt_lock(struct seam_model *m, const struct mpage *e, bool excl);
u64 model_check_hpa(const struct seam_model *m, u64 hpa, u64 align, u32 op,
		    int *idx);
u64 model_check_page(struct seam_model *m, u64 hpa, u8 pt, u32 op, int *idx);
u64 model_check_page_lock(struct seam_model *m, u64 hpa, u8 pt, u32 op,
			  bool excl, int *idx);
u64 model_check_free_range(struct seam_model *m, u64 hpa, int level, u32 op,
			   int *idx);
u64 model_check_shared(const struct seam_model *m, u64 hpa, u64 align, u32 op,
		       int *idx);
void model_page_take(struct seam_model *m, int idx, int level, u8 pt, u32 tdr);
void model_td_page_take(struct seam_model *m, int idx, u8 pt, u32 tdr);
void model_pamt_free(struct mpage *p);
void model_td_page_free(struct seam_model *m, int idx);
u64 model_cache_wb(struct seam_model *m, struct seam_model_regs *r);
u64 model_page_rdmd(struct seam_model *m, struct seam_model_regs *r);
u64 model_page_reclaim(struct seam_model *m, struct seam_model_regs *r);
u64 model_page_wbinvd(struct seam_model *m, struct seam_model_regs *r);
u64 model_mem_digest(const struct seam_model *m, u64 h);

#endif /* _SEAM_MODEL_MEM_H */
