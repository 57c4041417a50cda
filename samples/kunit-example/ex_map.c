// SPDX-License-Identifier: GPL-2.0
/*
 * Example hypervisor code that maps private GPAs of a TD
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * This is the "code under test" of the seamcall_example KUnit suite: a
 * small memory-mapping path in the style of a hypervisor's, which makes
 * SEAMCALLs through the typed wrappers of seamcall.h. It shows the usual
 * error policy: one retry on TDX_OPERAND_BUSY, -EAGAIN on
 * TDX_RND_NO_ENTROPY, and errors the kernel defines (the SEAMCALL did not
 * reach the module) reported through a bug hook that marks the VM bugged,
 * as KVM_BUG_ON() would.
 */
#include <linux/types.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <seamcall.h>

#include "ex_map.h"

/* Bug hook: called as hook(true, vm) when a status is a software error. */
static void ex_vm_bug(bool bug, struct ex_vm *vm)
{
	if (bug)
		vm->bugged = true;
}

/* After call number @try (0 or 1): retry it if the module was busy. */
static bool ex_retry_busy(struct ex_vm *vm, u64 status, unsigned int try)
{
	if (!seam_is_busy(status) || try)
		return false;
	vm->busy_retries++;
	return true;
}

/*
 * Issue @expr, a wrapper call, reporting software errors to the VM's bug
 * hook; issue it once more if the module answers TDX_OPERAND_BUSY.
 */
#define EX_SEAMCALL(vm, expr)						\
({									\
	struct ex_vm *__ex_vm = (vm);					\
	unsigned int __ex_try;						\
	u64 __ex_st = 0;						\
									\
	for (__ex_try = 0; __ex_try < 2; __ex_try++) {			\
		__ex_st = (expr);					\
		if (seam_is_sw_error(__ex_st))				\
			ex_vm_bug(true, __ex_vm);			\
		if (!ex_retry_busy(__ex_vm, __ex_st, __ex_try))		\
			break;						\
	}								\
	__ex_st;							\
})

/* Map a status to the errno the caller sees; 0 for success. */
static int ex_status_errno(struct ex_vm *vm, u64 status)
{
	if (!seam_status_is_error(status))
		return 0;
	vm->last_status = status;
	if (vm->bugged)
		return -EIO;
	if (seam_status_is(status, SEAM_TDX_RND_NO_ENTROPY))
		return -EAGAIN;
	if (seam_is_busy(status))
		return -EBUSY;
	return seam_status_to_errno(status);
}

/**
 * ex_map_gpa() - Map a 4K private page into a running TD
 * @vm: the TD
 * @gpa: 2M-aligned guest physical address whose 2M range has no S-EPT
 *       page yet
 * @sept_pa: page to use for the S-EPT page of that 2M range
 * @page_pa: page to map at @gpa
 *
 * Adds the S-EPT page that maps the 2M range (TDH.MEM.SEPT.ADD at level 1),
 * then adds the page itself (TDH.MEM.PAGE.AUG at 4K), which the guest must
 * accept before use.
 *
 * Context: Process context.
 * Return: 0 on success; -EAGAIN if the module ran out of entropy (try
 * again); -EBUSY if an operand stayed busy after one retry; -EINVAL for
 * an operand the module rejected; -EIO for any other error, and always
 * once the VM is bugged.
 */
int ex_map_gpa(struct ex_vm *vm, u64 gpa, u64 sept_pa, u64 page_pa)
{
	u64 st, entry, level_state;
	int ret;

	if (vm->bugged)
		return -EIO;
	st = EX_SEAMCALL(vm, seam_tdh_mem_sept_add(vm->tdr, gpa, SEAM_TDX_PS_2M,
						   sept_pa, &entry, &level_state));
	ret = ex_status_errno(vm, st);
	if (ret)
		return ret;
	st = EX_SEAMCALL(vm, seam_tdh_mem_page_aug(vm->tdr, gpa, SEAM_TDX_PS_4K,
						   page_pa, &entry, &level_state));
	return ex_status_errno(vm, st);
}
