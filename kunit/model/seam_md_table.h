/* SPDX-License-Identifier: GPL-2.0 */
/*
 * seam_md_table.h - the TDX module's metadata fields, as the model reports them
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * Plain data (no libc), usable from user space and the kernel; a file that
 * needs only the IDs may include it (the arrays are __maybe_unused). Every
 * global (TDH.SYS.RD) field that Linux 7.x reads in
 * arch/x86/virt/vmx/tdx/tdx_global_metadata.c and tdx.c, plus the few the
 * TDX module documents next to them (NUM_CMRS, VENDOR_ID, the sizes per L2
 * VM, the build fields of include/seamcall.h), and every TD-scope
 * (TDH.MNG.RD) and vCPU-scope (TDH.VP.RD/WR) field KVM's
 * arch/x86/kvm/vmx/tdx.c and tdx.h read or write.
 *
 * Field IDs, element sizes, element counts and the host read/write masks
 * are those of the TDX module's generated lookup tables; "lookup" below is
 * include/auto_gen/<scope>_fields_lookup.c of the module 1.5.05 source
 * (github.com/murrowow/tdx-module, a public copy; 1.5.01 is the TDX_1.5.01
 * tag of github.com/intel/tdx-module) with its entry number. The values of
 * global fields are those of src/common/metadata_handlers/metadata_sys.c
 * md_sys_get_elements() ("sys" below, with its line) on a platform without
 * LASS and with every CPUID bit the module lets through: module 1.5.06,
 * build 744, the release upstream KVM requires (1.5.06.00.0744).
 *
 * A field ID names element 0 of field 0; a field with @nr > 1 holds
 * further elements at consecutive field codes (the TD-scope CPUID_VALUES
 * field has its own field-code layout, see SEAM_MD_CV_* below). The
 * module looks a field up by class and field code only: on input it
 * ignores the element-size code, the context code (it sets its own) and
 * bit 63, as KVM relies on (BUILD_TDX_FIELD() sets neither size nor
 * context): metadata_generic.c md_check_as_single_element_id():100 and
 * md_find_entry_idx():209.
 */
#ifndef _SEAM_MD_TABLE_H
#define _SEAM_MD_TABLE_H

#include <linux/compiler.h>
#include <linux/types.h>

/**
 * enum seam_md_scope - which leaf reads a field
 * @SEAM_MD_SCOPE_SYS: TDH.SYS.RD (global, context code 0)
 * @SEAM_MD_SCOPE_TD: TDH.MNG.RD/WR (TDR and TDCS, context code 1)
 * @SEAM_MD_SCOPE_VP: TDH.VP.RD/WR (TDVPS and TD VMCS, context code 2)
 */
enum seam_md_scope {
	SEAM_MD_SCOPE_SYS,
	SEAM_MD_SCOPE_TD,
	SEAM_MD_SCOPE_VP,
};

/*
 * Flags of a field.
 * SEAM_MD_F_STATE: the value is TD or vCPU state the model computes
 *	(@value unused); the model's metadata code names each such field.
 * SEAM_MD_F_STORE: the value is kept per TD or vCPU, starts at @value and
 *	the host writes it under @wr_mask.
 * SEAM_MD_F_DEBUG: the host reads it only in a debug TD (the production
 *	read mask is 0).
 * SEAM_MD_F_CPUID: global CPUID configuration: the value of field N is
 *	taken from seam_md_cpuid_config[N] (beyond the last: the module's
 *	filler, see seam_md_cpuid_config).
 * SEAM_MD_F_LATER: the field exists from module 1.5.05 on.
 */
#define SEAM_MD_F_STATE		0x01
#define SEAM_MD_F_STORE		0x02
#define SEAM_MD_F_DEBUG		0x04
#define SEAM_MD_F_CPUID		0x08
#define SEAM_MD_F_LATER		0x10

/**
 * struct seam_md_entry - one metadata field of the TDX module
 * @name: the module's name of the field
 * @id: field ID of element 0 of field 0, as the module's lookup table has it
 * @scope: enum seam_md_scope
 * @flags: SEAM_MD_F_*
 * @elem_size: bytes per element (the ID's element-size code, 33:32)
 * @nr: number of elements: fields times elements per field
 * @value: what the model reports (constant fields), or the initial value
 *         (%SEAM_MD_F_STORE)
 * @rd_mask: host read mask in a production TD (global: the VMM read mask)
 * @wr_mask: host write mask; 0 if the host cannot write it
 * @src: where the ID, the masks and the value come from
 */
