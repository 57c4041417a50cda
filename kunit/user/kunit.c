// SPDX-License-Identifier: GPL-2.0
/*
 * kunit.c - the test-side half of the user-space KUnit shim: failure
 * reports, aborting, logging and test-managed resources
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * Failure reports follow lib/kunit/assert.c's wording, so a log reads the
 * same in both environments.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <kunit/test.h>

#include "kunit_user.h"

#define KUNIT_SUBSUBTEST_INDENT	"        "

/* A test-managed allocation or deferred action. */
struct kunit_resource_node {
	kunit_action_t *action;
	void *ctx;
	struct kunit_resource_node *next;
};

static struct kunit *kunit_current;

struct kunit *kunit_get_current_test(void)
{
	return kunit_current;
}

/**
 * kunit_user_set_current() - Set the test kunit_get_current_test() returns
 * @test: the test now running, or NULL
 */
void kunit_user_set_current(struct kunit *test)
{
	kunit_current = test;
}

void __kunit_printk(const char *name, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	size_t len;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	len = strlen(buf);
	/* printk starts a new line for the next message; do the same. */
	printf(KUNIT_SUBTEST_INDENT "# %s: %s%s", name, buf,
	       len && buf[len - 1] == '\n' ? "" : "\n");
}

void __kunit_abort(struct kunit *test)
{
	if (!test->abort) {
		printf("kunit: abort outside a test case\n");
		fflush(stdout);
		abort();
	}
	longjmp(*test->abort, 1);
}

/* Print "    # name: EXPECTATION FAILED at file:line\n" + body + message. */
static void kunit_report(struct kunit *test, enum kunit_assert_type type,
			 const char *file, int line, const char *body,
			 const char *fmt, va_list ap)
{
	char msg[1024] = "";

	test->status = KUNIT_FAILURE;
	if (fmt)
		vsnprintf(msg, sizeof(msg), fmt, ap);
	printf(KUNIT_SUBTEST_INDENT "# %s: %s FAILED at %s:%d\n%s%s%s\n",
	       test->name,
	       type == KUNIT_ASSERTION ? "ASSERTION" : "EXPECTATION",
	       file, line, body ? body : "", fmt && body ? "\n" : "", msg);
}

void __kunit_fail_msg(struct kunit *test, enum kunit_assert_type type,
		      const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	kunit_report(test, type, file, line, NULL, fmt, ap);
	va_end(ap);
}

/* The value line is left out when the operand text is that number. */
static bool kunit_is_literal(const char *text, long long value)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%lld", value);
	return !strcmp(buf, text);
}

void __kunit_fail_int(struct kunit *test, enum kunit_assert_type type,
		      const char *file, int line, const char *ltext,
		      const char *op, const char *rtext, long long lval,
		      long long rval, const char *fmt, ...)
{
	char body[1024];
	int n;
	va_list ap;

	n = snprintf(body, sizeof(body),
		     KUNIT_SUBTEST_INDENT "Expected %s %s %s, but", ltext, op,
		     rtext);
	if (!kunit_is_literal(ltext, lval))
		n += snprintf(body + n, sizeof(body) - n,
			      "\n" KUNIT_SUBSUBTEST_INDENT "%s == %lld (0x%llx)",
			      ltext, lval, lval);
	if (!kunit_is_literal(rtext, rval))
		snprintf(body + n, sizeof(body) - n,
			 "\n" KUNIT_SUBSUBTEST_INDENT "%s == %lld (0x%llx)",
			 rtext, rval, rval);
	va_start(ap, fmt);
	kunit_report(test, type, file, line, body, fmt, ap);
	va_end(ap);
}

void __kunit_fail_ptr(struct kunit *test, enum kunit_assert_type type,
		      const char *file, int line, const char *ltext,
		      const char *op, const char *rtext, const void *lval,
		      const void *rval, const char *fmt, ...)
{
	char body[1024];
	va_list ap;

	snprintf(body, sizeof(body),
		 KUNIT_SUBTEST_INDENT "Expected %s %s %s, but\n"
		 KUNIT_SUBSUBTEST_INDENT "%s == %016lx\n"
		 KUNIT_SUBSUBTEST_INDENT "%s == %016lx",
		 ltext, op, rtext, ltext, (unsigned long)lval,
		 rtext, (unsigned long)rval);
	va_start(ap, fmt);
	kunit_report(test, type, file, line, body, fmt, ap);
	va_end(ap);
}

void __kunit_fail_str(struct kunit *test, enum kunit_assert_type type,
		      const char *file, int line, const char *ltext,
		      const char *op, const char *rtext, const char *lval,
		      const char *rval, const char *fmt, ...)
{
	char body[1024];
	va_list ap;

	snprintf(body, sizeof(body),
		 KUNIT_SUBTEST_INDENT "Expected %s %s %s, but\n"
		 KUNIT_SUBSUBTEST_INDENT "%s == \"%s\"\n"
		 KUNIT_SUBSUBTEST_INDENT "%s == \"%s\"",
		 ltext, op, rtext, ltext, lval, rtext, rval);
	va_start(ap, fmt);
	kunit_report(test, type, file, line, body, fmt, ap);
	va_end(ap);
}

