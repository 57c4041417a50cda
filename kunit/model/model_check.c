// SPDX-License-Identifier: GPL-2.0
/*
 * TDX model: consistency checks of the internal state
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * Read-only. Each check names the first thing it finds wrong in @msg and
 * returns -EUCLEAN. A TD in TEARDOWN is exempt from the checks of its
 * TDCS, vCPUs and S-EPT tree: once its KeyID is freed the host reclaims
 * its pages in any order, so only the PAMT and the child count still hold.
 */
#include "model_int.h"
#include "model_check.h"

#define CHECK_LEVELS	(PAMT_1G + 1)

/* Entries of each PAMT level, and the first 4 KiB page each one covers. */
static unsigned int check_nr_entries(const struct seam_model *m, int level)
{
	if (level == PAMT_1G)
		return MODEL_NR_1G;
	if (level == PAMT_2M)
		return MODEL_NR_2M;
	return m->cfg.nr_pages;
}

/*
 * The page index an entry of @level at position @i starts at, or -1 if no
 * page backs it: 4 KiB entries are per page, 2 MiB ones of a sparse model
 * per pool chunk (model_pamt_entry()), larger ones per address.
 */
static int check_first_page(const struct seam_model *m, int level, unsigned int i)
{
	u64 shift = PG_SHIFT + 9 * level;
	u64 pa = ((m->cfg.hpa_base >> shift) + i) << shift;

	if (level == PAMT_4K)
		return (int)i;
	if (level == PAMT_2M && m->mem.sparse)
		return i < m->cfg.nr_pages / 512 && m->mem.chunk_at[i] != MODEL_CHUNK_FREE ?
		       (int)(i * 512) : -1;
	if (pa < m->cfg.hpa_base)
		return -1;
	return hpa_index(m, pa);
}

static const struct mpage *check_entry(const struct seam_model *m, int level,
				       unsigned int i)
{
	if (level == PAMT_1G)
		return &m->mem.pamt_1g[i];
	if (level == PAMT_2M)
		return &m->mem.pamt_2m[i];
	return &m->mem.pages[i];
}

static bool check_live_tdr(const struct seam_model *m, u32 owner)
{
	return owner && owner <= m->cfg.nr_pages &&
	       m->mem.pages[owner - 1].pt == SEAM_PT_TDR &&
	       m->td.tds[owner - 1].lifecycle != LC_NONE;
}

static bool check_sept_leaf(u8 s)
{
	return s == SEAM_MODEL_SEPT_MAPPED || s == SEAM_MODEL_SEPT_BLOCKED ||
	       s == SEAM_MODEL_SEPT_PENDING || s == SEAM_MODEL_SEPT_PENDING_BLOCKED;
}

/* The PAMT page pair of 2 MiB entry @i: two different PAMT pages. */
static bool check_pair(const struct seam_model *m, unsigned int i)
{
	const u64 *pair = m->mem.dpamt.pair[i];
	int a = hpa_index(m, pair[0]), b = hpa_index(m, pair[1]);

	return a >= 0 && b >= 0 && a != b && model_dpamt_is_pamt_page(m, a) &&
	       model_dpamt_is_pamt_page(m, b);
}

