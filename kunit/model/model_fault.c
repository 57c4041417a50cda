// SPDX-License-Identifier: GPL-2.0
/*
 * TDX model: fault injection and the call log
 *
 * Copyright (C) 2026 The seamcall authors
 */
#include "model_int.h"

/* The first armed fault that matches @leaf (or any leaf for @insn), or NULL. */
struct mfault *model_fault_match(struct seam_model *m, int leaf, bool insn)
{
	unsigned int i;

	for (i = 0; i < SEAM_MODEL_MAX_FAULTS; i++) {
		struct mfault *f = &m->fault.slots[i];
		bool is_insn = f->kind >= SEAM_MODEL_FAULT_VMFAIL &&
			       f->kind <= SEAM_MODEL_FAULT_UD;

		if (!f->armed || is_insn != insn)
			continue;
		if (f->leaf != SEAM_MODEL_ANY_LEAF && f->leaf != leaf)
			continue;
		return f;
	}
	return NULL;
}

void model_fault_consume(struct mfault *f)
{
	if (!--f->count)
		f->armed = 0;
}

void model_log_call(struct seam_model *m, const struct seam_model_regs *out,
		    enum seam_model_exit exit, bool injected)
{
	struct seam_model_log_entry *e;

	if (!m->cfg.log_size)
		return;
	e = &m->fault.log[m->fault.log_count % m->cfg.log_size];
	e->leaf = m->in.rax & SEAM_LEAF_MASK;
	e->cpu = m->cpu;
	e->in = m->in;
	e->out = *out;
	e->exit = exit;
	e->injected = injected;
	m->fault.log_count++;
}

/* Arm a free slot; NULL with *@err set when none is free or an argument is bad. */
static struct mfault *fault_arm(struct seam_model *m, unsigned int kind,
				int leaf, unsigned int count, int *err)
{
	unsigned int i;

	*err = -EINVAL;
	if (!count || (leaf != SEAM_MODEL_ANY_LEAF && (leaf < 0 || leaf > (int)SEAM_LEAF_MASK)))
		return NULL;
	*err = -ENOSPC;
	for (i = 0; i < SEAM_MODEL_MAX_FAULTS; i++) {
		struct mfault *f = &m->fault.slots[i];

		if (f->armed)
			continue;
		memset(f, 0, sizeof(*f));
		f->kind = (u8)kind;
		f->leaf = leaf;
		f->count = count;
		f->armed = 1;
		return f;
	}
	return NULL;
}

int seam_model_inject(struct seam_model *m, enum seam_model_fault fault,
		      int leaf, unsigned int count, u32 operand_id)
{
	struct mfault *f;
	int err;

	if (fault > SEAM_MODEL_FAULT_UD)
		return -EINVAL;
	f = fault_arm(m, fault, leaf, count, &err);
	if (!f)
		return err;
	f->operand = operand_id;
	return 0;
}

static int inject_reply(struct seam_model *m, int leaf, u64 status,
			const struct seam_model_regs *reply, bool all)
{
	struct mfault *f;
	int err;

	f = fault_arm(m, SEAM_MODEL_FAULT_REPLY, leaf, 1, &err);
	if (!f)
		return err;
	f->status = status;
	f->reply = *reply;
	f->all_regs = all;
	return 0;
}

int seam_model_inject_reply(struct seam_model *m, int leaf, u64 status,
			    const struct seam_model_regs *reply)
{
	return inject_reply(m, leaf, status, reply, false);
}

int seam_model_inject_reply_all(struct seam_model *m, int leaf, u64 status,
				const struct seam_model_regs *reply)
{
	return inject_reply(m, leaf, status, reply, true);
}

void seam_model_clear_faults(struct seam_model *m)
{
	memset(m->fault.slots, 0, sizeof(m->fault.slots));
}

unsigned int seam_model_faults_pending(const struct seam_model *m)
{
	unsigned int i, n = 0;

	for (i = 0; i < SEAM_MODEL_MAX_FAULTS; i++)
		if (m->fault.slots[i].armed)
			n += m->fault.slots[i].count;
	return n;
}

unsigned int seam_model_log_count(const struct seam_model *m)
{
	return m->fault.log_count;
}

const struct seam_model_log_entry *
seam_model_log_get(const struct seam_model *m, unsigned int idx)
{
	if (idx >= m->fault.log_count || m->fault.log_count - idx > m->cfg.log_size)
		return NULL;
	return &m->fault.log[idx % m->cfg.log_size];
}

const struct seam_model_log_entry *seam_model_log_last(const struct seam_model *m)
{
	return m->fault.log_count ? seam_model_log_get(m, m->fault.log_count - 1) : NULL;
}

void seam_model_log_clear(struct seam_model *m)
{
	m->fault.log_count = 0;
}
