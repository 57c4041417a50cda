// SPDX-License-Identifier: GPL-2.0
/*
 * Bug hooks and the SEAM_CALL_PREPARE() hook: when each fires, what it is
 * given, what SEAM_REPORT_ON() prints and yields, and that every argument is
 * evaluated exactly once.
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * No model is attached in this suite, so a real SEAMCALL behaves as on a
 * machine without TDX: the instruction raises #UD and the exception-table
 * fixup returns %SEAM_TDX_SEAMCALL_UD.
 */
#include <linux/kernel.h>
#include <linux/types.h>

/* Every SEAMCALL this file issues reports its RAX here first. */
static unsigned int seam_hooks_prepared;
static u64 seam_hooks_prepared_fn;

#define SEAM_CALL_PREPARE(fn)						\
	do {								\
		seam_hooks_prepared++;					\
		seam_hooks_prepared_fn = (fn);				\
	} while (0)

#include <kunit/test.h>
#include <seamcall.h>

/*
 * SEAM_REPORT_ON() prints through pr_err_ratelimited(); catch the line here
 * instead, so the test sees the exact text in user space and in the kernel.
 */
static char seam_hooks_line[256];
static unsigned int seam_hooks_lines;

static __printf(1, 2) void seam_hooks_capture(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(seam_hooks_line, sizeof(seam_hooks_line), fmt, ap);
	va_end(ap);
	seam_hooks_lines++;
}

#undef pr_err_ratelimited
#define pr_err_ratelimited(fmt, ...)	seam_hooks_capture(fmt, ##__VA_ARGS__)

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

static void seam_hooks_reset(void)
{
	seam_hooks_lines = 0;
	seam_hooks_line[0] = '\0';
}

struct seam_hooks_case {
	const char *name;
	u64 status;
	bool sw_error;	/* seam_is_sw_error() fires */
	bool error;	/* seam_status_is_error() fires */
	const char *line;	/* what SEAM_REPORT_ON_2() prints when it fires */
};

static const struct seam_hooks_case seam_hooks_cases[] = {
	{ .name = "success", .status = SEAM_TDX_SUCCESS },
	{ .name = "warning", .status = SEAM_TDX_PAGE_ALREADY_FREE },
	{
		.name = "module error",
		.status = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RDX,
		.error = true,
		.line =
			"SEAMCALL TDH.MEM.PAGE.AUG failed: 0xc000010000000002 TDX_OPERAND_INVALID, entry 0x1234, level_state 0x201\n",
	},
	{
		.name = "busy",
		.status = SEAM_TDX_OPERAND_BUSY | SEAM_OPERAND_ID_TDR,
		.error = true,
		.line =
			"SEAMCALL TDH.MEM.PAGE.AUG failed: 0x8000020000000080 TDX_OPERAND_BUSY, entry 0x1234, level_state 0x201\n",
	},
	{
		.name = "VMfailInvalid",
		.status = SEAM_TDX_SEAMCALL_VMFAILINVALID,
		.sw_error = true,
		.error = true,
		.line =
			"SEAMCALL TDH.MEM.PAGE.AUG failed: 0x8000ff00ffff0000 TDX_SEAMCALL_VMFAILINVALID, entry 0x1234, level_state 0x201\n",
	},
	{
		.name = "UD fault",
		.status = SEAM_TDX_SEAMCALL_UD,
		.sw_error = true,
		.error = true,
		.line =
			"SEAMCALL TDH.MEM.PAGE.AUG failed: 0x8000ff0000000006 TDX_SEAMCALL_UD, entry 0x1234, level_state 0x201\n",
	},
};

KUNIT_ARRAY_PARAM_DESC(seam_hooks, seam_hooks_cases, name);

/*
 * The predicate decides: the value is its result, the hook fires exactly
 * when it is true, and so does the one printed line, whose text is exact.
 */
static void seam_hooks_bug_on_fires_on_predicate(struct kunit *test)
{
	const struct seam_hooks_case *c = test->param_value;
	struct seam_hooks_vm vm = { };
	u64 entry = 0x1234, level_state = 0x201;
	bool fired;

	seam_hooks_reset();
	fired = SEAM_REPORT_ON(seam_is_sw_error, c->status, SEAM_TDH_MNG_RD,
			       seam_hooks_record, &vm);
	KUNIT_EXPECT_EQ(test, fired, c->sw_error);
	KUNIT_EXPECT_EQ(test, vm.hook_calls, c->sw_error ? 1U : 0U);
	KUNIT_EXPECT_EQ(test, vm.last_cond, c->sw_error);
	KUNIT_EXPECT_EQ(test, seam_hooks_lines, c->sw_error ? 1U : 0U);

	seam_hooks_reset();
	fired = SEAM_REPORT_ON_2(seam_status_is_error, c->status,
				 SEAM_TDH_MEM_PAGE_AUG, entry, level_state,
				 SEAM_HOOKS_MARK_BUGGED, &vm);
	KUNIT_EXPECT_EQ(test, fired, c->error);
	KUNIT_EXPECT_EQ(test, vm.bugged, c->error);
	KUNIT_EXPECT_EQ(test, seam_hooks_lines, c->error ? 1U : 0U);
	if (c->error)
		KUNIT_EXPECT_STREQ(test, seam_hooks_line, c->line);
}

