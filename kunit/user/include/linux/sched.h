/* SPDX-License-Identifier: GPL-2.0 */
/*
 * User-space shim: <linux/sched.h>, for cond_resched(). A test program is
 * one thread with nothing else to run, so rescheduling is a no-op; it only
 * counts the calls, in seam_user_cond_resched_calls, so tests can check
 * where a helper offers to reschedule. The count is a weak definition, so
 * every object that includes this header shares one.
 */
#ifndef _SEAM_USER_LINUX_SCHED_H
#define _SEAM_USER_LINUX_SCHED_H

#include_next <linux/sched.h>
#include <linux/compiler.h>

extern unsigned long seam_user_cond_resched_calls;
__weak unsigned long seam_user_cond_resched_calls;

static inline void cond_resched(void)
{
	seam_user_cond_resched_calls++;
}

#endif /* _SEAM_USER_LINUX_SCHED_H */
