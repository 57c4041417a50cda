/* SPDX-License-Identifier: GPL-2.0 */
/*
 * TDX model: TDH.SYS.DISABLE, the module extensions (TDH.EXT.MEM.ADD,
 * TDH.EXT.INIT) and DICE quoting (TDH.QUOTE.INIT, TDH.QUOTE.GET)
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * Included by model_int.h only. Profile 2.0 only: no public module source
 * has these leaves, so they follow Linux's posted series (upstream-2026.md
 * 1.3) and the model's choices, listed in kunit/model/README.md. Their
 * state lives in struct model_sys (the extension pool, the init progress,
 * the pending quote), so seam_model_digest() covers it.
 */
#ifndef _SEAM_MODEL_EXT_H
#define _SEAM_MODEL_EXT_H

/* Pages the extensions' pool needs (MEMORY_POOL_REQUIRED_PAGES at start). */
#define MODEL_EXT_POOL_PAGES		4
/* Pool pages one TDH.EXT.MEM.ADD adds, one TDH.EXT.INIT initialises. */
#define MODEL_EXT_PAGES_PER_CALL	2
/* TDH.QUOTE.INIT calls until the quoting keys are ready (one resume). */
#define MODEL_QUOTE_INIT_CALLS		2

/* HPA_LIST_INFO (Linux extensions v2 to_hpa_list_info()). */
#define MODEL_HPA_LIST_FIRST_SHIFT	3
#define MODEL_HPA_LIST_FIRST_MASK	GENMASK_ULL(11, 3)
#define MODEL_HPA_LIST_PFN_MASK		GENMASK_ULL(51, 12)
#define MODEL_HPA_LIST_LAST_SHIFT	55
#define MODEL_HPA_LIST_LAST_MASK	GENMASK_ULL(63, 55)

/* TDH.QUOTE.GET RDX: the quote ID in bits 47:32, all ones for the default. */
#define MODEL_QUOTE_ID_MASK		GENMASK_ULL(47, 32)
/* The end of an HPA_LINKED_LIST, and its entries per node page. */
#define MODEL_HPA_LIST_END		(~0ULL)
#define MODEL_HPA_LIST_ENTRIES		(PG_SIZE / 8)

u64 model_sys_disable(struct seam_model *m);
u64 model_ext_mem_add(struct seam_model *m, struct seam_model_regs *r);
u64 model_ext_init(struct seam_model *m);
u64 model_quote_init(struct seam_model *m);
u64 model_quote_get(struct seam_model *m, struct seam_model_regs *r);
u64 model_ext_pool_missing(const struct seam_model *m);
void model_ext_update(struct seam_model *m);

#endif /* _SEAM_MODEL_EXT_H */