/* Page type, owner and S-EPT state of one PAMT entry. */
static int check_pamt_entry(const struct seam_model *m, int level,
			    unsigned int i, char *msg, size_t len)
{
	const struct mpage *e = check_entry(m, level, i);
	int first = check_first_page(m, level, i);
	bool ok;

	switch (e->pt) {
	case SEAM_PT_NDA:
		ok = !e->owner && !e->sept_state;
		break;
	case SEAM_PT_TDR:
		ok = level == PAMT_4K && !e->owner && !e->sept_state &&
		     m->td.tds[i].lifecycle != LC_NONE;
		break;
	case SEAM_PT_TDCX:
	case SEAM_PT_TDVPR:
		ok = level == PAMT_4K && check_live_tdr(m, e->owner) &&
		     !e->sept_state;
		break;
	case SEAM_PT_EPT:
		ok = level == PAMT_4K && check_live_tdr(m, e->owner) &&
		     model_sept_is_nl(e->sept_state) && e->sept_level >= 1 &&
		     e->sept_level <= SEPT_TOP_LEVEL;
		break;
	case SEAM_PT_RSVD:	/* an extension pool page (model_ext.c) */
		ok = level == PAMT_4K && !e->owner && !e->sept_state;
		break;
	case PT_PAMT:
		ok = level == PAMT_2M && model_dpamt_on(m) && !e->owner &&
		     !e->sept_state && check_pair(m, i);
		break;
	case SEAM_PT_REG:
		ok = first >= 0 && check_live_tdr(m, e->owner) &&
		     check_sept_leaf(e->sept_state) && e->sept_level == level &&
		     first + (1U << (9 * level)) <= m->cfg.nr_pages;
		break;
	default:
		ok = false;
		break;
	}
	if (ok && e->sept_state && (e->gpa & ((PG_SIZE << (9 * e->sept_level)) - 1)))
		ok = false;
	if (ok && e->pt != SEAM_PT_NDA && first < 0)
		ok = false;
	if (!ok) {
		scnprintf(msg, len,
			  "PAMT %s entry %u (page %d): type %u, owner %u, S-EPT level %u state %u GPA %#llx",
			  level == PAMT_4K ? "4K" : level == PAMT_2M ? "2M" : "1G",
			  i, first, e->pt, e->owner, e->sept_level, e->sept_state,
			  e->gpa);
		return -EUCLEAN;
	}
	return 0;
}

/* A private page of 2 MiB or 1 GiB: every entry below it stays PT_NDA. */
static int check_huge_page(const struct seam_model *m, int level,
			   unsigned int i, char *msg, size_t len)
{
	int first = check_first_page(m, level, i), l;
	unsigned int j, n;

	if (check_entry(m, level, i)->pt != SEAM_PT_REG)
		return 0;
	for (l = level - 1; l >= PAMT_4K; l--) {
		n = 1U << (9 * (level - l));
		for (j = 0; j < n; j++) {
			const struct mpage *e;

			e = model_pamt_entry(m, first + (int)(j << (9 * l)), l);
			if (e->pt == SEAM_PT_NDA)
				continue;
			scnprintf(msg, len,
				  "page %d of the level-%d private page at page %d has type %u",
				  first + (int)(j << (9 * l)), level, first, e->pt);
			return -EUCLEAN;
		}
	}
	return 0;
}

/*
 * The S-EPT entry of a PAMT entry, for a TD not torn down: the only entry
 * of its GPA and level, below a non-leaf entry unless at the top level.
 */
static int check_sept_entry(const struct seam_model *m, int level,
			    unsigned int i, char *msg, size_t len)
{
	const struct mpage *e = check_entry(m, level, i);
	int first = check_first_page(m, level, i);
	u32 tdr = e->owner - 1;
	int found, parent;

	if (!e->sept_state || m->td.tds[tdr].lifecycle == LC_TEARDOWN)
		return 0;
	found = model_sept_find(m, tdr, e->gpa, e->sept_level);
	if (found != first) {
		scnprintf(msg, len,
			  "TD page %u: GPA %#llx level %u is mapped by pages %d and %d",
			  tdr, e->gpa, e->sept_level, first, found);
		return -EUCLEAN;
	}
	if (e->sept_level == SEPT_TOP_LEVEL)
		return 0;
	parent = model_sept_find(m, tdr, e->gpa, e->sept_level + 1);
	if (!model_sept_is_nl(model_sept_state_of(m, parent))) {
		scnprintf(msg, len,
			  "TD page %u: GPA %#llx level %u (page %d) hangs below a %s entry",
			  tdr, e->gpa, e->sept_level, first,
			  parent < 0 ? "missing" : "leaf");
		return -EUCLEAN;
	}
	return 0;
}

/* Pages of every size the PAMT gives TD @tdr, in 4 KiB pages. */
static u64 check_owned(const struct seam_model *m, u32 tdr)
{
	unsigned int i;
	u64 n = 0;
	int l;

	for (l = PAMT_4K; l < CHECK_LEVELS; l++)
		for (i = 0; i < check_nr_entries(m, l); i++)
			if (check_entry(m, l, i)->owner == tdr + 1)
				n += 1ULL << (9 * l);
	return n;
}

