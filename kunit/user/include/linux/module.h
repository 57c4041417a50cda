/* SPDX-License-Identifier: GPL-2.0 */
/* User-space shim: <linux/module.h>: module metadata macros are no-ops. */
#ifndef _SEAM_USER_LINUX_MODULE_H
#define _SEAM_USER_LINUX_MODULE_H

#include <linux/compiler.h>

#define MODULE_LICENSE(x)	struct __seam_module_info
#define MODULE_AUTHOR(x)	struct __seam_module_info
#define MODULE_DESCRIPTION(x)	struct __seam_module_info
#define MODULE_IMPORT_NS(x)	struct __seam_module_info
#define EXPORT_SYMBOL(x)	struct __seam_module_info
#define EXPORT_SYMBOL_GPL(x)	struct __seam_module_info
#define THIS_MODULE		((void *)0)

#endif /* _SEAM_USER_LINUX_MODULE_H */
