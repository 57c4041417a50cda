/* SPDX-License-Identifier: GPL-2.0 */
/* User-space shim: <linux/stringify.h>: stringify after macro expansion. */
#ifndef _SEAM_USER_LINUX_STRINGIFY_H
#define _SEAM_USER_LINUX_STRINGIFY_H

#define __seam_stringify_1(x...)	#x
#define __stringify(x...)		__seam_stringify_1(x)

#endif /* _SEAM_USER_LINUX_STRINGIFY_H */
