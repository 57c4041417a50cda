// SPDX-License-Identifier: GPL-2.0
/*
 * seam_user.c - run the real SEAMCALL instruction in user space against
 * the software TDX model
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * A user-mode SEAMCALL traps: #UD (SIGILL) when VMX is off, #GP (SIGSEGV)
 * on an Intel CPU with VMX on. The handler here plays the CPU: it hands the
 * registers to the model and completes the instruction the way the model
 * says, so the code under test runs unchanged, exception table included:
 *
 * * RETURN: the model's registers are written back, CF = 0, RIP += 4.
 * * VMFAIL: CF = 1, RIP += 4.
 * * GP, UD: the exception-table entry of the instruction is applied as the
 *   kernel's fault fixup does (RAX = trap number, RIP = fixup).
 *
 * The handlers are installed at start-up. With no model attached a
 * SEAMCALL behaves as on hardware without TDX: #UD, so the entry points
 * return SEAM_TDX_SEAMCALL_UD. Signals that are not a SEAMCALL go to the
 * action installed before (such as ASan's), or the default one.
 *
 * Threads may trap at once: each runs the handler on its own stack and
 * the model serialises the calls (model_lock.h).
 *
 * Valgrind does not apply EFLAGS changed in a signal handler. Under it the
 * handler also emulates the JC or JNC that follows every SEAMCALL in this
 * project, by setting RIP to the branch target or past the branch.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <asm/asm.h>
#include <seam_model.h>
#include <model_lock.h>

#include "kunit_user.h"

#if __has_include("valgrind/valgrind.h")
#include <valgrind/valgrind.h>
#endif

#define SEAM_USER_TRAP_UD	6
#define SEAM_USER_TRAP_GP	13
#define SEAM_USER_EFLAGS_CF	0x1
#define SEAM_USER_INSN_LEN	4

unsigned int seam_user_warn_count;
struct seam_model *seam_model_current;

static const u8 seam_user_opcode[SEAM_USER_INSN_LEN] = { 0x66, 0x0f, 0x01, 0xcf };
static const int seam_user_signals[] = { SIGILL, SIGSEGV };
static struct sigaction seam_user_old[ARRAY_SIZE(seam_user_signals)];
static bool seam_user_installed;
static bool seam_user_valgrind;
static seam_user_stub_t seam_user_stub;

/**
 * seam_user_on_valgrind() - Whether SEAMCALL completion emulates JC/JNC
 *
 * True under valgrind (RUNNING_ON_VALGRIND, when <valgrind/valgrind.h> was
 * found at build time) or when the environment has SEAM_USER_VALGRIND=1,
 * which also lets a native run exercise the emulation.
 *
 * Return: true if CF is delivered by moving RIP past the branch.
 */
bool seam_user_on_valgrind(void)
{
	return seam_user_valgrind;
}

/**
 * seam_user_set_stub() - Answer SEAMCALLs with a function instead of the model
 * @stub: the replacement, or NULL to go back to seam_model_current
 *
 * For tests of the adapter itself: a stub can make the instruction fail in
 * any of its ways without a model.
 */
void seam_user_set_stub(seam_user_stub_t stub)
{
	seam_user_stub = stub;
}

static __noreturn void seam_user_die(const char *what, unsigned long rip)
{
	fflush(stdout);
	fprintf(stderr, "seam_user: %s (RIP %#lx); aborting\n", what, rip);
	abort();
}

/* Hand a signal that is not ours back to the previous action. */
static void seam_user_pass_on(int sig, siginfo_t *si)
{
	struct sigaction *old = NULL;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(seam_user_signals); i++)
		if (seam_user_signals[i] == sig)
			old = &seam_user_old[i];
	if (!old || old->sa_handler == SIG_IGN)
		signal(sig, SIG_DFL);
	else
		sigaction(sig, old, NULL);
	/* A fault recurs when the instruction restarts; a kill() does not. */
	if (si->si_code <= 0)
		raise(sig);
}

static const struct seam_user_extable *seam_user_find_extable(unsigned long rip)
{
	const struct seam_user_extable *e;

	for (e = __start___ex_table; e < __stop___ex_table; e++)
		if ((unsigned long)&e->insn + e->insn == rip)
			return e;
	return NULL;
}

