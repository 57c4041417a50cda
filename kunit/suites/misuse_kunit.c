// SPDX-License-Identifier: GPL-2.0
/*
 * Misuse of the SEAMCALL interface against the TDX module model: calls out
 * of order, wrong page owner or type, misaligned or out-of-range addresses,
 * reserved bits, bad levels, wrong TD, vCPU and S-EPT states. Each row
 * builds the module state up to a stage, issues one SEAMCALL and expects
 * the exact 64-bit status (status | operand ID) and no state change.
 *
 * The statuses are the Intel TDX module's (1.5.01 source), not the model's:
 * a row whose answer was changed to the module's cites the module source
 * it comes from. kunit/expect/ holds the full tables and the scenarios a
 * module accepts (they change state, which these rows must not).
 *
 * Copyright (C) 2026 The seamcall authors
 */
#include <kunit/test.h>
#include <linux/string.h>
#include <linux/bits.h>
#include <seamcall.h>

#include "seam_fixture.h"

/*
 * Operand values that name fixture objects resolved at run time: the top
 * byte is 0x70 + tag, the rest is added (or ORed) to the object's value.
 */
#define MIS_TAG(n)		((0x70ULL + (n)) << 56)
#define MIS_TAG_MASK		(0xffULL << 56)
#define T_TDR			MIS_TAG(1)
#define T_TDVPR			MIS_TAG(2)
#define T_TDCS			MIS_TAG(3)
#define T_FREE			MIS_TAG(4)
#define T_FREE2			MIS_TAG(5)
#define T_FREE_KEYED		MIS_TAG(6)
#define T_FREE_SHARED		MIS_TAG(7)
#define T_OUTSIDE		MIS_TAG(8)
#define T_OUTSIDE_KEYED		MIS_TAG(9)
#define T_BASE			MIS_TAG(10)
#define T_HKID0			MIS_TAG(11)
#define T_HKID1			MIS_TAG(12)
#define T_HKID2			MIS_TAG(13)

/* What to write into the T_FREE page before the call. */
enum mis_prep {
	MIS_PREP_NONE,
	MIS_PREP_PARAMS,	/* a valid TD_PARAMS */
	MIS_PREP_P_ATTR,	/* TD_PARAMS with a reserved ATTRIBUTES bit */
	MIS_PREP_P_XFAM,	/* TD_PARAMS with XFAM 0 */
	MIS_PREP_P_VCPUS,	/* TD_PARAMS with MAX_VCPUS 0 */
	MIS_PREP_P_EPTP,	/* TD_PARAMS asking for a 5-level EPT */
	MIS_PREP_P_TSC,		/* TD_PARAMS with TSC_FREQUENCY 0 */
	MIS_PREP_P_FLAGS,	/* TD_PARAMS with CONFIG_FLAGS.GPAW */
	MIS_PREP_TDMR_OUT,	/* a TDMR array naming memory outside the CMR */
};

struct seamcall_misuse_case {
	const char *desc;
	enum seam_fixture_stage stage;
	unsigned int cpu;
	enum mis_prep prep;
	u64 rax, rcx, rdx, r8, r9;
	u64 expected;
};

