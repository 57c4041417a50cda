// SPDX-License-Identifier: GPL-2.0
/*
 * seam_kernel_kunit.c - tests of the kernel SEAMCALL adapter
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * Detached, a real SEAMCALL must come back as SEAM_TDX_SEAMCALL_UD through
 * the kernel's own #UD handling and the real exception-table fixup.
 * Attached, the model (or a stub of this file) answers, and each way the
 * instruction can end gives its exact status from every entry point.
 */
#include <kunit/test.h>
#include <linux/module.h>
#include <linux/string.h>
#include <seamcall.h>
#include <seam_model.h>

#include "seam_kernel.h"

#define KTEST_IN(n)		(0x1111111111111100ULL * (n) + 0x0123)
#define KTEST_OUT(n)		(0x0f0e0d0c0b0a0900ULL + (n))
#define KTEST_FN		SEAM_LEAF_VER(SEAM_TDH_VP_RD, 1)

static struct {
	enum seam_model_exit exit;
	unsigned int calls;
	bool zero_rbp;		/* as module 1.5.01 does on a TD exit */
	struct seam_model_regs in;
} ktest_stub_state;

/* Answers as asked; on RETURN fills all 13 registers (saved_ret only). */
static enum seam_model_exit ktest_stub(struct seam_model_regs *regs)
{
	ktest_stub_state.calls++;
	ktest_stub_state.in = *regs;
	if (ktest_stub_state.exit != SEAM_MODEL_EXIT_RETURN)
		return ktest_stub_state.exit;
	regs->rax = SEAM_TDX_SUCCESS;
	regs->rcx = KTEST_OUT(1);
	regs->rdx = KTEST_OUT(2);
	regs->r8 = KTEST_OUT(3);
	regs->r9 = KTEST_OUT(4);
	regs->r10 = KTEST_OUT(5);
	regs->r11 = KTEST_OUT(6);
	regs->r12 = KTEST_OUT(7);
	regs->r13 = KTEST_OUT(8);
	regs->r14 = KTEST_OUT(9);
	regs->r15 = KTEST_OUT(10);
	regs->rbx = KTEST_OUT(11);
	regs->rdi = KTEST_OUT(12);
	regs->rsi = KTEST_OUT(13);
	if (ktest_stub_state.zero_rbp)
		regs->rbp = 0;
	return SEAM_MODEL_EXIT_RETURN;
}

static void ktest_fill(struct seam_args *a)
{
	*a = (struct seam_args) {
		.rcx = KTEST_IN(1), .rdx = KTEST_IN(2),
		.r8 = KTEST_IN(3), .r9 = KTEST_IN(4),
		.r10 = KTEST_IN(5), .r11 = KTEST_IN(6),
		.r12 = KTEST_IN(7), .r13 = KTEST_IN(8),
		.r14 = KTEST_IN(9), .r15 = KTEST_IN(10),
		.rbx = KTEST_IN(11), .rdi = KTEST_IN(12),
		.rsi = KTEST_IN(13),
	};
}

static int ktest_init(struct kunit *test)
{
	memset(&ktest_stub_state, 0, sizeof(ktest_stub_state));
	seam_model_detach();
	return 0;
}

static void ktest_exit(struct kunit *test)
{
	seam_model_detach();
}

/* No adapter: the hardware #UD goes through the real fixup. */
static void seam_kernel_detached_ud_test(struct kunit *test)
{
	struct seam_args a, orig;

	KUNIT_ASSERT_NULL(test, seam_model_current);
	ktest_fill(&orig);
	a = orig;
	KUNIT_EXPECT_EQ(test, __seam_call(KTEST_FN, &a), SEAM_TDX_SEAMCALL_UD);
	KUNIT_EXPECT_EQ(test, __seam_call_ret(KTEST_FN, &a), SEAM_TDX_SEAMCALL_UD);
	KUNIT_EXPECT_EQ(test, __seam_call_saved_ret(KTEST_FN, &a),
			SEAM_TDX_SEAMCALL_UD);
	KUNIT_EXPECT_EQ(test, seam_call_inline(KTEST_FN, &a, SEAM_REGS_INLINE,
					       SEAM_REGS_INLINE),
			SEAM_TDX_SEAMCALL_UD);
	KUNIT_EXPECT_MEMEQ(test, &a, &orig, sizeof(a));
}

