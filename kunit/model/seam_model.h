/* SPDX-License-Identifier: GPL-2.0 */
/*
 * seam_model.h - a software model of the Intel TDX module 1.5, for tests
 *
 * Copyright (C) 2026 The seamcall authors
 */
#ifndef _SEAM_MODEL_H
#define _SEAM_MODEL_H

#include <linux/types.h>

/**
 * struct seam_model_regs - the GPRs a SEAMCALL passes, as the adapters see them
 * @rax: leaf and version in, completion status out
 * @rcx: RCX
 * @rdx: RDX
 * @r8: R8
 * @r9: R9
 * @r10: R10
 * @r11: R11
 * @r12: R12
 * @r13: R13
 * @r14: R14
 * @r15: R15
 * @rbx: RBX
 * @rdi: RDI
 * @rsi: RSI
 * @rbp: RBP (the module must keep it)
 */
struct seam_model_regs {
	u64 rax, rcx, rdx, r8, r9, r10, r11, r12, r13, r14, r15, rbx, rdi, rsi, rbp;
};

/**
 * enum seam_model_exit - how a modelled SEAMCALL ends
 * @SEAM_MODEL_EXIT_RETURN: SEAMRET: the registers hold the outputs, CF = 0
 * @SEAM_MODEL_EXIT_VMFAIL: VMfailInvalid: CF = 1, registers unchanged
 * @SEAM_MODEL_EXIT_GP: the instruction raises #GP
 * @SEAM_MODEL_EXIT_UD: the instruction raises #UD
 */
enum seam_model_exit {
	SEAM_MODEL_EXIT_RETURN,
	SEAM_MODEL_EXIT_VMFAIL,
	SEAM_MODEL_EXIT_GP,
	SEAM_MODEL_EXIT_UD,
};

struct seam_model;

/**
 * seam_model_seamcall() - Execute one SEAMCALL against the model
 * @m: the model
 * @regs: registers at the SEAMCALL instruction; updated in place
 *
 * Called by the adapters (a SIGILL handler in user space, a die notifier in
 * the kernel) when the CPU traps on the SEAMCALL instruction. Must not sleep
 * or allocate.
 *
 * Return: how the instruction completes.
 */
enum seam_model_exit seam_model_seamcall(struct seam_model *m,
					 struct seam_model_regs *regs);

#endif /* _SEAM_MODEL_H */
