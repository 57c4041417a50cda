/* SPDX-License-Identifier: GPL-2.0 */
/*
 * User-space shim: <linux/errno.h>.
 *
 * glibc's <errno.h> includes <linux/errno.h> itself, so this must chain to
 * the UAPI header; the kernel-internal codes are added after it.
 */
#ifndef _SEAM_USER_LINUX_ERRNO_H
#define _SEAM_USER_LINUX_ERRNO_H

#include_next <linux/errno.h>

#define ERESTARTSYS	512
#define ENOTSUPP	524

#endif /* _SEAM_USER_LINUX_ERRNO_H */
