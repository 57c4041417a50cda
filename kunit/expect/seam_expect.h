/* SPDX-License-Identifier: GPL-2.0 */
/*
 * seam_expect.h - expected SEAMCALL results, taken from the TDX module source
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * Two kinds of table, both plain data that a user-space and a kernel test
 * can include (no libc):
 *
 * - check tables (struct seam_expect_check): the checks a leaf handler of
 *   the Intel TDX module 1.5 makes, in the handler's order, with the status
 *   and operand ID each returns and where it is in the module source;
 * - scenario rows (struct seam_expect_row): a state the fixture can build,
 *   one SEAMCALL with symbolic operands, and the exact status, operand ID
 *   and output registers the module returns.
 *
 * Every row names its source as "file:function():line" of the module
 * 1.5.01 source (github.com/intel/tdx-module, tag TDX_1.5.01) unless it says
 * otherwise; "tdx_abi" is /work/shared/reference/tdx-abi.md.
 */
#ifndef _SEAM_EXPECT_H
#define _SEAM_EXPECT_H

#include <linux/bits.h>
#include <linux/types.h>
#include <seamcall.h>

#include "seam_fixture.h"

/* &seam_expect_check.leaf of a dispatcher check: it applies to every leaf. */
#define SEAM_XLEAF_ANY		0xffff
/* The highest leaf number a row or check names (RAX bits 15:0 in use). */
#define SEAM_XLEAF_MAX		0xff

/**
 * struct seam_expect_check - one check of a leaf handler
 * @leaf: SEAM_TDH_* leaf number, or %SEAM_XLEAF_ANY for the dispatcher
 * @cond: what the handler checks (short text); the error is returned when
 *        the condition does not hold
 * @status: completion status, operand ID included
 * @src: module source file, function and line
 * @unreachable: NULL if a scenario row exercises the check (a row of the
 *               same leaf whose source starts with @src and whose status
 *               is not a success, unless @status is); else why no host
 *               call sequence the fixture can make reaches it
 */
struct seam_expect_check {
	u16 leaf;
	const char *cond;
	u64 status;
	const char *src;
	const char *unreachable;
};

/*
 * Reasons a check cannot be reached from the host through the fixture, for
 * &seam_expect_check.unreachable.
 */
/* A try-lock fails only while another LP's SEAMCALL holds the lock. */
#define SEAM_XU_CONCURRENT	"needs a concurrent SEAMCALL on another LP holding the lock"
/* RDRAND/RDSEED, PCONFIG, CPUID, MSR or SMRR results of the platform. */
#define SEAM_XU_PLATFORM	"depends on a platform instruction or register result, not on SEAMCALL state"
/* A TD turns FATAL on a failure inside the module or the guest. */
#define SEAM_XU_FATAL		"a TD becomes FATAL on a TD entry failure or corruption inside the module, which the model's guest cannot cause"
/* TDH.MEM.TRACK fails only while a vCPU of the previous epoch runs. */
#define SEAM_XU_EPOCH		"needs a vCPU of the TD running in the guest on another LP"
/* An external interrupt arrives during a TDH.PHYMEM.CACHE.WB sub-block. */
#define SEAM_XU_INTERRUPT	"needs an external interrupt pending during the write-back (a platform event)"
/* A huge page in the PAMT after teardown, which the fixture never maps. */
#define SEAM_XU_HUGE		"needs a 2 MiB page reclaimed after teardown; the fixture maps 4 KiB pages only"

