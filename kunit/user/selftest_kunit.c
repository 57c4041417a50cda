// SPDX-License-Identifier: GPL-2.0
/*
 * selftest_kunit.c - smoke tests of the user-space KUnit shim and of the
 * SEAMCALL adapter in seam_user.c
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * The adapter tests answer the real SEAMCALL instruction with a stub of
 * their own (seam_user_set_stub()) instead of the TDX model, so they check
 * the trap path alone: each way the instruction can end, through each entry
 * point of asm/seamcall.S and through the inline-asm form of seamcall.h.
 */
#include <kunit/test.h>
#include <seamcall.h>

#include "kunit_user.h"

/* Register values in and out: distinct in every byte. */
#define SELFTEST_IN(n)		(0x1111111111111100ULL * (n) + 0x0123)
#define SELFTEST_OUT(n)		(0x0f0e0d0c0b0a0900ULL + (n))
#define SELFTEST_FN		SEAM_LEAF_VER(SEAM_TDH_VP_RD, 1)
#define SELFTEST_INLINE_IN	(SEAM_REG_RCX | SEAM_REG_RDX | SEAM_REG_R10 | SEAM_REG_R11)
#define SELFTEST_INLINE_OUT	(SEAM_REG_RCX | SEAM_REG_R8 | SEAM_REG_R10)

static struct {
	enum seam_model_exit exit;
	unsigned int calls;
	unsigned int no_entropy;	/* answer NO_ENTROPY this many times */
	bool all_regs;			/* also return R12-R15, RBX, RDI, RSI */
	struct seam_model_regs in;
} selftest_stub_state;

static enum seam_model_exit selftest_stub(struct seam_model_regs *regs)
{
	selftest_stub_state.calls++;
	selftest_stub_state.in = *regs;
	if (selftest_stub_state.exit != SEAM_MODEL_EXIT_RETURN)
		return selftest_stub_state.exit;
	if (selftest_stub_state.no_entropy) {
		selftest_stub_state.no_entropy--;
		regs->rax = SEAM_TDX_RND_NO_ENTROPY;
		return SEAM_MODEL_EXIT_RETURN;
	}
	regs->rax = SEAM_TDX_SUCCESS;
	regs->rcx = SELFTEST_OUT(1);
	regs->rdx = SELFTEST_OUT(2);
	regs->r8 = SELFTEST_OUT(3);
	regs->r9 = SELFTEST_OUT(4);
	regs->r10 = SELFTEST_OUT(5);
	regs->r11 = SELFTEST_OUT(6);
	/* Callers other than saved_ret keep live values in the others. */
	if (!selftest_stub_state.all_regs)
		return SEAM_MODEL_EXIT_RETURN;
	regs->r12 = SELFTEST_OUT(7);
	regs->r13 = SELFTEST_OUT(8);
	regs->r14 = SELFTEST_OUT(9);
	regs->r15 = SELFTEST_OUT(10);
	regs->rbx = SELFTEST_OUT(11);
	regs->rdi = SELFTEST_OUT(12);
	regs->rsi = SELFTEST_OUT(13);
	return SEAM_MODEL_EXIT_RETURN;
}

static void selftest_fill(struct seam_args *a)
{
	*a = (struct seam_args) {
		.rcx = SELFTEST_IN(1), .rdx = SELFTEST_IN(2),
		.r8 = SELFTEST_IN(3), .r9 = SELFTEST_IN(4),
		.r10 = SELFTEST_IN(5), .r11 = SELFTEST_IN(6),
		.r12 = SELFTEST_IN(7), .r13 = SELFTEST_IN(8),
		.r14 = SELFTEST_IN(9), .r15 = SELFTEST_IN(10),
		.rbx = SELFTEST_IN(11), .rdi = SELFTEST_IN(12),
		.rsi = SELFTEST_IN(13),
	};
}

static int selftest_adapter_init(struct kunit *test)
{
	memset(&selftest_stub_state, 0, sizeof(selftest_stub_state));
	seam_user_set_stub(selftest_stub);
	return 0;
}

