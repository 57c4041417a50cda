// SPDX-License-Identifier: GPL-2.0
/*
 * kvm_md_kunit.c - the model's TD and vCPU metadata, as KVM uses it
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * Linux 7.x's KVM (arch/x86/kvm/vmx/tdx.c, tdx.h, tdx_arch.h) reads and
 * writes TD- and vCPU-scope metadata with field IDs that carry only the
 * class and the field code (BUILD_TDX_FIELD()), and the TD's CPUID values
 * with a field code of its own (tdx_read_cpuid()). The cases below make
 * the same calls, with IDs built the same way, and assert the values and
 * statuses of the module's metadata rules (kunit/model/seam_md_table.h,
 * module 1.5 metadata_generic.c, metadata_vp.c md_vp_write_element()).
 * They also walk each scope with the version-1 read leaves, which return
 * the next field ID in RDX.
 */
#include <kunit/test.h>
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/types.h>
#include <seamcall.h>

#include "seam_fixture.h"
#include "seam_md_table.h"

/* A field ID as KVM builds it: class and field code, nothing else. */
#define SEAM_KVM_FIELD(class, field)	((u64)(class) << 56 | (field))
/* KVM's classes (tdx_arch.h) and the non-architectural bit. */
#define SEAM_KVM_TD_EXEC		17
#define SEAM_KVM_VP_VMCS		0
#define SEAM_KVM_VP_OTHER_GUEST		17
#define SEAM_KVM_VP_MANAGEMENT		32
#define SEAM_KVM_NON_ARCH		BIT_ULL(63)
/* TD_PARAMS.CPUID_CONFIG: 16 bytes per configurable leaf. */
#define SEAM_KVM_TDP_CPUID		256
/* The fixture's TSC_FREQUENCY, 100 x 25 MHz, is the model's native one. */
#define SEAM_KVM_TSC_MULT_1		BIT_ULL(48)

/* Count and sum of elements of the table rows of @scope readable as asked. */
static unsigned int seam_kvm_elems(unsigned int scope, bool debug)
{
	unsigned int i, n = 0;

	for (i = 0; i < ARRAY_SIZE(seam_md_table); i++) {
		const struct seam_md_entry *f = &seam_md_table[i];

		if (f->scope != scope || (!f->rd_mask && !(debug && (f->flags & SEAM_MD_F_DEBUG))))
			continue;
		/* TD CPUID_VALUES: 2 elements per configurable leaf the model has. */
		n += f->id == SEAM_MD_ID_TD_CPUID_VALUES ? 2 * SEAM_MD_NUM_CPUID_CONFIG : f->nr;
	}
	return n;
}

/*
 * Follow RDX from the null field ID to the end with @leaf version 1 on
 * @rcx; return how many elements read successfully.
 */
static unsigned int seam_kvm_walk(struct kunit *test, u64 leaf, u64 rcx)
{
	struct seam_args a = { .rcx = rcx, .rdx = SEAM_MD_FIELD_ID_NA };
	unsigned int n = 0;
	u64 st;

	st = seam_call_ret(SEAM_LEAF_VER(leaf, 1), &a);
	KUNIT_EXPECT_EQ(test, st, SEAM_TDX_METADATA_FIRST_FIELD_ID_IN_CONTEXT);
	while (a.rdx != SEAM_MD_FIELD_ID_NA && n < 1000) {
		u64 id = a.rdx;

		a = (struct seam_args){ .rcx = rcx, .rdx = id };
		st = seam_call_ret(SEAM_LEAF_VER(leaf, 1), &a);
		KUNIT_EXPECT_EQ_MSG(test, st, SEAM_TDX_SUCCESS, "field %#llx", id);
		if (st)
			break;
		n++;
	}
	return n;
}

/*
 * Initialise the fixture's TD (built to TDCS pages) with a TD_PARAMS page
 * of our own: @attributes, and every CPUID_CONFIG byte set to @cpuid.
 * With @vcpu, also create and initialise a vCPU; return its TDVPR (or the
 * TDR without @vcpu).
 */
