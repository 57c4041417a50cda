// SPDX-License-Identifier: GPL-2.0
/*
 * TDX model: the metadata leaves, answering from the module's field table
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * TDH.SYS.RD, TDH.MNG.RD/WR and TDH.VP.RD/WR know the fields of
 * seam_md_table.h, with the module's field IDs, and run the checks of
 * module 1.5.01 tdh_sys_rd.c, tdh_mng_rd_wr.c and tdh_vp_rd_wr.c in their
 * order. A field is looked up as the module does (metadata_generic.c
 * md_find_entry_idx()): by class and field code, ignoring the element
 * size, the context code, the write-mask-valid and increment-size bits and
 * bit 63 of the input ID.
 *
 * Where the model keeps what the module keeps in its control structures:
 * the host-writable vCPU fields in the TDVPR page (zeroed by TDH.VP.CREATE),
 * one 8-byte slot per SEAM_MD_F_STORE row in table order; the TD's virtual
 * TSC frequency and CPUID values in its first TDCS page, written by
 * model_md_td_init() from TDH.MNG.INIT.
 */
#include "model_int.h"
#include "seam_md_table.h"

/* Input bits md_check_as_single_element_id() requires to be 0. */
#define MD_ID_MUST_BE_0		(SEAM_MD_RESERVED_MASK | SEAM_MD_LAST_ELEMENT_MASK | \
				 SEAM_MD_LAST_FIELD_MASK)
/* The CPUID_VALUES class of the TD scope (md_find_entry_idx():213). */
#define MD_TD_CPUID_CLASS	0x14
/* Native TSC frequency of the modelled platform, Hz (25 MHz units: 100). */
#define MD_NATIVE_TSC_HZ	2500000000ULL
/* TD_PARAMS.TSC_FREQUENCY unit, Hz (helpers.c VIRT_TSC_FREQUENCY_UNIT). */
#define MD_TSC_UNIT_HZ		25000000ULL
/* Offset of TD_PARAMS.CPUID_CONFIG (16 bytes per configurable leaf). */
#define MD_TDP_CPUID_CONFIG	256
/* First TDCS page: the TSC frequency, then the CPUID values. */
#define MD_TDCS_TSC_FREQ	0
#define MD_TDCS_CPUID		8

/**
 * struct md_ref - a field the caller named, as the lookup found it
 * @f: its table row
 * @k: element index within the row (SYS/VP), or configurable leaf (TD CPUID)
 * @e: element of a TD CPUID_VALUES field (0: EBX:EAX, 1: EDX:ECX)
 * @row: index of @f in the profile's rows (md_row())
 */
struct md_ref {
	const struct seam_md_entry *f;
	unsigned int k;
	unsigned int e;
	unsigned int row;
};

static u64 md_size_mask(const struct seam_md_entry *f)
{
	return f->elem_size == 8 ? ~0ULL : (1ULL << (f->elem_size * 8)) - 1;
}

static unsigned int md_class(u64 id)
{
	return (id & SEAM_MD_CLASS_MASK) >> SEAM_MD_CLASS_SHIFT;
}

static bool md_is_td_cpuid(const struct seam_md_entry *f)
{
	return f->scope == SEAM_MD_SCOPE_TD && md_class(f->id) == MD_TD_CPUID_CLASS;
}

/* Field code of TD CPUID_VALUES for configurable leaf @k, element @e. */
static u64 md_td_cpuid_code(unsigned int k, unsigned int e)
{
	const struct seam_md_cpuid *c = &seam_md_cpuid_config[k];
	u64 code = (u64)(c->leaf & 0x7f) << SEAM_MD_CV_LEAF_SHIFT | e;

	if (c->leaf & BIT(31))
		code |= SEAM_MD_CV_LEAF_BIT31;
	if (c->subleaf == SEAM_MD_CPUID_NO_SUBLEAF)
		code |= SEAM_MD_CV_SUBLEAF_NA | SEAM_MD_CV_SUBLEAF_MASK;
	else
		code |= (u64)c->subleaf << SEAM_MD_CV_SUBLEAF_SHIFT;
	return code;
}

