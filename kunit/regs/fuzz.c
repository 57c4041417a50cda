// SPDX-License-Identifier: GPL-2.0
/*
 * fuzz.c - register fuzz of asm/seamcall.S and the inline SEAMCALL
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * Each round trip goes through the real SEAMCALL instruction of one
 * variant (__seam_call(), __seam_call_ret(), __seam_call_saved_ret(), and
 * seam_call_inline() with two pairs of masks) with random values in the
 * register block and in RBX, RBP and R12-R15. A stub module behind the
 * instruction (through kunit/user/seam_user.c) answers deterministically
 * from the inputs and a seed: VMfailInvalid, #GP, #UD, or a status (among
 * them RND_NO_ENTROPY) with every register it may change transformed. The
 * same function predicts the answer, so each round checks exactly:
 *
 * * what reached the module: RAX, and each register the variant loads;
 * * what the variant returns (the status, or the software error);
 * * what it stores in the block, and that every other member is as it was;
 * * that RBX, RBP, R12-R15 and RSP are as they were after the call;
 * * how often it issued the instruction (the inline retry).
 *
 * Prints one "ok N - fuzz VARIANT: R round trips" line per variant (or
 * "not ok" with the first failures) and exits 0 when all passed.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <seamcall.h>

#include "kunit_user.h"
#include "tramp.h"

/* Round trips per variant; five variants make a little over 10^6. */
#define SEAM_FUZZ_ROUNDS	BIT(18)
/* Failures printed per variant. */
#define SEAM_FUZZ_SHOW		3

/* The six registers seam_call_inline() handles. */
#define SEAM_FUZZ_INLINE_ALL	(SEAM_REG_RCX | SEAM_REG_RDX | SEAM_REG_R8 | \
				 SEAM_REG_R9 | SEAM_REG_R10 | SEAM_REG_R11)
#define SEAM_FUZZ_SOME_IN	(SEAM_REG_RCX | SEAM_REG_R8 | SEAM_REG_R11)
#define SEAM_FUZZ_SOME_OUT	(SEAM_REG_RDX | SEAM_REG_R9)

static noinline u64 seam_fuzz_inline_all(u64 fn, struct seam_args *a)
{
	return seam_call_inline(fn, a, SEAM_FUZZ_INLINE_ALL, SEAM_FUZZ_INLINE_ALL);
}

static noinline u64 seam_fuzz_inline_some(u64 fn, struct seam_args *a)
{
	return seam_call_inline(fn, a, SEAM_FUZZ_SOME_IN, SEAM_FUZZ_SOME_OUT);
}

enum seam_fuzz_kind { SEAM_FUZZ_ASM, SEAM_FUZZ_ASM_RET, SEAM_FUZZ_ASM_SAVED,
		      SEAM_FUZZ_INLINE };

static const struct seam_fuzz_variant {
	const char *name;
	seam_regs_entry_t entry;
	enum seam_fuzz_kind kind;
	unsigned int in, out;	/* SEAM_FUZZ_INLINE: the masks */
} seam_fuzz_variants[] = {
	{ "__seam_call", __seam_call, SEAM_FUZZ_ASM },
	{ "__seam_call_ret", __seam_call_ret, SEAM_FUZZ_ASM_RET },
	{ "__seam_call_saved_ret", __seam_call_saved_ret, SEAM_FUZZ_ASM_SAVED },
	{ "seam_call_inline(all, all)", seam_fuzz_inline_all, SEAM_FUZZ_INLINE,
	  SEAM_FUZZ_INLINE_ALL, SEAM_FUZZ_INLINE_ALL },
	{ "seam_call_inline(RCX R8 R11, RDX R9)", seam_fuzz_inline_some,
	  SEAM_FUZZ_INLINE, SEAM_FUZZ_SOME_IN, SEAM_FUZZ_SOME_OUT },
};

static const u64 seam_fuzz_seed = 0x5eedf00dcafe1234ULL;
static u64 seam_fuzz_rng = 0x0ddba11deadbeefULL;
static unsigned int seam_fuzz_calls;
static struct seam_model_regs seam_fuzz_seen;