static u64 seam_kvm_td(struct kunit *test, u64 attributes, u8 cpuid, bool vcpu)
{
	struct seam_fixture *f = test->priv;
	u64 tdp, tdvpr, tdcx, e;
	unsigned int i;

	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_TD_TDCS), SEAM_TDX_SUCCESS);
	tdp = seam_fixture_alloc_page(f);
	KUNIT_ASSERT_NE(test, tdp, 0);
	seam_fixture_write_td_params(f, tdp, attributes, 4);
	memset((u8 *)seam_model_page(f->m, tdp) + SEAM_KVM_TDP_CPUID, cpuid,
	       16 * SEAM_MD_NUM_CPUID_CONFIG);
	KUNIT_ASSERT_EQ(test, seam_tdh_mng_init(f->td.tdr, tdp, &e), SEAM_TDX_SUCCESS);
	if (!vcpu)
		return f->td.tdr;
	tdvpr = seam_fixture_alloc_page(f);
	KUNIT_ASSERT_EQ(test, seam_tdh_vp_create(f->td.tdr, tdvpr), SEAM_TDX_SUCCESS);
	for (i = 0; i < SEAM_MODEL_TDVPS_PAGES - 1; i++) {
		tdcx = seam_fixture_alloc_page(f);
		KUNIT_ASSERT_EQ(test, seam_tdh_vp_addcx(tdvpr, tdcx), SEAM_TDX_SUCCESS);
	}
	KUNIT_ASSERT_EQ(test, seam_tdh_vp_init_v0(tdvpr, SEAM_FIXTURE_VP_RCX), SEAM_TDX_SUCCESS);
	return tdvpr;
}

/* TDH.SYS.RD from the first field to the last visits every table element. */
static void seam_kvm_sys_walk(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	struct seam_args a = { .rdx = SEAM_MD_FIELD_ID_NA };
	unsigned int n = 0;

	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_LP_INIT), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_TDH_SYS_RD, &a),
			SEAM_TDX_METADATA_FIRST_FIELD_ID_IN_CONTEXT);
	KUNIT_EXPECT_EQ(test, a.rdx, SEAM_MD_ID_NUM_PKGS);
	KUNIT_EXPECT_EQ(test, a.r8, 0);
	while (a.rdx != SEAM_MD_FIELD_ID_NA && n < 1000) {
		u64 id = a.rdx;

		a = (struct seam_args){ .rdx = id };
		KUNIT_ASSERT_EQ_MSG(test, seam_call_ret(SEAM_TDH_SYS_RD, &a), SEAM_TDX_SUCCESS,
				    "field %#llx", id);
		if (id == SEAM_MD_ID_NUM_PKGS)
			KUNIT_EXPECT_EQ(test, a.r8, f->cfg.nr_pkgs);
		/* CPUID_CONFIG_VALUES field 5 element 1: EDX:ECX of leaf 7.0. */
		if (id == SEAM_MD_ID_CPUID_CONFIG_VALUES + 11)
			KUNIT_EXPECT_EQ(test, a.r8, seam_md_cpuid_config[5].values[1]);
		/* Past the module's 18 leaves: no leaf, no configurable bit. */
		if (id == SEAM_MD_ID_CPUID_CONFIG_LEAVES + 31)
			KUNIT_EXPECT_EQ(test, a.r8, ~0ULL);
		if (id == SEAM_MD_ID_CPUID_CONFIG_VALUES + 63)
			KUNIT_EXPECT_EQ(test, a.r8, 0);
		n++;
	}
	KUNIT_EXPECT_EQ(test, n, seam_kvm_elems(SEAM_MD_SCOPE_SYS, false));
}

/*
 * The module looks a field up by class and field code: element size,
 * context code and bit 63 of the input do not matter, reserved and
 * last-element bits do (md_check_as_single_element_id()).
 */
static void seam_kvm_sys_id_bits(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	u64 v;

	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_LP_INIT), SEAM_TDX_SUCCESS);
	/* MAX_TDMRS with size code 3, context 2 and bit 63 cleared. */
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_rd(0x1120000300000008ULL, &v), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, v, 64);
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_rd(SEAM_MD_ID_MAX_TDMRS | BIT_ULL(24), &v),
			SEAM_TDX_METADATA_FIELD_ID_INCORRECT);
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_rd(SEAM_MD_ID_MAX_TDMRS | BIT_ULL(38), &v),
			SEAM_TDX_METADATA_FIELD_ID_INCORRECT);
	/* MAX_TDMRS's field code in class 0x12: no such field. */
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_rd(0x9200000100000008ULL, &v),
			SEAM_TDX_METADATA_FIELD_ID_INCORRECT);
	/* Field code 0x13 of class 0x11 is not a field. */
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_rd(0x9100000100000013ULL, &v),
			SEAM_TDX_METADATA_FIELD_ID_INCORRECT);
	KUNIT_EXPECT_EQ(test, v, 0);
}

