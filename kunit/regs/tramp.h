/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tramp.h - seam_regs_tramp() of tramp.S
 *
 * Copyright (C) 2026 The seamcall authors
 */
#ifndef _SEAM_REGS_TRAMP_H
#define _SEAM_REGS_TRAMP_H

#include <linux/types.h>

struct seam_args;

/**
 * struct seam_regs_cs - registers around seam_regs_tramp()'s call
 * @in: RBX, RBP, R12, R13, R14, R15 loaded before the call
 * @out: the same six as the call left them
 * @rsp: RSP before and after the call
 *
 * tramp.S uses the offsets: @in at 0, @out at 48, @rsp at 96.
 */
struct seam_regs_cs {
	u64 in[6];
	u64 out[6];
	u64 rsp[2];
};

/* An entry point with the signature of __seam_call(). */
typedef u64 (*seam_regs_entry_t)(u64 fn, struct seam_args *args);

/**
 * seam_regs_tramp() - Call @entry with chosen callee-saved registers
 * @entry: the function to call
 * @fn: its first argument
 * @args: its second argument
 * @cs: RBX, RBP and R12-R15 to call with; receives them after the call
 *
 * Return: what @entry returned.
 */
u64 seam_regs_tramp(seam_regs_entry_t entry, u64 fn, struct seam_args *args,
		    struct seam_regs_cs *cs);

#endif /* _SEAM_REGS_TRAMP_H */
