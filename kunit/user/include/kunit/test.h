/* SPDX-License-Identifier: GPL-2.0 */
/*
 * User-space shim: <kunit/test.h>.
 *
 * A small KUnit look-alike, so that KUnit suites build unchanged as a user
 * program. It has the kernel's data structures (as far as suites touch
 * them), the case and parameter macros, the EXPECT/ASSERT families with
 * their _MSG forms, skipping, logging, test-managed allocations and suite
 * registration. kunit/user/kunit.c runs the suites and prints KTAP v1 the
 * way lib/kunit does.
 *
 * As in KUnit, each operand of an expectation is evaluated exactly once and
 * the message arguments only when it fails. A failed ASSERT, and
 * kunit_skip(), leave the test case through longjmp(); the suite's .exit
 * still runs and test-managed memory is freed.
 */
#ifndef _SEAM_USER_KUNIT_TEST_H
#define _SEAM_USER_KUNIT_TEST_H

#include <setjmp.h>
#include <stddef.h>
#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/kernel.h>
#include <linux/err.h>
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/string.h>

#define KUNIT_PARAM_DESC_SIZE		128
#define KUNIT_STATUS_COMMENT_SIZE	256
#define KUNIT_NAME_MAX_LEN		256
#define KUNIT_SUBTEST_INDENT		"    "

/**
 * enum kunit_status - result of a test, a test case or a suite
 * @KUNIT_SUCCESS: passed
 * @KUNIT_FAILURE: an expectation or assertion failed
 * @KUNIT_SKIPPED: skipped, see the status comment
 */
enum kunit_status {
	KUNIT_SUCCESS,
	KUNIT_FAILURE,
	KUNIT_SKIPPED,
};

/**
 * enum kunit_speed - the speed attribute of a test case
 * @KUNIT_SPEED_UNSET: not set
 * @KUNIT_SPEED_VERY_SLOW: very slow
 * @KUNIT_SPEED_SLOW: slow (KUNIT_CASE_SLOW())
 * @KUNIT_SPEED_NORMAL: normal
 */
enum kunit_speed {
	KUNIT_SPEED_UNSET,
	KUNIT_SPEED_VERY_SLOW,
	KUNIT_SPEED_SLOW,
	KUNIT_SPEED_NORMAL,
};

/**
 * struct kunit_attributes - test attributes
 * @speed: how long the test takes
 */
struct kunit_attributes {
	enum kunit_speed speed;
};

struct kunit;
struct kunit_resource_node;

/**
 * struct kunit_case - one test case of a suite
 * @run_case: the test function
 * @name: its name
 * @generate_params: parameter generator, or NULL
 * @attr: attributes
 * @status: result, set by the runner
 */
struct kunit_case {
	void (*run_case)(struct kunit *test);
	const char *name;
	const void *(*generate_params)(const void *prev, char *desc);
	struct kunit_attributes attr;
	enum kunit_status status;
};

/**
 * struct kunit_suite - a set of test cases
 * @name: suite name
 * @suite_init: run once before the cases; non-zero fails the suite
 * @suite_exit: run once after the cases
 * @init: run before each case (and parameter); non-zero fails it
 * @exit: run after each case, also after a failed assertion
 * @test_cases: the cases, ended by an empty entry
 * @attr: attributes
 * @status_comment: skip reason of the suite (kunit_mark_skipped())
 * @status: status of the suite, for kunit_mark_skipped()
 * @suite_init_err: result of @suite_init, set by the runner
 */
struct kunit_suite {
	const char name[KUNIT_NAME_MAX_LEN];
	int (*suite_init)(struct kunit_suite *suite);
	void (*suite_exit)(struct kunit_suite *suite);
	int (*init)(struct kunit *test);
	void (*exit)(struct kunit *test);
	struct kunit_case *test_cases;
	struct kunit_attributes attr;
	char status_comment[KUNIT_STATUS_COMMENT_SIZE];
	enum kunit_status status;
	int suite_init_err;
};

