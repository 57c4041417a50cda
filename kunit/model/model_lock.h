/* SPDX-License-Identifier: GPL-2.0 */
/*
 * TDX model: calls from several CPUs at once
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * One model-wide lock serialises the body of seam_model_seamcall(): the
 * model's state changes only under it, so a call sees the state every
 * call before it left. A raw spinlock in the kernel (the #UD notifier runs
 * with interrupts off), a pthread mutex in user space (the SIGILL handler
 * of the thread whose SEAMCALL trapped; that thread never holds the lock
 * when it traps).
 *
 * Contention a caller can see comes from the module's try-locks that a
 * call keeps across a window in which other CPUs run: TDH.VP.ENTER keeps
 * the PAMT entries of the TDVPR and of its TDR shared while the guest runs
 * (module 1.5.01 tdh_vp_enter.c:tdh_vp_enter():602 and :619, released at
 * TD exit in td_exit.c:td_vmexit_to_vmm():505..506). A guest the model
 * holds (seam_model_guest_hold()) stays in that window, with the
 * model-wide lock dropped, until seam_model_guest_release().
 *
 * Each thread has its own current CPU (seam_model_set_cpu()), kept in a
 * small table per model keyed by the thread.
 */
#ifndef _SEAM_MODEL_LOCK_H
#define _SEAM_MODEL_LOCK_H

#include <linux/types.h>

#ifdef SEAM_USER_SPACE
#include <pthread.h>
#include <sched.h>
#include <unistd.h>
#include <sys/syscall.h>

/* The model-wide lock. */
struct model_lock {
	pthread_mutex_t m;
};

static inline void model_lock_init(struct model_lock *l)
{
	pthread_mutex_init(&l->m, NULL);
}

static inline void model_lock_destroy(struct model_lock *l)
{
	pthread_mutex_destroy(&l->m);
}

/* Take the lock; *@flags is for the kernel's interrupt state. */
static inline void model_lock_acquire(struct model_lock *l, unsigned long *flags)
{
	pthread_mutex_lock(&l->m);
}

static inline void model_lock_release(struct model_lock *l, unsigned long flags)
{
	pthread_mutex_unlock(&l->m);
}

/* Drop and retake the lock, interrupts as they are. */
static inline void model_lock_drop(struct model_lock *l)
{
	pthread_mutex_unlock(&l->m);
}

static inline void model_lock_retake(struct model_lock *l)
{
	pthread_mutex_lock(&l->m);
}

/* Let another thread run while this one waits. */
static inline void model_relax(void)
{
	sched_yield();
}

/* An address unique to the calling thread while it lives. */
static inline const void *model_thread_id(void)
{
	static __thread char me;

	return &me;
}

/* The host CPU the calling thread runs on now (getcpu(2)), else 0. */
static inline unsigned int model_host_cpu(void)
{
	unsigned int cpu = 0;

	if (syscall(SYS_getcpu, &cpu, NULL, NULL))
		return 0;
	return cpu;
}

#else /* the kernel */
#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/smp.h>
#include <asm/processor.h>

struct model_lock {
	raw_spinlock_t s;
	unsigned long flags;	/* the holder's, for model_lock_drop() */
};

static inline void model_lock_init(struct model_lock *l)
{
	raw_spin_lock_init(&l->s);
}

static inline void model_lock_destroy(struct model_lock *l)
{
}

static inline void model_lock_acquire(struct model_lock *l, unsigned long *flags)
{
	raw_spin_lock_irqsave(&l->s, *flags);
	l->flags = *flags;
}

static inline void model_lock_release(struct model_lock *l, unsigned long flags)
{
	raw_spin_unlock_irqrestore(&l->s, flags);
}

/*
 * Drop the lock in the middle of a call, with interrupts as they were
 * before model_lock_acquire(): a CPU waiting in the guest window must
 * answer the IPIs of the CPUs it waits for.
 */
static inline void model_lock_drop(struct model_lock *l)
{
	raw_spin_unlock_irqrestore(&l->s, l->flags);
}

static inline void model_lock_retake(struct model_lock *l)
{
	unsigned long flags;

	raw_spin_lock_irqsave(&l->s, flags);
	l->flags = flags;
}

static inline void model_relax(void)
{
	cpu_relax();
}

static inline const void *model_thread_id(void)
{
	return current;
}

/* In the #UD notifier, with interrupts off: the CPU cannot change. */
static inline unsigned int model_host_cpu(void)
{
	return raw_smp_processor_id();
}
#endif

struct seam_model;

/* Threads whose CPU choice a model remembers; more reuse the oldest slot. */
#define MODEL_MAX_THREADS	16

/* A thread's choice of CPU. */
struct mthread {
	const void *id;
	unsigned int cpu;
};

/* Not architectural: the lock and the per-thread CPUs. */
struct model_smp {
	struct model_lock lock;
	struct mthread threads[MODEL_MAX_THREADS];
	unsigned int next_slot;
};

unsigned int model_thread_cpu(struct seam_model *m);
void model_set_thread_cpu(struct seam_model *m, unsigned int cpu);

#endif /* _SEAM_MODEL_LOCK_H */
