// SPDX-License-Identifier: GPL-2.0
/*
 * Benchmark probes: every seam_probe_<leaf>() of seam_probes.h and the
 * bench-local probe below, compiled against the copy of the header that
 * bench.sh makes with SEAMCALL replaced by a one-instruction success stub.
 * Built as a kernel module (static cost) and, with SEAM_USER_SPACE, into
 * the user-space driver (executed instructions).
 *
 * With SEAM_BENCH_PROTOCOL every SEAMCALL attempt runs the kernel protocol
 * upstream's sc_retry() runs: SEAM_CALL_PREPARE() does what
 * __seamcall_dirty_cache() does, a per-CPU store, and the header puts it
 * between preempt_disable() and preempt_enable(). In user space those come
 * from seam_bench_protocol.h, the same definitions upstream's wrappers are
 * built with.
 *
 * Copyright (C) 2026 The seamcall authors
 */
#ifdef SEAM_BENCH_PROTOCOL
#ifdef SEAM_USER_SPACE
#include <linux/types.h>
#include "seam_bench_protocol.h"
#include "upstream_driver.h"
static __thread bool seam_bench_cache_incoherent __used;
#else
#include <linux/percpu.h>
static DEFINE_PER_CPU(bool, seam_bench_cache_incoherent);
#endif
#define SEAM_CALL_PREPARE(fn)						\
	do {								\
		(void)(fn);						\
		this_cpu_write(seam_bench_cache_incoherent, true);	\
	} while (0)
#endif

#include <linux/module.h>
#include <seamcall.h>

#include "seam_probes.h"

/*
 * seam_tdh_mng_create() issued once, without the RND_NO_ENTROPY retry,
 * through the header's own single attempt: seam_probe_mng_create() minus
 * this is what the retry costs on the success path.
 */
static noinline __used u64 seam_bench_mng_create_once(phys_addr_t tdr_pa,
						      u16 hkid)
{
	struct __seam_regs v = {
		.rax = SEAM_TDH_MNG_CREATE,
		.rcx = tdr_pa,
		.rdx = hkid,
	};

	__seam_call_begin(v.rax);
	v = __seam_inline_insn(v);
	__seam_call_end();
	return v.rax;
}

#ifdef SEAM_USER_SPACE
#include <stdio.h>
#include <stdlib.h>

#ifdef SEAM_BENCH_PROTOCOL
/* See seam_bench_protocol.h: no reschedule is ever due. */
__thread unsigned int seam_bench_preempt_count __used = 0x80000000;

asm(".pushsection .text\n"
	".globl seam_bench_resched_thunk\n"
	"seam_bench_resched_thunk:\n\t"
	"ud2\n"
	".popsection");
#endif

/* Sinks for the out-params. */
static u64 sink[16];
static struct seam_args sink_args;

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 1000;
	struct seam_args *args = &sink_args;
	unsigned int one = 1;
	u64 *snk = sink;
	u64 zero = 0;
	long i;

	for (i = 0; i < n; i++) {
		/* Opaque arguments: nothing is propagated into the probes. */
		asm volatile("" : "+r" (zero), "+r" (one), "+r" (snk),
			     "+r" (args));
		sink[0] += seam_bench_mng_create_once(zero, zero);
#include "driver_calls.h"
#ifdef SEAM_BENCH_PROTOCOL
		sink[0] += seam_bench_upstream_round();
#endif
	}
	printf("%ld rounds, %llu\n", n, (unsigned long long)sink[0]);
	return 0;
}
#else
MODULE_DESCRIPTION("seamcall code-generation benchmark probes");
MODULE_LICENSE("GPL");
#endif
