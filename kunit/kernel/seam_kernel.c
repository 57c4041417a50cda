// SPDX-License-Identifier: GPL-2.0
/*
 * seam_kernel.c - run the real SEAMCALL instruction in the kernel against
 * the software TDX model
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * Without TDX (here: QEMU/TCG), SEAMCALL raises #UD. While a model is
 * attached, a die notifier catches that #UD before the kernel's own
 * handling, hands the registers to the model and completes the instruction
 * the way the model says:
 *
 * * RETURN: the GPRs are written back, CF = 0, RIP += 4.
 * * VMFAIL: CF = 1, RIP += 4.
 * * UD: the notifier declines, so the kernel applies the real exception
 *   table fixup (EX_TYPE_FAULT: RAX = 6, resume at the fixup).
 * * GP: the CPU raised #UD, so the #GP fixup must be applied by hand:
 *   search_exception_tables() is not exported to modules, so the notifier
 *   looks the instruction up in this module's own exception table
 *   (THIS_MODULE->extable, entries as in <asm/extable.h>) and does what
 *   ex_handler_fault() does with trap number 13. Every SEAMCALL that can
 *   reach a model lives in this test module (asm/seamcall.S and the inline
 *   asm of seamcall.h are linked into it), so that table is enough; a
 *   SEAMCALL elsewhere gets an oops as it would without the adapter.
 *
 * The notifier runs on whichever CPU trapped, several at once; the model
 * serialises the calls (model_lock.h).
 *
 * Detached, the notifier is unregistered and a SEAMCALL takes the kernel's
 * plain #UD path through the exception table.
 */
#include <linux/cpu.h>
#include <linux/cpumask.h>
#include <linux/extable.h>
#include <linux/kdebug.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/notifier.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <linux/workqueue.h>
#include <asm/extable.h>
#include <asm/extable_fixup_types.h>
#include <asm/ptrace.h>
#include <asm/traps.h>
#include <seam_model.h>
#include <model_lock.h>

#include "seam_kernel.h"

#define SEAM_KERNEL_INSN_LEN	4

struct seam_model *seam_model_current;
static seam_kernel_stub_t seam_kernel_stub;
static bool seam_kernel_registered;
static DEFINE_MUTEX(seam_kernel_lock);

static const u8 seam_kernel_opcode[SEAM_KERNEL_INSN_LEN] = {
	0x66, 0x0f, 0x01, 0xcf
};

/* The exception-table entry of the instruction at @ip, or NULL. */
static const struct exception_table_entry *seam_kernel_extable(unsigned long ip)
{
#ifdef MODULE
	const struct exception_table_entry *e;
	unsigned int i;

	for (i = 0; i < THIS_MODULE->num_exentries; i++) {
		e = &THIS_MODULE->extable[i];
		if ((unsigned long)&e->insn + e->insn == ip)
			return e;
	}
	return NULL;
#else
	/* Built in (make kunit-tree): the kernel's own table has it. */
	return search_exception_tables(ip);
#endif
}

/* Apply the fault fixup for the instruction at regs->ip. */
static bool seam_kernel_fixup_gp(struct pt_regs *regs)
{
	const struct exception_table_entry *e = seam_kernel_extable(regs->ip);

	if (!e || (e->data & EX_DATA_TYPE_MASK) != EX_TYPE_FAULT)
		return false;
	regs->ax = X86_TRAP_GP;
	regs->ip = (unsigned long)&e->fixup + e->fixup;
	return true;
}

static void seam_kernel_get_regs(struct seam_model_regs *r,
				 const struct pt_regs *regs)
{
	r->rax = regs->ax;
	r->rcx = regs->cx;
	r->rdx = regs->dx;
	r->r8 = regs->r8;
	r->r9 = regs->r9;
	r->r10 = regs->r10;
	r->r11 = regs->r11;
	r->r12 = regs->r12;
	r->r13 = regs->r13;
	r->r14 = regs->r14;
	r->r15 = regs->r15;
	r->rbx = regs->bx;
	r->rdi = regs->di;
	r->rsi = regs->si;
	r->rbp = regs->bp;
}

