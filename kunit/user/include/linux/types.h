/* SPDX-License-Identifier: GPL-2.0 */
/*
 * User-space shim: <linux/types.h>.
 *
 * The fixed-width kernel types, with the kernel's choices: u64 and s64 are
 * "long long" on x86_64 (not "long" as in <stdint.h>), so printf formats
 * such as %llx written for the kernel stay correct. The UAPI header gives
 * __u8..__u64 for any libc header that wants them.
 */
#ifndef _SEAM_USER_LINUX_TYPES_H
#define _SEAM_USER_LINUX_TYPES_H

#include_next <linux/types.h>

#ifndef __ASSEMBLY__

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

typedef unsigned char		u8;
typedef unsigned short		u16;
typedef unsigned int		u32;
typedef unsigned long long	u64;
typedef signed char		s8;
typedef short			s16;
typedef int			s32;
typedef long long		s64;

typedef u64			phys_addr_t;
typedef u64			dma_addr_t;
typedef unsigned int		gfp_t;

_Static_assert(sizeof(u64) == 8 && sizeof(void *) == 8,
	       "the shim targets x86_64 only");

#endif /* !__ASSEMBLY__ */
#endif /* _SEAM_USER_LINUX_TYPES_H */
