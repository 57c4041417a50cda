/* SPDX-License-Identifier: GPL-2.0 */
/*
 * User-space shim: <asm/frame.h>.
 *
 * FRAME_BEGIN and FRAME_END set up an RBP frame, as a kernel built with
 * CONFIG_FRAME_POINTER does; ASan's unwinder follows such frames.
 */
#ifndef _SEAM_USER_ASM_FRAME_H
#define _SEAM_USER_ASM_FRAME_H

#ifdef __ASSEMBLY__
#define FRAME_BEGIN	pushq %rbp ; movq %rsp, %rbp
#define FRAME_END	popq %rbp
#else
#define FRAME_BEGIN	"push %rbp\n\tmov %rsp, %rbp\n\t"
#define FRAME_END	"pop %rbp\n\t"
#endif

#endif /* _SEAM_USER_ASM_FRAME_H */
