// SPDX-License-Identifier: GPL-2.0
/*
 * seam_fuzz_inv.c - invariants of the TDX model, read through its public API
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * What the module's PAMT, KOT and Secure EPT must agree on, whatever the
 * calls that led there:
 *
 * - PAMT: a free page has no owner and is neither TD nor vCPU; a TDR has
 *   no owner and is a TD; a TDCX, TDVPR, S-EPT or regular page is owned by
 *   a page that is a live TD (its TDR); a page is a vCPU exactly when it is
 *   a TDVPR; an associated vCPU sits on an existing CPU; no other page type
 *   occurs.
 * - KOT: a TD that holds a KeyID holds a private one that no other TD
 *   holds, in the state its life cycle implies; a KeyID in use that no TD
 *   holds can only be the global one, after TDH.SYS.CONFIG.
 * - S-EPT census, for every TD not yet torn down (after TDH.MNG.KEY.FREEID
 *   the host reclaims S-EPT pages in any order, the tree is gone), at every
 *   GPA the input named and at every level: a leaf entry maps a regular
 *   page of that TD (of 4 KiB, 2 MiB or 1 GiB: the public page type and
 *   owner are those of the PAMT entry a walk ends at), a non-leaf entry
 *   points to an S-EPT page of that TD, a free entry points nowhere, and no
 *   entry hangs below a missing or leaf parent. Each 4 KiB regular and
 *   S-EPT page of the TD is found at most once, and exactly once when the
 *   input named no more GPAs than the census holds.
 */
#include <stdio.h>
#include <linux/kernel.h>
#include <seamcall.h>

#include "model_check.h"
#include "seam_fuzz.h"

#define SEAM_FUZZ_PAGE		4096ULL
#define SEAM_FUZZ_TOP_LEVEL	3
#define SEAM_FUZZ_GPA_MASK	(BIT_ULL(SEAM_MODEL_GPA_SHARED_BIT) - SEAM_FUZZ_PAGE)

void seam_fuzz_gpas_add(struct seam_fuzz_gpas *g, u64 v)
{
	u64 gpa = v & SEAM_FUZZ_GPA_MASK;
	unsigned int i;

	for (i = 0; i < g->nr; i++)
		if (g->gpa[i] == gpa)
			return;
	if (g->nr == SEAM_FUZZ_MAX_GPAS)
		g->incomplete = true;
	else
		g->gpa[g->nr++] = gpa;
}

static u64 seam_fuzz_level_size(int level)
{
	return SEAM_FUZZ_PAGE << (9 * level);
}

static bool seam_fuzz_sept_leaf(enum seam_model_sept_state s)
{
	return s == SEAM_MODEL_SEPT_MAPPED || s == SEAM_MODEL_SEPT_BLOCKED ||
	       s == SEAM_MODEL_SEPT_PENDING || s == SEAM_MODEL_SEPT_PENDING_BLOCKED;
}

static bool seam_fuzz_sept_nl(enum seam_model_sept_state s)
{
	return s == SEAM_MODEL_SEPT_NON_LEAF || s == SEAM_MODEL_SEPT_BLOCKED_NON_LEAF;
}

/* The PAMT entry of one page, and what it says the page is. */
static void seam_fuzz_check_page(const struct seam_fixture *f, u64 hpa)
{
	const struct seam_model *m = f->m;
	unsigned int pt = seam_model_page_type(m, hpa);
	u64 owner = seam_model_page_owner(m, hpa);
	bool td = seam_model_td_state(m, hpa) != SEAM_MODEL_TD_NONE;
	bool vcpu = seam_model_vcpu_state(m, hpa) != SEAM_MODEL_VCPU_NONE;
	int cpu = seam_model_vcpu_associated_cpu(m, hpa);

	switch (pt) {
	case SEAM_PT_NDA:
		if (owner || td || vcpu)
			seam_fuzz_fail("free page %#llx: owner %#llx, TD %d, vCPU %d",
				       hpa, owner, td, vcpu);
		return;
	case SEAM_PT_TDR:
		if (owner || !td || vcpu)
			seam_fuzz_fail("TDR %#llx: owner %#llx, TD %d, vCPU %d",
				       hpa, owner, td, vcpu);
		return;
	case SEAM_PT_TDCX:
	case SEAM_PT_TDVPR:
	case SEAM_PT_EPT:
	case SEAM_PT_REG:
		break;
	default:
		seam_fuzz_fail("page %#llx has page type %u", hpa, pt);
	}
	if (seam_model_page_type(m, owner) != SEAM_PT_TDR ||
	    seam_model_td_state(m, owner) == SEAM_MODEL_TD_NONE)
		seam_fuzz_fail("page %#llx (type %u) is owned by %#llx, not a live TDR",
			       hpa, pt, owner);
	if (td || vcpu != (bool)(pt == SEAM_PT_TDVPR))
		seam_fuzz_fail("page %#llx (type %u): TD %d, vCPU %d", hpa, pt,
			       td, vcpu);
	if (cpu < -1 || cpu >= (int)f->cfg.nr_lps)
		seam_fuzz_fail("vCPU %#llx is associated with CPU %d", hpa, cpu);
}

