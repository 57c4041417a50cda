// SPDX-License-Identifier: GPL-2.0
/*
 * TDX model: the per-thread CPUs and the held guests
 *
 * Copyright (C) 2026 The seamcall authors
 */
#include "model_int.h"

/*
 * The CPU the calling thread chose (SEAM_MODEL_CPU_HOST: the one it runs
 * on), or 0; under the model-wide lock.
 */
unsigned int model_thread_cpu(struct seam_model *m)
{
	const void *id = model_thread_id();
	unsigned int i, cpu;

	for (i = 0; i < MODEL_MAX_THREADS; i++) {
		if (m->smp.threads[i].id != id)
			continue;
		cpu = m->smp.threads[i].cpu;
		return cpu == SEAM_MODEL_CPU_HOST ? model_host_cpu() % m->cfg.nr_lps : cpu;
	}
	return 0;
}

/*
 * Remember @cpu for the calling thread: its slot, else a free one, else
 * the oldest taken (a thread that has ended, as a rule); under the lock.
 */
void model_set_thread_cpu(struct seam_model *m, unsigned int cpu)
{
	const void *id = model_thread_id();
	struct mthread *t = NULL;
	unsigned int i;

	for (i = 0; i < MODEL_MAX_THREADS && !t; i++)
		if (m->smp.threads[i].id == id)
			t = &m->smp.threads[i];
	for (i = 0; i < MODEL_MAX_THREADS && !t; i++)
		if (!m->smp.threads[i].id)
			t = &m->smp.threads[i];
	if (!t) {
		t = &m->smp.threads[m->smp.next_slot];
		m->smp.next_slot = (m->smp.next_slot + 1) % MODEL_MAX_THREADS;
	}
	t->id = id;
	t->cpu = cpu;
}

void seam_model_guest_hold(struct seam_model *m)
{
	unsigned long flags;

	model_lock_acquire(&m->smp.lock, &flags);
	m->vp.hold = true;
	model_lock_release(&m->smp.lock, flags);
}

void seam_model_guest_release(struct seam_model *m)
{
	unsigned long flags;

	model_lock_acquire(&m->smp.lock, &flags);
	m->vp.hold = false;
	m->vp.release_gen++;
	model_lock_release(&m->smp.lock, flags);
}

unsigned int seam_model_guests_running(struct seam_model *m)
{
	unsigned long flags;
	unsigned int n;

	model_lock_acquire(&m->smp.lock, &flags);
	n = m->vp.nr_guests;
	model_lock_release(&m->smp.lock, flags);
	return n;
}
