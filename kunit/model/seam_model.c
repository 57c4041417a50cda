// SPDX-License-Identifier: GPL-2.0
/*
 * seam_model.c - a software model of the Intel TDX module 1.5, for tests
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * Every leaf handler first runs all of its checks in the order the module
 * runs them and only then commits, so a failing call leaves the
 * architectural state as it was. Nothing here sleeps, allocates or prints
 * once the model exists.
 */
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

/* Life cycle (TDR) and operation (TDCS) states. */
enum { LC_NONE, LC_HKID_ASSIGNED, LC_KEYS_CONFIGURED, LC_BLOCKED, LC_TEARDOWN };
enum { OP_UNINITIALIZED, OP_INITIALIZED, OP_RUNNABLE };

/* PAMT entry plus the S-EPT entry that maps the page, if any. */
struct mpage {
	u8 pt;
	u8 sept_level;
	u8 sept_state;
	u8 pad;
	u32 owner;		/* page index of the owning TDR + 1; 0 none */
	u64 gpa;
	u64 bepoch;		/* TD epoch when the entry was blocked */
};

struct mtd {
	u8 lifecycle;
	u8 op_state;
	u8 fatal;
	u8 pad;
	u16 hkid;
	u16 num_tdcx;
	u32 pkg_config;
	u32 max_vcpus;
	u32 num_vcpus;
	u32 num_assoc;
	u32 tdcx[SEAM_MODEL_TDCS_PAGES];
	u64 child_cnt;
	u64 attributes;
	u64 xfam;
	u64 mrtd;
	u64 epoch;
	u64 scratch;
	u64 config_flags;
};

struct mvcpu {
	u8 state;
	u8 pad;
	u16 assoc_cpu;
	u16 num_tdcx;
	u16 pad2;
	u32 index;
	u32 tdr;		/* page index of the TDR */
	u32 tdcx[SEAM_MODEL_TDVPS_PAGES - 1];
	u64 init_rcx;
	u64 scratch;
};

struct mkot {
	u8 state;
	u8 flushed;		/* packages whose caches were written back */
};

struct mtdmr {
	u64 base;
	u64 size;
	u64 next;		/* first address not yet initialised */
};

/* Global architectural state; hashed as raw bytes, so keep it zeroed. */
struct march {
	u8 sys_state;
	u8 pad[3];
	u16 global_hkid;
	u16 nr_tdmrs;
	u64 lp_init;
	u32 pkg_key;
	u32 wb_pending;		/* packages with an interrupted CACHE.WB */
	struct mtdmr tdmr[SEAM_MODEL_MAX_TDMRS];
	struct mkot kot[NR_KOT];
};

struct mfault {
	u8 kind;
	u8 armed;
	u16 pad;
	int leaf;
	unsigned int count;
	u32 operand;
	u64 status;
	bool all_regs;
	struct seam_model_regs reply;
};

struct seam_model {
	struct seam_model_config cfg;
	u64 mem_size;
	u8 *mem;
	struct mpage *pages;
	struct mtd *tds;
	struct mvcpu *vcpus;
	struct march arch;
	/* not architectural */
	struct seam_model_regs in;	/* inputs of the call being executed */
	u32 written;			/* registers set_out() set in this call */
	u64 rng;			/* xorshift64* state */
	struct seam_model_td_exit td_exit;
	unsigned int cpu;
	struct mfault faults[SEAM_MODEL_MAX_FAULTS];
	struct seam_model_log_entry *log;
	unsigned int log_count;
};

/* ------------------------------------------------------------------------ */
/* Small helpers */

/*
 * A leaf sets an output register only through set_out(): what the leaf
 * returns is what its handler wrote in this call, nothing else. The bit of
 * a register in seam_model::written is its index in struct seam_model_regs.
 * After the leaf, finish_call() gives every other register of RCX to R11 a
 * fresh pseudo-random value and puts every other register back.
 */
static void set_out(struct seam_model *m, struct seam_model_regs *r, u64 *reg,
		    u64 val)
{
	*reg = val;
	m->written |= BIT(((uintptr_t)reg - (uintptr_t)r) / sizeof(u64));
}

static u64 mix64(u64 h, u64 v)
{
	h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
	h *= 0xbf58476d1ce4e5b9ULL;
	h ^= h >> 31;
	h *= 0x94d049bb133111ebULL;
	h ^= h >> 29;
	return h;
}

static u64 mix_bytes(u64 h, const void *p, size_t len)
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

static u64 rd64(const u8 *p)
{
	u64 v;

	memcpy(&v, p, sizeof(v));
	return v;
}

static u64 err_op(u64 code, u32 op)
{
	return code | op;
}

static unsigned int nr_hkids(const struct seam_model *m)
{
	return 1U << m->cfg.hkid_bits;
}

static bool is_private_hkid(const struct seam_model *m, u64 hkid)
{
	return hkid >= seam_model_first_private_hkid(m) && hkid < nr_hkids(m);
}

static u64 page_hpa(const struct seam_model *m, u32 idx)
{
	return m->cfg.hpa_base + ((u64)idx << PG_SHIFT);
}

static u64 keyid_mask(const struct seam_model *m)
{
	return ((1ULL << m->cfg.hkid_bits) - 1) << m->cfg.pa_bits;
}

/* Index of the page holding @hpa (KeyID bits ignored), or -1. */
static int hpa_index(const struct seam_model *m, u64 hpa)
{
	u64 pa = hpa & ((1ULL << m->cfg.pa_bits) - 1);

	if (pa < m->cfg.hpa_base || pa - m->cfg.hpa_base >= m->mem_size)
		return -1;
	return (int)((pa - m->cfg.hpa_base) >> PG_SHIFT);
}

/* Inside a TDMR and already initialised by TDH.SYS.TDMR.INIT (PAMT exists). */
static bool in_pamt(const struct seam_model *m, u64 pa)
{
	unsigned int i;

	for (i = 0; i < m->arch.nr_tdmrs; i++) {
		const struct mtdmr *t = &m->arch.tdmr[i];

		if (pa >= t->base && pa < t->next)
			return true;
	}
	return false;
}

/*
 * The module's explicit private HPA check: alignment, no KeyID bits, below
 * MAX_PA (all OPERAND_INVALID), then a PAMT must cover it (ADDR_RANGE_ERROR).
 */
static u64 check_hpa(const struct seam_model *m, u64 hpa, u64 align, u32 op,
		     int *idx)
{
	unsigned int max_pa = m->cfg.pa_bits + m->cfg.hkid_bits;

	if (hpa & (align - 1))
		return err_op(SEAM_TDX_OPERAND_INVALID, op);
	if (hpa & keyid_mask(m))
		return err_op(SEAM_TDX_OPERAND_INVALID, op);
	if (hpa >> max_pa)
		return err_op(SEAM_TDX_OPERAND_INVALID, op);
	*idx = hpa_index(m, hpa);
	if (*idx < 0 || !in_pamt(m, hpa))
		return err_op(SEAM_TDX_OPERAND_ADDR_RANGE_ERROR, op);
	return SEAM_TDX_SUCCESS;
}

/* check_hpa() for a 4 KiB page, plus the PAMT page type. */
static u64 check_page(const struct seam_model *m, u64 hpa, u8 pt, u32 op,
		      int *idx)
{
	u64 st = check_hpa(m, hpa, PG_SIZE, op, idx);

	if (st)
		return st;
	if (m->pages[*idx].pt != pt)
		return err_op(SEAM_TDX_PAGE_METADATA_INCORRECT, op);
	return SEAM_TDX_SUCCESS;
}

/* A shared (host) HPA the module reads, such as TD_PARAMS or a source page. */
static u64 check_shared(const struct seam_model *m, u64 hpa, u64 align, u32 op,
			int *idx)
{
	unsigned int max_pa = m->cfg.pa_bits + m->cfg.hkid_bits;

	if (hpa & (align - 1))
		return err_op(SEAM_TDX_OPERAND_INVALID, op);
	if (hpa >> max_pa)
		return err_op(SEAM_TDX_OPERAND_INVALID, op);
	if (((hpa & keyid_mask(m)) >> m->cfg.pa_bits) >= seam_model_first_private_hkid(m))
		return err_op(SEAM_TDX_OPERAND_INVALID, op);
	*idx = hpa_index(m, hpa);
	if (*idx < 0)	/* the model cannot read memory it does not have */
		return err_op(SEAM_TDX_OPERAND_INVALID, op);
	return SEAM_TDX_SUCCESS;
}

static u8 *page_mem(struct seam_model *m, int idx)
{
	return m->mem + ((u64)idx << PG_SHIFT);
}

static unsigned int cur_pkg(const struct seam_model *m)
{
	return seam_model_pkg_of(m, m->cpu);
}

static u32 all_pkgs(const struct seam_model *m)
{
	return (u32)((1ULL << m->cfg.nr_pkgs) - 1);
}

/* ------------------------------------------------------------------------ */
/* TD and S-EPT helpers */

/* The TDR checks of check_td_in_correct_build_state() plus the OP state. */
static u64 check_td_state(const struct mtd *td, unsigned int ops_allowed)
{
	if (td->fatal)
		return SEAM_TDX_TD_FATAL;
	if (td->lifecycle != LC_KEYS_CONFIGURED)
		return SEAM_TDX_TD_KEYS_NOT_CONFIGURED;
	if (td->num_tdcx < SEAM_MODEL_TDCS_PAGES)
		return SEAM_TDX_TDCS_NOT_ALLOCATED;
	if (!(ops_allowed & BIT(td->op_state)))
		return SEAM_TDX_OP_STATE_INCORRECT;
	return SEAM_TDX_SUCCESS;
}

#define OPS_INIT	BIT(OP_INITIALIZED)
#define OPS_RUN		BIT(OP_RUNNABLE)
#define OPS_BUILT	(OPS_INIT | OPS_RUN)
#define OPS_ANY		(BIT(OP_UNINITIALIZED) | OPS_BUILT)

static u64 level_size(int level)
{
	return 1ULL << (PG_SHIFT + 9 * level);
}

/* Index of the page the S-EPT entry (@tdr, @gpa, @level) points to, or -1. */
static int sept_find(const struct seam_model *m, u32 tdr, u64 gpa, int level)
{
	u64 g = gpa & ~(level_size(level) - 1);
	u32 i;

	for (i = 0; i < m->cfg.nr_pages; i++) {
		const struct mpage *p = &m->pages[i];

		if (p->owner != tdr + 1 || (p->pt != SEAM_PT_REG && p->pt != SEAM_PT_EPT))
			continue;
		if (p->sept_level == level && p->gpa == g && p->sept_state)
			return (int)i;
	}
	return -1;
}

static u8 sept_state_of(const struct seam_model *m, int idx)
{
	return idx < 0 ? SEAM_MODEL_SEPT_FREE : m->pages[idx].sept_state;
}

static bool sept_is_nl(u8 s)
{
	return s == SEAM_MODEL_SEPT_NON_LEAF || s == SEAM_MODEL_SEPT_BLOCKED_NON_LEAF;
}

static bool sept_is_blocked(u8 s)
{
	return s == SEAM_MODEL_SEPT_BLOCKED || s == SEAM_MODEL_SEPT_BLOCKED_NON_LEAF ||
	       s == SEAM_MODEL_SEPT_PENDING_BLOCKED;
}

/* Extended error information: RCX = entry, RDX = level | state << 8. */
static void sept_details(struct seam_model *m, struct seam_model_regs *r,
			 int idx, int level)
{
	u8 s = sept_state_of(m, idx);
	u64 e = 0;

	if (idx >= 0) {
		e = page_hpa(m, idx);
		if (s == SEAM_MODEL_SEPT_MAPPED || s == SEAM_MODEL_SEPT_NON_LEAF)
			e |= 0x7;
		if (!sept_is_nl(s) && level > 0)
			e |= BIT(7);
	}
	set_out(m, r, &r->rcx, e);
	set_out(m, r, &r->rdx, (u64)level | ((u64)s << 8));
}

/*
 * Walk to the entry at @level: every entry above it must be non-leaf.
 * Returns the index of the page the entry points to (or -1 if free) in
 * *@idx; on failure fills the details of the entry where the walk stopped.
 */
