/* SPDX-License-Identifier: GPL-2.0 */
/*
 * TDX model: simulated memory and the PAMT
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * Included by model_int.h only. model_pamt.c: the PAMT walk, its locks and
 * the address to page mapping; model_mem.c: the HPA checks, page
 * ownership and the PHYMEM leaves.
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

/* 2 MiB of memory: the unit a sparse model materialises. */
#define MODEL_CHUNK_SHIFT	21
/* 2 MiB chunks of backing memory at most, and of address space. */
#define MODEL_POOL_CHUNKS	(SEAM_MODEL_MAX_PAGES / 512)
#define MODEL_ADDR_CHUNKS	(SEAM_MODEL_MAX_MEM_SIZE >> MODEL_CHUNK_SHIFT)
/* A pool chunk that backs no address. */
#define MODEL_CHUNK_FREE	U32_MAX

/*
 * 2 MiB and 1 GiB PAMT entries: per 2 MiB of a dense model's memory (one
 * spare each side) or per pool chunk of a sparse one; per 1 GiB of the
 * address space.
 */
#define MODEL_NR_2M	(MODEL_POOL_CHUNKS + 2)
#define MODEL_NR_1G	((SEAM_MODEL_MAX_MEM_SIZE >> 30) + 2)

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

#include "model_dpamt.h"

/*
 * Memory: @size bytes of address space from hpa_base, backed by cfg.nr_pages
 * pages. A dense model backs page n of the address space with page n; a
 * sparse one gives each 2 MiB chunk of address space a pool chunk of 512
 * pages on first touch (model_hpa_index()). The mapping is not
 * architectural: seam_model_digest() hashes by address and skips chunks
 * that hold no state.
 */
struct model_mem {
	u64 size;		/* bytes of address space */
	u8 *bytes;		/* contents of the pages, hashed by seam_model_digest() */
	struct mpage *pages;	/* 4 KiB PAMT entries, one per page */
	bool sparse;
	u16 slot_of[MODEL_ADDR_CHUNKS];	/* sparse: pool chunk + 1, or 0 */
	u32 chunk_at[MODEL_POOL_CHUNKS];	/* sparse: address chunk backed */
	unsigned int pin_call[MODEL_POOL_CHUNKS]; /* call + 1 that touched it */
	struct mpage pamt_2m[MODEL_NR_2M];	/* from hpa_base rounded down */
	struct mpage pamt_1g[MODEL_NR_1G];
	struct model_dpamt dpamt;
	/* not architectural: the locks of the running call */
	struct mlock locks[MODEL_MAX_LOCKS];
	unsigned int nr_locks;
	unsigned int lock_call;	/* fault.log_count of the call holding them */
};

bool model_mem_config(struct seam_model_config *c);
int model_mem_create(struct seam_model *m);
void model_mem_destroy(struct seam_model *m);
int model_hpa_index(const struct seam_model *m, u64 hpa);
bool model_in_pamt(const struct seam_model *m, u64 pa);
u64 model_page_hpa(const struct seam_model *m, u32 idx);
struct mpage *model_pamt_entry(const struct seam_model *m, int idx, int level);
struct mpage *model_pamt_leaf(const struct seam_model *m, int idx, int *level);
u64 model_pamt_lock(struct seam_model *m, const struct mpage *e, bool excl);
u64 model_pamt_walk_lock(struct seam_model *m, int idx, int level, bool excl,
			 u32 op, struct mpage **leaf);
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
