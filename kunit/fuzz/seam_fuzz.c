// SPDX-License-Identifier: GPL-2.0
/*
 * seam_fuzz.c - coverage-guided fuzzing of the TDX model with libFuzzer
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * An input is a fixture stage and a sequence of records: SEAMCALLs with
 * any RAX and any RCX to R11 on any logical CPU, fault injections and TD
 * exit choices. The byte format is in kunit/fuzz/README.md. The model is
 * built once per fixture stage when the fuzzer starts; before each input
 * the harness copies the chosen stage's saved state back. After every
 * SEAMCALL it checks:
 *
 * - the model's call log holds the call as it went in and came out;
 * - a VMfailInvalid, #GP or #UD changed no register;
 * - no register above R11 changed, except on TDH.VP.ENTER and
 *   TDH.SERVTD.BIND, which return values there;
 * - an error status (bit 63), or an instruction that did not complete,
 *   left seam_model_digest() as it was, except that an interrupted
 *   TDH.PHYMEM.CACHE.WB keeps its progress, as in the module;
 * - after any other call, the invariants of seam_fuzz_inv.c hold.
 *
 * A failed check prints the call and aborts; ASan and UBSan abort on
 * their own reports. libFuzzer then saves the input as a crash file.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/kernel.h>
#include <seamcall.h>

#include "seam_md_table.h"
#include "seam_fuzz.h"

/*
 * The simulated memory: the pages the fixture's TD takes (TDMR_INFO, TDR,
 * TDCS, TD_PARAMS, TDVPS, three S-EPT pages, source, ADD and AUG pages)
 * and three free ones, unless SEAM_FUZZ_PAGES in the environment says more.
 */
#define SEAM_FUZZ_PAGES		(12 + SEAM_MODEL_TDCS_PAGES + SEAM_MODEL_TDVPS_PAGES)
#define SEAM_FUZZ_4K		0x1000ULL
#define SEAM_FUZZ_2M		0x200000ULL
#define SEAM_FUZZ_NR_STAGES	(SEAM_FIXTURE_FREEID + 1)
#define SEAM_FUZZ_MAX_CALLS	64

/* Record kinds by their first byte (see README.md). */
#define SEAM_FUZZ_OP_RAW_RAX	0x80	/* flag of a SEAMCALL record */
#define SEAM_FUZZ_OP_INJECT	0xe0	/* 0xe0..0xe6: a fault kind */
#define SEAM_FUZZ_OP_TD_EXIT	0xe8

/* Operand kinds, the low 3 bits of an operand's tag byte. */
enum {
	SEAM_FUZZ_ARG_ROLE,
	SEAM_FUZZ_ARG_FIXTURE,
	SEAM_FUZZ_ARG_PAGE,
	SEAM_FUZZ_ARG_KEYED,
	SEAM_FUZZ_ARG_GPA,
	SEAM_FUZZ_ARG_RAW,
	SEAM_FUZZ_ARG_PREV,
	SEAM_FUZZ_ARG_FIELD,
};

/*
 * What an operand of kind SEAM_FUZZ_ARG_ROLE is, by leaf and register
 * (RCX, RDX, R8, R9; R10 and R11 are always SEAM_FUZZ_R_VALUE): the
 * operand the ABI puts there, taken from the fixture, so that a valid call
 * is a few bytes away.
 */
enum {
	SEAM_FUZZ_R_VALUE,	/* the argument itself, 0 to 31 */
	SEAM_FUZZ_R_TDR,	/* the fixture's TDR, or a page as R_NEW - 1 */
	SEAM_FUZZ_R_TDVPR,	/* the fixture's TDVPR, or a page as R_NEW - 1 */
	SEAM_FUZZ_R_NEW,	/* free page 0 to 3 after the fixture's, or its pages */
	SEAM_FUZZ_R_GPA,	/* a GPA and level, as SEAM_FUZZ_ARG_GPA */
	SEAM_FUZZ_R_SRC,	/* the fixture's source or TD_PARAMS page */
	SEAM_FUZZ_R_FIELD,	/* the ID of the field the argument picks */
	SEAM_FUZZ_R_HKID,	/* a private KeyID */
	SEAM_FUZZ_R_TDMR,	/* the TDMR base, or the TDMR_INFO array page */
	SEAM_FUZZ_R_KEYED,	/* a fixture page with the TD's KeyID */
};