/* Each arity prints its extras under the text of their expressions. */
static void seam_hooks_bug_on_prints_extras(struct kunit *test)
{
	const u64 st = SEAM_TDX_OPERAND_BUSY | SEAM_OPERAND_ID_SEPT_TREE;
	struct seam_hooks_vm vm = { };
	u64 gpa = 0x40200000, hpa = 0x7000;

	seam_hooks_reset();
	KUNIT_EXPECT_TRUE(test, SEAM_REPORT_ON(seam_is_busy, st, SEAM_TDH_MEM_TRACK,
					       seam_hooks_record, &vm));
	KUNIT_EXPECT_STREQ(test, seam_hooks_line,
			   "SEAMCALL TDH.MEM.TRACK failed: 0x8000020000000092 TDX_OPERAND_BUSY\n");
	KUNIT_EXPECT_TRUE(test, SEAM_REPORT_ON_1(seam_is_busy, st,
						 SEAM_LEAF_VER(SEAM_TDH_MEM_SEPT_ADD, 1),
						 gpa, seam_hooks_record, &vm));
	KUNIT_EXPECT_STREQ(test, seam_hooks_line,
			   "SEAMCALL TDH.MEM.SEPT.ADD failed: 0x8000020000000092 TDX_OPERAND_BUSY, gpa 0x40200000\n");
	KUNIT_EXPECT_TRUE(test, SEAM_REPORT_ON_3(seam_is_busy, st,
						 SEAM_TDH_MEM_PAGE_ADD, gpa,
						 hpa + 1, 0, seam_hooks_record,
						 &vm));
	KUNIT_EXPECT_STREQ(test, seam_hooks_line,
			   "SEAMCALL TDH.MEM.PAGE.ADD failed: 0x8000020000000092 TDX_OPERAND_BUSY, gpa 0x40200000, hpa + 1 0x7001, 0 0x0\n");
	KUNIT_EXPECT_EQ(test, seam_hooks_lines, 3U);
	KUNIT_EXPECT_EQ(test, vm.hook_calls, 3U);
}

/* Every argument is evaluated once, in order, whether or not it fires. */
static void seam_hooks_bug_on_evaluates_once(struct kunit *test)
{
	const struct seam_hooks_case *c = test->param_value;
	struct seam_hooks_vm vm = { };
	unsigned int order = 0;
	unsigned int n_st = 0, n_fn = 0, n_a1 = 0, n_a2 = 0, n_a3 = 0, n_ctx = 0;
	bool fired;

	seam_hooks_reset();
	fired = SEAM_REPORT_ON_3(seam_status_is_error,
				 (n_st = ++order, c->status),
				 (n_fn = ++order, SEAM_TDH_MNG_RD),
				 (n_a1 = ++order, 1), (n_a2 = ++order, 2),
				 (n_a3 = ++order, 3), seam_hooks_record,
				 (n_ctx = ++order, &vm));
	KUNIT_EXPECT_EQ(test, fired, c->error);
	KUNIT_EXPECT_EQ(test, order, 6U);
	KUNIT_EXPECT_EQ(test, n_st, 1U);
	KUNIT_EXPECT_EQ(test, n_fn, 2U);
	KUNIT_EXPECT_EQ(test, n_a1, 3U);
	KUNIT_EXPECT_EQ(test, n_a2, 4U);
	KUNIT_EXPECT_EQ(test, n_a3, 5U);
	KUNIT_EXPECT_EQ(test, n_ctx, 6U);
	KUNIT_EXPECT_EQ(test, vm.hook_calls, c->error ? 1U : 0U);

	order = 0;
	fired = SEAM_REPORT_ON_2(seam_status_is_error, (n_st = ++order, c->status),
				 (n_fn = ++order, SEAM_TDH_MNG_RD),
				 (n_a1 = ++order, 1), (n_a2 = ++order, 2),
				 seam_hooks_record, (n_ctx = ++order, &vm));
	KUNIT_EXPECT_EQ(test, fired, c->error);
	KUNIT_EXPECT_EQ(test, order, 5U);
	KUNIT_EXPECT_EQ(test, n_a2, 4U);
	KUNIT_EXPECT_EQ(test, n_ctx, 5U);

	order = 0;
	fired = SEAM_REPORT_ON_1(seam_status_is_error, (n_st = ++order, c->status),
				 (n_fn = ++order, SEAM_TDH_MNG_RD),
				 (n_a1 = ++order, 1), seam_hooks_record,
				 (n_ctx = ++order, &vm));
	KUNIT_EXPECT_EQ(test, fired, c->error);
	KUNIT_EXPECT_EQ(test, order, 4U);
	KUNIT_EXPECT_EQ(test, n_a1, 3U);
	KUNIT_EXPECT_EQ(test, n_ctx, 4U);

	order = 0;
	fired = SEAM_REPORT_ON(seam_is_sw_error, (++order, c->status),
			       (++order, SEAM_TDH_MNG_RD), SEAM_HOOKS_MARK_BUGGED,
			       (++order, &vm));
	KUNIT_EXPECT_EQ(test, fired, c->sw_error);
	KUNIT_EXPECT_EQ(test, order, 3U);
	KUNIT_EXPECT_EQ(test, vm.hook_calls, c->error ? 3U : 0U);
}