/* A list of TDCX pages: each one a TDCX page of TD @tdr. */
static bool check_tdcx(const struct seam_model *m, const u32 *tdcx,
		       unsigned int n, u32 tdr)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		if (tdcx[i] >= m->cfg.nr_pages ||
		    m->mem.pages[tdcx[i]].pt != SEAM_PT_TDCX ||
		    m->mem.pages[tdcx[i]].owner != tdr + 1)
			return false;
	return true;
}

/* The counts of TD @tdr against its pages and vCPUs. */
static int check_td(const struct seam_model *m, u32 tdr, char *msg, size_t len)
{
	const struct mtd *td = &m->td.tds[tdr];
	unsigned int i, vcpus = 0, assoc = 0;
	u64 owned = check_owned(m, tdr);

	if (td->child_cnt != owned) {
		scnprintf(msg, len, "TD page %u: child count %llu, owns %llu pages",
			  tdr, td->child_cnt, owned);
		return -EUCLEAN;
	}
	if (td->lifecycle == LC_TEARDOWN)
		return 0;
	for (i = 0; i < m->cfg.nr_pages; i++) {
		const struct mvcpu *vp = &m->vp.vcpus[i];

		if (m->mem.pages[i].pt != SEAM_PT_TDVPR ||
		    m->mem.pages[i].owner != tdr + 1)
			continue;
		if (vp->tdr != tdr || vp->state == SEAM_MODEL_VCPU_NONE ||
		    vp->num_tdcx >= MODEL_TDVPS_MAX ||
		    !check_tdcx(m, vp->tdcx, vp->num_tdcx, tdr) ||
		    (vp->assoc_cpu != NO_CPU && vp->assoc_cpu >= m->cfg.nr_lps)) {
			scnprintf(msg, len,
				  "vCPU page %u of TD page %u: TD %u, state %u, %u TDCX pages, CPU %u",
				  i, tdr, vp->tdr, vp->state, vp->num_tdcx,
				  vp->assoc_cpu);
			return -EUCLEAN;
		}
		vcpus += vp->state == SEAM_MODEL_VCPU_READY;
		assoc += vp->assoc_cpu != NO_CPU;
	}
	if (td->num_tdcx > MODEL_TDCS_MAX ||
	    !check_tdcx(m, td->tdcx, td->num_tdcx, tdr) ||
	    td->num_vcpus != vcpus || td->num_vcpus > td->max_vcpus ||
	    td->num_assoc != assoc) {
		scnprintf(msg, len,
			  "TD page %u: %u TDCS pages, %u of %u vCPUs (%u initialised), %u associated (%u)",
			  tdr, td->num_tdcx, td->num_vcpus, td->max_vcpus, vcpus,
			  td->num_assoc, assoc);
		return -EUCLEAN;
	}
	return 0;
}

/* The KOT against the TDs, and the global state against the configuration. */
static int check_sys(const struct seam_model *m, char *msg, size_t len)
{
	const struct model_sys *s = &m->sys;
	unsigned int i, h, held = 0, used = 0;

	for (i = 0; i < m->cfg.nr_pages; i++) {
		const struct mtd *td = &m->td.tds[i];
		u8 want;

		if (m->mem.pages[i].pt != SEAM_PT_TDR || td->lifecycle == LC_TEARDOWN)
			continue;
		want = td->lifecycle == LC_BLOCKED ? SEAM_MODEL_HKID_RECLAIMED :
						     SEAM_MODEL_HKID_ASSIGNED;
		if (!is_private_hkid(m, td->hkid) ||
		    (s->kot[td->hkid].state != want &&
		     !(want == SEAM_MODEL_HKID_RECLAIMED &&
		       s->kot[td->hkid].state == SEAM_MODEL_HKID_FLUSHED))) {
			scnprintf(msg, len,
				  "TD page %u (life cycle %u) holds KeyID %u in KOT state %u",
				  i, td->lifecycle, td->hkid,
				  td->hkid < nr_hkids(m) ? s->kot[td->hkid].state : 0);
			return -EUCLEAN;
		}
		held++;
	}
	for (h = 0; h < nr_hkids(m); h++)
		used += s->kot[h].state != SEAM_MODEL_HKID_FREE;
	/* The one KeyID no TD holds is the global one, from TDH.SYS.CONFIG. */
	if (used != held + (s->sys_state >= SEAM_MODEL_SYS_CONFIGURED &&
			    s->kot[s->global_hkid].state != SEAM_MODEL_HKID_FREE)) {
		scnprintf(msg, len, "%u KeyIDs in use, %u held by TDs, system state %u",
			  used, held, s->sys_state);
		return -EUCLEAN;
	}
	if (s->nr_tdmrs > SEAM_MODEL_MAX_TDMRS ||
	    (s->lp_init & ~GENMASK_ULL(m->cfg.nr_lps - 1, 0)) ||
	    (s->pkg_key & ~all_pkgs(m)) || (s->wb_pending & ~all_pkgs(m))) {
		scnprintf(msg, len, "system: %u TDMRs, LPs %#llx, packages %#x and %#x",
			  s->nr_tdmrs, s->lp_init, s->pkg_key, s->wb_pending);
		return -EUCLEAN;
	}
	for (i = 0; i < s->nr_tdmrs; i++) {
		const struct mtdmr *t = &s->tdmr[i];

		if (t->next < t->base || t->next > t->base + t->size) {
			scnprintf(msg, len, "TDMR %u: base %#llx size %#llx next %#llx",
				  i, t->base, t->size, t->next);
			return -EUCLEAN;
		}
	}
	return 0;
}

