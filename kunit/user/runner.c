// SPDX-License-Identifier: GPL-2.0
/*
 * runner.c - main() of the user-space KUnit shim
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * Runs every suite registered with kunit_test_suites() and prints KTAP v1
 * the way lib/kunit/test.c does, then one closing line
 * "user: N passed, N failed, N skipped" counting leaf test cases (each
 * parameter of a parameterised case counts once). Exits 1 if any failed.
 *
 * Usage: seam-user-tests [GLOB]   (run only suites whose name matches)
 */
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <kunit/test.h>

#include "kunit_user.h"

#define KUNIT_MAX_SUITES	256

struct kunit_stats {
	unsigned long passed, failed, skipped, total;
};

static struct kunit_suite *kunit_suites[KUNIT_MAX_SUITES];
static size_t kunit_num_suites;

void __kunit_register_suites(struct kunit_suite *const *suites, size_t num)
{
	size_t i;

	for (i = 0; i < num; i++) {
		if (kunit_num_suites == KUNIT_MAX_SUITES) {
			fprintf(stderr, "kunit: more than %d suites\n",
				KUNIT_MAX_SUITES);
			exit(2);
		}
		kunit_suites[kunit_num_suites++] = suites[i];
	}
}

static void kunit_stats_add(struct kunit_stats *s, enum kunit_status status)
{
	if (status == KUNIT_SUCCESS)
		s->passed++;
	else if (status == KUNIT_FAILURE)
		s->failed++;
	else
		s->skipped++;
	s->total++;
}

static void kunit_stats_sum(struct kunit_stats *sum, const struct kunit_stats *s)
{
	sum->passed += s->passed;
	sum->failed += s->failed;
	sum->skipped += s->skipped;
	sum->total += s->total;
}

static const char *kunit_ok(enum kunit_status status)
{
	return status == KUNIT_FAILURE ? "not ok" : "ok";
}

static void kunit_print_result(int indent, enum kunit_status status,
			       size_t num, const char *name,
			       const char *comment)
{
	bool skip = status == KUNIT_SKIPPED;

	printf("%*s%s %zu %s%s%s\n", indent, "", kunit_ok(status), num, name,
	       skip ? " # SKIP " : "", skip ? comment : "");
}

/* .init and the case, or .exit, behind a longjmp() target. */
static void kunit_run_protected(struct kunit_suite *suite,
				struct kunit_case *tc, struct kunit *test,
				bool exit_phase)
{
	jmp_buf env;
	int ret;

	test->abort = &env;
	if (setjmp(env))
		goto out;
	if (exit_phase) {
		if (suite->exit)
			suite->exit(test);
		goto out;
	}
	if (suite->init) {
		ret = suite->init(test);
		if (ret) {
			kunit_err(test, "failed to initialize: %d\n", ret);
			test->status = KUNIT_FAILURE;
			goto out;
		}
	}
	tc->run_case(test);
out:
	test->abort = NULL;
}

/* Run one case (or one parameter of it) as kunit_run_case_catch_errors(). */
static void kunit_run_one(struct kunit_suite *suite, struct kunit_case *tc,
			  struct kunit *test)
{
	kunit_user_set_current(test);
	kunit_run_protected(suite, tc, test, false);
	kunit_run_protected(suite, tc, test, true);
	kunit_user_cleanup(test);
	kunit_user_set_current(NULL);

	if (test->status == KUNIT_FAILURE)
		tc->status = KUNIT_FAILURE;
	else if (tc->status != KUNIT_FAILURE && test->status == KUNIT_SUCCESS)
		tc->status = KUNIT_SUCCESS;
}

static size_t kunit_num_cases(const struct kunit_suite *suite)
{
	const struct kunit_case *tc;
	size_t n = 0;

	for (tc = suite->test_cases; tc->run_case; tc++)
		n++;
	return n;
}

static enum kunit_status kunit_suite_status(const struct kunit_suite *suite)
{
	const struct kunit_case *tc;
	enum kunit_status status = KUNIT_SKIPPED;

	if (suite->suite_init_err)
		return KUNIT_FAILURE;
	for (tc = suite->test_cases; tc->run_case; tc++) {
		if (tc->status == KUNIT_FAILURE)
			return KUNIT_FAILURE;
		if (tc->status == KUNIT_SUCCESS)
			status = KUNIT_SUCCESS;
	}
	return status;
}

static void kunit_run_suite(struct kunit_suite *suite, size_t num,
			    struct kunit_stats *leaves)
{
	struct kunit_stats suite_stats = { 0 }, total_stats = { 0 };
	char desc[KUNIT_PARAM_DESC_SIZE];
	struct kunit_case *tc;
	size_t i = 0;