/* The instruction raised @trapnr: do what the kernel's fixup does. */
static void seam_user_fault(greg_t *gr, int trapnr)
{
	unsigned long rip = gr[REG_RIP];
	const struct seam_user_extable *e = seam_user_find_extable(rip);

	if (!e)
		seam_user_die(trapnr == SEAM_USER_TRAP_UD ?
			      "#UD on a SEAMCALL without exception-table entry" :
			      "#GP on a SEAMCALL without exception-table entry",
			      rip);

	switch (e->data & EX_DATA_TYPE_MASK) {
	case EX_TYPE_FAULT:
		gr[REG_RAX] = trapnr;
		break;
	case EX_TYPE_DEFAULT:
		break;
	default:
		seam_user_die("unsupported exception-table entry type", rip);
	}
	gr[REG_RIP] = (unsigned long)&e->fixup + e->fixup;
}

/*
 * Complete the instruction with CF = @cf. Natively, set the flag and step
 * over the SEAMCALL. Under valgrind, which drops the flag, also take or skip
 * the JC/JNC (rel8 72/73, rel32 0f 82/0f 83) that follows.
 */
static void seam_user_complete(greg_t *gr, bool cf)
{
	const u8 *next = (const u8 *)gr[REG_RIP] + SEAM_USER_INSN_LEN;
	unsigned int len;
	bool is_jc, taken;
	s32 rel;

	if (cf)
		gr[REG_EFL] |= SEAM_USER_EFLAGS_CF;
	else
		gr[REG_EFL] &= ~(greg_t)SEAM_USER_EFLAGS_CF;

	if (!seam_user_valgrind) {
		gr[REG_RIP] = (unsigned long)next;
		return;
	}

	if (next[0] == 0x72 || next[0] == 0x73) {
		is_jc = next[0] == 0x72;
		rel = (s8)next[1];
		len = 2;
	} else if (next[0] == 0x0f && (next[1] == 0x82 || next[1] == 0x83)) {
		is_jc = next[1] == 0x82;
		memcpy(&rel, &next[2], sizeof(rel));
		len = 6;
	} else {
		seam_user_die("no JC/JNC after the SEAMCALL to emulate CF with",
			      gr[REG_RIP]);
	}
	taken = is_jc ? cf : !cf;
	gr[REG_RIP] = (unsigned long)next + len + (taken ? rel : 0);
}

static void seam_user_handler(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;
	greg_t *gr = uc->uc_mcontext.gregs;
	const u8 *ip = (const u8 *)gr[REG_RIP];
	struct seam_model_regs regs;
	enum seam_model_exit exit;
	size_t i;

	/* A fetch fault at RIP cannot be a SEAMCALL; don't read there. */
	if (sig == SIGSEGV && si->si_addr == ip) {
		seam_user_pass_on(sig, si);
		return;
	}
	for (i = 0; i < SEAM_USER_INSN_LEN; i++) {
		if (ip[i] != seam_user_opcode[i]) {
			seam_user_pass_on(sig, si);
			return;
		}
	}

	regs = (struct seam_model_regs) {
		.rax = gr[REG_RAX], .rcx = gr[REG_RCX], .rdx = gr[REG_RDX],
		.r8 = gr[REG_R8], .r9 = gr[REG_R9], .r10 = gr[REG_R10],
		.r11 = gr[REG_R11], .r12 = gr[REG_R12], .r13 = gr[REG_R13],
		.r14 = gr[REG_R14], .r15 = gr[REG_R15], .rbx = gr[REG_RBX],
		.rdi = gr[REG_RDI], .rsi = gr[REG_RSI], .rbp = gr[REG_RBP],
	};

	if (seam_user_stub)
		exit = seam_user_stub(&regs);
	else if (seam_model_current)
		exit = seam_model_seamcall(seam_model_current, &regs);
	else
		exit = SEAM_MODEL_EXIT_UD;	/* no TDX: VMX is off */

	switch (exit) {
	case SEAM_MODEL_EXIT_RETURN:
		gr[REG_RAX] = regs.rax;
		gr[REG_RCX] = regs.rcx;
		gr[REG_RDX] = regs.rdx;
		gr[REG_R8] = regs.r8;
		gr[REG_R9] = regs.r9;
		gr[REG_R10] = regs.r10;
		gr[REG_R11] = regs.r11;
		gr[REG_R12] = regs.r12;
		gr[REG_R13] = regs.r13;
		gr[REG_R14] = regs.r14;
		gr[REG_R15] = regs.r15;
		gr[REG_RBX] = regs.rbx;
		gr[REG_RDI] = regs.rdi;
		gr[REG_RSI] = regs.rsi;
		gr[REG_RBP] = regs.rbp;
		seam_user_complete(gr, false);
		break;
	case SEAM_MODEL_EXIT_VMFAIL:
		seam_user_complete(gr, true);
		break;
	case SEAM_MODEL_EXIT_GP:
		seam_user_fault(gr, SEAM_USER_TRAP_GP);
		break;
	case SEAM_MODEL_EXIT_UD:
		seam_user_fault(gr, SEAM_USER_TRAP_UD);
		break;
	default:
		seam_user_die("the model returned an unknown exit", gr[REG_RIP]);
	}
}

