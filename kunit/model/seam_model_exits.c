// SPDX-License-Identifier: GPL-2.0
/*
 * TDX model: the TD exit script of seam_model_exits.h
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * The public struct seam_model_scripted_exit becomes a struct mexit in
 * the model's queue, which TDH.VP.ENTER (model_vp.c) takes from. Builds
 * that leave this file out (the samples, kunit/regs) keep VP.ENTER with
 * the exit of seam_model_set_td_exit().
 */
#include <linux/build_bug.h>

#include "model_int.h"
#include "seam_model_exits.h"

static_assert(SEAM_MODEL_MAX_EXITS == MODEL_MAX_EXITS);

static bool exit_valid(const struct seam_model_scripted_exit *e)
{
	if (e->kind == SEAM_MODEL_TD_EXIT_VMCALL)
		return !(e->gpr_select & (BIT(0) | BIT(1) | BIT(4)));
	return e->kind == SEAM_MODEL_TD_EXIT_ASYNC &&
	       (e->status == SEAM_TDX_SUCCESS || e->status == SEAM_TDX_NON_RECOVERABLE_TD);
}

int seam_model_script_exits(struct seam_model *m,
			    const struct seam_model_scripted_exit *exits, unsigned int n)
{
	struct model_exits *x = &m->exits;
	unsigned int i;

	for (i = 0; i < n; i++)
		if (!exit_valid(&exits[i]))
			return -EINVAL;
	if (n > MODEL_MAX_EXITS - x->count)
		return -ENOSPC;
	for (i = 0; i < n; i++) {
		const struct seam_model_scripted_exit *s = &exits[i];
		struct mexit *e = &x->q[(x->head + x->count++) % MODEL_MAX_EXITS];

		memset(e, 0, sizeof(*e));
		e->kind = s->kind;
		e->exit_reason = s->exit_reason;
		e->status = s->status;
		e->exit_qual = s->exit_qual;
		e->ext_exit_qual = s->ext_exit_qual;
		e->gpa = s->gpa;
		e->intr_info = s->intr_info;
		e->gpr_select = s->gpr_select;
		e->xmm_select = s->xmm_select;
		e->guest = s->guest;
	}
	return 0;
}

unsigned int seam_model_exits_left(const struct seam_model *m)
{
	return m->exits.count;
}

void seam_model_clear_exits(struct seam_model *m)
{
	m->exits.count = 0;
}
