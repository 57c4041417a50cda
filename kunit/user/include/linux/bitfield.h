/* SPDX-License-Identifier: GPL-2.0 */
/* User-space shim: <linux/bitfield.h>: FIELD_GET() and FIELD_PREP(). */
#ifndef _SEAM_USER_LINUX_BITFIELD_H
#define _SEAM_USER_LINUX_BITFIELD_H

#include <linux/bits.h>
#include <linux/build_bug.h>
#include <linux/types.h>

/* @mask must be a non-zero constant contiguous mask. */
#define __seam_field_shift(mask)	__builtin_ctzll(mask)
#define FIELD_GET(mask, reg)						\
	((typeof(mask))(((reg) & (mask)) >> __seam_field_shift(mask)))
/* As in the kernel, a constant @val too wide for @mask fails the build. */
#define FIELD_PREP(mask, val)						\
	({								\
		BUILD_BUG_ON_MSG(__builtin_constant_p(val) &&		\
				 ((u64)(val) & ~((u64)(mask) >>	\
						 __seam_field_shift(mask))), \
				 "FIELD_PREP: value too large for the field"); \
		(typeof(mask))(((typeof(mask))(val) <<			\
				__seam_field_shift(mask)) & (mask));	\
	})
#define FIELD_FIT(mask, val)						\
	(!(((typeof(mask))(val) << __seam_field_shift(mask)) & ~(mask)))

#endif /* _SEAM_USER_LINUX_BITFIELD_H */