struct seam_md_entry {
	const char *name;
	u64 id;
	u8 scope;
	u8 flags;
	u8 elem_size;
	u16 nr;
	u64 value;
	u64 rd_mask;
	u64 wr_mask;
	const char *src;
};

/* Global fields: TDH.SYS.RD. */
#define SEAM_MD_ID_NUM_PKGS			0x0000000200000000ULL
#define SEAM_MD_ID_VENDOR_ID			0x0800000200000000ULL
#define SEAM_MD_ID_BUILD_DATE			0x8800000200000001ULL
#define SEAM_MD_ID_BUILD_NUM			0x8800000100000002ULL
#define SEAM_MD_ID_MINOR_VERSION		0x0800000100000003ULL
#define SEAM_MD_ID_MAJOR_VERSION		0x0800000100000004ULL
#define SEAM_MD_ID_UPDATE_VERSION		0x0800000100000005ULL
#define SEAM_MD_ID_INTERNAL_VERSION		0x0800000100000006ULL
#define SEAM_MD_ID_MODULE_HV			0x8900000100000000ULL
#define SEAM_MD_ID_SYS_ATTRIBUTES		0x0A00000200000000ULL
#define SEAM_MD_ID_NUM_TDX_FEATURES		0x0A00000000000001ULL
#define SEAM_MD_ID_TDX_FEATURES0		0x0A00000300000008ULL
#define SEAM_MD_ID_NUM_CMRS			0x9000000100000000ULL
#define SEAM_MD_ID_MAX_TDMRS			0x9100000100000008ULL
#define SEAM_MD_ID_MAX_RESERVED_PER_TDMR	0x9100000100000009ULL
#define SEAM_MD_ID_PAMT_4K_ENTRY_SIZE		0x9100000100000010ULL
#define SEAM_MD_ID_PAMT_2M_ENTRY_SIZE		0x9100000100000011ULL
#define SEAM_MD_ID_PAMT_1G_ENTRY_SIZE		0x9100000100000012ULL
#define SEAM_MD_ID_TDR_BASE_SIZE		0x9800000100000000ULL
#define SEAM_MD_ID_TDCS_BASE_SIZE		0x9800000100000100ULL
#define SEAM_MD_ID_TDCS_SIZE_PER_L2_VM		0x9800000100000101ULL
#define SEAM_MD_ID_TDVPS_BASE_SIZE		0x9800000100000200ULL
#define SEAM_MD_ID_TDVPS_SIZE_PER_L2_VM		0x9800000100000201ULL
#define SEAM_MD_ID_ATTRIBUTES_FIXED0		0x1900000300000000ULL
#define SEAM_MD_ID_ATTRIBUTES_FIXED1		0x1900000300000001ULL
#define SEAM_MD_ID_XFAM_FIXED0			0x1900000300000002ULL
#define SEAM_MD_ID_XFAM_FIXED1			0x1900000300000003ULL
#define SEAM_MD_ID_NUM_CPUID_CONFIG		0x9900000100000004ULL
#define SEAM_MD_ID_CONFIG_FLAGS_FIXED0		0x9900000300000006ULL
#define SEAM_MD_ID_CONFIG_FLAGS_FIXED1		0x9900000300000007ULL
#define SEAM_MD_ID_MAX_VCPUS_PER_TD		0x9900000100000008ULL
/* Profile 2.0 only (seam_md_table_2_0[]): extensions and quoting. */
#define SEAM_MD_ID_MEMORY_POOL_REQUIRED_PAGES	0x3100000200000000ULL
#define SEAM_MD_ID_EXT_REQUIRED			0x3100000000000001ULL
#define SEAM_MD_ID_MAX_QUOTE_SIZE		0x2300000200000002ULL
/* The model's quote length: more than one page, so QUOTE.GET resumes once. */
#define SEAM_MD_MAX_QUOTE_SIZE			5120
#define SEAM_MD_ID_CPUID_CONFIG_LEAVES		0x9900000300000400ULL
#define SEAM_MD_ID_CPUID_CONFIG_VALUES		0x9900000300000500ULL

