/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Register-contract demo: the functions contract_demo.c defines and
 * contract_main.c checks, and the register values the stand-in for the
 * SEAMCALL instruction returns (check.sh builds the demo with it).
 *
 * Copyright (C) 2026 The seamcall authors
 */
#ifndef _SEAM_CONTRACT_H
#define _SEAM_CONTRACT_H

/* What the stand-in module leaves in RCX, RDX, R8 and R9 on success. */
#define SEAM_CONTRACT_RCX	1
#define SEAM_CONTRACT_RDX	2
#define SEAM_CONTRACT_R8	3
#define SEAM_CONTRACT_R9	4

u64 seam_contract_rdmd(const u64 *pages, unsigned int n);
u64 seam_contract_reclaim(const u64 *pages, unsigned int n);

#endif /* _SEAM_CONTRACT_H */