/*
 * Before TDH.SYS.LP.INIT on this CPU, TDH.SYS.RD has already set RDX to -1
 * and R8 to 0 (tdh_sys_rd.c:48..53).
 */
static void seam_kvm_sys_before_lp_init(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	struct seam_args a = { .rdx = SEAM_MD_ID_MAX_TDMRS, .r8 = 0x55 };

	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_SYS_INIT), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_TDH_SYS_RD, &a), SEAM_TDX_SYS_LP_INIT_NOT_DONE);
	KUNIT_EXPECT_EQ(test, a.rdx, SEAM_MD_FIELD_ID_NA);
	KUNIT_EXPECT_EQ(test, a.r8, 0);
}

/* KVM's TSC reads (tdx_td_init() after TDH.MNG.INIT). */
static void seam_kvm_td_tsc(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	u64 tdr, v;

	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_VP_INIT), SEAM_TDX_SUCCESS);
	tdr = f->td.tdr;
	KUNIT_EXPECT_EQ(test, seam_tdh_mng_rd(tdr, SEAM_KVM_FIELD(SEAM_KVM_TD_EXEC, 10), &v),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, v, 0);
	KUNIT_EXPECT_EQ(test, seam_tdh_mng_rd(tdr, SEAM_KVM_FIELD(SEAM_KVM_TD_EXEC, 11), &v),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, v, SEAM_KVM_TSC_MULT_1);
	KUNIT_EXPECT_EQ(test, seam_tdh_mng_rd(tdr, SEAM_MD_ID_TD_TSC_FREQUENCY, &v),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, v, 100);
	KUNIT_EXPECT_EQ(test, seam_tdh_mng_rd(tdr, SEAM_MD_ID_TD_MAX_VCPUS, &v), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, v, 1);
	KUNIT_EXPECT_EQ(test, seam_tdh_mng_rd(tdr, SEAM_MD_ID_TD_NUM_VCPUS, &v), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, v, 1);
	KUNIT_EXPECT_EQ(test, seam_tdh_mng_rd(tdr, SEAM_MD_ID_TD_XFAM, &v), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, v, 3);
	/* No TD field is host-writable. */
	KUNIT_EXPECT_EQ(test, seam_tdh_mng_wr(tdr, SEAM_MD_ID_TD_ATTRIBUTES, 0, ~0ULL, &v),
			SEAM_TDX_METADATA_FIELD_NOT_WRITABLE);
	KUNIT_EXPECT_EQ(test, seam_kvm_walk(test, SEAM_TDH_MNG_RD, tdr),
			seam_kvm_elems(SEAM_MD_SCOPE_TD, false));
}

/* Before TDH.MNG.INIT the module answers no TD-scope read (op_state_lookup.c). */
static void seam_kvm_td_uninitialised(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	u64 v;

	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_TD_TDCS), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_tdh_mng_rd(f->td.tdr, SEAM_MD_ID_TD_ATTRIBUTES, &v),
			SEAM_TDX_OP_STATE_INCORRECT);
}

/*
 * KVM's tdx_read_cpuid() on a TD whose TD_PARAMS sets every CPUID_CONFIG
 * bit: the TD keeps the bits the module lets the host configure.
 */