/*
 * The configurable leaf a TD CPUID_VALUES field code names, or -1. With
 * SUBLEAF_NA set the sub-leaf bits do not matter
 * (md_cpuid_field_id_get_leaf_subleaf()).
 */
static int md_td_cpuid_find(u64 code)
{
	unsigned int k;
	u64 mask = SEAM_MD_FIELD_CODE_MASK & ~SEAM_MD_CV_ELEMENT;

	if (code & SEAM_MD_CV_SUBLEAF_NA)
		code |= SEAM_MD_CV_SUBLEAF_MASK;
	for (k = 0; k < SEAM_MD_NUM_CPUID_CONFIG; k++)
		if ((md_td_cpuid_code(k, 0) & mask) == (code & mask))
			return (int)k;
	return -1;
}

/*
 * The rows of the model's profile, in lookup order: seam_md_table[], then
 * in profile 2.0 seam_md_table_2_0[].
 */
static unsigned int md_nr_rows(const struct seam_model *m)
{
	return ARRAY_SIZE(seam_md_table) + (model_is_2_0(m) ? ARRAY_SIZE(seam_md_table_2_0) : 0);
}

static const struct seam_md_entry *md_row(unsigned int i)
{
	if (i < ARRAY_SIZE(seam_md_table))
		return &seam_md_table[i];
	return &seam_md_table_2_0[i - ARRAY_SIZE(seam_md_table)];
}

/* Look @id up among the fields of @scope (md_find_entry_idx()). */
static bool md_lookup(const struct seam_model *m, unsigned int scope, u64 id,
		      struct md_ref *ref)
{
	u64 code = id & SEAM_MD_FIELD_CODE_MASK;
	unsigned int i;
	int k;

	for (i = 0; i < md_nr_rows(m); i++) {
		const struct seam_md_entry *f = md_row(i);
		u64 first = f->id & SEAM_MD_FIELD_CODE_MASK;

		if (f->scope != scope || md_class(f->id) != md_class(id))
			continue;
		if (md_is_td_cpuid(f)) {
			k = md_td_cpuid_find(code);
			if (k < 0)
				return false;
			*ref = (struct md_ref){ f, k, code & SEAM_MD_CV_ELEMENT, i };
			return true;
		}
		if (code >= first && code < first + f->nr) {
			*ref = (struct md_ref){ f, code - first, 0, i };
			return true;
		}
	}
	return false;
}

/* Slot of a SEAM_MD_F_STORE row in the TDVPR page. */
static unsigned int md_store_slot(const struct seam_md_entry *f)
{
	unsigned int i, slot = 0;

	for (i = 0; &seam_md_table[i] != f; i++)
		if (seam_md_table[i].flags & SEAM_MD_F_STORE)
			slot++;
	return slot;
}

static u8 *md_vp_store(struct seam_model *m, int v, const struct seam_md_entry *f)
{
	return page_mem(m, v) + md_store_slot(f) * sizeof(u64);
}

static u8 *md_tdcs(struct seam_model *m, const struct mtd *td)
{
	return page_mem(m, td->tdcx[0]);
}

/*
 * TSC multiplier of a TD (helpers.c calculate_tsc_virt_params()):
 * virtual frequency * 2^48 / native frequency, rounded down, in 16-bit
 * steps so that no intermediate value overflows.
 */
static u64 md_tsc_multiplier(u64 tsc_freq)
{
	u64 q = tsc_freq * MD_TSC_UNIT_HZ;
	u64 mult = q / MD_NATIVE_TSC_HZ, rem = q % MD_NATIVE_TSC_HZ;
	unsigned int i;

	for (i = 0; i < 3; i++) {
		rem <<= 16;
		mult = mult << 16 | rem / MD_NATIVE_TSC_HZ;
		rem %= MD_NATIVE_TSC_HZ;
	}
	return mult;
}

