/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Example hypervisor code that maps private GPAs of a TD
 *
 * Copyright (C) 2026 The seamcall authors
 */
#ifndef _EX_MAP_H
#define _EX_MAP_H

#include <linux/types.h>

/**
 * struct ex_vm - the hypervisor's view of one TD, as the example keeps it
 * @tdr: TDR page of the TD
 * @bugged: set by the bug hook when a SEAMCALL did not reach the TDX
 *          module; every later call fails with -EIO without a SEAMCALL
 * @busy_retries: TDX_OPERAND_BUSY answers retried
 * @last_status: status of the last SEAMCALL that failed
 */
struct ex_vm {
	u64 tdr;
	bool bugged;
	unsigned int busy_retries;
	u64 last_status;
};

int ex_map_gpa(struct ex_vm *vm, u64 gpa, u64 sept_pa, u64 page_pa);

#endif /* _EX_MAP_H */