static u64 seam_fuzz_rand(void)
{
	seam_fuzz_rng ^= seam_fuzz_rng >> 12;
	seam_fuzz_rng ^= seam_fuzz_rng << 25;
	seam_fuzz_rng ^= seam_fuzz_rng >> 27;
	return seam_fuzz_rng * 0x2545f4914f6cdd1dULL;
}

static u64 seam_fuzz_mix(u64 h, u64 v)
{
	h = (h ^ v) * 0x9e3779b97f4a7c15ULL;
	return h ^ (h >> 31);
}

/* The module's choice for RAX and RCX to R11 at the instruction. */
static u64 seam_fuzz_hash(const struct seam_model_regs *r)
{
	u64 h = seam_fuzz_seed;

	h = seam_fuzz_mix(h, r->rax);
	h = seam_fuzz_mix(h, r->rcx);
	h = seam_fuzz_mix(h, r->rdx);
	h = seam_fuzz_mix(h, r->r8);
	h = seam_fuzz_mix(h, r->r9);
	h = seam_fuzz_mix(h, r->r10);
	return seam_fuzz_mix(h, r->r11);
}

static enum seam_model_exit seam_fuzz_exit(u64 h)
{
	switch (h & 31) {
	case 0:
		return SEAM_MODEL_EXIT_VMFAIL;
	case 1:
		return SEAM_MODEL_EXIT_GP;
	case 2:
		return SEAM_MODEL_EXIT_UD;
	default:
		return SEAM_MODEL_EXIT_RETURN;
	}
}

/* Success, RND_NO_ENTROPY, a success with details, or a module error. */
static u64 seam_fuzz_status(u64 h)
{
	switch ((h >> 5) & 7) {
	case 0:
	case 1:
		return SEAM_TDX_SUCCESS;
	case 2:
		return SEAM_TDX_RND_NO_ENTROPY;
	case 3:
		return h >> 32;
	default:
		/* Error bit, class 0..15: never a software error (class 0xff). */
		return 0x8000000000000000ULL | (h & 0x00000fffffffffffULL);
	}
}

/* What the module returns for inputs @r: a function of them and the seed. */
static void seam_fuzz_transform(struct seam_model_regs *r, u64 h)
{
	unsigned int leaf = r->rax & SEAM_LEAF_MASK;

	r->rax = seam_fuzz_status(h);
	r->rcx = seam_fuzz_mix(h, r->rcx + 1);
	r->rdx = seam_fuzz_mix(h, r->rdx + 2);
	r->r8 = seam_fuzz_mix(h, r->r8 + 3);
	r->r9 = seam_fuzz_mix(h, r->r9 + 4);
	r->r10 = seam_fuzz_mix(h, r->r10 + 5);
	r->r11 = seam_fuzz_mix(h, r->r11 + 6);
	if (leaf == SEAM_TDH_VP_ENTER || leaf == SEAM_TDH_SERVTD_BIND) {
		r->r12 = seam_fuzz_mix(h, r->r12 + 7);
		r->r13 = seam_fuzz_mix(h, r->r13 + 8);
	}
	if (leaf == SEAM_TDH_VP_ENTER) {
		r->r14 = seam_fuzz_mix(h, r->r14 + 9);
		r->r15 = seam_fuzz_mix(h, r->r15 + 10);
		r->rbx = seam_fuzz_mix(h, r->rbx + 11);
		r->rdi = seam_fuzz_mix(h, r->rdi + 12);
		r->rsi = seam_fuzz_mix(h, r->rsi + 13);
		r->rbp = seam_fuzz_mix(h, 14);
	}
}

static enum seam_model_exit seam_fuzz_module(struct seam_model_regs *r)
{
	u64 h = seam_fuzz_hash(r);
	enum seam_model_exit e = seam_fuzz_exit(h);

