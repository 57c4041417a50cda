/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The kernel bits that upstream's TDX host wrappers use, for the
 * benchmark's user-space build of them. bench.py extracts the wrappers,
 * sc_retry() and the types they need from the Linux 7.x source at run time
 * (see README.md); this file supplies what is left. It is written for the
 * benchmark and holds no upstream code.
 *
 * Memory model: what the project's API leaves to its caller costs nothing
 * here, so upstream is measured at its cheapest. A struct page pointer is
 * the physical address itself (page_to_phys() and page_to_pfn() are
 * casts), and the cache flushes before handing a page to the module are
 * empty. Every name #defined below as a function-like macro replaces the
 * tdx.c helper of that name: bench.py does not extract those.
 *
 * Copyright (C) 2026 The seamcall authors
 */
#ifndef _SEAM_BENCH_UPSTREAM_H
#define _SEAM_BENCH_UPSTREAM_H

#include <linux/bits.h>
#include <linux/compiler.h>
#include <linux/types.h>

#ifndef __ASSEMBLY__
#include <errno.h>
#include "seam_bench_protocol.h"

#define __ro_after_init

#define lockdep_assert_preemption_disabled()	do { } while (0)

/* As on x86: a test, a branch, and ud2 out of line. */
#define WARN_ON_ONCE(cond)						\
	({								\
		bool __seam_bench_warn = !!(cond);			\
									\
		if (unlikely(__seam_bench_warn))			\
			asm volatile("ud2");				\
		__seam_bench_warn;					\
	})

#define PAGE_SHIFT		12
#define PFN_PHYS(pfn)		((phys_addr_t)(pfn) << PAGE_SHIFT)

struct page;

#define page_to_phys(page)	((phys_addr_t)(unsigned long)(page))
#define page_to_pfn(page)	(page_to_phys(page) >> PAGE_SHIFT)
#define tdx_clflush_page(page)	((void)(page))
#define tdx_clflush_pfn(pfn)	((void)(pfn))

/* The one field of struct cpuinfo_x86 the wrappers read. */
struct seam_bench_cpuinfo {
	u8 x86_phys_bits;
};

extern struct seam_bench_cpuinfo boot_cpu_data;

#endif /* !__ASSEMBLY__ */
#endif /* _SEAM_BENCH_UPSTREAM_H */