/* TD-scope fields: TDH.MNG.RD. */
#define SEAM_MD_ID_TD_NUM_VCPUS			0x9010000200000001ULL
#define SEAM_MD_ID_TD_ATTRIBUTES		0x1110000300000000ULL
#define SEAM_MD_ID_TD_XFAM			0x1110000300000001ULL
#define SEAM_MD_ID_TD_MAX_VCPUS			0x1110000200000002ULL
#define SEAM_MD_ID_TD_TSC_OFFSET		0x111000030000000AULL
#define SEAM_MD_ID_TD_TSC_MULTIPLIER		0x111000030000000BULL
#define SEAM_MD_ID_TD_TSC_FREQUENCY		0x111000010000000CULL
#define SEAM_MD_ID_TD_CONFIG_FLAGS		0x9110000300000016ULL
#define SEAM_MD_ID_TD_MRTD			0x1310000300000000ULL
#define SEAM_MD_ID_TD_CPUID_VALUES		0x9410000300000000ULL

/* vCPU-scope fields: TDH.VP.RD/WR (TD VMCS fields: class 0, the VMCS encoding). */
#define SEAM_MD_ID_VMCS_POSTED_INTR_NV		0x0024000100000002ULL
#define SEAM_MD_ID_VMCS_POSTED_INTR_DESC_ADDR	0x0024000300002016ULL
#define SEAM_MD_ID_VMCS_SHARED_EPTP		0x002400030000203CULL
#define SEAM_MD_ID_VMCS_PIN_BASED_CTLS		0x0024000200004000ULL
#define SEAM_MD_ID_VMCS_SECONDARY_CTLS		0x002400020000401EULL
#define SEAM_MD_ID_VMCS_NOTIFY_WINDOW		0x0024000200004024ULL
#define SEAM_MD_ID_VP_RCX			0x1020000300000001ULL
#define SEAM_MD_ID_VP_VCPU_STATE_DETAILS	0x9120000300000100ULL
#define SEAM_MD_ID_VP_PEND_NMI			0x202000000000000BULL
#define SEAM_MD_ID_VP_VCPU_INDEX		0xA020000200000002ULL

/*
 * TD-scope CPUID_VALUES field code (KVM's tdx_read_cpuid(), module
 * md_cpuid_field_id_get_leaf_subleaf()): bit 0 the element (0: EBX:EAX,
 * 1: EDX:ECX), bits 7:1 sub-leaf 6:0, bit 8 "no sub-leaf" (bits 7:1 then
 * all ones), bits 15:9 leaf 6:0, bit 16 leaf bit 31.
 */
#define SEAM_MD_CV_ELEMENT		0x00001ULL
#define SEAM_MD_CV_SUBLEAF_MASK	0x000feULL
#define SEAM_MD_CV_SUBLEAF_SHIFT	1
#define SEAM_MD_CV_SUBLEAF_NA	0x00100ULL
#define SEAM_MD_CV_LEAF_MASK		0x0fe00ULL
#define SEAM_MD_CV_LEAF_SHIFT	9
#define SEAM_MD_CV_LEAF_BIT31	0x10000ULL
/* Sub-leaf of a leaf that has none, in CPUID_CONFIG_LEAVES bits 63:32. */
#define SEAM_MD_CPUID_NO_SUBLEAF	0xffffffffU

/* Number of configurable CPUID leaves (cpuid_configurations_defines.h). */
#define SEAM_MD_NUM_CPUID_CONFIG	18

/**
 * struct seam_md_cpuid - one configurable CPUID leaf of the module
 * @leaf: CPUID leaf (EAX)
 * @subleaf: sub-leaf (ECX), or %SEAM_MD_CPUID_NO_SUBLEAF
 * @values: the configurable bits the module reports: [0] = EBX:EAX,
 *          [1] = EDX:ECX, each CONFIG_DIRECT | ALLOW_DIRECT (every
 *          allow-direct bit set natively on the modelled platform)
 */
struct seam_md_cpuid {
	u32 leaf;
	u32 subleaf;
	u64 values[2];
};

/*
 * The module's cpuid_configurable[] order (include/auto_gen/
 * cpuid_configurations.c of 1.5.05, entries [0]..[17]). CPUID_CONFIG_LEAVES
 * field N reads leaf | subleaf << 32 of entry N, CPUID_CONFIG_VALUES field
 * N its values; beyond the last entry the module reads all ones for a leaf
 * and 0 for values (metadata_sys.c md_sys_get_elements():274 and :286).
 */