static void selftest_adapter_exit(struct kunit *test)
{
	seam_user_set_stub(NULL);
}

/*
 * u64 selftest_saved_ret_scrub(u64 fn, struct seam_args *args, u64 *after):
 * calls __seam_call_saved_ret() and stores RCX, RDX, R8 to R11 and RDI as
 * they are on its return into after[0..6]. Only asm can see them.
 */
asm(".pushsection .text\n"
	".type selftest_saved_ret_scrub, @function\n"
	"selftest_saved_ret_scrub:\n\t"
	"push %rdx\n\t"
	"call __seam_call_saved_ret\n\t"
	"pop %rsi\n\t"
	"mov %rcx, 0(%rsi)\n\t"
	"mov %rdx, 8(%rsi)\n\t"
	"mov %r8, 16(%rsi)\n\t"
	"mov %r9, 24(%rsi)\n\t"
	"mov %r10, 32(%rsi)\n\t"
	"mov %r11, 40(%rsi)\n\t"
	"mov %rdi, 48(%rsi)\n\t"
	"ret\n"
	".size selftest_saved_ret_scrub, . - selftest_saved_ret_scrub\n"
	".popsection");

/* saved_ret clears every register the module wrote before it returns. */
static void selftest_saved_ret_scrub_test(struct kunit *test)
{
	u64 after[7];
	struct seam_args a;
	unsigned int i;

	selftest_fill(&a);
	selftest_stub_state.all_regs = true;
	KUNIT_ASSERT_EQ(test, selftest_saved_ret_scrub(SELFTEST_FN, &a, after),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, a.rdi, SELFTEST_OUT(12));
	for (i = 0; i < ARRAY_SIZE(after); i++)
		KUNIT_EXPECT_EQ_MSG(test, after[i], 0ULL, "register %u", i);
}

/* All 13 registers reach the module and come back through saved_ret. */
static void selftest_saved_ret_roundtrip_test(struct kunit *test)
{
	struct seam_model_regs *in = &selftest_stub_state.in;
	struct seam_args a;

	selftest_fill(&a);
	selftest_stub_state.all_regs = true;
	KUNIT_ASSERT_EQ(test, __seam_call_saved_ret(SELFTEST_FN, &a),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, selftest_stub_state.calls, 1);

	KUNIT_EXPECT_EQ(test, in->rax, SELFTEST_FN);
	KUNIT_EXPECT_EQ(test, in->rcx, SELFTEST_IN(1));
	KUNIT_EXPECT_EQ(test, in->rdx, SELFTEST_IN(2));
	KUNIT_EXPECT_EQ(test, in->r8, SELFTEST_IN(3));
	KUNIT_EXPECT_EQ(test, in->r9, SELFTEST_IN(4));
	KUNIT_EXPECT_EQ(test, in->r10, SELFTEST_IN(5));
	KUNIT_EXPECT_EQ(test, in->r11, SELFTEST_IN(6));
	KUNIT_EXPECT_EQ(test, in->r12, SELFTEST_IN(7));
	KUNIT_EXPECT_EQ(test, in->r13, SELFTEST_IN(8));
	KUNIT_EXPECT_EQ(test, in->r14, SELFTEST_IN(9));
	KUNIT_EXPECT_EQ(test, in->r15, SELFTEST_IN(10));
	KUNIT_EXPECT_EQ(test, in->rbx, SELFTEST_IN(11));
	KUNIT_EXPECT_EQ(test, in->rdi, SELFTEST_IN(12));
	KUNIT_EXPECT_EQ(test, in->rsi, SELFTEST_IN(13));

	KUNIT_EXPECT_EQ(test, a.rcx, SELFTEST_OUT(1));
	KUNIT_EXPECT_EQ(test, a.rdx, SELFTEST_OUT(2));
	KUNIT_EXPECT_EQ(test, a.r8, SELFTEST_OUT(3));
	KUNIT_EXPECT_EQ(test, a.r9, SELFTEST_OUT(4));
	KUNIT_EXPECT_EQ(test, a.r10, SELFTEST_OUT(5));
	KUNIT_EXPECT_EQ(test, a.r11, SELFTEST_OUT(6));
	KUNIT_EXPECT_EQ(test, a.r12, SELFTEST_OUT(7));
	KUNIT_EXPECT_EQ(test, a.r13, SELFTEST_OUT(8));
	KUNIT_EXPECT_EQ(test, a.r14, SELFTEST_OUT(9));
	KUNIT_EXPECT_EQ(test, a.r15, SELFTEST_OUT(10));
	KUNIT_EXPECT_EQ(test, a.rbx, SELFTEST_OUT(11));
	KUNIT_EXPECT_EQ(test, a.rdi, SELFTEST_OUT(12));
	KUNIT_EXPECT_EQ(test, a.rsi, SELFTEST_OUT(13));
}