static void seam_kvm_td_cpuid(struct kunit *test)
{
	u64 tdr = seam_kvm_td(test, 0, 0xff, false), base = SEAM_MD_ID_TD_CPUID_VALUES, v;

	/* Leaf 1, no sub-leaf: bit 8 and all-ones sub-leaf bits, as KVM sets them. */
	KUNIT_EXPECT_EQ(test, seam_tdh_mng_rd(tdr, base | 1 << 9 | 0x1fe, &v), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, v, seam_md_cpuid_config[0].values[0]);
	KUNIT_EXPECT_EQ(test, seam_tdh_mng_rd(tdr, base | 1 << 9 | 0x1fe | 1, &v),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, v, seam_md_cpuid_config[0].values[1]);
	/* Leaf 7, sub-leaf 1. */
	KUNIT_EXPECT_EQ(test, seam_tdh_mng_rd(tdr, base | 7 << 9 | 1 << 1, &v), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, v, seam_md_cpuid_config[6].values[0]);
	/* Leaf 0x80000008: leaf bit 31 in bit 16. */
	KUNIT_EXPECT_EQ(test, seam_tdh_mng_rd(tdr, base | 1 << 16 | 8 << 9 | 0x1fe, &v),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, v, seam_md_cpuid_config[9].values[0]);
	/* Leaf 0x1f sub-leaf 5, EDX:ECX, with KVM's ID (no size, no context). */
	KUNIT_EXPECT_EQ(test, seam_tdh_mng_rd(tdr, SEAM_KVM_NON_ARCH | 0x14ULL << 56 |
					      0x1f << 9 | 5 << 1 | 1, &v),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, v, seam_md_cpuid_config[17].values[1]);
	/* Sub-leaf 6 of leaf 0x1f is not configurable. */
	KUNIT_EXPECT_EQ(test, seam_tdh_mng_rd(tdr, base | 0x1f << 9 | 6 << 1, &v),
			SEAM_TDX_METADATA_FIELD_ID_INCORRECT);
}

/* What tdx_vcpu_init(), tdx_load_mmu_pgd() and tdx_inject_nmi() write. */
static void seam_kvm_vp_writes(struct kunit *test)
{
	static const struct {
		u64 id, val, mask, want;
	} w[] = {
		{ SEAM_KVM_FIELD(SEAM_KVM_VP_VMCS, 0x0002), 0xf2, 0xffff, 0xf2 },
		{ SEAM_KVM_FIELD(SEAM_KVM_VP_VMCS, 0x2016), 0x123440, ~0ULL, 0x123440 },
		{ SEAM_KVM_FIELD(SEAM_KVM_VP_VMCS, 0x4000), BIT(7), BIT(7), BIT(7) },
		{ SEAM_KVM_FIELD(SEAM_KVM_VP_VMCS, 0x401e), BIT(31), BIT(31), BIT(31) },
		{ SEAM_KVM_FIELD(SEAM_KVM_VP_VMCS, 0x401e), BIT(30), BIT(30), 0xc0000000 },
		{ SEAM_KVM_FIELD(SEAM_KVM_VP_VMCS, 0x4024), 131072, 0xffffffff, 131072 },
		{ SEAM_KVM_FIELD(SEAM_KVM_VP_VMCS, 0x203c), 0x7f000, ~0ULL, 0x7f000 },
		{ SEAM_KVM_FIELD(SEAM_KVM_VP_MANAGEMENT, 11), 1, 0xff, 1 },
	};
	struct seam_fixture *f = test->priv;
	unsigned int i;
	u64 old, v;

	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_VP_INIT), SEAM_TDX_SUCCESS);
	for (i = 0; i < ARRAY_SIZE(w); i++) {
		KUNIT_EXPECT_EQ_MSG(test, seam_tdh_vp_rd(f->td.tdvpr, w[i].id, &old),
				    SEAM_TDX_SUCCESS, "write %u", i);
		KUNIT_EXPECT_EQ_MSG(test, seam_tdh_vp_wr(f->td.tdvpr, w[i].id, w[i].val,
							 w[i].mask, &v),
				    SEAM_TDX_SUCCESS, "write %u", i);
		/* R8 returns the value before the write. */
		KUNIT_EXPECT_EQ_MSG(test, v, old, "write %u", i);
		KUNIT_EXPECT_EQ_MSG(test, seam_tdh_vp_rd(f->td.tdvpr, w[i].id, &v),
				    SEAM_TDX_SUCCESS, "write %u", i);
		KUNIT_EXPECT_EQ_MSG(test, v, w[i].want, "write %u", i);
	}
	/* tdx_protected_apic_has_interrupt(): no virtual interrupt pending. */
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_rd(f->td.tdvpr, SEAM_KVM_NON_ARCH |
					     SEAM_KVM_FIELD(SEAM_KVM_VP_OTHER_GUEST, 0x100), &v),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, v, 0);
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_rd(f->td.tdvpr, SEAM_MD_ID_VP_VCPU_INDEX, &v),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, v, 0);
	KUNIT_EXPECT_EQ(test, seam_kvm_walk(test, SEAM_TDH_VP_RD, f->td.tdvpr),
			seam_kvm_elems(SEAM_MD_SCOPE_VP, false));
}

