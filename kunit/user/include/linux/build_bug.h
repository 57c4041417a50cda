/* SPDX-License-Identifier: GPL-2.0 */
/*
 * User-space shim: <linux/build_bug.h>.
 *
 * static_assert() takes an optional message, as in the kernel; the libc
 * <assert.h> version needs one, so it is replaced here.
 *
 * BUILD_BUG_ON() has the kernel's semantics: the condition must be known
 * after inlining and optimisation, not at parse time, so it works on the
 * arguments of an __always_inline function. A true condition leaves a call
 * to a function with the "error" attribute, which fails the build; at -O0
 * every such call survives, so build with optimisation.
 */
#ifndef _SEAM_USER_LINUX_BUILD_BUG_H
#define _SEAM_USER_LINUX_BUILD_BUG_H

#include <linux/compiler.h>

#undef static_assert
#define static_assert(expr, ...)	__seam_static_assert(expr, ##__VA_ARGS__, #expr)
#define __seam_static_assert(expr, msg, ...)	_Static_assert(expr, msg)

#define BUILD_BUG_ON_ZERO(e)	((int)(sizeof(struct { int:(-!!(e)); })))

#define __seam_bb_paste(a, b)		a##b
#define __seam_bb_name(id)		__seam_bb_paste(__seam_build_bug_, id)
#define __seam_build_bug(cond, msg, name)				\
	do {								\
		extern void name(void) __attribute__((__error__(msg))); \
		if (cond)						\
			name();						\
	} while (0)

#define BUILD_BUG_ON_MSG(cond, msg)					\
	__seam_build_bug(cond, msg, __seam_bb_name(__COUNTER__))
#define BUILD_BUG_ON(cond)	BUILD_BUG_ON_MSG(cond, "BUILD_BUG_ON failed: " #cond)
#define BUILD_BUG()		BUILD_BUG_ON_MSG(1, "BUILD_BUG failed")

#endif /* _SEAM_USER_LINUX_BUILD_BUG_H */