	suite->status_comment[0] = '\0';
	suite->suite_init_err = 0;
	if (suite->suite_init) {
		suite->suite_init_err = suite->suite_init(suite);
		if (suite->suite_init_err) {
			printf(KUNIT_SUBTEST_INDENT
			       "# failed to initialize (%d)\n",
			       suite->suite_init_err);
			/* Each case that could not run counts as failed. */
			leaves->failed += kunit_num_cases(suite);
			leaves->total += kunit_num_cases(suite);
			goto end;
		}
	}

	printf(KUNIT_SUBTEST_INDENT "KTAP version 1\n");
	printf(KUNIT_SUBTEST_INDENT "# Subtest: %s\n", suite->name);
	printf(KUNIT_SUBTEST_INDENT "1..%zu\n", kunit_num_cases(suite));

	for (tc = suite->test_cases; tc->run_case; tc++) {
		struct kunit test = { .name = tc->name };
		struct kunit_stats param_stats = { 0 };

		i++;
		tc->status = KUNIT_SKIPPED;
		if (!tc->generate_params) {
			kunit_run_one(suite, tc, &test);
			kunit_stats_add(&param_stats, test.status);
		} else {
			desc[0] = '\0';
			test.param_value = tc->generate_params(NULL, desc);
			printf(KUNIT_SUBTEST_INDENT KUNIT_SUBTEST_INDENT
			       "KTAP version 1\n");
			printf(KUNIT_SUBTEST_INDENT KUNIT_SUBTEST_INDENT
			       "# Subtest: %s\n", tc->name);
			while (test.param_value) {
				kunit_run_one(suite, tc, &test);
				if (!desc[0])
					snprintf(desc, sizeof(desc), "param-%d",
						 test.param_index);
				kunit_print_result(8, test.status,
						   test.param_index + 1, desc,
						   test.status_comment);
				kunit_stats_add(&param_stats, test.status);

				desc[0] = '\0';
				test.param_value =
					tc->generate_params(test.param_value,
							    desc);
				test.param_index++;
				test.status = KUNIT_SUCCESS;
				test.status_comment[0] = '\0';
				test.priv = NULL;
			}
		}
		if (tc->attr.speed == KUNIT_SPEED_SLOW)
			printf(KUNIT_SUBTEST_INDENT "# %s.speed: slow\n",
			       tc->name);
		else if (tc->attr.speed == KUNIT_SPEED_VERY_SLOW)
			printf(KUNIT_SUBTEST_INDENT "# %s.speed: very_slow\n",
			       tc->name);
		if (param_stats.total > 1)
			printf(KUNIT_SUBTEST_INDENT
			       "# %s: pass:%lu fail:%lu skip:%lu total:%lu\n",
			       tc->name, param_stats.passed,
			       param_stats.failed, param_stats.skipped,
			       param_stats.total);
		kunit_print_result(4, tc->status, i, tc->name,
				   test.status_comment);
		kunit_stats_add(&suite_stats, tc->status);
		kunit_stats_sum(&total_stats, &param_stats);
	}

	if (suite->suite_exit)
		suite->suite_exit(suite);

	if (suite_stats.total > 1)
		printf("# %s: pass:%lu fail:%lu skip:%lu total:%lu\n",
		       suite->name, suite_stats.passed, suite_stats.failed,
		       suite_stats.skipped, suite_stats.total);
	if (total_stats.total > 1)
		printf("# Totals: pass:%lu fail:%lu skip:%lu total:%lu\n",
		       total_stats.passed, total_stats.failed,
		       total_stats.skipped, total_stats.total);
	kunit_stats_sum(leaves, &total_stats);
end:
	kunit_print_result(0, kunit_suite_status(suite), num, suite->name,
			   suite->status_comment);
}

int main(int argc, char **argv)
{
	struct kunit_stats leaves = { 0 };
	const char *glob = argc > 1 ? argv[1] : "*";
	size_t i, n = 0, num = 0;

	/* Keep the KTAP lines and any crash report in order. */
	setvbuf(stdout, NULL, _IOLBF, 0);

	for (i = 0; i < kunit_num_suites; i++)
		if (!fnmatch(glob, kunit_suites[i]->name, 0))
			n++;
	printf("KTAP version 1\n1..%zu\n", n);
	for (i = 0; i < kunit_num_suites; i++)
		if (!fnmatch(glob, kunit_suites[i]->name, 0))
			kunit_run_suite(kunit_suites[i], ++num, &leaves);

	printf("user: %lu passed, %lu failed, %lu skipped\n", leaves.passed,
	       leaves.failed, leaves.skipped);
	return leaves.failed ? 1 : 0;
}