/**
 * struct kunit - the state of one running test
 * @priv: for the suite's own use, typically set by .init
 * @name: name of the test case
 * @param_value: current parameter of a parameterised case, else NULL
 * @param_index: index of @param_value
 * @status: result so far
 * @status_comment: skip reason
 * @resources: test-managed allocations and actions (runner private)
 * @abort: where a failed assertion jumps to (runner private)
 */
struct kunit {
	void *priv;
	const char *name;
	const void *param_value;
	int param_index;
	enum kunit_status status;
	char status_comment[KUNIT_STATUS_COMMENT_SIZE];
	struct kunit_resource_node *resources;
	jmp_buf *abort;
};

/* Kinds of check, for the failure message. */
enum kunit_assert_type {
	KUNIT_ASSERTION,
	KUNIT_EXPECTATION,
};

#define KUNIT_CASE(test_name)						\
	{ .run_case = test_name, .name = #test_name }
#define KUNIT_CASE_ATTR(test_name, attributes)				\
	{ .run_case = test_name, .name = #test_name, .attr = attributes }
#define KUNIT_CASE_SLOW(test_name)					\
	{ .run_case = test_name, .name = #test_name,			\
	  .attr.speed = KUNIT_SPEED_SLOW }
#define KUNIT_CASE_PARAM(test_name, gen_params)				\
	{ .run_case = test_name, .name = #test_name,			\
	  .generate_params = gen_params }
#define KUNIT_CASE_PARAM_ATTR(test_name, gen_params, attributes)	\
	{ .run_case = test_name, .name = #test_name,			\
	  .generate_params = gen_params, .attr = attributes }

/**
 * KUNIT_ARRAY_PARAM() - Define a parameter generator over an array
 * @name: prefix: the generator is called @name_gen_params
 * @array: the array of parameters
 * @get_desc: void get_desc(const T *param, char *desc), or NULL
 */
#define KUNIT_ARRAY_PARAM(name, array, get_desc)			\
	static const void *name##_gen_params(const void *prev, char *desc) \
	{								\
		typeof((array)[0]) *__seam_next =			\
			prev ? (typeof(__seam_next))prev + 1 : (array);	\
		void (*__seam_get_desc)(typeof(__seam_next), char *) =	\
			get_desc;					\
									\
		if (__seam_next - (array) >= (ptrdiff_t)ARRAY_SIZE(array)) \
			return NULL;					\
		if (__seam_get_desc)					\
			__seam_get_desc(__seam_next, desc);		\
		return __seam_next;					\
	}

/**
 * KUNIT_ARRAY_PARAM_DESC() - Parameter generator naming each parameter by
 *                            one of its string members
 * @name: prefix: the generator is called @name_gen_params
 * @array: the array of parameters
 * @desc_member: member of the array element holding its description
 */
#define KUNIT_ARRAY_PARAM_DESC(name, array, desc_member)		\
	static const void *name##_gen_params(const void *prev, char *desc) \
	{								\
		typeof((array)[0]) *__seam_next =			\
			prev ? (typeof(__seam_next))prev + 1 : (array);	\
									\
		if (__seam_next - (array) >= (ptrdiff_t)ARRAY_SIZE(array)) \
			return NULL;					\
		strscpy(desc, __seam_next->desc_member,			\
			KUNIT_PARAM_DESC_SIZE);				\
		return __seam_next;					\
	}

/* Registration: a constructor hands each suite list to the runner. */
void __kunit_register_suites(struct kunit_suite *const *suites, size_t num);

#define __seam_kunit_paste(a, b)	a##b
#define __seam_kunit_unique(a, b)	__seam_kunit_paste(a, b)

#define __seam_kunit_test_suites(id, ...)				\
	static struct kunit_suite *const					\
	__seam_kunit_unique(__seam_kunit_suites_, id)[] = { __VA_ARGS__ }; \
	static void __attribute__((__constructor__))			\
	__seam_kunit_unique(__seam_kunit_register_, id)(void)		\
	{								\
		__kunit_register_suites(				\
			__seam_kunit_unique(__seam_kunit_suites_, id),	\
			ARRAY_SIZE(__seam_kunit_unique(__seam_kunit_suites_, id))); \
	}

#define kunit_test_suites(...)						\
	__seam_kunit_test_suites(__COUNTER__, __VA_ARGS__)
#define kunit_test_suite(suite)			kunit_test_suites(&(suite))
#define kunit_test_init_section_suites(...)	kunit_test_suites(__VA_ARGS__)

/* Test-managed memory and deferred actions, released LIFO at test end. */
typedef void (kunit_action_t)(void *ctx);

int kunit_add_action(struct kunit *test, kunit_action_t *action, void *ctx);
int kunit_add_action_or_reset(struct kunit *test, kunit_action_t *action,
			      void *ctx);
void *kunit_kmalloc_array(struct kunit *test, size_t n, size_t size, gfp_t gfp);
void kunit_kfree(struct kunit *test, const void *ptr);
char *kunit_kstrdup(struct kunit *test, const char *str, gfp_t gfp);

static inline void *kunit_kmalloc(struct kunit *test, size_t size, gfp_t gfp)
{
	return kunit_kmalloc_array(test, 1, size, gfp);
}

static inline void *kunit_kzalloc(struct kunit *test, size_t size, gfp_t gfp)
{
	return kunit_kmalloc(test, size, gfp | __GFP_ZERO);
}

static inline void *kunit_kcalloc(struct kunit *test, size_t n, size_t size,
				  gfp_t gfp)
{
	return kunit_kmalloc_array(test, n, size, gfp | __GFP_ZERO);
}

/* The test the calling thread runs, or NULL. */
struct kunit *kunit_get_current_test(void);

/* Logging, as "    # <test name>: <message>". */
void __printf(2, 3) __kunit_printk(const char *name, const char *fmt, ...);

#define kunit_printk(lvl, test, fmt, ...)				\
	__kunit_printk((test)->name, fmt, ##__VA_ARGS__)
#define kunit_info(test, fmt, ...)	kunit_printk(KERN_INFO, test, fmt, ##__VA_ARGS__)
#define kunit_warn(test, fmt, ...)	kunit_printk(KERN_WARNING, test, fmt, ##__VA_ARGS__)
#define kunit_err(test, fmt, ...)	kunit_printk(KERN_ERR, test, fmt, ##__VA_ARGS__)
#define kunit_log(lvl, test_or_suite, fmt, ...)	printf(fmt "\n", ##__VA_ARGS__)

/* Leave the running test case; used by assertions and kunit_skip(). */
void __noreturn __kunit_abort(struct kunit *test);

#define kunit_mark_skipped(test_or_suite, fmt, ...)			\
	do {								\
		WRITE_ONCE((test_or_suite)->status, KUNIT_SKIPPED);	\
		scnprintf((test_or_suite)->status_comment,		\
			  KUNIT_STATUS_COMMENT_SIZE, fmt, ##__VA_ARGS__); \
	} while (0)

#define kunit_skip(test_or_suite, fmt, ...)				\
	do {								\
		kunit_mark_skipped((test_or_suite), fmt, ##__VA_ARGS__); \
		__kunit_abort(test_or_suite);				\
	} while (0)

/* Failure reporters, in kunit/user/kunit.c. They mark the test failed. */
void __printf(5, 6)
__kunit_fail_msg(struct kunit *test, enum kunit_assert_type type,
		 const char *file, int line, const char *fmt, ...);
void __printf(10, 11)
__kunit_fail_int(struct kunit *test, enum kunit_assert_type type,
		 const char *file, int line, const char *ltext,
		 const char *op, const char *rtext, long long lval,
		 long long rval, const char *fmt, ...);
void __printf(10, 11)
__kunit_fail_ptr(struct kunit *test, enum kunit_assert_type type,
		 const char *file, int line, const char *ltext,
		 const char *op, const char *rtext, const void *lval,
		 const void *rval, const char *fmt, ...);
void __printf(10, 11)
__kunit_fail_str(struct kunit *test, enum kunit_assert_type type,
		 const char *file, int line, const char *ltext,
		 const char *op, const char *rtext, const char *lval,
		 const char *rval, const char *fmt, ...);
void __printf(12, 13)
__kunit_fail_mem(struct kunit *test, enum kunit_assert_type type,
		 const char *file, int line, const char *ltext,
		 const char *op, const char *rtext, const void *lval,
		 const void *rval, const char *size_text, size_t size,
		 const char *fmt, ...);
void __printf(7, 8)
__kunit_fail_bool(struct kunit *test, enum kunit_assert_type type,
		  const char *file, int line, const char *text,
		  bool expected, const char *fmt, ...);

/*
 * The operands keep their own types, so the comparison follows the C
 * rules as in KUnit; -Wsign-compare and -Wtype-limits would flag what the
 * kernel does not, so they are silenced for the comparison only.
 */
#define __KUNIT_DIAG_PUSH						\
	_Pragma("GCC diagnostic push")					\
	_Pragma("GCC diagnostic ignored \"-Wsign-compare\"")		\
	_Pragma("GCC diagnostic ignored \"-Wtype-limits\"")
#define __KUNIT_DIAG_POP	_Pragma("GCC diagnostic pop")

#define __KUNIT_END(test, type)						\
	do {								\
		if ((type) == KUNIT_ASSERTION)				\
			__kunit_abort(test);				\
	} while (0)

#define __KUNIT_INT(test, type, left, op, right, fmt, ...)		\
	do {								\
		const typeof(left) __seam_l = (left);			\
		const typeof(right) __seam_r = (right);			\
		bool __seam_ok;						\
									\
		__KUNIT_DIAG_PUSH					\
		__seam_ok = __seam_l op __seam_r;			\
		__KUNIT_DIAG_POP					\
		if (likely(__seam_ok))					\
			break;						\
		__kunit_fail_int(test, type, __FILE__, __LINE__, #left,	\
				 #op, #right, (long long)__seam_l,	\
				 (long long)__seam_r, fmt, ##__VA_ARGS__); \
		__KUNIT_END(test, type);				\
	} while (0)

#define __KUNIT_PTR(test, type, left, op, right, fmt, ...)		\
	do {								\
		const void *const __seam_l = (left);			\
		const void *const __seam_r = (right);			\
									\
		if (likely(__seam_l op __seam_r))			\
			break;						\
		__kunit_fail_ptr(test, type, __FILE__, __LINE__, #left,	\
				 #op, #right, __seam_l, __seam_r, fmt,	\
				 ##__VA_ARGS__);			\
		__KUNIT_END(test, type);				\
	} while (0)

#define __KUNIT_STR(test, type, left, op, right, fmt, ...)		\
	do {								\
		const char *const __seam_l = (left);			\
		const char *const __seam_r = (right);			\
									\
		if (likely(strcmp(__seam_l, __seam_r) op 0))		\
			break;						\
		__kunit_fail_str(test, type, __FILE__, __LINE__, #left,	\
				 #op, #right, __seam_l, __seam_r, fmt,	\
				 ##__VA_ARGS__);			\
		__KUNIT_END(test, type);				\
	} while (0)

#define __KUNIT_MEM(test, type, left, op, right, size_, fmt, ...)	\
	do {								\
		const void *const __seam_l = (left);			\
		const void *const __seam_r = (right);			\
		const size_t __seam_size = (size_);			\
									\
		if (likely(!__seam_l || !__seam_r ?			\
			   0 op 1 :					\
			   memcmp(__seam_l, __seam_r, __seam_size) op 0)) \
			break;						\
		__kunit_fail_mem(test, type, __FILE__, __LINE__, #left,	\
				 #op, #right, __seam_l, __seam_r, #size_, \
				 __seam_size, fmt, ##__VA_ARGS__);	\
		__KUNIT_END(test, type);				\
	} while (0)

#define __KUNIT_BOOL(test, type, cond, expected, fmt, ...)		\
	do {								\
		if (likely((!!(cond)) == (expected)))			\
			break;						\
		__kunit_fail_bool(test, type, __FILE__, __LINE__, #cond, \
				  expected, fmt, ##__VA_ARGS__);	\
		__KUNIT_END(test, type);				\
	} while (0)

#define __KUNIT_FAIL(test, type, fmt, ...)				\
	do {								\
		__kunit_fail_msg(test, type, __FILE__, __LINE__, fmt,	\
				 ##__VA_ARGS__);				\
		__KUNIT_END(test, type);				\
	} while (0)

#define KUNIT_SUCCEED(test)		do { (void)(test); } while (0)
#define KUNIT_FAIL(test, fmt, ...)					\
	__KUNIT_FAIL(test, KUNIT_EXPECTATION, fmt, ##__VA_ARGS__)

/* Expectations: record the failure and go on. */
#define KUNIT_EXPECT_TRUE_MSG(test, c, fmt, ...)			\
	__KUNIT_BOOL(test, KUNIT_EXPECTATION, c, true, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_FALSE_MSG(test, c, fmt, ...)			\
	__KUNIT_BOOL(test, KUNIT_EXPECTATION, c, false, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_EQ_MSG(test, l, r, fmt, ...)			\
	__KUNIT_INT(test, KUNIT_EXPECTATION, l, ==, r, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_NE_MSG(test, l, r, fmt, ...)			\
	__KUNIT_INT(test, KUNIT_EXPECTATION, l, !=, r, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_LT_MSG(test, l, r, fmt, ...)			\
	__KUNIT_INT(test, KUNIT_EXPECTATION, l, <, r, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_LE_MSG(test, l, r, fmt, ...)			\
	__KUNIT_INT(test, KUNIT_EXPECTATION, l, <=, r, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_GT_MSG(test, l, r, fmt, ...)			\
	__KUNIT_INT(test, KUNIT_EXPECTATION, l, >, r, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_GE_MSG(test, l, r, fmt, ...)			\
	__KUNIT_INT(test, KUNIT_EXPECTATION, l, >=, r, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_PTR_EQ_MSG(test, l, r, fmt, ...)			\
	__KUNIT_PTR(test, KUNIT_EXPECTATION, l, ==, r, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_PTR_NE_MSG(test, l, r, fmt, ...)			\
	__KUNIT_PTR(test, KUNIT_EXPECTATION, l, !=, r, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_NULL_MSG(test, p, fmt, ...)			\
	__KUNIT_PTR(test, KUNIT_EXPECTATION, p, ==, NULL, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_NOT_NULL_MSG(test, p, fmt, ...)			\
	__KUNIT_PTR(test, KUNIT_EXPECTATION, p, !=, NULL, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_NOT_ERR_OR_NULL_MSG(test, p, fmt, ...)		\
	__KUNIT_BOOL(test, KUNIT_EXPECTATION, IS_ERR_OR_NULL(p), false,	\
		     fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_STREQ_MSG(test, l, r, fmt, ...)			\
	__KUNIT_STR(test, KUNIT_EXPECTATION, l, ==, r, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_STRNEQ_MSG(test, l, r, fmt, ...)			\
	__KUNIT_STR(test, KUNIT_EXPECTATION, l, !=, r, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_MEMEQ_MSG(test, l, r, size, fmt, ...)		\
	__KUNIT_MEM(test, KUNIT_EXPECTATION, l, ==, r, size, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_MEMNEQ_MSG(test, l, r, size, fmt, ...)		\
	__KUNIT_MEM(test, KUNIT_EXPECTATION, l, !=, r, size, fmt, ##__VA_ARGS__)

#define KUNIT_EXPECT_TRUE(test, c)	KUNIT_EXPECT_TRUE_MSG(test, c, NULL)
#define KUNIT_EXPECT_FALSE(test, c)	KUNIT_EXPECT_FALSE_MSG(test, c, NULL)
#define KUNIT_EXPECT_EQ(test, l, r)	KUNIT_EXPECT_EQ_MSG(test, l, r, NULL)
#define KUNIT_EXPECT_NE(test, l, r)	KUNIT_EXPECT_NE_MSG(test, l, r, NULL)
#define KUNIT_EXPECT_LT(test, l, r)	KUNIT_EXPECT_LT_MSG(test, l, r, NULL)
#define KUNIT_EXPECT_LE(test, l, r)	KUNIT_EXPECT_LE_MSG(test, l, r, NULL)
#define KUNIT_EXPECT_GT(test, l, r)	KUNIT_EXPECT_GT_MSG(test, l, r, NULL)
#define KUNIT_EXPECT_GE(test, l, r)	KUNIT_EXPECT_GE_MSG(test, l, r, NULL)
#define KUNIT_EXPECT_PTR_EQ(test, l, r)	KUNIT_EXPECT_PTR_EQ_MSG(test, l, r, NULL)
#define KUNIT_EXPECT_PTR_NE(test, l, r)	KUNIT_EXPECT_PTR_NE_MSG(test, l, r, NULL)
#define KUNIT_EXPECT_NULL(test, p)	KUNIT_EXPECT_NULL_MSG(test, p, NULL)
#define KUNIT_EXPECT_NOT_NULL(test, p)	KUNIT_EXPECT_NOT_NULL_MSG(test, p, NULL)
#define KUNIT_EXPECT_NOT_ERR_OR_NULL(test, p)				\
	KUNIT_EXPECT_NOT_ERR_OR_NULL_MSG(test, p, NULL)
#define KUNIT_EXPECT_STREQ(test, l, r)	KUNIT_EXPECT_STREQ_MSG(test, l, r, NULL)
#define KUNIT_EXPECT_STRNEQ(test, l, r)	KUNIT_EXPECT_STRNEQ_MSG(test, l, r, NULL)
#define KUNIT_EXPECT_MEMEQ(test, l, r, size)				\
	KUNIT_EXPECT_MEMEQ_MSG(test, l, r, size, NULL)
#define KUNIT_EXPECT_MEMNEQ(test, l, r, size)				\
	KUNIT_EXPECT_MEMNEQ_MSG(test, l, r, size, NULL)

/* Assertions: record the failure and end the test case. */
#define KUNIT_ASSERT_TRUE_MSG(test, c, fmt, ...)			\
	__KUNIT_BOOL(test, KUNIT_ASSERTION, c, true, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_FALSE_MSG(test, c, fmt, ...)			\
	__KUNIT_BOOL(test, KUNIT_ASSERTION, c, false, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_EQ_MSG(test, l, r, fmt, ...)			\
	__KUNIT_INT(test, KUNIT_ASSERTION, l, ==, r, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_NE_MSG(test, l, r, fmt, ...)			\
	__KUNIT_INT(test, KUNIT_ASSERTION, l, !=, r, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_LT_MSG(test, l, r, fmt, ...)			\
	__KUNIT_INT(test, KUNIT_ASSERTION, l, <, r, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_LE_MSG(test, l, r, fmt, ...)			\
	__KUNIT_INT(test, KUNIT_ASSERTION, l, <=, r, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_GT_MSG(test, l, r, fmt, ...)			\
	__KUNIT_INT(test, KUNIT_ASSERTION, l, >, r, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_GE_MSG(test, l, r, fmt, ...)			\
	__KUNIT_INT(test, KUNIT_ASSERTION, l, >=, r, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_PTR_EQ_MSG(test, l, r, fmt, ...)			\
	__KUNIT_PTR(test, KUNIT_ASSERTION, l, ==, r, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_PTR_NE_MSG(test, l, r, fmt, ...)			\
	__KUNIT_PTR(test, KUNIT_ASSERTION, l, !=, r, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_NULL_MSG(test, p, fmt, ...)			\
	__KUNIT_PTR(test, KUNIT_ASSERTION, p, ==, NULL, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_NOT_NULL_MSG(test, p, fmt, ...)			\
	__KUNIT_PTR(test, KUNIT_ASSERTION, p, !=, NULL, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_NOT_ERR_OR_NULL_MSG(test, p, fmt, ...)		\
	__KUNIT_BOOL(test, KUNIT_ASSERTION, IS_ERR_OR_NULL(p), false,	\
		     fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_STREQ_MSG(test, l, r, fmt, ...)			\
	__KUNIT_STR(test, KUNIT_ASSERTION, l, ==, r, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_STRNEQ_MSG(test, l, r, fmt, ...)			\
	__KUNIT_STR(test, KUNIT_ASSERTION, l, !=, r, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_MEMEQ_MSG(test, l, r, size, fmt, ...)		\
	__KUNIT_MEM(test, KUNIT_ASSERTION, l, ==, r, size, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_MEMNEQ_MSG(test, l, r, size, fmt, ...)		\
	__KUNIT_MEM(test, KUNIT_ASSERTION, l, !=, r, size, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_FAILURE(test, fmt, ...)				\
	__KUNIT_FAIL(test, KUNIT_ASSERTION, fmt, ##__VA_ARGS__)

#define KUNIT_ASSERT_TRUE(test, c)	KUNIT_ASSERT_TRUE_MSG(test, c, NULL)
#define KUNIT_ASSERT_FALSE(test, c)	KUNIT_ASSERT_FALSE_MSG(test, c, NULL)
#define KUNIT_ASSERT_EQ(test, l, r)	KUNIT_ASSERT_EQ_MSG(test, l, r, NULL)
#define KUNIT_ASSERT_NE(test, l, r)	KUNIT_ASSERT_NE_MSG(test, l, r, NULL)
#define KUNIT_ASSERT_LT(test, l, r)	KUNIT_ASSERT_LT_MSG(test, l, r, NULL)
#define KUNIT_ASSERT_LE(test, l, r)	KUNIT_ASSERT_LE_MSG(test, l, r, NULL)
#define KUNIT_ASSERT_GT(test, l, r)	KUNIT_ASSERT_GT_MSG(test, l, r, NULL)
#define KUNIT_ASSERT_GE(test, l, r)	KUNIT_ASSERT_GE_MSG(test, l, r, NULL)
#define KUNIT_ASSERT_PTR_EQ(test, l, r)	KUNIT_ASSERT_PTR_EQ_MSG(test, l, r, NULL)
#define KUNIT_ASSERT_PTR_NE(test, l, r)	KUNIT_ASSERT_PTR_NE_MSG(test, l, r, NULL)
#define KUNIT_ASSERT_NULL(test, p)	KUNIT_ASSERT_NULL_MSG(test, p, NULL)
#define KUNIT_ASSERT_NOT_NULL(test, p)	KUNIT_ASSERT_NOT_NULL_MSG(test, p, NULL)
#define KUNIT_ASSERT_NOT_ERR_OR_NULL(test, p)				\
	KUNIT_ASSERT_NOT_ERR_OR_NULL_MSG(test, p, NULL)
#define KUNIT_ASSERT_STREQ(test, l, r)	KUNIT_ASSERT_STREQ_MSG(test, l, r, NULL)
#define KUNIT_ASSERT_STRNEQ(test, l, r)	KUNIT_ASSERT_STRNEQ_MSG(test, l, r, NULL)
#define KUNIT_ASSERT_MEMEQ(test, l, r, size)				\
	KUNIT_ASSERT_MEMEQ_MSG(test, l, r, size, NULL)
#define KUNIT_ASSERT_MEMNEQ(test, l, r, size)				\
	KUNIT_ASSERT_MEMNEQ_MSG(test, l, r, size, NULL)

#endif /* _SEAM_USER_KUNIT_TEST_H */