/* Hex dump of @buf, bytes that differ from @other in <brackets>. */
static int kunit_hexdump(char *out, size_t size, const u8 *buf,
			 const u8 *other, size_t len)
{
	int n = 0;
	size_t i;

	for (i = 0; i < len && (size_t)n < size; i++) {
		if (i && !(i % 16))
			n += snprintf(out + n, size - n,
				      "\n" KUNIT_SUBSUBTEST_INDENT);
		if ((size_t)n >= size)
			break;
		n += snprintf(out + n, size - n, buf[i] != other[i] ?
			      "<%02x>" : " %02x ", buf[i]);
	}
	return (size_t)n < size ? n : (int)size - 1;
}

void __kunit_fail_mem(struct kunit *test, enum kunit_assert_type type,
		      const char *file, int line, const char *ltext,
		      const char *op, const char *rtext, const void *lval,
		      const void *rval, const char *size_text, size_t size,
		      const char *fmt, ...)
{
	char body[4096];
	int n;
	va_list ap;

	if (!lval || !rval) {
		snprintf(body, sizeof(body),
			 KUNIT_SUBTEST_INDENT "Expected %s is not null, but is",
			 lval ? rtext : ltext);
	} else {
		n = snprintf(body, sizeof(body),
			     KUNIT_SUBTEST_INDENT "Expected %s %s %s, but\n"
			     KUNIT_SUBSUBTEST_INDENT "%s ==\n"
			     KUNIT_SUBSUBTEST_INDENT, ltext, op, rtext, ltext);
		n += kunit_hexdump(body + n, sizeof(body) - n, lval, rval,
				   size);
		n += snprintf(body + n, sizeof(body) - n,
			      "\n" KUNIT_SUBSUBTEST_INDENT "%s ==\n"
			      KUNIT_SUBSUBTEST_INDENT, rtext);
		kunit_hexdump(body + n, sizeof(body) - n, rval, lval, size);
	}
	(void)size_text;
	va_start(ap, fmt);
	kunit_report(test, type, file, line, body, fmt, ap);
	va_end(ap);
}

void __kunit_fail_bool(struct kunit *test, enum kunit_assert_type type,
		       const char *file, int line, const char *text,
		       bool expected, const char *fmt, ...)
{
	char body[1024];
	va_list ap;

	snprintf(body, sizeof(body),
		 KUNIT_SUBTEST_INDENT "Expected %s to be %s, but is %s", text,
		 expected ? "true" : "false", expected ? "false" : "true");
	va_start(ap, fmt);
	kunit_report(test, type, file, line, body, fmt, ap);
	va_end(ap);
}

int kunit_add_action(struct kunit *test, kunit_action_t *action, void *ctx)
{
	struct kunit_resource_node *node = malloc(sizeof(*node));

	if (!node)
		return -ENOMEM;
	node->action = action;
	node->ctx = ctx;
	node->next = test->resources;
	test->resources = node;
	return 0;
}

int kunit_add_action_or_reset(struct kunit *test, kunit_action_t *action,
			      void *ctx)
{
	int ret = kunit_add_action(test, action, ctx);

	if (ret)
		action(ctx);
	return ret;
}

static void kunit_free_action(void *ptr)
{
	free(ptr);
}

void *kunit_kmalloc_array(struct kunit *test, size_t n, size_t size, gfp_t gfp)
{
	void *p;

	if (size && n > SIZE_MAX / size)
		return NULL;
	/* A unique pointer for zero bytes, as kmalloc(0) gives. */
	if (!n || !size) {
		n = 1;
		size = 1;
	}
	p = gfp & __GFP_ZERO ? calloc(n, size) : malloc(n * size);
	if (!p)
		return NULL;
	if (kunit_add_action_or_reset(test, kunit_free_action, p))
		return NULL;
	return p;
}

void kunit_kfree(struct kunit *test, const void *ptr)
{
	struct kunit_resource_node **pp, *node;

	if (!ptr)
		return;
	for (pp = &test->resources; (node = *pp); pp = &node->next) {
		if (node->action == kunit_free_action && node->ctx == ptr) {
			*pp = node->next;
			free(node->ctx);
			free(node);
			return;
		}
	}
	printf("kunit: %s() of %p, not a test-managed allocation\n",
	       __func__, ptr);
	test->status = KUNIT_FAILURE;
}

char *kunit_kstrdup(struct kunit *test, const char *str, gfp_t gfp)
{
	size_t len;
	char *p;

	if (!str)
		return NULL;
	len = strlen(str) + 1;
	p = kunit_kmalloc(test, len, gfp);
	if (p)
		memcpy(p, str, len);
	return p;
}

/**
 * kunit_user_cleanup() - Run a test's deferred actions, newest first
 * @test: the test that ended
 */
void kunit_user_cleanup(struct kunit *test)
{
	struct kunit_resource_node *node;

	while ((node = test->resources)) {
		test->resources = node->next;
		node->action(node->ctx);
		free(node);
	}
}
