/* SPDX-License-Identifier: GPL-2.0 */
/*
 * TDX model: consistency checks of the internal state
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * For tests that drive the model with arbitrary calls (kunit/fuzz/): the
 * state behind seam_model.h must stay consistent whatever the calls were.
 */
#ifndef _SEAM_MODEL_CHECK_H
#define _SEAM_MODEL_CHECK_H

#include <linux/types.h>

struct seam_model;

/**
 * seam_model_check_invariants() - Check the model's state for consistency
 * @m: the model
 * @msg: where to describe the first inconsistency found
 * @len: size of @msg in bytes
 *
 * Checks what the public queries cannot see: the TD child counts against
 * the PAMT entries of every size the TD owns; the TDCS, TDVPS and vCPU
 * counts of each TD against its pages; the S-EPT entry kept in each PAMT
 * entry against the page type, the size of the entry and the entry above
 * it; the KOT against the TDs; the global state against the configuration;
 * with dynamic PAMT, that each PT_PAMT 2 MiB entry names two different
 * PAMT pages, every 4 KiB page in use lies in a backed range, a PAMT page
 * is no other page, and there are twice as many PAMT pages as backed
 * ranges. Reads the state only.
 *
 * Return: 0 if all hold, -EUCLEAN with @msg filled in otherwise.
 */
int seam_model_check_invariants(const struct seam_model *m, char *msg,
				size_t len);

#endif /* _SEAM_MODEL_CHECK_H */
