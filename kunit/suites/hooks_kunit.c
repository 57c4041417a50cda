// SPDX-License-Identifier: GPL-2.0
/*
 * Bug-hook macros: when the hook fires, what it is given, and that every
 * argument is evaluated exactly once.
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * No model is attached in this suite, so a real SEAMCALL behaves as on a
 * machine without TDX: the instruction raises #UD and the exception-table
 * fixup returns %SEAM_TDX_SEAMCALL_UD.
 */
#include <kunit/test.h>
#include <seamcall.h>

/* A caller's context, as a struct kvm would be for KVM_BUG_ON(). */
struct seam_hooks_vm {
	unsigned int hook_calls;
	bool bugged;
	bool last_cond;
};

/* A hook of the caller's own: a function taking a typed context. */
static void seam_hooks_record(bool cond, struct seam_hooks_vm *vm)
{
	vm->hook_calls++;
	vm->last_cond = cond;
}

/* A hook shaped like KVM_BUG_ON(): marks the VM and yields the condition. */
#define SEAM_HOOKS_MARK_BUGGED(cond, vm)					\
({									\
	bool __cond = !!(cond);						\
									\
	if (__cond)							\
		(vm)->bugged = true;					\
	__cond;								\
})

struct seam_hooks_case {
	const char *name;
	u64 status;
	bool sw_error;	/* the default predicate fires */
	bool busy;	/* the seam_is_busy() predicate fires */
};

static const struct seam_hooks_case seam_hooks_cases[] = {
	{ .name = "success", .status = SEAM_TDX_SUCCESS },
	{ .name = "warning", .status = SEAM_TDX_PAGE_ALREADY_FREE },
	{ .name = "module error", .status = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RDX },
	{ .name = "busy", .status = SEAM_TDX_OPERAND_BUSY | SEAM_OPERAND_ID_TDR, .busy = true },
	{ .name = "no entropy", .status = SEAM_TDX_RND_NO_ENTROPY },
	{ .name = "VMfailInvalid", .status = SEAM_TDX_SEAMCALL_VMFAILINVALID, .sw_error = true },
	{ .name = "GP fault", .status = SEAM_TDX_SEAMCALL_GP, .sw_error = true },
	{ .name = "UD fault", .status = SEAM_TDX_SEAMCALL_UD, .sw_error = true },
};

KUNIT_ARRAY_PARAM_DESC(seam_hooks, seam_hooks_cases, name);

/* SEAM_CHECK() fires only on software errors, SEAM_CHECK_IF() on its predicate. */
static void seam_hooks_fire_on_predicate(struct kunit *test)
{
	const struct seam_hooks_case *c = test->param_value;
	struct seam_hooks_vm vm = { };
	u64 ret;

	ret = SEAM_CHECK(c->status, seam_hooks_record, &vm);
	KUNIT_EXPECT_EQ(test, ret, c->status);
	KUNIT_EXPECT_EQ(test, vm.hook_calls, c->sw_error ? 1U : 0U);
	if (c->sw_error)
		KUNIT_EXPECT_TRUE(test, vm.last_cond);

	vm.hook_calls = 0;
	ret = SEAM_CHECK_IF(c->status, seam_is_busy, seam_hooks_record, &vm);
	KUNIT_EXPECT_EQ(test, ret, c->status);
	KUNIT_EXPECT_EQ(test, vm.hook_calls, c->busy ? 1U : 0U);

	ret = SEAM_CHECK(c->status, SEAM_HOOKS_MARK_BUGGED, &vm);
	KUNIT_EXPECT_EQ(test, ret, c->status);
	KUNIT_EXPECT_EQ(test, vm.bugged, c->sw_error);

	KUNIT_EXPECT_EQ(test, SEAM_CHECK(c->status, SEAM_HOOK_NONE, &vm), c->status);
}

/* Each argument of SEAM_CHECK() is evaluated once, whether or not it fires. */
static void seam_hooks_evaluate_once(struct kunit *test)
{
	const struct seam_hooks_case *c = test->param_value;
	struct seam_hooks_vm vm = { };
	unsigned int n_status = 0, n_ctx = 0;
	u64 ret;

	ret = SEAM_CHECK((n_status++, c->status), seam_hooks_record,
			 (n_ctx++, &vm));
	KUNIT_EXPECT_EQ(test, ret, c->status);
	KUNIT_EXPECT_EQ(test, n_status, 1U);
	KUNIT_EXPECT_EQ(test, n_ctx, 1U);

	ret = SEAM_CHECK_IF((n_status++, c->status), seam_is_busy,
			    SEAM_HOOKS_MARK_BUGGED, (n_ctx++, &vm));
	KUNIT_EXPECT_EQ(test, ret, c->status);
	KUNIT_EXPECT_EQ(test, n_status, 2U);
	KUNIT_EXPECT_EQ(test, n_ctx, 2U);

	ret = SEAM_CHECK((n_status++, c->status), SEAM_HOOK_NONE, (n_ctx++, NULL));
	KUNIT_EXPECT_EQ(test, n_status, 3U);
	KUNIT_EXPECT_EQ(test, n_ctx, 3U);
}