	seam_fuzz_calls++;
	seam_fuzz_seen = *r;
	if (e == SEAM_MODEL_EXIT_RETURN)
		seam_fuzz_transform(r, h);
	return e;
}

/* Block member @i (RCX, RDX, R8-R15, RBX, RDI, RSI) of a register block. */
static u64 *seam_fuzz_member(struct seam_args *a, unsigned int i)
{
	return &a->rcx + i;
}

/* Block member @i of a register file. */
static u64 *seam_fuzz_reg(struct seam_model_regs *r, unsigned int i)
{
	u64 *map[] = { &r->rcx, &r->rdx, &r->r8, &r->r9, &r->r10, &r->r11,
		       &r->r12, &r->r13, &r->r14, &r->r15, &r->rbx, &r->rdi,
		       &r->rsi };

	return map[i];
}

static const char * const seam_fuzz_names[] = {
	"RCX", "RDX", "R8", "R9", "R10", "R11", "R12", "R13", "R14", "R15",
	"RBX", "RDI", "RSI",
};

#define SEAM_FUZZ_NR_MEMBERS	13
#define SEAM_FUZZ_LOW		6	/* RCX to R11 */

/* Does variant @v load (or store, @out) block member @i? */
static bool seam_fuzz_uses(const struct seam_fuzz_variant *v, unsigned int i,
			   bool out)
{
	switch (v->kind) {
	case SEAM_FUZZ_ASM:
		return !out && i < SEAM_FUZZ_LOW;
	case SEAM_FUZZ_ASM_RET:
		return i < SEAM_FUZZ_LOW;
	case SEAM_FUZZ_ASM_SAVED:
		return true;
	default:
		return i < SEAM_FUZZ_LOW && ((out ? v->out : v->in) & BIT(i));
	}
}

static char seam_fuzz_why[160];

/* Describe a mismatch in seam_fuzz_why; returns it. */
static __printf(1, 2) const char *
seam_fuzz_fail(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(seam_fuzz_why, sizeof(seam_fuzz_why), fmt, ap);
	va_end(ap);
	return seam_fuzz_why;
}