/* All 13 registers reach the stub and come back through saved_ret. */
static void seam_kernel_roundtrip_test(struct kunit *test)
{
	struct seam_model_regs *in = &ktest_stub_state.in;
	struct seam_args a;

	KUNIT_ASSERT_EQ(test, seam_kernel_attach_stub(ktest_stub), 0);
	ktest_fill(&a);
	KUNIT_ASSERT_EQ(test, __seam_call_saved_ret(KTEST_FN, &a),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, ktest_stub_state.calls, 1);
	KUNIT_EXPECT_EQ(test, in->rax, KTEST_FN);
	KUNIT_EXPECT_EQ(test, in->rcx, KTEST_IN(1));
	KUNIT_EXPECT_EQ(test, in->rdx, KTEST_IN(2));
	KUNIT_EXPECT_EQ(test, in->r8, KTEST_IN(3));
	KUNIT_EXPECT_EQ(test, in->r9, KTEST_IN(4));
	KUNIT_EXPECT_EQ(test, in->r10, KTEST_IN(5));
	KUNIT_EXPECT_EQ(test, in->r11, KTEST_IN(6));
	KUNIT_EXPECT_EQ(test, in->r12, KTEST_IN(7));
	KUNIT_EXPECT_EQ(test, in->r13, KTEST_IN(8));
	KUNIT_EXPECT_EQ(test, in->r14, KTEST_IN(9));
	KUNIT_EXPECT_EQ(test, in->r15, KTEST_IN(10));
	KUNIT_EXPECT_EQ(test, in->rbx, KTEST_IN(11));
	KUNIT_EXPECT_EQ(test, in->rdi, KTEST_IN(12));
	KUNIT_EXPECT_EQ(test, in->rsi, KTEST_IN(13));
	KUNIT_EXPECT_EQ(test, a.rcx, KTEST_OUT(1));
	KUNIT_EXPECT_EQ(test, a.rdx, KTEST_OUT(2));
	KUNIT_EXPECT_EQ(test, a.r8, KTEST_OUT(3));
	KUNIT_EXPECT_EQ(test, a.r9, KTEST_OUT(4));
	KUNIT_EXPECT_EQ(test, a.r10, KTEST_OUT(5));
	KUNIT_EXPECT_EQ(test, a.r11, KTEST_OUT(6));
	KUNIT_EXPECT_EQ(test, a.r12, KTEST_OUT(7));
	KUNIT_EXPECT_EQ(test, a.r13, KTEST_OUT(8));
	KUNIT_EXPECT_EQ(test, a.r14, KTEST_OUT(9));
	KUNIT_EXPECT_EQ(test, a.r15, KTEST_OUT(10));
	KUNIT_EXPECT_EQ(test, a.rbx, KTEST_OUT(11));
	KUNIT_EXPECT_EQ(test, a.rdi, KTEST_OUT(12));
	KUNIT_EXPECT_EQ(test, a.rsi, KTEST_OUT(13));
}

/* What RBP holds across the call in seam_kernel_saved_ret_rbp_test(). */
#define KTEST_RBP		0x5eedfacecafe0b0bULL

/*
 * Call __seam_call_saved_ret() with RBP set to KTEST_RBP and return what
 * RBP holds when it returns. "rbp" is clobbered, so the compiler saves it
 * and keeps no operand there; this kernel has no frame pointer.
 */
static noinline u64 ktest_saved_ret_rbp(u64 fn, struct seam_args *args)
{
	u64 rbp;

	asm volatile("movabs %[magic], %%rbp\n\t"
		     "call __seam_call_saved_ret\n\t"
		     "mov %%rbp, %[rbp]"
		     : [rbp] "=r" (rbp), "+D" (fn), "+S" (args),
		       ASM_CALL_CONSTRAINT
		     : [magic] "i" (KTEST_RBP)
		     : "rax", "rcx", "rdx", "r8", "r9", "r10", "r11", "rbp",
		       "memory", "cc");
	return rbp;
}

/*
 * RBP survives __seam_call_saved_ret() when the module zeroes it (module
 * 1.5.01 on a TD exit), though FRAME_BEGIN saves nothing on this ORC
 * kernel: the entry point keeps RBP itself.
 */
