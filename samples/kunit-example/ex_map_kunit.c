// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit suite "seamcall_example": test code that makes
 * SEAMCALLs (ex_map.c) against the software TDX module
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * The pattern to copy: .init creates a fixture (a software TDX module
 * attached to the SEAMCALL trap, in the kernel or in user space) and builds
 * it up to the state the code under test needs, here a finalized TD;
 * tests arm faults with seam_fixture_inject() and check both the return
 * value of the code under test and the module state through the model's
 * query API; .exit destroys the fixture.
 */
#include <kunit/test.h>
#include <linux/errno.h>
#include <seamcall.h>

#include "seam_fixture.h"
#include "ex_map.h"

/* A 2M-aligned GPA whose 2M range has no S-EPT page in the fixture's TD. */
#define EX_GPA		0x200000ULL

/**
 * struct ex_test - per-test state
 * @f: the fixture: software TDX module with a finalized TD
 * @vm: the code under test's view of that TD
 * @sept: page for the S-EPT page ex_map_gpa() adds
 * @page: page ex_map_gpa() maps
 */
struct ex_test {
	struct seam_fixture *f;
	struct ex_vm vm;
	u64 sept;
	u64 page;
};

static int ex_init(struct kunit *test)
{
	struct ex_test *t = kunit_kzalloc(test, sizeof(*t), GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, t);
	t->f = seam_fixture_create(NULL);
	KUNIT_ASSERT_NOT_NULL(test, t->f);
	test->priv = t;
	KUNIT_ASSERT_EQ(test, seam_fixture_build(t->f, SEAM_FIXTURE_FINALIZE),
			SEAM_TDX_SUCCESS);
	t->vm.tdr = t->f->td.tdr;
	t->sept = seam_fixture_alloc_page(t->f);
	t->page = seam_fixture_alloc_page(t->f);
	KUNIT_ASSERT_NE(test, t->sept, 0);
	KUNIT_ASSERT_NE(test, t->page, 0);
	return 0;
}

static void ex_exit(struct kunit *test)
{
	struct ex_test *t = test->priv;

	if (t)
		seam_fixture_destroy(t->f);
}

/* State of the 4K S-EPT entry at EX_GPA. */
static int ex_leaf_state(struct ex_test *t)
{
	return seam_model_sept_state(t->f->m, t->vm.tdr, EX_GPA, SEAM_TDX_PS_4K);
}

static void seamcall_example_map_test(struct kunit *test)
{
	struct ex_test *t = test->priv;

	KUNIT_EXPECT_EQ(test, ex_leaf_state(t), SEAM_MODEL_SEPT_WALK_FAILED);
	KUNIT_ASSERT_EQ(test, ex_map_gpa(&t->vm, EX_GPA, t->sept, t->page), 0);
	KUNIT_EXPECT_EQ(test, ex_leaf_state(t), SEAM_MODEL_SEPT_PENDING);
	KUNIT_EXPECT_EQ(test, seam_model_page_type(t->f->m, t->sept), SEAM_PT_EPT);
	KUNIT_EXPECT_EQ(test, seam_model_page_owner(t->f->m, t->page), t->vm.tdr);
	KUNIT_EXPECT_FALSE(test, t->vm.bugged);
	KUNIT_EXPECT_EQ(test, t->vm.busy_retries, 0);
}

static void seamcall_example_busy_test(struct kunit *test)
{
	struct ex_test *t = test->priv;

	/* Busy once: the retry succeeds. */
	KUNIT_ASSERT_EQ(test, seam_fixture_inject(t->f, SEAM_MODEL_FAULT_BUSY,
						  SEAM_TDH_MEM_PAGE_AUG, 1,
						  SEAM_OPERAND_ID_SEPT_TREE), 0);
	KUNIT_EXPECT_EQ(test, ex_map_gpa(&t->vm, EX_GPA, t->sept, t->page), 0);
	KUNIT_EXPECT_EQ(test, t->vm.busy_retries, 1);
	KUNIT_EXPECT_EQ(test, ex_leaf_state(t), SEAM_MODEL_SEPT_PENDING);
	KUNIT_EXPECT_FALSE(test, t->vm.bugged);
}

static void seamcall_example_still_busy_test(struct kunit *test)
{
	struct ex_test *t = test->priv;

	/* Busy twice: one retry only, then -EBUSY and nothing mapped. */
	KUNIT_ASSERT_EQ(test, seam_fixture_inject(t->f, SEAM_MODEL_FAULT_BUSY,
						  SEAM_TDH_MEM_SEPT_ADD, 2,
						  SEAM_OPERAND_ID_SEPT_TREE), 0);
	KUNIT_EXPECT_EQ(test, ex_map_gpa(&t->vm, EX_GPA, t->sept, t->page), -EBUSY);
	KUNIT_EXPECT_EQ(test, t->vm.busy_retries, 1);
	KUNIT_EXPECT_TRUE(test, seam_is_busy(t->vm.last_status));
	KUNIT_EXPECT_EQ(test, ex_leaf_state(t), SEAM_MODEL_SEPT_WALK_FAILED);
	KUNIT_EXPECT_FALSE(test, t->vm.bugged);
}