static void seam_kernel_put_regs(struct pt_regs *regs,
				 const struct seam_model_regs *r)
{
	regs->ax = r->rax;
	regs->cx = r->rcx;
	regs->dx = r->rdx;
	regs->r8 = r->r8;
	regs->r9 = r->r9;
	regs->r10 = r->r10;
	regs->r11 = r->r11;
	regs->r12 = r->r12;
	regs->r13 = r->r13;
	regs->r14 = r->r14;
	regs->r15 = r->r15;
	regs->bx = r->rbx;
	regs->di = r->rdi;
	regs->si = r->rsi;
	regs->bp = r->rbp;
}

static int seam_kernel_notify(struct notifier_block *nb, unsigned long val,
			      void *data)
{
	struct die_args *args = data;
	struct pt_regs *regs = args->regs;
	u8 insn[SEAM_KERNEL_INSN_LEN];
	struct seam_model_regs r;
	enum seam_model_exit exit;
	seam_kernel_stub_t stub = READ_ONCE(seam_kernel_stub);
	struct seam_model *m = READ_ONCE(seam_model_current);

	if (val != DIE_TRAP || args->trapnr != X86_TRAP_UD || user_mode(regs))
		return NOTIFY_DONE;
	if (!stub && !m)
		return NOTIFY_DONE;
	if (copy_from_kernel_nofault(insn, (void *)regs->ip, sizeof(insn)) ||
	    memcmp(insn, seam_kernel_opcode, sizeof(insn)))
		return NOTIFY_DONE;

	seam_kernel_get_regs(&r, regs);
	/*
	 * As do_error_trap() does for the rest of a trap: interrupts on if
	 * the SEAMCALL ran with them on. The model's lock turns them off for
	 * each call, and back on while a held TDH.VP.ENTER waits in the
	 * guest, so this CPU answers the IPIs (TLB flushes) another CPU
	 * waits for meanwhile.
	 */
	if (regs->flags & X86_EFLAGS_IF)
		local_irq_enable();
	exit = stub ? stub(&r) : seam_model_seamcall(m, &r);
	if (regs->flags & X86_EFLAGS_IF)
		local_irq_disable();

	switch (exit) {
	case SEAM_MODEL_EXIT_RETURN:
		seam_kernel_put_regs(regs, &r);
		regs->flags &= ~X86_EFLAGS_CF;
		regs->ip += SEAM_KERNEL_INSN_LEN;
		return NOTIFY_STOP;
	case SEAM_MODEL_EXIT_VMFAIL:
		regs->flags |= X86_EFLAGS_CF;
		regs->ip += SEAM_KERNEL_INSN_LEN;
		return NOTIFY_STOP;
	case SEAM_MODEL_EXIT_GP:
		if (seam_kernel_fixup_gp(regs))
			return NOTIFY_STOP;
		pr_err("seam_kernel: #GP on a SEAMCALL at %pS without fault fixup\n",
		       (void *)regs->ip);
		return NOTIFY_DONE;
	case SEAM_MODEL_EXIT_UD:
	default:
		/* The kernel's own #UD handling runs the real fixup. */
		return NOTIFY_DONE;
	}
}

static struct notifier_block seam_kernel_nb = {
	.notifier_call = seam_kernel_notify,
};

static int seam_kernel_register(void)
{
	int ret = 0;

	if (!seam_kernel_registered) {
		ret = register_die_notifier(&seam_kernel_nb);
		seam_kernel_registered = !ret;
	}
	return ret;
}

/**
 * seam_model_attach() - Route trapped SEAMCALLs to a model
 * @m: the model
 *
 * Registers the die notifier and sets %seam_model_current.
 *
 * Context: Process context.
 * Return: 0, -EINVAL if @m is NULL, -EBUSY if another model or a stub is
 * attached, or the error of register_die_notifier().
 */
int seam_model_attach(struct seam_model *m)
{
	int ret;

	if (!m)
		return -EINVAL;
	mutex_lock(&seam_kernel_lock);
	if (seam_kernel_stub || (seam_model_current && seam_model_current != m)) {
		ret = -EBUSY;
	} else {
		ret = seam_kernel_register();
		if (!ret)
			WRITE_ONCE(seam_model_current, m);
	}
	mutex_unlock(&seam_kernel_lock);
	return ret;
}