/* The write rules of md_vp_write_element(), and what a production TD hides. */
static void seam_kvm_vp_errors(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	u64 vp, v;

	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_VP_INIT), SEAM_TDX_SUCCESS);
	vp = f->td.tdvpr;
	/* Bits 5:0 of the posted-interrupt descriptor address are not writable. */
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_wr(vp, SEAM_MD_ID_VMCS_POSTED_INTR_DESC_ADDR, 0x1007,
					     ~0ULL, &v),
			SEAM_TDX_METADATA_FIELD_VALUE_NOT_VALID);
	/* A mask with only non-writable bits writes nothing. */
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_wr(vp, SEAM_MD_ID_VMCS_PIN_BASED_CTLS, 1, 1, &v),
			SEAM_TDX_METADATA_FIELD_NOT_WRITABLE);
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_wr(vp, SEAM_MD_ID_VP_VCPU_INDEX, 1, ~0ULL, &v),
			SEAM_TDX_METADATA_FIELD_NOT_WRITABLE);
	/* A partial write keeps the other bits, even non-writable ones it does not name. */
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_wr(vp, SEAM_MD_ID_VMCS_NOTIFY_WINDOW, 0x1234, 0xffff,
					     &v),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_wr(vp, SEAM_MD_ID_VMCS_NOTIFY_WINDOW, 0x50000,
					     0xff0000, &v),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, v, 0x1234);
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_rd(vp, SEAM_MD_ID_VMCS_NOTIFY_WINDOW, &v),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, v, 0x51234);
	/* Guest RCX: a production TD's vCPU state is not the host's to read. */
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_rd(vp, SEAM_MD_ID_VP_RCX, &v),
			SEAM_TDX_METADATA_FIELD_NOT_READABLE);
	KUNIT_EXPECT_EQ(test, v, 0);
}

/* A debug TD shows the guest RCX that TDH.VP.INIT set; its TD fields. */
static void seam_kvm_vp_debug_rcx(struct kunit *test)
{
	u64 tdvpr = seam_kvm_td(test, SEAM_MODEL_TD_ATTR_DEBUG, 0, true), v;
	struct seam_fixture *f = test->priv;
	unsigned int i;

	KUNIT_EXPECT_EQ(test, seam_tdh_vp_rd(tdvpr, SEAM_MD_ID_VP_RCX, &v), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, v, SEAM_FIXTURE_VP_RCX);
	KUNIT_EXPECT_EQ(test, seam_tdh_mng_rd(f->td.tdr, SEAM_MD_ID_TD_NUM_VCPUS, &v),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, v, 1);
	KUNIT_EXPECT_EQ(test, seam_tdh_mng_rd(f->td.tdr, SEAM_MD_ID_TD_MAX_VCPUS, &v),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, v, 4);
	KUNIT_EXPECT_EQ(test, seam_tdh_mng_rd(f->td.tdr, SEAM_MD_ID_TD_ATTRIBUTES, &v),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, v, SEAM_MODEL_TD_ATTR_DEBUG);
	/* MRTD: the model's measurement in element 0, after MNG.INIT not 0. */
	KUNIT_EXPECT_EQ(test, seam_tdh_mng_rd(f->td.tdr, SEAM_MD_ID_TD_MRTD, &v),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_NE(test, v, 0);
	for (i = 1; i < 6; i++) {
		KUNIT_EXPECT_EQ(test, seam_tdh_mng_rd(f->td.tdr, SEAM_MD_ID_TD_MRTD + i, &v),
				SEAM_TDX_SUCCESS);
		KUNIT_EXPECT_EQ(test, v, 0);
	}
	KUNIT_EXPECT_EQ(test, seam_kvm_walk(test, SEAM_TDH_VP_RD, tdvpr),
			seam_kvm_elems(SEAM_MD_SCOPE_VP, true));
}

/*
 * Versions of the read leaves: version 2 is OPERAND_INVALID for RAX, and
 * version 1 reports no next field (RDX = -1) on any error
 * (tdh_mng_rd_wr.c:66, tdh_vp_rd_wr.c:86).
 */
static void seam_kvm_rd_versions(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	struct seam_args a;
	u64 leaf[] = { SEAM_TDH_MNG_RD, SEAM_TDH_VP_RD }, rcx[2];
	unsigned int i;

	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_VP_INIT), SEAM_TDX_SUCCESS);
	rcx[0] = f->td.tdr;
	rcx[1] = f->td.tdvpr;
	for (i = 0; i < ARRAY_SIZE(leaf); i++) {
		a = (struct seam_args){ .rcx = rcx[i], .rdx = SEAM_MD_ID_TD_XFAM };
		KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_LEAF_VER(leaf[i], 2), &a),
				SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RAX);
		KUNIT_EXPECT_EQ(test, a.rdx, SEAM_MD_FIELD_ID_NA);
		KUNIT_EXPECT_EQ(test, a.r8, 0);
		/* Field code 0x7ff of class 0x11 exists in neither scope. */
		a = (struct seam_args){ .rcx = rcx[i], .rdx = 0x11000000000007ffULL };
		KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_LEAF_VER(leaf[i], 1), &a),
				SEAM_TDX_METADATA_FIELD_ID_INCORRECT);
		KUNIT_EXPECT_EQ(test, a.rdx, SEAM_MD_FIELD_ID_NA);
		KUNIT_EXPECT_EQ(test, a.r8, 0);
	}
	/* Version 1 after a success: the next element of the same field. */
	a = (struct seam_args){ .rcx = f->td.tdr, .rdx = SEAM_MD_ID_TD_MRTD };
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_LEAF_VER(SEAM_TDH_MNG_RD, 1), &a),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, a.rdx, SEAM_MD_ID_TD_MRTD + 1);
}

