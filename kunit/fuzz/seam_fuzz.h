/* SPDX-License-Identifier: GPL-2.0 */
/*
 * seam_fuzz.h - the libFuzzer harness of the TDX model (kunit/fuzz/ only)
 *
 * Copyright (C) 2026 The seamcall authors
 */
#ifndef _SEAM_FUZZ_H
#define _SEAM_FUZZ_H

#include <linux/types.h>

#include "seam_fixture.h"

/* Distinct GPAs one input may name before the S-EPT census gives up. */
#define SEAM_FUZZ_MAX_GPAS	32

/**
 * struct seam_fuzz_gpas - the GPAs an input has named so far
 * @gpa: 4 KiB aligned private GPAs, in order of first use
 * @nr: entries in @gpa
 * @incomplete: more GPAs were named than @gpa holds, or a
 *              TDH.MEM.PAGE.DEMOTE made 512 entries at GPAs never named
 *
 * Every S-EPT entry that exists was created by a call that named its GPA
 * in a register (but for the 512 of a DEMOTE), or by the fixture at
 * %SEAM_FIXTURE_GPA_ADD or %SEAM_FIXTURE_GPA_AUG;
 * seam_fuzz_check_invariants() looks up these GPAs only. Unless
 * @incomplete, the list covers every entry.
 */
struct seam_fuzz_gpas {
	u64 gpa[SEAM_FUZZ_MAX_GPAS];
	unsigned int nr;
	bool incomplete;
};

/**
 * seam_fuzz_gpas_add() - Remember a register value as a candidate GPA
 * @g: the list
 * @v: any register value; its 4 KiB aligned private GPA part is kept
 */
void seam_fuzz_gpas_add(struct seam_fuzz_gpas *g, u64 v);

/**
 * seam_fuzz_check_invariants() - Check the model's state through its public API
 * @f: the fixture whose model is checked
 * @g: the GPAs the S-EPT census looks up
 *
 * Prints what is wrong and aborts, so that libFuzzer keeps the input.
 */
void seam_fuzz_check_invariants(struct seam_fixture *f,
				const struct seam_fuzz_gpas *g);

/**
 * seam_fuzz_fail() - Report a broken check and abort
 * @fmt: printf format of the message
 *
 * Prints "seam_fuzz: " and the message on stderr, then aborts; libFuzzer
 * saves the input as a crash.
 */
__printf(1, 2) __noreturn void seam_fuzz_fail(const char *fmt, ...);

/**
 * seam_fuzz_freeze() - Forbid further allocations by the model
 *
 * After it, seam_model_zalloc() and seam_model_free() fail the run: the
 * model must not allocate or free once it exists (seam_model.h), and the
 * harness restores the memory it recorded before.
 */
void seam_fuzz_freeze(void);

/**
 * seam_fuzz_snapshot() - Save the contents of every model allocation
 *
 * Return: a snapshot for seam_fuzz_restore(); aborts when out of memory.
 */
void *seam_fuzz_snapshot(void);

/**
 * seam_fuzz_restore() - Put back the contents saved by seam_fuzz_snapshot()
 * @snap: the snapshot
 */
void seam_fuzz_restore(const void *snap);

#endif /* _SEAM_FUZZ_H */