static u64 sept_walk(struct seam_model *m, struct seam_model_regs *r,
		     u32 tdr, u64 gpa, int level, int *idx)
{
	int l;

	for (l = SEPT_TOP_LEVEL; l > level; l--) {
		int i = sept_find(m, tdr, gpa, l);

		if (!sept_is_nl(sept_state_of(m, i))) {
			sept_details(m, r, i, l);
			return err_op(SEAM_TDX_EPT_WALK_FAILED, SEAM_OPERAND_ID_RCX);
		}
	}
	*idx = sept_find(m, tdr, gpa, level);
	return SEAM_TDX_SUCCESS;
}

/* GPA | level input: reserved bits, level range, alignment, private GPA. */
static bool gpa_level_ok(u64 v, int min, int max)
{
	int level = v & SEAM_GPA_LEVEL_MASK;
	u64 gpa = v & ~(PG_SIZE - 1);

	if (v & SEAM_GPA_RESERVED_MASK)
		return false;
	if (level < min || level > max)
		return false;
	if (gpa & (level_size(level) - 1))
		return false;
	return !(gpa >> SEAM_MODEL_GPA_SHARED_BIT);
}

static bool sept_page_empty(const struct seam_model *m, u32 tdr, u64 gpa, int level)
{
	u64 base = gpa & ~(level_size(level) - 1);
	u32 i;

	for (i = 0; i < m->cfg.nr_pages; i++) {
		const struct mpage *p = &m->pages[i];

		if (p->owner != tdr + 1 || !p->sept_state)
			continue;
		if (p->sept_level == level - 1 &&
		    (p->gpa & ~(level_size(level) - 1)) == base)
			return false;
	}
	return true;
}

static bool tlb_tracked(const struct mtd *td, const struct mpage *p)
{
	return td->epoch > p->bepoch;
}

static void td_page_take(struct seam_model *m, int idx, u8 pt, u32 tdr)
{
	struct mpage *p = &m->pages[idx];

	memset(p, 0, sizeof(*p));
	p->pt = pt;
	p->owner = tdr + 1;
	m->tds[tdr].child_cnt++;
}

static void td_page_free(struct seam_model *m, int idx)
{
	struct mpage *p = &m->pages[idx];

	if (p->owner)
		m->tds[p->owner - 1].child_cnt--;
	memset(p, 0, sizeof(*p));
}

static void measure(struct mtd *td, u64 tag, u64 a, const void *data, size_t len)
{
	u64 h = mix64(td->mrtd, tag);

	h = mix64(h, a);
	if (data)
		h = mix_bytes(h, data, len);
	td->mrtd = h;
}

/* ------------------------------------------------------------------------ */
/* Metadata */

static u64 sys_field(unsigned int i, u64 *id)
{
	static const u64 ids[] = {
		SEAM_MD_SYS_BUILD_DATE, SEAM_MD_SYS_BUILD_NUM,
		SEAM_MD_SYS_MINOR_VERSION, SEAM_MD_SYS_MAJOR_VERSION,
		SEAM_MD_SYS_UPDATE_VERSION, SEAM_MD_SYS_INTERNAL_VERSION,
		SEAM_MODEL_MD_SYS_MAX_TDMRS, SEAM_MODEL_MD_SYS_MAX_RESERVED_PER_TDMR,
		SEAM_MODEL_MD_SYS_TDR_BASE_SIZE, SEAM_MODEL_MD_SYS_TDCS_BASE_SIZE,
		SEAM_MODEL_MD_SYS_TDVPS_BASE_SIZE,
	};
	static const u64 vals[] = {
		20240201, 744, 5, 1, 1, 0, SEAM_MODEL_MAX_TDMRS, 16, PG_SIZE,
		SEAM_MODEL_TDCS_PAGES * PG_SIZE, SEAM_MODEL_TDVPS_PAGES * PG_SIZE,
	};

	if (i >= ARRAY_SIZE(ids))
		return 0;
	*id = ids[i];
	return vals[i] | 1ULL << 63;	/* bit 63 marks "exists" */
}

static int sys_field_find(u64 id, u64 *val)
{
	u64 fid, v;
	unsigned int i;

	for (i = 0; (v = sys_field(i, &fid)); i++) {
		if (fid == id) {
			*val = v & ~(1ULL << 63);
			return (int)i;
		}
	}
	return -1;
}

static const u64 td_fields[] = {
	SEAM_MODEL_MD_TD_ATTRIBUTES, SEAM_MODEL_MD_TD_XFAM, SEAM_MODEL_MD_TD_MAX_VCPUS,
	SEAM_MODEL_MD_TD_NUM_VCPUS, SEAM_MODEL_MD_TD_MRTD, SEAM_MODEL_MD_TD_SCRATCH,
};

static const u64 vp_fields[] = {
	SEAM_MODEL_MD_VP_VCPU_INDEX, SEAM_MODEL_MD_VP_INIT_RCX, SEAM_MODEL_MD_VP_SCRATCH,
};

static int field_index(const u64 *ids, unsigned int n, u64 id)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		if (ids[i] == id)
			return (int)i;
	return -1;
}

static u64 *td_field_ptr(struct mtd *td, int i, u64 *tmp)
{
	switch (i) {
	case 0:
		return &td->attributes;
	case 1:
		return &td->xfam;
	case 2:
		*tmp = td->max_vcpus;
		return tmp;
	case 3:
		*tmp = td->num_vcpus;
		return tmp;
	case 4:
		return &td->mrtd;
	}
	return &td->scratch;
}

static u64 *vp_field_ptr(struct mvcpu *vp, int i, u64 *tmp)
{
	switch (i) {
	case 0:
		*tmp = vp->index;
		return tmp;
	case 1:
		return &vp->init_rcx;
	}
	return &vp->scratch;
}

/* ------------------------------------------------------------------------ */
/* System leaves */

static u64 h_sys_init(struct seam_model *m, struct seam_model_regs *r)
{
	if (r->rcx)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RCX);
	if (m->arch.sys_state != SEAM_MODEL_SYS_UNINIT)
		return SEAM_TDX_SYS_INIT_NOT_PENDING;
	m->arch.sys_state = SEAM_MODEL_SYS_INIT_DONE;
	return SEAM_TDX_SUCCESS;
}

static u64 h_lp_init(struct seam_model *m)
{
	if (m->arch.sys_state == SEAM_MODEL_SYS_UNINIT)
		return SEAM_TDX_SYS_STATE_INCORRECT;
	if (m->arch.lp_init & BIT_ULL(m->cpu))
		return SEAM_TDX_SYS_LP_INIT_DONE;
	m->arch.lp_init |= BIT_ULL(m->cpu);
	return SEAM_TDX_SUCCESS;
}

static u64 h_sys_config(struct seam_model *m, struct seam_model_regs *r)
{
	struct mtdmr t[SEAM_MODEL_MAX_TDMRS];
	u64 all_lps = m->cfg.nr_lps == 64 ? ~0ULL : BIT_ULL(m->cfg.nr_lps) - 1;
	u64 n = r->rdx, end = m->cfg.hpa_base + m->mem_size;
	int idx, aidx;
	unsigned int i;
	u64 st;

	if (m->arch.sys_state != SEAM_MODEL_SYS_INIT_DONE)
		return SEAM_TDX_SYS_CONFIG_NOT_PENDING;
	if (m->arch.lp_init != all_lps)
		return SEAM_TDX_SYS_LP_INIT_NOT_DONE;
	st = check_shared(m, r->rcx, SEAM_TDMR_INFO_ALIGN, SEAM_OPERAND_ID_RCX, &aidx);
	if (st)
		return st;
	if (n == 0 || n > SEAM_MODEL_MAX_TDMRS ||
	    (r->rcx & (PG_SIZE - 1)) + n * 8 > PG_SIZE)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RDX);
	if (!is_private_hkid(m, r->r8))
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_R8);

	memset(t, 0, sizeof(t));
	for (i = 0; i < n; i++) {
		u64 pa = rd64(m->mem + (r->rcx - m->cfg.hpa_base) + i * 8);
		const u8 *info;

		st = check_shared(m, pa, SEAM_TDMR_INFO_ALIGN, SEAM_OPERAND_ID_TDMR_INFO_PA, &idx);
		if (st)
			return st;
		info = m->mem + (pa - m->cfg.hpa_base);
		t[i].base = rd64(info + SEAM_MODEL_TDMR_INFO_BASE);
		t[i].size = rd64(info + SEAM_MODEL_TDMR_INFO_SIZE);
		t[i].next = t[i].base;
		if (!t[i].size || (t[i].base | t[i].size) & (PG_SIZE - 1))
			return SEAM_TDX_INVALID_TDMR | i;
		if (t[i].base < m->cfg.hpa_base || t[i].base >= end ||
		    t[i].size > end - t[i].base)
			return SEAM_TDX_TDMR_OUTSIDE_CMRS | i;
		if (i && t[i].base < t[i - 1].base + t[i - 1].size)
			return SEAM_TDX_NON_ORDERED_TDMR | i;
	}
	memcpy(m->arch.tdmr, t, sizeof(t));
	m->arch.nr_tdmrs = (u16)n;
	m->arch.global_hkid = (u16)r->r8;
	m->arch.kot[r->r8].state = SEAM_MODEL_HKID_ASSIGNED;
	m->arch.sys_state = SEAM_MODEL_SYS_CONFIGURED;
	return SEAM_TDX_SUCCESS;
}

static u64 h_sys_key_config(struct seam_model *m)
{
	u32 bit = BIT(cur_pkg(m));

	if (m->arch.sys_state != SEAM_MODEL_SYS_CONFIGURED)
		return SEAM_TDX_SYS_KEY_CONFIG_NOT_PENDING;
	if (m->arch.pkg_key & bit)
		return SEAM_TDX_KEY_CONFIGURED;
	m->arch.pkg_key |= bit;
	if (m->arch.pkg_key == all_pkgs(m))
		m->arch.sys_state = SEAM_MODEL_SYS_READY;
	return SEAM_TDX_SUCCESS;
}

static u64 h_tdmr_init(struct seam_model *m, struct seam_model_regs *r)
{
	struct mtdmr *t = NULL;
	unsigned int i;
	u64 end, chunk;

	for (i = 0; i < m->arch.nr_tdmrs; i++)
		if (m->arch.tdmr[i].base == r->rcx)
			t = &m->arch.tdmr[i];
	if (!t)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RCX);
	end = t->base + t->size;
	if (t->next >= end) {
		set_out(m, r, &r->rdx, end);
		return SEAM_TDX_TDMR_ALREADY_INITIALIZED;
	}
	chunk = (u64)m->cfg.tdmr_init_pages << PG_SHIFT;
	t->next = min(end, t->next + chunk);
	set_out(m, r, &r->rdx, t->next);
	return SEAM_TDX_SUCCESS;
}

static u64 h_sys_rd(struct seam_model *m, struct seam_model_regs *r)
{
	u64 val, id;
	int i = sys_field_find(r->rdx, &val);

	set_out(m, r, &r->r8, 0);
	if (i < 0)
		return err_op(SEAM_TDX_METADATA_FIELD_ID_INCORRECT, SEAM_OPERAND_ID_RDX);
	set_out(m, r, &r->r8, val);
	set_out(m, r, &r->rdx, sys_field(i + 1, &id) ? id : ~0ULL);
	return SEAM_TDX_SUCCESS;
}

static u64 h_sys_rdall(struct seam_model *m, struct seam_model_regs *r)
{
	u64 val, st;
	int idx, i;

	st = check_shared(m, r->rdx, PG_SIZE, SEAM_OPERAND_ID_RDX, &idx);
	if (st)
		return st;
	i = sys_field_find(r->r8, &val);
	if (i < 0)
		return err_op(SEAM_TDX_METADATA_FIELD_ID_INCORRECT, SEAM_OPERAND_ID_R8);
	/* The list page is host memory, not module state: the model leaves it alone. */
	set_out(m, r, &r->r8, ~0ULL);
	return SEAM_TDX_SUCCESS;
}

static u64 h_sys_info(struct seam_model *m, struct seam_model_regs *r)
{
	u64 st;
	int idx;

	st = check_shared(m, r->rcx, 1024, SEAM_OPERAND_ID_RCX, &idx);
	if (st)
		return st;
	if (r->rdx < 1024)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RDX);
	st = check_shared(m, r->r8, 512, SEAM_OPERAND_ID_R8, &idx);
	if (st)
		return st;
	if (r->r9 < 32)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_R9);
	/* TDSYSINFO_STRUCT and the CMR array are not written. */
	set_out(m, r, &r->rdx, 0);
	set_out(m, r, &r->r9, 0);
	return SEAM_TDX_SUCCESS;
}