/**
 * enum seam_expect_what - what a symbolic register operand stands for
 * @SEAM_XW_IMM: the immediate alone
 * @SEAM_XW_TDR: the TDR page of the fixture's TD
 * @SEAM_XW_TDCS0: its first TDCS page
 * @SEAM_XW_TDVPR: the TDVPR page of its vCPU
 * @SEAM_XW_TDCX0: the first TDCX page of the vCPU
 * @SEAM_XW_SEPT1: the S-EPT page TDH.MEM.SEPT.ADD added at level 1 (a PT)
 * @SEAM_XW_SEPT2: the S-EPT page added at level 2 (a PD)
 * @SEAM_XW_SEPT3: the S-EPT page added at level 3 (a PDPT)
 * @SEAM_XW_PAGE_ADD: the page TDH.MEM.PAGE.ADD added at GPA 0
 * @SEAM_XW_PAGE_AUG: the page TDH.MEM.PAGE.AUG added at GPA 0x1000
 * @SEAM_XW_FREE: a page the runner takes from the allocator for the row
 *                (the same page wherever it appears in one row)
 * @SEAM_XW_FREE2: a second such page (the PAGE.ADD source, host memory)
 * @SEAM_XW_PREP: the page the row's preparation step made (TD_PARAMS)
 * @SEAM_XW_PREP_CX0: the first page the preparation step added with
 *                    TDH.MNG.ADDCX or TDH.VP.ADDCX
 * @SEAM_XW_HKID: the private KeyID of the fixture's TD
 * @SEAM_XW_TDMR_INFO: the fixture's TDMR_INFO page
 * @SEAM_XW_FAR: a 1 GiB-aligned address 4 GiB above the simulated memory,
 *               below MAX_PA but in no TDMR
 * @SEAM_XW_TDMR_BASE: the base of the fixture's one TDMR
 * @SEAM_XW_TD2_TDR: the TDR of the second TD (%SEAM_XP_TD2)
 * @SEAM_XW_TD2_TDCS0: its first TDCS page
 * @SEAM_XW_TD2_TDVPR: the TDVPR of its vCPU
 * @SEAM_XW_TD2_HKID: its private KeyID
 * @SEAM_XW_FIRST_HKID: the lowest private KeyID (the fixture's SYS.CONFIG
 *                      makes it the global private KeyID)
 * @SEAM_XW_RANGE: a 2 MiB range of the TDMR no page of which was handed
 *                 out (seam_fixture_alloc_2m()); no PAMT page pair backs it
 *                 unless the row's preparation adds one (rows with
 *                 &seam_expect_row.dpamt only)
 * @SEAM_XW_RANGE2: a second such range
 * @SEAM_XW_PAMT0: a free page from the allocator, for a PAMT page pair
 *                 (rows with &seam_expect_row.dpamt only)
 * @SEAM_XW_PAMT1: a second one
 * @SEAM_XW_MODULE_HV: MODULE_HV as TDH.SYS.RD reads it after the row's
 *                     preparation
 */
enum seam_expect_what {
	SEAM_XW_IMM,
	SEAM_XW_TDR,
	SEAM_XW_TDCS0,
	SEAM_XW_TDVPR,
	SEAM_XW_TDCX0,
	SEAM_XW_SEPT1,
	SEAM_XW_SEPT2,
	SEAM_XW_SEPT3,
	SEAM_XW_PAGE_ADD,
	SEAM_XW_PAGE_AUG,
	SEAM_XW_FREE,
	SEAM_XW_FREE2,
	SEAM_XW_PREP,
	SEAM_XW_PREP_CX0,
	SEAM_XW_HKID,
	SEAM_XW_TDMR_INFO,
	SEAM_XW_FAR,
	SEAM_XW_TDMR_BASE,
	SEAM_XW_TD2_TDR,
	SEAM_XW_TD2_TDCS0,
	SEAM_XW_TD2_TDVPR,
	SEAM_XW_TD2_HKID,
	SEAM_XW_FIRST_HKID,
	SEAM_XW_RANGE,
	SEAM_XW_RANGE2,
	SEAM_XW_PAMT0,
	SEAM_XW_PAMT1,
	SEAM_XW_MODULE_HV,
};

/**
 * enum seam_expect_how - how the runner mangles an operand
 * @SEAM_XH_PLAIN: as is: the base value ORed with the immediate
 * @SEAM_XH_UNALIGNED: bit 11 set (no longer 4 KiB aligned)
 * @SEAM_XH_KEYED: KeyID 1 in the KeyID bits (seam_fixture_keyed_pa())
 * @SEAM_XH_KEYED_TD: the TD's private KeyID in the KeyID bits
 * @SEAM_XH_ABOVE_MAX_PA: bit 63 set (above MAX_PA, outside the KeyID bits)
 * @SEAM_XH_FAR: replaced by the %SEAM_XW_FAR address (no PAMT covers it)
 */