/**
 * model_md_td_init() - Keep what TDH.MNG.INIT configures for the metadata
 * @m: the model
 * @td: the TD, with its TDCS pages
 * @td_params: the TD_PARAMS page TDH.MNG.INIT read
 *
 * Stores the virtual TSC frequency and the TD's value of each configurable
 * CPUID leaf (TD_PARAMS.CPUID_CONFIG within the bits the module lets the
 * host configure) in the TD's first TDCS page.
 */
void model_md_td_init(struct seam_model *m, const struct mtd *td, const u8 *td_params)
{
	u8 *tdcs = md_tdcs(m, td);
	unsigned int k, e;
	u64 v;

	v = td_params[SEAM_MODEL_TDP_TSC_FREQUENCY] |
	    (u64)td_params[SEAM_MODEL_TDP_TSC_FREQUENCY + 1] << 8;
	memcpy(tdcs + MD_TDCS_TSC_FREQ, &v, sizeof(v));
	for (k = 0; k < SEAM_MD_NUM_CPUID_CONFIG; k++) {
		for (e = 0; e < 2; e++) {
			v = rd64(td_params + MD_TDP_CPUID_CONFIG + k * 16 + e * 8) &
			    seam_md_cpuid_config[k].values[e];
			memcpy(tdcs + MD_TDCS_CPUID + (k * 2 + e) * 8, &v, sizeof(v));
		}
	}
}

/* TDX_FEATURES0 bit of DICE quoting (Linux quoting v2; not in seamcall.h). */
#define MD_FEATURES0_QUOTE	BIT_ULL(50)

/**
 * struct md_profile - what TDH.SYS.RD reports for a profile
 * @major: MAJOR_VERSION
 * @minor: MINOR_VERSION
 * @update: UPDATE_VERSION
 * @features0: TDX_FEATURES0 (UPDATE_COMPAT aside, see model_features0())
 *
 * Profile 1.5.01 answers from the field table (module 1.5.01's fields,
 * 1.5.06's version, the model's choices; seam_md_table.h). Profile 1.5 is
 * release 1.5.16 and its ``tdx_feature0`` in ``mapping_file.json`` of
 * ``intel/tdx-module-binaries``. Profile 2.0 is the source 2.0.18 (its
 * version, ``proj_defs.mk`` @e69a439); no published binary of 2.0.18 says
 * its TDX_FEATURES0, so it is the word of 2.0.08, the newest 2.0 release
 * ``mapping_file.json`` lists (DYNAMIC_PAMT included), plus the bits the
 * leaves of Linux's posted series need: EXT (39), UPDATE_COMPAT (47),
 * QUOTE (50, Linux quoting v2 TDX_FEATURES0_QUOTE, which SYS.CONFIG
 * version 1 enables) and SYS_DISABLE (53, ``tdx_features_enum0_t``
 * @e69a439).
 */
struct md_profile {
	u16 major, minor, update;
	u64 features0;
};

static const struct md_profile md_profiles[SEAM_MODEL_NR_PROFILES] = {
	[SEAM_MODEL_PROFILE_1_5] = { 1, 5, 16, 0x226f3f0fbfULL },
	[SEAM_MODEL_PROFILE_2_0] = { 2, 0, 18, 0x32a71f0fbfULL | SEAM_TDX_FEATURES0_EXT |
				     MD_FEATURES0_QUOTE | SEAM_TDX_FEATURES0_SYS_DISABLE },
};

/* The table row of a global field ID. */
static const struct seam_md_entry *md_sys_row(const struct seam_model *m, u64 id)
{
	struct md_ref ref;

	md_lookup(m, SEAM_MD_SCOPE_SYS, id, &ref);
	return ref.f;
}

/**
 * model_features0() - TDX_FEATURES0 of the model's profile
 * @m: the model
 *
 * With UPDATE_COMPAT in profile 2.0 or with %SEAM_MODEL_FEAT_UPDATE_COMPAT.
 *
 * Return: the word TDH.SYS.RD reports, and what SYS.CONFIG and SYS.UPDATE
 * version 1 take in R9.
 */
