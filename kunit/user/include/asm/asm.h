/* SPDX-License-Identifier: GPL-2.0 */
/*
 * User-space shim: <asm/asm.h>: exception-table entries.
 *
 * An entry has the x86 layout: three 32-bit words, the faulting
 * instruction and the fixup as offsets from the word itself, then the
 * fixup type, in section "__ex_table". The user-space adapter
 * (kunit/user/seam_user.c) walks that section when it emulates a fault.
 * _ASM_EXTABLE_FAULT() entries get the trap number in RAX before the fixup
 * runs; _ASM_EXTABLE() entries just resume at the fixup.
 */
#ifndef _SEAM_USER_ASM_ASM_H
#define _SEAM_USER_ASM_ASM_H

#define EX_TYPE_NONE		0
#define EX_TYPE_DEFAULT		1
#define EX_TYPE_FAULT		2
#define EX_DATA_TYPE_MASK	0xff

#ifdef __ASSEMBLY__

#define _ASM_EXTABLE_TYPE(from, to, type)		\
	.pushsection "__ex_table", "a" ;		\
	.balign 4 ;					\
	.long (from) - . ;				\
	.long (to) - . ;				\
	.long type ;					\
	.popsection

#else /* !__ASSEMBLY__ */

#include <linux/stringify.h>

#define _ASM_EXTABLE_TYPE(from, to, type)		\
	" .pushsection \"__ex_table\", \"a\"\n"		\
	" .balign 4\n"					\
	" .long (" #from ") - .\n"			\
	" .long (" #to ") - .\n"			\
	" .long " __stringify(type) "\n"		\
	" .popsection\n"

#endif /* __ASSEMBLY__ */

#define _ASM_EXTABLE(from, to)		_ASM_EXTABLE_TYPE(from, to, EX_TYPE_DEFAULT)
#define _ASM_EXTABLE_FAULT(from, to)	_ASM_EXTABLE_TYPE(from, to, EX_TYPE_FAULT)

#endif /* _SEAM_USER_ASM_ASM_H */
