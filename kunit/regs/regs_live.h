/* SPDX-License-Identifier: GPL-2.0 */
/*
 * regs_live.h - live values across every seam_tdh_*() wrapper
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * Shared by live.c and the cases gen-live.py writes from seamcall.h.
 */
#ifndef _SEAM_REGS_LIVE_H
#define _SEAM_REGS_LIVE_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <seamcall.h>

/* Loop iterations of one case. */
#define SEAM_REGS_ITERS		4
/* u64 slots for out-params; a case may use this many. */
#define SEAM_REGS_SINK		16

/**
 * struct seam_regs_case - one wrapper under test
 * @name: the wrapper
 * @run: keeps values live across the wrapper in a loop seeded by its
 *       argument; returns a digest of them and of every status
 */
struct seam_regs_case {
	const char *name;
	u64 (*run)(u64 seed);
};

extern const struct seam_regs_case seam_regs_cases[];
extern const unsigned int seam_regs_nr_cases;
/* Out-params land here; never part of a digest. */
extern u64 seam_regs_sink[SEAM_REGS_SINK];

struct seam_args *seam_regs_fill_args(u64 x);

/* The loop value of iteration @i. */
static __always_inline u64 seam_regs_x(u64 seed, unsigned int i)
{
	return seed ^ (i * 0x9e3779b97f4a7c15ULL);
}

/*
 * Fourteen values derived from @x. The empty asm puts each in a register
 * and hides where it came from, so the compiler cannot compute it again
 * after the call: it must keep all of them, in registers it believes the
 * call preserves or on the stack.
 */
#define SEAM_REGS_LIVE(x)						\
	const u64 lx = (x);						\
	u64 v0 = lx * 3, v1 = lx ^ 0x55, v2 = lx + 7, v3 = lx - 9;	\
	u64 v4 = lx << 3, v5 = lx >> 2, v6 = lx * 11, v7 = ~lx;	\
	u64 v8 = lx * 0x9e37, v9 = lx ^ 0xa5a5a5a5, v10 = lx + 0x1234567; \
	u64 v11 = lx >> 7, v12 = lx * 5 + 1, v13 = lx ^ (lx << 17);	\
	asm volatile("" : "+r" (v0), "+r" (v1), "+r" (v2), "+r" (v3),	\
		     "+r" (v4), "+r" (v5), "+r" (v6));			\
	asm volatile("" : "+r" (v7), "+r" (v8), "+r" (v9), "+r" (v10),	\
		     "+r" (v11), "+r" (v12), "+r" (v13))

static __always_inline u64 seam_regs_mix(u64 d, u64 v)
{
	d = (d ^ v) * 0x100000001b3ULL;
	return d ^ (d >> 29);
}

/* Fold the status and the fourteen live values into @d. */
#define SEAM_REGS_DIGEST(d, ret)					\
	seam_regs_mix(seam_regs_mix(seam_regs_mix(seam_regs_mix(	\
	seam_regs_mix(seam_regs_mix(seam_regs_mix(seam_regs_mix(	\
	seam_regs_mix(seam_regs_mix(seam_regs_mix(seam_regs_mix(	\
	seam_regs_mix(seam_regs_mix(seam_regs_mix(d, ret),		\
	v0), v1), v2), v3), v4), v5), v6), v7), v8), v9), v10), v11),	\
	v12), v13)

#endif /* _SEAM_REGS_LIVE_H */
