/* SPDX-License-Identifier: GPL-2.0 */
/*
 * User-space shim: <linux/string.h>: the libc string functions plus the
 * kernel's strscpy() and memzero_explicit().
 */
#ifndef _SEAM_USER_LINUX_STRING_H
#define _SEAM_USER_LINUX_STRING_H

#include <string.h>
#include <sys/types.h>
#include <linux/errno.h>

/**
 * strscpy() - Copy a string into a sized buffer, always terminated
 * @dst: destination buffer
 * @src: source string
 * @size: size of @dst in bytes
 *
 * Return: the length copied, or -E2BIG if @src did not fit (then @dst holds
 * a truncated, terminated copy).
 */
static inline ssize_t strscpy(char *dst, const char *src, size_t size)
{
	size_t len;

	if (!size)
		return -E2BIG;
	len = strnlen(src, size);
	if (len == size) {
		memcpy(dst, src, size - 1);
		dst[size - 1] = '\0';
		return -E2BIG;
	}
	memcpy(dst, src, len + 1);
	return len;
}

/**
 * memzero_explicit() - memset() to zero that the compiler cannot drop
 * @s: buffer
 * @count: size of @s in bytes
 */
static inline void memzero_explicit(void *s, size_t count)
{
	memset(s, 0, count);
	__asm__ __volatile__("" : : "r" (s) : "memory");
}

#endif /* _SEAM_USER_LINUX_STRING_H */
