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
 * Usage: seam-user-tests [SUITE_GLOB[.CASE_GLOB]]
 *
 * The filter has the syntax of the kernel's kunit.filter_glob: a glob on
 * the suite name, optionally a dot and a glob on the case name. A filter
 * that matches no test case is an error (exit status 2).
 *
 * Each suite runs in a child process (this program again, started with
 * "--kunit-child"), so a test case that crashes (a signal, or a sanitizer
 * or valgrind error that ends the process) is reported as failed and the
 * run goes on with the next case of the suite, in a new child. The child
 * keeps its counts in a memfd the parent maps too.
 */
#define _GNU_SOURCE
#include <fnmatch.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>
#include <kunit/test.h>

#include "kunit_user.h"

#define KUNIT_MAX_SUITES	256

struct kunit_stats {
	unsigned long passed, failed, skipped, total;
};

/**
 * struct kunit_shared - what a suite's child process reports to the parent
 * @leaves: leaf results of the suite so far
 * @cases: case results of the suite so far
 * @cur: index in test_cases of the case running; the number of cases once
 *       the last one is done
 * @init_err: result of a failed suite_init, else 0
 */
struct kunit_shared {
	struct kunit_stats leaves, cases;
	size_t cur;
	int init_err;
};

static struct kunit_suite *kunit_suites[KUNIT_MAX_SUITES];
static size_t kunit_num_suites;
static struct kunit_shared *kunit_shared;
static int kunit_shared_fd = -1;
static char kunit_self[PATH_MAX];
static const char *kunit_filter = "*";
/* The filter: globs on the suite and the case name. */
static char kunit_suite_glob[KUNIT_NAME_MAX_LEN] = "*";
static const char *kunit_case_glob = "*";

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

static bool kunit_case_selected(const struct kunit_case *tc)
{
	return !fnmatch(kunit_case_glob, tc->name, 0);
}

/* Cases of @suite the filter selects, before index @end of test_cases. */
static size_t kunit_num_selected(const struct kunit_suite *suite, size_t end)
{
	size_t i, n = 0;

	for (i = 0; i < end && suite->test_cases[i].run_case; i++)
		n += kunit_case_selected(&suite->test_cases[i]);
	return n;
}

static bool kunit_suite_selected(const struct kunit_suite *suite)
{
	return !fnmatch(kunit_suite_glob, suite->name, 0) &&
	       kunit_num_selected(suite, SIZE_MAX);
}

/* Run case @tc, number @num of the suite, and print its result. */
static void kunit_run_case(struct kunit_suite *suite, struct kunit_case *tc,
			   size_t num, struct kunit_stats *param_stats)
{
	char desc[KUNIT_PARAM_DESC_SIZE];
	struct kunit test = { .name = tc->name };

	tc->status = KUNIT_SKIPPED;
	if (!tc->generate_params) {
		kunit_run_one(suite, tc, &test);
		kunit_stats_add(param_stats, test.status);
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
			kunit_stats_add(param_stats, test.status);

			desc[0] = '\0';
			test.param_value =
				tc->generate_params(test.param_value, desc);
			test.param_index++;
			test.status = KUNIT_SUCCESS;
			test.status_comment[0] = '\0';
			test.priv = NULL;
		}
	}
	if (tc->attr.speed == KUNIT_SPEED_SLOW)
		printf(KUNIT_SUBTEST_INDENT "# %s.speed: slow\n", tc->name);
	else if (tc->attr.speed == KUNIT_SPEED_VERY_SLOW)
		printf(KUNIT_SUBTEST_INDENT "# %s.speed: very_slow\n",
		       tc->name);
	if (param_stats->total > 1)
		printf(KUNIT_SUBTEST_INDENT
		       "# %s: pass:%lu fail:%lu skip:%lu total:%lu\n",
		       tc->name, param_stats->passed, param_stats->failed,
		       param_stats->skipped, param_stats->total);
	kunit_print_result(4, tc->status, num, tc->name, test.status_comment);
}

/*
 * The child's part: the selected cases of @suite from index @start on,
 * with their counts in kunit_shared. The header goes out with the first
 * child only.
 */