static const struct seamcall_misuse_case seamcall_misuse_cases[] = {
	{
		.desc = "reserved RAX bit 24",
		.stage = SEAM_FIXTURE_NONE,
		.rax = SEAM_TDH_SYS_RD | BIT_ULL(24),
		.rcx = 0,
		.rdx = SEAM_MD_SYS_MAJOR_VERSION,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RAX,
	},
	{
		.desc = "reserved RAX bit 63",
		.stage = SEAM_FIXTURE_TDMR,
		.rax = SEAM_TDH_MEM_TRACK | BIT_ULL(63),
		.rcx = T_TDR,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RAX,
	},
	{
		.desc = "version 1 of MNG.CREATE",
		.stage = SEAM_FIXTURE_TDMR,
		.rax = SEAM_LEAF_VER(SEAM_TDH_MNG_CREATE, 1),
		.rcx = T_FREE,
		.rdx = T_HKID2,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RAX,
	},
	{
		.desc = "version 2 of SEPT.ADD",
		.stage = SEAM_FIXTURE_VP_INIT,
		.rax = SEAM_LEAF_VER(SEAM_TDH_MEM_SEPT_ADD, 2),
		.rcx = 3,
		.rdx = T_TDR,
		.r8 = T_FREE,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RAX,
	},
	{
		.desc = "leaf 42 has no handler",
		.stage = SEAM_FIXTURE_TDMR,
		.rax = SEAM_TDH_MEM_SEPT_WR,
		.rcx = 0,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RAX,
	},
	{
		.desc = "undefined leaf 46",
		.stage = SEAM_FIXTURE_TDMR,
		.rax = 46,
		.rcx = 0,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RAX,
	},
	{
		.desc = "leaf above the last one",
		.stage = SEAM_FIXTURE_TDMR,
		.rax = SEAM_TDH_MAX + 1,
		.rcx = 0,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RAX,
	},
	{
		.desc = "MNG.CREATE before SYS.INIT",
		.stage = SEAM_FIXTURE_NONE,
		.rax = SEAM_TDH_MNG_CREATE,
		.rcx = T_FREE,
		.rdx = T_HKID2,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_SYS_NOT_READY,
	},
	{
		.desc = "SYS.INIT twice",
		.stage = SEAM_FIXTURE_SYS_INIT,
		.rax = SEAM_TDH_SYS_INIT,
		.rcx = 0,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_SYS_INIT_NOT_PENDING,
	},
	{
		.desc = "SYS.INIT reserved attributes",
		.stage = SEAM_FIXTURE_NONE,
		.rax = SEAM_TDH_SYS_INIT,
		.rcx = 1,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RCX,
	},
	{
		/* Module: tdh_sys_lp_init.c:tdh_sys_lp_init():479 */
		.desc = "LP.INIT before SYS.INIT",
		.stage = SEAM_FIXTURE_NONE,
		.rax = SEAM_TDH_SYS_LP_INIT,
		.rcx = 0,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_SYS_LP_INIT_NOT_PENDING,
	},
	{
		.desc = "LP.INIT twice",
		.stage = SEAM_FIXTURE_LP_INIT,
		.cpu = 1,
		.rax = SEAM_TDH_SYS_LP_INIT,
		.rcx = 0,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_SYS_LP_INIT_DONE,
	},
	{
		/* Module: tdh_sys_config.c:tdh_sys_config():768 */
		.desc = "SYS.CONFIG before LP.INIT",
		.stage = SEAM_FIXTURE_SYS_INIT,
		.rax = SEAM_TDH_SYS_CONFIG,
		.rcx = T_FREE,
		.rdx = 1,
		.r8 = T_HKID0,
		.r9 = 0,
		.expected = SEAM_TDX_SYS_CONFIG_NOT_PENDING,
	},
	{
		.desc = "SYS.CONFIG misaligned TDMR array",
		.stage = SEAM_FIXTURE_LP_INIT,
		.rax = SEAM_TDH_SYS_CONFIG,
		.rcx = T_FREE + 8,
		.rdx = 1,
		.r8 = T_HKID0,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RCX,
	},
	{
		.desc = "SYS.CONFIG zero TDMRs",
		.stage = SEAM_FIXTURE_LP_INIT,
		.rax = SEAM_TDH_SYS_CONFIG,
		.rcx = T_FREE,
		.rdx = 0,
		.r8 = T_HKID0,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RDX,
	},
	{
		.desc = "SYS.CONFIG shared global KeyID",
		.stage = SEAM_FIXTURE_LP_INIT,
		.rax = SEAM_TDH_SYS_CONFIG,
		.rcx = T_FREE,
		.rdx = 1,
		.r8 = 1,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_R8,
	},
	{
		/*
		 * Module: tdh_sys_config.c:check_tdmr_area_addresses_and_size():120, before the
		 * CMR checks
		 */
		.desc = "SYS.CONFIG TDMR outside the CMR, not 1 GiB aligned",
		.stage = SEAM_FIXTURE_LP_INIT,
		.prep = MIS_PREP_TDMR_OUT,
		.rax = SEAM_TDH_SYS_CONFIG,
		.rcx = T_FREE,
		.rdx = 1,
		.r8 = T_HKID0,
		.r9 = 0,
		.expected = SEAM_TDX_INVALID_TDMR,
	},
	{
		.desc = "SYS.CONFIG twice",
		.stage = SEAM_FIXTURE_CONFIG,
		.rax = SEAM_TDH_SYS_CONFIG,
		.rcx = T_FREE,
		.rdx = 1,
		.r8 = T_HKID0,
		.r9 = 0,
		.expected = SEAM_TDX_SYS_CONFIG_NOT_PENDING,
	},
	{
		.desc = "SYS.KEY.CONFIG before CONFIG",
		.stage = SEAM_FIXTURE_LP_INIT,
		.rax = SEAM_TDH_SYS_KEY_CONFIG,
		.rcx = 0,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_SYS_KEY_CONFIG_NOT_PENDING,
	},
	{
		.desc = "SYS.KEY.CONFIG when ready",
		.stage = SEAM_FIXTURE_READY,
		.rax = SEAM_TDH_SYS_KEY_CONFIG,
		.rcx = 0,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_SYS_KEY_CONFIG_NOT_PENDING,
	},
	{
		.desc = "TDMR.INIT before ready",
		.stage = SEAM_FIXTURE_CONFIG,
		.rax = SEAM_TDH_SYS_TDMR_INIT,
		.rcx = T_BASE,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_SYS_NOT_READY,
	},
	{
		.desc = "TDMR.INIT not a TDMR base",
		.stage = SEAM_FIXTURE_READY,
		.rax = SEAM_TDH_SYS_TDMR_INIT,
		.rcx = T_BASE + 4096,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RCX,
	},
	{
		.desc = "TDMR.INIT done already",
		.stage = SEAM_FIXTURE_TDMR,
		.rax = SEAM_TDH_SYS_TDMR_INIT,
		.rcx = T_BASE,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_TDMR_ALREADY_INITIALIZED,
	},
	{
		.desc = "MNG.CREATE before TDMR.INIT",
		.stage = SEAM_FIXTURE_READY,
		.rax = SEAM_TDH_MNG_CREATE,
		.rcx = T_FREE,
		.rdx = T_HKID2,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_ADDR_RANGE_ERROR | SEAM_OPERAND_ID_RCX,
	},
	{
		.desc = "MNG.CREATE misaligned TDR",
		.stage = SEAM_FIXTURE_TDMR,
		.rax = SEAM_TDH_MNG_CREATE,
		.rcx = T_FREE + 0x800,
		.rdx = T_HKID2,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RCX,
	},
	{
		.desc = "MNG.CREATE KeyID bits in TDR",
		.stage = SEAM_FIXTURE_TDMR,
		.rax = SEAM_TDH_MNG_CREATE,
		.rcx = T_FREE_KEYED,
		.rdx = T_HKID2,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RCX,
	},
	{
		.desc = "MNG.CREATE TDR above MAX_PA",
		.stage = SEAM_FIXTURE_TDMR,
		.rax = SEAM_TDH_MNG_CREATE,
		.rcx = BIT_ULL(52),
		.rdx = T_HKID2,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RCX,
	},
	{
		.desc = "MNG.CREATE TDR out of range",
		.stage = SEAM_FIXTURE_TDMR,
		.rax = SEAM_TDH_MNG_CREATE,
		.rcx = T_OUTSIDE,
		.rdx = T_HKID2,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_ADDR_RANGE_ERROR | SEAM_OPERAND_ID_RCX,
	},
	{
		.desc = "MNG.CREATE shared KeyID",
		.stage = SEAM_FIXTURE_TDMR,
		.rax = SEAM_TDH_MNG_CREATE,
		.rcx = T_FREE,
		.rdx = 1,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RDX,
	},
	{
		.desc = "MNG.CREATE reserved RDX bits",
		.stage = SEAM_FIXTURE_TDMR,
		.rax = SEAM_TDH_MNG_CREATE,
		.rcx = T_FREE,
		.rdx = T_HKID2 | BIT_ULL(16),
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RDX,
	},
	{
		.desc = "MNG.CREATE on a TDR",
		.stage = SEAM_FIXTURE_TD_CREATE,
		.rax = SEAM_TDH_MNG_CREATE,
		.rcx = T_TDR,
		.rdx = T_HKID2,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_PAGE_METADATA_INCORRECT | SEAM_OPERAND_ID_RCX,
	},
	{
		.desc = "MNG.CREATE KeyID in use",
		.stage = SEAM_FIXTURE_TD_CREATE,
		.rax = SEAM_TDH_MNG_CREATE,
		.rcx = T_FREE,
		.rdx = T_HKID1,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_HKID_NOT_FREE,
	},
	{
		.desc = "MNG.CREATE global KeyID",
		.stage = SEAM_FIXTURE_TDMR,
		.rax = SEAM_TDH_MNG_CREATE,
		.rcx = T_FREE,
		.rdx = T_HKID0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_HKID_NOT_FREE,
	},
	{
		.desc = "MNG.KEY.CONFIG not a TDR",
		.stage = SEAM_FIXTURE_TDMR,
		.rax = SEAM_TDH_MNG_KEY_CONFIG,
		.rcx = T_FREE,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_PAGE_METADATA_INCORRECT | SEAM_OPERAND_ID_RCX,
	},
	{
		.desc = "MNG.KEY.CONFIG keys done",
		.stage = SEAM_FIXTURE_TD_KEYS,
		.rax = SEAM_TDH_MNG_KEY_CONFIG,
		.rcx = T_TDR,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_LIFECYCLE_STATE_INCORRECT,
	},
	{
		.desc = "MNG.ADDCX before KEY.CONFIG",
		.stage = SEAM_FIXTURE_TD_CREATE,
		.rax = SEAM_TDH_MNG_ADDCX,
		.rcx = T_FREE,
		.rdx = T_TDR,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_TD_KEYS_NOT_CONFIGURED,
	},
	{
		/*
		 * Module: tdh_mng_add_cx.c:tdh_mng_add_cx():105: the TDR's PAMT entry is
		 * already locked for RDX
		 */
		.desc = "MNG.ADDCX RCX = RDX = the TDR",
		.stage = SEAM_FIXTURE_TD_KEYS,
		.rax = SEAM_TDH_MNG_ADDCX,
		.rcx = T_TDR,
		.rdx = T_TDR,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_BUSY | SEAM_OPERAND_ID_RCX,
	},
	{
		.desc = "MNG.ADDCX misaligned TDR",
		.stage = SEAM_FIXTURE_TD_KEYS,
		.rax = SEAM_TDH_MNG_ADDCX,
		.rcx = T_FREE,
		.rdx = T_TDR + 0x10,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RDX,
	},
	{
		.desc = "MNG.ADDCX RDX not a TDR",
		.stage = SEAM_FIXTURE_TD_TDCS,
		.rax = SEAM_TDH_MNG_ADDCX,
		.rcx = T_FREE,
		.rdx = T_TDCS,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_PAGE_METADATA_INCORRECT | SEAM_OPERAND_ID_RDX,
	},
	{
		.desc = "MNG.INIT before TDCS",
		.stage = SEAM_FIXTURE_TD_KEYS,
		.prep = MIS_PREP_PARAMS,
		.rax = SEAM_TDH_MNG_INIT,
		.rcx = T_TDR,
		.rdx = T_FREE,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_TDCS_NOT_ALLOCATED,
	},
	{
		.desc = "MNG.INIT twice",
		.stage = SEAM_FIXTURE_TD_INIT,
		.prep = MIS_PREP_PARAMS,
		.rax = SEAM_TDH_MNG_INIT,
		.rcx = T_TDR,
		.rdx = T_FREE,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OP_STATE_INCORRECT,
	},
	{
		.desc = "MNG.INIT misaligned TD_PARAMS",
		.stage = SEAM_FIXTURE_TD_TDCS,
		.prep = MIS_PREP_PARAMS,
		.rax = SEAM_TDH_MNG_INIT,
		.rcx = T_TDR,
		.rdx = T_FREE + 0x200,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RDX,
	},
	{
		.desc = "MNG.INIT private KeyID on TD_PARAMS",
		.stage = SEAM_FIXTURE_TD_TDCS,
		.prep = MIS_PREP_PARAMS,
		.rax = SEAM_TDH_MNG_INIT,
		.rcx = T_TDR,
		.rdx = T_FREE_KEYED,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RDX,
	},
	{
		.desc = "MNG.INIT reserved ATTRIBUTES",
		.stage = SEAM_FIXTURE_TD_TDCS,
		.prep = MIS_PREP_P_ATTR,
		.rax = SEAM_TDH_MNG_INIT,
		.rcx = T_TDR,
		.rdx = T_FREE,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_ATTRIBUTES,
	},
	{
		.desc = "MNG.INIT XFAM without x87",
		.stage = SEAM_FIXTURE_TD_TDCS,
		.prep = MIS_PREP_P_XFAM,
		.rax = SEAM_TDH_MNG_INIT,
		.rcx = T_TDR,
		.rdx = T_FREE,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_XFAM,
	},
	{
		.desc = "MNG.INIT zero MAX_VCPUS",
		.stage = SEAM_FIXTURE_TD_TDCS,
		.prep = MIS_PREP_P_VCPUS,
		.rax = SEAM_TDH_MNG_INIT,
		.rcx = T_TDR,
		.rdx = T_FREE,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_MAX_VCPUS,
	},
	{
		.desc = "MNG.INIT 5-level EPTP",
		.stage = SEAM_FIXTURE_TD_TDCS,
		.prep = MIS_PREP_P_EPTP,
		.rax = SEAM_TDH_MNG_INIT,
		.rcx = T_TDR,
		.rdx = T_FREE,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_EPTP_CONTROLS,
	},
	{
		.desc = "MNG.INIT TSC frequency 0",
		.stage = SEAM_FIXTURE_TD_TDCS,
		.prep = MIS_PREP_P_TSC,
		.rax = SEAM_TDH_MNG_INIT,
		.rcx = T_TDR,
		.rdx = T_FREE,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_TSC_FREQUENCY,
	},
	{
		/*
		 * Module: tdh_mng_init.c:read_and_set_td_configurations():146 >
		 * helpers.c:verify_and_set_td_eptp_controls():1478 (GPAW is in
		 * CONFIG_FLAGS_FIXED0)
		 */
		.desc = "MNG.INIT GPAW without 5 levels",
		.stage = SEAM_FIXTURE_TD_TDCS,
		.prep = MIS_PREP_P_FLAGS,
		.rax = SEAM_TDH_MNG_INIT,
		.rcx = T_TDR,
		.rdx = T_FREE,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_EPTP_CONTROLS,
	},
	{
		.desc = "VP.CREATE before MNG.INIT",
		.stage = SEAM_FIXTURE_TD_TDCS,
		.rax = SEAM_TDH_VP_CREATE,
		.rcx = T_FREE,
		.rdx = T_TDR,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OP_STATE_INCORRECT,
	},
	{
		/*
		 * Module: tdh_vp_create.c:tdh_vp_create():89: the TDR's PAMT entry is already
		 * locked (shared) for RDX
		 */
		.desc = "VP.CREATE RCX = RDX = the TDR",
		.stage = SEAM_FIXTURE_TD_INIT,
		.rax = SEAM_TDH_VP_CREATE,
		.rcx = T_TDR,
		.rdx = T_TDR,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_BUSY | SEAM_OPERAND_ID_RCX,
	},
	{
		.desc = "VP.ADDCX RDX not a TDVPR",
		.stage = SEAM_FIXTURE_VP_CREATE,
		.rax = SEAM_TDH_VP_ADDCX,
		.rcx = T_FREE,
		.rdx = T_TDR,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_PAGE_METADATA_INCORRECT | SEAM_OPERAND_ID_RDX,
	},
	{
		.desc = "VP.ADDCX after VP.INIT",
		.stage = SEAM_FIXTURE_VP_INIT,
		.rax = SEAM_TDH_VP_ADDCX,
		.rcx = T_FREE,
		.rdx = T_TDVPR,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_VCPU_STATE_INCORRECT,
	},
	{
		/* Module: tdh_vp_init.c:tdh_vp_init():162: no operand ID */
		.desc = "VP.INIT before all TDCX",
		.stage = SEAM_FIXTURE_VP_CREATE,
		.rax = SEAM_TDH_VP_INIT,
		.rcx = T_TDVPR,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_TDCX_NUM_INCORRECT,
	},
	{
		.desc = "VP.INIT twice",
		.stage = SEAM_FIXTURE_VP_INIT,
		.rax = SEAM_TDH_VP_INIT,
		.rcx = T_TDVPR,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_VCPU_STATE_INCORRECT,
	},
	{
		.desc = "SEPT.ADD level 0",
		.stage = SEAM_FIXTURE_VP_INIT,
		.rax = SEAM_TDH_MEM_SEPT_ADD,
		.rcx = 0,
		.rdx = T_TDR,
		.r8 = T_FREE,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RCX,
	},
	{
		.desc = "SEPT.ADD level 4",
		.stage = SEAM_FIXTURE_VP_INIT,
		.rax = SEAM_TDH_MEM_SEPT_ADD,
		.rcx = 4,
		.rdx = T_TDR,
		.r8 = T_FREE,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RCX,
	},
	{
		.desc = "SEPT.ADD misaligned GPA",
		.stage = SEAM_FIXTURE_VP_INIT,
		.rax = SEAM_TDH_MEM_SEPT_ADD,
		.rcx = 0x1000 | 1,
		.rdx = T_TDR,
		.r8 = T_FREE,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RCX,
	},
	{
		.desc = "SEPT.ADD reserved GPA bits",
		.stage = SEAM_FIXTURE_VP_INIT,
		.rax = SEAM_TDH_MEM_SEPT_ADD,
		.rcx = 0x8 | 3,
		.rdx = T_TDR,
		.r8 = T_FREE,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RCX,
	},
	{
		.desc = "SEPT.ADD shared GPA",
		.stage = SEAM_FIXTURE_VP_INIT,
		.rax = SEAM_TDH_MEM_SEPT_ADD,
		.rcx = BIT_ULL(47) | 3,
		.rdx = T_TDR,
		.r8 = T_FREE,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RCX,
	},
	{
		.desc = "SEPT.ADD v1 with an L2 page in R9",
		.stage = SEAM_FIXTURE_VP_INIT,
		.rax = SEAM_LEAF_VER(SEAM_TDH_MEM_SEPT_ADD, 1),
		.rcx = 3,
		.rdx = T_TDR,
		.r8 = T_FREE,
		.r9 = 1,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_R9,
	},
	{
		.desc = "PAGE.ADD misaligned source",
		.stage = SEAM_FIXTURE_SEPT,
		.rax = SEAM_TDH_MEM_PAGE_ADD,
		.rcx = 0,
		.rdx = T_TDR,
		.r8 = T_FREE,
		.r9 = T_FREE2 + 0x100,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_R9,
	},
	{
		.desc = "SEPT.ADD upper levels missing",
		.stage = SEAM_FIXTURE_VP_INIT,
		.rax = SEAM_TDH_MEM_SEPT_ADD,
		.rcx = 1,
		.rdx = T_TDR,
		.r8 = T_FREE,
		.r9 = 0,
		.expected = SEAM_TDX_EPT_WALK_FAILED | SEAM_OPERAND_ID_RCX,
	},
	{
		.desc = "SEPT.ADD double add",
		.stage = SEAM_FIXTURE_SEPT,
		.rax = SEAM_TDH_MEM_SEPT_ADD,
		.rcx = 3,
		.rdx = T_TDR,
		.r8 = T_FREE,
		.r9 = 0,
		.expected = SEAM_TDX_EPT_ENTRY_STATE_INCORRECT | SEAM_OPERAND_ID_RCX,
	},
	{
		/*
		 * Module: tdh_mem_sept_add.c:process_l1_page():93: the TDR's PAMT entry is
		 * already locked (shared) for RDX
		 */
		.desc = "SEPT.ADD R8 = RDX = the TDR",
		.stage = SEAM_FIXTURE_VP_INIT,
		.rax = SEAM_TDH_MEM_SEPT_ADD,
		.rcx = 3,
		.rdx = T_TDR,
		.r8 = T_TDR,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_BUSY | SEAM_OPERAND_ID_R8,
	},
	{
		.desc = "SEPT.ADD KeyID bits in page",
		.stage = SEAM_FIXTURE_VP_INIT,
		.rax = SEAM_TDH_MEM_SEPT_ADD,
		.rcx = 3,
		.rdx = T_TDR,
		.r8 = T_FREE_KEYED,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_R8,
	},
	{
		.desc = "SEPT.ADD misaligned TDR",
		.stage = SEAM_FIXTURE_VP_INIT,
		.rax = SEAM_TDH_MEM_SEPT_ADD,
		.rcx = 3,
		.rdx = T_TDR + 0x10,
		.r8 = T_FREE,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RDX,
	},
	{
		.desc = "PAGE.ADD level 1",
		.stage = SEAM_FIXTURE_SEPT,
		.rax = SEAM_TDH_MEM_PAGE_ADD,
		.rcx = 1,
		.rdx = T_TDR,
		.r8 = T_FREE,
		.r9 = T_FREE2,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RCX,
	},
	{
		.desc = "PAGE.ADD double add",
		.stage = SEAM_FIXTURE_PAGE_ADD,
		.rax = SEAM_TDH_MEM_PAGE_ADD,
		.rcx = 0,
		.rdx = T_TDR,
		.r8 = T_FREE,
		.r9 = T_FREE2,
		.expected = SEAM_TDX_EPT_ENTRY_STATE_INCORRECT | SEAM_OPERAND_ID_RCX,
	},
	{
		.desc = "PAGE.ADD after finalize",
		.stage = SEAM_FIXTURE_FINALIZE,
		.rax = SEAM_TDH_MEM_PAGE_ADD,
		.rcx = 0x2000,
		.rdx = T_TDR,
		.r8 = T_FREE,
		.r9 = T_FREE2,
		.expected = SEAM_TDX_OP_STATE_INCORRECT,
	},
	{
		.desc = "PAGE.ADD private KeyID on source",
		.stage = SEAM_FIXTURE_SEPT,
		.rax = SEAM_TDH_MEM_PAGE_ADD,
		.rcx = 0,
		.rdx = T_TDR,
		.r8 = T_FREE,
		.r9 = T_FREE_KEYED,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_R9,
	},
	{
		.desc = "PAGE.ADD target not free",
		.stage = SEAM_FIXTURE_SEPT,
		.rax = SEAM_TDH_MEM_PAGE_ADD,
		.rcx = 0,
		.rdx = T_TDR,
		.r8 = T_TDCS,
		.r9 = T_FREE2,
		.expected = SEAM_TDX_PAGE_METADATA_INCORRECT | SEAM_OPERAND_ID_R8,
	},
	{
		.desc = "MR.EXTEND misaligned chunk",
		.stage = SEAM_FIXTURE_PAGE_ADD,
		.rax = SEAM_TDH_MR_EXTEND,
		.rcx = 0x80,
		.rdx = T_TDR,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RCX,
	},
	{
		/* Module: tdh_mr_extend.c:tdh_mr_extend():126 */
		.desc = "MR.EXTEND unmapped GPA",
		.stage = SEAM_FIXTURE_PAGE_ADD,
		.rax = SEAM_TDH_MR_EXTEND,
		.rcx = 0x1000,
		.rdx = T_TDR,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_EPT_ENTRY_NOT_PRESENT | SEAM_OPERAND_ID_RCX,
	},
	{
		.desc = "MR.EXTEND after finalize",
		.stage = SEAM_FIXTURE_FINALIZE,
		.rax = SEAM_TDH_MR_EXTEND,
		.rcx = 0,
		.rdx = T_TDR,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OP_STATE_INCORRECT,
	},
	{
		.desc = "MR.FINALIZE twice",
		.stage = SEAM_FIXTURE_FINALIZE,
		.rax = SEAM_TDH_MR_FINALIZE,
		.rcx = T_TDR,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OP_STATE_INCORRECT,
	},
	{
		.desc = "MR.FINALIZE before MNG.INIT",
		.stage = SEAM_FIXTURE_TD_TDCS,
		.rax = SEAM_TDH_MR_FINALIZE,
		.rcx = T_TDR,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OP_STATE_INCORRECT,
	},
	{
		.desc = "PAGE.AUG double add",
		.stage = SEAM_FIXTURE_PAGE_AUG,
		.rax = SEAM_TDH_MEM_PAGE_AUG,
		.rcx = 0x1000,
		.rdx = T_TDR,
		.r8 = T_FREE,
		.r9 = 0,
		.expected = SEAM_TDX_EPT_ENTRY_STATE_INCORRECT | SEAM_OPERAND_ID_RCX,
	},
	{
		/*
		 * Module: tdh_mem_page_aug.c:tdh_mem_page_aug():159: the TDR's PAMT entry is
		 * already locked (shared) for RDX
		 */
		.desc = "PAGE.AUG R8 = RDX = the TDR",
		.stage = SEAM_FIXTURE_FINALIZE,
		.rax = SEAM_TDH_MEM_PAGE_AUG,
		.rcx = 0x1000,
		.rdx = T_TDR,
		.r8 = T_TDR,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_BUSY | SEAM_OPERAND_ID_R8,
	},
	{
		.desc = "RANGE.BLOCK free entry",
		.stage = SEAM_FIXTURE_FINALIZE,
		.rax = SEAM_TDH_MEM_RANGE_BLOCK,
		.rcx = 0x3000,
		.rdx = T_TDR,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_EPT_ENTRY_STATE_INCORRECT | SEAM_OPERAND_ID_RCX,
	},
	{
		.desc = "RANGE.BLOCK twice",
		.stage = SEAM_FIXTURE_BLOCK,
		.rax = SEAM_TDH_MEM_RANGE_BLOCK,
		.rcx = 0x1000,
		.rdx = T_TDR,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_GPA_RANGE_ALREADY_BLOCKED | SEAM_OPERAND_ID_RCX,
	},
	{
		.desc = "PAGE.REMOVE of an unblocked page",
		.stage = SEAM_FIXTURE_PAGE_AUG,
		.rax = SEAM_TDH_MEM_PAGE_REMOVE,
		.rcx = 0x1000,
		.rdx = T_TDR,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_GPA_RANGE_NOT_BLOCKED | SEAM_OPERAND_ID_RCX,
	},
	{
		.desc = "PAGE.REMOVE without MEM.TRACK",
		.stage = SEAM_FIXTURE_BLOCK,
		.rax = SEAM_TDH_MEM_PAGE_REMOVE,
		.rcx = 0x1000,
		.rdx = T_TDR,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_TLB_TRACKING_NOT_DONE | SEAM_OPERAND_ID_RCX,
	},
	{
		.desc = "PAGE.REMOVE twice",
		.stage = SEAM_FIXTURE_PAGE_REMOVE,
		.rax = SEAM_TDH_MEM_PAGE_REMOVE,
		.rcx = 0x1000,
		.rdx = T_TDR,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_EPT_ENTRY_STATE_INCORRECT | SEAM_OPERAND_ID_RCX,
	},
	{
		.desc = "SEPT.REMOVE unblocked table",
		.stage = SEAM_FIXTURE_FINALIZE,
		.rax = SEAM_TDH_MEM_SEPT_REMOVE,
		.rcx = 1,
		.rdx = T_TDR,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_GPA_RANGE_NOT_BLOCKED | SEAM_OPERAND_ID_RCX,
	},
	{
		.desc = "SEPT.REMOVE level 0",
		.stage = SEAM_FIXTURE_FINALIZE,
		.rax = SEAM_TDH_MEM_SEPT_REMOVE,
		.rcx = 0,
		.rdx = T_TDR,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RCX,
	},
	{
		/*
		 * Module: tdh_mem_range_unblock.c:tdh_mem_range_unblock():148: the S-EPT state
		 * lookup allows only blocked entries
		 */
		.desc = "RANGE.UNBLOCK not blocked",
		.stage = SEAM_FIXTURE_PAGE_AUG,
		.rax = SEAM_TDH_MEM_RANGE_UNBLOCK,
		.rcx = 0x1000,
		.rdx = T_TDR,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_EPT_ENTRY_STATE_INCORRECT | SEAM_OPERAND_ID_RCX,
	},
	{
		/*
		 * Module: tdh_mem_range_unblock.c:tdh_mem_range_unblock():184 (module 1.5.05
		 * reports RCX)
		 */
		.desc = "RANGE.UNBLOCK without MEM.TRACK",
		.stage = SEAM_FIXTURE_BLOCK,
		.rax = SEAM_TDH_MEM_RANGE_UNBLOCK,
		.rcx = 0x1000,
		.rdx = T_TDR,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_TLB_TRACKING_NOT_DONE | SEAM_OPERAND_ID_SEPT_TREE,
	},
	{
		.desc = "MEM.TRACK before MNG.INIT",
		.stage = SEAM_FIXTURE_TD_TDCS,
		.rax = SEAM_TDH_MEM_TRACK,
		.rcx = T_TDR,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OP_STATE_INCORRECT,
	},
	{
		.desc = "VP.FLUSH on another CPU",
		.stage = SEAM_FIXTURE_VP_INIT,
		.cpu = 1,
		.rax = SEAM_TDH_VP_FLUSH,
		.rcx = T_TDVPR,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_VCPU_NOT_ASSOCIATED,
	},
	{
		.desc = "VP.FLUSH of a TDR",
		.stage = SEAM_FIXTURE_VP_INIT,
		.rax = SEAM_TDH_VP_FLUSH,
		.rcx = T_TDR,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_PAGE_METADATA_INCORRECT | SEAM_OPERAND_ID_RCX,
	},
	{
		.desc = "VPFLUSHDONE with a vCPU associated",
		.stage = SEAM_FIXTURE_FINALIZE,
		.rax = SEAM_TDH_MNG_VPFLUSHDONE,
		.rcx = T_TDR,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_FLUSHVP_NOT_DONE,
	},
	{
		.desc = "VPFLUSHDONE twice",
		.stage = SEAM_FIXTURE_VP_FLUSH,
		.rax = SEAM_TDH_MNG_VPFLUSHDONE,
		.rcx = T_TDR,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_LIFECYCLE_STATE_INCORRECT,
	},
	{
		.desc = "CACHE.WB resume without start",
		.stage = SEAM_FIXTURE_TDMR,
		.rax = SEAM_TDH_PHYMEM_CACHE_WB,
		.rcx = 1,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_WBCACHE_RESUME_ERROR,
	},
	{
		.desc = "CACHE.WB bad RCX",
		.stage = SEAM_FIXTURE_TDMR,
		.rax = SEAM_TDH_PHYMEM_CACHE_WB,
		.rcx = 2,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RCX,
	},
	{
		.desc = "CACHE.WB with nothing to do",
		.stage = SEAM_FIXTURE_TDMR,
		.rax = SEAM_TDH_PHYMEM_CACHE_WB,
		.rcx = 0,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_NO_HKID_READY_TO_WBCACHE,
	},
	{
		.desc = "KEY.FREEID of a live TD",
		.stage = SEAM_FIXTURE_FINALIZE,
		.rax = SEAM_TDH_MNG_KEY_FREEID,
		.rcx = T_TDR,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_LIFECYCLE_STATE_INCORRECT,
	},
	{
		.desc = "KEY.FREEID before CACHE.WB",
		.stage = SEAM_FIXTURE_VP_FLUSH,
		.rax = SEAM_TDH_MNG_KEY_FREEID,
		.rcx = T_TDR,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_WBCACHE_NOT_COMPLETE,
	},
	{
		.desc = "RECLAIM of a live TD's page",
		.stage = SEAM_FIXTURE_VP_INIT,
		.rax = SEAM_TDH_PHYMEM_PAGE_RECLAIM,
		.rcx = T_TDCS,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_LIFECYCLE_STATE_INCORRECT,
	},
	{
		.desc = "RECLAIM of a TDR with pages",
		.stage = SEAM_FIXTURE_FREEID,
		.rax = SEAM_TDH_PHYMEM_PAGE_RECLAIM,
		.rcx = T_TDR,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_TD_ASSOCIATED_PAGES_EXIST,
	},
	{
		/*
		 * Module: tdh_phymem_page_reclaim.c:tdh_phymem_page_reclaim():98: a PT_NDA
		 * page fails the page type check; 1.5.01 never returns PAGE_ALREADY_FREE
		 */
		.desc = "RECLAIM of a free page",
		.stage = SEAM_FIXTURE_TDMR,
		.rax = SEAM_TDH_PHYMEM_PAGE_RECLAIM,
		.rcx = T_FREE,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_PAGE_METADATA_INCORRECT | SEAM_OPERAND_ID_RCX,
	},
	{
		.desc = "RECLAIM misaligned",
		.stage = SEAM_FIXTURE_FREEID,
		.rax = SEAM_TDH_PHYMEM_PAGE_RECLAIM,
		.rcx = T_TDCS + 1,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RCX,
	},
	{
		.desc = "RECLAIM out of range",
		.stage = SEAM_FIXTURE_FREEID,
		.rax = SEAM_TDH_PHYMEM_PAGE_RECLAIM,
		.rcx = T_OUTSIDE,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_ADDR_RANGE_ERROR | SEAM_OPERAND_ID_RCX,
	},
	{
		/*
		 * Module: tdh_phymem_page_wbinvd.c:tdh_phymem_page_wbinvd():52: the KeyID bits
		 * are cleared before the checks
		 */
		.desc = "PAGE.WBINVD ignores the KeyID of a free page",
		.stage = SEAM_FIXTURE_TDMR,
		.rax = SEAM_TDH_PHYMEM_PAGE_WBINVD,
		.rcx = T_FREE_SHARED,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_SUCCESS,
	},
	{
		.desc = "PAGE.WBINVD out of range",
		.stage = SEAM_FIXTURE_TDMR,
		.rax = SEAM_TDH_PHYMEM_PAGE_WBINVD,
		.rcx = T_OUTSIDE_KEYED,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OPERAND_ADDR_RANGE_ERROR | SEAM_OPERAND_ID_RCX,
	},
	{
		/* Module: tdh_sys_rd.c:tdh_sys_rd():53: before the field ID */
		.desc = "SYS.RD before LP.INIT",
		.stage = SEAM_FIXTURE_NONE,
		.rax = SEAM_TDH_SYS_RD,
		.rcx = 0,
		.rdx = 0x0800000100000099,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_SYS_LP_INIT_NOT_DONE,
	},
	{
		/* Module: metadata_generic.c:md_read_element(): no operand ID */
		.desc = "MNG.RD unknown field",
		.stage = SEAM_FIXTURE_TD_INIT,
		.rax = SEAM_TDH_MNG_RD,
		.rcx = T_TDR,
		.rdx = 0x1234,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_METADATA_FIELD_ID_INCORRECT,
	},
	{
		/*
		 * Module: metadata_td.c:md_td_write_element():722: ATTRIBUTES (module field
		 * ID, auto_gen/tdr_tdcs_fields_lookup.c) has a zero host write mask; no operand
		 * ID
		 */
		.desc = "MNG.WR read-only field",
		.stage = SEAM_FIXTURE_TD_INIT,
		.rax = SEAM_TDH_MNG_WR,
		.rcx = T_TDR,
		.rdx = 0x1110000300000000ULL,
		.r8 = 1,
		.r9 = ~0ULL,
		.expected = SEAM_TDX_METADATA_FIELD_NOT_WRITABLE,
	},
	{
		/*
		 * Module: metadata_vp.c:md_vp_write_element():1436: VCPU_INDEX (module field
		 * ID, auto_gen/tdvps_fields_lookup.c) has a zero host write mask; no operand ID
		 */
		.desc = "VP.WR read-only field",
		.stage = SEAM_FIXTURE_VP_INIT,
		.rax = SEAM_TDH_VP_WR,
		.rcx = T_TDVPR,
		.rdx = 0xA020000200000002ULL,
		.r8 = 1,
		.r9 = ~0ULL,
		.expected = SEAM_TDX_METADATA_FIELD_NOT_WRITABLE,
	},
	{
		.desc = "MEM.RD of a non-debug TD",
		.stage = SEAM_FIXTURE_PAGE_ADD,
		.rax = SEAM_TDH_MEM_RD,
		.rcx = 0,
		.rdx = T_TDR,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_TD_NON_DEBUG,
	},
	{
		.desc = "VP.ENTER before finalize",
		.stage = SEAM_FIXTURE_VP_INIT,
		.rax = SEAM_TDH_VP_ENTER,
		.rcx = T_TDVPR,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OP_STATE_INCORRECT,
	},
	{
		.desc = "EXPORT.PAUSE of a TD not exporting",
		.stage = SEAM_FIXTURE_FINALIZE,
		.rax = SEAM_TDH_EXPORT_PAUSE,
		.rcx = T_TDR,
		.rdx = 0,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_OP_STATE_INCORRECT,
	},
	{
		/*
		 * Module: tdh_mem_page_promote.c:tdh_mem_page_promote():323: NL_MAPPED passes
		 * the state lookup, a runnable TD needs it blocked
		 */
		.desc = "PAGE.PROMOTE unblocked table",
		.stage = SEAM_FIXTURE_FINALIZE,
		.rax = SEAM_TDH_MEM_PAGE_PROMOTE,
		.rcx = 1,
		.rdx = T_TDR,
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_GPA_RANGE_NOT_BLOCKED | SEAM_OPERAND_ID_RCX,
	},
	/*
	 * A TD field (MAX_VCPUS, readable; ATTRIBUTES, read-only) with a bit
	 * set that md_check_as_single_element_id()
	 * (module 1.5.01 metadata_generic.c:100..113) requires to be 0:
	 * reserved bits 31:24, 49:47, 55 and 62, LAST_ELEMENT_IN_FIELD (37:34),
	 * LAST_FIELD_IN_SEQUENCE (46:38). tdh_mng_rd_wr.c:tdh_mng_rdwr():126
	 * checks it before it reads or writes the field, so a write of a
	 * read-only field fails there too; no operand ID.
	 */
	{
		.desc = "MNG.RD MAX_VCPUS, reserved bit 24",
		.stage = SEAM_FIXTURE_TD_INIT,
		.rax = SEAM_TDH_MNG_RD,
		.rcx = T_TDR,
		.rdx = SEAM_MD_TD_MAX_VCPUS | BIT_ULL(24),
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_METADATA_FIELD_ID_INCORRECT,
	},
	{
		.desc = "MNG.RD MAX_VCPUS, reserved bit 48",
		.stage = SEAM_FIXTURE_TD_INIT,
		.rax = SEAM_TDH_MNG_RD,
		.rcx = T_TDR,
		.rdx = SEAM_MD_TD_MAX_VCPUS | BIT_ULL(48),
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_METADATA_FIELD_ID_INCORRECT,
	},
	{
		.desc = "MNG.RD MAX_VCPUS, reserved bit 55",
		.stage = SEAM_FIXTURE_TD_INIT,
		.rax = SEAM_TDH_MNG_RD,
		.rcx = T_TDR,
		.rdx = SEAM_MD_TD_MAX_VCPUS | BIT_ULL(55),
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_METADATA_FIELD_ID_INCORRECT,
	},
	{
		.desc = "MNG.RD MAX_VCPUS, reserved bit 62",
		.stage = SEAM_FIXTURE_TD_INIT,
		.rax = SEAM_TDH_MNG_RD,
		.rcx = T_TDR,
		.rdx = SEAM_MD_TD_MAX_VCPUS | BIT_ULL(62),
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_METADATA_FIELD_ID_INCORRECT,
	},
	{
		.desc = "MNG.RD MAX_VCPUS, LAST_ELEMENT 1",
		.stage = SEAM_FIXTURE_TD_INIT,
		.rax = SEAM_TDH_MNG_RD,
		.rcx = T_TDR,
		.rdx = SEAM_MD_TD_MAX_VCPUS | BIT_ULL(34),
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_METADATA_FIELD_ID_INCORRECT,
	},
	{
		.desc = "MNG.RD MAX_VCPUS, LAST_FIELD 1",
		.stage = SEAM_FIXTURE_TD_INIT,
		.rax = SEAM_TDH_MNG_RD,
		.rcx = T_TDR,
		.rdx = SEAM_MD_TD_MAX_VCPUS | BIT_ULL(38),
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_METADATA_FIELD_ID_INCORRECT,
	},
	{
		.desc = "MNG.RD v1 MAX_VCPUS, LAST_FIELD 1",
		.stage = SEAM_FIXTURE_TD_INIT,
		.rax = SEAM_LEAF_VER(SEAM_TDH_MNG_RD, 1),
		.rcx = T_TDR,
		.rdx = SEAM_MD_TD_MAX_VCPUS | BIT_ULL(46),
		.r8 = 0,
		.r9 = 0,
		.expected = SEAM_TDX_METADATA_FIELD_ID_INCORRECT,
	},
	{
		.desc = "MNG.WR ATTRIBUTES, reserved bit 62",
		.stage = SEAM_FIXTURE_TD_INIT,
		.rax = SEAM_TDH_MNG_WR,
		.rcx = T_TDR,
		.rdx = SEAM_MD_TD_ATTRIBUTES | BIT_ULL(62),
		.r8 = 1,
		.r9 = ~0ULL,
		.expected = SEAM_TDX_METADATA_FIELD_ID_INCORRECT,
	},
	{
		.desc = "MNG.WR ATTRIBUTES, LAST_ELEMENT 1",
		.stage = SEAM_FIXTURE_TD_INIT,
		.rax = SEAM_TDH_MNG_WR,
		.rcx = T_TDR,
		.rdx = SEAM_MD_TD_ATTRIBUTES | BIT_ULL(34),
		.r8 = 1,
		.r9 = ~0ULL,
		.expected = SEAM_TDX_METADATA_FIELD_ID_INCORRECT,
	},
};

