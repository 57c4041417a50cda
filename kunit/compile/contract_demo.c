// SPDX-License-Identifier: GPL-2.0
/*
 * Register-contract demo, built by check.sh: wrappers of leaves that write
 * registers beyond their documented outputs (TDH.PHYMEM.PAGE.RDMD clears
 * R10 and R11, TDH.PHYMEM.PAGE.RECLAIM R9 to R11), called in loops that
 * keep many values live, so a compiler that believed any of RCX..R11
 * survives a SEAMCALL would keep a value there.
 *
 * Copyright (C) 2026 The seamcall authors
 */
#include <seamcall.h>
#include "contract.h"

u64 seam_contract_rdmd(const u64 *pages, unsigned int n)
{
	u64 sum = 0, type, owner, size, epoch;
	unsigned int i;

	for (i = 0; i < n; i++) {
		u64 p = pages[i];
		u64 a = p * 3, b = p ^ 0x55, c = p + 7, d = p - 9;
		u64 f = p << 3, g = p >> 2, h = p * 11;

		if (!seam_tdh_phymem_page_rdmd(p, &type, &owner, &size, &epoch))
			sum += type + owner + size + epoch;
		sum += a + b + c + d + f + g + h;
	}
	return sum;
}

u64 seam_contract_reclaim(const u64 *pages, unsigned int n)
{
	u64 sum = 0, type, owner, size;
	unsigned int i;

	for (i = 0; i < n; i++) {
		u64 p = pages[i];
		u64 a = p * 3, b = p ^ 0x55, c = p + 7, d = p - 9;
		u64 f = p << 3, g = p >> 2, h = p * 11;

		if (!seam_tdh_phymem_page_reclaim(p, &type, &owner, &size))
			sum += type + owner + size;
		sum += a + b + c + d + f + g + h;
	}
	return sum;
}
