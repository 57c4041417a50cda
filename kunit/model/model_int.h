/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Internal interface of the TDX module model
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * Every leaf handler first runs all of its checks in the order the module
 * runs them and only then commits, so a failing call leaves the
 * architectural state as it was. Nothing here sleeps, allocates or prints
 * once the model exists.
 *
 * One concern per file, each with its own header for its state and
 * functions: model_sys (system, LP, TDMR and KOT state), model_mem (memory
 * and PAMT), model_td (TDs), model_vp (vCPUs, TD entry and exit),
 * model_sept (S-EPT), model_md (metadata), model_fault (fault injection
 * and the call log), model_lock (calls from several CPUs), model_ext
 * (SYS.DISABLE, extensions and quoting); model_core.c
 * dispatches and implements seam_model.h. struct seam_model holds one
 * member per concern that has state.
 *
 * seam_model_seamcall() runs under the model-wide lock (model_lock.h).
 * The per-call members below (in, written, cpu and the PAMT locks of
 * model_mem) belong to the call holding it; a call that drops the lock in
 * the middle (TDH.VP.ENTER in a held guest) saves and restores them.
 */
#ifndef _SEAM_MODEL_INT_H
#define _SEAM_MODEL_INT_H

#include <linux/types.h>
#include <linux/string.h>
#include <linux/stddef.h>
#include <linux/kernel.h>
#include <linux/bits.h>
#include <linux/errno.h>
#include <seamcall.h>

#include "seam_model.h"

#define PG_SIZE			4096ULL
#define PG_SHIFT		12
#define MAX_HKID_BITS		10
#define NR_KOT			BIT(MAX_HKID_BITS)
#define SEPT_TOP_LEVEL		3	/* PML4 entries: 4-level S-EPT */
#define NO_CPU			0xffff

#include "model_lock.h"
#include "model_sys.h"
#include "model_mem.h"
#include "model_td.h"
#include "model_vp.h"
#include "model_sept.h"
#include "model_md.h"
#include "model_fault.h"
#include "model_seamldr.h"
#include "model_ext.h"

struct seam_model {
	struct seam_model_config cfg;
	struct model_sys sys;
	struct model_mem mem;
	struct model_td td;
	struct model_vp vp;
	/* not architectural */
	struct model_seamldr ldr;
	struct seam_model_regs in;	/* inputs of the call being executed */
	u32 written;			/* registers set_out() set in this call */
	u64 rng;			/* xorshift64* state */
	struct seam_model_td_exit td_exit;	/* once the script is empty */
	struct model_exits exits;
	unsigned int cpu;		/* CPU of the call being executed */
	struct model_fault fault;
	struct model_smp smp;
};

/*
 * A leaf sets an output register only through set_out(): what the leaf
 * returns is what its handler wrote in this call, nothing else. The bit of
 * a register in seam_model::written is its index in struct seam_model_regs.
 * After the leaf, finish_call() gives every other register of RCX to R11 a
 * fresh pseudo-random value and puts every other register back.
 */
static inline void set_out(struct seam_model *m, struct seam_model_regs *r,
			   u64 *reg, u64 val)
{
	*reg = val;
	m->written |= BIT(((uintptr_t)reg - (uintptr_t)r) / sizeof(u64));
}

static inline u64 mix64(u64 h, u64 v)
{
	h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
	h *= 0xbf58476d1ce4e5b9ULL;
	h ^= h >> 31;
	h *= 0x94d049bb133111ebULL;
	h ^= h >> 29;
	return h;
}

static inline u64 mix_bytes(u64 h, const void *p, size_t len)
{
	const u8 *b = p;
	u64 v;

	while (len >= 8) {
		memcpy(&v, b, 8);
		h = mix64(h, v);
		b += 8;
		len -= 8;
	}
	v = 0;
	if (len) {
		memcpy(&v, b, len);
		h = mix64(h, v ^ ((u64)len << 56));
	}
	return h;
}

static inline u64 rd64(const u8 *p)
{
	u64 v;

	memcpy(&v, p, sizeof(v));
	return v;
}

static inline u64 err_op(u64 code, u32 op)
{
	return code | op;
}

static inline unsigned int nr_hkids(const struct seam_model *m)
{
	return 1U << m->cfg.hkid_bits;
}

static inline bool is_private_hkid(const struct seam_model *m, u64 hkid)
{
	return hkid >= seam_model_first_private_hkid(m) && hkid < nr_hkids(m);
}

static inline u64 page_hpa(const struct seam_model *m, u32 idx)
{
	return model_page_hpa(m, idx);
}

static inline u64 keyid_mask(const struct seam_model *m)
{
	return ((1ULL << m->cfg.hkid_bits) - 1) << m->cfg.pa_bits;
}

/* Index of the page holding @hpa (KeyID bits ignored), or -1. */
static inline int hpa_index(const struct seam_model *m, u64 hpa)
{
	return model_hpa_index(m, hpa);
}

static inline u8 *page_mem(struct seam_model *m, int idx)
{
	return m->mem.bytes + ((u64)idx << PG_SHIFT);
}

/* The model answers as module 2.0 (&enum seam_model_profile). */
static inline bool model_is_2_0(const struct seam_model *m)
{
	return m->cfg.profile == SEAM_MODEL_PROFILE_2_0;
}

/* TDH.SYS.SHUTDOWN takes AVOID_COMPAT_SENSITIVE (module 2.0, or asked for). */
static inline bool model_update_compat(const struct seam_model *m)
{
	return model_is_2_0(m) || (m->cfg.features & SEAM_MODEL_FEAT_UPDATE_COMPAT);
}

static inline unsigned int cur_pkg(const struct seam_model *m)
{
	return seam_model_pkg_of(m, m->cpu);
}

static inline u32 all_pkgs(const struct seam_model *m)
{
	return (u32)((1ULL << m->cfg.nr_pkgs) - 1);
}

#endif /* _SEAM_MODEL_INT_H */