static void seam_kernel_saved_ret_rbp_test(struct kunit *test)
{
	struct seam_args a;

	if (IS_ENABLED(CONFIG_FRAME_POINTER))
		kunit_skip(test, "FRAME_BEGIN saves RBP on this kernel");
	KUNIT_ASSERT_EQ(test, seam_kernel_attach_stub(ktest_stub), 0);
	ktest_fill(&a);
	ktest_stub_state.zero_rbp = true;
	KUNIT_EXPECT_EQ(test, ktest_saved_ret_rbp(SEAM_TDH_VP_ENTER, &a),
			KTEST_RBP);
	KUNIT_EXPECT_EQ(test, ktest_stub_state.calls, 1);
	KUNIT_EXPECT_EQ(test, ktest_stub_state.in.rbp, KTEST_RBP);
}

/**
 * struct ktest_exit_case - one way a SEAMCALL ends, and what it returns
 * @desc: parameter description
 * @exit: what the stub answers
 * @expected: status every entry point must return
 */
struct ktest_exit_case {
	const char *desc;
	enum seam_model_exit exit;
	u64 expected;
};

static const struct ktest_exit_case ktest_exit_cases[] = {
	{ "vmfail", SEAM_MODEL_EXIT_VMFAIL, SEAM_TDX_SEAMCALL_VMFAILINVALID },
	{ "gp", SEAM_MODEL_EXIT_GP, SEAM_TDX_SEAMCALL_GP },
	{ "ud", SEAM_MODEL_EXIT_UD, SEAM_TDX_SEAMCALL_UD },
};

KUNIT_ARRAY_PARAM_DESC(ktest_exit, ktest_exit_cases, desc);

static void seam_kernel_exit_test(struct kunit *test)
{
	const struct ktest_exit_case *p = test->param_value;
	struct seam_args a, orig;

	KUNIT_ASSERT_EQ(test, seam_kernel_attach_stub(ktest_stub), 0);
	ktest_stub_state.exit = p->exit;
	ktest_fill(&orig);
	a = orig;
	KUNIT_EXPECT_EQ(test, __seam_call(KTEST_FN, &a), p->expected);
	KUNIT_EXPECT_EQ(test, __seam_call_ret(KTEST_FN, &a), p->expected);
	KUNIT_EXPECT_EQ(test, __seam_call_saved_ret(KTEST_FN, &a), p->expected);
	KUNIT_EXPECT_EQ(test, seam_call_inline(KTEST_FN, &a, SEAM_REGS_INLINE,
					       SEAM_REGS_INLINE),
			p->expected);
	KUNIT_EXPECT_MEMEQ(test, &a, &orig, sizeof(a));
	KUNIT_EXPECT_EQ(test, ktest_stub_state.calls, 4);
}

/* A real model answers while attached, and only then. */
static void seam_kernel_model_test(struct kunit *test)
{
	struct seam_model *m = seam_model_create(NULL);
	struct seam_args a = {};
	u64 status;

	KUNIT_ASSERT_NOT_NULL(test, m);
	KUNIT_ASSERT_EQ(test, seam_model_attach(m), 0);
	KUNIT_EXPECT_PTR_EQ(test, seam_model_current, m);
	status = __seam_call_ret(SEAM_TDH_SYS_RD, &a);
	KUNIT_EXPECT_FALSE_MSG(test, seam_is_sw_error(status),
			       "status 0x%016llx", status);
	KUNIT_EXPECT_EQ(test, seam_model_log_count(m), 1);

	seam_model_detach();
	KUNIT_EXPECT_EQ(test, __seam_call(SEAM_TDH_SYS_RD, &a),
			SEAM_TDX_SEAMCALL_UD);
	KUNIT_EXPECT_EQ(test, seam_model_log_count(m), 1);
	seam_model_destroy(m);
}

static struct kunit_case seam_kernel_test_cases[] = {
	KUNIT_CASE(seam_kernel_detached_ud_test),
	KUNIT_CASE(seam_kernel_roundtrip_test),
	KUNIT_CASE(seam_kernel_saved_ret_rbp_test),
	KUNIT_CASE_PARAM(seam_kernel_exit_test, ktest_exit_gen_params),
	KUNIT_CASE(seam_kernel_model_test),
	KUNIT_CASE(seam_kernel_detached_ud_test),
	{}
};

static struct kunit_suite seam_kernel_test_suite = {
	.name = "seamcall_kernel",
	.init = ktest_init,
	.exit = ktest_exit,
	.test_cases = seam_kernel_test_cases,
};

kunit_test_suites(&seam_kernel_test_suite);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("SEAMCALL KUnit tests against the software TDX model");