/**
 * seam_kernel_attach_stub() - Answer SEAMCALLs with a function, not a model
 * @stub: the replacement for seam_model_seamcall()
 *
 * For tests of the adapter itself. seam_model_detach() removes it.
 *
 * Context: Process context.
 * Return: 0, -EBUSY if a model or a stub is attached, or the error of
 * register_die_notifier().
 */
int seam_kernel_attach_stub(seam_kernel_stub_t stub)
{
	int ret;

	mutex_lock(&seam_kernel_lock);
	if (seam_kernel_stub || seam_model_current) {
		ret = -EBUSY;
	} else {
		ret = seam_kernel_register();
		if (!ret)
			WRITE_ONCE(seam_kernel_stub, stub);
	}
	mutex_unlock(&seam_kernel_lock);
	return ret;
}

/**
 * seam_model_detach() - Stop routing trapped SEAMCALLs to the model
 *
 * Clears %seam_model_current and any stub and unregisters the notifier
 * (which waits for a running notifier call to finish), so SEAMCALL takes
 * the kernel's plain #UD path again.
 *
 * Context: Process context.
 */
void seam_model_detach(void)
{
	mutex_lock(&seam_kernel_lock);
	WRITE_ONCE(seam_model_current, NULL);
	WRITE_ONCE(seam_kernel_stub, NULL);
	if (seam_kernel_registered) {
		unregister_die_notifier(&seam_kernel_nb);
		seam_kernel_registered = false;
	}
	mutex_unlock(&seam_kernel_lock);
}

/**
 * seam_model_zalloc() - Allocate zeroed memory for the model
 * @size: size in bytes
 *
 * Context: May sleep.
 * Return: the memory, or NULL.
 */
void *seam_model_zalloc(size_t size)
{
	return kvzalloc(size, GFP_KERNEL);
}

/**
 * seam_model_free() - Free memory from seam_model_zalloc()
 * @p: the memory, or NULL
 */
void seam_model_free(void *p)
{
	kvfree(p);
}

struct seam_kernel_work {
	struct work_struct work;
	seam_model_thread_fn fn;
	void *arg;
	unsigned int i;
};

static void seam_kernel_work_fn(struct work_struct *work)
{
	struct seam_kernel_work *w = container_of(work, struct seam_kernel_work, work);

	w->fn(w->arg, w->i);
}

/**
 * seam_model_run_parallel() - Run @fn in @n threads at once
 * @n: number of threads, 1 to %SEAM_MODEL_MAX_PARALLEL
 * @fn: the function, called as fn(@arg, i) for i from 0 to @n - 1
 * @arg: its argument
 *
 * A work item each, on the first @n online CPUs (CPU hotplug held off
 * meanwhile): a worker that spins with interrupts off never shares its
 * CPU with another.
 *
 * Context: May sleep.
 * Return: 0 once every call returned, -EINVAL for a bad @n, or -ENODEV if
 * fewer than @n CPUs are online.
 */
int seam_model_run_parallel(unsigned int n, seam_model_thread_fn fn, void *arg)
{
	struct seam_kernel_work w[SEAM_MODEL_MAX_PARALLEL];
	unsigned int i = 0, cpu;

	if (!n || n > SEAM_MODEL_MAX_PARALLEL)
		return -EINVAL;
	cpus_read_lock();
	if (num_online_cpus() < n) {
		cpus_read_unlock();
		return -ENODEV;
	}
	for_each_online_cpu(cpu) {
		if (i == n)
			break;
		w[i] = (struct seam_kernel_work) { .fn = fn, .arg = arg, .i = i };
		INIT_WORK_ONSTACK(&w[i].work, seam_kernel_work_fn);
		queue_work_on(cpu, system_highpri_wq, &w[i].work);
		i++;
	}
	for (i = 0; i < n; i++) {
		flush_work(&w[i].work);
		destroy_work_on_stack(&w[i].work);
	}
	cpus_read_unlock();
	return 0;
}