static const struct seam_md_cpuid seam_md_cpuid_config[SEAM_MD_NUM_CPUID_CONFIG] __maybe_unused = {
	{ 0x00000001, SEAM_MD_CPUID_NO_SUBLEAF,
	  { 0x00ff00000fff3fffULL, 0xb844000031044d88ULL } },
	{ 0x00000004, 0, { 0xfffff000ffffc3ffULL, 0xfffffffbffffffffULL } },
	{ 0x00000004, 1, { 0xfffff000ffffc3ffULL, 0xfffffffbffffffffULL } },
	{ 0x00000004, 2, { 0xfffff000ffffc3ffULL, 0xfffffffbffffffffULL } },
	{ 0x00000004, 3, { 0xfffff000ffffc3ffULL, 0x00000007ffffffffULL } },
	{ 0x00000007, 0, { 0xdc2b9b1800000000ULL, 0x0005411c02417f65ULL } },
	{ 0x00000007, 1, { 0x0000000004001d30ULL, 0x0000043000000000ULL } },
	{ 0x0000000a, SEAM_MD_CPUID_NO_SUBLEAF, { 0, 0 } },
	{ 0x0000001c, SEAM_MD_CPUID_NO_SUBLEAF, { 0x00000000000000ffULL, 0 } },
	{ 0x80000008, SEAM_MD_CPUID_NO_SUBLEAF, { 0x0000020000000000ULL, 0 } },
	{ 0x00000007, 2, { 0, 0x0000002800000000ULL } },
	{ 0x00000023, 0, { 0x000000000000000fULL, 0 } },
	{ 0x0000001f, 0, { 0x0000ffff0000001fULL, 0x000000000000ffffULL } },
	{ 0x0000001f, 1, { 0x0000ffff0000001fULL, 0x000000000000ffffULL } },
	{ 0x0000001f, 2, { 0x0000ffff0000001fULL, 0x000000000000ffffULL } },
	{ 0x0000001f, 3, { 0x0000ffff0000001fULL, 0x000000000000ffffULL } },
	{ 0x0000001f, 4, { 0x0000ffff0000001fULL, 0x000000000000ffffULL } },
	{ 0x0000001f, 5, { 0x0000ffff0000001fULL, 0x000000000000ffffULL } },
};

/* Every bit readable. */
#define SEAM_MD_ALL	~0ULL

