/* SPDX-License-Identifier: GPL-2.0 */
/* User-space shim: <linux/init.h>: section annotations are no-ops. */
#ifndef _SEAM_USER_LINUX_INIT_H
#define _SEAM_USER_LINUX_INIT_H

#include <linux/compiler.h>

#endif /* _SEAM_USER_LINUX_INIT_H */
