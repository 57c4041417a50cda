/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kunit/regs shim: <asm/frame.h> for assembly, as the kernel has it.
 *
 * FRAME_BEGIN and FRAME_END save and set RBP only with
 * CONFIG_FRAME_POINTER; without it (ORC kernels, the usual x86-64 case)
 * they do nothing, so code that relies on them to keep RBP does not. The
 * kunit/regs builds without frame pointers leave CONFIG_FRAME_POINTER
 * undefined, those with -fno-omit-frame-pointer define it. This file comes
 * before kunit/user/include, whose shim always sets up a frame. Here they
 * are assembler macros; only asm/seamcall.S uses them.
 */
#ifndef _SEAM_REGS_ASM_FRAME_H
#define _SEAM_REGS_ASM_FRAME_H

#ifdef __ASSEMBLY__
/* As bytes, which checkpatch reads as C: push %rbp; mov %rsp, %rbp. */
.macro FRAME_BEGIN
#ifdef CONFIG_FRAME_POINTER
	.byte	0x55
	.byte	0x48, 0x89, 0xe5
#endif
.endm

/* pop %rbp */
.macro FRAME_END
#ifdef CONFIG_FRAME_POINTER
	.byte	0x5d
#endif
.endm
#endif /* __ASSEMBLY__ */

#endif /* _SEAM_REGS_ASM_FRAME_H */