/* The inline-asm form moves exactly the registers its masks name. */
static void selftest_inline_roundtrip_test(struct kunit *test)
{
	struct seam_args a;
	u64 status;

	selftest_fill(&a);
	status = seam_call_inline(SELFTEST_FN, &a, SELFTEST_INLINE_IN,
				  SELFTEST_INLINE_OUT);
	KUNIT_ASSERT_EQ(test, status, SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, selftest_stub_state.in.rax, SELFTEST_FN);
	KUNIT_EXPECT_EQ(test, selftest_stub_state.in.rcx, SELFTEST_IN(1));
	KUNIT_EXPECT_EQ(test, selftest_stub_state.in.rdx, SELFTEST_IN(2));
	KUNIT_EXPECT_EQ(test, selftest_stub_state.in.r10, SELFTEST_IN(5));
	KUNIT_EXPECT_EQ(test, selftest_stub_state.in.r11, SELFTEST_IN(6));
	KUNIT_EXPECT_EQ(test, a.rcx, SELFTEST_OUT(1));
	KUNIT_EXPECT_EQ(test, a.rdx, SELFTEST_IN(2));
	KUNIT_EXPECT_EQ(test, a.r8, SELFTEST_OUT(3));
	KUNIT_EXPECT_EQ(test, a.r9, SELFTEST_IN(4));
	KUNIT_EXPECT_EQ(test, a.r10, SELFTEST_OUT(5));
	KUNIT_EXPECT_EQ(test, a.r11, SELFTEST_IN(6));
}

/* RND_NO_ENTROPY is retried with the inputs reloaded. */
static void selftest_retry_test(struct kunit *test)
{
	struct seam_args a;

	selftest_fill(&a);
	selftest_stub_state.no_entropy = 2;
	KUNIT_EXPECT_EQ(test, seam_call_ret(SELFTEST_FN, &a), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, selftest_stub_state.calls, 3);
	KUNIT_EXPECT_EQ(test, selftest_stub_state.in.rcx, SELFTEST_IN(1));
	KUNIT_EXPECT_EQ(test, a.rcx, SELFTEST_OUT(1));
}

/**
 * struct selftest_exit_case - one way a SEAMCALL ends, and what it returns
 * @desc: parameter description
 * @exit: what the stub answers
 * @expected: status every entry point must return
 */
struct selftest_exit_case {
	const char *desc;
	enum seam_model_exit exit;
	u64 expected;
};

static const struct selftest_exit_case selftest_exit_cases[] = {
	{ "vmfail", SEAM_MODEL_EXIT_VMFAIL, SEAM_TDX_SEAMCALL_VMFAILINVALID },
	{ "gp", SEAM_MODEL_EXIT_GP, SEAM_TDX_SEAMCALL_GP },
	{ "ud", SEAM_MODEL_EXIT_UD, SEAM_TDX_SEAMCALL_UD },
};

KUNIT_ARRAY_PARAM_DESC(selftest_exit, selftest_exit_cases, desc);