static u64 h_sys_update(struct seam_model *m)
{
	if (m->arch.sys_state != SEAM_MODEL_SYS_UNINIT)
		return SEAM_TDX_SYS_INIT_NOT_PENDING;
	return SEAM_TDX_SYS_INVALID_HANDOFF;
}

static u64 h_sys_shutdown(struct seam_model *m)
{
	m->arch.sys_state = SEAM_MODEL_SYS_SHUTDOWN;
	return SEAM_TDX_SUCCESS;
}

/* ------------------------------------------------------------------------ */
/* TD management leaves */

static u64 h_mng_create(struct seam_model *m, struct seam_model_regs *r)
{
	struct mtd *td;
	int idx;
	u64 st;

	if ((r->rdx & ~SEAM_HKID_MASK) || !is_private_hkid(m, r->rdx))
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RDX);
	st = check_page(m, r->rcx, SEAM_PT_NDA, SEAM_OPERAND_ID_RCX, &idx);
	if (st)
		return st;
	if (m->arch.kot[r->rdx].state != SEAM_MODEL_HKID_FREE)
		return SEAM_TDX_HKID_NOT_FREE;

	memset(page_mem(m, idx), 0, PG_SIZE);
	m->arch.kot[r->rdx].state = SEAM_MODEL_HKID_ASSIGNED;
	m->arch.kot[r->rdx].flushed = 0;
	memset(&m->pages[idx], 0, sizeof(m->pages[idx]));
	m->pages[idx].pt = SEAM_PT_TDR;
	td = &m->tds[idx];
	memset(td, 0, sizeof(*td));
	td->lifecycle = LC_HKID_ASSIGNED;
	td->hkid = (u16)r->rdx;
	return SEAM_TDX_SUCCESS;
}

static u64 h_mng_key_config(struct seam_model *m, struct seam_model_regs *r)
{
	u32 bit = BIT(cur_pkg(m));
	struct mtd *td;
	int idx;
	u64 st;

	st = check_page(m, r->rcx, SEAM_PT_TDR, SEAM_OPERAND_ID_RCX, &idx);
	if (st)
		return st;
	td = &m->tds[idx];
	if (td->lifecycle != LC_HKID_ASSIGNED)
		return SEAM_TDX_LIFECYCLE_STATE_INCORRECT;
	if (td->pkg_config & bit)
		return SEAM_TDX_KEY_CONFIGURED;
	td->pkg_config |= bit;
	if (td->pkg_config == all_pkgs(m))
		td->lifecycle = LC_KEYS_CONFIGURED;
	return SEAM_TDX_SUCCESS;
}

static u64 h_mng_addcx(struct seam_model *m, struct seam_model_regs *r)
{
	struct mtd *td;
	int tdr, idx;
	u64 st;

	st = check_page(m, r->rdx, SEAM_PT_TDR, SEAM_OPERAND_ID_RDX, &tdr);
	if (st)
		return st;
	td = &m->tds[tdr];
	if (td->fatal)
		return SEAM_TDX_TD_FATAL;
	if (td->lifecycle != LC_KEYS_CONFIGURED)
		return SEAM_TDX_TD_KEYS_NOT_CONFIGURED;
	if (td->num_tdcx >= SEAM_MODEL_TDCS_PAGES)
		return err_op(SEAM_TDX_TDCX_NUM_INCORRECT, SEAM_OPERAND_ID_RCX);
	st = check_page(m, r->rcx, SEAM_PT_NDA, SEAM_OPERAND_ID_RCX, &idx);
	if (st)
		return st;

	memset(page_mem(m, idx), 0, PG_SIZE);
	td_page_take(m, idx, SEAM_PT_TDCX, tdr);
	td->tdcx[td->num_tdcx++] = idx;
	return SEAM_TDX_SUCCESS;
}

static u64 h_mng_init(struct seam_model *m, struct seam_model_regs *r)
{
	u64 attr, xfam, eptp, flags, tsc;
	struct mtd *td;
	int tdr, idx;
	const u8 *p;
	u16 maxv;
	u64 st;

	st = check_page(m, r->rcx, SEAM_PT_TDR, SEAM_OPERAND_ID_RCX, &tdr);
	if (st)
		return st;
	td = &m->tds[tdr];
	st = check_td_state(td, BIT(OP_UNINITIALIZED));
	if (st)
		return st;
	st = check_shared(m, r->rdx, SEAM_TD_PARAMS_SIZE, SEAM_OPERAND_ID_RDX, &idx);
	if (st)
		return st;
	p = m->mem + (r->rdx - m->cfg.hpa_base);
	attr = rd64(p + SEAM_MODEL_TDP_ATTRIBUTES);
	xfam = rd64(p + SEAM_MODEL_TDP_XFAM);
	memcpy(&maxv, p + SEAM_MODEL_TDP_MAX_VCPUS, 2);
	eptp = rd64(p + SEAM_MODEL_TDP_EPTP_CONTROLS);
	flags = rd64(p + SEAM_MODEL_TDP_CONFIG_FLAGS);
	tsc = p[SEAM_MODEL_TDP_TSC_FREQUENCY] | (u64)p[SEAM_MODEL_TDP_TSC_FREQUENCY + 1] << 8;

	set_out(m, r, &r->rcx, 0);
	if (attr & ~SEAM_MODEL_TD_ATTR_VALID)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_ATTRIBUTES);
	if ((xfam & SEAM_MODEL_XFAM_FIXED1) != SEAM_MODEL_XFAM_FIXED1 ||
	    (xfam & ~SEAM_MODEL_XFAM_VALID))
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_XFAM);
	if (!maxv)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_MAX_VCPUS);
	if (p[SEAM_MODEL_TDP_NUM_L2_VMS] > 3)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_NUM_L2_VMS);
	if (eptp != SEAM_MODEL_EPTP_4LEVEL)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_EPTP_CONTROLS);
	if (flags & ~SEAM_MODEL_CONFIG_FLAGS_VALID)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_EXEC_CONTROLS);
	if (tsc < SEAM_MODEL_TSC_FREQ_MIN || tsc > SEAM_MODEL_TSC_FREQ_MAX)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_TSC_FREQUENCY);

	td->attributes = attr;
	td->xfam = xfam;
	td->config_flags = flags;
	td->max_vcpus = maxv;
	td->mrtd = 0;
	measure(td, SEAM_TDH_MNG_INIT, attr, p, SEAM_TD_PARAMS_SIZE);
	td->op_state = OP_INITIALIZED;
	return SEAM_TDX_SUCCESS;
}

static u64 h_mng_vpflushdone(struct seam_model *m, struct seam_model_regs *r)
{
	struct mtd *td;
	int tdr;
	u64 st;

	st = check_page(m, r->rcx, SEAM_PT_TDR, SEAM_OPERAND_ID_RCX, &tdr);
	if (st)
		return st;
	td = &m->tds[tdr];
	if (td->lifecycle != LC_HKID_ASSIGNED && td->lifecycle != LC_KEYS_CONFIGURED)
		return SEAM_TDX_LIFECYCLE_STATE_INCORRECT;
	if (td->num_assoc)
		return SEAM_TDX_FLUSHVP_NOT_DONE;
	td->lifecycle = LC_BLOCKED;
	m->arch.kot[td->hkid].state = SEAM_MODEL_HKID_RECLAIMED;
	m->arch.kot[td->hkid].flushed = 0;
	return SEAM_TDX_SUCCESS;
}

static u64 h_mng_key_freeid(struct seam_model *m, struct seam_model_regs *r)
{
	struct mtd *td;
	int tdr;
	u64 st;

	st = check_page(m, r->rcx, SEAM_PT_TDR, SEAM_OPERAND_ID_RCX, &tdr);
	if (st)
		return st;
	td = &m->tds[tdr];
	if (td->lifecycle != LC_BLOCKED)
		return SEAM_TDX_LIFECYCLE_STATE_INCORRECT;
	if (m->arch.kot[td->hkid].state != SEAM_MODEL_HKID_FLUSHED)
		return SEAM_TDX_WBCACHE_NOT_COMPLETE;
	m->arch.kot[td->hkid].state = SEAM_MODEL_HKID_FREE;
	m->arch.kot[td->hkid].flushed = 0;
	td->lifecycle = LC_TEARDOWN;
	return SEAM_TDX_SUCCESS;
}

static u64 h_cache_wb(struct seam_model *m, struct seam_model_regs *r)
{
	u32 bit = BIT(cur_pkg(m));
	bool any = false;
	unsigned int h;

	if (r->rcx > SEAM_CACHE_WB_RESUME)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RCX);
	if (r->rcx == SEAM_CACHE_WB_RESUME && !(m->arch.wb_pending & bit))
		return SEAM_TDX_WBCACHE_RESUME_ERROR;
	m->arch.wb_pending &= ~bit;
	for (h = 0; h < nr_hkids(m); h++) {
		struct mkot *k = &m->arch.kot[h];

		if (k->state != SEAM_MODEL_HKID_RECLAIMED)
			continue;
		any = true;
		k->flushed |= bit;
		if (k->flushed == all_pkgs(m))
			k->state = SEAM_MODEL_HKID_FLUSHED;
	}
	return any ? SEAM_TDX_SUCCESS : SEAM_TDX_NO_HKID_READY_TO_WBCACHE;
}

/* TDH.MNG.RD / TDH.MNG.WR */
static u64 h_mng_rdwr(struct seam_model *m, struct seam_model_regs *r, bool wr,
		      unsigned int ver)
{
	u64 tmp, *fp, old, st;
	struct mtd *td;
	int tdr, i;

	set_out(m, r, &r->r8, wr ? r->r8 : 0);
	st = check_page(m, r->rcx, SEAM_PT_TDR, SEAM_OPERAND_ID_RCX, &tdr);
	if (st)
		goto out;
	td = &m->tds[tdr];
	st = check_td_state(td, OPS_ANY);
	if (st)
		goto out;
	i = field_index(td_fields, ARRAY_SIZE(td_fields), r->rdx);
	if (i < 0) {
		st = err_op(SEAM_TDX_METADATA_FIELD_ID_INCORRECT, SEAM_OPERAND_ID_RDX);
		goto out;
	}
	fp = td_field_ptr(td, i, &tmp);
	old = *fp;
	if (wr) {
		if (r->rdx != SEAM_MODEL_MD_TD_SCRATCH) {
			st = err_op(SEAM_TDX_METADATA_FIELD_NOT_WRITABLE, SEAM_OPERAND_ID_RDX);
			goto out;
		}
		*fp = (old & ~r->r9) | (r->r8 & r->r9);
	}
	set_out(m, r, &r->r8, old);
	if (ver)
		set_out(m, r, &r->rdx,
			i + 1 < (int)ARRAY_SIZE(td_fields) ? td_fields[i + 1] : ~0ULL);
	return SEAM_TDX_SUCCESS;
out:
	if (wr)
		set_out(m, r, &r->r8, 0);
	return st;
}

/* ------------------------------------------------------------------------ */
/* vCPU leaves */

/* The TDVPR in @hpa, and its TD checked for a build state in @ops. */
static u64 check_vcpu(struct seam_model *m, u64 hpa, u32 op, unsigned int ops,
		      int *vidx, struct mtd **tdp)
{
	u64 st = check_page(m, hpa, SEAM_PT_TDVPR, op, vidx);

	if (st)
		return st;
	*tdp = &m->tds[m->vcpus[*vidx].tdr];
	return check_td_state(*tdp, ops);
}

/* Associate a vCPU with the current LP, as the module does on VMCS loads. */
static u64 check_assoc(struct seam_model *m, struct mvcpu *vp)
{
	if (vp->assoc_cpu != NO_CPU && vp->assoc_cpu != m->cpu)
		return SEAM_TDX_VCPU_ASSOCIATED;
	return SEAM_TDX_SUCCESS;
}

static void do_assoc(struct seam_model *m, struct mvcpu *vp, struct mtd *td)
{
	if (vp->assoc_cpu == NO_CPU) {
		vp->assoc_cpu = (u16)m->cpu;
		td->num_assoc++;
	}
}

