/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tramp.S - call an entry point with chosen callee-saved registers
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * u64 seam_regs_tramp(u64 (*entry)(u64 fn, struct seam_args *args), u64 fn,
 *		       struct seam_args *args, struct seam_regs_cs *cs);
 *
 * Loads RBX, RBP and R12-R15 from cs->in[], calls @entry(@fn, @args),
 * stores the six as they come back in cs->out[], and RSP before and after
 * the call in cs->rsp[0] and cs->rsp[1]. The caller's own registers are
 * kept on the stack meanwhile. Offsets as struct seam_regs_cs in fuzz.c.
 */
	.text
	.globl	seam_regs_tramp
	.type	seam_regs_tramp, @function
seam_regs_tramp:
	pushq	%rbp
	pushq	%rbx
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	/* Seven pushes: RSP is 16-byte aligned again for the call. */
	pushq	%rcx
	movq	%rsp, 96(%rcx)
	movq	%rdi, %rax
	movq	%rsi, %rdi
	movq	%rdx, %rsi
	movq	0(%rcx), %rbx
	movq	8(%rcx), %rbp
	movq	16(%rcx), %r12
	movq	24(%rcx), %r13
	movq	32(%rcx), %r14
	movq	40(%rcx), %r15
	call	*%rax
	/* RCX is free after the call; the cs pointer is where RSP should be. */
	movq	(%rsp), %rcx
	movq	%rbx, 48(%rcx)
	movq	%rbp, 56(%rcx)
	movq	%r12, 64(%rcx)
	movq	%r13, 72(%rcx)
	movq	%r14, 80(%rcx)
	movq	%r15, 88(%rcx)
	movq	%rsp, 104(%rcx)
	popq	%rcx
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbx
	popq	%rbp
	ret
	.size	seam_regs_tramp, . - seam_regs_tramp