/* Each failing exit gives its exact status from every entry point. */
static void selftest_exit_test(struct kunit *test)
{
	const struct selftest_exit_case *p = test->param_value;
	struct seam_args a, orig;

	selftest_stub_state.exit = p->exit;
	selftest_fill(&orig);

	a = orig;
	KUNIT_EXPECT_EQ(test, __seam_call(SELFTEST_FN, &a), p->expected);
	a = orig;
	KUNIT_EXPECT_EQ(test, __seam_call_ret(SELFTEST_FN, &a), p->expected);
	KUNIT_EXPECT_MEMEQ(test, &a, &orig, sizeof(a));
	a = orig;
	KUNIT_EXPECT_EQ(test, __seam_call_saved_ret(SELFTEST_FN, &a),
			p->expected);
	KUNIT_EXPECT_MEMEQ(test, &a, &orig, sizeof(a));
	a = orig;
	KUNIT_EXPECT_EQ(test, seam_call_inline(SELFTEST_FN, &a,
					       SEAM_REGS_INLINE,
					       SEAM_REGS_INLINE),
			p->expected);
	KUNIT_EXPECT_MEMEQ(test, &a, &orig, sizeof(a));
	/* Software errors are never retried. */
	KUNIT_EXPECT_EQ(test, selftest_stub_state.calls, 4);
}

/*
 * SEAMCALL followed by a rel32 JNC (@jc false) or JC (@jc true), which the
 * entry points never emit, for the branch emulation used under valgrind.
 * Returns the module's RAX, U64_MAX on VMfailInvalid or the trap number.
 */
static u64 selftest_rel32_call(u64 fn, bool jc)
{
	u64 rax = fn;

	if (jc)
		asm volatile("1:	.byte 0x66, 0x0f, 0x01, 0xcf\n\t"
			     ".byte 0x0f, 0x82\n\t"
			     ".long 4f - (. + 4)\n\t"
			     "jmp 3f\n"
			     "4:	movabs $-1, %%rax\n"
			     "2:\n"
			     "3:\n"
			     _ASM_EXTABLE_FAULT(1b, 2b)
			     : "+a" (rax)
			     :
			     : "rcx", "rdx", "r8", "r9", "r10", "r11", "cc",
			       "memory");
	else
		asm volatile("1:	.byte 0x66, 0x0f, 0x01, 0xcf\n\t"
			     ".byte 0x0f, 0x83\n\t"
			     ".long 3f - (. + 4)\n\t"
			     "movabs $-1, %%rax\n"
			     "2:\n"
			     "3:\n"
			     _ASM_EXTABLE_FAULT(1b, 2b)
			     : "+a" (rax)
			     :
			     : "rcx", "rdx", "r8", "r9", "r10", "r11", "cc",
			       "memory");
	return rax;
}

static void selftest_rel32_branch_test(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, selftest_rel32_call(SELFTEST_FN, false), 0);
	KUNIT_EXPECT_EQ(test, selftest_rel32_call(SELFTEST_FN, true), 0);
	selftest_stub_state.exit = SEAM_MODEL_EXIT_VMFAIL;
	KUNIT_EXPECT_EQ(test, selftest_rel32_call(SELFTEST_FN, false), U64_MAX);
	KUNIT_EXPECT_EQ(test, selftest_rel32_call(SELFTEST_FN, true), U64_MAX);
	selftest_stub_state.exit = SEAM_MODEL_EXIT_GP;
	KUNIT_EXPECT_EQ(test, selftest_rel32_call(SELFTEST_FN, false), 13);
	KUNIT_EXPECT_EQ(test, selftest_rel32_call(SELFTEST_FN, true), 13);
	KUNIT_EXPECT_EQ(test, selftest_stub_state.calls, 6);
}

/* Without stub and model the CPU has no TDX: #UD through the fixup. */
static void selftest_no_model_test(struct kunit *test)
{
	struct seam_args a;

	seam_user_set_stub(NULL);
	KUNIT_ASSERT_NULL(test, seam_model_current);
	selftest_fill(&a);
	KUNIT_EXPECT_EQ(test, __seam_call(SELFTEST_FN, &a), SEAM_TDX_SEAMCALL_UD);
	KUNIT_EXPECT_EQ(test, __seam_call_saved_ret(SELFTEST_FN, &a),
			SEAM_TDX_SEAMCALL_UD);
	KUNIT_EXPECT_EQ(test, seam_call_inline(SELFTEST_FN, &a, SEAM_REG_RCX,
					       SEAM_REG_RCX),
			SEAM_TDX_SEAMCALL_UD);
	KUNIT_EXPECT_EQ(test, a.rcx, SELFTEST_IN(1));
	KUNIT_EXPECT_EQ(test, selftest_stub_state.calls, 0);
}