static u64 h_vp_create(struct seam_model *m, struct seam_model_regs *r)
{
	struct mvcpu *vp;
	struct mtd *td;
	int tdr, idx;
	u64 st;

	st = check_page(m, r->rdx, SEAM_PT_TDR, SEAM_OPERAND_ID_RDX, &tdr);
	if (st)
		return st;
	td = &m->tds[tdr];
	st = check_td_state(td, OPS_INIT);
	if (st)
		return st;
	if (td->num_vcpus >= td->max_vcpus)
		return SEAM_TDX_MAX_VCPUS_EXCEEDED;
	st = check_page(m, r->rcx, SEAM_PT_NDA, SEAM_OPERAND_ID_RCX, &idx);
	if (st)
		return st;

	memset(page_mem(m, idx), 0, PG_SIZE);
	td_page_take(m, idx, SEAM_PT_TDVPR, tdr);
	vp = &m->vcpus[idx];
	memset(vp, 0, sizeof(*vp));
	vp->state = SEAM_MODEL_VCPU_CREATED;
	vp->assoc_cpu = NO_CPU;
	vp->index = td->num_vcpus++;
	vp->tdr = tdr;
	return SEAM_TDX_SUCCESS;
}

static u64 h_vp_addcx(struct seam_model *m, struct seam_model_regs *r)
{
	struct mvcpu *vp;
	struct mtd *td;
	int v, idx;
	u64 st;

	st = check_vcpu(m, r->rdx, SEAM_OPERAND_ID_RDX, OPS_INIT, &v, &td);
	if (st)
		return st;
	vp = &m->vcpus[v];
	if (vp->state != SEAM_MODEL_VCPU_CREATED)
		return SEAM_TDX_VCPU_STATE_INCORRECT;
	if (vp->num_tdcx >= SEAM_MODEL_TDVPS_PAGES - 1)
		return err_op(SEAM_TDX_TDCX_NUM_INCORRECT, SEAM_OPERAND_ID_RCX);
	st = check_page(m, r->rcx, SEAM_PT_NDA, SEAM_OPERAND_ID_RCX, &idx);
	if (st)
		return st;

	memset(page_mem(m, idx), 0, PG_SIZE);
	td_page_take(m, idx, SEAM_PT_TDCX, vp->tdr);
	vp->tdcx[vp->num_tdcx++] = idx;
	return SEAM_TDX_SUCCESS;
}

static u64 h_vp_init(struct seam_model *m, struct seam_model_regs *r)
{
	struct mvcpu *vp;
	struct mtd *td;
	int v;
	u64 st;

	st = check_vcpu(m, r->rcx, SEAM_OPERAND_ID_RCX, OPS_INIT, &v, &td);
	if (st)
		return st;
	vp = &m->vcpus[v];
	if (vp->state != SEAM_MODEL_VCPU_CREATED)
		return SEAM_TDX_VCPU_STATE_INCORRECT;
	if (vp->num_tdcx != SEAM_MODEL_TDVPS_PAGES - 1)
		return err_op(SEAM_TDX_TDCX_NUM_INCORRECT, SEAM_OPERAND_ID_RCX);
	st = check_assoc(m, vp);
	if (st)
		return st;
	do_assoc(m, vp, td);
	vp->init_rcx = r->rdx;
	vp->state = SEAM_MODEL_VCPU_READY;
	return SEAM_TDX_SUCCESS;
}

static u64 h_vp_flush(struct seam_model *m, struct seam_model_regs *r)
{
	struct mvcpu *vp;
	struct mtd *td;
	int v;
	u64 st;

	st = check_page(m, r->rcx, SEAM_PT_TDVPR, SEAM_OPERAND_ID_RCX, &v);
	if (st)
		return st;
	vp = &m->vcpus[v];
	td = &m->tds[vp->tdr];
	if (td->lifecycle != LC_KEYS_CONFIGURED)
		return SEAM_TDX_TD_KEYS_NOT_CONFIGURED;
	if (vp->assoc_cpu != m->cpu)
		return SEAM_TDX_VCPU_NOT_ASSOCIATED;
	vp->assoc_cpu = NO_CPU;
	td->num_assoc--;
	return SEAM_TDX_SUCCESS;
}

static u64 h_vp_rdwr(struct seam_model *m, struct seam_model_regs *r, bool wr,
		     unsigned int ver)
{
	u64 tmp, *fp, old, st;
	struct mvcpu *vp;
	struct mtd *td;
	int v, i;

	if (!wr)
		set_out(m, r, &r->r8, 0);
	st = check_vcpu(m, r->rcx, SEAM_OPERAND_ID_RCX, OPS_ANY, &v, &td);
	if (st)
		goto out;
	vp = &m->vcpus[v];
	if (vp->state != SEAM_MODEL_VCPU_READY) {
		st = SEAM_TDX_VCPU_STATE_INCORRECT;
		goto out;
	}
	st = check_assoc(m, vp);
	if (st)
		goto out;
	i = field_index(vp_fields, ARRAY_SIZE(vp_fields), r->rdx);
	if (i < 0) {
		st = err_op(SEAM_TDX_METADATA_FIELD_ID_INCORRECT, SEAM_OPERAND_ID_RDX);
		goto out;
	}
	if (wr && r->rdx != SEAM_MODEL_MD_VP_SCRATCH) {
		st = err_op(SEAM_TDX_METADATA_FIELD_NOT_WRITABLE, SEAM_OPERAND_ID_RDX);
		goto out;
	}
	do_assoc(m, vp, td);
	fp = vp_field_ptr(vp, i, &tmp);
	old = *fp;
	if (wr)
		*fp = (old & ~r->r9) | (r->r8 & r->r9);
	set_out(m, r, &r->r8, old);
	if (ver)
		set_out(m, r, &r->rdx,
			i + 1 < (int)ARRAY_SIZE(vp_fields) ? vp_fields[i + 1] : ~0ULL);
	return SEAM_TDX_SUCCESS;
out:
	if (wr)
		set_out(m, r, &r->r8, 0);
	return st;
}

/*
 * An asynchronous TD exit, as module 1.5.01 async_tdexit_internal()
 * (src/td_transitions/td_exit.c) reports it: RCX = exit qualification,
 * RDX = extended exit qualification, R8 = GPA, R9 = interruption
 * information (all 0: the guest ran nothing), and R10 to R15, RBX, RBP,
 * RSI and RDI set to 0, RBP included, whatever the TD's NO_RBP_MOD.
 */
static u64 td_exit_async(struct seam_model *m, struct seam_model_regs *r)
{
	set_out(m, r, &r->rcx, 0);
	set_out(m, r, &r->rdx, 0);
	set_out(m, r, &r->r8, 0);
	set_out(m, r, &r->r9, 0);
	set_out(m, r, &r->r10, 0);
	set_out(m, r, &r->r11, 0);
	set_out(m, r, &r->r12, 0);
	set_out(m, r, &r->r13, 0);
	set_out(m, r, &r->r14, 0);
	set_out(m, r, &r->r15, 0);
	set_out(m, r, &r->rbx, 0);
	set_out(m, r, &r->rbp, 0);
	set_out(m, r, &r->rsi, 0);
	set_out(m, r, &r->rdi, 0);
	return SEAM_TDX_SUCCESS | m->td_exit.exit_reason;
}

/*
 * A TDG.VP.VMCALL exit, as module 1.5.01 tdg_vp_vmcall() and
 * copy_gprs_data_from_td_to_vmm() (src/td_dispatcher/vm_exits/
 * tdg_vp_vmcall.c) make it: RAX = exit reason TDCALL, RCX = GPR_SELECT |
 * XMM_SELECT << 16, and each GPR from RDX to R15 (the module's order) is
 * the guest's value if selected, else 0; RBP is left alone instead when the
 * TD set NO_RBP_MOD.
 */
/* A guest GPR the TD exit passes (@selected) or clears. */
static void pass_gpr(struct seam_model *m, struct seam_model_regs *r, u64 *reg,
		     u64 guest, bool selected)
{
	set_out(m, r, reg, selected ? guest : 0);
}

static u64 td_exit_vmcall(struct seam_model *m, struct seam_model_regs *r,
			  const struct mtd *td)
{
	const struct seam_model_td_exit *e = &m->td_exit;
	const struct seam_model_regs *g = &e->guest;
	u16 sel = e->gpr_select;

	set_out(m, r, &r->rcx, sel | (u64)e->xmm_select << 16);
	pass_gpr(m, r, &r->rdx, g->rdx, sel & BIT(2));
	pass_gpr(m, r, &r->rbx, g->rbx, sel & BIT(3));
	if (!(td->config_flags & SEAM_MODEL_CONFIG_NO_RBP_MOD))
		pass_gpr(m, r, &r->rbp, g->rbp, sel & BIT(5));
	pass_gpr(m, r, &r->rsi, g->rsi, sel & BIT(6));
	pass_gpr(m, r, &r->rdi, g->rdi, sel & BIT(7));
	pass_gpr(m, r, &r->r8, g->r8, sel & BIT(8));
	pass_gpr(m, r, &r->r9, g->r9, sel & BIT(9));
	pass_gpr(m, r, &r->r10, g->r10, sel & BIT(10));
	pass_gpr(m, r, &r->r11, g->r11, sel & BIT(11));
	pass_gpr(m, r, &r->r12, g->r12, sel & BIT(12));
	pass_gpr(m, r, &r->r13, g->r13, sel & BIT(13));
	pass_gpr(m, r, &r->r14, g->r14, sel & BIT(14));
	pass_gpr(m, r, &r->r15, g->r15, sel & BIT(15));
	return SEAM_TDX_SUCCESS | SEAM_MODEL_EXIT_REASON_TDCALL;
}

static u64 h_vp_enter(struct seam_model *m, struct seam_model_regs *r)
{
	struct mvcpu *vp;
	struct mtd *td;
	int v;
	u64 st;

	st = check_vcpu(m, r->rcx, SEAM_OPERAND_ID_RCX, OPS_RUN, &v, &td);
	if (st)
		return st;
	vp = &m->vcpus[v];
	if (vp->state != SEAM_MODEL_VCPU_READY)
		return SEAM_TDX_VCPU_STATE_INCORRECT;
	st = check_assoc(m, vp);
	if (st)
		return st;
	do_assoc(m, vp, td);
	if (m->td_exit.kind == SEAM_MODEL_TD_EXIT_VMCALL)
		return td_exit_vmcall(m, r, td);
	return td_exit_async(m, r);
}

/* ------------------------------------------------------------------------ */
/* Secure EPT leaves */

/*
 * Common prologue of the S-EPT leaves: clear the extended error registers,
 * check the TDR in RDX, the TD state, the GPA | level in RCX and walk to
 * the entry. *@idx is the page the entry points to, or -1 when it is free.
 */
static u64 sept_prologue(struct seam_model *m, struct seam_model_regs *r,
			 unsigned int ops, int min, int max, int *tdr,
			 u64 *gpa, int *level, int *idx)
{
	u64 in = m->in.rcx, st;

	set_out(m, r, &r->rcx, 0);
	set_out(m, r, &r->rdx, 0);
	st = check_page(m, m->in.rdx, SEAM_PT_TDR, SEAM_OPERAND_ID_RDX, tdr);
	if (st)
		return st;
	st = check_td_state(&m->tds[*tdr], ops);
	if (st)
		return st;
	if (!gpa_level_ok(in, min, max))
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RCX);
	*gpa = in & ~(PG_SIZE - 1);
	*level = in & SEAM_GPA_LEVEL_MASK;
	return sept_walk(m, r, *tdr, *gpa, *level, idx);
}

static u64 state_err(struct seam_model *m, struct seam_model_regs *r, u64 code,
		     int idx, int level)
{
	sept_details(m, r, idx, level);
	return err_op(code, SEAM_OPERAND_ID_RCX);
}

static void sept_set(struct seam_model *m, int idx, u64 gpa, int level, u8 state)
{
	struct mpage *p = &m->pages[idx];

	p->gpa = gpa;
	p->sept_level = (u8)level;
	p->sept_state = state;
	p->bepoch = 0;
}

static u64 h_sept_add(struct seam_model *m, struct seam_model_regs *r,
		      unsigned int ver)
{
	int tdr, level, idx, nidx;
	u64 gpa, st;

	if (ver > 1)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RAX);
	st = sept_prologue(m, r, OPS_BUILT, 1, SEPT_TOP_LEVEL, &tdr, &gpa, &level, &idx);
	if (st)
		return st;
	if (idx >= 0)
		return state_err(m, r, SEAM_TDX_EPT_ENTRY_STATE_INCORRECT, idx, level);
	if (ver && (m->in.r9 || m->in.r10 || m->in.r11))
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_R9);
	st = check_page(m, m->in.r8, SEAM_PT_NDA, SEAM_OPERAND_ID_R8, &nidx);
	if (st)
		return st;

	memset(page_mem(m, nidx), 0, PG_SIZE);
	td_page_take(m, nidx, SEAM_PT_EPT, tdr);
	sept_set(m, nidx, gpa, level, SEAM_MODEL_SEPT_NON_LEAF);
	return SEAM_TDX_SUCCESS;
}