/* The KeyID of the TD @tdr: private, its own, in the state its life cycle implies. */
static void seam_fuzz_check_hkid(const struct seam_fixture *f, u64 tdr,
				 const u64 *holder)
{
	const struct seam_model *m = f->m;
	enum seam_model_td_state ts = seam_model_td_state(m, tdr);
	u16 hkid = seam_model_td_hkid(m, tdr);
	enum seam_model_hkid_state hs = seam_model_hkid_state(m, hkid);
	bool ok;

	switch (ts) {
	case SEAM_MODEL_TD_TEARDOWN:
		ok = !hkid;
		break;
	case SEAM_MODEL_TD_BLOCKED:
		ok = hs == SEAM_MODEL_HKID_RECLAIMED || hs == SEAM_MODEL_HKID_FLUSHED;
		break;
	default:
		ok = hs == SEAM_MODEL_HKID_ASSIGNED;
		break;
	}
	if (hkid && hkid < seam_model_first_private_hkid(m))
		ok = false;
	if (hkid && holder[hkid] != tdr)
		ok = false;
	if (!ok)
		seam_fuzz_fail("TD %#llx (state %d) holds KeyID %u (state %d, holder %#llx)",
			       tdr, ts, hkid, hs, holder[hkid]);
}

/* The KOT against the TDs: which TD holds which KeyID. */
static void seam_fuzz_check_kot(const struct seam_fixture *f)
{
	const struct seam_model *m = f->m;
	unsigned int i, nr_hkids = 1U << f->cfg.hkid_bits, unheld = 0;
	u64 holder[1U << 10] = {};

	for (i = 0; i < f->cfg.nr_pages; i++) {
		u64 tdr = f->cfg.hpa_base + i * SEAM_FUZZ_PAGE;
		u16 hkid = seam_model_td_hkid(m, tdr);

		if (!hkid)
			continue;
		if (hkid >= nr_hkids || holder[hkid])
			seam_fuzz_fail("KeyID %u is held by %#llx and %#llx",
				       hkid, tdr, hkid < nr_hkids ? holder[hkid] : 0);
		holder[hkid] = tdr;
	}
	for (i = 0; i < f->cfg.nr_pages; i++) {
		u64 tdr = f->cfg.hpa_base + i * SEAM_FUZZ_PAGE;

		if (seam_model_td_state(m, tdr) != SEAM_MODEL_TD_NONE)
			seam_fuzz_check_hkid(f, tdr, holder);
	}
	for (i = 0; i < nr_hkids; i++)
		if (!holder[i] && seam_model_hkid_state(m, i) != SEAM_MODEL_HKID_FREE)
			unheld++;
	if (unheld > (seam_model_sys_state(m) >= SEAM_MODEL_SYS_CONFIGURED))
		seam_fuzz_fail("%u KeyIDs are in use with no TD (system state %d)",
			       unheld, seam_model_sys_state(m));
}

/*
 * One S-EPT entry of @tdr; counts the pages it maps or points to in
 * @nr_reg and @nr_ept.
 */
