// SPDX-License-Identifier: GPL-2.0
/*
 * seam_fuzz_env.c - the model's environment in the fuzzer: allocations
 * that can be saved and restored, and the SEAMCALL trap for the fixture
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * The fuzzer builds its fixture once per stage and then resets the model
 * before every input by copying back the bytes of every allocation the
 * model and the fixture made (their own heap blocks, so ASan still sees
 * every overflow). That is sound because the model allocates only in
 * seam_model_create() and keeps no state elsewhere.
 *
 * The fixture drives the model through the typed wrappers of seamcall.h,
 * that is through the real SEAMCALL instruction, which traps in user
 * space: #UD (SIGILL) without VMX, #GP (SIGSEGV) with it. The handler
 * here completes the instruction for the fixture (registers, CF, RIP + 4).
 * The fuzzer itself calls seam_model_seamcall() directly.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>
#include <linux/errno.h>
#include <linux/kernel.h>

#include "seam_fuzz.h"

#define SEAM_FUZZ_MAX_BLOCKS	32
#define SEAM_FUZZ_EFLAGS_CF	0x1
#define SEAM_FUZZ_INSN_LEN	4

struct seam_model *seam_model_current;

static struct {
	void *p;
	size_t size;
} seam_fuzz_blocks[SEAM_FUZZ_MAX_BLOCKS];
static unsigned int seam_fuzz_nr_blocks;
static size_t seam_fuzz_bytes;
static bool seam_fuzz_frozen;

void seam_fuzz_fail(const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fputs("seam_fuzz: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}

void *seam_model_zalloc(size_t size)
{
	void *p;

	if (seam_fuzz_frozen)
		seam_fuzz_fail("the model allocated %zu bytes after its creation",
			       size);
	if (seam_fuzz_nr_blocks == SEAM_FUZZ_MAX_BLOCKS)
		seam_fuzz_fail("more than %d allocations", SEAM_FUZZ_MAX_BLOCKS);
	p = calloc(1, size);
	if (!p)
		return NULL;
	seam_fuzz_blocks[seam_fuzz_nr_blocks].p = p;
	seam_fuzz_blocks[seam_fuzz_nr_blocks].size = size;
	seam_fuzz_nr_blocks++;
	seam_fuzz_bytes += size;
	return p;
}

void seam_model_free(void *p)
{
	unsigned int i;

	if (!p)
		return;
	if (seam_fuzz_frozen)
		seam_fuzz_fail("the model freed memory after its creation");
	for (i = 0; i < seam_fuzz_nr_blocks; i++) {
		if (seam_fuzz_blocks[i].p != p)
			continue;
		seam_fuzz_bytes -= seam_fuzz_blocks[i].size;
		seam_fuzz_blocks[i] = seam_fuzz_blocks[--seam_fuzz_nr_blocks];
		break;
	}
	free(p);
}

void seam_fuzz_freeze(void)
{
	seam_fuzz_frozen = true;
}

void *seam_fuzz_snapshot(void)
{
	u8 *snap = malloc(seam_fuzz_bytes), *q = snap;
	unsigned int i;

	if (!snap)
		seam_fuzz_fail("no memory for a snapshot of %zu bytes",
			       seam_fuzz_bytes);
	for (i = 0; i < seam_fuzz_nr_blocks; i++) {
		memcpy(q, seam_fuzz_blocks[i].p, seam_fuzz_blocks[i].size);
		q += seam_fuzz_blocks[i].size;
	}
	return snap;
}

void seam_fuzz_restore(const void *snap)
{
	const u8 *q = snap;
	unsigned int i;

	for (i = 0; i < seam_fuzz_nr_blocks; i++) {
		memcpy(seam_fuzz_blocks[i].p, q, seam_fuzz_blocks[i].size);
		q += seam_fuzz_blocks[i].size;
	}
}

static const u8 seam_fuzz_opcode[SEAM_FUZZ_INSN_LEN] = { 0x66, 0x0f, 0x01, 0xcf };
static const int seam_fuzz_signals[] = { SIGILL, SIGSEGV };
static struct sigaction seam_fuzz_old[ARRAY_SIZE(seam_fuzz_signals)];
static bool seam_fuzz_trapping;

/* Put the actions from before seam_model_attach() back. */
static void seam_fuzz_untrap(void)
{
	unsigned int i;

	for (i = 0; seam_fuzz_trapping && i < ARRAY_SIZE(seam_fuzz_signals); i++)
		sigaction(seam_fuzz_signals[i], &seam_fuzz_old[i], NULL);
	seam_fuzz_trapping = false;
}