static u64 h_page_add(struct seam_model *m, struct seam_model_regs *r)
{
	int tdr, level, idx, nidx, sidx;
	struct mtd *td;
	u64 gpa, st;

	st = sept_prologue(m, r, OPS_INIT, 0, 0, &tdr, &gpa, &level, &idx);
	if (st)
		return st;
	if (idx >= 0)
		return state_err(m, r, SEAM_TDX_EPT_ENTRY_STATE_INCORRECT, idx, level);
	st = check_page(m, m->in.r8, SEAM_PT_NDA, SEAM_OPERAND_ID_R8, &nidx);
	if (st)
		return st;
	st = check_shared(m, m->in.r9, PG_SIZE, SEAM_OPERAND_ID_R9, &sidx);
	if (st)
		return st;

	td = &m->tds[tdr];
	memmove(page_mem(m, nidx), page_mem(m, sidx), PG_SIZE);
	td_page_take(m, nidx, SEAM_PT_REG, tdr);
	sept_set(m, nidx, gpa, 0, SEAM_MODEL_SEPT_MAPPED);
	measure(td, SEAM_TDH_MEM_PAGE_ADD, gpa, NULL, 0);
	return SEAM_TDX_SUCCESS;
}

static u64 h_page_aug(struct seam_model *m, struct seam_model_regs *r)
{
	int tdr, level, idx, nidx;
	u64 gpa, st;

	st = sept_prologue(m, r, OPS_RUN, 0, 1, &tdr, &gpa, &level, &idx);
	if (st)
		return st;
	if (idx >= 0)
		return state_err(m, r, SEAM_TDX_EPT_ENTRY_STATE_INCORRECT, idx, level);
	/* A 2 MiB range is never fully inside the model's memory. */
	st = check_hpa(m, m->in.r8, level_size(level), SEAM_OPERAND_ID_R8, &nidx);
	if (st)
		return st;
	if (level)
		return err_op(SEAM_TDX_OPERAND_ADDR_RANGE_ERROR, SEAM_OPERAND_ID_R8);
	if (m->pages[nidx].pt != SEAM_PT_NDA)
		return err_op(SEAM_TDX_PAGE_METADATA_INCORRECT, SEAM_OPERAND_ID_R8);

	memset(page_mem(m, nidx), 0, PG_SIZE);
	td_page_take(m, nidx, SEAM_PT_REG, tdr);
	sept_set(m, nidx, gpa, 0, SEAM_MODEL_SEPT_PENDING);
	return SEAM_TDX_SUCCESS;
}

static u64 h_range_block(struct seam_model *m, struct seam_model_regs *r)
{
	int tdr, level, idx;
	struct mpage *p;
	u64 gpa, st;
	u8 s;

	st = sept_prologue(m, r, OPS_BUILT, 0, SEPT_TOP_LEVEL - 1, &tdr, &gpa, &level, &idx);
	if (st)
		return st;
	s = sept_state_of(m, idx);
	if (sept_is_blocked(s)) {
		sept_details(m, r, idx, level);
		return err_op(SEAM_TDX_GPA_RANGE_ALREADY_BLOCKED, SEAM_OPERAND_ID_RCX);
	}
	if (idx < 0)
		return state_err(m, r, SEAM_TDX_EPT_ENTRY_STATE_INCORRECT, idx, level);
	p = &m->pages[idx];
	if (s == SEAM_MODEL_SEPT_NON_LEAF)
		p->sept_state = SEAM_MODEL_SEPT_BLOCKED_NON_LEAF;
	else if (s == SEAM_MODEL_SEPT_PENDING)
		p->sept_state = SEAM_MODEL_SEPT_PENDING_BLOCKED;
	else
		p->sept_state = SEAM_MODEL_SEPT_BLOCKED;
	p->bepoch = m->tds[tdr].epoch;
	return SEAM_TDX_SUCCESS;
}

static u64 h_range_unblock(struct seam_model *m, struct seam_model_regs *r)
{
	int tdr, level, idx;
	struct mpage *p;
	u64 gpa, st;
	u8 s;

	st = sept_prologue(m, r, OPS_BUILT, 0, SEPT_TOP_LEVEL - 1, &tdr, &gpa, &level, &idx);
	if (st)
		return st;
	s = sept_state_of(m, idx);
	if (!sept_is_blocked(s))
		return state_err(m, r, SEAM_TDX_GPA_RANGE_NOT_BLOCKED, idx, level);
	p = &m->pages[idx];
	if (!tlb_tracked(&m->tds[tdr], p))
		return state_err(m, r, SEAM_TDX_TLB_TRACKING_NOT_DONE, idx, level);
	if (s == SEAM_MODEL_SEPT_BLOCKED_NON_LEAF)
		p->sept_state = SEAM_MODEL_SEPT_NON_LEAF;
	else if (s == SEAM_MODEL_SEPT_PENDING_BLOCKED)
		p->sept_state = SEAM_MODEL_SEPT_PENDING;
	else
		p->sept_state = SEAM_MODEL_SEPT_MAPPED;
	p->bepoch = 0;
	return SEAM_TDX_SUCCESS;
}

static u64 h_mem_track(struct seam_model *m, struct seam_model_regs *r)
{
	struct mtd *td;
	int tdr;
	u64 st;

	st = check_page(m, r->rcx, SEAM_PT_TDR, SEAM_OPERAND_ID_RCX, &tdr);
	if (st)
		return st;
	td = &m->tds[tdr];
	st = check_td_state(td, OPS_BUILT);
	if (st)
		return st;
	td->epoch++;
	return SEAM_TDX_SUCCESS;
}

static u64 h_page_remove(struct seam_model *m, struct seam_model_regs *r)
{
	int tdr, level, idx;
	u64 gpa, st;
	u8 s;

	st = sept_prologue(m, r, OPS_BUILT, 0, 1, &tdr, &gpa, &level, &idx);
	if (st)
		return st;
	s = sept_state_of(m, idx);
	if (idx < 0 || sept_is_nl(s))
		return state_err(m, r, SEAM_TDX_EPT_ENTRY_STATE_INCORRECT, idx, level);
	if (!sept_is_blocked(s))
		return state_err(m, r, SEAM_TDX_GPA_RANGE_NOT_BLOCKED, idx, level);
	if (!tlb_tracked(&m->tds[tdr], &m->pages[idx]))
		return state_err(m, r, SEAM_TDX_TLB_TRACKING_NOT_DONE, idx, level);
	td_page_free(m, idx);
	return SEAM_TDX_SUCCESS;
}

static u64 h_sept_remove(struct seam_model *m, struct seam_model_regs *r,
			 unsigned int ver)
{
	int tdr, level, idx;
	u64 gpa, st;
	u8 s;

	if (ver > 1)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RAX);
	st = sept_prologue(m, r, OPS_BUILT, 1, SEPT_TOP_LEVEL, &tdr, &gpa, &level, &idx);
	if (st)
		return st;
	s = sept_state_of(m, idx);
	if (s != SEAM_MODEL_SEPT_BLOCKED_NON_LEAF && s != SEAM_MODEL_SEPT_NON_LEAF)
		return state_err(m, r, SEAM_TDX_EPT_ENTRY_STATE_INCORRECT, idx, level);
	if (s != SEAM_MODEL_SEPT_BLOCKED_NON_LEAF)
		return state_err(m, r, SEAM_TDX_GPA_RANGE_NOT_BLOCKED, idx, level);
	if (!tlb_tracked(&m->tds[tdr], &m->pages[idx]))
		return state_err(m, r, SEAM_TDX_TLB_TRACKING_NOT_DONE, idx, level);
	if (!sept_page_empty(m, tdr, gpa, level))
		return state_err(m, r, SEAM_TDX_EPT_PAGE_NOT_FREE, idx, level);
	td_page_free(m, idx);
	return SEAM_TDX_SUCCESS;
}

static u64 h_sept_rd(struct seam_model *m, struct seam_model_regs *r)
{
	int tdr, level, idx;
	u64 gpa, st;

	st = sept_prologue(m, r, OPS_ANY, 0, SEPT_TOP_LEVEL, &tdr, &gpa, &level, &idx);
	if (st)
		return st;
	sept_details(m, r, idx, level);
	set_out(m, r, &r->r8, 0);
	return SEAM_TDX_SUCCESS;
}

static u64 h_mr_extend(struct seam_model *m, struct seam_model_regs *r)
{
	u64 gpa = m->in.rcx, st;
	struct mtd *td;
	int tdr, idx;
	u8 s;

	set_out(m, r, &r->rcx, 0);
	set_out(m, r, &r->rdx, 0);
	st = check_page(m, m->in.rdx, SEAM_PT_TDR, SEAM_OPERAND_ID_RDX, &tdr);
	if (st)
		return st;
	td = &m->tds[tdr];
	st = check_td_state(td, OPS_INIT);
	if (st)
		return st;
	if ((gpa & (SEAM_MR_EXTEND_CHUNK - 1)) || (gpa >> SEAM_MODEL_GPA_SHARED_BIT))
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RCX);
	st = sept_walk(m, r, tdr, gpa, 0, &idx);
	if (st)
		return st;
	s = sept_state_of(m, idx);
	if (s != SEAM_MODEL_SEPT_MAPPED)
		return state_err(m, r, idx < 0 ? SEAM_TDX_EPT_WALK_FAILED :
				 SEAM_TDX_EPT_ENTRY_STATE_INCORRECT, idx, 0);
	measure(td, SEAM_TDH_MR_EXTEND, gpa,
		page_mem(m, idx) + (gpa & (PG_SIZE - 1)), SEAM_MR_EXTEND_CHUNK);
	return SEAM_TDX_SUCCESS;
}

static u64 h_mr_finalize(struct seam_model *m, struct seam_model_regs *r)
{
	struct mtd *td;
	int tdr;
	u64 st;

	st = check_page(m, r->rcx, SEAM_PT_TDR, SEAM_OPERAND_ID_RCX, &tdr);
	if (st)
		return st;
	td = &m->tds[tdr];
	st = check_td_state(td, OPS_INIT);
	if (st)
		return st;
	measure(td, SEAM_TDH_MR_FINALIZE, 0, NULL, 0);
	td->op_state = OP_RUNNABLE;
	return SEAM_TDX_SUCCESS;
}

/* TDH.MEM.RD / TDH.MEM.WR: 8 bytes of a mapped page of a debug TD. */
static u64 h_mem_rdwr(struct seam_model *m, struct seam_model_regs *r, bool wr)
{
	u64 gpa = m->in.rcx, old, st;
	int tdr, idx;
	u8 *p;

	set_out(m, r, &r->rcx, 0);
	set_out(m, r, &r->rdx, 0);
	if (!wr)
		set_out(m, r, &r->r8, 0);
	st = check_page(m, m->in.rdx, SEAM_PT_TDR, SEAM_OPERAND_ID_RDX, &tdr);
	if (st)
		return st;
	st = check_td_state(&m->tds[tdr], OPS_BUILT);
	if (st)
		return st;
	if (!(m->tds[tdr].attributes & SEAM_MODEL_TD_ATTR_DEBUG))
		return SEAM_TDX_TD_NON_DEBUG;
	if ((gpa & 7) || (gpa >> SEAM_MODEL_GPA_SHARED_BIT))
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RCX);
	st = sept_walk(m, r, tdr, gpa, 0, &idx);
	if (st)
		return st;
	if (sept_state_of(m, idx) != SEAM_MODEL_SEPT_MAPPED)
		return state_err(m, r, SEAM_TDX_EPT_ENTRY_STATE_INCORRECT, idx, 0);
	p = page_mem(m, idx) + (gpa & (PG_SIZE - 1));
	old = rd64(p);
	if (wr)
		memcpy(p, &m->in.r8, 8);
	set_out(m, r, &r->r8, old);
	return SEAM_TDX_SUCCESS;
}