/*
 * SEAM_CALL_HOOKED() through each variant: with no TDX module the call
 * returns SEAM_TDX_SEAMCALL_UD, the hook fires once with the caller's
 * context, the register block is left as it was, and every argument is
 * evaluated once.
 */
static void seam_hooks_call_hooked_variants(struct kunit *test)
{
	const struct seam_args init = {
		.rcx = 0x1111, .rdx = 0x2222, .r8 = 0x8888, .r12 = 0xcccc,
		.rsi = 0x5151,
	};
	struct seam_hooks_vm vm = { };
	unsigned int n_fn = 0, n_args = 0, n_ctx = 0;
	struct seam_args args = init;
	u64 ret;

	ret = SEAM_CALL_HOOKED(plain, (n_fn++, SEAM_TDH_MEM_TRACK),
			       (n_args++, &args), seam_hooks_record,
			       (n_ctx++, &vm));
	KUNIT_EXPECT_EQ(test, ret, SEAM_TDX_SEAMCALL_UD);
	ret = SEAM_CALL_HOOKED(ret, (n_fn++, SEAM_TDH_MNG_RD),
			       (n_args++, &args), seam_hooks_record,
			       (n_ctx++, &vm));
	KUNIT_EXPECT_EQ(test, ret, SEAM_TDX_SEAMCALL_UD);
	ret = SEAM_CALL_HOOKED(saved_ret, (n_fn++, SEAM_TDH_SERVTD_BIND),
			       (n_args++, &args), SEAM_HOOKS_MARK_BUGGED,
			       (n_ctx++, &vm));
	KUNIT_EXPECT_EQ(test, ret, SEAM_TDX_SEAMCALL_UD);
	ret = SEAM_CALL_HOOKED_IF(ret, (n_fn++, SEAM_TDH_VP_RD),
				  (n_args++, &args), seam_is_busy,
				  seam_hooks_record, (n_ctx++, &vm));
	KUNIT_EXPECT_EQ(test, ret, SEAM_TDX_SEAMCALL_UD);

	KUNIT_EXPECT_EQ(test, n_fn, 4U);
	KUNIT_EXPECT_EQ(test, n_args, 4U);
	KUNIT_EXPECT_EQ(test, n_ctx, 4U);
	/* Two recording hooks fired; the _IF form's predicate did not match. */
	KUNIT_EXPECT_EQ(test, vm.hook_calls, 2U);
	KUNIT_EXPECT_TRUE(test, vm.bugged);
	KUNIT_EXPECT_MEMEQ(test, &args, &init, sizeof(args));
}

/* A typed wrapper under SEAM_CHECK(): its out-params stay untouched on #UD. */
static void seam_hooks_check_wrapper(struct kunit *test)
{
	struct seam_hooks_vm vm = { };
	u64 value = 0x5a5a;
	u64 ret;

	ret = SEAM_CHECK(seam_tdh_mng_rd(0x10000, SEAM_MD_SYS_MAJOR_VERSION,
					 &value),
			 SEAM_HOOKS_MARK_BUGGED, &vm);
	KUNIT_EXPECT_EQ(test, ret, SEAM_TDX_SEAMCALL_UD);
	KUNIT_EXPECT_TRUE(test, vm.bugged);
	KUNIT_EXPECT_EQ(test, value, 0x5a5aULL);
	KUNIT_EXPECT_EQ(test, seam_status_to_errno(ret), -EACCES);
}

/* SEAM_HOOK_WARN() stays quiet unless the predicate matches. */
static void seam_hooks_warn_quiet_on_success(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, SEAM_CHECK(SEAM_TDX_OPERAND_BUSY, SEAM_HOOK_WARN,
					 NULL),
			SEAM_TDX_OPERAND_BUSY);
	KUNIT_EXPECT_EQ(test, SEAM_CHECK(SEAM_TDX_SUCCESS, SEAM_HOOK_WARN, NULL),
			SEAM_TDX_SUCCESS);
}

static struct kunit_case seam_hooks_test_cases[] = {
	KUNIT_CASE_PARAM(seam_hooks_fire_on_predicate, seam_hooks_gen_params),
	KUNIT_CASE_PARAM(seam_hooks_evaluate_once, seam_hooks_gen_params),
	KUNIT_CASE(seam_hooks_call_hooked_variants),
	KUNIT_CASE(seam_hooks_check_wrapper),
	KUNIT_CASE(seam_hooks_warn_quiet_on_success),
	{}
};

static struct kunit_suite seam_hooks_test_suite = {
	.name = "seamcall_hooks",
	.test_cases = seam_hooks_test_cases,
};

kunit_test_suites(&seam_hooks_test_suite);