static const struct seam_md_entry seam_md_table[] __maybe_unused = {
	/* Platform info class (0), lookup entry 0: the first global field. */
	{ "NUM_PKGS", SEAM_MD_ID_NUM_PKGS, SEAM_MD_SCOPE_SYS, SEAM_MD_F_STATE, 4, 1, 0,
	  SEAM_MD_ALL, 0, "global_sys lookup 0; sys:60 (packages of the platform)" },
	/* Module version class (8), lookup entries 2..9. */
	{ "VENDOR_ID", SEAM_MD_ID_VENDOR_ID, SEAM_MD_SCOPE_SYS, 0, 4, 1, 0x8086,
	  SEAM_MD_ALL, 0, "global_sys lookup 2; sys:74" },
	{ "BUILD_DATE", SEAM_MD_ID_BUILD_DATE, SEAM_MD_SCOPE_SYS, 0, 4, 1, 20240201,
	  SEAM_MD_ALL, 0, "global_sys lookup 3; sys:78 (TDX_MODULE_BUILD_DATE; model's date)" },
	{ "BUILD_NUM", SEAM_MD_ID_BUILD_NUM, SEAM_MD_SCOPE_SYS, 0, 2, 1, 744,
	  SEAM_MD_ALL, 0, "global_sys lookup 4; sys:82; upstream-2026.md (1.5.06.00.0744)" },
	{ "MINOR_VERSION", SEAM_MD_ID_MINOR_VERSION, SEAM_MD_SCOPE_SYS, 0, 2, 1, 5,
	  SEAM_MD_ALL, 0, "global_sys lookup 5; sys:86; proj_defs.mk:52" },
	{ "MAJOR_VERSION", SEAM_MD_ID_MAJOR_VERSION, SEAM_MD_SCOPE_SYS, 0, 2, 1, 1,
	  SEAM_MD_ALL, 0, "global_sys lookup 6; sys:90; proj_defs.mk:51" },
	{ "UPDATE_VERSION", SEAM_MD_ID_UPDATE_VERSION, SEAM_MD_SCOPE_SYS, 0, 2, 1, 6,
	  SEAM_MD_ALL, 0, "global_sys lookup 7; sys:94; KVM's floor 1.5.06 (upstream-2026.md)" },
	{ "INTERNAL_VERSION", SEAM_MD_ID_INTERNAL_VERSION, SEAM_MD_SCOPE_SYS, 0, 2, 1, 0,
	  SEAM_MD_ALL, 0, "global_sys lookup 8; sys:98; proj_defs.mk:63" },
	{ "MODULE_HV", SEAM_MD_ID_MODULE_HV, SEAM_MD_SCOPE_SYS, 0, 2, 1, 0,
	  SEAM_MD_ALL, 0, "global_sys lookup 9; sys:385; proj_defs.mk:74 (TDX_MODULE_HV 0)" },
	/* Module info class (0xA), lookup entries 16..18. */
	{ "SYS_ATTRIBUTES", SEAM_MD_ID_SYS_ATTRIBUTES, SEAM_MD_SCOPE_SYS, 0, 4, 1, 0,
	  SEAM_MD_ALL, 0, "global_sys lookup 16; sys:108 (production module)" },
	{ "NUM_TDX_FEATURES", SEAM_MD_ID_NUM_TDX_FEATURES, SEAM_MD_SCOPE_SYS, 0, 1, 1, 1,
	  SEAM_MD_ALL, 0, "global_sys lookup 17; sys:114; tdx_api_defs.h:1064" },
	/*
	 * Bits 0-5, 7, 9-11, 16-20: sys:120..137; local attestation (bit 8)
	 * off, as without SEAMVERIFYREPORT.
	 */
	{ "TDX_FEATURES0", SEAM_MD_ID_TDX_FEATURES0, SEAM_MD_SCOPE_SYS, SEAM_MD_F_LATER, 8, 1,
	  0x00000000001f0ebfULL, SEAM_MD_ALL, 0,
	  "global_sys lookup 18; sys:116..139; tdx_api_defs.h:1067 (bit layout)" },
	/* CMR info class (0x10). */
	{ "NUM_CMRS", SEAM_MD_ID_NUM_CMRS, SEAM_MD_SCOPE_SYS, 0, 2, 1, 32,
	  SEAM_MD_ALL, 0, "global_sys lookup 19; sys:149 (MAX_CMR, tdx_api_defs.h:944)" },
	/* TDMR info class (0x11). */
	{ "MAX_TDMRS", SEAM_MD_ID_MAX_TDMRS, SEAM_MD_SCOPE_SYS, 0, 2, 1, 64,
	  SEAM_MD_ALL, 0, "global_sys lookup 22; sys:167 (tdx_global_data.h:151)" },
	{ "MAX_RESERVED_PER_TDMR", SEAM_MD_ID_MAX_RESERVED_PER_TDMR, SEAM_MD_SCOPE_SYS, 0, 2, 1,
	  16, SEAM_MD_ALL, 0, "global_sys lookup 23; sys:171 (tdx_api_defs.h:894)" },
	{ "PAMT_4K_ENTRY_SIZE", SEAM_MD_ID_PAMT_4K_ENTRY_SIZE, SEAM_MD_SCOPE_SYS, 0, 2, 1, 16,
	  SEAM_MD_ALL, 0, "global_sys lookup 24; sys:177 (sizeof(pamt_entry_t))" },
	{ "PAMT_2M_ENTRY_SIZE", SEAM_MD_ID_PAMT_2M_ENTRY_SIZE, SEAM_MD_SCOPE_SYS, 0, 2, 1, 16,
	  SEAM_MD_ALL, 0, "global_sys lookup 25; sys:177" },
	{ "PAMT_1G_ENTRY_SIZE", SEAM_MD_ID_PAMT_1G_ENTRY_SIZE, SEAM_MD_SCOPE_SYS, 0, 2, 1, 16,
	  SEAM_MD_ALL, 0, "global_sys lookup 26; sys:177" },
	/* TD control structures class (0x18). */
	{ "TDR_BASE_SIZE", SEAM_MD_ID_TDR_BASE_SIZE, SEAM_MD_SCOPE_SYS, 0, 2, 1, 0x1000,
	  SEAM_MD_ALL, 0, "global_sys lookup 27; sys:187 (sizeof(tdr_t))" },
	{ "TDCS_BASE_SIZE", SEAM_MD_ID_TDCS_BASE_SIZE, SEAM_MD_SCOPE_SYS, 0, 2, 1, 0x6000,
	  SEAM_MD_ALL, 0,
	  "global_sys lookup 28; sys:191 (MIN_NUM_TDCS_PAGES 6, td_control_structures.h:87)" },
	{ "TDCS_SIZE_PER_L2_VM", SEAM_MD_ID_TDCS_SIZE_PER_L2_VM, SEAM_MD_SCOPE_SYS, 0, 2, 1,
	  0x1000, SEAM_MD_ALL, 0, "global_sys lookup 29; sys:199 (td_control_structures.h:83)" },
	{ "TDVPS_BASE_SIZE", SEAM_MD_ID_TDVPS_BASE_SIZE, SEAM_MD_SCOPE_SYS, 0, 2, 1, 0x6000,
	  SEAM_MD_ALL, 0, "global_sys lookup 30; sys:195 (MIN_TDVPS_PAGES 6, tdx_tdvps.h:64)" },
	{ "TDVPS_SIZE_PER_L2_VM", SEAM_MD_ID_TDVPS_SIZE_PER_L2_VM, SEAM_MD_SCOPE_SYS, 0, 2, 1,
	  0x3000, SEAM_MD_ALL, 0, "global_sys lookup 31; sys:203 (tdx_tdvps.h:52)" },
	/* TD configurability class (0x19). */
	{ "ATTRIBUTES_FIXED0", SEAM_MD_ID_ATTRIBUTES_FIXED0, SEAM_MD_SCOPE_SYS, 0, 8, 1,
	  0x8000000070000001ULL, SEAM_MD_ALL, 0,
	  "global_sys lookup 32; sys:213; tdh_sys_init.c:1376 (TDX_ATTRIBUTES_FIXED0, no LASS)" },
	{ "ATTRIBUTES_FIXED1", SEAM_MD_ID_ATTRIBUTES_FIXED1, SEAM_MD_SCOPE_SYS, 0, 8, 1, 0,
	  SEAM_MD_ALL, 0, "global_sys lookup 33; sys:217; td_control_structures.h:234" },
	{ "XFAM_FIXED0", SEAM_MD_ID_XFAM_FIXED0, SEAM_MD_SCOPE_SYS, 0, 8, 1, 0x6dbe7,
	  SEAM_MD_ALL, 0,
	  "global_sys lookup 34; sys:261 (TDX_XFAM_FIXED0, td_control_structures.h:323)" },
	{ "XFAM_FIXED1", SEAM_MD_ID_XFAM_FIXED1, SEAM_MD_SCOPE_SYS, 0, 8, 1, 0x3,
	  SEAM_MD_ALL, 0, "global_sys lookup 35; sys:266 (td_control_structures.h:324)" },
	{ "NUM_CPUID_CONFIG", SEAM_MD_ID_NUM_CPUID_CONFIG, SEAM_MD_SCOPE_SYS, 0, 2, 1,
	  SEAM_MD_NUM_CPUID_CONFIG, SEAM_MD_ALL, 0,
	  "global_sys lookup 36; sys:270 (cpuid_configurations_defines.h:39)" },
	{ "CONFIG_FLAGS_FIXED0", SEAM_MD_ID_CONFIG_FLAGS_FIXED0, SEAM_MD_SCOPE_SYS, 0, 8, 1, 0x7,
	  SEAM_MD_ALL, 0, "global_sys lookup 37; sys:221; td_control_structures.h:237" },
	{ "CONFIG_FLAGS_FIXED1", SEAM_MD_ID_CONFIG_FLAGS_FIXED1, SEAM_MD_SCOPE_SYS, 0, 8, 1, 0,
	  SEAM_MD_ALL, 0, "global_sys lookup 38; sys:225; td_control_structures.h:238" },
	{ "MAX_VCPUS_PER_TD", SEAM_MD_ID_MAX_VCPUS_PER_TD, SEAM_MD_SCOPE_SYS, SEAM_MD_F_LATER, 2,
	  1, 576, SEAM_MD_ALL, 0,
	  "global_sys lookup 39 (1.5.05); sys:315 (td_control_structures.h:185)" },
	{ "CPUID_CONFIG_LEAVES", SEAM_MD_ID_CPUID_CONFIG_LEAVES, SEAM_MD_SCOPE_SYS,
	  SEAM_MD_F_CPUID, 8, 32, 0, SEAM_MD_ALL, 0, "global_sys lookup 40; sys:272..282" },
	{ "CPUID_CONFIG_VALUES", SEAM_MD_ID_CPUID_CONFIG_VALUES, SEAM_MD_SCOPE_SYS,
	  SEAM_MD_F_CPUID, 8, 64, 0, SEAM_MD_ALL, 0,
	  "global_sys lookup 41 (32 x 2); sys:284..307" },

	/* TD scope: tdr_tdcs lookup; TD state the model keeps. */
	{ "NUM_VCPUS", SEAM_MD_ID_TD_NUM_VCPUS, SEAM_MD_SCOPE_TD, SEAM_MD_F_STATE, 4, 1, 0,
	  0xffffffffULL, 0, "tdr_tdcs lookup 11" },
	{ "ATTRIBUTES", SEAM_MD_ID_TD_ATTRIBUTES, SEAM_MD_SCOPE_TD, SEAM_MD_F_STATE, 8, 1, 0,
	  SEAM_MD_ALL, 0, "tdr_tdcs lookup 15" },
	{ "XFAM", SEAM_MD_ID_TD_XFAM, SEAM_MD_SCOPE_TD, SEAM_MD_F_STATE, 8, 1, 0,
	  SEAM_MD_ALL, 0, "tdr_tdcs lookup 16" },
	{ "MAX_VCPUS", SEAM_MD_ID_TD_MAX_VCPUS, SEAM_MD_SCOPE_TD, SEAM_MD_F_STATE, 4, 1, 0,
	  0xffffffffULL, 0, "tdr_tdcs lookup 17" },
	{ "TSC_OFFSET", SEAM_MD_ID_TD_TSC_OFFSET, SEAM_MD_SCOPE_TD, SEAM_MD_F_STATE, 8, 1, 0,
	  SEAM_MD_ALL, 0, "tdr_tdcs lookup 20; KVM TD_TDCS_EXEC_TSC_OFFSET; "
	  "helpers.c:calculate_tsc_virt_params():1499" },
	{ "TSC_MULTIPLIER", SEAM_MD_ID_TD_TSC_MULTIPLIER, SEAM_MD_SCOPE_TD, SEAM_MD_F_STATE, 8,
	  1, 0, SEAM_MD_ALL, 0, "tdr_tdcs lookup 21; KVM TD_TDCS_EXEC_TSC_MULTIPLIER; "
	  "helpers.c:calculate_tsc_virt_params():1499" },
	{ "TSC_FREQUENCY", SEAM_MD_ID_TD_TSC_FREQUENCY, SEAM_MD_SCOPE_TD, SEAM_MD_F_STATE, 2, 1,
	  0, 0xffffULL, 0, "tdr_tdcs lookup 22; tdh_mng_init.c:160" },
	{ "CONFIG_FLAGS", SEAM_MD_ID_TD_CONFIG_FLAGS, SEAM_MD_SCOPE_TD, SEAM_MD_F_STATE, 8, 1, 0,
	  SEAM_MD_ALL, 0,
	  "tdr_tdcs lookup 29 (1.5.05; 1.5.01: 0x1110000300000016, same class and code)" },
	{ "MRTD", SEAM_MD_ID_TD_MRTD, SEAM_MD_SCOPE_TD, SEAM_MD_F_STATE, 8, 6, 0, SEAM_MD_ALL, 0,
	  "tdr_tdcs lookup 36 (1 field x 6)" },
	{ "CPUID_VALUES", SEAM_MD_ID_TD_CPUID_VALUES, SEAM_MD_SCOPE_TD, SEAM_MD_F_STATE, 8, 160,
	  0, SEAM_MD_ALL, 0, "tdr_tdcs lookup 41 (80 x 2); KVM TD_MD_FIELD_ID_CPUID_VALUES" },

	/* vCPU scope: td_vmcs lookup (VMCS) and tdvps lookup. */
	{ "POSTED_INTR_NV", SEAM_MD_ID_VMCS_POSTED_INTR_NV, SEAM_MD_SCOPE_VP, SEAM_MD_F_STORE,
	  2, 1, 0, 0xffffULL, 0xffffULL, "td_vmcs lookup 1; KVM tdx_vcpu_init()" },
	{ "POSTED_INTR_DESC_ADDR", SEAM_MD_ID_VMCS_POSTED_INTR_DESC_ADDR, SEAM_MD_SCOPE_VP,
	  SEAM_MD_F_STORE, 8, 1, 0, SEAM_MD_ALL, 0xffffffffffffffc0ULL,
	  "td_vmcs lookup 25; KVM tdx_vcpu_init()" },
	{ "SHARED_EPTP", SEAM_MD_ID_VMCS_SHARED_EPTP, SEAM_MD_SCOPE_VP, SEAM_MD_F_STORE, 8, 1, 0,
	  0x000ffffffffff000ULL, 0x000ffffffffff000ULL,
	  "td_vmcs lookup 40; KVM tdx_load_mmu_pgd()" },
	{ "PIN_BASED_CTLS", SEAM_MD_ID_VMCS_PIN_BASED_CTLS, SEAM_MD_SCOPE_VP, SEAM_MD_F_STORE, 4,
	  1, 0, 0x80ULL, 0x80ULL,
	  "td_vmcs lookup 55; KVM tdx_vcpu_init() (PIN_BASED_POSTED_INTR)" },
	{ "SECONDARY_CTLS", SEAM_MD_ID_VMCS_SECONDARY_CTLS, SEAM_MD_SCOPE_VP, SEAM_MD_F_STORE, 4,
	  1, 0, 0xc0000000ULL, 0xc0000000ULL,
	  "td_vmcs lookup 70; KVM tdx_vcpu_init() (NOTIFY_VM_EXITING, BUS_LOCK_DETECTION)" },
	{ "NOTIFY_WINDOW", SEAM_MD_ID_VMCS_NOTIFY_WINDOW, SEAM_MD_SCOPE_VP, SEAM_MD_F_STORE, 4, 1,
	  0, 0xffffffffULL, 0xffffffffULL,
	  "td_vmcs lookup 73 (Instruction Timeout Control); KVM tdx_vcpu_init()" },
	{ "RCX", SEAM_MD_ID_VP_RCX, SEAM_MD_SCOPE_VP, SEAM_MD_F_STATE | SEAM_MD_F_DEBUG, 8, 1, 0,
	  0, 0, "tdvps lookup 10 (guest GPR; production read mask 0)" },
	{ "VCPU_STATE_DETAILS", SEAM_MD_ID_VP_VCPU_STATE_DETAILS, SEAM_MD_SCOPE_VP,
	  SEAM_MD_F_STATE, 8, 1, 0, SEAM_MD_ALL, 0,
	  "tdvps lookup 32; KVM tdx_protected_apic_has_interrupt()" },
	{ "PEND_NMI", SEAM_MD_ID_VP_PEND_NMI, SEAM_MD_SCOPE_VP, SEAM_MD_F_STORE, 1, 1, 0, 0xffULL,
	  0xffULL, "tdvps lookup 67; KVM tdx_inject_nmi()" },
	{ "VCPU_INDEX", SEAM_MD_ID_VP_VCPU_INDEX, SEAM_MD_SCOPE_VP, SEAM_MD_F_STATE, 4, 1, 0,
	  0xffffffffULL, 0, "tdvps lookup 60" },
};