static u64 h_page_relocate(struct seam_model *m, struct seam_model_regs *r)
{
	int tdr, level, idx, nidx;
	u64 gpa, st;
	struct mpage *p;

	st = sept_prologue(m, r, OPS_BUILT, 0, 0, &tdr, &gpa, &level, &idx);
	if (st)
		return st;
	if (idx < 0 || sept_is_nl(sept_state_of(m, idx)))
		return state_err(m, r, SEAM_TDX_EPT_ENTRY_STATE_INCORRECT, idx, level);
	p = &m->pages[idx];
	if (p->sept_state != SEAM_MODEL_SEPT_BLOCKED)
		return state_err(m, r, SEAM_TDX_GPA_RANGE_NOT_BLOCKED, idx, level);
	if (!tlb_tracked(&m->tds[tdr], p))
		return state_err(m, r, SEAM_TDX_TLB_TRACKING_NOT_DONE, idx, level);
	st = check_page(m, m->in.r8, SEAM_PT_NDA, SEAM_OPERAND_ID_R8, &nidx);
	if (st)
		return st;

	memcpy(page_mem(m, nidx), page_mem(m, idx), PG_SIZE);
	m->pages[nidx] = *p;
	m->pages[nidx].sept_state = SEAM_MODEL_SEPT_MAPPED;
	m->pages[nidx].bepoch = 0;
	memset(p, 0, sizeof(*p));
	set_out(m, r, &r->rcx, page_hpa(m, idx));
	return SEAM_TDX_SUCCESS;
}

/* DEMOTE and PROMOTE: the model has no 2 MiB private pages. */
static u64 h_demote_promote(struct seam_model *m, struct seam_model_regs *r,
			    bool promote, unsigned int ver)
{
	int tdr, level, idx;
	u64 gpa, st;
	u8 s;

	if (ver > (promote ? 1 : 0))
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RAX);
	st = sept_prologue(m, r, OPS_BUILT, 1, 2, &tdr, &gpa, &level, &idx);
	if (st)
		return st;
	s = sept_state_of(m, idx);
	if (promote) {
		if (s != SEAM_MODEL_SEPT_BLOCKED_NON_LEAF)
			return state_err(m, r, SEAM_TDX_EPT_ENTRY_STATE_INCORRECT, idx, level);
		if (!tlb_tracked(&m->tds[tdr], &m->pages[idx]))
			return state_err(m, r, SEAM_TDX_TLB_TRACKING_NOT_DONE, idx, level);
		return state_err(m, r, SEAM_TDX_EPT_INVALID_PROMOTE_CONDITIONS, idx, level);
	}
	/* Only a blocked large leaf can be demoted; the model has none. */
	return state_err(m, r, SEAM_TDX_EPT_ENTRY_STATE_INCORRECT, idx, level);
}

/* ------------------------------------------------------------------------ */
/* Physical memory leaves */

/*
 * RDMD and RECLAIM set RCX to R11 to 0 before any check (module 1.5.01
 * tdh_phymem_page_rdmd() and tdh_phymem_page_reclaim(), "Initialize output
 * registers to default values"); R10 and R11, or R9 to R11, stay 0.
 */
static u64 clear_rcx_r11(struct seam_model *m, struct seam_model_regs *r)
{
	u64 rcx = r->rcx;

	set_out(m, r, &r->rcx, 0);
	set_out(m, r, &r->rdx, 0);
	set_out(m, r, &r->r8, 0);
	set_out(m, r, &r->r9, 0);
	set_out(m, r, &r->r10, 0);
	set_out(m, r, &r->r11, 0);
	return rcx;
}

static u64 h_page_rdmd(struct seam_model *m, struct seam_model_regs *r)
{
	const struct mpage *p;
	u64 pa = clear_rcx_r11(m, r);
	int idx;
	u64 st;

	st = check_hpa(m, pa, PG_SIZE, SEAM_OPERAND_ID_RCX, &idx);
	if (st)
		return st;
	p = &m->pages[idx];
	set_out(m, r, &r->rcx, p->pt);
	set_out(m, r, &r->rdx, p->owner ? page_hpa(m, p->owner - 1) : 0);
	set_out(m, r, &r->r9, p->bepoch);
	return SEAM_TDX_SUCCESS;
}

static u64 h_page_reclaim(struct seam_model *m, struct seam_model_regs *r)
{
	const struct mpage *p;
	const struct mtd *td;
	u64 pa = clear_rcx_r11(m, r);
	u64 st, owner;
	int idx;

	st = check_hpa(m, pa, PG_SIZE, SEAM_OPERAND_ID_RCX, &idx);
	if (st)
		return st;
	p = &m->pages[idx];
	switch (p->pt) {
	case SEAM_PT_TDR:
		td = &m->tds[idx];
		if (td->lifecycle != LC_TEARDOWN)
			return SEAM_TDX_LIFECYCLE_STATE_INCORRECT;
		if (td->child_cnt)
			return SEAM_TDX_TD_ASSOCIATED_PAGES_EXIST;
		break;
	case SEAM_PT_TDCX:
	case SEAM_PT_TDVPR:
	case SEAM_PT_REG:
	case SEAM_PT_EPT:
		if (m->tds[p->owner - 1].lifecycle != LC_TEARDOWN)
			return SEAM_TDX_LIFECYCLE_STATE_INCORRECT;
		break;
	case SEAM_PT_NDA:
		return SEAM_TDX_PAGE_ALREADY_FREE;
	default:
		return err_op(SEAM_TDX_PAGE_METADATA_INCORRECT, SEAM_OPERAND_ID_RCX);
	}
	owner = p->owner ? page_hpa(m, p->owner - 1) : 0;
	set_out(m, r, &r->rcx, p->pt);
	set_out(m, r, &r->rdx, owner);
	if (p->pt == SEAM_PT_TDVPR)
		memset(&m->vcpus[idx], 0, sizeof(m->vcpus[idx]));
	if (p->pt == SEAM_PT_TDR)
		memset(&m->tds[idx], 0, sizeof(m->tds[idx]));
	td_page_free(m, idx);
	memset(page_mem(m, idx), 0, PG_SIZE);
	return SEAM_TDX_SUCCESS;
}

static u64 h_page_wbinvd(struct seam_model *m, struct seam_model_regs *r)
{
	u64 pa = r->rcx & ~keyid_mask(m);
	u64 hkid = (r->rcx & keyid_mask(m)) >> m->cfg.pa_bits;
	unsigned int max_pa = m->cfg.pa_bits + m->cfg.hkid_bits;

	if ((r->rcx & (PG_SIZE - 1)) || (r->rcx >> max_pa))
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RCX);
	if (!is_private_hkid(m, hkid))
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RCX);
	if (hpa_index(m, pa) < 0 || !in_pamt(m, pa))
		return err_op(SEAM_TDX_OPERAND_ADDR_RANGE_ERROR, SEAM_OPERAND_ID_RCX);
	return SEAM_TDX_SUCCESS;
}

/* ------------------------------------------------------------------------ */
/* Leaves validated only up to the state the model never reaches */

/* A TDR in @op, its build state, then "this TD is not in that state". */
static u64 h_td_unmodelled(struct seam_model *m, u64 hpa, u32 op, u8 pt, u64 final)
{
	const struct mtd *td;
	int idx;
	u64 st;

	st = check_page(m, hpa, pt, op, &idx);
	if (st)
		return st;
	td = pt == SEAM_PT_TDR ? &m->tds[idx] : &m->tds[m->vcpus[idx].tdr];
	st = check_td_state(td, OPS_ANY);
	return st ? st : final;
}

/*
 * TDH.SERVTD.BIND sets its outputs to 0 before it reads its operands
 * (module 1.5.01 tdh_servtd_bind(), "Default output values"): RCX and R10
 * to R13, the only leaf but TDH.VP.ENTER that writes above R11.
 */
static u64 h_servtd_bind(struct seam_model *m, struct seam_model_regs *r)
{
	u64 tdr = r->rcx;

	set_out(m, r, &r->rcx, 0);
	set_out(m, r, &r->r10, 0);
	set_out(m, r, &r->r11, 0);
	set_out(m, r, &r->r12, 0);
	set_out(m, r, &r->r13, 0);
	return h_td_unmodelled(m, tdr, SEAM_OPERAND_ID_RCX, SEAM_PT_TDR,
			       SEAM_TDX_OP_STATE_INCORRECT);
}

/* ------------------------------------------------------------------------ */
/* Dispatcher */

static bool leaf_has_versions(unsigned int leaf)
{
	switch (leaf) {
	case SEAM_TDH_MEM_PAGE_PROMOTE:
	case SEAM_TDH_MEM_SEPT_ADD:
	case SEAM_TDH_MEM_SEPT_REMOVE:
	case SEAM_TDH_MNG_RD:
	case SEAM_TDH_VP_RD:
		return true;
	}
	return false;
}

static bool leaf_defined(unsigned int leaf)
{
	switch (leaf) {
	case SEAM_TDH_VP_ENTER ... SEAM_TDH_MEM_SEPT_REMOVE:
	case SEAM_TDH_SYS_KEY_CONFIG ... SEAM_TDH_PHYMEM_PAGE_WBINVD:
	case SEAM_TDH_VP_WR ... SEAM_TDH_SYS_CONFIG:
	case SEAM_TDH_SERVTD_BIND:
	case SEAM_TDH_SERVTD_PREBIND:
	case SEAM_TDH_SYS_SHUTDOWN:
	case SEAM_TDH_SYS_UPDATE:
	case SEAM_TDH_EXPORT_ABORT ... SEAM_TDH_EXPORT_RESTORE:
	case SEAM_TDH_EXPORT_MEM:
	case SEAM_TDH_EXPORT_PAUSE ... SEAM_TDH_EXPORT_UNBLOCKW:
	case SEAM_TDH_IMPORT_ABORT ... SEAM_TDH_IMPORT_STATE_VP:
	case SEAM_TDH_MIG_STREAM_CREATE:
		return true;
	}
	return false;
}

/* Leaves the module accepts before it is ready (tdx-abi.md 2.2). */
static bool leaf_before_ready(unsigned int leaf)
{
	switch (leaf) {
	case SEAM_TDH_SYS_INFO:
	case SEAM_TDH_SYS_RD:
	case SEAM_TDH_SYS_RDALL:
	case SEAM_TDH_SYS_INIT:
	case SEAM_TDH_SYS_LP_INIT:
	case SEAM_TDH_SYS_CONFIG:
	case SEAM_TDH_SYS_KEY_CONFIG:
	case SEAM_TDH_SYS_LP_SHUTDOWN:
	case SEAM_TDH_SYS_UPDATE:
		return true;
	}
	return false;
}

/* Leaves that need TDH.SYS.LP.INIT on the calling CPU. */
static bool leaf_needs_lp(unsigned int leaf)
{
	switch (leaf) {
	case SEAM_TDH_SYS_INFO:
	case SEAM_TDH_SYS_RD:
	case SEAM_TDH_SYS_RDALL:
	case SEAM_TDH_SYS_INIT:
	case SEAM_TDH_SYS_LP_INIT:
	case SEAM_TDH_SYS_LP_SHUTDOWN:
	case SEAM_TDH_SYS_UPDATE:
		return false;
	}
	return true;
}