enum seam_expect_how {
	SEAM_XH_PLAIN,
	SEAM_XH_UNALIGNED,
	SEAM_XH_KEYED,
	SEAM_XH_KEYED_TD,
	SEAM_XH_ABOVE_MAX_PA,
	SEAM_XH_FAR,
};

/**
 * struct seam_expect_reg - a symbolic register value
 * @what: the base value (enum seam_expect_what)
 * @how: how it is mangled (enum seam_expect_how)
 * @imm: ORed into the base value before mangling
 */
struct seam_expect_reg {
	u8 what;
	u8 how;
	u64 imm;
};

/**
 * enum seam_expect_prep - a step the runner takes after seam_fixture_build()
 * @SEAM_XP_NONE: none
 * @SEAM_XP_ADDCX: TDH.MNG.ADDCX of @prep_arg new pages (from %TD_KEYS)
 * @SEAM_XP_VP_ADDCX: TDH.VP.ADDCX of @prep_arg new pages (from %VP_CREATE)
 * @SEAM_XP_ADDCX_PARAMS: as %SEAM_XP_ADDCX, then a TD_PARAMS page
 *                        (%SEAM_XW_PREP) with ATTRIBUTES 0 and MAX_VCPUS 1
 * @SEAM_XP_PARAMS_ATTR: %SEAM_XP_ADDCX of 6 pages, then a TD_PARAMS page
 *                       with ATTRIBUTES = BIT(@prep_arg) and MAX_VCPUS 1
 * @SEAM_XP_PARAMS_VCPUS: %SEAM_XP_ADDCX of 6 pages, then a TD_PARAMS page
 *                        with ATTRIBUTES 0 and MAX_VCPUS = @prep_arg
 * @SEAM_XP_ADDCX_INIT: %SEAM_XP_ADDCX_PARAMS, then TDH.MNG.INIT with that
 *                      page: a TD initialised with @prep_arg TDCS pages
 * @SEAM_XP_PARAMS_FIELD: %SEAM_XP_ADDCX of 6 pages, then a TD_PARAMS page
 *                        with ATTRIBUTES 0 and MAX_VCPUS 1 whose field
 *                        @prep_arg (enum seam_fixture_tdp_field) is
 *                        @prep_val
 * @SEAM_XP_CALL_ON: on CPU @prep_arg, the leaf @prep_val with RCX, RDX
 *                   and R8 = @prep_in, where %SEAM_XW_PREP is a new page
 *                   taken for the call (a package's or an LP's step done
 *                   once, a page or a block the row needs)
 * @SEAM_XP_VCPU2: TDH.VP.CREATE of a second vCPU (%SEAM_XW_PREP) and
 *                 TDH.VP.ADDCX of @prep_arg TDCX pages to it; the fixture's
 *                 TD is built with MAX_VCPUS @prep_val (0 stands for 1)
 * @SEAM_XP_VCPU2_FINALIZE: %SEAM_XP_VCPU2, then TDH.MR.FINALIZE
 * @SEAM_XP_TD2: a second TD built to stage @prep_arg
 *               (seam_fixture_build_td2())
 * @SEAM_XP_TDMR_INFO: a new page (%SEAM_XW_PREP) holding a TDMR_INFO
 *                     address array whose one entry points @prep_arg
 *                     bytes past the TDMR_INFO at offset 512 of the same
 *                     page; that TDMR_INFO has TDMR_BASE = the fixture's
 *                     TDMR base + @prep_val and TDMR_SIZE = 1 GiB
 * @SEAM_XP_SHUTDOWN: TDH.SYS.SHUTDOWN with MODULE_HV
 *                    (seam_fixture_shutdown())
 * @SEAM_XP_PAMT_ADD: TDH.PHYMEM.PAMT.ADD of %SEAM_XW_RANGE with the pair
 *                    %SEAM_XW_PAMT0, %SEAM_XW_PAMT1; then, if @prep_val is
 *                    not 0, the leaf @prep_val on CPU 0 with RCX, RDX and R8
 *                    = @prep_in (%SEAM_XW_PREP is a new page, as for
 *                    %SEAM_XP_CALL_ON)
 * @SEAM_XP_DEMOTABLE: a 2 MiB page to demote (a TD at
 *                     %SEAM_FIXTURE_FINALIZE with dynamic PAMT):
 *                     TDH.PHYMEM.PAMT.ADD of %SEAM_XW_RANGE2 with the pair
 *                     %SEAM_XW_PAMT0, %SEAM_XW_PAMT1, TDH.MEM.PAGE.AUG of
 *                     %SEAM_XW_RANGE as a 2 MiB page at GPA
 *                     %SEAM_EXPECT_GPA_2M, TDH.MEM.RANGE.BLOCK of it and
 *                     TDH.MEM.TRACK
 * @SEAM_XP_MAX: the last step
 */
