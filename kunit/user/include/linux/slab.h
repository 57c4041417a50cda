/* SPDX-License-Identifier: GPL-2.0 */
/* User-space shim: <linux/slab.h>: kmalloc() and friends over malloc(). */
#ifndef _SEAM_USER_LINUX_SLAB_H
#define _SEAM_USER_LINUX_SLAB_H

#include <stdlib.h>
#include <linux/types.h>

#define GFP_KERNEL	0U
#define GFP_ATOMIC	0U
#define GFP_NOWAIT	0U
#define __GFP_ZERO	1U

#define kmalloc(size, gfp)	((gfp) & __GFP_ZERO ? calloc(1, size) : malloc(size))
#define kzalloc(size, gfp)	((void)(gfp), calloc(1, size))
#define kcalloc(n, size, gfp)	((void)(gfp), calloc(n, size))
#define kvzalloc(size, gfp)	kzalloc(size, gfp)
#define kfree(p)		free((void *)(p))
#define kvfree(p)		free((void *)(p))

#endif /* _SEAM_USER_LINUX_SLAB_H */