u64 model_features0(const struct seam_model *m)
{
	u64 f = md_profiles[m->cfg.profile].features0;

	if (m->cfg.profile == SEAM_MODEL_PROFILE_1_5_01)
		f = md_sys_row(m, SEAM_MD_ID_TDX_FEATURES0)->value;
	if (model_update_compat(m))
		f |= SEAM_TDX_FEATURES0_UPDATE_COMPAT;
	return f;
}

/*
 * The module version and features a global field reports: the profile's,
 * or after a runtime update the version of the module the P-SEAMLDR
 * installed (model_seamldr.c; SEAM_MODEL_IMAGE_* order), and the pages the
 * extensions' pool still needs (model_ext.c). Other fields are the table's.
 */
static u64 md_sys_profile_value(const struct seam_model *m, const struct seam_md_entry *f)
{
	static const u64 ver_ids[] = {
		SEAM_MD_ID_MAJOR_VERSION, SEAM_MD_ID_MINOR_VERSION,
		SEAM_MD_ID_UPDATE_VERSION, SEAM_MD_ID_BUILD_NUM,
	};
	const struct md_profile *p = &md_profiles[m->cfg.profile];
	unsigned int i;

	if (f->id == SEAM_MD_ID_TDX_FEATURES0)
		return model_features0(m);
	if (f->id == SEAM_MD_ID_MEMORY_POOL_REQUIRED_PAGES)
		return model_ext_pool_missing(m);
	for (i = 0; i < ARRAY_SIZE(ver_ids); i++)
		if (f->id == ver_ids[i] && m->ldr.updated)
			return m->ldr.ver[i];
	if (m->cfg.profile == SEAM_MODEL_PROFILE_1_5_01)
		return f->value;
	switch (f->id) {
	case SEAM_MD_ID_MAJOR_VERSION:
		return p->major;
	case SEAM_MD_ID_MINOR_VERSION:
		return p->minor;
	case SEAM_MD_ID_UPDATE_VERSION:
		return p->update;
	}
	return f->value;
}

/* Value of a global field (metadata_sys.c md_sys_get_elements()). */
static u64 md_sys_value(const struct seam_model *m, const struct md_ref *ref)
{
	const struct seam_md_entry *f = ref->f;
	unsigned int n;

	if (f->flags & SEAM_MD_F_STATE)
		return m->cfg.nr_pkgs;			/* NUM_PKGS */
	if (!(f->flags & SEAM_MD_F_CPUID))
		return md_sys_profile_value(m, f);
	if (f->id == SEAM_MD_ID_CPUID_CONFIG_LEAVES) {
		if (ref->k >= SEAM_MD_NUM_CPUID_CONFIG)
			return ~0ULL;
		return seam_md_cpuid_config[ref->k].leaf |
		       (u64)seam_md_cpuid_config[ref->k].subleaf << 32;
	}
	n = ref->k / 2;
	return n < SEAM_MD_NUM_CPUID_CONFIG ? seam_md_cpuid_config[n].values[ref->k % 2] : 0;
}

/* Value of a TD field: the TD's state. */
static u64 md_td_value(struct seam_model *m, const struct mtd *td, const struct md_ref *ref)
{
	const u8 *tdcs = md_tdcs(m, td);

	switch (ref->f->id) {
	case SEAM_MD_ID_TD_NUM_VCPUS:
		return td->num_vcpus;
	case SEAM_MD_ID_TD_ATTRIBUTES:
		return td->attributes;
	case SEAM_MD_ID_TD_XFAM:
		return td->xfam;
	case SEAM_MD_ID_TD_MAX_VCPUS:
		return td->max_vcpus;
	case SEAM_MD_ID_TD_TSC_OFFSET:
		/* The model's TSC reads 0 at TDH.MNG.INIT: offset -(0 * mult). */
		return 0;
	case SEAM_MD_ID_TD_TSC_MULTIPLIER:
		return md_tsc_multiplier(rd64(tdcs + MD_TDCS_TSC_FREQ));
	case SEAM_MD_ID_TD_TSC_FREQUENCY:
		return rd64(tdcs + MD_TDCS_TSC_FREQ);
	case SEAM_MD_ID_TD_CONFIG_FLAGS:
		return td->config_flags;
	case SEAM_MD_ID_TD_MRTD:
		/* The model's 64-bit measurement, not SHA-384: element 0 only. */
		return ref->k ? 0 : td->mrtd;
	}
	/* CPUID_VALUES */
	return rd64(tdcs + MD_TDCS_CPUID + (ref->k * 2 + ref->e) * 8);
}

