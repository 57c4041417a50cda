/* SPDX-License-Identifier: GPL-2.0 */
/*
 * User-space shim: <linux/bug.h>.
 *
 * WARN_ON() and friends print a "WARNING:" line and return the condition,
 * as in the kernel; the _ONCE forms print once per call site. Every time a
 * condition is true, seam_user_warn_count goes up by one (also when the
 * _ONCE form stays silent), so a test can check that a warning fired.
 * BUG() and BUG_ON() abort the program.
 */
#ifndef _SEAM_USER_LINUX_BUG_H
#define _SEAM_USER_LINUX_BUG_H

#include <stdio.h>
#include <stdlib.h>
#include <linux/compiler.h>
#include <linux/build_bug.h>

/* Number of WARN*() conditions found true so far; defined by seam_user.c. */
extern unsigned int seam_user_warn_count;

#define __seam_warn(once, cond, fmt, ...)				\
({									\
	static bool __seam_warned;					\
	bool __seam_cond = !!(cond);					\
									\
	if (unlikely(__seam_cond)) {					\
		seam_user_warn_count++;					\
		if (!(once) || !__seam_warned) {			\
			__seam_warned = true;				\
			printf("WARNING: at %s:%d %s()\n",		\
			       __FILE__, __LINE__, __func__);		\
			printf("" fmt "%s", ##__VA_ARGS__, "");	\
		}							\
	}								\
	unlikely(__seam_cond);						\
})

#define WARN_ON(cond)			__seam_warn(false, cond, "")
#define WARN_ON_ONCE(cond)		__seam_warn(true, cond, "")
#define WARN(cond, fmt, ...)		__seam_warn(false, cond, fmt, ##__VA_ARGS__)
#define WARN_ONCE(cond, fmt, ...)	__seam_warn(true, cond, fmt, ##__VA_ARGS__)

#define BUG()								\
	do {								\
		printf("BUG: at %s:%d %s()\n", __FILE__, __LINE__,	\
		       __func__);					\
		fflush(stdout);						\
		abort();						\
	} while (0)
#define BUG_ON(cond)	do { if (unlikely(cond)) BUG(); } while (0)

#endif /* _SEAM_USER_LINUX_BUG_H */