static void seamcall_misuse_desc(const struct seamcall_misuse_case *c, char *desc)
{
	strscpy(desc, c->desc, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(seamcall_misuse, seamcall_misuse_cases, seamcall_misuse_desc);

struct mis_ctx {
	u64 free, free2;
};

static u64 mis_resolve(struct seam_fixture *f, const struct mis_ctx *x, u64 v)
{
	u64 first = seam_model_first_private_hkid(f->m);
	u64 outside = f->cfg.hpa_base + f->cfg.nr_pages * 4096ULL;
	u64 keyed = first << f->cfg.pa_bits;
	u64 low = v & ~MIS_TAG_MASK;

	switch (v & MIS_TAG_MASK) {
	case T_TDR:		return f->td.tdr + low;
	case T_TDVPR:		return f->td.tdvpr + low;
	case T_TDCS:		return f->td.tdcs[0] + low;
	case T_FREE:		return x->free + low;
	case T_FREE2:		return x->free2 + low;
	case T_FREE_KEYED:	return (x->free | keyed) + low;
	case T_FREE_SHARED:	return (x->free | 1ULL << f->cfg.pa_bits) + low;
	case T_OUTSIDE:		return outside + low;
	case T_OUTSIDE_KEYED:	return (outside | keyed) + low;
	case T_BASE:		return f->cfg.hpa_base + low;
	case T_HKID0:		return first | low;
	case T_HKID1:		return (first + 1) | low;
	case T_HKID2:		return (first + 2) | low;
	}
	return v;
}

static void mis_put64(u8 *p, u64 v)
{
	memcpy(p, &v, sizeof(v));
}

static void mis_prepare(struct seam_fixture *f, const struct mis_ctx *x, enum mis_prep prep)
{
	u8 *p = seam_model_page(f->m, x->free);

	if (prep == MIS_PREP_NONE)
		return;
	if (prep == MIS_PREP_TDMR_OUT) {
		mis_put64(p, x->free + SEAM_TDMR_INFO_ALIGN);
		mis_put64(p + SEAM_TDMR_INFO_ALIGN + SEAM_MODEL_TDMR_INFO_BASE,
			  f->cfg.hpa_base + f->cfg.nr_pages * 4096ULL);
		mis_put64(p + SEAM_TDMR_INFO_ALIGN + SEAM_MODEL_TDMR_INFO_SIZE, 4096);
		return;
	}
	seam_fixture_write_td_params(f, x->free, 0, 1);
	switch (prep) {
	case MIS_PREP_P_ATTR:
		mis_put64(p + SEAM_MODEL_TDP_ATTRIBUTES, BIT_ULL(1));
		break;
	case MIS_PREP_P_XFAM:
		mis_put64(p + SEAM_MODEL_TDP_XFAM, 0);
		break;
	case MIS_PREP_P_VCPUS:
		p[SEAM_MODEL_TDP_MAX_VCPUS] = 0;
		p[SEAM_MODEL_TDP_MAX_VCPUS + 1] = 0;
		break;
	case MIS_PREP_P_EPTP:
		mis_put64(p + SEAM_MODEL_TDP_EPTP_CONTROLS, 0x26);
		break;
	case MIS_PREP_P_TSC:
		p[SEAM_MODEL_TDP_TSC_FREQUENCY] = 0;
		break;
	case MIS_PREP_P_FLAGS:
		mis_put64(p + SEAM_MODEL_TDP_CONFIG_FLAGS, BIT_ULL(0));
		break;
	default:
		break;
	}
}

static void seamcall_misuse_test(struct kunit *test)
{
	const struct seamcall_misuse_case *c = test->param_value;
	struct seam_fixture *f = test->priv;
	const struct seam_model_log_entry *e;
	struct seam_args args = {};
	struct mis_ctx x;
	u64 before, st;

	KUNIT_ASSERT_EQ_MSG(test, seam_fixture_build(f, c->stage), SEAM_TDX_SUCCESS,
			    "could not build stage %d", c->stage);
	x.free = seam_fixture_alloc_page(f);
	x.free2 = seam_fixture_alloc_page(f);
	KUNIT_ASSERT_NE(test, x.free, 0);
	KUNIT_ASSERT_NE(test, x.free2, 0);
	mis_prepare(f, &x, c->prep);

	args.rcx = mis_resolve(f, &x, c->rcx);
	args.rdx = mis_resolve(f, &x, c->rdx);
	args.r8 = mis_resolve(f, &x, c->r8);
	args.r9 = mis_resolve(f, &x, c->r9);
	KUNIT_ASSERT_EQ(test, seam_model_set_cpu(f->m, c->cpu), 0);
	before = seam_model_digest(f->m);

	st = __seam_call_ret(c->rax, &args);

	seam_model_set_cpu(f->m, 0);
	KUNIT_EXPECT_EQ_MSG(test, st, c->expected, "%s: got 0x%016llx, want 0x%016llx",
			    c->desc, st, c->expected);
	KUNIT_EXPECT_EQ_MSG(test, seam_model_digest(f->m), before,
			    "%s changed the module state", c->desc);
	e = seam_model_log_last(f->m);
	KUNIT_ASSERT_NOT_NULL(test, e);
	KUNIT_EXPECT_EQ(test, e->in.rax, c->rax);
	KUNIT_EXPECT_EQ(test, e->out.rax, c->expected);
	KUNIT_EXPECT_EQ(test, e->exit, SEAM_MODEL_EXIT_RETURN);
}

/* The table covers at least 60 cases, and every stage builds. */
static void seamcall_misuse_table_test(struct kunit *test)
{
	struct seam_fixture *f = test->priv;

	KUNIT_EXPECT_TRUE(test, ARRAY_SIZE(seamcall_misuse_cases) >= 60);
	KUNIT_EXPECT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_FREEID), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_fixture_reclaim_all(f), SEAM_TDX_SUCCESS);
}

static int seamcall_misuse_init(struct kunit *test)
{
	struct seam_fixture *f = seam_fixture_create(NULL);

	if (!f)
		return -ENOMEM;
	test->priv = f;
	return 0;
}

static void seamcall_misuse_exit(struct kunit *test)
{
	seam_fixture_destroy(test->priv);
}

static struct kunit_case seamcall_misuse_test_cases[] = {
	KUNIT_CASE_PARAM(seamcall_misuse_test, seamcall_misuse_gen_params),
	KUNIT_CASE(seamcall_misuse_table_test),
	{}
};

static struct kunit_suite seamcall_misuse_test_suite = {
	.name = "seamcall_misuse",
	.init = seamcall_misuse_init,
	.exit = seamcall_misuse_exit,
	.test_cases = seamcall_misuse_test_cases,
};

kunit_test_suites(&seamcall_misuse_test_suite);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Misused SEAMCALLs against the TDX module model");
