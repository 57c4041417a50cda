/* SPDX-License-Identifier: GPL-2.0 */
/*
 * User-space shim: <linux/kernel.h>: the helper macros most code expects
 * from it, plus scnprintf().
 */
#ifndef _SEAM_USER_LINUX_KERNEL_H
#define _SEAM_USER_LINUX_KERNEL_H

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/build_bug.h>
#include <linux/stddef.h>
#include <linux/bits.h>
#include <linux/bug.h>
#include <linux/printk.h>
#include <linux/string.h>

#define U8_MAX		((u8)~0U)
#define U16_MAX		((u16)~0U)
#define U32_MAX		((u32)~0U)
#define U64_MAX		((u64)~0ULL)
#define S8_MAX		((s8)(U8_MAX >> 1))
#define S16_MAX		((s16)(U16_MAX >> 1))
#define S32_MAX		((s32)(U32_MAX >> 1))
#define S64_MAX		((s64)(U64_MAX >> 1))
#define S8_MIN		((s8)(-S8_MAX - 1))
#define S16_MIN		((s16)(-S16_MAX - 1))
#define S32_MIN		((s32)(-S32_MAX - 1))
#define S64_MIN		((s64)(-S64_MAX - 1))

/* Fails to build when @arr is a pointer rather than an array. */
#define __must_be_array(arr)	BUILD_BUG_ON_ZERO(__same_type((arr), &(arr)[0]))
#define ARRAY_SIZE(arr)		(sizeof(arr) / sizeof((arr)[0]) + __must_be_array(arr))

#define container_of(ptr, type, member)					\
	((type *)((char *)(ptr) - offsetof(type, member)))

#define min(a, b)							\
({									\
	typeof(a) __seam_a = (a);					\
	typeof(b) __seam_b = (b);					\
	__seam_a < __seam_b ? __seam_a : __seam_b;			\
})
#define max(a, b)							\
({									\
	typeof(a) __seam_a = (a);					\
	typeof(b) __seam_b = (b);					\
	__seam_a > __seam_b ? __seam_a : __seam_b;			\
})
#define min_t(type, a, b)	min((type)(a), (type)(b))
#define max_t(type, a, b)	max((type)(a), (type)(b))
#define clamp(val, lo, hi)	min(max(val, lo), hi)

#define DIV_ROUND_UP(n, d)	(((n) + (d) - 1) / (d))
#define ALIGN(x, a)		(((x) + ((typeof(x))(a) - 1)) & ~((typeof(x))(a) - 1))
#define ALIGN_DOWN(x, a)	((x) & ~((typeof(x))(a) - 1))
#define IS_ALIGNED(x, a)	(((x) & ((typeof(x))(a) - 1)) == 0)
#define round_up(x, y)		ALIGN(x, y)
#define round_down(x, y)	ALIGN_DOWN(x, y)

#define upper_32_bits(n)	((u32)(((n) >> 16) >> 16))
#define lower_32_bits(n)	((u32)((n) & 0xffffffff))

/**
 * scnprintf() - snprintf() that returns what it really wrote
 * @buf: output buffer
 * @size: size of @buf
 * @fmt: printf format
 *
 * Return: the number of characters written to @buf, excluding the NUL.
 */
static inline __printf(3, 4) int scnprintf(char *buf, size_t size,
					   const char *fmt, ...)
{
	va_list ap;
	int n;

	if (!size)
		return 0;
	va_start(ap, fmt);
	n = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	if (n < 0)
		return 0;
	return (size_t)n >= size ? (int)size - 1 : n;
}

#endif /* _SEAM_USER_LINUX_KERNEL_H */
