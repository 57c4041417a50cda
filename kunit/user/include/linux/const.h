/* SPDX-License-Identifier: GPL-2.0 */
/*
 * User-space shim: <linux/const.h>.
 *
 * The UAPI copy installed with the libc headers already has _AC(), _UL(),
 * _ULL(), _BITUL() and _BITULL() for C and assembly; add the kernel-only
 * UL() and ULL() on top.
 */
#ifndef _SEAM_USER_LINUX_CONST_H
#define _SEAM_USER_LINUX_CONST_H

#include_next <linux/const.h>

#define UL(x)		(_UL(x))
#define ULL(x)		(_ULL(x))

#endif /* _SEAM_USER_LINUX_CONST_H */