/* One round trip; returns a description of the first mismatch, or NULL. */
static const char *seam_fuzz_round(const struct seam_fuzz_variant *v)
{
	struct seam_model_regs want = {}, got;
	struct seam_args args, before;
	struct seam_regs_cs cs;
	unsigned int i, calls;
	enum seam_model_exit e;
	u64 fn, ret, want_ret, h;

	fn = seam_fuzz_rand();
	if (v->kind == SEAM_FUZZ_ASM_SAVED && (fn & 1))
		fn &= ~SEAM_LEAF_MASK;		/* TDH.VP.ENTER */
	else if ((fn & SEAM_LEAF_MASK) == SEAM_TDH_VP_ENTER ||
		 (fn & SEAM_LEAF_MASK) == SEAM_TDH_SERVTD_BIND)
		fn ^= 1;
	for (i = 0; i < SEAM_FUZZ_NR_MEMBERS; i++)
		*seam_fuzz_member(&args, i) = seam_fuzz_rand();
	for (i = 0; i < ARRAY_SIZE(cs.in); i++)
		cs.in[i] = seam_fuzz_rand();
	before = args;

	seam_fuzz_calls = 0;
	memset(&seam_fuzz_seen, 0, sizeof(seam_fuzz_seen));
	ret = seam_regs_tramp(v->entry, fn, &args, &cs);
	calls = seam_fuzz_calls;
	got = seam_fuzz_seen;

	/* The inputs the module must have seen. */
	want.rax = fn;
	for (i = 0; i < SEAM_FUZZ_NR_MEMBERS; i++)
		if (seam_fuzz_uses(v, i, false))
			*seam_fuzz_reg(&want, i) = *seam_fuzz_member(&before, i);
	if (got.rax != want.rax)
		return seam_fuzz_fail("RAX at the module %#llx, not %#llx",
				(unsigned long long)got.rax,
				(unsigned long long)want.rax);
	for (i = 0; i < SEAM_FUZZ_NR_MEMBERS; i++) {
		bool zero = v->kind == SEAM_FUZZ_INLINE && i < SEAM_FUZZ_LOW;

		if (!seam_fuzz_uses(v, i, false) && !zero)
			continue;
		if (*seam_fuzz_reg(&got, i) != *seam_fuzz_reg(&want, i))
			return seam_fuzz_fail("%s at the module %#llx, not %#llx",
					seam_fuzz_names[i],
					(unsigned long long)*seam_fuzz_reg(&got, i),
					(unsigned long long)*seam_fuzz_reg(&want, i));
	}

	/* The answer, from the inputs the module saw. */
	h = seam_fuzz_hash(&got);
	e = seam_fuzz_exit(h);
	want = got;
	if (e == SEAM_MODEL_EXIT_RETURN)
		seam_fuzz_transform(&want, h);
	switch (e) {
	case SEAM_MODEL_EXIT_VMFAIL:
		want_ret = SEAM_TDX_SEAMCALL_VMFAILINVALID;
		break;
	case SEAM_MODEL_EXIT_GP:
		want_ret = SEAM_TDX_SEAMCALL_GP;
		break;
	case SEAM_MODEL_EXIT_UD:
		want_ret = SEAM_TDX_SEAMCALL_UD;
		break;
	default:
		want_ret = want.rax;
		break;
	}
	if (ret != want_ret)
		return seam_fuzz_fail("returned %#llx, not %#llx",
				(unsigned long long)ret,
				(unsigned long long)want_ret);

	if (calls != (v->kind == SEAM_FUZZ_INLINE &&
		      want_ret == SEAM_TDX_RND_NO_ENTROPY ? SEAM_RND_RETRIES : 1))
		return seam_fuzz_fail("%u SEAMCALLs for status %#llx", calls,
				(unsigned long long)want_ret);

	for (i = 0; i < SEAM_FUZZ_NR_MEMBERS; i++) {
		u64 w = *seam_fuzz_member(&before, i);

		if (e == SEAM_MODEL_EXIT_RETURN && seam_fuzz_uses(v, i, true))
			w = *seam_fuzz_reg(&want, i);
		if (*seam_fuzz_member(&args, i) != w)
			return seam_fuzz_fail("member %s %#llx, not %#llx",
					seam_fuzz_names[i],
					(unsigned long long)*seam_fuzz_member(&args, i),
					(unsigned long long)w);
	}

	for (i = 0; i < ARRAY_SIZE(cs.in); i++) {
		static const char * const cs_names[] = {
			"RBX", "RBP", "R12", "R13", "R14", "R15",
		};

		if (cs.out[i] != cs.in[i])
			return seam_fuzz_fail("%s %#llx after the call, not %#llx",
					cs_names[i], (unsigned long long)cs.out[i],
					(unsigned long long)cs.in[i]);
	}
	if (cs.rsp[0] != cs.rsp[1])
		return seam_fuzz_fail("RSP moved by %lld",
				(long long)(cs.rsp[1] - cs.rsp[0]));
	return NULL;
}

int main(void)
{
	unsigned int i, r, failed = 0;

	seam_user_set_stub(seam_fuzz_module);
	for (i = 0; i < ARRAY_SIZE(seam_fuzz_variants); i++) {
		const struct seam_fuzz_variant *v = &seam_fuzz_variants[i];
		unsigned int bad = 0;

		for (r = 0; r < SEAM_FUZZ_ROUNDS; r++) {
			const char *why = seam_fuzz_round(v);

			if (!why)
				continue;
			if (bad++ < SEAM_FUZZ_SHOW)
				printf("# %s, round %u: %s\n", v->name, r, why);
		}
		printf("%s %u - fuzz %s: %lu round trips, %u bad\n",
		       bad ? "not ok" : "ok", i + 1, v->name, SEAM_FUZZ_ROUNDS, bad);
		failed += !!bad;
	}
	seam_user_set_stub(NULL);
	return failed ? 1 : 0;
}