static u64 dispatch(struct seam_model *m, struct seam_model_regs *r,
		    unsigned int leaf, unsigned int ver)
{
	switch (leaf) {
	case SEAM_TDH_VP_ENTER:		return h_vp_enter(m, r);
	case SEAM_TDH_MNG_ADDCX:	return h_mng_addcx(m, r);
	case SEAM_TDH_MEM_PAGE_ADD:	return h_page_add(m, r);
	case SEAM_TDH_MEM_SEPT_ADD:	return h_sept_add(m, r, ver);
	case SEAM_TDH_VP_ADDCX:		return h_vp_addcx(m, r);
	case SEAM_TDH_MEM_PAGE_RELOCATE: return h_page_relocate(m, r);
	case SEAM_TDH_MEM_PAGE_AUG:	return h_page_aug(m, r);
	case SEAM_TDH_MEM_RANGE_BLOCK:	return h_range_block(m, r);
	case SEAM_TDH_MNG_KEY_CONFIG:	return h_mng_key_config(m, r);
	case SEAM_TDH_MNG_CREATE:	return h_mng_create(m, r);
	case SEAM_TDH_VP_CREATE:	return h_vp_create(m, r);
	case SEAM_TDH_MNG_RD:		return h_mng_rdwr(m, r, false, ver);
	case SEAM_TDH_MEM_RD:		return h_mem_rdwr(m, r, false);
	case SEAM_TDH_MNG_WR:		return h_mng_rdwr(m, r, true, 0);
	case SEAM_TDH_MEM_WR:		return h_mem_rdwr(m, r, true);
	case SEAM_TDH_MEM_PAGE_DEMOTE:	return h_demote_promote(m, r, false, ver);
	case SEAM_TDH_MR_EXTEND:	return h_mr_extend(m, r);
	case SEAM_TDH_MR_FINALIZE:	return h_mr_finalize(m, r);
	case SEAM_TDH_VP_FLUSH:		return h_vp_flush(m, r);
	case SEAM_TDH_MNG_VPFLUSHDONE:	return h_mng_vpflushdone(m, r);
	case SEAM_TDH_MNG_KEY_FREEID:	return h_mng_key_freeid(m, r);
	case SEAM_TDH_MNG_INIT:		return h_mng_init(m, r);
	case SEAM_TDH_VP_INIT:		return h_vp_init(m, r);
	case SEAM_TDH_MEM_PAGE_PROMOTE:	return h_demote_promote(m, r, true, ver);
	case SEAM_TDH_PHYMEM_PAGE_RDMD:	return h_page_rdmd(m, r);
	case SEAM_TDH_MEM_SEPT_RD:	return h_sept_rd(m, r);
	case SEAM_TDH_VP_RD:		return h_vp_rdwr(m, r, false, ver);
	case SEAM_TDH_MNG_KEY_RECLAIMID: return SEAM_TDX_SUCCESS;
	case SEAM_TDH_PHYMEM_PAGE_RECLAIM: return h_page_reclaim(m, r);
	case SEAM_TDH_MEM_PAGE_REMOVE:	return h_page_remove(m, r);
	case SEAM_TDH_MEM_SEPT_REMOVE:	return h_sept_remove(m, r, ver);
	case SEAM_TDH_SYS_KEY_CONFIG:	return h_sys_key_config(m);
	case SEAM_TDH_SYS_INFO:		return h_sys_info(m, r);
	case SEAM_TDH_SYS_INIT:		return h_sys_init(m, r);
	case SEAM_TDH_SYS_RD:		return h_sys_rd(m, r);
	case SEAM_TDH_SYS_LP_INIT:	return h_lp_init(m);
	case SEAM_TDH_SYS_TDMR_INIT:	return h_tdmr_init(m, r);
	case SEAM_TDH_SYS_RDALL:	return h_sys_rdall(m, r);
	case SEAM_TDH_MEM_TRACK:	return h_mem_track(m, r);
	case SEAM_TDH_MEM_RANGE_UNBLOCK: return h_range_unblock(m, r);
	case SEAM_TDH_PHYMEM_CACHE_WB:	return h_cache_wb(m, r);
	case SEAM_TDH_PHYMEM_PAGE_WBINVD: return h_page_wbinvd(m, r);
	case SEAM_TDH_VP_WR:		return h_vp_rdwr(m, r, true, 0);
	case SEAM_TDH_SYS_LP_SHUTDOWN:	return h_sys_shutdown(m);
	case SEAM_TDH_SYS_CONFIG:	return h_sys_config(m, r);
	case SEAM_TDH_SYS_SHUTDOWN:	return h_sys_shutdown(m);
	case SEAM_TDH_SYS_UPDATE:	return h_sys_update(m);
	case SEAM_TDH_SERVTD_BIND:	return h_servtd_bind(m, r);
	case SEAM_TDH_SERVTD_PREBIND:
		return h_td_unmodelled(m, r->rcx, SEAM_OPERAND_ID_RCX, SEAM_PT_TDR,
				       SEAM_TDX_OP_STATE_INCORRECT);
	case SEAM_TDH_MIG_STREAM_CREATE:
		return h_td_unmodelled(m, r->rdx, SEAM_OPERAND_ID_RDX, SEAM_PT_TDR,
				       SEAM_TDX_TD_NOT_MIGRATABLE);
	case SEAM_TDH_EXPORT_STATE_VP:
	case SEAM_TDH_IMPORT_STATE_VP:
		return h_td_unmodelled(m, r->rcx, SEAM_OPERAND_ID_RCX, SEAM_PT_TDVPR,
				       SEAM_TDX_OP_STATE_INCORRECT);
	case SEAM_TDH_EXPORT_BLOCKW:
	case SEAM_TDH_EXPORT_RESTORE:
	case SEAM_TDH_EXPORT_MEM:
	case SEAM_TDH_EXPORT_UNBLOCKW:
	case SEAM_TDH_IMPORT_MEM:
		return h_td_unmodelled(m, r->rdx, SEAM_OPERAND_ID_RDX, SEAM_PT_TDR,
				       SEAM_TDX_OP_STATE_INCORRECT);
	default:	/* the other EXPORT and IMPORT leaves take the TDR in RCX */
		return h_td_unmodelled(m, r->rcx, SEAM_OPERAND_ID_RCX, SEAM_PT_TDR,
				       SEAM_TDX_OP_STATE_INCORRECT);
	}
}

/* The first armed fault that matches @leaf (or any leaf for @insn), or NULL. */
static struct mfault *fault_match(struct seam_model *m, int leaf, bool insn)
{
	unsigned int i;

	for (i = 0; i < SEAM_MODEL_MAX_FAULTS; i++) {
		struct mfault *f = &m->faults[i];
		bool is_insn = f->kind >= SEAM_MODEL_FAULT_VMFAIL &&
			       f->kind <= SEAM_MODEL_FAULT_UD;

		if (!f->armed || is_insn != insn)
			continue;
		if (f->leaf != SEAM_MODEL_ANY_LEAF && f->leaf != leaf)
			continue;
		return f;
	}
	return NULL;
}

static void fault_consume(struct mfault *f)
{
	if (!--f->count)
		f->armed = 0;
}

static void log_call(struct seam_model *m, const struct seam_model_regs *out,
		     enum seam_model_exit exit, bool injected)
{
	struct seam_model_log_entry *e;

	if (!m->cfg.log_size)
		return;
	e = &m->log[m->log_count % m->cfg.log_size];
	e->leaf = m->in.rax & SEAM_LEAF_MASK;
	e->cpu = m->cpu;
	e->in = m->in;
	e->out = *out;
	e->exit = exit;
	e->injected = injected;
	m->log_count++;
}

/* xorshift64* (Vigna): the values the model leaves in registers it does not define. */
static u64 model_rand(struct seam_model *m)
{
	u64 x = m->rng;

	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	m->rng = x;
	return x * 0x2545f4914f6cdd1dULL;
}

/*
 * End a call that reached the module: the registers of RCX to R11 the leaf
 * did not set get fresh pseudo-random values, and every other register the
 * leaf did not set is put back from the inputs.
 *
 * That is the register contract of seamcall.h, and no more: the module may
 * change RCX, RDX and R8 to R11 on any leaf (it clears reserved outputs,
 * reads undocumented inputs and returns extended error information in
 * them), and keeps RBX, RSI, RDI, R12 to R15 and RBP except where a leaf
 * returns something there (TDH.SERVTD.BIND, TDH.VP.ENTER). Code that
 * keeps a live value in one of RCX to R11 across a SEAMCALL reads garbage
 * here, on every leaf, not only where the real module happens to write.
 */
static void finish_call(struct seam_model *m, struct seam_model_regs *r)
{
	static const u8 scratch[] = {
		offsetof(struct seam_model_regs, rcx),
		offsetof(struct seam_model_regs, rdx),
		offsetof(struct seam_model_regs, r8),
		offsetof(struct seam_model_regs, r9),
		offsetof(struct seam_model_regs, r10),
		offsetof(struct seam_model_regs, r11),
	};
	const u64 *in = (const u64 *)&m->in;
	u64 *out = (u64 *)r;
	unsigned int i;

	for (i = 1; i < sizeof(*r) / sizeof(u64); i++)
		if (!(m->written & BIT(i)))
			out[i] = in[i];
	for (i = 0; i < ARRAY_SIZE(scratch); i++)
		if (!(m->written & BIT(scratch[i] / sizeof(u64))))
			out[scratch[i] / sizeof(u64)] = model_rand(m);
}

/*
 * A canned reply is the leaf's output: RCX to R11 from @rep, and the
 * registers above R11 that the leaf returns in module 1.5.01: R12 and R13
 * for TDH.SERVTD.BIND, all but RBP for TDH.VP.ENTER (and with @all).
 */
static void apply_reply(struct seam_model *m, struct seam_model_regs *r,
			const struct seam_model_regs *rep, unsigned int leaf,
			bool all)
{
	set_out(m, r, &r->rcx, rep->rcx);
	set_out(m, r, &r->rdx, rep->rdx);
	set_out(m, r, &r->r8, rep->r8);
	set_out(m, r, &r->r9, rep->r9);
	set_out(m, r, &r->r10, rep->r10);
	set_out(m, r, &r->r11, rep->r11);
	if (all || leaf == SEAM_TDH_VP_ENTER || leaf == SEAM_TDH_SERVTD_BIND) {
		set_out(m, r, &r->r12, rep->r12);
		set_out(m, r, &r->r13, rep->r13);
	}
	if (all || leaf == SEAM_TDH_VP_ENTER) {
		set_out(m, r, &r->r14, rep->r14);
		set_out(m, r, &r->r15, rep->r15);
		set_out(m, r, &r->rbx, rep->rbx);
		set_out(m, r, &r->rdi, rep->rdi);
		set_out(m, r, &r->rsi, rep->rsi);
	}
}

enum seam_model_exit seam_model_seamcall(struct seam_model *m,
					 struct seam_model_regs *regs)
{
	unsigned int leaf = regs->rax & SEAM_LEAF_MASK;
	unsigned int ver = (regs->rax & SEAM_VERSION_MASK) >> SEAM_VERSION_SHIFT;
	static const enum seam_model_exit insn_exit[] = {
		SEAM_MODEL_EXIT_VMFAIL, SEAM_MODEL_EXIT_GP, SEAM_MODEL_EXIT_UD,
	};
	bool injected = false, bad_rax;
	struct mfault *f;
	u64 st;

	m->in = *regs;
	m->written = 0;
	f = fault_match(m, leaf, true);
	if (f) {
		enum seam_model_exit e = insn_exit[f->kind - SEAM_MODEL_FAULT_VMFAIL];

		/* The instruction did not reach the module: nothing changes. */
		fault_consume(f);
		log_call(m, regs, e, true);
		return e;
	}

	bad_rax = (regs->rax & SEAM_RAX_RESERVED_MASK) || !leaf_defined(leaf) ||
		  (ver && !leaf_has_versions(leaf));
	f = bad_rax ? NULL : fault_match(m, leaf, false);

	if (bad_rax) {
		st = err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RAX);
	} else if (f) {
		injected = true;
		switch (f->kind) {
		case SEAM_MODEL_FAULT_NO_ENTROPY:
			/*
			 * No output: finish_call() scribbles on RCX to R11,
			 * so a caller that stores them would send garbage
			 * on a retry.
			 */
			st = SEAM_TDX_RND_NO_ENTROPY;
			break;
		case SEAM_MODEL_FAULT_BUSY:
			st = err_op(SEAM_TDX_OPERAND_BUSY, f->operand);
			break;
		case SEAM_MODEL_FAULT_REPLY:
			st = f->status;
			apply_reply(m, regs, &f->reply, leaf, f->all_regs);
			break;
		default:
			st = SEAM_TDX_INTERRUPTED_RESUMABLE;
			if (leaf == SEAM_TDH_PHYMEM_CACHE_WB && regs->rcx <= SEAM_CACHE_WB_RESUME)
				m->arch.wb_pending |= BIT(cur_pkg(m));
			break;
		}
		fault_consume(f);
	} else if (m->arch.sys_state == SEAM_MODEL_SYS_SHUTDOWN &&
		   leaf != SEAM_TDH_SYS_LP_SHUTDOWN) {
		st = SEAM_TDX_SYS_SHUTDOWN;
	} else if (m->arch.sys_state != SEAM_MODEL_SYS_READY &&
		   !leaf_before_ready(leaf)) {
		st = SEAM_TDX_SYS_NOT_READY;
	} else if (leaf_needs_lp(leaf) && !(m->arch.lp_init & BIT_ULL(m->cpu))) {
		st = SEAM_TDX_SYS_LP_INIT_NOT_DONE;
	} else {
		st = dispatch(m, regs, leaf, ver);
	}
	finish_call(m, regs);
	regs->rax = st;
	log_call(m, regs, SEAM_MODEL_EXIT_RETURN, injected);
	return SEAM_MODEL_EXIT_RETURN;
}

/* ------------------------------------------------------------------------ */
/* Creation, configuration, injection, log */

struct seam_model *seam_model_create(const struct seam_model_config *cfg)
{
	struct seam_model_config c = {};
	struct seam_model *m;

