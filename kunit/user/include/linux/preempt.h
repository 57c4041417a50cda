/* SPDX-License-Identifier: GPL-2.0 */
/*
 * User-space shim: <linux/preempt.h>. A test program is one thread that
 * nothing preempts in the kernel's sense, so both are compiler barriers.
 */
#ifndef _SEAM_USER_LINUX_PREEMPT_H
#define _SEAM_USER_LINUX_PREEMPT_H

#include <linux/compiler.h>

#define preempt_disable()	barrier()
#define preempt_enable()	barrier()

#endif /* _SEAM_USER_LINUX_PREEMPT_H */