enum seam_expect_prep {
	SEAM_XP_NONE,
	SEAM_XP_ADDCX,
	SEAM_XP_VP_ADDCX,
	SEAM_XP_ADDCX_PARAMS,
	SEAM_XP_PARAMS_ATTR,
	SEAM_XP_PARAMS_VCPUS,
	SEAM_XP_ADDCX_INIT,
	SEAM_XP_PARAMS_FIELD,
	SEAM_XP_CALL_ON,
	SEAM_XP_VCPU2,
	SEAM_XP_VCPU2_FINALIZE,
	SEAM_XP_TD2,
	SEAM_XP_TDMR_INFO,
	SEAM_XP_SHUTDOWN,
	SEAM_XP_PAMT_ADD,
	SEAM_XP_DEMOTABLE,
	SEAM_XP_MAX = SEAM_XP_DEMOTABLE,
};

/*
 * Rows run on a fixture of the default shape: 4 logical CPUs in 2
 * packages, CPU n in package n % 2.
 */
#define SEAM_EXPECT_NR_LPS	4

/*
 * Simulated pages of a row with dynamic PAMT: four 2 MiB ranges, one for
 * the fixture's pages, %SEAM_XW_RANGE and %SEAM_XW_RANGE2 and one to spare.
 */
#define SEAM_EXPECT_DPAMT_PAGES	2048

/*
 * A 2 MiB GPA whose level-1 S-EPT entry is free in the fixture's TD (the
 * fixture adds levels 3, 2 and 1 for GPA 0 only).
 */
#define SEAM_EXPECT_GPA_2M	0x200000ULL

/*
 * Registers of a row, in this order. A row that gives R12 or R13 (an input
 * other than the immediate 0, or in its output mask) or calls
 * TDH.MEM.PAGE.DEMOTE (which reads R12 and R13) is issued with
 * seam_call_saved_ret(), every other row with seam_call_ret().
 */
enum seam_expect_regno {
	SEAM_XR_RCX,
	SEAM_XR_RDX,
	SEAM_XR_R8,
	SEAM_XR_R9,
	SEAM_XR_R10,
	SEAM_XR_R11,
	SEAM_XR_R12,
	SEAM_XR_R13,
	SEAM_XR_NR,
};

#define SEAM_XO_RCX		BIT(SEAM_XR_RCX)
#define SEAM_XO_RDX		BIT(SEAM_XR_RDX)
#define SEAM_XO_R8		BIT(SEAM_XR_R8)
#define SEAM_XO_R9		BIT(SEAM_XR_R9)
#define SEAM_XO_R10		BIT(SEAM_XR_R10)
#define SEAM_XO_R11		BIT(SEAM_XR_R11)
#define SEAM_XO_R12		BIT(SEAM_XR_R12)
#define SEAM_XO_R13		BIT(SEAM_XR_R13)

/*
 * Row flags: where the module's answer depends on more than the ABI state a
 * software model can hold, or where the row follows a later 1.5 release.
 */
/* Depends on the platform (CPUID, MSRs, KeyID split) as well as the state. */
#define SEAM_XF_PLATFORM	BIT(0)
/* Follows a 1.5 release later than 1.5.01 that Linux 7.x requires. */
#define SEAM_XF_LATER		BIT(1)
/* Depends on the fixture's layout (page addresses, TDMR base). */
#define SEAM_XF_LAYOUT		BIT(2)

