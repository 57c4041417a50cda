/* SPDX-License-Identifier: GPL-2.0 */
/*
 * User-space shim: <linux/linkage.h>: SYM_FUNC_START() and SYM_FUNC_END()
 * for assembly, and RET (a plain "ret": no return thunk in user space).
 */
#ifndef _SEAM_USER_LINUX_LINKAGE_H
#define _SEAM_USER_LINUX_LINKAGE_H

#ifdef __ASSEMBLY__

#define SYM_FUNC_START(name)			\
	.globl name ;				\
	.type name, @function ;			\
	.p2align 4 ;				\
	name:

#define SYM_FUNC_START_LOCAL(name)		\
	.type name, @function ;			\
	.p2align 4 ;				\
	name:

#define SYM_FUNC_END(name)			\
	.size name, . - name

#define RET	ret

#else /* !__ASSEMBLY__ */

#define asmlinkage
#define ASM_RET	"ret\n\t"

#endif /* __ASSEMBLY__ */
#endif /* _SEAM_USER_LINUX_LINKAGE_H */
