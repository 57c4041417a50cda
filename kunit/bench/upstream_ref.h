/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Upstream-style reference for the benchmark only: a zeroed struct in
 * memory, an out-of-line trampoline that loads and stores all of RCX, RDX
 * and R8 to R11, and a retry loop that does not reload the inputs.
 *
 * Copyright (C) 2026 The seamcall authors
 */
#ifndef _SEAM_UPSTREAM_REF_H
#define _SEAM_UPSTREAM_REF_H

#define REF_RETRIES	10

/* upstream_ref.S: one SEAMCALL (the benchmark stub), all six registers. */
u64 ref_seamcall_ret(u64 fn, struct seam_args *args);

static __always_inline u64 ref_sc_retry(u64 (*func)(u64, struct seam_args *),
					u64 fn, struct seam_args *args)
{
	int retry = REF_RETRIES;
	u64 ret;

	do {
		ret = func(fn, args);
	} while (ret == SEAM_TDX_RND_NO_ENTROPY && --retry);
	return ret;
}

#define ref_call_ret(fn, args)		ref_sc_retry(ref_seamcall_ret, fn, args)
#define ref_call_saved_ret(fn, args)	\
	ref_sc_retry(__seam_call_saved_ret, fn, args)

#endif /* _SEAM_UPSTREAM_REF_H */