/**
 * struct seam_expect_row - one executable expectation
 * @name: unique short description
 * @src: module source the expectation comes from
 * @stage: enum seam_fixture_stage the fixture is built to
 * @prep: enum seam_expect_prep, run after the build
 * @prep_arg: its argument
 * @prep_val: its value (%SEAM_XP_PARAMS_FIELD, %SEAM_XP_CALL_ON,
 *            %SEAM_XP_VCPU2, %SEAM_XP_TDMR_INFO)
 * @prep_in: RCX, RDX and R8 of the %SEAM_XP_CALL_ON call
 * @cpu: the logical CPU the row's SEAMCALL runs on (0 unless set)
 * @flags: SEAM_XF_* flags
 * @profile: &enum seam_model_profile the model runs as (0: module 1.5.01)
 * @dpamt: the fixture's SYS.CONFIG turns dynamic PAMT on
 *         (&seam_fixture.dynamic_pamt; profile 2.0 only); the model gets
 *         %SEAM_EXPECT_DPAMT_PAGES pages for the 2 MiB ranges
 * @leaf: SEAM_TDH_* leaf number
 * @version: leaf version (RAX bits 23:16)
 * @rax_extra: further bits ORed into RAX (reserved bits)
 * @in: RCX, RDX, R8, R9, R10, R11, R12, R13 on input
 * @status: the RAX the module returns, operand ID included
 * @out_mask: SEAM_XO_* bits of the output registers the row checks
 * @out: their expected values
 */
struct seam_expect_row {
	const char *name;
	const char *src;
	u8 stage;
	u8 prep;
	u16 prep_arg;
	u64 prep_val;
	struct seam_expect_reg prep_in[3];
	u8 cpu;
	u8 flags;
	u8 profile;
	u8 dpamt;
	u16 leaf;
	u8 version;
	u64 rax_extra;
	struct seam_expect_reg in[SEAM_XR_NR];
	u64 status;
	u8 out_mask;
	struct seam_expect_reg out[SEAM_XR_NR];
};

/* Operand helpers for the tables. */
#define SEAM_XV(w, i)		{ .what = SEAM_XW_##w, .imm = (i) }
#define SEAM_XB(w, h)		{ .what = SEAM_XW_##w, .how = SEAM_XH_##h }
#define SEAM_XI(i)		SEAM_XV(IMM, i)
#define SEAM_XZ			SEAM_XI(0)

/* A row: stage and leaf without their prefixes. */
#define SEAM_XROW(_name, _stage, _leaf, _src, ...)			\
	{ .name = (_name), .src = (_src),				\
	  .stage = SEAM_FIXTURE_##_stage, .leaf = SEAM_TDH_##_leaf,	\
	  __VA_ARGS__ }

/* Preparation: on CPU @cpu, the leaf with RCX, RDX, R8 = the operands. */
#define SEAM_XCALL_ON(cpu, leaf, ...)					\
	.prep = SEAM_XP_CALL_ON, .prep_arg = (cpu),			\
	.prep_val = SEAM_TDH_##leaf, .prep_in = { __VA_ARGS__ }

/* Preparation: 6 TDCS pages and a TD_PARAMS page with one field changed. */
#define SEAM_XTDP(field, val)						\
	.prep = SEAM_XP_PARAMS_FIELD,					\
	.prep_arg = SEAM_FIXTURE_TDP_##field, .prep_val = (val)

/* Status with an operand ID. */
#define SEAM_XS(st, op)		(SEAM_TDX_##st | SEAM_OPERAND_ID_##op)

/* Sources of the generic HPA checks (helpers.c of module 1.5.01). */
#define SEAM_XSRC_ALIGN	" > helpers.c:hpa_check_with_pwr_2_alignment():257"
#define SEAM_XSRC_HKID	" > helpers.c:hpa_check_with_pwr_2_alignment():263"
#define SEAM_XSRC_MAXPA	" > helpers.c:hpa_check_with_pwr_2_alignment():269"
#define SEAM_XSRC_PAMT	" > helpers.c:non_shared_hpa_metadata_check_and_lock():154"
#define SEAM_XSRC_PT	" > helpers.c:non_shared_hpa_metadata_check_and_lock():180"