/*
 * A wrapper under SEAM_REPORT_ON(): with no TDX module it returns
 * SEAM_TDX_SEAMCALL_UD, the hook fires once, and the out-param is untouched.
 */
static void seam_hooks_bug_on_wrapper(struct kunit *test)
{
	struct seam_hooks_vm vm = { };
	u64 value = 0x5a5a;
	u64 ret;

	seam_hooks_reset();
	ret = seam_tdh_mng_rd(0x10000, SEAM_MD_SYS_MAJOR_VERSION, &value);
	KUNIT_EXPECT_TRUE(test, SEAM_REPORT_ON(seam_is_sw_error, ret, SEAM_TDH_MNG_RD,
					       SEAM_HOOKS_MARK_BUGGED, &vm));
	KUNIT_EXPECT_EQ(test, ret, SEAM_TDX_SEAMCALL_UD);
	KUNIT_EXPECT_TRUE(test, vm.bugged);
	/* R8, the out-param's register, was loaded with zero. */
	KUNIT_EXPECT_EQ(test, value, 0ULL);
	KUNIT_EXPECT_STREQ(test, seam_hooks_line,
			   "SEAMCALL TDH.MNG.RD failed: 0x8000ff0000000006 TDX_SEAMCALL_UD\n");
}

/*
 * SEAM_CALL_PREPARE() runs once before every SEAMCALL attempt, with the RAX
 * value, through every variant and wrapper, TDH.VP.ENTER included.
 */
static void seam_hooks_prepare_runs_per_call(struct kunit *test)
{
	struct seam_args args = { };
	u64 value;

	seam_hooks_prepared = 0;
	KUNIT_EXPECT_EQ(test, seam_tdh_mng_rd(0x10000, 0, &value),
			SEAM_TDX_SEAMCALL_UD);
	KUNIT_EXPECT_EQ(test, seam_hooks_prepared, 1U);
	KUNIT_EXPECT_EQ(test, seam_hooks_prepared_fn, (u64)SEAM_TDH_MNG_RD);

	KUNIT_EXPECT_EQ(test, seam_call(SEAM_TDH_MEM_TRACK, &args),
			SEAM_TDX_SEAMCALL_UD);
	KUNIT_EXPECT_EQ(test, seam_hooks_prepared_fn, (u64)SEAM_TDH_MEM_TRACK);
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_LEAF_VER(SEAM_TDH_VP_RD, 1), &args),
			SEAM_TDX_SEAMCALL_UD);
	KUNIT_EXPECT_EQ(test, seam_hooks_prepared_fn,
			SEAM_LEAF_VER(SEAM_TDH_VP_RD, 1));
	KUNIT_EXPECT_EQ(test, seam_call_saved_ret(SEAM_TDH_SERVTD_BIND, &args),
			SEAM_TDX_SEAMCALL_UD);
	KUNIT_EXPECT_EQ(test, seam_hooks_prepared_fn, (u64)SEAM_TDH_SERVTD_BIND);
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_enter(0x20000, &args),
			SEAM_TDX_SEAMCALL_UD);
	KUNIT_EXPECT_EQ(test, seam_hooks_prepared_fn, (u64)SEAM_TDH_VP_ENTER);
	KUNIT_EXPECT_EQ(test, seam_hooks_prepared, 5U);
	/* The raw entry points never run it. */
	KUNIT_EXPECT_EQ(test, __seam_call(SEAM_TDH_MEM_TRACK, &args),
			SEAM_TDX_SEAMCALL_UD);
	KUNIT_EXPECT_EQ(test, seam_hooks_prepared, 5U);
}

static struct kunit_case seam_hooks_test_cases[] = {
	KUNIT_CASE_PARAM(seam_hooks_bug_on_fires_on_predicate, seam_hooks_gen_params),
	KUNIT_CASE_PARAM(seam_hooks_bug_on_evaluates_once, seam_hooks_gen_params),
	KUNIT_CASE(seam_hooks_bug_on_prints_extras),
	KUNIT_CASE(seam_hooks_bug_on_wrapper),
	KUNIT_CASE(seam_hooks_prepare_runs_per_call),
	{}
};

static struct kunit_suite seam_hooks_test_suite = {
	.name = "seamcall_hooks",
	.test_cases = seam_hooks_test_cases,
};

kunit_test_suites(&seam_hooks_test_suite);
