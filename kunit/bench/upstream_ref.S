/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Upstream-style SEAMCALL trampoline, for the benchmark only: loads RCX,
 * RDX and R8 to R11 from the 13-register struct, issues the benchmark stub
 * instead of SEAMCALL, stores all six back, and turns CF=1 into
 * VMFAILINVALID. The args pointer stays in RSI, which the module preserves.
 *
 * Copyright (C) 2026 The seamcall authors
 */
#include <linux/linkage.h>
#include <asm/frame.h>

/* Offsets in struct seam_args. */
#define REF_rcx		0
#define REF_rdx		8
#define REF_r8		16
#define REF_r9		24
#define REF_r10		32
#define REF_r11		40

.text
SYM_FUNC_START(ref_seamcall_ret)
	FRAME_BEGIN
	movq	%rdi, %rax
	movq	REF_rcx(%rsi), %rcx
	movq	REF_rdx(%rsi), %rdx
	movq	REF_r8(%rsi), %r8
	movq	REF_r9(%rsi), %r9
	movq	REF_r10(%rsi), %r10
	movq	REF_r11(%rsi), %r11
	/* The benchmark stub: RAX=0, CF=0. */
	.byte	0x31, 0xc0
	jc	1f
	movq	%rcx, REF_rcx(%rsi)
	movq	%rdx, REF_rdx(%rsi)
	movq	%r8, REF_r8(%rsi)
	movq	%r9, REF_r9(%rsi)
	movq	%r10, REF_r10(%rsi)
	movq	%r11, REF_r11(%rsi)
	FRAME_END
	RET
1:
	movabsq	$0x8000ff00ffff0000, %rax
	FRAME_END
	RET
SYM_FUNC_END(ref_seamcall_ret)
