/* SPDX-License-Identifier: GPL-2.0 */
/*
 * seamcall.S - raw SEAMCALL entry points for include/seamcall.h
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * Link this file into the module that includes seamcall.h. It defines no
 * data, exports nothing, keeps no state and holds no status policy: the
 * RND_NO_ENTROPY retry lives in the C variants of seamcall.h, which keep a
 * copy of the caller's inputs, so the entry points store what the module
 * returned whatever the status, as Linux's tdxcall.S does.
 */
#include <linux/linkage.h>
#include <asm/asm.h>
#include <asm/frame.h>
#include <seamcall.h>

/* SEAMCALL, as bytes: binutils before 2.36 lacks the mnemonic. */
#define SEAM_INSN	.byte 0x66, 0x0f, 0x01, 0xcf

/*
 * SEAMCALL register ABI
 * ----------------------------------------------------------------------
 * Input registers:
 *   RAX                 - leaf number (bits 15:0) and version (23:16)
 *   RCX, RDX, R8-R15,
 *   RBX, RDI, RSI       - leaf specific
 * Output registers:
 *   RAX                 - completion status
 *   RCX, RDX, R8-R15,
 *   RBX, RDI, RSI       - leaf specific
 * A SEAMCALL that fails to reach the module sets CF (VMfailInvalid); one
 * that faults raises #GP or #UD. Any leaf may change RCX, RDX and R8-R11.
 * R12-R15, RBX, RDI and RSI change only for leaves that use them, and RBP
 * only across TDH.VP.ENTER: modules before 1.5.06 zero it on a TD exit,
 * so the saved variant keeps it on the stack whatever the kernel config.
 *
 * Entry point function ABI (SysV):
 *   @fn   (RDI) - leaf and version, moved to RAX
 *   @args (RSI) - struct seam_args, offsets SEAM_ARGS_* from seamcall.h
 * Returns the completion status in RAX, or:
 *   SEAM_TDX_SEAMCALL_VMFAILINVALID   on CF=1
 *   SEAM_TDX_SW_ERROR | trap number   on #GP or #UD, through the exception
 *                                     table (SEAM_TDX_SEAMCALL_GP/_UD)
 * These use status class 0xFF, which the module never returns, so they
 * cannot be mistaken for module statuses. Neither stores any output.
 *
 * SEAM_CALL \ret \saved expands one entry point:
 *   ret=0, saved=0: load RCX..R11; store nothing.
 *   ret=1, saved=0: load and store RCX..R11.
 *   ret=1, saved=1: also load and store R12-R15, RBX, RDI and RSI, keeping
 *                   the callee-saved registers and RBP on the stack
 *                   meanwhile.
 * With ret=1 the outputs are stored for every status the module returns,
 * and never for the software errors (the module did not run).
 */
.macro SEAM_CALL ret:req saved:req
	FRAME_BEGIN

	movq	%rdi, %rax
	movq	SEAM_ARGS_RCX(%rsi), %rcx
	movq	SEAM_ARGS_RDX(%rsi), %rdx
	movq	SEAM_ARGS_R8(%rsi),  %r8
	movq	SEAM_ARGS_R9(%rsi),  %r9
	movq	SEAM_ARGS_R10(%rsi), %r10
	movq	SEAM_ARGS_R11(%rsi), %r11

.if \saved
	/* FRAME_BEGIN is empty without CONFIG_FRAME_POINTER: save RBP here. */
	pushq	%rbp
	pushq	%rbx
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15

	movq	SEAM_ARGS_R12(%rsi), %r12
	movq	SEAM_ARGS_R13(%rsi), %r13
	movq	SEAM_ARGS_R14(%rsi), %r14
	movq	SEAM_ARGS_R15(%rsi), %r15
	movq	SEAM_ARGS_RBX(%rsi), %rbx

	/* RSI carries an input too: keep the args pointer on the stack. */
	pushq	%rsi
	movq	SEAM_ARGS_RDI(%rsi), %rdi
	movq	SEAM_ARGS_RSI(%rsi), %rsi
