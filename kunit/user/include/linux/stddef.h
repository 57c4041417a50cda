/* SPDX-License-Identifier: GPL-2.0 */
/* User-space shim: <linux/stddef.h>: NULL, offsetof(), true and false. */
#ifndef _SEAM_USER_LINUX_STDDEF_H
#define _SEAM_USER_LINUX_STDDEF_H

#ifndef __ASSEMBLY__
#include <stdbool.h>
#include <stddef.h>

#define sizeof_field(TYPE, MEMBER)	sizeof((((TYPE *)0)->MEMBER))
#endif

#endif /* _SEAM_USER_LINUX_STDDEF_H */
