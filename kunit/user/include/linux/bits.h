/* SPDX-License-Identifier: GPL-2.0 */
/* User-space shim: <linux/bits.h>: BIT() and GENMASK() for 64-bit longs. */
#ifndef _SEAM_USER_LINUX_BITS_H
#define _SEAM_USER_LINUX_BITS_H

#include <linux/const.h>

#define BITS_PER_LONG		64
#define BITS_PER_LONG_LONG	64
#define BITS_PER_BYTE		8

#define BIT(nr)			(_UL(1) << (nr))
#define BIT_ULL(nr)		(_ULL(1) << (nr))

/* Bits @l to @h inclusive, h >= l. */
#define GENMASK(h, l)							\
	((~_UL(0) >> (BITS_PER_LONG - 1 - (h))) & (~_UL(0) << (l)))
#define GENMASK_ULL(h, l)						\
	((~_ULL(0) >> (BITS_PER_LONG_LONG - 1 - (h))) & (~_ULL(0) << (l)))

#endif /* _SEAM_USER_LINUX_BITS_H */