static __noreturn void kunit_suite_child(struct kunit_suite *suite,
					 size_t start)
{
	struct kunit_shared *sh = kunit_shared;
	struct kunit_case *tc;
	int err;

	suite->status_comment[0] = '\0';
	suite->suite_init_err = 0;
	if (suite->suite_init) {
		err = suite->suite_init(suite);
		if (err) {
			printf(KUNIT_SUBTEST_INDENT
			       "# failed to initialize (%d)\n", err);
			sh->init_err = err;
			exit(0);
		}
	}
	if (!start) {
		printf(KUNIT_SUBTEST_INDENT "KTAP version 1\n");
		printf(KUNIT_SUBTEST_INDENT "# Subtest: %s\n", suite->name);
		printf(KUNIT_SUBTEST_INDENT "1..%zu\n",
		       kunit_num_selected(suite, SIZE_MAX));
	}
	for (sh->cur = start; (tc = &suite->test_cases[sh->cur])->run_case;
	     sh->cur++) {
		struct kunit_stats param_stats = { 0 };

		if (!kunit_case_selected(tc))
			continue;
		kunit_run_case(suite, tc, kunit_num_selected(suite, sh->cur) + 1,
			       &param_stats);
		kunit_stats_add(&sh->cases, tc->status);
		kunit_stats_sum(&sh->leaves, &param_stats);
	}
	if (suite->suite_exit)
		suite->suite_exit(suite);
	fflush(stdout);
	exit(0);
}

/*
 * In the new child: run this program again, so that each suite starts in
 * a process of its own, as a test module in a fresh kernel would.
 */
static __noreturn void kunit_exec_child(size_t num, size_t start)
{
	char fd[16], nr[24], from[24];

	snprintf(fd, sizeof(fd), "%d", kunit_shared_fd);
	snprintf(nr, sizeof(nr), "%zu", num);
	snprintf(from, sizeof(from), "%zu", start);
	execl(kunit_self, kunit_self, "--kunit-child", fd, kunit_filter, nr,
	      from, (char *)NULL);
	perror("kunit: exec");
	_exit(127);
}

/* How a child ended, for the KTAP comment; NULL if it exited with 0. */
static const char *kunit_child_end(int wstatus, char *buf, size_t size)
{
	if (WIFSIGNALED(wstatus))
		snprintf(buf, size, "crashed: signal %d (%s)", WTERMSIG(wstatus),
			 strsignal(WTERMSIG(wstatus)));
	else if (WIFEXITED(wstatus) && WEXITSTATUS(wstatus))
		snprintf(buf, size, "died: exit status %d (sanitizer or valgrind error?)",
			 WEXITSTATUS(wstatus));
	else
		return NULL;
	return buf;
}

static void kunit_run_suite(struct kunit_suite *suite, size_t num,
			    struct kunit_stats *leaves)
{
	struct kunit_shared *sh = kunit_shared;
	size_t ncases = kunit_num_cases(suite), start = 0;
	enum kunit_status status;
	const char *end;
	char why[96];
	int wstatus;
	pid_t pid;

	memset(sh, 0, sizeof(*sh));
	while (start < ncases) {
		fflush(stdout);
		fflush(stderr);
		pid = fork();
		if (pid < 0) {
			perror("kunit: fork");
			exit(2);
		}
		if (!pid)
			kunit_exec_child(num, start);
		if (waitpid(pid, &wstatus, 0) != pid) {
			perror("kunit: waitpid");
			exit(2);
		}
		end = kunit_child_end(wstatus, why, sizeof(why));
		if (!end || sh->init_err)
			break;
		if (sh->cur >= ncases) {
			/* After the last case: suite_exit or the leak check. */
			printf(KUNIT_SUBTEST_INDENT "# %s: %s after its last case\n",
			       suite->name, end);
			sh->leaves.failed++;
			sh->leaves.total++;
			break;
		}
		printf(KUNIT_SUBTEST_INDENT "not ok %zu %s # %s\n",
		       kunit_num_selected(suite, sh->cur) + 1,
		       suite->test_cases[sh->cur].name, end);
		kunit_stats_add(&sh->cases, KUNIT_FAILURE);
		kunit_stats_add(&sh->leaves, KUNIT_FAILURE);
		start = sh->cur + 1;
	}

