// SPDX-License-Identifier: GPL-2.0
/*
 * Register-contract demo, built by check.sh: runs contract_demo.c, whose
 * SEAMCALL is replaced by a stand-in module that succeeds, returns
 * SEAM_CONTRACT_* in RCX to R9 and junk in R9 to R11 where the leaf
 * reserves them, and compares the sums with the ones computed here.
 *
 * Copyright (C) 2026 The seamcall authors
 */
#include <stdio.h>
#include <linux/types.h>
#include "contract.h"

/* The part of each sum that does not come from the module. */
static u64 seam_contract_rest(u64 p)
{
	return p * 3 + (p ^ 0x55) + p + 7 + p - 9 + (p << 3) + (p >> 2) + p * 11;
}

int main(void)
{
	u64 pages[16], rdmd = 0, reclaim = 0, got_rdmd, got_reclaim;
	unsigned int i;

	for (i = 0; i < 16; i++)
		pages[i] = 0x100000ULL * (i + 1) + 0x3000;
	for (i = 0; i < 16; i++) {
		rdmd += SEAM_CONTRACT_RCX + SEAM_CONTRACT_RDX + SEAM_CONTRACT_R8 +
			SEAM_CONTRACT_R9 + seam_contract_rest(pages[i]);
		reclaim += SEAM_CONTRACT_RCX + SEAM_CONTRACT_RDX +
			   SEAM_CONTRACT_R8 + seam_contract_rest(pages[i]);
	}
	got_rdmd = seam_contract_rdmd(pages, 16);
	got_reclaim = seam_contract_reclaim(pages, 16);
	if (got_rdmd != rdmd || got_reclaim != reclaim) {
		printf("RDMD 0x%llx (want 0x%llx), RECLAIM 0x%llx (want 0x%llx)\n",
		       got_rdmd, rdmd, got_reclaim, reclaim);
		return 1;
	}
	return 0;
}