static struct kunit_case selftest_adapter_cases[] = {
	KUNIT_CASE(selftest_saved_ret_roundtrip_test),
	KUNIT_CASE(selftest_saved_ret_scrub_test),
	KUNIT_CASE(selftest_inline_roundtrip_test),
	KUNIT_CASE(selftest_retry_test),
	KUNIT_CASE_PARAM(selftest_exit_test, selftest_exit_gen_params),
	KUNIT_CASE(selftest_rel32_branch_test),
	KUNIT_CASE(selftest_no_model_test),
	{}
};

static struct kunit_suite selftest_adapter_suite = {
	.name = "seamcall_user_adapter",
	.init = selftest_adapter_init,
	.exit = selftest_adapter_exit,
	.test_cases = selftest_adapter_cases,
};

/* Shim checks: evaluation counts, warnings, managed memory, skipping. */

static int selftest_count;

static int selftest_next(void)
{
	return ++selftest_count;
}

static void selftest_eval_once_test(struct kunit *test)
{
	int x = 0;

	selftest_count = 0;
	KUNIT_EXPECT_EQ(test, selftest_next(), 1);
	KUNIT_EXPECT_NE(test, x++, 5);
	KUNIT_ASSERT_LT(test, selftest_next(), 3);
	KUNIT_EXPECT_TRUE(test, x++ == 1);
	KUNIT_EXPECT_EQ(test, selftest_count, 2);
	KUNIT_EXPECT_EQ(test, x, 2);
	KUNIT_EXPECT_STREQ(test, "seam", "seam");
	KUNIT_EXPECT_GE_MSG(test, 2ULL, 1, "never printed: %d", selftest_next());
	KUNIT_EXPECT_EQ(test, selftest_count, 2);
}

static void selftest_warn_test(struct kunit *test)
{
	unsigned int before = seam_user_warn_count;
	int i;

	for (i = 0; i < 3; i++)
		KUNIT_EXPECT_EQ(test, WARN_ON_ONCE(i > 0), i > 0);
	KUNIT_EXPECT_EQ(test, seam_user_warn_count - before, 2);
	KUNIT_EXPECT_FALSE(test, WARN_ON(false));
}

static void selftest_alloc_test(struct kunit *test)
{
	u64 *p = kunit_kzalloc(test, 64 * sizeof(*p), GFP_KERNEL);
	char *s;

	KUNIT_ASSERT_NOT_NULL(test, p);
	KUNIT_EXPECT_EQ(test, p[63], 0);
	s = kunit_kstrdup(test, "tdx", GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, s);
	KUNIT_EXPECT_STREQ(test, s, "tdx");
	kunit_kfree(test, s);
	KUNIT_EXPECT_EQ(test, GENMASK_ULL(47, 40), SEAM_TDX_CLASS_MASK);
}

static void selftest_skip_test(struct kunit *test)
{
	kunit_skip(test, "shows the skip path of the shim");
	KUNIT_FAIL(test, "not reached after kunit_skip()");
}

static struct kunit_case selftest_shim_cases[] = {
	KUNIT_CASE(selftest_eval_once_test),
	KUNIT_CASE(selftest_warn_test),
	KUNIT_CASE(selftest_alloc_test),
	KUNIT_CASE(selftest_skip_test),
	{}
};

static struct kunit_suite selftest_shim_suite = {
	.name = "seamcall_user_shim",
	.test_cases = selftest_shim_cases,
};

kunit_test_suites(&selftest_adapter_suite, &selftest_shim_suite);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Self-tests of the user-space KUnit shim and SEAMCALL adapter");
