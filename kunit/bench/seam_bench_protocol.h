/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The kernel's per-SEAMCALL protocol, for the benchmark's user-space
 * builds: preempt_disable(), preempt_enable() and this_cpu_write() cost
 * here what they cost in an x86_64 kernel with CONFIG_PREEMPT_COUNT, so
 * that the project's wrappers (with SEAM_CALL_PREPARE() defined) and
 * upstream's sc_retry() pay the same price for it:
 *
 *   preempt_disable()         incl %fs:count          (kernel: %gs)
 *   this_cpu_write(v, true)   movb $1, %fs:v          (kernel: %gs)
 *   preempt_enable()          decl %fs:count; je      (kernel: the same,
 *                             and a call to a thunk that saves every
 *                             register, taken only when a reschedule is due)
 *
 * Per-CPU variables are thread-local (%fs instead of %gs). The count
 * starts at 0x80000000: x86 folds an inverted PREEMPT_NEED_RESCHED bit
 * into it, so the decrement reaches zero only when a reschedule is due,
 * which never happens here; the thunk traps if it is ever called.
 *
 * Build with -fno-pie and -ftls-model=local-exec, so that each access is
 * the one instruction above, as in the kernel.
 *
 * Copyright (C) 2026 The seamcall authors
 */
#ifndef _SEAM_BENCH_PROTOCOL_H
#define _SEAM_BENCH_PROTOCOL_H

#include <stdbool.h>
#include <linux/compiler.h>

/*
 * The variables are thread-local (__thread, and __used, as only asm names
 * them): seam_bench_preempt_count in seam_bench.c, the per-CPU flags next
 * to their users. They are named in the asm strings, as the kernel's
 * %gs-relative accessors name theirs, so that every access is one
 * instruction on a fixed address, with no address computed into a register
 * first. seam_bench_resched_thunk, the stand-in for preempt_schedule_thunk,
 * is defined in seam_bench.c; it saves no register because it never
 * returns.
 */
static __always_inline void preempt_disable(void)
{
	asm volatile("incl %%fs:seam_bench_preempt_count@tpoff" : : : "memory");
}

static __always_inline void preempt_enable(void)
{
	bool zero;

	asm volatile("decl %%fs:seam_bench_preempt_count@tpoff"
		     : "=@ccz" (zero) : : "memory");
	if (__builtin_expect(zero, 0))
		asm volatile("call seam_bench_resched_thunk");
}

/* @var is a bool, @val a constant, as in __seamcall_dirty_cache(). */
#define this_cpu_write(var, val)					\
	({								\
		asm volatile("movb %0, %%fs:" #var "@tpoff"		\
			     : : "i" ((bool)(val)));			\
	})

#endif /* _SEAM_BENCH_PROTOCOL_H */