static void seam_fuzz_trap(int sig, siginfo_t *si, void *ctx)
{
	greg_t *gr = ((ucontext_t *)ctx)->uc_mcontext.gregs;
	const u8 *ip = (const u8 *)gr[REG_RIP];
	struct seam_model_regs r;
	enum seam_model_exit e;

	/* Not a SEAMCALL: the fault recurs under the previous action. */
	if ((sig == SIGSEGV && si->si_addr == ip) || !seam_model_current ||
	    memcmp(ip, seam_fuzz_opcode, sizeof(seam_fuzz_opcode))) {
		seam_fuzz_untrap();
		return;
	}

	r = (struct seam_model_regs) {
		.rax = gr[REG_RAX], .rcx = gr[REG_RCX], .rdx = gr[REG_RDX],
		.r8 = gr[REG_R8], .r9 = gr[REG_R9], .r10 = gr[REG_R10],
		.r11 = gr[REG_R11], .r12 = gr[REG_R12], .r13 = gr[REG_R13],
		.r14 = gr[REG_R14], .r15 = gr[REG_R15], .rbx = gr[REG_RBX],
		.rdi = gr[REG_RDI], .rsi = gr[REG_RSI], .rbp = gr[REG_RBP],
	};
	e = seam_model_seamcall(seam_model_current, &r);
	if (e != SEAM_MODEL_EXIT_RETURN && e != SEAM_MODEL_EXIT_VMFAIL)
		seam_fuzz_fail("a fixture SEAMCALL (RAX %#llx) faulted (exit %d)",
			       r.rax, e);
	gr[REG_RAX] = r.rax;
	gr[REG_RCX] = r.rcx;
	gr[REG_RDX] = r.rdx;
	gr[REG_R8] = r.r8;
	gr[REG_R9] = r.r9;
	gr[REG_R10] = r.r10;
	gr[REG_R11] = r.r11;
	gr[REG_R12] = r.r12;
	gr[REG_R13] = r.r13;
	gr[REG_R14] = r.r14;
	gr[REG_R15] = r.r15;
	gr[REG_RBX] = r.rbx;
	gr[REG_RDI] = r.rdi;
	gr[REG_RSI] = r.rsi;
	gr[REG_RBP] = r.rbp;
	if (e == SEAM_MODEL_EXIT_VMFAIL)
		gr[REG_EFL] |= SEAM_FUZZ_EFLAGS_CF;
	else
		gr[REG_EFL] &= ~(greg_t)SEAM_FUZZ_EFLAGS_CF;
	gr[REG_RIP] += SEAM_FUZZ_INSN_LEN;
}

int seam_model_attach(struct seam_model *m)
{
	struct sigaction sa = {
		.sa_sigaction = seam_fuzz_trap,
		.sa_flags = SA_SIGINFO,
	};

	unsigned int i;

	if (!m)
		return -EINVAL;
	if (seam_model_current && seam_model_current != m)
		return -EBUSY;
	sigemptyset(&sa.sa_mask);
	for (i = 0; !seam_fuzz_trapping && i < ARRAY_SIZE(seam_fuzz_signals); i++)
		if (sigaction(seam_fuzz_signals[i], &sa, &seam_fuzz_old[i]))
			return -errno;
	seam_fuzz_trapping = true;
	seam_model_current = m;
	return 0;
}

/* The fuzzer detaches once the fixture is built: no trap while it runs. */
void seam_model_detach(void)
{
	seam_model_current = NULL;
	seam_fuzz_untrap();
}