static int seam_user_install(void)
{
	struct sigaction sa = {
		.sa_sigaction = seam_user_handler,
		.sa_flags = SA_SIGINFO,
	};
	size_t i;

	if (seam_user_installed)
		return 0;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < ARRAY_SIZE(seam_user_signals); i++)
		if (sigaction(seam_user_signals[i], &sa, &seam_user_old[i]))
			return -errno;
	seam_user_installed = true;
	return 0;
}

/* Put the CPU in place before main(): no model means no TDX. */
static void __attribute__((__constructor__)) seam_user_init(void)
{
	const char *env = getenv("SEAM_USER_VALGRIND");

#ifdef RUNNING_ON_VALGRIND
	seam_user_valgrind = RUNNING_ON_VALGRIND;
#endif
	if (env && !strcmp(env, "1"))
		seam_user_valgrind = true;
	if (seam_user_install()) {
		perror("seam_user: sigaction");
		exit(2);
	}
}

/**
 * seam_model_attach() - Make @m answer every SEAMCALL from now on
 * @m: the model
 *
 * Context: Process context; not from the signal handler.
 * Return: 0, -EINVAL if @m is NULL, -EBUSY if another model is attached, or
 * a negative errno from sigaction().
 */
int seam_model_attach(struct seam_model *m)
{
	if (!m)
		return -EINVAL;
	if (seam_model_current && seam_model_current != m)
		return -EBUSY;
	seam_model_current = m;
	return seam_user_install();
}

/**
 * seam_model_detach() - Detach the model
 *
 * SEAMCALL raises #UD again, as on a CPU without TDX. The signal handlers
 * stay installed for that; the previous actions still receive every signal
 * that is not a SEAMCALL.
 */
void seam_model_detach(void)
{
	seam_model_current = NULL;
}

/**
 * seam_model_zalloc() - Allocate zeroed memory for the model
 * @size: size in bytes
 *
 * Return: the memory, or NULL.
 */
void *seam_model_zalloc(size_t size)
{
	return calloc(1, size);
}

/**
 * seam_model_free() - Free memory from seam_model_zalloc()
 * @p: the memory, or NULL
 */
void seam_model_free(void *p)
{
	free(p);
}

struct seam_user_thread {
	pthread_t tid;
	seam_model_thread_fn fn;
	void *arg;
	unsigned int i;
};

static void *seam_user_thread_main(void *p)
{
	struct seam_user_thread *t = p;

	t->fn(t->arg, t->i);
	return NULL;
}

/**
 * seam_model_run_parallel() - Run @fn in @n threads at once
 * @n: number of threads, 1 to %SEAM_MODEL_MAX_PARALLEL
 * @fn: the function, called as fn(@arg, i) for i from 0 to @n - 1
 * @arg: its argument
 *
 * A pthread each, pinned to the first @n CPUs the process may run on, one
 * each, as the kernel's work items; a crash in one ends the whole process,
 * which the runner reports as the test case's crash.
 *
 * Return: 0 once every call returned, -EINVAL for a bad @n, -ENODEV if the
 * process may run on fewer than @n CPUs, or the error of sched_getaffinity()
 * or of starting a thread (then the threads started were joined).
 */
int seam_model_run_parallel(unsigned int n, seam_model_thread_fn fn, void *arg)
{
	struct seam_user_thread t[SEAM_MODEL_MAX_PARALLEL];
	unsigned int i, started;
	cpu_set_t allowed, one;
	pthread_attr_t attr;
	int err = 0, cpu = -1;

	if (!n || n > SEAM_MODEL_MAX_PARALLEL)
		return -EINVAL;
	if (sched_getaffinity(0, sizeof(allowed), &allowed))
		return -errno;
	if (CPU_COUNT(&allowed) < (int)n)
		return -ENODEV;
	for (started = 0; started < n; started++) {
		while (!CPU_ISSET(++cpu, &allowed))
			;
		CPU_ZERO(&one);
		CPU_SET(cpu, &one);
		t[started] = (struct seam_user_thread) {
			.fn = fn, .arg = arg, .i = started,
		};
		err = pthread_attr_init(&attr);
		if (err)
			break;
		err = pthread_attr_setaffinity_np(&attr, sizeof(one), &one);
		if (!err)
			err = pthread_create(&t[started].tid, &attr,
					     seam_user_thread_main, &t[started]);
		pthread_attr_destroy(&attr);
		if (err)
			break;
	}
	for (i = 0; i < started; i++)
		pthread_join(t[i].tid, NULL);
	return -err;
}