.endif

.Lseamcall\@:
	SEAM_INSN
	jc	.Lvmfail\@

.if \ret
.if \saved
	/*
	 * Every register but RSP and RBP may now hold an output: park the
	 * output RSI on the stack, fetch the args pointer below it, and pop
	 * the output straight into the struct.
	 */
	pushq	%rsi
	movq	8(%rsp), %rsi
	popq	SEAM_ARGS_RSI(%rsi)

	movq	%r12, SEAM_ARGS_R12(%rsi)
	movq	%r13, SEAM_ARGS_R13(%rsi)
	movq	%r14, SEAM_ARGS_R14(%rsi)
	movq	%r15, SEAM_ARGS_R15(%rsi)
	movq	%rbx, SEAM_ARGS_RBX(%rsi)
	movq	%rdi, SEAM_ARGS_RDI(%rsi)
.endif
	movq	%rcx, SEAM_ARGS_RCX(%rsi)
	movq	%rdx, SEAM_ARGS_RDX(%rsi)
	movq	%r8,  SEAM_ARGS_R8(%rsi)
	movq	%r9,  SEAM_ARGS_R9(%rsi)
	movq	%r10, SEAM_ARGS_R10(%rsi)
	movq	%r11, SEAM_ARGS_R11(%rsi)
.endif

.if \saved
	popq	%rsi

	/*
	 * TDH.VP.ENTER returns guest values in these registers. Clear them
	 * so they cannot steer speculation in the host; XOR is cheap, so do
	 * it for every leaf. R12-R15 and RBX are restored just below.
	 */
	xorl	%ecx, %ecx
	xorl	%edx, %edx
	xorl	%r8d, %r8d
	xorl	%r9d, %r9d
	xorl	%r10d, %r10d
	xorl	%r11d, %r11d
	xorl	%r12d, %r12d
	xorl	%r13d, %r13d
	xorl	%r14d, %r14d
	xorl	%r15d, %r15d
	xorl	%ebx, %ebx
	xorl	%edi, %edi
.endif

.Lout\@:
.if \saved
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbx
	popq	%rbp
.endif
	FRAME_END
	RET

.Lvmfail\@:
	/* The CPU left RAX as it was: say why the module did not run. */
	movabsq	$SEAM_TDX_SEAMCALL_VMFAILINVALID, %rax
.if \saved
	popq	%rsi
.endif
	jmp	.Lout\@

.Ltrap\@:
	/* The fault fixup put the trap number in RAX; RDI is free here. */
	movabsq	$SEAM_TDX_SW_ERROR, %rdi
	orq	%rdi, %rax
.if \saved
	popq	%rsi
.endif
	jmp	.Lout\@

	_ASM_EXTABLE_FAULT(.Lseamcall\@, .Ltrap\@)
.endm

/*
 * u64 __seam_call(u64 fn, struct seam_args *args);
 *
 * Loads RCX, RDX and R8-R11 from @args and stores nothing.
 */
SYM_FUNC_START(__seam_call)
	SEAM_CALL ret=0 saved=0
SYM_FUNC_END(__seam_call)

/*
 * u64 __seam_call_ret(u64 fn, struct seam_args *args);
 *
 * Loads RCX, RDX and R8-R11 from @args and stores them back.
 */
SYM_FUNC_START(__seam_call_ret)
	SEAM_CALL ret=1 saved=0
SYM_FUNC_END(__seam_call_ret)

/*
 * u64 __seam_call_saved_ret(u64 fn, struct seam_args *args);
 *
 * Loads all 13 registers of @args and stores them back, and keeps RBP
 * whatever the module does with it. KVM issues TDH.VP.ENTER through it
 * from noinstr code, hence .noinstr.text.
 */
.pushsection .noinstr.text, "ax"
SYM_FUNC_START(__seam_call_saved_ret)
	SEAM_CALL ret=1 saved=1
SYM_FUNC_END(__seam_call_saved_ret)
.popsection
