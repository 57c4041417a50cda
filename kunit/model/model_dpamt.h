/* SPDX-License-Identifier: GPL-2.0 */
/*
 * TDX model: dynamic PAMT (module 2.0.18)
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * Included by model_mem.h only. Once TDH.SYS.CONFIG took
 * SEAM_SYS_CONFIG_DYNAMIC_PAMT (m->sys.dynamic_pamt), the 4 KiB PAMT
 * entries of a 2 MiB range exist only while a pair of PAMT pages backs
 * the range (pamt_manager.c of module 2.0.18): its 2 MiB entry is then
 * PT_PAMT and names the pair, and a PAMT walk goes on to the 4 KiB entry
 * only through such an entry (pamt_walk()). Every other 2 MiB entry is a
 * leaf, PT_NDA when nothing uses the range. A page that is a PAMT page
 * keeps a PT_NDA entry and has its bit in PAMT_PAGE_BITMAP
 * (dynamic_pamt_4k_bitmap_*()), which the model keeps per page.
 */
#ifndef _SEAM_MODEL_DPAMT_H
#define _SEAM_MODEL_DPAMT_H

/* Page type of a 2 MiB entry backed by a PAMT page pair (module 2.0 page_type_t). */
#define PT_PAMT		15

/*
 * Set in the RCX a leaf returns when the 4 KiB page it freed was the last
 * one in use in its backed range (pamt_manager.h PAMT_REMOVAL_HINT).
 */
#define PAMT_REMOVAL_HINT	BIT_ULL(62)

/* 4 KiB entries per PAMT page: 4096 / PAMT_ENTRY_SIZE_IN_BYTES (16). */
#define DPAMT_ENTRIES_PER_PAGE	256

/*
 * Dynamic PAMT state: the pair backing each 2 MiB entry (indexed as
 * model_mem.pamt_2m, 0 where the entry is not PT_PAMT) and, per page of
 * the pool, whether it is a PAMT page (PAMT_PAGE_BITMAP). Both are hashed
 * by seam_model_digest().
 */
struct model_dpamt {
	u64 pair[MODEL_NR_2M][SEAM_DPAMT_PAGES];
	u8 pamt_page[SEAM_MODEL_MAX_PAGES];
};

bool model_dpamt_on(const struct seam_model *m);
bool model_dpamt_is_pamt_page(const struct seam_model *m, int idx);
const u64 *model_dpamt_pair(const struct seam_model *m, const struct mpage *node);
u64 model_dpamt_check_pair(struct seam_model *m, const u64 *hpa,
			   const u32 *op, int *idx);
void model_dpamt_back(struct seam_model *m, struct mpage *node,
		      const u64 *hpa, const int *idx);
void model_dpamt_unback(struct seam_model *m, struct mpage *node, int idx);
u64 model_dpamt_hint(struct seam_model *m, int idx);
u64 model_pamt_add(struct seam_model *m, struct seam_model_regs *r);
u64 model_pamt_remove(struct seam_model *m, struct seam_model_regs *r);

#endif /* _SEAM_MODEL_DPAMT_H */