/* Value of a vCPU field: its store slot or the vCPU's state. */
static u64 md_vp_value(struct seam_model *m, int v, const struct md_ref *ref)
{
	const struct mvcpu *vp = &m->vp.vcpus[v];

	if (ref->f->flags & SEAM_MD_F_STORE)
		return rd64(md_vp_store(m, v, ref->f));
	switch (ref->f->id) {
	case SEAM_MD_ID_VP_RCX:
		return vp->init_rcx;
	case SEAM_MD_ID_VP_VCPU_INDEX:
		return vp->index;
	}
	/* VCPU_STATE_DETAILS: the model has no pending virtual interrupt. */
	return 0;
}

/* Host read mask of a field; @debug: the TD is a debug TD. */
static u64 md_rd_mask(const struct seam_md_entry *f, bool debug)
{
	if ((f->flags & SEAM_MD_F_DEBUG) && debug)
		return ~0ULL;
	return f->rd_mask & md_size_mask(f);
}

/*
 * The ID of the next readable element after @ref in its scope, as version
 * 1 of the read leaves returns it in RDX (md_get_next_element_in_context()),
 * or all ones after the last. Fields the table does not hold are skipped.
 */
static u64 md_next_id(const struct seam_model *m, const struct md_ref *ref, bool debug)
{
	const struct seam_md_entry *f = ref->f;
	unsigned int i;

	if (md_is_td_cpuid(f)) {
		if (!ref->e)
			return f->id | md_td_cpuid_code(ref->k, 1);
		if (ref->k + 1 < SEAM_MD_NUM_CPUID_CONFIG)
			return f->id | md_td_cpuid_code(ref->k + 1, 0);
	} else if (ref->k + 1 < f->nr) {
		return f->id + ref->k + 1;
	}
	for (i = ref->row + 1; i < md_nr_rows(m); i++) {
		const struct seam_md_entry *n = md_row(i);

		if (n->scope == f->scope && md_rd_mask(n, debug))
			return md_is_td_cpuid(n) ? n->id | md_td_cpuid_code(0, 0) : n->id;
	}
	return SEAM_MD_FIELD_ID_NA;
}

/* The first readable field of @scope, for a null field ID. */
static u64 md_first_id(const struct seam_model *m, unsigned int scope, bool debug)
{
	unsigned int i;

	for (i = 0; i < md_nr_rows(m); i++) {
		const struct seam_md_entry *f = md_row(i);

		if (f->scope == scope && md_rd_mask(f, debug))
			return md_is_td_cpuid(f) ? f->id | md_td_cpuid_code(0, 0) : f->id;
	}
	return SEAM_MD_FIELD_ID_NA;
}

static bool md_is_null(u64 id)
{
	return (id | SEAM_MD_CONTEXT_MASK) == SEAM_MD_FIELD_ID_NA;
}

