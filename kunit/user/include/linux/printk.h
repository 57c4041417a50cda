/* SPDX-License-Identifier: GPL-2.0 */
/*
 * User-space shim: <linux/printk.h>.
 *
 * Everything goes to stdout, the stream the KTAP output uses, so messages
 * and results stay in order. Log levels are empty strings: they only
 * concatenate with the format. pr_debug() prints only with DEBUG defined
 * but always type-checks its arguments.
 */
#ifndef _SEAM_USER_LINUX_PRINTK_H
#define _SEAM_USER_LINUX_PRINTK_H

#include <stdio.h>
#include <linux/compiler.h>
#include <linux/bits.h>

#define KERN_EMERG	""
#define KERN_ALERT	""
#define KERN_CRIT	""
#define KERN_ERR	""
#define KERN_WARNING	""
#define KERN_NOTICE	""
#define KERN_INFO	""
#define KERN_DEBUG	""
#define KERN_CONT	""

#ifndef pr_fmt
#define pr_fmt(fmt) fmt
#endif

#define printk(fmt, ...)	printf(fmt, ##__VA_ARGS__)
#define no_printk(fmt, ...)	({ if (0) printf(fmt, ##__VA_ARGS__); 0; })

#define pr_emerg(fmt, ...)	printk(pr_fmt(fmt), ##__VA_ARGS__)
#define pr_alert(fmt, ...)	printk(pr_fmt(fmt), ##__VA_ARGS__)
#define pr_crit(fmt, ...)	printk(pr_fmt(fmt), ##__VA_ARGS__)
#define pr_err(fmt, ...)	printk(pr_fmt(fmt), ##__VA_ARGS__)
#define pr_warn(fmt, ...)	printk(pr_fmt(fmt), ##__VA_ARGS__)
#define pr_notice(fmt, ...)	printk(pr_fmt(fmt), ##__VA_ARGS__)
#define pr_info(fmt, ...)	printk(pr_fmt(fmt), ##__VA_ARGS__)
#define pr_cont(fmt, ...)	printk(fmt, ##__VA_ARGS__)

#ifdef DEBUG
#define pr_debug(fmt, ...)	printk(pr_fmt(fmt), ##__VA_ARGS__)
#else
#define pr_debug(fmt, ...)	no_printk(pr_fmt(fmt), ##__VA_ARGS__)
#endif

#define pr_err_once(fmt, ...)	pr_err(fmt, ##__VA_ARGS__)
#define pr_warn_once(fmt, ...)	pr_warn(fmt, ##__VA_ARGS__)
#define pr_info_once(fmt, ...)	pr_info(fmt, ##__VA_ARGS__)

/* No rate limit: a test sees every line it provokes. */
#define pr_err_ratelimited(fmt, ...)	pr_err(fmt, ##__VA_ARGS__)

#endif /* _SEAM_USER_LINUX_PRINTK_H */
