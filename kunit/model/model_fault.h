/* SPDX-License-Identifier: GPL-2.0 */
/*
 * TDX model: fault injection and the call log
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * Included by model_int.h only.
 */
#ifndef _SEAM_MODEL_FAULT_H
#define _SEAM_MODEL_FAULT_H

struct mfault {
	u8 kind;
	u8 armed;
	u16 pad;
	int leaf;
	unsigned int count;
	u32 operand;
	u64 status;
	bool all_regs;
	struct seam_model_regs reply;
};

struct model_fault {
	struct mfault slots[SEAM_MODEL_MAX_FAULTS];
	struct seam_model_log_entry *log;
	unsigned int log_count;
};

struct mfault *model_fault_match(struct seam_model *m, int leaf, bool insn);
void model_fault_consume(struct mfault *f);
void model_log_call(struct seam_model *m, const struct seam_model_regs *out,
		    enum seam_model_exit exit, bool injected);

#endif /* _SEAM_MODEL_FAULT_H */