/* TDH.SYS.RD (tdh_sys_rd.c:tdh_sys_rd()), after LP.INIT on this CPU. */
u64 model_sys_rd(struct seam_model *m, struct seam_model_regs *r)
{
	struct md_ref ref;
	u64 id = r->rdx;

	/* The dispatcher answers SYS_LP_INIT_NOT_DONE (tdh_sys_rd.c:53). */
	set_out(m, r, &r->rdx, SEAM_MD_FIELD_ID_NA);
	set_out(m, r, &r->r8, 0);
	if (md_is_null(id)) {
		set_out(m, r, &r->rdx, md_first_id(m, SEAM_MD_SCOPE_SYS, false));
		return SEAM_TDX_METADATA_FIRST_FIELD_ID_IN_CONTEXT;
	}
	if ((id & MD_ID_MUST_BE_0) || !md_lookup(m, SEAM_MD_SCOPE_SYS, id, &ref))
		return SEAM_TDX_METADATA_FIELD_ID_INCORRECT;
	set_out(m, r, &r->r8, md_sys_value(m, &ref) & md_rd_mask(ref.f, false));
	set_out(m, r, &r->rdx, md_next_id(m, &ref, false));
	return SEAM_TDX_SUCCESS;
}

/*
 * TDH.SYS.RDALL (tdh_sys_rdall.c, metadata_generic.c md_dump_list()):
 * every readable global element from @r->r8 (the first for the null ID)
 * into the list page at RDX: an 8-byte list header (bytes written, then
 * the number of sequences), then sequences, each a header (the first
 * element's field ID with LAST_FIELD_IN_SEQUENCE = its count - 1) and the
 * values of elements at consecutive field codes of one class and element
 * size. The model's global fields always fit in the page, so R8 returns
 * the null ID and the status is success (the module answers
 * METADATA_LIST_OVERFLOW with the next ID once the page is full).
 */
u64 model_sys_rdall(struct seam_model *m, struct seam_model_regs *r)
{
	u64 id = r->r8, seq = 0, prev = SEAM_MD_FIELD_ID_NA, v;
	u16 size = 8, nr_seq = 0;
	struct md_ref ref;
	u8 *list;
	int idx;
	u64 st;

	st = model_check_shared(m, r->rdx, PG_SIZE, SEAM_OPERAND_ID_RDX, &idx);
	if (st)
		return st;
	if (md_is_null(id))
		id = md_first_id(m, SEAM_MD_SCOPE_SYS, false);
	else if (!md_lookup(m, SEAM_MD_SCOPE_SYS, id, &ref))
		return err_op(SEAM_TDX_METADATA_FIELD_ID_INCORRECT, SEAM_OPERAND_ID_R8);
	list = page_mem(m, idx);
	memset(list, 0, PG_SIZE);
	for (; !md_is_null(id); prev = id, id = md_next_id(m, &ref, false)) {
		md_lookup(m, SEAM_MD_SCOPE_SYS, id, &ref);
		id = ref.f->id + ref.k;
		v = md_sys_value(m, &ref) & md_rd_mask(ref.f, false);
		if (md_is_null(prev) || md_class(id) != md_class(prev) ||
		    (id & SEAM_MD_ELEMENT_SIZE_MASK) != (prev & SEAM_MD_ELEMENT_SIZE_MASK) ||
		    (id & SEAM_MD_FIELD_CODE_MASK) != (prev & SEAM_MD_FIELD_CODE_MASK) + 1) {
			seq = size;
			memcpy(list + seq, &id, sizeof(id));
			size += 8;
			nr_seq++;
		} else {
			u64 hdr = rd64(list + seq) + BIT_ULL(SEAM_MD_LAST_FIELD_SHIFT);

			memcpy(list + seq, &hdr, sizeof(hdr));
		}
		memcpy(list + size, &v, sizeof(v));
		size += 8;
	}
	memcpy(list, &size, sizeof(size));
	memcpy(list + 2, &nr_seq, sizeof(nr_seq));
	set_out(m, r, &r->r8, SEAM_MD_FIELD_ID_NA);
	return SEAM_TDX_SUCCESS;
}

