// SPDX-License-Identifier: GPL-2.0
/*
 * live.c - every seam_tdh_*() wrapper keeps the caller's live values
 *
 * Copyright (C) 2026 The seamcall authors
 *
 *   live LABEL [WRAPPER...]
 *
 * Runs each case of live_cases.c (all, or the WRAPPERs named) twice with
 * the same seed: once against a quiet stub module that changes nothing but
 * RAX, once against a hostile one that writes fresh pseudo-random values
 * into every register the contract of seamcall.h lets a SEAMCALL change
 * (RCX, RDX, R8-R11 on every leaf; R12, R13 on TDH.SERVTD.BIND; RBX, RBP,
 * RSI, RDI, R12-R15 on TDH.VP.ENTER). Both answer status 0, so a case
 * whose digests differ lost a live value to a register the wrapper did not
 * declare changed. The stubs stand in for the model behind the real
 * SEAMCALL instruction through kunit/user/seam_user.c. Each case runs in a
 * child process, so a crash fails that case only.
 *
 * Prints "# not ok WRAPPER: ..." for each failing case and one line for
 * the build: "ok - LABEL: N of N wrappers" or "not ok - LABEL: P of N
 * wrappers". Exit status 0 when every case passed.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "kunit_user.h"
#include "regs_live.h"

/* SEAMCALLs one case may make; more means a wrapper loops on garbage. */
#define SEAM_REGS_MAX_CALLS	(4 * SEAM_REGS_ITERS)
/* Seconds one case may take. */
#define SEAM_REGS_TIMEOUT	20

u64 seam_regs_sink[SEAM_REGS_SINK];
static struct seam_args seam_regs_args;
static u64 seam_regs_rng;
static unsigned int seam_regs_calls;

/**
 * seam_regs_fill_args() - A register block for wrappers that take one
 * @x: the loop value
 *
 * Return: a block whose every member is derived from @x.
 */
noinline struct seam_args *seam_regs_fill_args(u64 x)
{
	u64 *m = &seam_regs_args.rcx;
	unsigned int i;

	for (i = 0; i < sizeof(seam_regs_args) / sizeof(u64); i++)
		m[i] = x * (2 * i + 1);
	return &seam_regs_args;
}

/* xorshift64* */
static u64 seam_regs_rand(void)
{
	seam_regs_rng ^= seam_regs_rng >> 12;
	seam_regs_rng ^= seam_regs_rng << 25;
	seam_regs_rng ^= seam_regs_rng >> 27;
	return seam_regs_rng * 0x2545f4914f6cdd1dULL;
}

/* Status 0, or an error once a case made too many calls, to end its loops. */
static u64 seam_regs_status(void)
{
	return ++seam_regs_calls > SEAM_REGS_MAX_CALLS ?
	       SEAM_TDX_OPERAND_INVALID : SEAM_TDX_SUCCESS;
}

static enum seam_model_exit seam_regs_quiet(struct seam_model_regs *r)
{
	r->rax = seam_regs_status();
	return SEAM_MODEL_EXIT_RETURN;
}

static enum seam_model_exit seam_regs_hostile(struct seam_model_regs *r)
{
	/* A P-SEAMLDR call (bit 63) is no TDX leaf, whatever its low bits. */
	unsigned int leaf = r->rax & SEAM_SEAMLDR_LEAF_FLAG ? SEAM_TDH_MAX + 1 :
			    r->rax & SEAM_LEAF_MASK;

	r->rax = seam_regs_status();
	r->rcx = seam_regs_rand();
	r->rdx = seam_regs_rand();
	r->r8 = seam_regs_rand();
	r->r9 = seam_regs_rand();
	r->r10 = seam_regs_rand();
	r->r11 = seam_regs_rand();
	if (leaf == SEAM_TDH_SERVTD_BIND || leaf == SEAM_TDH_VP_ENTER) {
		r->r12 = seam_regs_rand();
		r->r13 = seam_regs_rand();
	}
	if (leaf == SEAM_TDH_VP_ENTER) {
		r->r14 = seam_regs_rand();
		r->r15 = seam_regs_rand();
		r->rbx = seam_regs_rand();
		r->rbp = seam_regs_rand();
		r->rsi = seam_regs_rand();
		r->rdi = seam_regs_rand();
	}
	return SEAM_MODEL_EXIT_RETURN;
}

/* Run one case against @stub: its digest, and the calls it made in *@calls. */
static u64 seam_regs_run(const struct seam_regs_case *c, seam_user_stub_t stub,
			 u64 seed, unsigned int *calls)
{
	u64 d;

	seam_regs_rng = seed | 1;
	seam_regs_calls = 0;
	seam_user_set_stub(stub);
	d = c->run(seed);
	seam_user_set_stub(NULL);
	*calls = seam_regs_calls;
	return d;
}

/* In the child: exit 0 if the case gives one digest against both stubs. */
static __noreturn void seam_regs_child(const struct seam_regs_case *c, u64 seed)
{
	unsigned int cq, ch;
	u64 dq, dh;

	alarm(SEAM_REGS_TIMEOUT);
	dq = seam_regs_run(c, seam_regs_quiet, seed, &cq);
	dh = seam_regs_run(c, seam_regs_hostile, seed, &ch);
	if (dq == dh && cq == ch && cq <= SEAM_REGS_MAX_CALLS)
		exit(0);
	printf("# not ok %s: digest %016llx quiet, %016llx hostile; %u and %u SEAMCALLs\n",
	       c->name, (unsigned long long)dq, (unsigned long long)dh, cq, ch);
	exit(1);
}

static bool seam_regs_selected(const char *name, int argc, char **argv)
{
	int i;

	if (argc <= 2)
		return true;
	for (i = 2; i < argc; i++)
		if (!strcmp(argv[i], name))
			return true;
	return false;
}

int main(int argc, char **argv)
{
	unsigned int i, n = 0, pass = 0;
	int status;
	pid_t pid;

	if (argc < 2) {
		fprintf(stderr, "usage: %s LABEL [WRAPPER...]\n", argv[0]);
		return 2;
	}
	for (i = 0; i < seam_regs_nr_cases; i++) {
		const struct seam_regs_case *c = &seam_regs_cases[i];
		u64 seed = 0x5eedULL * (i + 1) ^ 0x0123456789abcdefULL;

		if (!seam_regs_selected(c->name, argc, argv))
			continue;
		n++;
		fflush(stdout);
		pid = fork();
		if (pid < 0) {
			perror("fork");
			return 2;
		}
		if (!pid)
			seam_regs_child(c, seed);
		if (waitpid(pid, &status, 0) != pid) {
			perror("waitpid");
			return 2;
		}
		if (WIFEXITED(status) && !WEXITSTATUS(status))
			pass++;
		else if (WIFSIGNALED(status))
			printf("# not ok %s: died of signal %d (%s)\n", c->name,
			       WTERMSIG(status), strsignal(WTERMSIG(status)));
	}
	if (!n) {
		printf("not ok - %s: no wrapper selected\n", argv[1]);
		return 1;
	}
	printf("%s - %s: %u of %u wrappers\n", pass == n ? "ok" : "not ok",
	       argv[1], pass, n);
	return pass == n ? 0 : 1;
}