	if (cfg)
		c = *cfg;
	if (!c.hpa_base)
		c.hpa_base = 0x100000000ULL;
	if (!c.nr_pages)
		c.nr_pages = 64;
	if (!c.nr_lps)
		c.nr_lps = 4;
	if (!c.nr_pkgs)
		c.nr_pkgs = 2;
	if (!c.pa_bits)
		c.pa_bits = 46;
	if (!c.hkid_bits)
		c.hkid_bits = 6;
	if (!c.nr_private_hkids)
		c.nr_private_hkids = (1U << c.hkid_bits) / 2;
	if (!c.tdmr_init_pages)
		c.tdmr_init_pages = c.nr_pages;
	if (!c.log_size)
		c.log_size = 64;
	if (!c.seed)
		c.seed = SEAM_MODEL_DEFAULT_SEED;

	if (c.nr_pages > SEAM_MODEL_MAX_PAGES || c.nr_lps > SEAM_MODEL_MAX_LPS ||
	    c.nr_pkgs > SEAM_MODEL_MAX_PKGS || c.nr_pkgs > c.nr_lps ||
	    c.hkid_bits > MAX_HKID_BITS || c.pa_bits < 32 || c.pa_bits > 52 ||
	    c.pa_bits + c.hkid_bits > 52 || c.nr_private_hkids >= (1U << c.hkid_bits) ||
	    (c.hpa_base & (PG_SIZE - 1)) ||
	    c.hpa_base + ((u64)c.nr_pages << PG_SHIFT) > (1ULL << c.pa_bits))
		return NULL;

	m = seam_model_zalloc(sizeof(*m));
	if (!m)
		return NULL;
	m->cfg = c;
	m->rng = c.seed;
	m->td_exit.exit_reason = 12;
	m->mem_size = (u64)c.nr_pages << PG_SHIFT;
	m->mem = seam_model_zalloc(m->mem_size);
	m->pages = seam_model_zalloc(c.nr_pages * sizeof(*m->pages));
	m->tds = seam_model_zalloc(c.nr_pages * sizeof(*m->tds));
	m->vcpus = seam_model_zalloc(c.nr_pages * sizeof(*m->vcpus));
	m->log = seam_model_zalloc(c.log_size * sizeof(*m->log));
	if (!m->mem || !m->pages || !m->tds || !m->vcpus || !m->log) {
		seam_model_destroy(m);
		return NULL;
	}
	return m;
}

void seam_model_destroy(struct seam_model *m)
{
	if (!m)
		return;
	seam_model_free(m->log);
	seam_model_free(m->vcpus);
	seam_model_free(m->tds);
	seam_model_free(m->pages);
	seam_model_free(m->mem);
	seam_model_free(m);
}

void seam_model_get_config(const struct seam_model *m,
			   struct seam_model_config *cfg)
{
	*cfg = m->cfg;
}

void seam_model_set_seed(struct seam_model *m, u64 seed)
{
	m->rng = seed ? seed : SEAM_MODEL_DEFAULT_SEED;
}

int seam_model_set_td_exit(struct seam_model *m,
			   const struct seam_model_td_exit *exit)
{
	if (exit->kind != SEAM_MODEL_TD_EXIT_ASYNC &&
	    exit->kind != SEAM_MODEL_TD_EXIT_VMCALL)
		return -EINVAL;
	if (exit->gpr_select & (BIT(0) | BIT(1) | BIT(4)))
		return -EINVAL;
	m->td_exit = *exit;
	return 0;
}

void *seam_model_page(struct seam_model *m, u64 hpa)
{
	int idx = hpa_index(m, hpa);

	return idx < 0 ? NULL : page_mem(m, idx);
}

int seam_model_set_cpu(struct seam_model *m, unsigned int cpu)
{
	if (cpu >= m->cfg.nr_lps)
		return -EINVAL;
	m->cpu = cpu;
	return 0;
}

unsigned int seam_model_cpu(const struct seam_model *m)
{
	return m->cpu;
}

unsigned int seam_model_pkg_of(const struct seam_model *m, unsigned int cpu)
{
	return cpu % m->cfg.nr_pkgs;
}

u16 seam_model_first_private_hkid(const struct seam_model *m)
{
	return (u16)((1U << m->cfg.hkid_bits) - m->cfg.nr_private_hkids);
}

/* Arm a free slot; NULL with *@err set when none is free or an argument is bad. */
static struct mfault *fault_arm(struct seam_model *m, unsigned int kind,
				int leaf, unsigned int count, int *err)
{
	unsigned int i;

	*err = -EINVAL;
	if (!count || (leaf != SEAM_MODEL_ANY_LEAF && (leaf < 0 || leaf > SEAM_TDH_MAX)))
		return NULL;
	*err = -ENOSPC;
	for (i = 0; i < SEAM_MODEL_MAX_FAULTS; i++) {
		struct mfault *f = &m->faults[i];

		if (f->armed)
			continue;
		memset(f, 0, sizeof(*f));
		f->kind = (u8)kind;
		f->leaf = leaf;
		f->count = count;
		f->armed = 1;
		return f;
	}
	return NULL;
}

int seam_model_inject(struct seam_model *m, enum seam_model_fault fault,
		      int leaf, unsigned int count, u32 operand_id)
{
	struct mfault *f;
	int err;

	if (fault > SEAM_MODEL_FAULT_UD)
		return -EINVAL;
	f = fault_arm(m, fault, leaf, count, &err);
	if (!f)
		return err;
	f->operand = operand_id;
	return 0;
}

static int inject_reply(struct seam_model *m, int leaf, u64 status,
			const struct seam_model_regs *reply, bool all)
{
	struct mfault *f;
	int err;

	f = fault_arm(m, SEAM_MODEL_FAULT_REPLY, leaf, 1, &err);
	if (!f)
		return err;
	f->status = status;
	f->reply = *reply;
	f->all_regs = all;
	return 0;
}

int seam_model_inject_reply(struct seam_model *m, int leaf, u64 status,
			    const struct seam_model_regs *reply)
{
	return inject_reply(m, leaf, status, reply, false);
}

int seam_model_inject_reply_all(struct seam_model *m, int leaf, u64 status,
				const struct seam_model_regs *reply)
{
	return inject_reply(m, leaf, status, reply, true);
}

void seam_model_clear_faults(struct seam_model *m)
{
	memset(m->faults, 0, sizeof(m->faults));
}

unsigned int seam_model_faults_pending(const struct seam_model *m)
{
	unsigned int i, n = 0;

	for (i = 0; i < SEAM_MODEL_MAX_FAULTS; i++)
		if (m->faults[i].armed)
			n += m->faults[i].count;
	return n;
}

unsigned int seam_model_log_count(const struct seam_model *m)
{
	return m->log_count;
}

const struct seam_model_log_entry *
seam_model_log_get(const struct seam_model *m, unsigned int idx)
{
	if (idx >= m->log_count || m->log_count - idx > m->cfg.log_size)
		return NULL;
	return &m->log[idx % m->cfg.log_size];
}

const struct seam_model_log_entry *seam_model_log_last(const struct seam_model *m)
{
	return m->log_count ? seam_model_log_get(m, m->log_count - 1) : NULL;
}

void seam_model_log_clear(struct seam_model *m)
{
	m->log_count = 0;
}

/* ------------------------------------------------------------------------ */
/* Inspection */

enum seam_model_sys_state seam_model_sys_state(const struct seam_model *m)
{
	return m->arch.sys_state;
}

bool seam_model_lp_initialized(const struct seam_model *m, unsigned int cpu)
{
	return cpu < m->cfg.nr_lps && (m->arch.lp_init & BIT_ULL(cpu));
}

unsigned int seam_model_page_type(const struct seam_model *m, u64 hpa)
{
	int idx = hpa_index(m, hpa);

	return idx < 0 ? SEAM_MODEL_PT_INVALID : m->pages[idx].pt;
}

u64 seam_model_page_owner(const struct seam_model *m, u64 hpa)
{
	int idx = hpa_index(m, hpa);

	if (idx < 0 || !m->pages[idx].owner)
		return 0;
	return page_hpa(m, m->pages[idx].owner - 1);
}

static const struct mtd *td_of(const struct seam_model *m, u64 tdr)
{
	int idx = hpa_index(m, tdr);

	if (idx < 0 || m->pages[idx].pt != SEAM_PT_TDR)
		return NULL;
	return &m->tds[idx];
}

enum seam_model_td_state seam_model_td_state(const struct seam_model *m, u64 tdr)
{
	const struct mtd *td = td_of(m, tdr);

	if (!td)
		return SEAM_MODEL_TD_NONE;
	switch (td->lifecycle) {
	case LC_HKID_ASSIGNED:
		return SEAM_MODEL_TD_HKID_ASSIGNED;
	case LC_KEYS_CONFIGURED:
		if (td->op_state == OP_RUNNABLE)
			return SEAM_MODEL_TD_RUNNABLE;
		if (td->op_state == OP_INITIALIZED)
			return SEAM_MODEL_TD_INITIALIZED;
		return SEAM_MODEL_TD_KEYS_CONFIGURED;
	case LC_BLOCKED:
		return SEAM_MODEL_TD_BLOCKED;
	case LC_TEARDOWN:
		return SEAM_MODEL_TD_TEARDOWN;
	}
	return SEAM_MODEL_TD_NONE;
}

u16 seam_model_td_hkid(const struct seam_model *m, u64 tdr)
{
	const struct mtd *td = td_of(m, tdr);

	return td && td->lifecycle != LC_TEARDOWN ? td->hkid : 0;
}

enum seam_model_hkid_state seam_model_hkid_state(const struct seam_model *m,
						 u16 hkid)
{
	if (hkid >= nr_hkids(m))
		return SEAM_MODEL_HKID_FREE;
	return m->arch.kot[hkid].state;
}

u64 seam_model_td_measurement(const struct seam_model *m, u64 tdr)
{
	const struct mtd *td = td_of(m, tdr);

	return td ? td->mrtd : 0;
}

static const struct mvcpu *vcpu_of(const struct seam_model *m, u64 tdvpr)
{
	int idx = hpa_index(m, tdvpr);

	if (idx < 0 || m->pages[idx].pt != SEAM_PT_TDVPR)
		return NULL;
	return &m->vcpus[idx];
}

enum seam_model_vcpu_state seam_model_vcpu_state(const struct seam_model *m,
						 u64 tdvpr)
{
	const struct mvcpu *vp = vcpu_of(m, tdvpr);

	return vp ? vp->state : SEAM_MODEL_VCPU_NONE;
}

int seam_model_vcpu_associated_cpu(const struct seam_model *m, u64 tdvpr)
{
	const struct mvcpu *vp = vcpu_of(m, tdvpr);

	return vp && vp->assoc_cpu != NO_CPU ? vp->assoc_cpu : -1;
}

enum seam_model_sept_state seam_model_sept_state(const struct seam_model *m,
						 u64 tdr, u64 gpa, int level)
{
	int t = hpa_index(m, tdr), l, idx;

	if (!td_of(m, tdr) || level < 0 || level > SEPT_TOP_LEVEL)
		return SEAM_MODEL_SEPT_WALK_FAILED;
	for (l = SEPT_TOP_LEVEL; l > level; l--)
		if (!sept_is_nl(sept_state_of(m, sept_find(m, t, gpa, l))))
			return SEAM_MODEL_SEPT_WALK_FAILED;
	idx = sept_find(m, t, gpa, level);
	return sept_state_of(m, idx);
}

u64 seam_model_sept_hpa(const struct seam_model *m, u64 tdr, u64 gpa, int level)
{
	int t = hpa_index(m, tdr), idx;

	if (!td_of(m, tdr) || level < 0 || level > SEPT_TOP_LEVEL)
		return 0;
	idx = sept_find(m, t, gpa, level);
	return idx < 0 ? 0 : page_hpa(m, idx);
}

u64 seam_model_digest(const struct seam_model *m)
{
	u64 h = 0x5ea5ca11ULL;
	u32 i;

	h = mix_bytes(h, &m->arch, sizeof(m->arch));
	for (i = 0; i < m->cfg.nr_pages; i++) {
		const struct mpage *p = &m->pages[i];

		h = mix_bytes(h, p, sizeof(*p));
		if (p->pt == SEAM_PT_TDR)
			h = mix_bytes(h, &m->tds[i], sizeof(m->tds[i]));
		if (p->pt == SEAM_PT_TDVPR)
			h = mix_bytes(h, &m->vcpus[i], sizeof(m->vcpus[i]));
	}
	return mix_bytes(h, m->mem, m->mem_size);
}