u64 model_sys_info(struct seam_model *m, struct seam_model_regs *r)
{
	u64 st;
	int idx;

	st = model_check_shared(m, r->rcx, 1024, SEAM_OPERAND_ID_RCX, &idx);
	if (st)
		return st;
	if (r->rdx < 1024)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RDX);
	st = model_check_shared(m, r->r8, 512, SEAM_OPERAND_ID_R8, &idx);
	if (st)
		return st;
	if (r->r9 < 32)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_R9);
	/* TDSYSINFO_STRUCT and the CMR array are not written. */
	set_out(m, r, &r->rdx, 0);
	set_out(m, r, &r->r9, 0);
	return SEAM_TDX_SUCCESS;
}

/*
 * Write @wr under the caller's mask @req to an element holding @old
 * (metadata_vp.c md_vp_write_element()): the bits the field's write mask
 * and @req both name take @wr, bits @req names outside the write mask
 * must keep their value. (The module starts a full-element write from 0;
 * the result is the same, as no element holds bits beyond its size.)
 */
static u64 md_write(const struct seam_md_entry *f, u64 old, u64 wr, u64 req, u64 *new)
{
	u64 combined = f->wr_mask & req, forbidden = req & ~f->wr_mask;

	if (!combined)
		return SEAM_TDX_METADATA_FIELD_NOT_WRITABLE;
	if ((old & forbidden) != (wr & forbidden))
		return SEAM_TDX_METADATA_FIELD_VALUE_NOT_VALID;
	*new = (old & ~combined) | (wr & combined);
	return SEAM_TDX_SUCCESS;
}

/*
 * The default outputs of TDH.MNG.RD/WR and TDH.VP.RD/WR: RDX (the next
 * field ID) on a read of version 1, R8 (the value) always; then the
 * version check.
 */
static u64 md_rdwr_start(struct seam_model *m, struct seam_model_regs *r, bool wr,
			 unsigned int ver)
{
	if (!wr && ver)
		set_out(m, r, &r->rdx, SEAM_MD_FIELD_ID_NA);
	set_out(m, r, &r->r8, 0);
	if (ver > 1)
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RAX);
	return SEAM_TDX_SUCCESS;
}

/*
 * The field ID @id of a TD or vCPU (@scope) read or write: a read of
 * version 1 with the null ID returns the first field in RDX, else the ID
 * must name a field of @scope, found into @ref.
 */
static u64 md_rdwr_lookup(struct seam_model *m, struct seam_model_regs *r,
			  unsigned int scope, u64 id, bool wr, unsigned int ver,
			  bool debug, struct md_ref *ref)
{
	if (!wr && ver && md_is_null(id)) {
		set_out(m, r, &r->rdx, md_first_id(m, scope, debug));
		return SEAM_TDX_METADATA_FIRST_FIELD_ID_IN_CONTEXT;
	}
	if ((id & MD_ID_MUST_BE_0) || !md_lookup(m, scope, id, ref))
		return SEAM_TDX_METADATA_FIELD_ID_INCORRECT;
	return SEAM_TDX_SUCCESS;
}

/* TDH.MNG.RD / TDH.MNG.WR (tdh_mng_rd_wr.c:tdh_mng_rdwr()). */
u64 model_mng_rdwr(struct seam_model *m, struct seam_model_regs *r, bool wr,
		   unsigned int ver)
{
	u64 id = r->rdx, st;
	struct md_ref ref;
	struct mtd *td;
	bool debug;
	int tdr;

	st = md_rdwr_start(m, r, wr, ver);
	if (st)
		return st;
	st = model_check_tdr(m, r->rcx, SEAM_OPERAND_ID_RCX, false, OPS_BUILT, &tdr, &td);
	if (st)
		return st;
	debug = td->attributes & SEAM_MODEL_TD_ATTR_DEBUG;
	st = md_rdwr_lookup(m, r, SEAM_MD_SCOPE_TD, id, wr, ver, debug, &ref);
	if (st)
		return st;
	/* No TD field of the table is host-writable (wr_mask 0). */
	if (wr)
		return SEAM_TDX_METADATA_FIELD_NOT_WRITABLE;
	if (!md_rd_mask(ref.f, debug))
		return SEAM_TDX_METADATA_FIELD_NOT_READABLE;
	set_out(m, r, &r->r8, md_td_value(m, td, &ref) & md_rd_mask(ref.f, debug));
	if (ver)
		set_out(m, r, &r->rdx, md_next_id(m, &ref, debug));
	return SEAM_TDX_SUCCESS;
}

