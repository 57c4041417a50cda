/* SPDX-License-Identifier: GPL-2.0 */
/*
 * User-space shim: <linux/compiler.h> (and the attribute macros the kernel
 * gets from compiler_types.h), for gcc >= 12 and clang >= 14.
 */
#ifndef _SEAM_USER_LINUX_COMPILER_H
#define _SEAM_USER_LINUX_COMPILER_H

#ifndef __ASSEMBLY__

/* Pull in <sys/cdefs.h> first: it has its own __always_inline. */
#include <stddef.h>
#include <stdlib.h>
#include <linux/kconfig.h>

#undef __always_inline
#define __always_inline		inline __attribute__((__always_inline__))
#define noinline		__attribute__((__noinline__))
#define __must_check		__attribute__((__warn_unused_result__))
#define __maybe_unused		__attribute__((__unused__))
#define __always_unused		__attribute__((__unused__))
#define __used			__attribute__((__used__))
#define __cold			__attribute__((__cold__))
#define __packed		__attribute__((__packed__))
#define __aligned(x)		__attribute__((__aligned__(x)))
#define __section(s)		__attribute__((__section__(s)))
#define __printf(a, b)		__attribute__((__format__(printf, a, b)))
#define __noreturn		__attribute__((__noreturn__))
#define __weak			__attribute__((__weak__))
#define fallthrough		__attribute__((__fallthrough__))

/* Kernel-only annotations that mean nothing here. */
#define __init
#define __exit
#define __initdata
#define __refdata
#define __user
#define __iomem
#define __force
#define noinstr
#define notrace

#define likely(x)		__builtin_expect(!!(x), 1)
#define unlikely(x)		__builtin_expect(!!(x), 0)

#define barrier()		__asm__ __volatile__("" : : : "memory")

/* Make @var opaque to the optimiser, as the kernel's macro does. */
#define OPTIMIZER_HIDE_VAR(var)	__asm__ ("" : "=r" (var) : "0" (var))

#define __same_type(a, b)	__builtin_types_compatible_p(typeof(a), typeof(b))

#define READ_ONCE(x)		(*(const volatile typeof(x) *)&(x))
#define WRITE_ONCE(x, val)	do { *(volatile typeof(x) *)&(x) = (val); } while (0)

#endif /* !__ASSEMBLY__ */
#endif /* _SEAM_USER_LINUX_COMPILER_H */