/*
 * The explicit private HPA check (check_and_lock_explicit_private_hpa(),
 * helpers.c:375 and :381) gives five rows per operand: an unaligned page,
 * KeyID bits, bits above MAX_PA (OPERAND_INVALID), no PAMT
 * (OPERAND_ADDR_RANGE_ERROR), then the wrong page type
 * (PAGE_METADATA_INCORRECT), each with the operand's ID. Each table writes
 * them out with a macro of one argument (a SEAM_XH_* suffix) that gives the
 * row's .in initializer with that operand mangled.
 */

/* RCX and RDX both 0 on output (leaves that clear them on entry). */
#define SEAM_XOUT_RCX_RDX_0						\
	.out_mask = SEAM_XO_RCX | SEAM_XO_RDX, .out = { SEAM_XZ, SEAM_XZ }

/*
 * S-EPT extended error information (sept_manager.c:
 * set_arch_septe_details_in_vmm_regs():522): RCX = the architectural entry,
 * RDX = level (bits 2:0) | public state (bits 15:8). A FREE entry reads
 * as SVE (bit 63) only; a non-leaf entry as its RWX and PS bits; a leaf as
 * RWX, MT, IPAT, PS, HPA and SVE.
 */
#define SEAM_XSEPT_FREE_ENTRY		BIT_ULL(63)
#define SEAM_XSEPT_NL_ENTRY		0x7ULL
/* RWX | MT=WB (6 << 3) | IPAT | PS | SVE, ORed with the page's HPA. */
#define SEAM_XSEPT_LEAF_BITS		(BIT_ULL(63) | 0xf7ULL)
/* Public S-EPT states (auto_gen/sept_state_lookup.c of module 1.5.01). */
#define SEAM_XSEPT_FREE			0x00
#define SEAM_XSEPT_BLOCKED		0x01
#define SEAM_XSEPT_PENDING		0x02
#define SEAM_XSEPT_PENDING_BLOCKED	0x03
#define SEAM_XSEPT_MAPPED		0x04
#define SEAM_XSEPT_REMOVED		0x05
#define SEAM_XSEPT_NL_BLOCKED		0x81
#define SEAM_XSEPT_NL_MAPPED		0x84
#define SEAM_XLS(level, state)		((u64)(level) | ((u64)SEAM_XSEPT_##state << 8))

/* Expected RCX/RDX of an S-EPT error: a free entry at @level. */
#define SEAM_XOUT_FREE_AT(level)					\
	.out_mask = SEAM_XO_RCX | SEAM_XO_RDX,				\
	.out = { SEAM_XI(SEAM_XSEPT_FREE_ENTRY), SEAM_XI(SEAM_XLS(level, FREE)) }

/* PAMT page types (pamt_manager.h of module 1.5.01). */
#define SEAM_XPT_NDA		0
#define SEAM_XPT_REG		3
#define SEAM_XPT_TDR		4
#define SEAM_XPT_TDCX		5
#define SEAM_XPT_TDVPR		6
#define SEAM_XPT_EPT		8

/* TDX_X2APIC_ID_NOT_UNIQUE (module 1.5.05 tdx_error_codes_defs.h). */
#define SEAM_XTDX_X2APIC_ID_NOT_UNIQUE	0xC000062100000000ULL

/* NULL_PA of the module (x86_defs.h): all ones. */
#define SEAM_XNULL_PA		(~0ULL)
/* MD_FIELD_ID_NA (metadata_generic.h): all ones. */
#define SEAM_XFIELD_NA		(~0ULL)

/**
 * struct seam_expect_group - the tables of one leaf group
 * @name: group name
 * @checks: its check table
 * @nr_checks: entries in @checks
 * @rows: its scenario rows
 * @nr_rows: entries in @rows
 */
struct seam_expect_group {
	const char *name;
	const struct seam_expect_check *checks;
	unsigned int nr_checks;
	const struct seam_expect_row *rows;
	unsigned int nr_rows;
};

#endif /* _SEAM_EXPECT_H */
