/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kunit_user.h - internals shared by the user-space KUnit shim, the runner
 * and the SEAMCALL adapter (kunit/user/ only; suites do not need it)
 *
 * Copyright (C) 2026 The seamcall authors
 */
#ifndef _SEAM_KUNIT_USER_H
#define _SEAM_KUNIT_USER_H

#include <kunit/test.h>
#include <seam_model.h>

struct seam_args;

/* An entry of section __ex_table, as <asm/asm.h> emits it. */
struct seam_user_extable {
	s32 insn;
	s32 fixup;
	s32 data;
};

/* The linker's bounds of __ex_table. */
extern const struct seam_user_extable __start___ex_table[];
extern const struct seam_user_extable __stop___ex_table[];

void kunit_user_set_current(struct kunit *test);
void kunit_user_cleanup(struct kunit *test);

/**
 * typedef seam_user_stub_t - replacement for seam_model_seamcall()
 * @regs: registers at the SEAMCALL; updated in place
 *
 * Return: how the instruction completes.
 */
typedef enum seam_model_exit (*seam_user_stub_t)(struct seam_model_regs *regs);

void seam_user_set_stub(seam_user_stub_t stub);
bool seam_user_on_valgrind(void);

/*
 * Defined in asm in selftest_kunit.c: calls __seam_call_saved_ret() and
 * stores RCX, RDX, R8 to R11 and RDI as they are on its return into
 * @after[0..6].
 */
u64 selftest_saved_ret_scrub(u64 fn, struct seam_args *args, u64 *after);

#endif /* _SEAM_KUNIT_USER_H */