#define SEAM_FUZZ_ROLES(rcx, rdx, r8, r9) \
	{ SEAM_FUZZ_R_##rcx, SEAM_FUZZ_R_##rdx, SEAM_FUZZ_R_##r8, SEAM_FUZZ_R_##r9 }

static const u8 seam_fuzz_roles[][4] = {
	[SEAM_TDH_VP_ENTER] = SEAM_FUZZ_ROLES(TDVPR, VALUE, VALUE, VALUE),
	[SEAM_TDH_MNG_ADDCX] = SEAM_FUZZ_ROLES(NEW, TDR, VALUE, VALUE),
	[SEAM_TDH_MEM_PAGE_ADD] = SEAM_FUZZ_ROLES(GPA, TDR, NEW, SRC),
	[SEAM_TDH_MEM_SEPT_ADD] = SEAM_FUZZ_ROLES(GPA, TDR, NEW, VALUE),
	[SEAM_TDH_VP_ADDCX] = SEAM_FUZZ_ROLES(NEW, TDVPR, VALUE, VALUE),
	[SEAM_TDH_MEM_PAGE_RELOCATE] = SEAM_FUZZ_ROLES(GPA, TDR, NEW, VALUE),
	[SEAM_TDH_MEM_PAGE_AUG] = SEAM_FUZZ_ROLES(GPA, TDR, NEW, VALUE),
	[SEAM_TDH_MEM_RANGE_BLOCK] = SEAM_FUZZ_ROLES(GPA, TDR, VALUE, VALUE),
	[SEAM_TDH_MNG_KEY_CONFIG] = SEAM_FUZZ_ROLES(TDR, VALUE, VALUE, VALUE),
	[SEAM_TDH_MNG_CREATE] = SEAM_FUZZ_ROLES(NEW, HKID, VALUE, VALUE),
	[SEAM_TDH_VP_CREATE] = SEAM_FUZZ_ROLES(NEW, TDR, VALUE, VALUE),
	[SEAM_TDH_MNG_RD] = SEAM_FUZZ_ROLES(TDR, FIELD, VALUE, VALUE),
	[SEAM_TDH_MEM_RD] = SEAM_FUZZ_ROLES(GPA, TDR, VALUE, VALUE),
	[SEAM_TDH_MNG_WR] = SEAM_FUZZ_ROLES(TDR, FIELD, VALUE, VALUE),
	[SEAM_TDH_MEM_WR] = SEAM_FUZZ_ROLES(GPA, TDR, VALUE, VALUE),
	[SEAM_TDH_MEM_PAGE_DEMOTE] = SEAM_FUZZ_ROLES(GPA, TDR, NEW, VALUE),
	[SEAM_TDH_MR_EXTEND] = SEAM_FUZZ_ROLES(GPA, TDR, VALUE, VALUE),
	[SEAM_TDH_MR_FINALIZE] = SEAM_FUZZ_ROLES(TDR, VALUE, VALUE, VALUE),
	[SEAM_TDH_VP_FLUSH] = SEAM_FUZZ_ROLES(TDVPR, VALUE, VALUE, VALUE),
	[SEAM_TDH_MNG_VPFLUSHDONE] = SEAM_FUZZ_ROLES(TDR, VALUE, VALUE, VALUE),
	[SEAM_TDH_MNG_KEY_FREEID] = SEAM_FUZZ_ROLES(TDR, VALUE, VALUE, VALUE),
	[SEAM_TDH_MNG_INIT] = SEAM_FUZZ_ROLES(TDR, SRC, VALUE, VALUE),
	[SEAM_TDH_VP_INIT] = SEAM_FUZZ_ROLES(TDVPR, VALUE, VALUE, VALUE),
	[SEAM_TDH_MEM_PAGE_PROMOTE] = SEAM_FUZZ_ROLES(GPA, TDR, VALUE, VALUE),
	[SEAM_TDH_PHYMEM_PAGE_RDMD] = SEAM_FUZZ_ROLES(TDR, VALUE, VALUE, VALUE),
	[SEAM_TDH_MEM_SEPT_RD] = SEAM_FUZZ_ROLES(GPA, TDR, VALUE, VALUE),
	[SEAM_TDH_VP_RD] = SEAM_FUZZ_ROLES(TDVPR, FIELD, VALUE, VALUE),
	[SEAM_TDH_MNG_KEY_RECLAIMID] = SEAM_FUZZ_ROLES(TDR, VALUE, VALUE, VALUE),
	[SEAM_TDH_PHYMEM_PAGE_RECLAIM] = SEAM_FUZZ_ROLES(TDR, VALUE, VALUE, VALUE),
	[SEAM_TDH_MEM_PAGE_REMOVE] = SEAM_FUZZ_ROLES(GPA, TDR, VALUE, VALUE),
	[SEAM_TDH_MEM_SEPT_REMOVE] = SEAM_FUZZ_ROLES(GPA, TDR, VALUE, VALUE),
	[SEAM_TDH_SYS_INFO] = SEAM_FUZZ_ROLES(NEW, VALUE, NEW, VALUE),
	[SEAM_TDH_SYS_RD] = SEAM_FUZZ_ROLES(VALUE, FIELD, VALUE, VALUE),
	[SEAM_TDH_SYS_TDMR_INIT] = SEAM_FUZZ_ROLES(TDMR, VALUE, VALUE, VALUE),
	[SEAM_TDH_SYS_RDALL] = SEAM_FUZZ_ROLES(VALUE, NEW, FIELD, VALUE),
	[SEAM_TDH_MEM_TRACK] = SEAM_FUZZ_ROLES(TDR, VALUE, VALUE, VALUE),
	[SEAM_TDH_MEM_RANGE_UNBLOCK] = SEAM_FUZZ_ROLES(GPA, TDR, VALUE, VALUE),
	[SEAM_TDH_PHYMEM_PAGE_WBINVD] = SEAM_FUZZ_ROLES(KEYED, VALUE, VALUE, VALUE),
	[SEAM_TDH_MEM_SEPT_WR] = SEAM_FUZZ_ROLES(GPA, TDR, VALUE, VALUE),
	[SEAM_TDH_VP_WR] = SEAM_FUZZ_ROLES(TDVPR, FIELD, VALUE, VALUE),
	[SEAM_TDH_SYS_CONFIG] = SEAM_FUZZ_ROLES(TDMR, VALUE, HKID, VALUE),
	[SEAM_TDH_SYS_UPDATE] = SEAM_FUZZ_ROLES(VALUE, VALUE, VALUE, VALUE),
};

/* GPAs an operand of kind SEAM_FUZZ_ARG_GPA picks from. */
static const u64 seam_fuzz_gpa_tbl[8] = {
	SEAM_FIXTURE_GPA_ADD, SEAM_FIXTURE_GPA_AUG, 0x2000, 0x200000,
	0x40000000, 0x8000000000ULL, BIT_ULL(SEAM_MODEL_GPA_SHARED_BIT),
	BIT_ULL(SEAM_MODEL_GPA_SHARED_BIT) - 0x1000,
};

static struct seam_fixture *seam_fuzz_fix;
static bool seam_fuzz_trace;
static unsigned int seam_fuzz_nr_stages;
static void *seam_fuzz_snap[SEAM_FUZZ_NR_STAGES];
static u64 seam_fuzz_stage_digest[SEAM_FUZZ_NR_STAGES];

/* The bytes of one input, consumed from the front; 0 once they run out. */
struct seam_fuzz_in {
	const u8 *p;
	size_t n;
};

static u8 seam_fuzz_u8(struct seam_fuzz_in *in)
{
	if (!in->n)
		return 0;
	in->n--;
	return *in->p++;
}

static u64 seam_fuzz_u64(struct seam_fuzz_in *in)
{
	u64 v = 0;
	unsigned int i;

	for (i = 0; i < 8; i++)
		v |= (u64)seam_fuzz_u8(in) << (8 * i);
	return v;
}

/* The fixture's pages, in a fixed order; 0 where the stage made none yet. */
static u64 seam_fuzz_fixture_page(const struct seam_fixture *f, unsigned int i)
{
	const struct seam_fixture_td *td = &f->td;
	u64 pages[6 + ARRAY_SIZE(td->tdcs) + ARRAY_SIZE(td->tdcx) +
		  ARRAY_SIZE(td->sept)];
	unsigned int n = 0, j;

	pages[n++] = td->tdr;
	for (j = 0; j < ARRAY_SIZE(td->tdcs); j++)
		pages[n++] = td->tdcs[j];
	pages[n++] = td->td_params;
	pages[n++] = td->tdvpr;
	for (j = 0; j < ARRAY_SIZE(td->tdcx); j++)
		pages[n++] = td->tdcx[j];
	for (j = 0; j < ARRAY_SIZE(td->sept); j++)
		pages[n++] = td->sept[j];
	pages[n++] = td->src;
	pages[n++] = td->page_add;
	pages[n++] = td->page_aug;
	return pages[i % n];
}

/*
 * A metadata field ID: entry @i of the model's field table (seam_md_table.h)
 * and element @elem of it, or past the table 0 and ~0.
 */
static u64 seam_fuzz_field(unsigned int i, unsigned int elem)
{
	const struct seam_md_entry *e;

	i %= ARRAY_SIZE(seam_md_table) + 2;
	if (i >= ARRAY_SIZE(seam_md_table))
		return i == ARRAY_SIZE(seam_md_table) ? 0 : ~0ULL;
	e = &seam_md_table[i];
	return e->id + elem % e->nr;
}

/* The operand of @role for the argument @arg (see seam_fuzz_roles). */
static u64 seam_fuzz_role(const struct seam_fixture *f, unsigned int leaf,
			  unsigned int reg, unsigned int arg)
{
	u8 role = SEAM_FUZZ_R_VALUE;
	unsigned int used = 0, first, i;
	u64 page;

	if (leaf < ARRAY_SIZE(seam_fuzz_roles) && reg < 4)
		role = seam_fuzz_roles[leaf][reg];
	switch (role) {
	case SEAM_FUZZ_R_TDR:
	case SEAM_FUZZ_R_TDVPR:
		page = role == SEAM_FUZZ_R_TDR ? f->td.tdr : f->td.tdvpr;
		if (!arg && page)
			return page;
		/* else the free page a TD or vCPU of this input was made in */
		arg = arg ? arg - 1 : 0;
		break;
	case SEAM_FUZZ_R_NEW:
		break;
	case SEAM_FUZZ_R_GPA:
		return seam_fuzz_gpa_tbl[arg & 7] | (arg >> 3);
	case SEAM_FUZZ_R_SRC:
	case SEAM_FUZZ_R_TDMR:
		if (role == SEAM_FUZZ_R_TDMR && !(arg & 1))
			return f->cfg.hpa_base;
		page = role == SEAM_FUZZ_R_TDMR ? f->tdmr_info :
		       arg & 1 ? f->td.td_params : f->td.src;
		if (page)
			return page;
		/* else the first free page, which seam_fuzz_host_page() filled */
		arg = 0;
		break;
	case SEAM_FUZZ_R_FIELD:
		return seam_fuzz_field(arg, 0);
	case SEAM_FUZZ_R_HKID:
		/* after the global KeyID, which the fixture's TDH.SYS.CONFIG took */
		first = seam_model_first_private_hkid(f->m);
		return first + (arg + 1) % ((1U << f->cfg.hkid_bits) - first);
	case SEAM_FUZZ_R_KEYED:
		return seam_fixture_keyed_pa(f, seam_fuzz_fixture_page(f, arg), f->td.hkid);
	default:
		return arg;
	}
	/* A page: the @arg-th free one after the fixture's, or a fixture page. */
	if (arg < 4) {
		for (i = 0; i < f->cfg.nr_pages; i++)
			used += !!f->used[i];
		return f->cfg.hpa_base + (u64)(used + arg) * SEAM_FUZZ_4K;
	}
	return seam_fuzz_fixture_page(f, arg);
}

/* Operand @reg (0 for RCX to 5 for R11): a tag byte, kind in bits 2:0, argument in 7:3. */
static u64 seam_fuzz_operand(struct seam_fuzz_in *in, const struct seam_fixture *f,
			     const struct seam_model_regs *prev, unsigned int leaf,
			     unsigned int reg)
{
	const u64 prev_regs[] = {
		prev->rax, prev->rcx, prev->rdx, prev->r8, prev->r9, prev->r10,
		prev->r11,
	};
	u8 tag = seam_fuzz_u8(in);
	unsigned int arg = tag >> 3;
	u16 hkid;

	switch (tag & 7) {
	case SEAM_FUZZ_ARG_ROLE:
		return seam_fuzz_role(f, leaf, reg, arg);
	case SEAM_FUZZ_ARG_FIXTURE:
		return seam_fuzz_fixture_page(f, arg);
	case SEAM_FUZZ_ARG_PAGE:
		if (arg < 24)
			return f->cfg.hpa_base + (u64)arg * SEAM_FUZZ_4K;
		return f->cfg.hpa_base + (u64)(arg - 23) * SEAM_FUZZ_2M;
	case SEAM_FUZZ_ARG_KEYED:
		hkid = arg & 16 ? seam_model_first_private_hkid(f->m) : f->td.hkid;
		return seam_fixture_keyed_pa(f, seam_fuzz_fixture_page(f, arg), hkid);
	case SEAM_FUZZ_ARG_GPA:
		return seam_fuzz_gpa_tbl[arg & 7] | (arg >> 3);
	case SEAM_FUZZ_ARG_RAW:
		return seam_fuzz_u64(in);
	case SEAM_FUZZ_ARG_PREV:
		return prev_regs[arg % ARRAY_SIZE(prev_regs)];
	default:
		return seam_fuzz_field(seam_fuzz_u8(in), arg);
	}
}

static void seam_fuzz_print_regs(const char *what, const struct seam_model_regs *r)
{
	fprintf(stderr,
		"  %s: rax %#llx rcx %#llx rdx %#llx r8 %#llx r9 %#llx r10 %#llx r11 %#llx\n"
		"  %*s  r12 %#llx r13 %#llx r14 %#llx r15 %#llx rbx %#llx rdi %#llx rsi %#llx rbp %#llx\n",
		what, r->rax, r->rcx, r->rdx, r->r8, r->r9, r->r10, r->r11,
		(int)strlen(what), "", r->r12, r->r13, r->r14, r->r15, r->rbx,
		r->rdi, r->rsi, r->rbp);
}

/* Report a broken check of the call @in -> @out. */
static __noreturn void seam_fuzz_call_fail(const char *what,
					   const struct seam_model_regs *in,
					   const struct seam_model_regs *out)
{
	seam_fuzz_print_regs("in ", in);
	seam_fuzz_print_regs("out", out);
	seam_fuzz_fail("%s (leaf %llu on CPU %u, registers above)", what,
		       in->rax & SEAM_LEAF_MASK, seam_model_cpu(seam_fuzz_fix->m));
}

/* Registers a leaf may return above R11: TDH.VP.ENTER and TDH.SERVTD.BIND only. */
static bool seam_fuzz_high_regs_kept(const struct seam_model_regs *in,
				     const struct seam_model_regs *out)
{
	u64 leaf = in->rax & SEAM_LEAF_MASK;

	if (leaf == SEAM_TDH_VP_ENTER)
		return true;
	if (leaf != SEAM_TDH_SERVTD_BIND &&
	    (in->r12 != out->r12 || in->r13 != out->r13))
		return false;
	return in->r14 == out->r14 && in->r15 == out->r15 &&
	       in->rbx == out->rbx && in->rdi == out->rdi &&
	       in->rsi == out->rsi && in->rbp == out->rbp;
}

/* TDH.PHYMEM.CACHE.WB interrupted: the module keeps what it wrote back. */
static bool seam_fuzz_progress(const struct seam_model_regs *in, u64 st)
{
	return (in->rax & SEAM_LEAF_MASK) == SEAM_TDH_PHYMEM_CACHE_WB &&
	       seam_is_interrupted(st);
}

/*
 * Run one SEAMCALL record and check it. @digest is the digest before the
 * call and becomes the one after it.
 */
static void seam_fuzz_call(struct seam_fixture *f, struct seam_fuzz_in *in,
			   u8 op, struct seam_model_regs *prev, u64 *digest,
			   struct seam_fuzz_gpas *gpas)
{
	struct seam_model_regs r = *prev, out;
	const struct seam_model_log_entry *log;
	enum seam_model_exit e;
	u8 cpu_ver = seam_fuzz_u8(in);
	u64 *ops[] = { &r.rcx, &r.rdx, &r.r8, &r.r9, &r.r10, &r.r11 };
	unsigned int i, leaf;
	u64 st, after;

	r.rax = op & ~SEAM_FUZZ_OP_RAW_RAX;
	if (op & SEAM_FUZZ_OP_RAW_RAX)
		r.rax |= seam_fuzz_u64(in) & ~SEAM_LEAF_MASK;
	else
		r.rax |= (u64)(cpu_ver >> 6) << SEAM_VERSION_SHIFT;
	for (i = 0; i < ARRAY_SIZE(ops); i++) {
		*ops[i] = seam_fuzz_operand(in, f, prev, r.rax & SEAM_LEAF_MASK, i);
		seam_fuzz_gpas_add(gpas, *ops[i]);
	}
	seam_model_set_cpu(f->m, (cpu_ver & 0x3f) % f->cfg.nr_lps);

	leaf = r.rax & SEAM_LEAF_MASK;
	out = r;
	e = seam_model_seamcall(f->m, &out);

	log = seam_model_log_last(f->m);
	if (!log || memcmp(&log->in, &r, sizeof(r)) ||
	    memcmp(&log->out, &out, sizeof(out)) || log->exit != e ||
	    log->cpu != seam_model_cpu(f->m))
		seam_fuzz_call_fail("the call log does not hold this call", &r, &out);
	if (e != SEAM_MODEL_EXIT_RETURN && memcmp(&r, &out, sizeof(r)))
		seam_fuzz_call_fail("a call that did not complete changed registers",
				    &r, &out);
	if (!seam_fuzz_high_regs_kept(&r, &out))
		seam_fuzz_call_fail("a register above R11 changed", &r, &out);

	st = out.rax;
	if (seam_fuzz_trace)
		fprintf(stderr, "seam_fuzz: CPU %u leaf %llu RCX %#llx RDX %#llx: exit %d, %#llx\n",
			seam_model_cpu(f->m), r.rax & SEAM_LEAF_MASK, r.rcx, r.rdx,
			e, st);
	after = seam_model_digest(f->m);
	if ((e != SEAM_MODEL_EXIT_RETURN || (st & BIT_ULL(63))) &&
	    after != *digest && !seam_fuzz_progress(&r, st))
		seam_fuzz_call_fail("an error changed the state (digest)", &r, &out);
	if (leaf == SEAM_TDH_MEM_PAGE_DEMOTE && !st)
		gpas->incomplete = true;
	if (after != *digest)
		seam_fuzz_check_invariants(f, gpas);
	*digest = after;
	*prev = out;
}

/* A fault-injection record: kind, leaf (0xff: any), count, operand ID. */
static void seam_fuzz_inject(struct seam_fixture *f, struct seam_fuzz_in *in, u8 op)
{
	u8 leaf = seam_fuzz_u8(in), count = seam_fuzz_u8(in);
	u8 operand = seam_fuzz_u8(in);

	seam_model_inject(f->m, op - SEAM_FUZZ_OP_INJECT,
			  leaf == 0xff ? SEAM_MODEL_ANY_LEAF : leaf & 0x7f,
			  1 + (count & 3), operand);
}

/* A TD exit record: kind, exit reason, GPR and XMM selection, guest GPRs. */
static void seam_fuzz_td_exit(struct seam_fixture *f, struct seam_fuzz_in *in)
{
	struct seam_model_td_exit x = {};
	u64 *g = (u64 *)&x.guest, v;
	unsigned int i;

	x.kind = seam_fuzz_u8(in) & 1;
	x.exit_reason = seam_fuzz_u8(in);
	x.gpr_select = seam_fuzz_u8(in) | seam_fuzz_u8(in) << 8;
	x.xmm_select = seam_fuzz_u8(in) | seam_fuzz_u8(in) << 8;
	v = seam_fuzz_u64(in);
	for (i = 0; i < sizeof(x.guest) / sizeof(u64); i++)
		g[i] = v ^ (i * 0x0101010101010101ULL);
	seam_model_set_td_exit(f->m, &x);
}

/*
 * Before the fixture makes its TDMR_INFO array, and from then until it
 * makes its TD_PARAMS page, fill the first free page with a valid one, as
 * the fixture would: SEAM_FUZZ_R_TDMR and SEAM_FUZZ_R_SRC hand it to
 * TDH.SYS.CONFIG and TDH.MNG.INIT, which could not succeed otherwise.
 */
static void seam_fuzz_host_page(struct seam_fixture *f)
{
	unsigned int used = 0, i;
	u64 hpa, info[2];
	u8 *p;

	for (i = 0; i < f->cfg.nr_pages; i++)
		used += !!f->used[i];
	hpa = f->cfg.hpa_base + (u64)used * SEAM_FUZZ_4K;
	p = seam_model_page(f->m, hpa);
	if (!p || f->td.td_params)
		return;
	if (f->tdmr_info) {
		seam_fixture_write_td_params(f, hpa, 0, 1);
		return;
	}
	info[0] = hpa + SEAM_TDMR_INFO_ALIGN;
	memcpy(p, info, sizeof(info[0]));
	info[0] = f->cfg.hpa_base;
	info[1] = f->cfg.mem_size;
	memcpy(p + SEAM_TDMR_INFO_ALIGN + SEAM_MODEL_TDMR_INFO_BASE, &info[0],
	       sizeof(info[0]));
	memcpy(p + SEAM_TDMR_INFO_ALIGN + SEAM_MODEL_TDMR_INFO_SIZE, &info[1],
	       sizeof(info[1]));
}

/* libFuzzer's entry points, under names with the project's prefix. */
int seam_fuzz_one(const u8 *data, size_t size) __asm__("LLVMFuzzerTestOneInput");
int seam_fuzz_one(const u8 *data, size_t size)
{
	struct seam_fuzz_in in = { .p = data, .n = size };
	struct seam_fixture *f = seam_fuzz_fix;
	struct seam_fuzz_gpas gpas = {};
	/* Registers above R11 start distinct, so that a change shows. */
	struct seam_model_regs prev = {
		.r12 = 0x1212121212121212ULL, .r13 = 0x1313131313131313ULL,
		.r14 = 0x1414141414141414ULL, .r15 = 0x1515151515151515ULL,
		.rbx = 0xbbbbbbbbbbbbbbbbULL, .rdi = 0xd1d1d1d1d1d1d1d1ULL,
		.rsi = 0x5151515151515151ULL, .rbp = 0xb0b0b0b0b0b0b0b0ULL,
	};
	unsigned int stage, calls = 0;
	u64 digest;

	stage = seam_fuzz_u8(&in) % seam_fuzz_nr_stages;
	seam_fuzz_restore(seam_fuzz_snap[stage]);
	digest = seam_fuzz_stage_digest[stage];

	while (in.n && calls < SEAM_FUZZ_MAX_CALLS) {
		u8 op = seam_fuzz_u8(&in);

		if (op < SEAM_FUZZ_OP_INJECT) {
			seam_fuzz_call(f, &in, op, &prev, &digest, &gpas);
			calls++;
		} else if (op <= SEAM_FUZZ_OP_INJECT + SEAM_MODEL_FAULT_REPLY) {
			seam_fuzz_inject(f, &in, op);
		} else if (op == SEAM_FUZZ_OP_TD_EXIT) {
			seam_fuzz_td_exit(f, &in);
		} else {
			break;
		}
	}
	return 0;
}

int seam_fuzz_init(int *argc, char ***argv) __asm__("LLVMFuzzerInitialize");
int seam_fuzz_init(int *argc, char ***argv)
{
	const char *pages = getenv("SEAM_FUZZ_PAGES");
	const char *profile = getenv("SEAM_FUZZ_PROFILE");
	struct seam_model_config cfg = { .nr_pages = SEAM_FUZZ_PAGES };
	const struct seam_fuzz_gpas none = {};
	struct seam_fixture *f;
	unsigned int s;
	u64 st = SEAM_TDX_SUCCESS;

	if (pages && *pages)
		cfg.nr_pages = strtoul(pages, NULL, 0);
	/* "2.0": module 2.0.18 with dynamic PAMT on (SEAM_FUZZ_PAGES >= 1024). */
	if (profile && !strcmp(profile, "2.0"))
		cfg.profile = SEAM_MODEL_PROFILE_2_0;
	else if (profile && *profile)
		seam_fuzz_fail("SEAM_FUZZ_PROFILE: %s is not 2.0", profile);
	f = seam_fixture_create(&cfg);
	if (!f)
		seam_fuzz_fail("cannot create a model of %u pages", cfg.nr_pages);
	f->dynamic_pamt = cfg.profile == SEAM_MODEL_PROFILE_2_0;
	for (s = SEAM_FIXTURE_NONE; s < SEAM_FUZZ_NR_STAGES; s++) {
		st = seam_fixture_build(f, s);
		if (st)
			break;
		seam_fuzz_check_invariants(f, &none);
		seam_fuzz_host_page(f);
		seam_fuzz_snap[s] = seam_fuzz_snapshot();
		seam_fuzz_stage_digest[s] = seam_model_digest(f->m);
	}
	if (s < SEAM_FUZZ_NR_STAGES)
		seam_fuzz_fail("fixture stage %u failed: %#llx", s, st);
	seam_fuzz_nr_stages = s;
	seam_fuzz_trace = getenv("SEAM_FUZZ_TRACE");
	seam_fuzz_fix = f;
	/* From here on the harness calls the model directly. */
	seam_model_detach();
	seam_fuzz_freeze();
	return 0;
}