/* The TDVPS page count comes before the vCPU state (tdh_vp_rd_wr.c:138). */
static void seam_kvm_vp_no_tdcx(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	u64 v;

	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_VP_CREATE), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_rd(f->td.tdvpr, SEAM_MD_ID_VP_VCPU_INDEX, &v),
			SEAM_TDX_TDCX_NUM_INCORRECT);
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_wr(f->td.tdvpr, SEAM_MD_ID_VP_PEND_NMI, 1, 1, &v),
			SEAM_TDX_TDCX_NUM_INCORRECT);
}

/* A successful TDH.VP.RD associates the vCPU with this CPU (tdh_vp_rd_wr.c:146). */
static void seam_kvm_vp_associates(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	u64 v;

	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_VP_INIT), SEAM_TDX_SUCCESS);
	KUNIT_ASSERT_EQ(test, seam_tdh_vp_flush(f->td.tdvpr), SEAM_TDX_SUCCESS);
	KUNIT_ASSERT_EQ(test, seam_model_vcpu_associated_cpu(f->m, f->td.tdvpr), -1);
	KUNIT_ASSERT_EQ(test, seam_fixture_set_cpu(f, 1), 0);
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_rd(f->td.tdvpr, SEAM_MD_ID_VP_VCPU_INDEX, &v),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_vcpu_associated_cpu(f->m, f->td.tdvpr), 1);
	/* Now CPU 0 finds it associated elsewhere. */
	KUNIT_ASSERT_EQ(test, seam_fixture_set_cpu(f, 0), 0);
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_rd(f->td.tdvpr, SEAM_MD_ID_VP_VCPU_INDEX, &v),
			SEAM_TDX_VCPU_ASSOCIATED);
}

static int seam_kvm_init(struct kunit *test)
{
	test->priv = seam_fixture_create(NULL);
	return test->priv ? 0 : -ENOMEM;
}

static void seam_kvm_exit(struct kunit *test)
{
	seam_fixture_destroy(test->priv);
}

static struct kunit_case seam_kvm_cases[] = {
	KUNIT_CASE(seam_kvm_sys_walk),
	KUNIT_CASE(seam_kvm_sys_id_bits),
	KUNIT_CASE(seam_kvm_sys_before_lp_init),
	KUNIT_CASE(seam_kvm_td_tsc),
	KUNIT_CASE(seam_kvm_td_uninitialised),
	KUNIT_CASE(seam_kvm_td_cpuid),
	KUNIT_CASE(seam_kvm_vp_writes),
	KUNIT_CASE(seam_kvm_vp_errors),
	KUNIT_CASE(seam_kvm_vp_debug_rcx),
	KUNIT_CASE(seam_kvm_rd_versions),
	KUNIT_CASE(seam_kvm_vp_no_tdcx),
	KUNIT_CASE(seam_kvm_vp_associates),
	{}
};

static struct kunit_suite seam_kvm_suite = {
	.name = "seamcall_upstream_kvm_md",
	.init = seam_kvm_init,
	.exit = seam_kvm_exit,
	.test_cases = seam_kvm_cases,
};

kunit_test_suites(&seam_kvm_suite);