	if (sh->init_err) {
		/* Each case that could not run counts as failed. */
		leaves->failed += kunit_num_selected(suite, SIZE_MAX);
		leaves->total += kunit_num_selected(suite, SIZE_MAX);
		status = KUNIT_FAILURE;
	} else {
		if (sh->cases.total > 1)
			printf("# %s: pass:%lu fail:%lu skip:%lu total:%lu\n",
			       suite->name, sh->cases.passed, sh->cases.failed,
			       sh->cases.skipped, sh->cases.total);
		if (sh->leaves.total > 1)
			printf("# Totals: pass:%lu fail:%lu skip:%lu total:%lu\n",
			       sh->leaves.passed, sh->leaves.failed,
			       sh->leaves.skipped, sh->leaves.total);
		kunit_stats_sum(leaves, &sh->leaves);
		status = sh->leaves.failed ? KUNIT_FAILURE :
			 sh->leaves.passed ? KUNIT_SUCCESS : KUNIT_SKIPPED;
	}
	kunit_print_result(0, status, num, suite->name, suite->status_comment);
}

/* Split the filter at the first dot into the suite and the case glob. */
static bool kunit_set_filter(const char *glob)
{
	char *dot;

	if (strscpy(kunit_suite_glob, glob, sizeof(kunit_suite_glob)) < 0)
		return false;
	kunit_filter = glob;
	dot = strchr(kunit_suite_glob, '.');
	if (dot) {
		*dot = '\0';
		kunit_case_glob = dot + 1;
	}
	return true;
}

/* The selected suite number @num (from 1), or NULL. */
static struct kunit_suite *kunit_selected_suite(size_t num)
{
	size_t i;

	for (i = 0; i < kunit_num_suites; i++)
		if (kunit_suite_selected(kunit_suites[i]) && !--num)
			return kunit_suites[i];
	return NULL;
}

static bool kunit_map_shared(int fd)
{
	kunit_shared_fd = fd;
	kunit_shared = mmap(NULL, sizeof(*kunit_shared), PROT_READ | PROT_WRITE,
			    MAP_SHARED, fd, 0);
	if (kunit_shared == MAP_FAILED) {
		perror("kunit: mmap");
		return false;
	}
	return true;
}

/* argv: --kunit-child FD FILTER SUITE_NUMBER FIRST_CASE_INDEX */
static int kunit_child_main(int argc, char **argv)
{
	struct kunit_suite *suite;

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (argc != 6 || !kunit_set_filter(argv[3]) ||
	    !kunit_map_shared(atoi(argv[2])))
		return 2;
	suite = kunit_selected_suite(strtoul(argv[4], NULL, 10));
	if (!suite)
		return 2;
	kunit_suite_child(suite, strtoul(argv[5], NULL, 10));
}

int main(int argc, char **argv)
{
	struct kunit_stats leaves = { 0 };
	const char *glob = argc > 1 ? argv[1] : "*";
	size_t i, n = 0, num = 0;
	ssize_t len;
	int fd;

	if (argc > 1 && !strcmp(argv[1], "--kunit-child"))
		return kunit_child_main(argc, argv);
	if (argc > 2 || !kunit_set_filter(glob)) {
		fprintf(stderr, "usage: %s [SUITE_GLOB[.CASE_GLOB]]\n", argv[0]);
		return 2;
	}
	len = readlink("/proc/self/exe", kunit_self, sizeof(kunit_self) - 1);
	fd = memfd_create("kunit-shared", 0);
	if (len <= 0 || fd < 0 || ftruncate(fd, sizeof(*kunit_shared))) {
		perror("kunit: /proc/self/exe or memfd");
		return 2;
	}
	kunit_self[len] = '\0';
	if (!kunit_map_shared(fd))
		return 2;
	/* Keep the KTAP lines and any crash report in order. */
	setvbuf(stdout, NULL, _IOLBF, 0);

	for (i = 0; i < kunit_num_suites; i++)
		n += kunit_suite_selected(kunit_suites[i]);
	if (!n) {
		fprintf(stderr, "%s: no test case matches '%s'; suites:",
			argv[0], glob);
		for (i = 0; i < kunit_num_suites; i++)
			fprintf(stderr, " %s", kunit_suites[i]->name);
		fprintf(stderr, "\n");
		return 2;
	}
	printf("KTAP version 1\n1..%zu\n", n);
	for (i = 0; i < kunit_num_suites; i++)
		if (kunit_suite_selected(kunit_suites[i]))
			kunit_run_suite(kunit_suites[i], ++num, &leaves);

	printf("user: %lu passed, %lu failed, %lu skipped\n", leaves.passed,
	       leaves.failed, leaves.skipped);
	return leaves.failed ? 1 : 0;
}