/* TDH.VP.RD / TDH.VP.WR (tdh_vp_rd_wr.c:tdh_vp_rd_wr()). */
u64 model_vp_rdwr(struct seam_model *m, struct seam_model_regs *r, bool wr,
		  unsigned int ver)
{
	u64 id = r->rdx, wval = r->r8, wmask = r->r9, st, old, new;
	struct md_ref ref;
	struct mvcpu *vp;
	struct mtd *td;
	bool debug;
	int v;

	st = md_rdwr_start(m, r, wr, ver);
	if (st)
		return st;
	st = model_check_vcpu(m, r->rcx, SEAM_OPERAND_ID_RCX, OPS_BUILT, &v, &td);
	if (st)
		return st;
	vp = &m->vp.vcpus[v];
	st = model_check_vcpu_ready(m, td, vp);
	if (st)
		return st;
	debug = td->attributes & SEAM_MODEL_TD_ATTR_DEBUG;
	st = md_rdwr_lookup(m, r, SEAM_MD_SCOPE_VP, id, wr, ver, debug, &ref);
	if (st)
		return st;
	old = md_vp_value(m, v, &ref);
	if (wr) {
		st = md_write(ref.f, old, wval, wmask, &new);
		if (st)
			return st;
		memcpy(md_vp_store(m, v, ref.f), &new, sizeof(new));
	} else if (!md_rd_mask(ref.f, debug)) {
		return SEAM_TDX_METADATA_FIELD_NOT_READABLE;
	}
	/*
	 * The module associates the vCPU before it looks at the field ID
	 * (tdh_vp_rd_wr.c:146) and keeps the association on a later error;
	 * the model, which commits nothing on an error, only on success.
	 */
	model_do_assoc(m, vp, td);
	set_out(m, r, &r->r8, old & md_rd_mask(ref.f, debug));
	if (!wr && ver)
		set_out(m, r, &r->rdx, md_next_id(m, &ref, debug));
	return SEAM_TDX_SUCCESS;
}

/* TDH.MEM.RD / TDH.MEM.WR: 8 bytes of a mapped page of a debug TD. */
u64 model_mem_rdwr(struct seam_model *m, struct seam_model_regs *r, bool wr)
{
	u64 gpa = m->in.rcx, old, st;
	struct mtd *td;
	int tdr, idx;
	u8 *p;

	set_out(m, r, &r->rcx, 0);
	set_out(m, r, &r->rdx, 0);
	if (!wr)
		set_out(m, r, &r->r8, 0);
	st = model_check_tdr(m, m->in.rdx, SEAM_OPERAND_ID_RDX, false, OPS_BUILT, &tdr, &td);
	if (st)
		return st;
	if (!(td->attributes & SEAM_MODEL_TD_ATTR_DEBUG))
		return SEAM_TDX_TD_NON_DEBUG;
	if ((gpa & 7) || (gpa >> SEAM_MODEL_GPA_SHARED_BIT))
		return err_op(SEAM_TDX_OPERAND_INVALID, SEAM_OPERAND_ID_RCX);
	st = model_sept_walk(m, r, tdr, gpa, 0, &idx);
	if (st)
		return st;
	if (model_sept_state_of(m, idx) != SEAM_MODEL_SEPT_MAPPED)
		return model_state_err(m, r, SEAM_TDX_EPT_ENTRY_STATE_INCORRECT, idx, 0);
	p = page_mem(m, idx) + (gpa & (PG_SIZE - 1));
	old = rd64(p);
	if (wr)
		memcpy(p, &m->in.r8, 8);
	set_out(m, r, &r->r8, old);
	return SEAM_TDX_SUCCESS;
}