/*
 * Dynamic PAMT: a 4 KiB entry that is not PT_NDA lies in a range a PAMT
 * page pair backs; a PAMT page is no page of any other kind (the entry a
 * walk to it ends at is PT_NDA); and the PAMT pages are exactly the pairs
 * of the PT_PAMT entries. Without dynamic PAMT there are none.
 */
static int check_dpamt(const struct seam_model *m, char *msg, size_t len)
{
	unsigned int i, pages = 0, pairs = 0;

	for (i = 0; i < MODEL_NR_2M; i++)
		pairs += m->mem.pamt_2m[i].pt == PT_PAMT;
	for (i = 0; i < m->cfg.nr_pages; i++) {
		const struct mpage *e = &m->mem.pages[i];
		bool backed = model_pamt_entry(m, (int)i, PAMT_2M)->pt == PT_PAMT;

		if (model_dpamt_on(m) && e->pt != SEAM_PT_NDA && !backed) {
			scnprintf(msg, len,
				  "page %u has type %u in a range no PAMT page pair backs",
				  i, e->pt);
			return -EUCLEAN;
		}
		if (!model_dpamt_is_pamt_page(m, (int)i))
			continue;
		pages++;
		if (model_pamt_leaf(m, (int)i, NULL)->pt != SEAM_PT_NDA) {
			scnprintf(msg, len, "PAMT page %u is also a page of type %u",
				  i, model_pamt_leaf(m, (int)i, NULL)->pt);
			return -EUCLEAN;
		}
	}
	if (pages != pairs * SEAM_DPAMT_PAGES ||
	    (!model_dpamt_on(m) && pages)) {
		scnprintf(msg, len, "%u PAMT pages for %u backed 2 MiB ranges (dynamic PAMT %u)",
			  pages, pairs, m->sys.dynamic_pamt);
		return -EUCLEAN;
	}
	return 0;
}

int seam_model_check_invariants(const struct seam_model *m, char *msg,
				size_t len)
{
	unsigned int i;
	int l, ret;

	for (l = PAMT_4K; l < CHECK_LEVELS; l++) {
		for (i = 0; i < check_nr_entries(m, l); i++) {
			ret = check_pamt_entry(m, l, i, msg, len);
			if (!ret && l > PAMT_4K)
				ret = check_huge_page(m, l, i, msg, len);
			if (!ret)
				ret = check_sept_entry(m, l, i, msg, len);
			if (ret)
				return ret;
		}
	}
	for (i = 0; i < m->cfg.nr_pages; i++) {
		if (m->mem.pages[i].pt != SEAM_PT_TDR)
			continue;
		ret = check_td(m, i, msg, len);
		if (ret)
			return ret;
	}
	ret = check_dpamt(m, msg, len);
	if (ret)
		return ret;
	return check_sys(m, msg, len);
}