/*
 * Global fields of profile 2.0 only, after the rows of seam_md_table[] in
 * lookup order: Linux's extensions and quoting series (upstream-2026.md
 * 1.3; no public module source has them). MEMORY_POOL_REQUIRED_PAGES is
 * the pages TDH.EXT.MEM.ADD must still add (model_ext.c; @value unused),
 * MAX_QUOTE_SIZE the length of every quote TDH.QUOTE.GET writes.
 */
static const struct seam_md_entry seam_md_table_2_0[] __maybe_unused = {
	{ "MAX_QUOTE_SIZE", SEAM_MD_ID_MAX_QUOTE_SIZE, SEAM_MD_SCOPE_SYS, 0, 4, 1,
	  SEAM_MD_MAX_QUOTE_SIZE, SEAM_MD_ALL, 0,
	  "Linux quoting v2 get_tdx_sys_info_quote() (0x2300000200000002)" },
	{ "MEMORY_POOL_REQUIRED_PAGES", SEAM_MD_ID_MEMORY_POOL_REQUIRED_PAGES, SEAM_MD_SCOPE_SYS,
	  0, 4, 1, 0, SEAM_MD_ALL, 0,
	  "Linux extensions v2 tdx_ext_mem_setup() (0x3100000200000000; u32 in v2)" },
	{ "EXT_REQUIRED", SEAM_MD_ID_EXT_REQUIRED, SEAM_MD_SCOPE_SYS, 0, 1, 1, 1, SEAM_MD_ALL, 0,
	  "Linux extensions v2 get_tdx_sys_info_ext() (0x3100000000000001)" },
};

#endif /* _SEAM_MD_TABLE_H */
