/* SPDX-License-Identifier: GPL-2.0 */
/*
 * User-space shim: <linux/kconfig.h>.
 *
 * IS_ENABLED(CONFIG_FOO) is 1 when CONFIG_FOO is defined to 1 and 0
 * otherwise. No CONFIG_ option is set in user space; the build defines
 * SEAM_USER_SPACE so that code can tell where it runs.
 */
#ifndef _SEAM_USER_LINUX_KCONFIG_H
#define _SEAM_USER_LINUX_KCONFIG_H

/* "__seam_cfg_1" expands to "0," so the 1 is shifted into second place. */
#define __seam_cfg_1			0,
#define __seam_cfg_second(a, b, ...)	b
#define __seam_cfg_pick(junk)		__seam_cfg_second(junk 1, 0, 0)
#define __seam_cfg_paste(val)		__seam_cfg_pick(__seam_cfg_##val)
#define __seam_cfg_is_one(val)		__seam_cfg_paste(val)

#define IS_ENABLED(option)		__seam_cfg_is_one(option)
#define IS_BUILTIN(option)		IS_ENABLED(option)
#define IS_REACHABLE(option)		IS_ENABLED(option)

#endif /* _SEAM_USER_LINUX_KCONFIG_H */