static void seamcall_example_entropy_test(struct kunit *test)
{
	struct ex_test *t = test->priv;

	/* Enough NO_ENTROPY answers to outlast any retry in the wrapper. */
	KUNIT_ASSERT_EQ(test, seam_fixture_inject(t->f, SEAM_MODEL_FAULT_NO_ENTROPY,
						  SEAM_TDH_MEM_SEPT_ADD,
						  SEAM_RND_RETRIES, 0), 0);
	KUNIT_EXPECT_EQ(test, ex_map_gpa(&t->vm, EX_GPA, t->sept, t->page), -EAGAIN);
	KUNIT_EXPECT_EQ(test, t->vm.last_status, SEAM_TDX_RND_NO_ENTROPY);
	KUNIT_EXPECT_EQ(test, ex_leaf_state(t), SEAM_MODEL_SEPT_WALK_FAILED);
	KUNIT_EXPECT_FALSE(test, t->vm.bugged);

	/* Once the module has entropy again, the caller's retry works. */
	seam_model_clear_faults(t->f->m);
	KUNIT_EXPECT_EQ(test, ex_map_gpa(&t->vm, EX_GPA, t->sept, t->page), 0);
}

static void seamcall_example_ud_test(struct kunit *test)
{
	struct ex_test *t = test->priv;
	unsigned int calls;

	/* The SEAMCALL faults (VMX off): the bug hook marks the VM bugged. */
	KUNIT_ASSERT_EQ(test, seam_fixture_inject(t->f, SEAM_MODEL_FAULT_UD,
						  SEAM_MODEL_ANY_LEAF, 1, 0), 0);
	KUNIT_EXPECT_EQ(test, ex_map_gpa(&t->vm, EX_GPA, t->sept, t->page), -EIO);
	KUNIT_EXPECT_TRUE(test, t->vm.bugged);
	KUNIT_EXPECT_EQ(test, t->vm.last_status, SEAM_TDX_SEAMCALL_UD);
	KUNIT_EXPECT_STREQ(test, seam_status_name(t->vm.last_status),
			   "TDX_SEAMCALL_UD");

	/* A bugged VM makes no more SEAMCALLs. */
	calls = seam_model_log_count(t->f->m);
	KUNIT_EXPECT_EQ(test, ex_map_gpa(&t->vm, EX_GPA, t->sept, t->page), -EIO);
	KUNIT_EXPECT_EQ(test, seam_model_log_count(t->f->m), calls);
}

static void seamcall_example_misuse_test(struct kunit *test)
{
	struct ex_test *t = test->priv;

	/* A GPA that is not 2M-aligned: the module rejects the operand. */
	KUNIT_EXPECT_EQ(test, ex_map_gpa(&t->vm, EX_GPA + 0x1000, t->sept, t->page),
			-EINVAL);
	KUNIT_EXPECT_TRUE(test, seam_status_is(t->vm.last_status,
					       SEAM_TDX_OPERAND_INVALID));
	/* Mapping the same range twice: a module error, not a kernel bug. */
	KUNIT_ASSERT_EQ(test, ex_map_gpa(&t->vm, EX_GPA, t->sept, t->page), 0);
	KUNIT_EXPECT_EQ(test, ex_map_gpa(&t->vm, EX_GPA, t->sept, t->page), -EIO);
	KUNIT_EXPECT_TRUE(test, seam_status_is_error(t->vm.last_status));
	KUNIT_EXPECT_FALSE(test, seam_is_sw_error(t->vm.last_status));
	KUNIT_EXPECT_FALSE(test, t->vm.bugged);
	KUNIT_EXPECT_EQ(test, ex_leaf_state(t), SEAM_MODEL_SEPT_PENDING);
}

static struct kunit_case seamcall_example_cases[] = {
	KUNIT_CASE(seamcall_example_map_test),
	KUNIT_CASE(seamcall_example_busy_test),
	KUNIT_CASE(seamcall_example_still_busy_test),
	KUNIT_CASE(seamcall_example_entropy_test),
	KUNIT_CASE(seamcall_example_ud_test),
	KUNIT_CASE(seamcall_example_misuse_test),
	{}
};

static struct kunit_suite seamcall_example_suite = {
	.name = "seamcall_example",
	.init = ex_init,
	.exit = ex_exit,
	.test_cases = seamcall_example_cases,
};

kunit_test_suites(&seamcall_example_suite);

MODULE_DESCRIPTION("KUnit example: testing code that makes SEAMCALLs");
MODULE_LICENSE("GPL");