static void seam_fuzz_check_entry(const struct seam_fixture *f, u64 tdr, u64 gpa,
				  int level, unsigned int *nr_reg,
				  unsigned int *nr_ept)
{
	const struct seam_model *m = f->m;
	enum seam_model_sept_state s = seam_model_sept_state(m, tdr, gpa, level);
	u64 hpa = seam_model_sept_hpa(m, tdr, gpa, level);
	unsigned int pt = seam_model_page_type(m, hpa);
	u64 owner = seam_model_page_owner(m, hpa);
	const char *what = NULL;

	if (seam_fuzz_sept_leaf(s)) {
		if (pt != SEAM_PT_REG || owner != tdr)
			what = "a leaf entry maps no regular page of the TD";
		/* 512 or 512 * 512 pages of 4 KiB for a 2 MiB or 1 GiB leaf */
		*nr_reg += 1U << (9 * level);
	} else if (seam_fuzz_sept_nl(s)) {
		if (pt != SEAM_PT_EPT || owner != tdr || !level)
			what = "a non-leaf entry points to no S-EPT page of the TD";
		(*nr_ept)++;
	} else if (s == SEAM_MODEL_SEPT_FREE) {
		if (hpa)
			what = "a free entry points to a page";
	} else if (s == SEAM_MODEL_SEPT_WALK_FAILED) {
		if (hpa)
			what = "an entry hangs below a missing or leaf entry";
		else if (level < SEAM_FUZZ_TOP_LEVEL &&
			 seam_fuzz_sept_nl(seam_model_sept_state(m, tdr, gpa, level + 1)))
			what = "the walk fails below a non-leaf entry";
	} else {
		what = "an entry has an unknown state";
	}
	if (what)
		seam_fuzz_fail("TD %#llx GPA %#llx L%d: %s (state %d, page %#llx %u, owner %#llx)",
			       tdr, gpa, level, what, s, hpa, pt, owner);
}

/* Whether (@gpa, @level) already came up among the first @n GPAs of @all. */
static bool seam_fuzz_seen(const u64 *all, unsigned int n, u64 gpa, int level)
{
	u64 mask = ~(seam_fuzz_level_size(level) - 1);
	unsigned int i;

	for (i = 0; i < n; i++)
		if ((all[i] & mask) == (gpa & mask))
			return true;
	return false;
}

/* Every S-EPT entry of @tdr at the GPAs of @g, against the pages it owns. */
static void seam_fuzz_check_sept(const struct seam_fixture *f, u64 tdr,
				 const struct seam_fuzz_gpas *g)
{
	const struct seam_model *m = f->m;
	unsigned int i, n = 0, nr_reg = 0, nr_ept = 0, own_reg = 0, own_ept = 0;
	u64 all[SEAM_FUZZ_MAX_GPAS + 2];
	int level;

	all[n++] = SEAM_FIXTURE_GPA_ADD;
	all[n++] = SEAM_FIXTURE_GPA_AUG;
	for (i = 0; i < g->nr; i++)
		all[n++] = g->gpa[i];
	for (i = 0; i < n; i++)
		for (level = 0; level <= SEAM_FUZZ_TOP_LEVEL; level++)
			if (!seam_fuzz_seen(all, i, all[i], level))
				seam_fuzz_check_entry(f, tdr, all[i], level,
						      &nr_reg, &nr_ept);

	for (i = 0; i < f->cfg.nr_pages; i++) {
		u64 hpa = f->cfg.hpa_base + i * SEAM_FUZZ_PAGE;

		if (seam_model_page_owner(m, hpa) != tdr)
			continue;
		own_reg += seam_model_page_type(m, hpa) == SEAM_PT_REG;
		own_ept += seam_model_page_type(m, hpa) == SEAM_PT_EPT;
	}
	if (nr_reg > own_reg || nr_ept > own_ept ||
	    (!g->incomplete && (nr_reg != own_reg || nr_ept != own_ept)))
		seam_fuzz_fail("TD %#llx: S-EPT maps %u regular, %u S-EPT pages; PAMT has %u, %u",
			       tdr, nr_reg, nr_ept, own_reg, own_ept);
}

void seam_fuzz_check_invariants(struct seam_fixture *f,
				const struct seam_fuzz_gpas *g)
{
	char msg[256];
	unsigned int i;

	for (i = 0; i < f->cfg.nr_pages; i++)
		seam_fuzz_check_page(f, f->cfg.hpa_base + i * SEAM_FUZZ_PAGE);
	seam_fuzz_check_kot(f);
	for (i = 0; i < f->cfg.nr_pages; i++) {
		u64 tdr = f->cfg.hpa_base + i * SEAM_FUZZ_PAGE;

		if (seam_model_page_type(f->m, tdr) == SEAM_PT_TDR &&
		    seam_model_td_state(f->m, tdr) != SEAM_MODEL_TD_TEARDOWN)
			seam_fuzz_check_sept(f, tdr, g);
	}
	if (seam_model_check_invariants(f->m, msg, sizeof(msg)))
		seam_fuzz_fail("model_check: %s", msg);
}
