/* SPDX-License-Identifier: GPL-2.0 */
/*
 * seamcall.h - host SEAMCALL API for the Intel TDX module, in one header
 *
 * Copyright (C) 2026 The seamcall authors
 */
#ifndef _SEAMCALL_H
#define _SEAMCALL_H

/**
 * DOC: Overview
 *
 * This header is everything a caller of the Intel TDX module needs: the ABI
 * numbers of TDX module 1.5, a register block, the raw entry points in
 * ``asm/seamcall.S``, an inline-asm SEAMCALL, variants that retry
 * %SEAM_TDX_RND_NO_ENTROPY, bug-hook macros, one typed wrapper per host leaf
 * and status decoding. It is built in layers, each using only the ones
 * above it::
 *
 *   1  ABI                  SEAM_TDH_*, SEAM_TDX_*, SEAM_OPERAND_ID_* (C and asm);
 *                           SEAM_LEAF_VER(), seam_gpa_level(), seam_keyed_pa(),
 *                           status predicates (C)
 *   2  register block       struct seam_args, SEAM_ARGS_* (offsets for asm)
 *   3  raw calls            __seam_call(), __seam_call_ret(), __seam_call_saved_ret()
 *                           (asm/seamcall.S), SEAM_CALL_PREPARE(), and the inline
 *                           SEAMCALL with RCX to R11 as asm operands
 *   4  variants             seam_call(), seam_call_ret(), seam_call_saved_ret(),
 *                           seam_call_inline(): the RND_NO_ENTROPY retry
 *   5  bug hooks            SEAM_REPORT_ON(), SEAM_REPORT_ON_1() to SEAM_REPORT_ON_3()
 *   6  typed leaf wrappers  seam_tdh_*(), in leaf-number order
 *   7  status decoding      seam_status_name(), seam_leaf_name(), seam_pr_status(),
 *                           the tables seam_status_names(), seam_operand_names(),
 *                           seam_leaf_descs(), and metadata field IDs (seam_md_*())
 *
 * Every public identifier starts with ``seam_``, ``SEAM_`` or ``__seam``,
 * so the header can be included next to any kernel's ``<asm/tdx.h>``.
 * There is no runtime state: link ``asm/seamcall.S`` into the module that
 * includes this header and nothing else is needed.
 *
 * Every layer between a caller and the assembly is ``__always_inline`` and
 * names the entry point directly, so no code ever takes the address of an
 * entry point. They start with ENDBR (SYM_FUNC_START) but carry no kCFI
 * type hash, so they must not be called through a pointer.
 *
 * Register contract. Every SEAMCALL may change RAX, RCX, RDX and R8 to
 * R11, for every leaf, leaf version and module release, including
 * registers the leaf neither reads nor documents as outputs: the TDX module
 * zeroes reserved outputs (TDH.PHYMEM.PAGE.RDMD clears R10 and R11,
 * TDH.PHYMEM.PAGE.RECLAIM R9 to R11) and later modules may define new ones.
 * This header therefore tells the compiler that all six change on every
 * SEAMCALL, and never relies on the module keeping one of them. R12 to R15,
 * RBX, RSI and RDI change only for leaves documented to use them
 * (TDH.VP.ENTER, TDH.SERVTD.BIND, TDH.EXPORT.MEM, TDH.IMPORT.MEM, and the
 * extended forms of TDH.MEM.PAGE.DEMOTE); those go through
 * __seam_call_saved_ret(), which saves the callee-saved registers and RBP
 * itself, because modules before 1.5.06 zero RBP on a TD exit. The same
 * rule is stated by Linux's ``arch/x86/virt/vmx/tdx/tdxcall.S`` (every call
 * loads and may change RCX, RDX and R8 to R11), by Xen's
 * ``asm/xen/hypercall.h`` ("even unused parameters can be clobbered by the
 * hypervisor"), and by the module's own entry and exit code, which restores
 * only the registers no handler wrote.
 */

#include <linux/const.h>

/**
 * DOC: Leaf numbers
 *
 * SEAM_TDH_<NAME> is the number of host leaf TDH.<NAME> (dots become
 * underscores), as in TDX module 1.5.01 (``include/tdx_api_defs.h``).
 * Leaf 42 (TDH.MEM.SEPT.WR) is only an enumerator in that module: it has no
 * handler, so the module answers it with %SEAM_TDX_OPERAND_INVALID on RAX.
 */
#define SEAM_TDH_VP_ENTER		0
#define SEAM_TDH_MNG_ADDCX		1
#define SEAM_TDH_MEM_PAGE_ADD		2
#define SEAM_TDH_MEM_SEPT_ADD		3
#define SEAM_TDH_VP_ADDCX		4
#define SEAM_TDH_MEM_PAGE_RELOCATE	5
#define SEAM_TDH_MEM_PAGE_AUG		6
#define SEAM_TDH_MEM_RANGE_BLOCK	7
#define SEAM_TDH_MNG_KEY_CONFIG		8
#define SEAM_TDH_MNG_CREATE		9
#define SEAM_TDH_VP_CREATE		10
#define SEAM_TDH_MNG_RD			11
#define SEAM_TDH_MEM_RD			12
#define SEAM_TDH_MNG_WR			13
#define SEAM_TDH_MEM_WR			14
#define SEAM_TDH_MEM_PAGE_DEMOTE	15
#define SEAM_TDH_MR_EXTEND		16
#define SEAM_TDH_MR_FINALIZE		17
#define SEAM_TDH_VP_FLUSH		18
#define SEAM_TDH_MNG_VPFLUSHDONE	19
#define SEAM_TDH_MNG_KEY_FREEID		20
#define SEAM_TDH_MNG_INIT		21
#define SEAM_TDH_VP_INIT		22
#define SEAM_TDH_MEM_PAGE_PROMOTE	23
#define SEAM_TDH_PHYMEM_PAGE_RDMD	24
#define SEAM_TDH_MEM_SEPT_RD		25
#define SEAM_TDH_VP_RD			26
#define SEAM_TDH_MNG_KEY_RECLAIMID	27
#define SEAM_TDH_PHYMEM_PAGE_RECLAIM	28
#define SEAM_TDH_MEM_PAGE_REMOVE	29
#define SEAM_TDH_MEM_SEPT_REMOVE	30
#define SEAM_TDH_SYS_KEY_CONFIG		31
#define SEAM_TDH_SYS_INFO		32
#define SEAM_TDH_SYS_INIT		33
#define SEAM_TDH_SYS_RD			34
#define SEAM_TDH_SYS_LP_INIT		35
#define SEAM_TDH_SYS_TDMR_INIT		36
#define SEAM_TDH_SYS_RDALL		37
#define SEAM_TDH_MEM_TRACK		38
#define SEAM_TDH_MEM_RANGE_UNBLOCK	39
#define SEAM_TDH_PHYMEM_CACHE_WB	40
#define SEAM_TDH_PHYMEM_PAGE_WBINVD	41
#define SEAM_TDH_MEM_SEPT_WR		42
#define SEAM_TDH_VP_WR			43
#define SEAM_TDH_SYS_LP_SHUTDOWN	44
#define SEAM_TDH_SYS_CONFIG		45
#define SEAM_TDH_SERVTD_BIND		48
#define SEAM_TDH_SERVTD_PREBIND		49
#define SEAM_TDH_SYS_SHUTDOWN		52
#define SEAM_TDH_SYS_UPDATE		53
#define SEAM_TDH_EXPORT_ABORT		64
#define SEAM_TDH_EXPORT_BLOCKW		65
#define SEAM_TDH_EXPORT_RESTORE		66
#define SEAM_TDH_EXPORT_MEM		68
#define SEAM_TDH_EXPORT_PAUSE		70
#define SEAM_TDH_EXPORT_TRACK		71
#define SEAM_TDH_EXPORT_STATE_IMMUTABLE	72
#define SEAM_TDH_EXPORT_STATE_TD	73
#define SEAM_TDH_EXPORT_STATE_VP	74
#define SEAM_TDH_EXPORT_UNBLOCKW	75
#define SEAM_TDH_IMPORT_ABORT		80
#define SEAM_TDH_IMPORT_END		81
#define SEAM_TDH_IMPORT_COMMIT		82
#define SEAM_TDH_IMPORT_MEM		83
#define SEAM_TDH_IMPORT_TRACK		84
#define SEAM_TDH_IMPORT_STATE_IMMUTABLE	85
#define SEAM_TDH_IMPORT_STATE_TD	86
#define SEAM_TDH_IMPORT_STATE_VP	87
#define SEAM_TDH_MIG_STREAM_CREATE	96

/* Highest host leaf number of TDX module 1.5. */
#define SEAM_TDH_MAX				96

/**
 * DOC: Leaf and version in RAX
 *
 * RAX bits 15:0 hold the leaf and bits 23:16 its version; bits 63:24 are
 * reserved and must be zero. Module 1.5 accepts a version above zero only
 * for TDH.MEM.PAGE.PROMOTE, TDH.MEM.SEPT.ADD, TDH.MEM.SEPT.REMOVE, TDH.MNG.RD
 * and TDH.VP.RD; later modules also take version 1 of TDH.VP.INIT.
 */
#define SEAM_LEAF_MASK				_AC(0xffff, ULL)
#define SEAM_VERSION_SHIFT			16
#define SEAM_VERSION_MASK			_AC(0xff0000, ULL)
#define SEAM_RAX_RESERVED_MASK			_AC(0xffffffffff000000, ULL)

/**
 * DOC: Completion status layout
 *
 * RAX returns a 64-bit completion status:
 *
 * ===== =================================================================
 * 63    error: the call failed
 * 62    non-recoverable: repeating the call cannot succeed
 * 61    fatal: the TD is fatal
 * 60    host recoverability hint
 * 47:40 class
 * 39:32 number within the class
 * 31:0  details: the operand ID of the failing operand, or for TDH.VP.ENTER
 *       the VMX exit reason
 * ===== =================================================================
 *
 * A status with the error bit clear but other bits set is a warning and
 * means the call did its work. Compare statuses after masking with
 * %SEAM_TDX_STATUS_MASK; seam_status_code() does that.
 */
#define SEAM_TDX_ERROR				_AC(0x8000000000000000, ULL)
#define SEAM_TDX_NON_RECOVERABLE		_AC(0x4000000000000000, ULL)
#define SEAM_TDX_FATAL				_AC(0x2000000000000000, ULL)
#define SEAM_TDX_HOST_RECOVERABILITY_HINT	_AC(0x1000000000000000, ULL)
#define SEAM_TDX_STATUS_MASK			_AC(0xffffffff00000000, ULL)
#define SEAM_TDX_DETAILS_MASK			_AC(0x00000000ffffffff, ULL)
#define SEAM_TDX_CLASS_SHIFT			40
#define SEAM_TDX_CLASS_MASK			_AC(0x0000ff0000000000, ULL)
#define SEAM_TDX_NUMBER_SHIFT			32
#define SEAM_TDX_NUMBER_MASK			_AC(0x000000ff00000000, ULL)

/**
 * DOC: Completion status codes
 *
 * SEAM_TDX_<NAME> is the completion status TDX_<NAME> of TDX module 1.5.01
 * (``include/auto_gen/tdx_error_codes_defs.h``), bits 63:32 only; the module
 * adds the operand ID or other details in bits 31:0.
 *
 * Two values differ from Linux's ``asm/shared/tdx_errno.h``, which copied
 * them from the TDX 1.0 module: %SEAM_TDX_NON_RECOVERABLE_TD is
 * 0x6000000200000000 (Linux: 0x4000000200000000) and
 * %SEAM_TDX_NON_RECOVERABLE_TD_WRONG_APIC_MODE is 0xE000000700000000
 * (Linux: 0x6000000700000000). The module also sets the fatal bit in some
 * TD-exit statuses at run time, so match TD-exit statuses with
 * seam_status_class() and seam_status_number() when in doubt.
 */
#define SEAM_TDX_SUCCESS				_AC(0x0000000000000000, ULL)
#define SEAM_TDX_NON_RECOVERABLE_VCPU			_AC(0x4000000100000000, ULL)
#define SEAM_TDX_NON_RECOVERABLE_TD			_AC(0x6000000200000000, ULL)
#define SEAM_TDX_INTERRUPTED_RESUMABLE			_AC(0x8000000300000000, ULL)
#define SEAM_TDX_INTERRUPTED_RESTARTABLE		_AC(0x8000000400000000, ULL)
#define SEAM_TDX_NON_RECOVERABLE_TD_NON_ACCESSIBLE	_AC(0x6000000500000000, ULL)
#define SEAM_TDX_INVALID_RESUMPTION			_AC(0xC000000600000000, ULL)
#define SEAM_TDX_NON_RECOVERABLE_TD_WRONG_APIC_MODE	_AC(0xE000000700000000, ULL)
#define SEAM_TDX_CROSS_TD_FAULT				_AC(0x8000000800000000, ULL)
#define SEAM_TDX_CROSS_TD_TRAP				_AC(0x9000000900000000, ULL)
#define SEAM_TDX_NON_RECOVERABLE_TD_CORRUPTED_MD	_AC(0x6000000A00000000, ULL)
#define SEAM_TDX_OPERAND_INVALID			_AC(0xC000010000000000, ULL)
#define SEAM_TDX_OPERAND_ADDR_RANGE_ERROR		_AC(0xC000010100000000, ULL)
#define SEAM_TDX_OPERAND_BUSY				_AC(0x8000020000000000, ULL)
#define SEAM_TDX_PREVIOUS_TLB_EPOCH_BUSY		_AC(0x8000020100000000, ULL)
#define SEAM_TDX_SYS_BUSY				_AC(0x8000020200000000, ULL)
#define SEAM_TDX_RND_NO_ENTROPY				_AC(0x8000020300000000, ULL)
#define SEAM_TDX_OPERAND_BUSY_HOST_PRIORITY		_AC(0x8000020400000000, ULL)
#define SEAM_TDX_HOST_PRIORITY_BUSY_TIMEOUT		_AC(0x9000020500000000, ULL)
#define SEAM_TDX_PAGE_METADATA_INCORRECT		_AC(0xC000030000000000, ULL)
#define SEAM_TDX_PAGE_ALREADY_FREE			_AC(0x0000030100000000, ULL)
#define SEAM_TDX_PAGE_NOT_OWNED_BY_TD			_AC(0xC000030200000000, ULL)
#define SEAM_TDX_PAGE_NOT_FREE				_AC(0xC000030300000000, ULL)
#define SEAM_TDX_TD_ASSOCIATED_PAGES_EXIST		_AC(0xC000040000000000, ULL)
#define SEAM_TDX_SYS_INIT_NOT_PENDING			_AC(0xC000050000000000, ULL)
#define SEAM_TDX_SYS_LP_INIT_NOT_DONE			_AC(0xC000050200000000, ULL)
#define SEAM_TDX_SYS_LP_INIT_DONE			_AC(0xC000050300000000, ULL)
#define SEAM_TDX_SYS_NOT_READY				_AC(0xC000050500000000, ULL)
#define SEAM_TDX_SYS_SHUTDOWN				_AC(0xC000050600000000, ULL)
#define SEAM_TDX_SYS_KEY_CONFIG_NOT_PENDING		_AC(0xC000050700000000, ULL)
#define SEAM_TDX_SYS_STATE_INCORRECT			_AC(0xC000050800000000, ULL)
#define SEAM_TDX_SYS_INVALID_HANDOFF			_AC(0xC000050900000000, ULL)
#define SEAM_TDX_SYS_INCOMPATIBLE_SIGSTRUCT		_AC(0xC000050A00000000, ULL)
#define SEAM_TDX_SYS_LP_INIT_NOT_PENDING		_AC(0xC000050B00000000, ULL)
#define SEAM_TDX_SYS_CONFIG_NOT_PENDING			_AC(0xC000050C00000000, ULL)
#define SEAM_TDX_INCOMPATIBLE_SEAM_CAPABILITIES		_AC(0xC000050D00000000, ULL)
#define SEAM_TDX_TD_FATAL				_AC(0xE000060400000000, ULL)
#define SEAM_TDX_TD_NON_DEBUG				_AC(0xC000060500000000, ULL)
#define SEAM_TDX_TDCS_NOT_ALLOCATED			_AC(0xC000060600000000, ULL)
#define SEAM_TDX_LIFECYCLE_STATE_INCORRECT		_AC(0xC000060700000000, ULL)
#define SEAM_TDX_OP_STATE_INCORRECT			_AC(0xC000060800000000, ULL)
#define SEAM_TDX_NO_VCPUS				_AC(0xC000060900000000, ULL)
#define SEAM_TDX_TDCX_NUM_INCORRECT			_AC(0xC000061000000000, ULL)
#define SEAM_TDX_VCPU_STATE_INCORRECT			_AC(0xC000070000000000, ULL)
#define SEAM_TDX_VCPU_ASSOCIATED			_AC(0x8000070100000000, ULL)
#define SEAM_TDX_VCPU_NOT_ASSOCIATED			_AC(0x8000070200000000, ULL)
#define SEAM_TDX_NO_VALID_VE_INFO			_AC(0xC000070400000000, ULL)
#define SEAM_TDX_MAX_VCPUS_EXCEEDED			_AC(0xC000070500000000, ULL)
#define SEAM_TDX_TSC_ROLLBACK				_AC(0xC000070600000000, ULL)
#define SEAM_TDX_TD_VMCS_FIELD_NOT_INITIALIZED		_AC(0xC000073000000000, ULL)
#define SEAM_TDX_TD_VMCS_FIELD_ERROR			_AC(0xC000073100000000, ULL)
#define SEAM_TDX_KEY_GENERATION_FAILED			_AC(0x8000080000000000, ULL)
#define SEAM_TDX_TD_KEYS_NOT_CONFIGURED			_AC(0x8000081000000000, ULL)
#define SEAM_TDX_KEY_STATE_INCORRECT			_AC(0xC000081100000000, ULL)
#define SEAM_TDX_KEY_CONFIGURED				_AC(0x0000081500000000, ULL)
#define SEAM_TDX_WBCACHE_NOT_COMPLETE			_AC(0x8000081700000000, ULL)
#define SEAM_TDX_HKID_NOT_FREE				_AC(0xC000082000000000, ULL)
#define SEAM_TDX_NO_HKID_READY_TO_WBCACHE		_AC(0x0000082100000000, ULL)
#define SEAM_TDX_WBCACHE_RESUME_ERROR			_AC(0xC000082300000000, ULL)
#define SEAM_TDX_FLUSHVP_NOT_DONE			_AC(0x8000082400000000, ULL)
#define SEAM_TDX_NUM_ACTIVATED_HKIDS_NOT_SUPPORTED	_AC(0xC000082500000000, ULL)
#define SEAM_TDX_INCORRECT_CPUID_VALUE			_AC(0xC000090000000000, ULL)
#define SEAM_TDX_LIMIT_CPUID_MAXVAL_SET			_AC(0xC000090100000000, ULL)
#define SEAM_TDX_INCONSISTENT_CPUID_FIELD		_AC(0xC000090200000000, ULL)
#define SEAM_TDX_CPUID_MAX_SUBLEAVES_UNRECOGNIZED	_AC(0xC000090300000000, ULL)
#define SEAM_TDX_CPUID_LEAF_1F_FORMAT_UNRECOGNIZED	_AC(0xC000090400000000, ULL)
#define SEAM_TDX_INVALID_WBINVD_SCOPE			_AC(0xC000090500000000, ULL)
#define SEAM_TDX_INVALID_PKG_ID				_AC(0xC000090600000000, ULL)
#define SEAM_TDX_ENABLE_MONITOR_FSM_NOT_SET		_AC(0xC000090700000000, ULL)
#define SEAM_TDX_CPUID_LEAF_NOT_SUPPORTED		_AC(0xC000090800000000, ULL)
#define SEAM_TDX_SMRR_NOT_LOCKED			_AC(0xC000091000000000, ULL)
#define SEAM_TDX_INVALID_SMRR_CONFIGURATION		_AC(0xC000091100000000, ULL)
#define SEAM_TDX_SMRR_OVERLAPS_CMR			_AC(0xC000091200000000, ULL)
#define SEAM_TDX_SMRR_LOCK_NOT_SUPPORTED		_AC(0xC000091300000000, ULL)
#define SEAM_TDX_SMRR_NOT_SUPPORTED			_AC(0xC000091400000000, ULL)
#define SEAM_TDX_INCONSISTENT_MSR			_AC(0xC000092000000000, ULL)
#define SEAM_TDX_INCORRECT_MSR_VALUE			_AC(0xC000092100000000, ULL)
#define SEAM_TDX_SEAMREPORT_NOT_AVAILABLE		_AC(0xC000093000000000, ULL)
#define SEAM_TDX_SEAMDB_GETREF_NOT_AVAILABLE		_AC(0xC000093100000000, ULL)
#define SEAM_TDX_SEAMDB_REPORT_NOT_AVAILABLE		_AC(0xC000093200000000, ULL)
#define SEAM_TDX_SEAMVERIFYREPORT_NOT_AVAILABLE		_AC(0xC000093300000000, ULL)
#define SEAM_TDX_INVALID_TDMR				_AC(0xC0000A0000000000, ULL)
#define SEAM_TDX_NON_ORDERED_TDMR			_AC(0xC0000A0100000000, ULL)
#define SEAM_TDX_TDMR_OUTSIDE_CMRS			_AC(0xC0000A0200000000, ULL)
#define SEAM_TDX_TDMR_ALREADY_INITIALIZED		_AC(0x00000A0300000000, ULL)
#define SEAM_TDX_INVALID_PAMT				_AC(0xC0000A1000000000, ULL)
#define SEAM_TDX_PAMT_OUTSIDE_CMRS			_AC(0xC0000A1100000000, ULL)
#define SEAM_TDX_PAMT_OVERLAP				_AC(0xC0000A1200000000, ULL)
#define SEAM_TDX_INVALID_RESERVED_IN_TDMR		_AC(0xC0000A2000000000, ULL)
#define SEAM_TDX_NON_ORDERED_RESERVED_IN_TDMR		_AC(0xC0000A2100000000, ULL)
#define SEAM_TDX_CMR_LIST_INVALID			_AC(0xC0000A2200000000, ULL)
#define SEAM_TDX_EPT_WALK_FAILED			_AC(0xC0000B0000000000, ULL)
#define SEAM_TDX_EPT_ENTRY_FREE				_AC(0xC0000B0100000000, ULL)
#define SEAM_TDX_EPT_ENTRY_NOT_FREE			_AC(0xC0000B0200000000, ULL)
#define SEAM_TDX_EPT_ENTRY_NOT_PRESENT			_AC(0xC0000B0300000000, ULL)
#define SEAM_TDX_EPT_ENTRY_NOT_LEAF			_AC(0xC0000B0400000000, ULL)
#define SEAM_TDX_EPT_ENTRY_LEAF				_AC(0xC0000B0500000000, ULL)
#define SEAM_TDX_GPA_RANGE_NOT_BLOCKED			_AC(0xC0000B0600000000, ULL)
#define SEAM_TDX_GPA_RANGE_ALREADY_BLOCKED		_AC(0x00000B0700000000, ULL)
#define SEAM_TDX_TLB_TRACKING_NOT_DONE			_AC(0xC0000B0800000000, ULL)
#define SEAM_TDX_EPT_INVALID_PROMOTE_CONDITIONS		_AC(0xC0000B0900000000, ULL)
#define SEAM_TDX_PAGE_ALREADY_ACCEPTED			_AC(0x00000B0A00000000, ULL)
#define SEAM_TDX_PAGE_SIZE_MISMATCH			_AC(0xC0000B0B00000000, ULL)
#define SEAM_TDX_GPA_RANGE_BLOCKED			_AC(0xC0000B0C00000000, ULL)
#define SEAM_TDX_EPT_ENTRY_STATE_INCORRECT		_AC(0xC0000B0D00000000, ULL)
#define SEAM_TDX_EPT_PAGE_NOT_FREE			_AC(0xC0000B0E00000000, ULL)
#define SEAM_TDX_L2_SEPT_WALK_FAILED			_AC(0xC0000B0F00000000, ULL)
#define SEAM_TDX_L2_SEPT_ENTRY_NOT_FREE			_AC(0xC0000B1000000000, ULL)
#define SEAM_TDX_PAGE_ATTR_INVALID			_AC(0xC0000B1100000000, ULL)
#define SEAM_TDX_L2_SEPT_PAGE_NOT_PROVIDED		_AC(0xC0000B1200000000, ULL)
#define SEAM_TDX_METADATA_FIELD_ID_INCORRECT		_AC(0xC0000C0000000000, ULL)
#define SEAM_TDX_METADATA_FIELD_NOT_WRITABLE		_AC(0xC0000C0100000000, ULL)
#define SEAM_TDX_METADATA_FIELD_NOT_READABLE		_AC(0xC0000C0200000000, ULL)
#define SEAM_TDX_METADATA_FIELD_VALUE_NOT_VALID		_AC(0xC0000C0300000000, ULL)
#define SEAM_TDX_METADATA_LIST_OVERFLOW			_AC(0xC0000C0400000000, ULL)
#define SEAM_TDX_INVALID_METADATA_LIST_HEADER		_AC(0xC0000C0500000000, ULL)
#define SEAM_TDX_REQUIRED_METADATA_FIELD_MISSING	_AC(0xC0000C0600000000, ULL)
#define SEAM_TDX_METADATA_ELEMENT_SIZE_INCORRECT	_AC(0xC0000C0700000000, ULL)
#define SEAM_TDX_METADATA_LAST_ELEMENT_INCORRECT	_AC(0xC0000C0800000000, ULL)
#define SEAM_TDX_METADATA_FIELD_CURRENTLY_NOT_WRITABLE	_AC(0xC0000C0900000000, ULL)
#define SEAM_TDX_METADATA_WR_MASK_NOT_VALID		_AC(0xC0000C0A00000000, ULL)
#define SEAM_TDX_METADATA_FIRST_FIELD_ID_IN_CONTEXT	_AC(0x00000C0B00000000, ULL)
#define SEAM_TDX_METADATA_FIELD_SKIP			_AC(0x00000C0C00000000, ULL)
#define SEAM_TDX_SERVTD_ALREADY_BOUND_FOR_TYPE		_AC(0xC0000D0000000000, ULL)
#define SEAM_TDX_SERVTD_TYPE_MISMATCH			_AC(0xC0000D0100000000, ULL)
#define SEAM_TDX_SERVTD_ATTR_MISMATCH			_AC(0xC0000D0200000000, ULL)
#define SEAM_TDX_SERVTD_INFO_HASH_MISMATCH		_AC(0xC0000D0300000000, ULL)
#define SEAM_TDX_SERVTD_UUID_MISMATCH			_AC(0xC0000D0400000000, ULL)
#define SEAM_TDX_SERVTD_NOT_BOUND			_AC(0xC0000D0500000000, ULL)
#define SEAM_TDX_SERVTD_BOUND				_AC(0xC0000D0600000000, ULL)
#define SEAM_TDX_TARGET_UUID_MISMATCH			_AC(0xC0000D0700000000, ULL)
#define SEAM_TDX_TARGET_UUID_UPDATED			_AC(0xC0000D0800000000, ULL)
#define SEAM_TDX_INVALID_MBMD				_AC(0xC0000E0000000000, ULL)
#define SEAM_TDX_INCORRECT_MBMD_MAC			_AC(0xC0000E0100000000, ULL)
#define SEAM_TDX_NOT_WRITE_BLOCKED			_AC(0xC0000E0200000000, ULL)
#define SEAM_TDX_ALREADY_WRITE_BLOCKED			_AC(0x00000E0300000000, ULL)
#define SEAM_TDX_NOT_EXPORTED				_AC(0xC0000E0400000000, ULL)
#define SEAM_TDX_MIGRATION_STREAM_STATE_INCORRECT	_AC(0xC0000E0500000000, ULL)
#define SEAM_TDX_MAX_MIGS_NUM_EXCEEDED			_AC(0xC0000E0600000000, ULL)
#define SEAM_TDX_EXPORTED_DIRTY_PAGES_REMAIN		_AC(0xC0000E0700000000, ULL)
#define SEAM_TDX_MIGRATION_DECRYPTION_KEY_NOT_SET	_AC(0xC0000E0800000000, ULL)
#define SEAM_TDX_TD_NOT_MIGRATABLE			_AC(0xC0000E0900000000, ULL)
#define SEAM_TDX_PREVIOUS_EXPORT_CLEANUP_INCOMPLETE	_AC(0xC0000E0A00000000, ULL)
#define SEAM_TDX_NUM_MIGS_HIGHER_THAN_CREATED		_AC(0xC0000E0B00000000, ULL)
#define SEAM_TDX_IMPORT_MISMATCH			_AC(0xC0000E0C00000000, ULL)
#define SEAM_TDX_MIGRATION_EPOCH_OVERFLOW		_AC(0xC0000E0D00000000, ULL)
#define SEAM_TDX_MAX_EXPORTS_EXCEEDED			_AC(0xC0000E0E00000000, ULL)
#define SEAM_TDX_INVALID_PAGE_MAC			_AC(0xC0000E0F00000000, ULL)
#define SEAM_TDX_MIGRATED_IN_CURRENT_EPOCH		_AC(0xC0000E1000000000, ULL)
#define SEAM_TDX_DISALLOWED_IMPORT_OVER_REMOVED		_AC(0xC0000E1100000000, ULL)
#define SEAM_TDX_SOME_VCPUS_NOT_MIGRATED		_AC(0xC0000E1200000000, ULL)
#define SEAM_TDX_ALL_VCPUS_IMPORTED			_AC(0xC0000E1300000000, ULL)
#define SEAM_TDX_MIN_MIGS_NOT_CREATED			_AC(0xC0000E1400000000, ULL)
#define SEAM_TDX_VCPU_ALREADY_EXPORTED			_AC(0xC0000E1500000000, ULL)
#define SEAM_TDX_INVALID_MIGRATION_DECRYPTION_KEY	_AC(0xC0000E1600000000, ULL)
#define SEAM_TDX_INVALID_CPUSVN				_AC(0xC000100000000000, ULL)
#define SEAM_TDX_INVALID_REPORTMACSTRUCT		_AC(0xC000100100000000, ULL)
#define SEAM_TDX_L2_EXIT_HOST_ROUTED_ASYNC		_AC(0x0000110000000000, ULL)
#define SEAM_TDX_L2_EXIT_HOST_ROUTED_TDVMCALL		_AC(0x0000110100000000, ULL)
#define SEAM_TDX_L2_EXIT_PENDING_INTERRUPT		_AC(0x0000110200000000, ULL)
#define SEAM_TDX_PENDING_INTERRUPT			_AC(0x0000112000000000, ULL)
#define SEAM_TDX_TD_EXIT_BEFORE_L2_ENTRY		_AC(0x0000114000000000, ULL)
#define SEAM_TDX_TD_EXIT_ON_L2_VM_EXIT			_AC(0x0000114100000000, ULL)
#define SEAM_TDX_TD_EXIT_ON_L2_TO_L1			_AC(0x0000114200000000, ULL)
#define SEAM_TDX_GLA_NOT_CANONICAL			_AC(0xC000116000000000, ULL)

/**
 * DOC: Status classes
 *
 * SEAM_TDX_CLASS_<NAME> is the value of status bits 47:40, as returned by
 * seam_status_class().
 */
#define SEAM_TDX_CLASS_GENERAL			0x00
#define SEAM_TDX_CLASS_OPERAND			0x01
#define SEAM_TDX_CLASS_BUSY			0x02
#define SEAM_TDX_CLASS_PAGE_METADATA		0x03
#define SEAM_TDX_CLASS_TD_PAGES			0x04
#define SEAM_TDX_CLASS_SYS			0x05
#define SEAM_TDX_CLASS_TD			0x06
#define SEAM_TDX_CLASS_VCPU			0x07
#define SEAM_TDX_CLASS_KEY			0x08
#define SEAM_TDX_CLASS_CPUID_MSR		0x09
#define SEAM_TDX_CLASS_TDMR_PAMT		0x0a
#define SEAM_TDX_CLASS_EPT			0x0b
#define SEAM_TDX_CLASS_METADATA			0x0c
#define SEAM_TDX_CLASS_SERVTD			0x0d
#define SEAM_TDX_CLASS_MIGRATION		0x0e
#define SEAM_TDX_CLASS_REPORT			0x10
#define SEAM_TDX_CLASS_L2			0x11
#define SEAM_TDX_CLASS_SW			0xff

/**
 * DOC: Software-defined errors
 *
 * Statuses the kernel makes up when the TDX module never ran. They use class
 * 0xFF, which the module never returns, and have the same values as Linux's
 * TDX_SW_ERROR, TDX_SEAMCALL_VMFAILINVALID, TDX_SEAMCALL_GP and
 * TDX_SEAMCALL_UD:
 *
 * * %SEAM_TDX_SEAMCALL_VMFAILINVALID - SEAMCALL set CF: no TDX module is
 *   loaded, it is shut down, or the P-SEAMLDR is busy.
 * * %SEAM_TDX_SEAMCALL_GP - SEAMCALL raised #GP (for example, SEAM is not
 *   enabled by the BIOS).
 * * %SEAM_TDX_SEAMCALL_UD - SEAMCALL raised #UD (for example, VMX is off).
 *
 * seam_is_sw_error() recognises all three; no outputs are stored with them.
 */
#define SEAM_TDX_SW_ERROR			_AC(0x8000ff0000000000, ULL)
#define SEAM_TDX_SEAMCALL_VMFAILINVALID		_AC(0x8000ff00ffff0000, ULL)
#define SEAM_TDX_SEAMCALL_GP			_AC(0x8000ff000000000d, ULL)
#define SEAM_TDX_SEAMCALL_UD			_AC(0x8000ff0000000006, ULL)

/**
 * DOC: Operand IDs
 *
 * SEAM_OPERAND_ID_<NAME> is the value the module puts in status bits 31:0 to
 * name the operand that failed a check: a register (0 to 15), a TD_PARAMS
 * field (64 to 72) or a TDX object (95 and up). seam_operand_name() turns it
 * into text.
 */
#define SEAM_OPERAND_ID_RAX				0
#define SEAM_OPERAND_ID_RCX				1
#define SEAM_OPERAND_ID_RDX				2
#define SEAM_OPERAND_ID_RBX				3
#define SEAM_OPERAND_ID_RBP				5
#define SEAM_OPERAND_ID_RSI				6
#define SEAM_OPERAND_ID_RDI				7
#define SEAM_OPERAND_ID_R8				8
#define SEAM_OPERAND_ID_R9				9
#define SEAM_OPERAND_ID_R10				10
#define SEAM_OPERAND_ID_R11				11
#define SEAM_OPERAND_ID_R12				12
#define SEAM_OPERAND_ID_R13				13
#define SEAM_OPERAND_ID_R14				14
#define SEAM_OPERAND_ID_R15				15
#define SEAM_OPERAND_ID_ATTRIBUTES			64
#define SEAM_OPERAND_ID_XFAM				65
#define SEAM_OPERAND_ID_EXEC_CONTROLS			66
#define SEAM_OPERAND_ID_EPTP_CONTROLS			67
#define SEAM_OPERAND_ID_MAX_VCPUS			68
#define SEAM_OPERAND_ID_CPUID_CONFIG			69
#define SEAM_OPERAND_ID_TSC_FREQUENCY			70
#define SEAM_OPERAND_ID_NUM_L2_VMS			71
#define SEAM_OPERAND_ID_IA32_ARCH_CAPABILITIES_CONFIG	72
#define SEAM_OPERAND_ID_PAGE				95
#define SEAM_OPERAND_ID_TDMR_INFO_PA			96
#define SEAM_OPERAND_ID_GPA_LIST_ENTRY			97
#define SEAM_OPERAND_ID_MIG_BUFF_LIST_ENTRY		98
#define SEAM_OPERAND_ID_NEW_PAGE_LIST_ENTRY		99
#define SEAM_OPERAND_ID_TDR				128
#define SEAM_OPERAND_ID_TDCX				129
#define SEAM_OPERAND_ID_TDVPR				130
#define SEAM_OPERAND_ID_REG_PAGE			132
#define SEAM_OPERAND_ID_TDCS				144
#define SEAM_OPERAND_ID_TDVPS				145
#define SEAM_OPERAND_ID_SEPT_TREE			146
#define SEAM_OPERAND_ID_SEPT_ENTRY			147
#define SEAM_OPERAND_ID_RTMR				168
#define SEAM_OPERAND_ID_TD_EPOCH			169
#define SEAM_OPERAND_ID_L2_VAPIC_GPA			170
#define SEAM_OPERAND_ID_MIGSC				171
#define SEAM_OPERAND_ID_OP_STATE			172
#define SEAM_OPERAND_ID_MIG				173
#define SEAM_OPERAND_ID_SERVTD_BINDINGS			174
#define SEAM_OPERAND_ID_METADATA_FIELD			176
#define SEAM_OPERAND_ID_SYS				184
#define SEAM_OPERAND_ID_TDMR				185
#define SEAM_OPERAND_ID_KOT				186
#define SEAM_OPERAND_ID_KET				187
#define SEAM_OPERAND_ID_WBCACHE				188

/**
 * DOC: Mapping levels, page types and other ABI numbers
 *
 * A "GPA | level" operand carries the mapping level in bits 2:0 and the GPA,
 * aligned to the level's page size, from bit 12; bits 11:3 are reserved.
 * TDH.PHYMEM.PAGE.RDMD and TDH.PHYMEM.PAGE.RECLAIM report the PAMT page type
 * as one of SEAM_PT_*.
 */
#define SEAM_TDX_PS_4K				0
#define SEAM_TDX_PS_2M				1
#define SEAM_TDX_PS_1G				2
#define SEAM_GPA_LEVEL_MASK			_AC(0x7, ULL)
#define SEAM_GPA_RESERVED_MASK			_AC(0xff8, ULL)

#define SEAM_PT_NDA				0
#define SEAM_PT_RSVD				1
#define SEAM_PT_REG				3
#define SEAM_PT_TDR				4
#define SEAM_PT_TDCX				5
#define SEAM_PT_TDVPR				6
#define SEAM_PT_EPT				8

/* Alignment of TD_PARAMS (TDH.MNG.INIT) and its size. */
#define SEAM_TD_PARAMS_SIZE			1024
/* Chunk measured by one TDH.MR.EXTEND. */
#define SEAM_MR_EXTEND_CHUNK			256
/* Alignment of the TDMR_INFO array and its entries (TDH.SYS.CONFIG). */
#define SEAM_TDMR_INFO_ALIGN			512
/* TDH.SYS.TDMR.INIT initialises at most this much per call (1024 4K pages). */
#define SEAM_TDMR_INIT_CHUNK			_AC(0x400000, ULL)
/* TDH.PHYMEM.CACHE.WB: RCX = 0 starts a write-back, 1 resumes one. */
#define SEAM_CACHE_WB_START			0
#define SEAM_CACHE_WB_RESUME			1
/* TDH.MNG.CREATE takes the HKID in RDX bits 15:0. */
#define SEAM_HKID_MASK				_AC(0xffff, ULL)
/* "No page": an HPA operand that names no page (the module's NULL_PA). */
#define SEAM_NULL_PA				_AC(0xffffffffffffffff, ULL)
/* Physical-address width the module accepts, KeyID bits included. */
#define SEAM_PA_BITS				52
#define SEAM_PA_MASK				_AC(0x000fffffffffffff, ULL)
/* TDH.VP.ENTER flags in RCX, above the TDVPR address. */
#define SEAM_VP_ENTER_HOST_RECOVERABILITY_HINT	_BITULL(52)
#define SEAM_VP_ENTER_RESUME_L1			_BITULL(53)

/**
 * DOC: Metadata field IDs
 *
 * TDH.MNG.RD/WR, TDH.VP.RD/WR and TDH.SYS.RD name a metadata field with a
 * 64-bit field ID. A few global (TDH.SYS.RD) fields used by the samples are
 * named here; use the module's field list for the rest.
 */
#define SEAM_MD_SYS_MINOR_VERSION		_AC(0x0800000100000003, ULL)
#define SEAM_MD_SYS_MAJOR_VERSION		_AC(0x0800000100000004, ULL)
#define SEAM_MD_SYS_UPDATE_VERSION		_AC(0x0800000100000005, ULL)
#define SEAM_MD_SYS_INTERNAL_VERSION		_AC(0x0800000100000006, ULL)
#define SEAM_MD_SYS_BUILD_DATE			_AC(0x8800000200000001, ULL)
#define SEAM_MD_SYS_BUILD_NUM			_AC(0x8800000100000002, ULL)

/**
 * DOC: Retry bound
 *
 * The variants issue a SEAMCALL at most %SEAM_RND_RETRIES times while the
 * module answers %SEAM_TDX_RND_NO_ENTROPY, the same bound as Linux's
 * RDRAND_RETRY_LOOPS (see DOC: Retry on RND_NO_ENTROPY).
 */
#define SEAM_RND_RETRIES			10

/**
 * DOC: Register block offsets
 *
 * Byte offsets of the members of &struct seam_args, for the assembly (an
 * out-of-tree module cannot add to the kernel's asm-offsets). The C part of
 * this header checks each one with static_assert().
 */
#define SEAM_ARGS_RCX				0
#define SEAM_ARGS_RDX				8
#define SEAM_ARGS_R8				16
#define SEAM_ARGS_R9				24
#define SEAM_ARGS_R10				32
#define SEAM_ARGS_R11				40
#define SEAM_ARGS_R12				48
#define SEAM_ARGS_R13				56
#define SEAM_ARGS_R14				64
#define SEAM_ARGS_R15				72
#define SEAM_ARGS_RBX				80
#define SEAM_ARGS_RDI				88
#define SEAM_ARGS_RSI				96
#define SEAM_ARGS_SIZE				104

/**
 * DOC: P-SEAMLDR leaves and statuses
 *
 * The persistent SEAM loader (P-SEAMLDR) is reached with SEAMCALL too, with
 * bit 63 of RAX set, and answers in a number space of its own: its statuses
 * are not TDX module statuses and must not be decoded as such
 * (seam_seamldr_status_name() tells them apart). Leaf numbers are those of
 * Linux's ``arch/x86/virt/vmx/tdx/seamldr.c``; the statuses are those of
 * ``arch/x86/kernel/cpu/tdx/p-seamldr.h`` in Intel's Linux TDX tree
 * (``intel/tdx``, P_SEAMLDR_E*), two of which also appear in the runtime
 * update series for Linux as SEAMLDR_BADCALL and SEAMLDR_RND_NO_ENTROPY.
 * The names here drop the leading E and call ENOENTROPY RND_NO_ENTROPY as
 * Linux does.
 */
#define SEAM_SEAMLDR_LEAF_FLAG			_AC(0x8000000000000000, ULL)
#define SEAM_SEAMLDR_INFO			_AC(0x8000000000000000, ULL)
#define SEAM_SEAMLDR_INSTALL			_AC(0x8000000000000001, ULL)

#define SEAM_SEAMLDR_BADPARAM			_AC(0x8000000000000000, ULL)
#define SEAM_SEAMLDR_BADCALL			_AC(0x8000000000000003, ULL)
#define SEAM_SEAMLDR_NOMEM			_AC(0x8000000000010002, ULL)
#define SEAM_SEAMLDR_UNSPECERR			_AC(0x8000000000010003, ULL)
#define SEAM_SEAMLDR_UNSUPCPU			_AC(0x8000000000010004, ULL)
#define SEAM_SEAMLDR_BADSIG			_AC(0x8000000000020000, ULL)
#define SEAM_SEAMLDR_BADHASH			_AC(0x8000000000020001, ULL)
#define SEAM_SEAMLDR_INTERRUPT			_AC(0x8000000000030000, ULL)
#define SEAM_SEAMLDR_RND_NO_ENTROPY		_AC(0x8000000000030001, ULL)

/**
 * DOC: Metadata field ID layout
 *
 * A metadata field ID (``md_field_id_t`` in TDX module 1.5.01
 * ``include/tdx_api_defs.h``) packs, from bit 0 up: the field code (23:0),
 * reserved bits (31:24), the element size code (33:32; an element has
 * 1 << code bytes), the last element in the field (37:34), the last field
 * in a sequence (46:38), reserved bits (49:47), the increment-size bit (50),
 * the write-mask-valid bit (51), the context code (54:52, one of
 * SEAM_MD_CTX_*), a reserved bit (55), the class code (61:56), a reserved
 * bit (62) and the non-architectural bit (63). The context codes are the
 * module's ``md_context_code_e`` (``src/common/metadata_handlers/
 * metadata_generic.h``), where %SEAM_MD_FIELD_ID_NA, all ones, also means
 * "no field".
 */
#define SEAM_MD_FIELD_CODE_MASK			_AC(0x0000000000ffffff, ULL)
#define SEAM_MD_ELEMENT_SIZE_MASK		_AC(0x0000000300000000, ULL)
#define SEAM_MD_ELEMENT_SIZE_SHIFT		32
#define SEAM_MD_LAST_ELEMENT_MASK		_AC(0x0000003c00000000, ULL)
#define SEAM_MD_LAST_ELEMENT_SHIFT		34
#define SEAM_MD_LAST_FIELD_MASK			_AC(0x00007fc000000000, ULL)
#define SEAM_MD_LAST_FIELD_SHIFT		38
#define SEAM_MD_INC_SIZE			_AC(0x0004000000000000, ULL)
#define SEAM_MD_WRITE_MASK_VALID		_AC(0x0008000000000000, ULL)
#define SEAM_MD_CONTEXT_MASK			_AC(0x0070000000000000, ULL)
#define SEAM_MD_CONTEXT_SHIFT			52
#define SEAM_MD_CLASS_MASK			_AC(0x3f00000000000000, ULL)
#define SEAM_MD_CLASS_SHIFT			56
#define SEAM_MD_NON_ARCH			_AC(0x8000000000000000, ULL)
#define SEAM_MD_RESERVED_MASK			_AC(0x40838000ff000000, ULL)
#define SEAM_MD_FIELD_ID_NA			_AC(0xffffffffffffffff, ULL)

#define SEAM_MD_CTX_SYS				0
#define SEAM_MD_CTX_TD				1
#define SEAM_MD_CTX_VP				2

#ifndef __ASSEMBLER__

#include <linux/types.h>
#include <linux/bits.h>
#include <linux/bitfield.h>
#include <linux/compiler.h>
#include <linux/build_bug.h>
#include <linux/stddef.h>
#include <linux/stringify.h>
#include <linux/errno.h>
#include <linux/bug.h>
#include <linux/printk.h>
#include <asm/asm.h>
#ifdef SEAM_CALL_PREPARE
#include <linux/preempt.h>
#endif

/* Layer 1, C part: checked encoders and status predicates. */

/*
 * 1 if @x is an integer constant expression, else 0, without evaluating @x:
 * a null pointer constant and a void * differ in type in the ?: below.
 */
#define __seam_is_constexpr(x)						\
	(sizeof(int) == sizeof(*(8 ? ((void *)((long)(x) * 0l)) : (int *)8)))

/*
 * 0, or a build error if @val is a constant that does not fit in @mask
 * (shifted down to bit 0). Usable in static initialisers, unlike the
 * kernel's FIELD_PREP(), whose statement expression is not, and whose
 * FIELD_PREP_CONST() is missing before Linux 6.4.
 */
#define __SEAM_FIELD_CHECK(mask, shift, val)				\
	BUILD_BUG_ON_ZERO(__builtin_choose_expr(__seam_is_constexpr(val),	\
		((u64)(val) & ~((mask) >> (shift))) != 0, 0))

/**
 * SEAM_LEAF_VER() - Encode a leaf number and a leaf version for RAX
 * @leaf: leaf number, one of the SEAM_TDH_* values
 * @ver: leaf version, 0 to 255
 *
 * A constant @leaf or @ver out of range fails the build; other values are
 * masked to their field, so they never set reserved RAX bits. The result is
 * a constant expression when both arguments are.
 *
 * Return: the RAX input value.
 */
#define SEAM_LEAF_VER(leaf, ver)					\
	((((u64)(leaf) & SEAM_LEAF_MASK) |				\
	  (((u64)(ver) << SEAM_VERSION_SHIFT) & SEAM_VERSION_MASK)) +	\
	 __SEAM_FIELD_CHECK(SEAM_LEAF_MASK, 0, leaf) +			\
	 __SEAM_FIELD_CHECK(SEAM_VERSION_MASK, SEAM_VERSION_SHIFT, ver))

/**
 * seam_gpa_level() - Build a "GPA | level" operand
 * @gpa: guest physical address, aligned to the page size of @level
 * @level: mapping level, %SEAM_TDX_PS_4K, %SEAM_TDX_PS_2M or %SEAM_TDX_PS_1G
 *
 * FIELD_PREP() places @level: a constant out of range fails the build, and
 * a run-time value is masked to bits 2:0. A misaligned @gpa reaches the
 * module, which answers %SEAM_TDX_OPERAND_INVALID with the operand's
 * register.
 *
 * Return: @gpa with @level in bits 2:0.
 */
static __always_inline u64 seam_gpa_level(u64 gpa, int level)
{
	return gpa | FIELD_PREP(SEAM_GPA_LEVEL_MASK, (u64)(unsigned int)level);
}

/**
 * seam_keyed_pa() - Build the keyed physical address TDH.PHYMEM.PAGE.WBINVD takes
 * @pa: physical address of the page
 * @hkid: host key ID the page was used with
 * @keyid_shift: first physical-address bit of the KeyID
 *               (``boot_cpu_data.x86_phys_bits`` in the kernel), below 52
 *
 * A constant @keyid_shift of 52 or more fails the build. The result is
 * masked to the 52 physical-address bits, so a KeyID too wide for the
 * machine cannot reach reserved bits 63:52.
 *
 * Return: @pa with @hkid in the KeyID bits.
 */
static __always_inline u64 seam_keyed_pa(phys_addr_t pa, u16 hkid,
					 unsigned int keyid_shift)
{
	BUILD_BUG_ON(__builtin_constant_p(keyid_shift) &&
		     keyid_shift >= SEAM_PA_BITS);
	return (pa | ((u64)hkid << keyid_shift)) & SEAM_PA_MASK;
}

/**
 * seam_status_code() - Strip the details from a completion status
 * @status: completion status
 *
 * Return: bits 63:32 of @status, to compare with SEAM_TDX_* codes.
 */
static __always_inline u64 seam_status_code(u64 status)
{
	return status & SEAM_TDX_STATUS_MASK;
}

/**
 * seam_status_is_error() - Test the error bit of a completion status
 * @status: completion status
 *
 * Return: true if the call failed; false on success and on warnings.
 */
static __always_inline bool seam_status_is_error(u64 status)
{
	return status & SEAM_TDX_ERROR;
}

/**
 * seam_status_is_non_recoverable() - Test the non-recoverable bit
 * @status: completion status
 *
 * Most errors set it (0xC... statuses): the same call cannot succeed by
 * being repeated. Busy and interrupted statuses (0x8...) leave it clear.
 * In a TD-exit status of TDH.VP.ENTER it means the TD or vCPU can no
 * longer run.
 *
 * Return: true if bit 62 is set.
 */
static __always_inline bool seam_status_is_non_recoverable(u64 status)
{
	return status & SEAM_TDX_NON_RECOVERABLE;
}

/**
 * seam_status_is_fatal() - Test the fatal bit
 * @status: completion status
 *
 * Return: true if the TD the call worked on is fatal.
 */
static __always_inline bool seam_status_is_fatal(u64 status)
{
	return status & SEAM_TDX_FATAL;
}

/**
 * seam_status_class() - Extract the class of a completion status
 * @status: completion status
 *
 * Return: bits 47:40, one of SEAM_TDX_CLASS_*.
 */
static __always_inline unsigned int seam_status_class(u64 status)
{
	return (status & SEAM_TDX_CLASS_MASK) >> SEAM_TDX_CLASS_SHIFT;
}

/**
 * seam_status_number() - Extract the number within the class
 * @status: completion status
 *
 * Return: bits 39:32.
 */
static __always_inline unsigned int seam_status_number(u64 status)
{
	return (status & SEAM_TDX_NUMBER_MASK) >> SEAM_TDX_NUMBER_SHIFT;
}

/**
 * seam_status_details() - Extract the details of a completion status
 * @status: completion status
 *
 * Return: bits 31:0: the operand ID for operand errors, two 16-bit details
 * for some EPT errors, or the VMX exit reason after TDH.VP.ENTER.
 */
static __always_inline u32 seam_status_details(u64 status)
{
	return status & SEAM_TDX_DETAILS_MASK;
}

/**
 * seam_status_operand() - Extract the operand ID of a completion status
 * @status: completion status
 *
 * Return: the SEAM_OPERAND_ID_* value in bits 31:0. Meaningful only for
 * statuses that name an operand, such as %SEAM_TDX_OPERAND_INVALID and
 * %SEAM_TDX_OPERAND_BUSY.
 */
static __always_inline u32 seam_status_operand(u64 status)
{
	return seam_status_details(status);
}

/**
 * seam_status_is() - Compare a status with a code, ignoring the details
 * @status: completion status
 * @code: one of the SEAM_TDX_* codes
 *
 * Return: true if bits 63:32 of @status equal @code.
 */
static __always_inline bool seam_status_is(u64 status, u64 code)
{
	return seam_status_code(status) == code;
}

/**
 * seam_is_sw_error() - Test for a kernel-defined (software) error
 * @status: completion status
 *
 * Return: true for %SEAM_TDX_SEAMCALL_VMFAILINVALID, %SEAM_TDX_SEAMCALL_GP,
 * %SEAM_TDX_SEAMCALL_UD and any other value with all %SEAM_TDX_SW_ERROR bits
 * set: the TDX module did not run.
 */
static __always_inline bool seam_is_sw_error(u64 status)
{
	return (status & SEAM_TDX_SW_ERROR) == SEAM_TDX_SW_ERROR;
}

/**
 * seam_is_busy() - Test for a busy status
 * @status: completion status
 *
 * Return: true for %SEAM_TDX_OPERAND_BUSY with any operand ID.
 */
static __always_inline bool seam_is_busy(u64 status)
{
	return seam_status_is(status, SEAM_TDX_OPERAND_BUSY);
}

/**
 * seam_is_interrupted() - Test for an interrupted call that must be resumed
 * @status: completion status
 *
 * Return: true for %SEAM_TDX_INTERRUPTED_RESUMABLE and
 * %SEAM_TDX_INTERRUPTED_RESTARTABLE.
 */
static __always_inline bool seam_is_interrupted(u64 status)
{
	return seam_status_is(status, SEAM_TDX_INTERRUPTED_RESUMABLE) ||
	       seam_status_is(status, SEAM_TDX_INTERRUPTED_RESTARTABLE);
}

/* Layer 2: register block. */

/**
 * struct seam_args - SEAMCALL register block
 * @rcx: RCX
 * @rdx: RDX
 * @r8: R8
 * @r9: R9
 * @r10: R10
 * @r11: R11
 * @r12: R12
 * @r13: R13
 * @r14: R14
 * @r15: R15
 * @rbx: RBX
 * @rdi: RDI
 * @rsi: RSI
 *
 * The registers a SEAMCALL passes besides RAX, in the order of Linux's
 * struct tdx_module_args, so the two can be converted member by member. It is
 * a software structure, not part of the TDX module ABI. __seam_call() and
 * __seam_call_ret() use RCX to R11; __seam_call_saved_ret() uses all 13.
 */
struct seam_args {
	/* callee-clobbered */
	u64 rcx;
	u64 rdx;
	u64 r8;
	u64 r9;
	/* extra callee-clobbered */
	u64 r10;
	u64 r11;
	/* callee-saved, then RDI and RSI */
	u64 r12;
	u64 r13;
	u64 r14;
	u64 r15;
	u64 rbx;
	u64 rdi;
	u64 rsi;
};

static_assert(offsetof(struct seam_args, rcx) == SEAM_ARGS_RCX);
static_assert(offsetof(struct seam_args, rdx) == SEAM_ARGS_RDX);
static_assert(offsetof(struct seam_args, r8) == SEAM_ARGS_R8);
static_assert(offsetof(struct seam_args, r9) == SEAM_ARGS_R9);
static_assert(offsetof(struct seam_args, r10) == SEAM_ARGS_R10);
static_assert(offsetof(struct seam_args, r11) == SEAM_ARGS_R11);
static_assert(offsetof(struct seam_args, r12) == SEAM_ARGS_R12);
static_assert(offsetof(struct seam_args, r13) == SEAM_ARGS_R13);
static_assert(offsetof(struct seam_args, r14) == SEAM_ARGS_R14);
static_assert(offsetof(struct seam_args, r15) == SEAM_ARGS_R15);
static_assert(offsetof(struct seam_args, rbx) == SEAM_ARGS_RBX);
static_assert(offsetof(struct seam_args, rdi) == SEAM_ARGS_RDI);
static_assert(offsetof(struct seam_args, rsi) == SEAM_ARGS_RSI);
static_assert(sizeof(struct seam_args) == SEAM_ARGS_SIZE);

/* The software errors are built from named parts, as Linux builds them. */
static_assert(SEAM_TDX_SW_ERROR == (SEAM_TDX_ERROR | SEAM_TDX_CLASS_MASK));
static_assert(SEAM_TDX_SEAMCALL_VMFAILINVALID == (SEAM_TDX_SW_ERROR | 0xffff0000ULL));
static_assert(SEAM_TDX_SEAMCALL_GP == (SEAM_TDX_SW_ERROR | 13));
static_assert(SEAM_TDX_SEAMCALL_UD == (SEAM_TDX_SW_ERROR | 6));

/* Layer 3: raw calls. */

/**
 * DOC: Kernel protocols around a SEAMCALL
 *
 * Linux issues every SEAMCALL with preemption disabled and, since 6.18,
 * first marks the CPU's caches as possibly incoherent (the per-CPU
 * ``cache_state_incoherent``), so that kexec knows to write them back. An
 * in-tree caller gets the same from this header by defining
 * SEAM_CALL_PREPARE(fn) before including it::
 *
 *	#define SEAM_CALL_PREPARE(fn)	this_cpu_write(cache_state_incoherent, true)
 *	#include <seamcall.h>
 *
 * Every SEAMCALL attempt the header issues (each retry included) then runs
 * ``preempt_disable(); SEAM_CALL_PREPARE(fn); <SEAMCALL>; preempt_enable();``
 * with @fn the RAX value. TDH.VP.ENTER, which runs with interrupts disabled
 * from noinstr code, runs the hook without touching the preemption count,
 * so the hook must be noinstr-safe. The raw entry points never run it.
 * Without SEAM_CALL_PREPARE nothing extra is emitted.
 *
 * Linux 7.x can update the TDX module at run time, under stop_machine(),
 * which cannot start while a CPU runs with preemption disabled. A sequence
 * of SEAMCALLs that must all reach the same module, such as building a TD
 * from TDH.MNG.CREATE to TDH.MR.FINALIZE (an update in between corrupts the
 * TD's measurement), must therefore keep preemption disabled from its
 * first call to its last; in-tree code may take seamldr's update lock
 * instead.
 *
 * An out-of-tree module cannot follow these protocols in full:
 * ``cache_state_incoherent``, the update lock and the VMX reference
 * (x86_virt_get_ref()) are not exported to modules. Its author must:
 *
 * * issue SEAMCALLs only on CPUs where the kernel's own SEAMCALLs already
 *   set the kexec mark (the kernel initialised TDX there), stop issuing
 *   them before a kexec, and never rely on its own calls to set the mark;
 * * issue them only while the kernel keeps VMX on there (kvm_intel loaded
 *   before 7.1; TDX enabled at boot from 7.1), and treat
 *   %SEAM_TDX_SEAMCALL_UD as "VMX is off";
 * * keep preemption disabled around every SEAMCALL (define
 *   SEAM_CALL_PREPARE() as an empty statement to get that) and across every
 *   multi-call sequence, allocating everything the sequence needs first.
 */

/* Before each SEAMCALL attempt: see DOC: Kernel protocols around a SEAMCALL. */
static __always_inline void __seam_call_begin(u64 fn)
{
#ifdef SEAM_CALL_PREPARE
	preempt_disable();
	SEAM_CALL_PREPARE(fn);
#endif
}

/* After each SEAMCALL attempt. */
static __always_inline void __seam_call_end(void)
{
#ifdef SEAM_CALL_PREPARE
	preempt_enable();
#endif
}

/* Before TDH.VP.ENTER, which runs with interrupts off: the hook alone. */
static __always_inline void __seam_call_begin_irqoff(u64 fn)
{
#ifdef SEAM_CALL_PREPARE
	SEAM_CALL_PREPARE(fn);
#endif
}

/*
 * The entry points, in asm/seamcall.S. Call them only by name; never take
 * their address (see DOC: Overview).
 */

/**
 * __seam_call() - Issue one SEAMCALL, passing RCX to R11
 * @fn: leaf and version for RAX (SEAM_LEAF_VER())
 * @args: RCX, RDX and R8 to R11 to load; not written
 *
 * Context: Any context.
 * Return: the completion status, or %SEAM_TDX_SEAMCALL_VMFAILINVALID,
 * %SEAM_TDX_SEAMCALL_GP or %SEAM_TDX_SEAMCALL_UD.
 */
u64 __seam_call(u64 fn, struct seam_args *args);

/**
 * __seam_call_ret() - Issue one SEAMCALL, passing and returning RCX to R11
 * @fn: leaf and version for RAX (SEAM_LEAF_VER())
 * @args: RCX, RDX and R8 to R11 to load, and where to store them afterwards
 *
 * The outputs are stored for every status the module returns, because
 * module errors carry details in them, and never for the three software
 * errors: then @args is left as it was.
 *
 * Context: Any context.
 * Return: as __seam_call().
 */
u64 __seam_call_ret(u64 fn, struct seam_args *args);

/**
 * __seam_call_saved_ret() - Issue one SEAMCALL with all 13 registers
 * @fn: leaf and version for RAX (SEAM_LEAF_VER())
 * @args: all registers to load, and where to store them afterwards
 *
 * Saves and restores the callee-saved registers and RBP around the call,
 * stores outputs as __seam_call_ret() does, then clears every register
 * that carried module or guest values. Lives in .noinstr.text so
 * TDH.VP.ENTER can be issued from noinstr code.
 *
 * Context: Any context, including noinstr.
 * Return: as __seam_call().
 */
u64 __seam_call_saved_ret(u64 fn, struct seam_args *args);

/**
 * DOC: Inline SEAMCALL
 *
 * seam_call_inline() issues SEAMCALL from inline asm, so a typed wrapper
 * costs a few register moves instead of a call and a trip through memory.
 * It keeps the register contract of DOC: Overview with one asm statement
 * for every leaf: RAX and all six of RCX, RDX and R8 to R11 are "+r"
 * operands, each bound to its register by a local register variable (there
 * is no constraint letter for R8 to R11), as in Xen's hypercall.h. Inputs
 * the leaf reads are loaded from the caller's values, the others are
 * loaded with zero, and after the asm the compiler assumes nothing about
 * any of the six. "memory" is clobbered because the module reads and
 * writes pages the caller hands it.
 *
 * The zeros cost one instruction per register the leaf does not read, and
 * are kept on purpose. Leftover kernel values would go only to the module,
 * which the kernel trusts already, but what a leaf does must not depend on
 * how the compiler allocated registers: a later module or leaf version may
 * read a register this one ignores, and with zero it sees the documented
 * default, as it does from Linux's __seamcall(), which loads every
 * register from a zeroed struct.
 *
 * The failure paths match asm/seamcall.S: CF=1 (VMfailInvalid) becomes
 * %SEAM_TDX_SEAMCALL_VMFAILINVALID; a #GP or #UD on the instruction is
 * fixed up through the exception table, which leaves the trap number in
 * RAX, and the fixup ORs %SEAM_TDX_SW_ERROR into it, using RCX (an output
 * nobody reads after a software error) as scratch.
 */

/* SEAMCALL, as bytes: binutils before 2.36 lacks the mnemonic. */
#define __SEAM_INSN	".byte 0x66, 0x0f, 0x01, 0xcf"

#define __SEAM_INLINE_ASM						\
	"1:	" __SEAM_INSN "\n\t"					\
	"jnc	3f\n\t"							\
	"movabs	%[vmfail], %%rax\n\t"					\
	"jmp	3f\n"							\
	"2:	movabs	%[sw_error], %%rcx\n\t"				\
	"or	%%rcx, %%rax\n"						\
	"3:\n"								\
	_ASM_EXTABLE_FAULT(1b, 2b)

/* RAX and RCX to R11 as plain values, in and out of the inline SEAMCALL. */
struct __seam_regs {
	u64 rax, rcx, rdx, r8, r9, r10, r11;
};

/*
 * The asm itself, on values only. Between setting the register variables
 * and copying them back there is no memory access and no call, so nothing
 * the compiler, a sanitizer or SEAM_CALL_PREPARE() inserts can run in
 * between and clobber them.
 */
static __always_inline struct __seam_regs __seam_inline_insn(struct __seam_regs v)
{
	register u64 rcx asm("rcx") = v.rcx;
	register u64 rdx asm("rdx") = v.rdx;
	register u64 r8 asm("r8") = v.r8;
	register u64 r9 asm("r9") = v.r9;
	register u64 r10 asm("r10") = v.r10;
	register u64 r11 asm("r11") = v.r11;
	u64 rax = v.rax;

	asm volatile(__SEAM_INLINE_ASM
		     : "+a" (rax), "+r" (rcx), "+r" (rdx), "+r" (r8),
		       "+r" (r9), "+r" (r10), "+r" (r11)
		     : [vmfail] "n" (SEAM_TDX_SEAMCALL_VMFAILINVALID),
		       [sw_error] "n" (SEAM_TDX_SW_ERROR)
		     : "cc", "memory");

	v.rax = rax;
	v.rcx = rcx;
	v.rdx = rdx;
	v.r8 = r8;
	v.r9 = r9;
	v.r10 = r10;
	v.r11 = r11;
	return v;
}

/* Layer 4: variants. */

/**
 * DOC: Retry on RND_NO_ENTROPY
 *
 * Every variant, and so every typed wrapper, issues its SEAMCALL again
 * while the module answers %SEAM_TDX_RND_NO_ENTROPY, at most
 * %SEAM_RND_RETRIES attempts in all, as Linux's sc_retry() does. Each
 * attempt loads the caller's original inputs: the inline variant loads them
 * from the values it read once, the others restore @args from a copy taken
 * before the first attempt. After a success only the error bit is tested
 * (two instructions); the comparison with %SEAM_TDX_RND_NO_ENTROPY, the
 * count and the further attempts run only after an error. A leaf that
 * runs out of entropy does so before it changes any state, so a blind
 * retry is safe, whatever the leaf; no list of "leaves that draw random
 * numbers" is kept.
 *
 * TDH.VP.ENTER is the one exception: it is never retried, because a TD
 * exit status is not a request failure, and entering the guest twice for
 * one request would run it twice.
 */

/*
 * The error bit. Every status the slow path looks for has it, and testing
 * it first keeps the success path to one test.
 */
static __always_inline bool __seam_failed(u64 status)
{
	return (s64)status < 0;
}

/*
 * See DOC: Retry on RND_NO_ENTROPY. The constant is loaded by an asm at
 * each test, so the compiler cannot keep it in a callee-saved register,
 * whose save and restore would land on the success path.
 */
static __always_inline bool __seam_may_retry(u64 fn, u64 status)
{
	u64 no_entropy;

	if (likely(!__seam_failed(status)))
		return false;
	asm volatile("movabs %1, %0" : "=r" (no_entropy)
		     : "i" (SEAM_TDX_RND_NO_ENTROPY));
	return status == no_entropy &&
	       (fn & SEAM_LEAF_MASK) != SEAM_TDH_VP_ENTER;
}

/* The module ran, so the output registers hold what it returned. */
static __always_inline bool __seam_outputs_valid(u64 status)
{
	return likely(!__seam_failed(status)) || !seam_is_sw_error(status);
}

/* The out-of-line variants, as a constant __seam_call_ool() switches on. */
enum __seam_variant {
	__SEAM_PLAIN,
	__SEAM_RET,
	__SEAM_SAVED_RET,
};

/* One attempt; each entry point is called by name, so the call is direct. */
static __always_inline u64
__seam_call_ool_once(enum __seam_variant v, u64 fn, struct seam_args *args)
{
	u64 ret;

	__seam_call_begin(fn);
	switch (v) {
	case __SEAM_PLAIN:
		ret = __seam_call(fn, args);
		break;
	case __SEAM_RET:
		ret = __seam_call_ret(fn, args);
		break;
	default:
		ret = __seam_call_saved_ret(fn, args);
		break;
	}
	__seam_call_end();
	return ret;
}

/* Issue @fn through @v with the retry of DOC: Retry on RND_NO_ENTROPY. */
static __always_inline u64
__seam_call_ool(enum __seam_variant v, u64 fn, struct seam_args *args)
{
	unsigned int tries = SEAM_RND_RETRIES;
	struct seam_args in;
	u64 ret;

	/* Only the _ret variants write @args; keep their inputs. */
	if (v != __SEAM_PLAIN)
		in = *args;
	ret = __seam_call_ool_once(v, fn, args);
	while (__seam_may_retry(fn, ret) && --tries) {
		if (v != __SEAM_PLAIN)
			*args = in;
		ret = __seam_call_ool_once(v, fn, args);
	}
	return ret;
}

/**
 * seam_call() - SEAMCALL passing RCX to R11, outputs discarded
 * @fn: leaf and version for RAX
 * @args: inputs in RCX to R11; not written
 *
 * Retries as DOC: Retry on RND_NO_ENTROPY says.
 *
 * Context: Any context.
 * Return: the completion status of the last attempt, or a software error.
 */
static __always_inline __must_check u64 seam_call(u64 fn, struct seam_args *args)
{
	return __seam_call_ool(__SEAM_PLAIN, fn, args);
}

/**
 * seam_call_ret() - SEAMCALL passing and returning RCX to R11
 * @fn: leaf and version for RAX
 * @args: inputs in RCX to R11; the outputs of the last attempt are stored
 *        back unless the status is a software error (see __seam_call_ret())
 *
 * Retries as DOC: Retry on RND_NO_ENTROPY says, with the caller's inputs.
 *
 * Context: Any context.
 * Return: as seam_call().
 */
static __always_inline __must_check u64 seam_call_ret(u64 fn, struct seam_args *args)
{
	return __seam_call_ool(__SEAM_RET, fn, args);
}

/**
 * seam_call_saved_ret() - SEAMCALL passing and returning all 13 registers
 * @fn: leaf and version for RAX
 * @args: inputs; the outputs of the last attempt are stored back unless the
 *        status is a software error (see __seam_call_saved_ret())
 *
 * For the leaves that use R12 to R15, RBX, RDI or RSI. Retries as
 * seam_call_ret(); TDH.VP.ENTER is issued exactly once.
 *
 * Context: Any context.
 * Return: as seam_call().
 */
static __always_inline __must_check u64 seam_call_saved_ret(u64 fn, struct seam_args *args)
{
	return __seam_call_ool(__SEAM_SAVED_RET, fn, args);
}

/**
 * DOC: Register masks for the inline variant
 *
 * seam_call_inline() takes two masks built from SEAM_REG_*, naming
 * registers of RCX, RDX and R8 to R11: @in, the registers to load from
 * @args (the others are loaded with zero), and @out, the registers to store
 * back to @args. Neither says what the leaf changes: all six are treated
 * as changed by every SEAMCALL, whatever the masks (DOC: Overview).
 */
#define SEAM_REG_RCX		BIT(0)
#define SEAM_REG_RDX		BIT(1)
#define SEAM_REG_R8		BIT(2)
#define SEAM_REG_R9		BIT(3)
#define SEAM_REG_R10		BIT(4)
#define SEAM_REG_R11		BIT(5)
#define SEAM_REGS_INLINE	GENMASK(5, 0)

/*
 * Attempts 2 to %SEAM_RND_RETRIES of seam_call_inline(), each loading @v
 * again, while the last answer @r says DOC: Retry on RND_NO_ENTROPY applies.
 * Only the failure path comes here. The loop is kept rolled: one more copy
 * of the asm, not nine.
 */
static __always_inline struct __seam_regs
__seam_inline_retry(struct __seam_regs v, struct __seam_regs r)
{
	unsigned int tries = SEAM_RND_RETRIES - 1;

#ifdef __clang__
#pragma clang loop unroll(disable)
#endif
	while (__seam_may_retry(v.rax, r.rax) && tries--) {
		__seam_call_begin(v.rax);
		r = __seam_inline_insn(v);
		__seam_call_end();
	}
	return r;
}

/**
 * seam_call_inline() - SEAMCALL in inline asm, passing RCX to R11
 * @fn: leaf and version for RAX
 * @args: the inputs named in @in; the registers named in @out are stored
 *        back unless the status is a software error. May be NULL when both
 *        masks are 0.
 * @in: SEAM_REG_* mask of the registers to load, a constant
 * @out: SEAM_REG_* mask of the registers to store, a constant
 *
 * The cheapest variant: no call, and no memory traffic for a local @args.
 * Every attempt of DOC: Retry on RND_NO_ENTROPY loads the values read from
 * @args before the first one.
 *
 * Context: Any context.
 * Return: as seam_call().
 */
static __always_inline __must_check u64
seam_call_inline(u64 fn, struct seam_args *args, unsigned int in,
		 unsigned int out)
{
	struct __seam_regs v = { .rax = fn };
	struct __seam_regs r;

	BUILD_BUG_ON(!__builtin_constant_p(in) || !__builtin_constant_p(out));
	BUILD_BUG_ON((in | out) & ~SEAM_REGS_INLINE);

	/*
	 * Read the inputs into plain values first, and store the outputs
	 * only after the asm: under KASAN, KCSAN or KMSAN an access through
	 * @args may become a function call, which would clobber a register
	 * variable already set for the asm.
	 */
	if (in & SEAM_REG_RCX)
		v.rcx = args->rcx;
	if (in & SEAM_REG_RDX)
		v.rdx = args->rdx;
	if (in & SEAM_REG_R8)
		v.r8 = args->r8;
	if (in & SEAM_REG_R9)
		v.r9 = args->r9;
	if (in & SEAM_REG_R10)
		v.r10 = args->r10;
	if (in & SEAM_REG_R11)
		v.r11 = args->r11;

	__seam_call_begin(fn);
	r = __seam_inline_insn(v);
	__seam_call_end();
	if (unlikely(__seam_failed(r.rax)))
		r = __seam_inline_retry(v, r);

	if (__seam_outputs_valid(r.rax)) {
		if (out & SEAM_REG_RCX)
			args->rcx = r.rcx;
		if (out & SEAM_REG_RDX)
			args->rdx = r.rdx;
		if (out & SEAM_REG_R8)
			args->r8 = r.r8;
		if (out & SEAM_REG_R9)
			args->r9 = r.r9;
		if (out & SEAM_REG_R10)
			args->r10 = r.r10;
		if (out & SEAM_REG_R11)
			args->r11 = r.r11;
	}
	return r.rax;
}

/* Layer 5: bug hooks. */

/**
 * DOC: Bug hooks
 *
 * SEAM_REPORT_ON() and SEAM_REPORT_ON_1() to SEAM_REPORT_ON_3() are the one-statement
 * check KVM's TDX_BUG_ON() family is, for any caller: ::
 *
 *	err = seam_tdh_mem_page_aug(tdr, gpa, level, pfn, &entry, &level_state);
 *	if (SEAM_REPORT_ON_2(seam_status_is_error, err, SEAM_TDH_MEM_PAGE_AUG,
 *			  entry, level_state, KVM_BUG_ON, kvm))
 *		return -EIO;
 *
 * Each evaluates every argument exactly once, in order (the status, the
 * leaf, the extras, the context), whether or not it fires. When
 * @pred(@status) is true it calls ``hook(true, ctx)``, so ``KVM_BUG_ON``
 * with a ``struct kvm *`` works as the hook, and so does a function
 * ``void hook(bool bug, T ctx)``; then it prints one ratelimited line at
 * error level, through the caller's pr_fmt(), such as (one line)::
 *
 *	SEAMCALL TDH.MEM.PAGE.AUG failed: 0x8000020000000092 TDX_OPERAND_BUSY,
 *	entry 0x0, level_state 0x1
 *
 * @pred is a function or macro of one u64 status: seam_status_is_error(),
 * seam_is_sw_error() or the caller's own. The value of the expression is
 * ``unlikely(pred(status))``, as a bool; control flow stays at the call
 * site. To pick the variant by name, call it inside: ``SEAM_REPORT_ON(pred,
 * seam_call_ret(fn, &args), fn, hook, ctx)``.
 */

/* The body: @status and @fn already evaluated, extras in the varargs. */
#define __SEAM_REPORT_ON(pred, status, fn, hook, ctx, fmt, ...)		\
({									\
	typeof(ctx) __seam_bug_ctx = (ctx);				\
	u64 __seam_bug_status = (status);				\
	bool __seam_bug = pred(__seam_bug_status);			\
									\
	if (unlikely(__seam_bug)) {					\
		(void)hook(true, __seam_bug_ctx);			\
		pr_err_ratelimited("SEAMCALL %s failed: 0x%016llx %s" fmt "\n",\
				   seam_leaf_name(fn), __seam_bug_status,	\
				   seam_status_name(__seam_bug_status),	\
				   ##__VA_ARGS__);				\
	}								\
	(void)__seam_bug_ctx;						\
	unlikely(__seam_bug);						\
})

/**
 * SEAM_REPORT_ON() - Report a SEAMCALL status a predicate flags to a bug hook
 * @pred: predicate of one u64 status
 * @status: the completion status, a u64 expression
 * @fn: the leaf (and version) the status came from
 * @hook: bug hook, called as hook(true, ctx) when @pred matches
 * @ctx: context handed to @hook
 *
 * See DOC: Bug hooks.
 *
 * Return: unlikely(@pred(@status)), as a bool.
 */
#define SEAM_REPORT_ON(pred, status, fn, hook, ctx)			\
({									\
	u64 __seam_bug_st = (status);					\
	u64 __seam_bug_fn = (fn);					\
									\
	__SEAM_REPORT_ON(pred, __seam_bug_st, __seam_bug_fn, hook, ctx, "");\
})

/**
 * SEAM_REPORT_ON_1() - SEAM_REPORT_ON() that also prints one value
 * @pred: predicate of one u64 status
 * @status: the completion status
 * @fn: the leaf the status came from
 * @a1: a value to print, as "a1 0x..." with the expression's text
 * @hook: bug hook
 * @ctx: context handed to @hook
 *
 * Return: as SEAM_REPORT_ON().
 */
#define SEAM_REPORT_ON_1(pred, status, fn, a1, hook, ctx)			\
({									\
	u64 __seam_bug_st = (status);					\
	u64 __seam_bug_fn = (fn);					\
	u64 __seam_bug_a1 = (a1);					\
									\
	__SEAM_REPORT_ON(pred, __seam_bug_st, __seam_bug_fn, hook, ctx,	\
			 ", " #a1 " 0x%llx", __seam_bug_a1);		\
})

/**
 * SEAM_REPORT_ON_2() - SEAM_REPORT_ON() that also prints two values
 * @pred: predicate of one u64 status
 * @status: the completion status
 * @fn: the leaf the status came from
 * @a1: first value to print
 * @a2: second value to print
 * @hook: bug hook
 * @ctx: context handed to @hook
 *
 * Return: as SEAM_REPORT_ON().
 */
#define SEAM_REPORT_ON_2(pred, status, fn, a1, a2, hook, ctx)		\
({									\
	u64 __seam_bug_st = (status);					\
	u64 __seam_bug_fn = (fn);					\
	u64 __seam_bug_a1 = (a1);					\
	u64 __seam_bug_a2 = (a2);					\
									\
	__SEAM_REPORT_ON(pred, __seam_bug_st, __seam_bug_fn, hook, ctx,	\
			 ", " #a1 " 0x%llx, " #a2 " 0x%llx",		\
			 __seam_bug_a1, __seam_bug_a2);			\
})

/**
 * SEAM_REPORT_ON_3() - SEAM_REPORT_ON() that also prints three values
 * @pred: predicate of one u64 status
 * @status: the completion status
 * @fn: the leaf the status came from
 * @a1: first value to print
 * @a2: second value to print
 * @a3: third value to print
 * @hook: bug hook
 * @ctx: context handed to @hook
 *
 * Return: as SEAM_REPORT_ON().
 */
#define SEAM_REPORT_ON_3(pred, status, fn, a1, a2, a3, hook, ctx)		\
({									\
	u64 __seam_bug_st = (status);					\
	u64 __seam_bug_fn = (fn);					\
	u64 __seam_bug_a1 = (a1);					\
	u64 __seam_bug_a2 = (a2);					\
	u64 __seam_bug_a3 = (a3);					\
									\
	__SEAM_REPORT_ON(pred, __seam_bug_st, __seam_bug_fn, hook, ctx,	\
			 ", " #a1 " 0x%llx, " #a2 " 0x%llx, " #a3 " 0x%llx",\
			 __seam_bug_a1, __seam_bug_a2, __seam_bug_a3);	\
})

/* Layer 6: typed leaf wrappers. */

/**
 * DOC: Leaf wrappers
 *
 * One static inline per host leaf of module 1.5, named after the leaf
 * (TDH.MEM.PAGE.AUG is seam_tdh_mem_page_aug()), in leaf-number order. The
 * rules below hold for every wrapper; each wrapper's own comment gives only
 * what is particular to its leaf: its operands with their registers, and
 * its outputs.
 *
 * * Return value: the raw completion status of the last attempt (including
 *   warnings, whose error bit is clear), or a software error
 *   (%SEAM_TDX_SEAMCALL_VMFAILINVALID, _GP or _UD) when the module did not
 *   run. seam_status_to_errno() maps it to an errno.
 * * Out-params must not be NULL and are written on every return, so they
 *   are never left uninitialised. For every status the module returns,
 *   errors included, they hold its output registers (module errors carry
 *   details there, such as the S-EPT entry and level on S-EPT errors).
 *   After a software error the module did not run: they then hold what the
 *   wrapper loaded into those registers (an input, or zero), as Linux's
 *   wrappers leave them. Check the status before trusting them.
 * * Retry: every wrapper but seam_tdh_vp_enter() retries
 *   %SEAM_TDX_RND_NO_ENTROPY (DOC: Retry on RND_NO_ENTROPY).
 * * Busy: the module does not wait for locks. A leaf that finds an object
 *   in use answers %SEAM_TDX_OPERAND_BUSY (operand ID in bits 31:0) or
 *   %SEAM_TDX_SYS_BUSY, and the caller decides whether to call again.
 * * Interrupted: a leaf that a pending interrupt stopped answers
 *   %SEAM_TDX_INTERRUPTED_RESUMABLE (call again with the same operands to
 *   continue) or %SEAM_TDX_INTERRUPTED_RESTARTABLE (call again; the work
 *   starts over). Wrappers that can be interrupted say which.
 * * Context: any context; wrappers never sleep, though one SEAMCALL can
 *   take tens of microseconds. Wrappers whose leaf works on the current
 *   logical CPU or package say so: run them pinned to that CPU (preemption
 *   or migration disabled). See also DOC: Kernel protocols around a
 *   SEAMCALL.
 */

/**
 * seam_tdh_vp_enter() - TDH.VP.ENTER: Enter a TD vCPU
 * @tdvpr_pa: TDVPR page of the vCPU, ORed with any SEAM_VP_ENTER_* flags
 *            (RCX)
 * @args: in: RDX, RBX, RSI, RDI and R8 to R15 to hand back to the guest
 *        after a TDG.VP.VMCALL exit; out: all 13 registers at the TD exit.
 *        @args->rcx is set to @tdvpr_pa.
 *
 * Issued exactly once, through __seam_call_saved_ret(), which keeps the
 * host's RBP (modules before 1.5.06 zero it on a TD exit) and clears every
 * register the guest or module wrote before it returns. On a TD exit RCX
 * holds the exit qualification, RDX the extended exit qualification, R8
 * the GPA and R9 the interruption information; after a TDG.VP.VMCALL exit
 * the registers the guest exposed carry its call. With SEAM_CALL_PREPARE
 * defined, the hook runs first, without a preemption toggle.
 *
 * Context: noinstr-safe; interrupts disabled, between
 * guest_state_enter_irqoff() and guest_state_exit_irqoff().
 * Return: the exit status in bits 63:32 (%SEAM_TDX_SUCCESS, a
 * non-recoverable TD or vCPU status, %SEAM_TDX_OPERAND_BUSY, ...) with the
 * VMX exit reason in bits 31:0, or a software error.
 */
static __always_inline __must_check u64
seam_tdh_vp_enter(phys_addr_t tdvpr_pa, struct seam_args *args)
{
	args->rcx = tdvpr_pa;
	__seam_call_begin_irqoff(SEAM_TDH_VP_ENTER);
	return __seam_call_saved_ret(SEAM_TDH_VP_ENTER, args);
}

/**
 * seam_tdh_mng_addcx() - TDH.MNG.ADDCX: Add a TDCS page to a TD
 * @tdr_pa: TDR page of the TD (RDX)
 * @tdcs_pa: page to add as the next TDCS page (RCX)
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_mng_addcx(phys_addr_t tdr_pa, phys_addr_t tdcs_pa)
{
	struct seam_args a = { .rcx = tdcs_pa, .rdx = tdr_pa };

	return seam_call_inline(SEAM_TDH_MNG_ADDCX, &a,
				SEAM_REG_RCX | SEAM_REG_RDX, 0);
}

/**
 * seam_tdh_mem_page_add() - TDH.MEM.PAGE.ADD: Add and measure a 4K private page before the TD runs
 * @tdr_pa: TDR page of the TD (RDX)
 * @gpa: 4K-aligned guest physical address (RCX)
 * @page_pa: page to add (R8)
 * @source_pa: page holding the initial contents (R9)
 * @entry: out, RCX: S-EPT entry on S-EPT walk and state errors
 * @level_state: out, RDX: level (bits 2:0) and S-EPT state (bits 15:8) on those
 *   errors
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_mem_page_add(phys_addr_t tdr_pa, u64 gpa, phys_addr_t page_pa,
		      phys_addr_t source_pa, u64 *entry, u64 *level_state)
{
	struct seam_args a = {
		.rcx = gpa,
		.rdx = tdr_pa,
		.r8 = page_pa,
		.r9 = source_pa,
	};
	u64 ret;

	ret = seam_call_inline(SEAM_TDH_MEM_PAGE_ADD, &a,
			       SEAM_REG_RCX | SEAM_REG_RDX | SEAM_REG_R8 |
			       SEAM_REG_R9,
			       SEAM_REG_RCX | SEAM_REG_RDX);
	*entry = a.rcx;
	*level_state = a.rdx;
	return ret;
}

/**
 * seam_tdh_mem_sept_add() - TDH.MEM.SEPT.ADD: Add a Secure EPT page
 * @tdr_pa: TDR page of the TD (RDX)
 * @gpa: guest physical address, aligned to @level (RCX bits 63:12)
 * @level: mapping level, one of SEAM_TDX_PS_* (RCX bits 2:0)
 * @sept_pa: page to use as the S-EPT page (R8)
 * @entry: out, RCX: S-EPT entry on S-EPT walk and state errors
 * @level_state: out, RDX: level (bits 2:0) and S-EPT state (bits 15:8) on those
 *   errors
 *
 * Return: the completion status. Version 0 is never interrupted.
 */
static __always_inline __must_check u64
seam_tdh_mem_sept_add(phys_addr_t tdr_pa, u64 gpa, int level,
		      phys_addr_t sept_pa, u64 *entry, u64 *level_state)
{
	struct seam_args a = {
		.rcx = seam_gpa_level(gpa, level),
		.rdx = tdr_pa,
		.r8 = sept_pa,
	};
	u64 ret;

	ret = seam_call_inline(SEAM_TDH_MEM_SEPT_ADD, &a,
			       SEAM_REG_RCX | SEAM_REG_RDX | SEAM_REG_R8,
			       SEAM_REG_RCX | SEAM_REG_RDX);
	*entry = a.rcx;
	*level_state = a.rdx;
	return ret;
}

/**
 * seam_tdh_vp_addcx() - TDH.VP.ADDCX: Add a TDCX page to a vCPU
 * @tdvpr_pa: TDVPR page of the vCPU (RDX)
 * @tdcx_pa: page to add as the next TDCX page (RCX)
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_vp_addcx(phys_addr_t tdvpr_pa, phys_addr_t tdcx_pa)
{
	struct seam_args a = { .rcx = tdcx_pa, .rdx = tdvpr_pa };

	return seam_call_inline(SEAM_TDH_VP_ADDCX, &a,
				SEAM_REG_RCX | SEAM_REG_RDX, 0);
}

/**
 * seam_tdh_mem_page_relocate() - TDH.MEM.PAGE.RELOCATE: Move a mapped private page to another page
 * @tdr_pa: TDR page of the TD (RDX)
 * @gpa: guest physical address, aligned to @level (RCX bits 63:12)
 * @level: mapping level, one of SEAM_TDX_PS_* (RCX bits 2:0)
 * @target_pa: page to move the contents to (R8)
 * @old_pa: out, RCX: the page that was mapped, on success; the S-EPT entry on
 *   S-EPT errors
 * @level_state: out, RDX: level (bits 2:0) and S-EPT state (bits 15:8) on those
 *   errors
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_mem_page_relocate(phys_addr_t tdr_pa, u64 gpa, int level,
			   phys_addr_t target_pa, u64 *old_pa, u64 *level_state)
{
	struct seam_args a = {
		.rcx = seam_gpa_level(gpa, level),
		.rdx = tdr_pa,
		.r8 = target_pa,
	};
	u64 ret;

	ret = seam_call_inline(SEAM_TDH_MEM_PAGE_RELOCATE, &a,
			       SEAM_REG_RCX | SEAM_REG_RDX | SEAM_REG_R8,
			       SEAM_REG_RCX | SEAM_REG_RDX);
	*old_pa = a.rcx;
	*level_state = a.rdx;
	return ret;
}

/**
 * seam_tdh_mem_page_aug() - TDH.MEM.PAGE.AUG: Add a pending private page to a running TD
 * @tdr_pa: TDR page of the TD (RDX)
 * @gpa: guest physical address, aligned to @level (RCX bits 63:12)
 * @level: mapping level, one of SEAM_TDX_PS_* (RCX bits 2:0)
 * @page_pa: page to add (R8)
 * @entry: out, RCX: S-EPT entry on S-EPT walk and state errors
 * @level_state: out, RDX: level (bits 2:0) and S-EPT state (bits 15:8) on those
 *   errors
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_mem_page_aug(phys_addr_t tdr_pa, u64 gpa, int level,
		      phys_addr_t page_pa, u64 *entry, u64 *level_state)
{
	struct seam_args a = {
		.rcx = seam_gpa_level(gpa, level),
		.rdx = tdr_pa,
		.r8 = page_pa,
	};
	u64 ret;

	ret = seam_call_inline(SEAM_TDH_MEM_PAGE_AUG, &a,
			       SEAM_REG_RCX | SEAM_REG_RDX | SEAM_REG_R8,
			       SEAM_REG_RCX | SEAM_REG_RDX);
	*entry = a.rcx;
	*level_state = a.rdx;
	return ret;
}

/**
 * seam_tdh_mem_range_block() - TDH.MEM.RANGE.BLOCK: Block a GPA range for removal or relocation
 * @tdr_pa: TDR page of the TD (RDX)
 * @gpa: guest physical address, aligned to @level (RCX bits 63:12)
 * @level: mapping level, one of SEAM_TDX_PS_* (RCX bits 2:0)
 * @entry: out, RCX: S-EPT entry on S-EPT walk and state errors
 * @level_state: out, RDX: level (bits 2:0) and S-EPT state (bits 15:8) on those
 *   errors
 *
 * Return: the completion status; %SEAM_TDX_GPA_RANGE_ALREADY_BLOCKED is a
 * warning.
 */
static __always_inline __must_check u64
seam_tdh_mem_range_block(phys_addr_t tdr_pa, u64 gpa, int level, u64 *entry,
			 u64 *level_state)
{
	struct seam_args a = {
		.rcx = seam_gpa_level(gpa, level),
		.rdx = tdr_pa,
	};
	u64 ret;

	ret = seam_call_inline(SEAM_TDH_MEM_RANGE_BLOCK, &a,
			       SEAM_REG_RCX | SEAM_REG_RDX,
			       SEAM_REG_RCX | SEAM_REG_RDX);
	*entry = a.rcx;
	*level_state = a.rdx;
	return ret;
}

/**
 * seam_tdh_mng_key_config() - TDH.MNG.KEY.CONFIG: Program the TD's key on this package
 * @tdr_pa: TDR page of the TD (RCX)
 *
 * Context: Pinned to a CPU of the package to configure; once per package.
 * Return: the completion status; %SEAM_TDX_KEY_CONFIGURED (a warning) if the
 * package is already done. The module reports a lack of entropy here as
 * %SEAM_TDX_KEY_GENERATION_FAILED, which is not retried: call again.
 */
static __always_inline __must_check u64
seam_tdh_mng_key_config(phys_addr_t tdr_pa)
{
	struct seam_args a = { .rcx = tdr_pa };

	return seam_call_inline(SEAM_TDH_MNG_KEY_CONFIG, &a, SEAM_REG_RCX, 0);
}

/**
 * seam_tdh_mng_create() - TDH.MNG.CREATE: Create a TD on a TDR page and assign its private HKID
 * @tdr_pa: page to become the TDR (RCX)
 * @hkid: private host key ID of the TD (RDX)
 *
 * Context: Any context. Takes a module-global lock: serialise with other TD
 * creation to avoid %SEAM_TDX_OPERAND_BUSY.
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_mng_create(phys_addr_t tdr_pa, u16 hkid)
{
	struct seam_args a = { .rcx = tdr_pa, .rdx = hkid };

	return seam_call_inline(SEAM_TDH_MNG_CREATE, &a,
				SEAM_REG_RCX | SEAM_REG_RDX, 0);
}

/**
 * seam_tdh_vp_create() - TDH.VP.CREATE: Create a vCPU on a TDVPR page
 * @tdr_pa: TDR page of the TD (RDX)
 * @tdvpr_pa: page to become the TDVPR (RCX)
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_vp_create(phys_addr_t tdr_pa, phys_addr_t tdvpr_pa)
{
	struct seam_args a = { .rcx = tdvpr_pa, .rdx = tdr_pa };

	return seam_call_inline(SEAM_TDH_VP_CREATE, &a,
				SEAM_REG_RCX | SEAM_REG_RDX, 0);
}

/**
 * seam_tdh_mng_rd() - TDH.MNG.RD: Read a TD-scope metadata field
 * @tdr_pa: TDR page of the TD (RCX)
 * @field_id: metadata field ID (RDX)
 * @value: out, R8: the field value
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_mng_rd(phys_addr_t tdr_pa, u64 field_id, u64 *value)
{
	struct seam_args a = { .rcx = tdr_pa, .rdx = field_id };
	u64 ret;

	ret = seam_call_inline(SEAM_TDH_MNG_RD, &a, SEAM_REG_RCX | SEAM_REG_RDX,
			       SEAM_REG_R8);
	*value = a.r8;
	return ret;
}

/**
 * seam_tdh_mem_rd() - TDH.MEM.RD: Read 8 bytes of private memory of a debuggable TD
 * @tdr_pa: TDR page of the TD (RDX)
 * @gpa: 8-byte-aligned guest physical address (RCX)
 * @value: out, R8: the data read
 * @entry: out, RCX: S-EPT entry on S-EPT walk and state errors
 * @level_state: out, RDX: level (bits 2:0) and S-EPT state (bits 15:8) on those
 *   errors
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_mem_rd(phys_addr_t tdr_pa, u64 gpa, u64 *value, u64 *entry,
		u64 *level_state)
{
	struct seam_args a = { .rcx = gpa, .rdx = tdr_pa };
	u64 ret;

	ret = seam_call_inline(SEAM_TDH_MEM_RD, &a, SEAM_REG_RCX | SEAM_REG_RDX,
			       SEAM_REG_RCX | SEAM_REG_RDX | SEAM_REG_R8);
	*value = a.r8;
	*entry = a.rcx;
	*level_state = a.rdx;
	return ret;
}

/**
 * seam_tdh_mng_wr() - TDH.MNG.WR: Write a TD-scope metadata field
 * @tdr_pa: TDR page of the TD (RCX)
 * @field_id: metadata field ID (RDX)
 * @value: value to write (R8)
 * @mask: bits of @value to write (R9)
 * @old_value: out, R8: the previous field value
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_mng_wr(phys_addr_t tdr_pa, u64 field_id, u64 value, u64 mask,
		u64 *old_value)
{
	struct seam_args a = {
		.rcx = tdr_pa,
		.rdx = field_id,
		.r8 = value,
		.r9 = mask,
	};
	u64 ret;

	ret = seam_call_inline(SEAM_TDH_MNG_WR, &a,
			       SEAM_REG_RCX | SEAM_REG_RDX | SEAM_REG_R8 |
			       SEAM_REG_R9,
			       SEAM_REG_R8);
	*old_value = a.r8;
	return ret;
}

/**
 * seam_tdh_mem_wr() - TDH.MEM.WR: Write 8 bytes of private memory of a debuggable TD
 * @tdr_pa: TDR page of the TD (RDX)
 * @gpa: 8-byte-aligned guest physical address (RCX)
 * @value: data to write (R8)
 * @old_value: out, R8: the previous data
 * @entry: out, RCX: S-EPT entry on S-EPT walk and state errors
 * @level_state: out, RDX: level (bits 2:0) and S-EPT state (bits 15:8) on those
 *   errors
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_mem_wr(phys_addr_t tdr_pa, u64 gpa, u64 value, u64 *old_value,
		u64 *entry, u64 *level_state)
{
	struct seam_args a = { .rcx = gpa, .rdx = tdr_pa, .r8 = value };
	u64 ret;

	ret = seam_call_inline(SEAM_TDH_MEM_WR, &a,
			       SEAM_REG_RCX | SEAM_REG_RDX | SEAM_REG_R8,
			       SEAM_REG_RCX | SEAM_REG_RDX | SEAM_REG_R8);
	*old_value = a.r8;
	*entry = a.rcx;
	*level_state = a.rdx;
	return ret;
}

/**
 * seam_tdh_mem_page_demote() - TDH.MEM.PAGE.DEMOTE: Split a large private page into smaller ones
 * @tdr_pa: TDR page of the TD (RDX)
 * @gpa: guest physical address, aligned to @level (RCX bits 63:12)
 * @level: mapping level, one of SEAM_TDX_PS_* (RCX bits 2:0)
 * @sept_pa: page to use as the new S-EPT page (R8)
 * @entry: out, RCX: S-EPT entry on S-EPT walk and state errors
 * @level_state: out, RDX: level (bits 2:0) and S-EPT state (bits 15:8) on those
 *   errors
 *
 * Module 1.5 also reads R9 to R11 as the L2 S-EPT pages of the TD's L2 VMs,
 * and writes them back on success. The wrapper passes %SEAM_NULL_PA in all
 * three, as for a TD without L2 VMs; the values returned there are not
 * kept.
 *
 * Return: the completion status; %SEAM_TDX_INTERRUPTED_RESTARTABLE means call
 * again.
 */
static __always_inline __must_check u64
seam_tdh_mem_page_demote(phys_addr_t tdr_pa, u64 gpa, int level,
			 phys_addr_t sept_pa, u64 *entry, u64 *level_state)
{
	struct seam_args a = {
		.rcx = seam_gpa_level(gpa, level),
		.rdx = tdr_pa,
		.r8 = sept_pa,
		.r9 = SEAM_NULL_PA,
		.r10 = SEAM_NULL_PA,
		.r11 = SEAM_NULL_PA,
	};
	u64 ret;

	ret = seam_call_inline(SEAM_TDH_MEM_PAGE_DEMOTE, &a,
			       SEAM_REG_RCX | SEAM_REG_RDX | SEAM_REG_R8 |
			       SEAM_REG_R9 | SEAM_REG_R10 | SEAM_REG_R11,
			       SEAM_REG_RCX | SEAM_REG_RDX);
	*entry = a.rcx;
	*level_state = a.rdx;
	return ret;
}

/**
 * seam_tdh_mr_extend() - TDH.MR.EXTEND: Extend the TD measurement with a 256-byte chunk of a page
 * @tdr_pa: TDR page of the TD (RDX)
 * @gpa: guest physical address of the chunk, 256-byte aligned (RCX)
 * @entry: out, RCX: S-EPT entry on S-EPT walk and state errors
 * @level_state: out, RDX: level (bits 2:0) and S-EPT state (bits 15:8) on those
 *   errors
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_mr_extend(phys_addr_t tdr_pa, u64 gpa, u64 *entry, u64 *level_state)
{
	struct seam_args a = { .rcx = gpa, .rdx = tdr_pa };
	u64 ret;

	ret = seam_call_inline(SEAM_TDH_MR_EXTEND, &a,
			       SEAM_REG_RCX | SEAM_REG_RDX,
			       SEAM_REG_RCX | SEAM_REG_RDX);
	*entry = a.rcx;
	*level_state = a.rdx;
	return ret;
}

/**
 * seam_tdh_mr_finalize() - TDH.MR.FINALIZE: Finalise the TD measurement so the TD can run
 * @tdr_pa: TDR page of the TD (RCX)
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_mr_finalize(phys_addr_t tdr_pa)
{
	struct seam_args a = { .rcx = tdr_pa };

	return seam_call_inline(SEAM_TDH_MR_FINALIZE, &a, SEAM_REG_RCX, 0);
}

/**
 * seam_tdh_vp_flush() - TDH.VP.FLUSH: Flush a vCPU's cached state on this CPU
 * @tdvpr_pa: TDVPR page of the vCPU (RCX)
 *
 * Context: Pinned to the CPU the vCPU last ran on.
 * Return: the completion status; %SEAM_TDX_VCPU_NOT_ASSOCIATED means the vCPU
 * has no state on this CPU.
 */
static __always_inline __must_check u64
seam_tdh_vp_flush(phys_addr_t tdvpr_pa)
{
	struct seam_args a = { .rcx = tdvpr_pa };

	return seam_call_inline(SEAM_TDH_VP_FLUSH, &a, SEAM_REG_RCX, 0);
}

/**
 * seam_tdh_mng_vpflushdone() - TDH.MNG.VPFLUSHDONE: Check that every vCPU of a TD was flushed
 * @tdr_pa: TDR page of the TD (RCX)
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_mng_vpflushdone(phys_addr_t tdr_pa)
{
	struct seam_args a = { .rcx = tdr_pa };

	return seam_call_inline(SEAM_TDH_MNG_VPFLUSHDONE, &a, SEAM_REG_RCX, 0);
}

/**
 * seam_tdh_mng_key_freeid() - TDH.MNG.KEY.FREEID: Free a TD's private HKID
 * @tdr_pa: TDR page of the TD (RCX)
 *
 * Context: Any context. Takes a module-global lock shared with
 * TDH.PHYMEM.CACHE.WB.
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_mng_key_freeid(phys_addr_t tdr_pa)
{
	struct seam_args a = { .rcx = tdr_pa };

	return seam_call_inline(SEAM_TDH_MNG_KEY_FREEID, &a, SEAM_REG_RCX, 0);
}

/**
 * seam_tdh_mng_init() - TDH.MNG.INIT: Initialise a TD from a TD_PARAMS page
 * @tdr_pa: TDR page of the TD (RCX)
 * @td_params_pa: TD_PARAMS, 1024-byte aligned (RDX)
 * @cpuid_leaf: out, RCX: the offending CPUID leaf and subleaf on
 *   %SEAM_TDX_OPERAND_INVALID | %SEAM_OPERAND_ID_CPUID_CONFIG
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_mng_init(phys_addr_t tdr_pa, phys_addr_t td_params_pa, u64 *cpuid_leaf)
{
	struct seam_args a = { .rcx = tdr_pa, .rdx = td_params_pa };
	u64 ret;

	ret = seam_call_inline(SEAM_TDH_MNG_INIT, &a,
			       SEAM_REG_RCX | SEAM_REG_RDX, SEAM_REG_RCX);
	*cpuid_leaf = a.rcx;
	return ret;
}

/**
 * seam_tdh_vp_init() - TDH.VP.INIT: Initialise a vCPU (version 0)
 * @tdvpr_pa: TDVPR page of the vCPU (RCX)
 * @initial_rcx: RCX the guest starts with (RDX)
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_vp_init(phys_addr_t tdvpr_pa, u64 initial_rcx)
{
	struct seam_args a = { .rcx = tdvpr_pa, .rdx = initial_rcx };

	return seam_call_inline(SEAM_TDH_VP_INIT, &a,
				SEAM_REG_RCX | SEAM_REG_RDX, 0);
}

/**
 * seam_tdh_vp_init_apicid() - TDH.VP.INIT version 1: Initialise a vCPU
 * @tdvpr_pa: TDVPR page of the vCPU (RCX)
 * @initial_rcx: RCX the guest starts with (RDX)
 * @x2apic_id: x2APIC ID of the vCPU (R8)
 *
 * The form Linux uses. TDX module 1.5.01 has no version 1 of this leaf and
 * answers %SEAM_TDX_OPERAND_INVALID | %SEAM_OPERAND_ID_RAX; later modules
 * accept it.
 *
 * Return: as seam_tdh_vp_init(), plus TDX_X2APIC_ID_NOT_UNIQUE
 * (0xC000062100000000) on module 2.0.
 */
static __always_inline __must_check u64
seam_tdh_vp_init_apicid(phys_addr_t tdvpr_pa, u64 initial_rcx, u32 x2apic_id)
{
	struct seam_args a = {
		.rcx = tdvpr_pa,
		.rdx = initial_rcx,
		.r8 = x2apic_id,
	};

	return seam_call_inline(SEAM_LEAF_VER(SEAM_TDH_VP_INIT, 1), &a,
				SEAM_REG_RCX | SEAM_REG_RDX | SEAM_REG_R8, 0);
}

/**
 * seam_tdh_mem_page_promote() - TDH.MEM.PAGE.PROMOTE: Merge 512 private pages into one large page
 * @tdr_pa: TDR page of the TD (RDX)
 * @gpa: guest physical address, aligned to @level (RCX bits 63:12)
 * @level: mapping level, one of SEAM_TDX_PS_* (RCX bits 2:0)
 * @freed_sept_pa: out, RCX: the S-EPT page that became free, on success; the
 *   S-EPT entry on S-EPT errors
 * @level_state: out, RDX: level (bits 2:0) and S-EPT state (bits 15:8) on those
 *   errors
 *
 * Return: the completion status; %SEAM_TDX_INTERRUPTED_RESTARTABLE means call
 * again.
 */
static __always_inline __must_check u64
seam_tdh_mem_page_promote(phys_addr_t tdr_pa, u64 gpa, int level,
			  u64 *freed_sept_pa, u64 *level_state)
{
	struct seam_args a = {
		.rcx = seam_gpa_level(gpa, level),
		.rdx = tdr_pa,
	};
	u64 ret;

	ret = seam_call_inline(SEAM_TDH_MEM_PAGE_PROMOTE, &a,
			       SEAM_REG_RCX | SEAM_REG_RDX,
			       SEAM_REG_RCX | SEAM_REG_RDX);
	*freed_sept_pa = a.rcx;
	*level_state = a.rdx;
	return ret;
}

/**
 * seam_tdh_phymem_page_rdmd() - TDH.PHYMEM.PAGE.RDMD: Read the PAMT metadata of a physical page
 * @page_pa: physical page (RCX)
 * @page_type: out, RCX: PAMT page type, SEAM_PT_*
 * @owner: out, RDX: TDR page of the owner
 * @size: out, R8: page size, SEAM_TDX_PS_*
 * @epoch: out, R9: blocking epoch information
 *
 * The module sets RCX to R11 on entry, before any check: the out-params
 * hold its defaults on errors too, and R10 and R11, reserved outputs,
 * come back zero (not kept).
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_phymem_page_rdmd(phys_addr_t page_pa, u64 *page_type, u64 *owner,
			  u64 *size, u64 *epoch)
{
	struct seam_args a = { .rcx = page_pa };
	u64 ret;

	ret = seam_call_inline(SEAM_TDH_PHYMEM_PAGE_RDMD, &a, SEAM_REG_RCX,
			       SEAM_REG_RCX | SEAM_REG_RDX | SEAM_REG_R8 |
			       SEAM_REG_R9);
	*page_type = a.rcx;
	*owner = a.rdx;
	*size = a.r8;
	*epoch = a.r9;
	return ret;
}

/**
 * seam_tdh_mem_sept_rd() - TDH.MEM.SEPT.RD: Read a Secure EPT entry
 * @tdr_pa: TDR page of the TD (RDX)
 * @gpa: guest physical address, aligned to @level (RCX bits 63:12)
 * @level: mapping level, one of SEAM_TDX_PS_* (RCX bits 2:0)
 * @entry: out, RCX: the S-EPT entry
 * @level_state: out, RDX: level (bits 2:0) and S-EPT state (bits 15:8)
 * @attr: out, R8: GPA attributes
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_mem_sept_rd(phys_addr_t tdr_pa, u64 gpa, int level, u64 *entry,
		     u64 *level_state, u64 *attr)
{
	struct seam_args a = {
		.rcx = seam_gpa_level(gpa, level),
		.rdx = tdr_pa,
	};
	u64 ret;

	ret = seam_call_inline(SEAM_TDH_MEM_SEPT_RD, &a,
			       SEAM_REG_RCX | SEAM_REG_RDX,
			       SEAM_REG_RCX | SEAM_REG_RDX | SEAM_REG_R8);
	*entry = a.rcx;
	*level_state = a.rdx;
	*attr = a.r8;
	return ret;
}

/**
 * seam_tdh_vp_rd() - TDH.VP.RD: Read a vCPU-scope metadata field
 * @tdvpr_pa: TDVPR page of the vCPU (RCX)
 * @field_id: metadata field ID (RDX)
 * @value: out, R8: the field value
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_vp_rd(phys_addr_t tdvpr_pa, u64 field_id, u64 *value)
{
	struct seam_args a = { .rcx = tdvpr_pa, .rdx = field_id };
	u64 ret;

	ret = seam_call_inline(SEAM_TDH_VP_RD, &a, SEAM_REG_RCX | SEAM_REG_RDX,
			       SEAM_REG_R8);
	*value = a.r8;
	return ret;
}

/**
 * seam_tdh_mng_key_reclaimid() - TDH.MNG.KEY.RECLAIMID: Reclaim a HKID (no-op in 1.5)
 * @tdr_pa: TDR page of the TD (RCX)
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_mng_key_reclaimid(phys_addr_t tdr_pa)
{
	struct seam_args a = { .rcx = tdr_pa };

	return seam_call_inline(SEAM_TDH_MNG_KEY_RECLAIMID, &a, SEAM_REG_RCX,
				0);
}

/**
 * seam_tdh_phymem_page_reclaim() - TDH.PHYMEM.PAGE.RECLAIM: Take a page back from the TDX module
 * @page_pa: physical page (RCX)
 * @page_type: out, RCX: PAMT page type the page had, SEAM_PT_*
 * @owner: out, RDX: TDR page of the owner
 * @size: out, R8: page size, SEAM_TDX_PS_*
 *
 * The module sets RCX to R11 on entry, before any check: the out-params
 * hold its defaults on errors too, and R9 to R11, reserved outputs, come
 * back zero (not kept).
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_phymem_page_reclaim(phys_addr_t page_pa, u64 *page_type, u64 *owner,
			     u64 *size)
{
	struct seam_args a = { .rcx = page_pa };
	u64 ret;

	ret = seam_call_inline(SEAM_TDH_PHYMEM_PAGE_RECLAIM, &a, SEAM_REG_RCX,
			       SEAM_REG_RCX | SEAM_REG_RDX | SEAM_REG_R8);
	*page_type = a.rcx;
	*owner = a.rdx;
	*size = a.r8;
	return ret;
}

/**
 * seam_tdh_mem_page_remove() - TDH.MEM.PAGE.REMOVE: Remove a blocked private page from a TD
 * @tdr_pa: TDR page of the TD (RDX)
 * @gpa: guest physical address, aligned to @level (RCX bits 63:12)
 * @level: mapping level, one of SEAM_TDX_PS_* (RCX bits 2:0)
 * @entry: out, RCX: on success, the HPA of the removed page; the S-EPT entry
 *   on S-EPT walk and state errors
 * @level_state: out, RDX: level (bits 2:0) and S-EPT state (bits 15:8) on those
 *   errors
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_mem_page_remove(phys_addr_t tdr_pa, u64 gpa, int level, u64 *entry,
			 u64 *level_state)
{
	struct seam_args a = {
		.rcx = seam_gpa_level(gpa, level),
		.rdx = tdr_pa,
	};
	u64 ret;

	ret = seam_call_inline(SEAM_TDH_MEM_PAGE_REMOVE, &a,
			       SEAM_REG_RCX | SEAM_REG_RDX,
			       SEAM_REG_RCX | SEAM_REG_RDX);
	*entry = a.rcx;
	*level_state = a.rdx;
	return ret;
}

/**
 * seam_tdh_mem_sept_remove() - TDH.MEM.SEPT.REMOVE: Remove an empty, blocked Secure EPT page
 * @tdr_pa: TDR page of the TD (RDX)
 * @gpa: guest physical address, aligned to @level (RCX bits 63:12)
 * @level: mapping level, one of SEAM_TDX_PS_* (RCX bits 2:0)
 * @entry: out, RCX: on success, the HPA of the removed S-EPT page; the S-EPT entry
 *   on S-EPT walk and state errors
 * @level_state: out, RDX: level (bits 2:0) and S-EPT state (bits 15:8) on those
 *   errors
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_mem_sept_remove(phys_addr_t tdr_pa, u64 gpa, int level, u64 *entry,
			 u64 *level_state)
{
	struct seam_args a = {
		.rcx = seam_gpa_level(gpa, level),
		.rdx = tdr_pa,
	};
	u64 ret;

	ret = seam_call_inline(SEAM_TDH_MEM_SEPT_REMOVE, &a,
			       SEAM_REG_RCX | SEAM_REG_RDX,
			       SEAM_REG_RCX | SEAM_REG_RDX);
	*entry = a.rcx;
	*level_state = a.rdx;
	return ret;
}

/**
 * seam_tdh_sys_key_config() - TDH.SYS.KEY.CONFIG: Program the global private key on this package
 *
 * Context: Pinned to a CPU of the package to configure; once per package,
 * never concurrently.
 * Return: the completion status; %SEAM_TDX_KEY_CONFIGURED (a warning) if the
 * package is already done. The module reports a lack of entropy here as
 * %SEAM_TDX_KEY_GENERATION_FAILED, which is not retried: call again.
 */
static __always_inline __must_check u64
seam_tdh_sys_key_config(void)
{
	return seam_call_inline(SEAM_TDH_SYS_KEY_CONFIG, NULL, 0, 0);
}

/**
 * seam_tdh_sys_info() - TDH.SYS.INFO: Read TDSYSINFO_STRUCT and the CMR array
 * @sysinfo_pa: buffer for TDSYSINFO_STRUCT (RCX)
 * @sysinfo_size: size of that buffer (RDX)
 * @cmr_array_pa: buffer for the CMR array (R8)
 * @cmr_entries: entries in that buffer (R9)
 * @bytes_written: out, RDX: bytes written to the TDSYSINFO_STRUCT buffer
 * @num_cmrs: out, R9: CMR entries written
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_sys_info(phys_addr_t sysinfo_pa, u64 sysinfo_size,
		  phys_addr_t cmr_array_pa, u64 cmr_entries, u64 *bytes_written,
		  u64 *num_cmrs)
{
	struct seam_args a = {
		.rcx = sysinfo_pa,
		.rdx = sysinfo_size,
		.r8 = cmr_array_pa,
		.r9 = cmr_entries,
	};
	u64 ret;

	ret = seam_call_inline(SEAM_TDH_SYS_INFO, &a,
			       SEAM_REG_RCX | SEAM_REG_RDX | SEAM_REG_R8 |
			       SEAM_REG_R9,
			       SEAM_REG_RDX | SEAM_REG_R9);
	*bytes_written = a.rdx;
	*num_cmrs = a.r9;
	return ret;
}

/**
 * seam_tdh_sys_init() - TDH.SYS.INIT: Start the global initialisation of the TDX module
 *
 * RCX (attributes) is loaded with zero; its bits are reserved. The module
 * clears RCX to R10 and reports CPUID errors there; they are not kept.
 *
 * Context: Any context; once, before any other leaf.
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_sys_init(void)
{
	struct seam_args a = { .rcx = 0 };

	return seam_call_inline(SEAM_TDH_SYS_INIT, &a, SEAM_REG_RCX, 0);
}

/**
 * seam_tdh_sys_rd() - TDH.SYS.RD: Read a global metadata field
 * @field_id: metadata field ID (RDX)
 * @value: out, R8: the field value
 *
 * RDX returns the next field ID; it is not kept.
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_sys_rd(u64 field_id, u64 *value)
{
	struct seam_args a = { .rdx = field_id };
	u64 ret;

	ret = seam_call_inline(SEAM_TDH_SYS_RD, &a, SEAM_REG_RDX, SEAM_REG_R8);
	*value = a.r8;
	return ret;
}

/**
 * seam_tdh_sys_lp_init() - TDH.SYS.LP.INIT: Initialise the TDX module on this logical CPU
 *
 * Context: Pinned to the logical CPU to initialise; once on every logical CPU
 * after TDH.SYS.INIT.
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_sys_lp_init(void)
{
	return seam_call_inline(SEAM_TDH_SYS_LP_INIT, NULL, 0, 0);
}

/**
 * seam_tdh_sys_tdmr_init() - TDH.SYS.TDMR.INIT: Initialise the next chunk of a TDMR
 * @tdmr_pa: base of the TDMR (RCX)
 * @next: out, RDX: next address still to initialise
 *
 * Each call initialises at most %SEAM_TDMR_INIT_CHUNK of the TDMR; @next is
 * the progress rounded down to 1 GiB. Repeat until @next reaches the end of
 * the TDMR; seam_tdh_sys_tdmr_init_all() does.
 *
 * Return: the completion status; %SEAM_TDX_TDMR_ALREADY_INITIALIZED is a
 * warning.
 */
static __always_inline __must_check u64
seam_tdh_sys_tdmr_init(phys_addr_t tdmr_pa, u64 *next)
{
	struct seam_args a = { .rcx = tdmr_pa };
	u64 ret;

	ret = seam_call_inline(SEAM_TDH_SYS_TDMR_INIT, &a, SEAM_REG_RCX,
			       SEAM_REG_RDX);
	*next = a.rdx;
	return ret;
}

/**
 * seam_tdh_sys_tdmr_init_all() - Run TDH.SYS.TDMR.INIT over a whole TDMR
 * @tdmr_pa: base of the TDMR (RCX of every call)
 * @tdmr_size: size of the TDMR in bytes
 *
 * Calls TDH.SYS.TDMR.INIT back to back until the address it reports as
 * next reaches the end of the TDMR: 256 calls per GiB, with no rescheduling
 * point. A caller that must reschedule between chunks (Linux calls
 * cond_resched()) loops over seam_tdh_sys_tdmr_init() itself.
 *
 * Context: Process context: a large TDMR takes many calls, and the module
 * must make progress on each (it reports the next address in RDX).
 * Return: %SEAM_TDX_SUCCESS when the TDMR is initialised, the warning
 * %SEAM_TDX_TDMR_ALREADY_INITIALIZED, or the first error.
 */
static __always_inline __must_check u64
seam_tdh_sys_tdmr_init_all(phys_addr_t tdmr_pa, u64 tdmr_size)
{
	u64 next, ret;

	do {
		ret = seam_tdh_sys_tdmr_init(tdmr_pa, &next);
	} while (!ret && next < tdmr_pa + tdmr_size);
	return ret;
}

/**
 * seam_tdh_sys_rdall() - TDH.SYS.RDALL: Read many global metadata fields into a list page
 * @list_pa: page receiving the metadata list (RDX)
 * @field_id: first field ID to read (R8)
 * @next_field_id: out, R8: next field ID to read, or -1 when done
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_sys_rdall(phys_addr_t list_pa, u64 field_id, u64 *next_field_id)
{
	struct seam_args a = { .rdx = list_pa, .r8 = field_id };
	u64 ret;

	ret = seam_call_inline(SEAM_TDH_SYS_RDALL, &a,
			       SEAM_REG_RDX | SEAM_REG_R8, SEAM_REG_R8);
	*next_field_id = a.r8;
	return ret;
}

/**
 * seam_tdh_mem_track() - TDH.MEM.TRACK: Start a new TLB tracking epoch of a TD
 * @tdr_pa: TDR page of the TD (RCX)
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_mem_track(phys_addr_t tdr_pa)
{
	struct seam_args a = { .rcx = tdr_pa };

	return seam_call_inline(SEAM_TDH_MEM_TRACK, &a, SEAM_REG_RCX, 0);
}

/**
 * seam_tdh_mem_range_unblock() - TDH.MEM.RANGE.UNBLOCK: Unblock a blocked GPA range
 * @tdr_pa: TDR page of the TD (RDX)
 * @gpa: guest physical address, aligned to @level (RCX bits 63:12)
 * @level: mapping level, one of SEAM_TDX_PS_* (RCX bits 2:0)
 * @entry: out, RCX: S-EPT entry on S-EPT walk and state errors
 * @level_state: out, RDX: level (bits 2:0) and S-EPT state (bits 15:8) on those
 *   errors
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_mem_range_unblock(phys_addr_t tdr_pa, u64 gpa, int level, u64 *entry,
			   u64 *level_state)
{
	struct seam_args a = {
		.rcx = seam_gpa_level(gpa, level),
		.rdx = tdr_pa,
	};
	u64 ret;

	ret = seam_call_inline(SEAM_TDH_MEM_RANGE_UNBLOCK, &a,
			       SEAM_REG_RCX | SEAM_REG_RDX,
			       SEAM_REG_RCX | SEAM_REG_RDX);
	*entry = a.rcx;
	*level_state = a.rdx;
	return ret;
}

/**
 * seam_tdh_phymem_cache_wb() - TDH.PHYMEM.CACHE.WB: Write back caches of freed HKIDs
 * @resume: false to start, true to resume an interrupted write-back (RCX)
 *
 * seam_tdh_phymem_cache_wb_all() loops until the write-back completes.
 *
 * Context: Pinned to a CPU of the package to write back; once per package.
 * Takes a module-global lock shared with TDH.MNG.KEY.FREEID.
 * Return: the completion status; %SEAM_TDX_INTERRUPTED_RESUMABLE means call
 * again with @resume true.
 */
static __always_inline __must_check u64
seam_tdh_phymem_cache_wb(bool resume)
{
	struct seam_args a = { .rcx = resume };

	return seam_call_inline(SEAM_TDH_PHYMEM_CACHE_WB, &a, SEAM_REG_RCX, 0);
}

/**
 * seam_tdh_phymem_cache_wb_all() - Run TDH.PHYMEM.CACHE.WB to completion
 * @max_calls: give up after this many calls (KVM uses 10000); at least one
 *             call is made
 *
 * Starts a write-back and resumes it while the module answers
 * %SEAM_TDX_INTERRUPTED_RESUMABLE, back to back.
 *
 * Context: as seam_tdh_phymem_cache_wb().
 * Return: the status of the last call: %SEAM_TDX_SUCCESS or the warning
 * %SEAM_TDX_NO_HKID_READY_TO_WBCACHE when done,
 * %SEAM_TDX_INTERRUPTED_RESUMABLE if @max_calls ran out, otherwise the error.
 */
static __always_inline __must_check u64
seam_tdh_phymem_cache_wb_all(unsigned int max_calls)
{
	unsigned int calls = 0;
	u64 ret;

	do {
		ret = seam_tdh_phymem_cache_wb(calls != 0);
	} while (seam_status_is(ret, SEAM_TDX_INTERRUPTED_RESUMABLE) &&
		 ++calls < max_calls);
	return ret;
}

/**
 * seam_tdh_phymem_page_wbinvd() - TDH.PHYMEM.PAGE.WBINVD: Write back and invalidate one page
 * @keyed_pa: physical address with the HKID in its upper bits (seam_keyed_pa())
 *   (RCX)
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_phymem_page_wbinvd(u64 keyed_pa)
{
	struct seam_args a = { .rcx = keyed_pa };

	return seam_call_inline(SEAM_TDH_PHYMEM_PAGE_WBINVD, &a, SEAM_REG_RCX,
				0);
}

/**
 * seam_tdh_mem_sept_wr() - TDH.MEM.SEPT.WR: Leaf 42, without a handler in module 1.5
 *
 * Module 1.5.01 defines the number but no handler. The wrapper exists so every
 * leaf number has one; it passes only RAX.
 *
 * Return: %SEAM_TDX_OPERAND_INVALID | %SEAM_OPERAND_ID_RAX from module 1.5.01.
 */
static __always_inline __must_check u64
seam_tdh_mem_sept_wr(void)
{
	return seam_call_inline(SEAM_TDH_MEM_SEPT_WR, NULL, 0, 0);
}

/**
 * seam_tdh_vp_wr() - TDH.VP.WR: Write a vCPU-scope metadata field
 * @tdvpr_pa: TDVPR page of the vCPU (RCX)
 * @field_id: metadata field ID (RDX)
 * @value: value to write (R8)
 * @mask: bits of @value to write (R9)
 * @old_value: out, R8: the previous field value
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_vp_wr(phys_addr_t tdvpr_pa, u64 field_id, u64 value, u64 mask,
	       u64 *old_value)
{
	struct seam_args a = {
		.rcx = tdvpr_pa,
		.rdx = field_id,
		.r8 = value,
		.r9 = mask,
	};
	u64 ret;

	ret = seam_call_inline(SEAM_TDH_VP_WR, &a,
			       SEAM_REG_RCX | SEAM_REG_RDX | SEAM_REG_R8 |
			       SEAM_REG_R9,
			       SEAM_REG_R8);
	*old_value = a.r8;
	return ret;
}

/**
 * seam_tdh_sys_lp_shutdown() - TDH.SYS.LP.SHUTDOWN: Shut the TDX module down on this logical CPU
 *
 * Context: Pinned to the logical CPU to shut down; affects global TDX module
 * state: not for KVM.
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_sys_lp_shutdown(void)
{
	return seam_call_inline(SEAM_TDH_SYS_LP_SHUTDOWN, NULL, 0, 0);
}

/**
 * seam_tdh_sys_config() - TDH.SYS.CONFIG: Hand the TDMRs and the global KeyID to the TDX module
 * @tdmr_array_pa: array of TDMR_INFO addresses, 512-byte aligned (RCX)
 * @num_tdmrs: entries in that array (RDX)
 * @global_hkid: HKID for the PAMT and other global data (R8)
 *
 * Context: Any context; once.
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_sys_config(phys_addr_t tdmr_array_pa, u64 num_tdmrs, u16 global_hkid)
{
	struct seam_args a = {
		.rcx = tdmr_array_pa,
		.rdx = num_tdmrs,
		.r8 = global_hkid,
	};

	return seam_call_inline(SEAM_TDH_SYS_CONFIG, &a,
				SEAM_REG_RCX | SEAM_REG_RDX | SEAM_REG_R8, 0);
}

/**
 * seam_tdh_servtd_bind() - TDH.SERVTD.BIND: Bind a service TD to a target TD
 * @target_tdr_pa: TDR page of the target TD (RCX)
 * @servtd_tdr_pa: TDR page of the service TD (RDX)
 * @slot: binding slot (R8)
 * @type: service TD type (R9)
 * @attr: binding attributes (R10)
 * @handle: out, RCX: binding handle
 * @uuid: out, R10 to R13: UUID of the target TD, 4 u64s
 *
 * Issued through seam_call_saved_ret(), as R12 and R13 carry outputs.
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_servtd_bind(phys_addr_t target_tdr_pa, phys_addr_t servtd_tdr_pa,
		     u64 slot, u64 type, u64 attr, u64 *handle, u64 uuid[4])
{
	struct seam_args a = {
		.rcx = target_tdr_pa,
		.rdx = servtd_tdr_pa,
		.r8 = slot,
		.r9 = type,
		.r10 = attr,
	};
	u64 ret;

	ret = seam_call_saved_ret(SEAM_TDH_SERVTD_BIND, &a);
	*handle = a.rcx;
	uuid[0] = a.r10;
	uuid[1] = a.r11;
	uuid[2] = a.r12;
	uuid[3] = a.r13;
	return ret;
}

/**
 * seam_tdh_servtd_prebind() - TDH.SERVTD.PREBIND: Pre-bind a service TD to a new TD
 * @target_tdr_pa: TDR page of the target TD (RCX)
 * @info_hash_pa: SERVTD_INFO_HASH of the service TD (RDX)
 * @slot: binding slot (R8)
 * @type: service TD type (R9)
 * @attr: binding attributes (R10)
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_servtd_prebind(phys_addr_t target_tdr_pa, phys_addr_t info_hash_pa,
			u64 slot, u64 type, u64 attr)
{
	struct seam_args a = {
		.rcx = target_tdr_pa,
		.rdx = info_hash_pa,
		.r8 = slot,
		.r9 = type,
		.r10 = attr,
	};

	return seam_call_inline(SEAM_TDH_SERVTD_PREBIND, &a,
				SEAM_REG_RCX | SEAM_REG_RDX | SEAM_REG_R8 |
				SEAM_REG_R9 | SEAM_REG_R10,
				0);
}

/**
 * seam_tdh_sys_shutdown() - TDH.SYS.SHUTDOWN: Shut the TDX module down for an update
 * @handoff_version: handoff data version for the next module (RCX)
 *
 * Context: Any context; affects global TDX module state.
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_sys_shutdown(u64 handoff_version)
{
	struct seam_args a = { .rcx = handoff_version };

	return seam_call_inline(SEAM_TDH_SYS_SHUTDOWN, &a, SEAM_REG_RCX, 0);
}

/**
 * seam_tdh_sys_update() - TDH.SYS.UPDATE: Resume a TDX module after a module update
 *
 * Context: Any context; affects global TDX module state.
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_sys_update(void)
{
	return seam_call_inline(SEAM_TDH_SYS_UPDATE, NULL, 0, 0);
}

/**
 * seam_tdh_export_abort() - TDH.EXPORT.ABORT: Abort an export session
 * @tdr_pa: TDR page of the TD (RCX)
 * @mbmd: MBMD buffer: HPA and size (R8)
 * @stream: migration stream index and command (R10)
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_export_abort(phys_addr_t tdr_pa, u64 mbmd, u64 stream)
{
	struct seam_args a = { .rcx = tdr_pa, .r8 = mbmd, .r10 = stream };

	return seam_call_inline(SEAM_TDH_EXPORT_ABORT, &a,
				SEAM_REG_RCX | SEAM_REG_R8 | SEAM_REG_R10, 0);
}

/**
 * seam_tdh_export_blockw() - TDH.EXPORT.BLOCKW: Write-block a list of pages for export
 * @tdr_pa: TDR page of the TD (RDX)
 * @gpa_list_info: GPA list: HPA and last-entry index (RCX)
 * @gpa_list_info_out: out, RCX: the GPA list information, updated
 *
 * Return: the completion status; %SEAM_TDX_INTERRUPTED_RESUMABLE means call
 * again to continue.
 */
static __always_inline __must_check u64
seam_tdh_export_blockw(phys_addr_t tdr_pa, u64 gpa_list_info,
		       u64 *gpa_list_info_out)
{
	struct seam_args a = { .rcx = gpa_list_info, .rdx = tdr_pa };
	u64 ret;

	ret = seam_call_inline(SEAM_TDH_EXPORT_BLOCKW, &a,
			       SEAM_REG_RCX | SEAM_REG_RDX, SEAM_REG_RCX);
	*gpa_list_info_out = a.rcx;
	return ret;
}

/**
 * seam_tdh_export_restore() - TDH.EXPORT.RESTORE: Restore pages whose export was cancelled
 * @tdr_pa: TDR page of the TD (RDX)
 * @gpa_list_info: GPA list: HPA and last-entry index (RCX)
 * @gpa_list_info_out: out, RCX: the GPA list information, updated
 *
 * Return: the completion status; %SEAM_TDX_INTERRUPTED_RESUMABLE means call
 * again to continue.
 */
static __always_inline __must_check u64
seam_tdh_export_restore(phys_addr_t tdr_pa, u64 gpa_list_info,
			u64 *gpa_list_info_out)
{
	struct seam_args a = { .rcx = gpa_list_info, .rdx = tdr_pa };
	u64 ret;

	ret = seam_call_inline(SEAM_TDH_EXPORT_RESTORE, &a,
			       SEAM_REG_RCX | SEAM_REG_RDX, SEAM_REG_RCX);
	*gpa_list_info_out = a.rcx;
	return ret;
}

/**
 * seam_tdh_export_mem() - TDH.EXPORT.MEM: Export a list of private pages
 * @tdr_pa: TDR page of the TD (RDX)
 * @gpa_list_info: GPA list: HPA and last-entry index (RCX)
 * @mbmd: MBMD buffer: HPA and size (R8)
 * @buf_list: migration buffer list (R9)
 * @stream: migration stream index and command (R10)
 * @mac_list0: first MAC list (R11)
 * @mac_list1: second MAC list (R12)
 * @gpa_list_info_out: out, RCX: the GPA list information, updated
 * @ext_info: out, RDX: RDX as the module returns it (extended information)
 *
 * Issued through seam_call_saved_ret(), as R12 carries an input.
 *
 * Return: the completion status; %SEAM_TDX_INTERRUPTED_RESUMABLE means call
 * again to continue.
 */
static __always_inline __must_check u64
seam_tdh_export_mem(phys_addr_t tdr_pa, u64 gpa_list_info, u64 mbmd,
		    u64 buf_list, u64 stream, u64 mac_list0, u64 mac_list1,
		    u64 *gpa_list_info_out, u64 *ext_info)
{
	struct seam_args a = {
		.rcx = gpa_list_info,
		.rdx = tdr_pa,
		.r8 = mbmd,
		.r9 = buf_list,
		.r10 = stream,
		.r11 = mac_list0,
		.r12 = mac_list1,
	};
	u64 ret;

	ret = seam_call_saved_ret(SEAM_TDH_EXPORT_MEM, &a);
	*gpa_list_info_out = a.rcx;
	*ext_info = a.rdx;
	return ret;
}

/**
 * seam_tdh_export_pause() - TDH.EXPORT.PAUSE: Pause a TD for the last export phase
 * @tdr_pa: TDR page of the TD (RCX)
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_export_pause(phys_addr_t tdr_pa)
{
	struct seam_args a = { .rcx = tdr_pa };

	return seam_call_inline(SEAM_TDH_EXPORT_PAUSE, &a, SEAM_REG_RCX, 0);
}

/**
 * seam_tdh_export_track() - TDH.EXPORT.TRACK: End an export epoch
 * @tdr_pa: TDR page of the TD (RCX)
 * @mbmd: MBMD buffer: HPA and size (R8)
 * @stream: migration stream index and command (R10)
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_export_track(phys_addr_t tdr_pa, u64 mbmd, u64 stream)
{
	struct seam_args a = { .rcx = tdr_pa, .r8 = mbmd, .r10 = stream };

	return seam_call_inline(SEAM_TDH_EXPORT_TRACK, &a,
				SEAM_REG_RCX | SEAM_REG_R8 | SEAM_REG_R10, 0);
}

/**
 * seam_tdh_export_state_immutable() - TDH.EXPORT.STATE.IMMUTABLE: Export the immutable TD state
 * @tdr_pa: TDR page of the TD (RCX)
 * @mbmd: MBMD buffer: HPA and size (R8)
 * @page_list: migration buffer page or page list (R9)
 * @stream: migration stream index and command (R10)
 * @ext_info: out, RDX: RDX as the module returns it (extended information)
 *
 * Return: the completion status; %SEAM_TDX_INTERRUPTED_RESUMABLE means call
 * again to continue.
 */
static __always_inline __must_check u64
seam_tdh_export_state_immutable(phys_addr_t tdr_pa, u64 mbmd, u64 page_list,
				u64 stream, u64 *ext_info)
{
	struct seam_args a = {
		.rcx = tdr_pa,
		.r8 = mbmd,
		.r9 = page_list,
		.r10 = stream,
	};
	u64 ret;

	ret = seam_call_inline(SEAM_TDH_EXPORT_STATE_IMMUTABLE, &a,
			       SEAM_REG_RCX | SEAM_REG_R8 | SEAM_REG_R9 |
			       SEAM_REG_R10,
			       SEAM_REG_RDX);
	*ext_info = a.rdx;
	return ret;
}

/**
 * seam_tdh_export_state_td() - TDH.EXPORT.STATE.TD: Export the mutable TD-scope state
 * @tdr_pa: TDR page of the TD (RCX)
 * @mbmd: MBMD buffer: HPA and size (R8)
 * @page_list: migration buffer page or page list (R9)
 * @stream: migration stream index and command (R10)
 * @ext_info: out, RDX: RDX as the module returns it (extended information)
 *
 * Return: the completion status; %SEAM_TDX_INTERRUPTED_RESUMABLE means call
 * again to continue.
 */
static __always_inline __must_check u64
seam_tdh_export_state_td(phys_addr_t tdr_pa, u64 mbmd, u64 page_list,
			 u64 stream, u64 *ext_info)
{
	struct seam_args a = {
		.rcx = tdr_pa,
		.r8 = mbmd,
		.r9 = page_list,
		.r10 = stream,
	};
	u64 ret;

	ret = seam_call_inline(SEAM_TDH_EXPORT_STATE_TD, &a,
			       SEAM_REG_RCX | SEAM_REG_R8 | SEAM_REG_R9 |
			       SEAM_REG_R10,
			       SEAM_REG_RDX);
	*ext_info = a.rdx;
	return ret;
}

/**
 * seam_tdh_export_state_vp() - TDH.EXPORT.STATE.VP: Export the state of one vCPU
 * @tdvpr_pa: TDVPR page of the vCPU (RCX)
 * @mbmd: MBMD buffer: HPA and size (R8)
 * @page_list: migration buffer page or page list (R9)
 * @stream: migration stream index and command (R10)
 * @ext_info: out, RDX: RDX as the module returns it (extended information)
 *
 * Return: the completion status; %SEAM_TDX_INTERRUPTED_RESUMABLE means call
 * again to continue.
 */
static __always_inline __must_check u64
seam_tdh_export_state_vp(phys_addr_t tdvpr_pa, u64 mbmd, u64 page_list,
			 u64 stream, u64 *ext_info)
{
	struct seam_args a = {
		.rcx = tdvpr_pa,
		.r8 = mbmd,
		.r9 = page_list,
		.r10 = stream,
	};
	u64 ret;

	ret = seam_call_inline(SEAM_TDH_EXPORT_STATE_VP, &a,
			       SEAM_REG_RCX | SEAM_REG_R8 | SEAM_REG_R9 |
			       SEAM_REG_R10,
			       SEAM_REG_RDX);
	*ext_info = a.rdx;
	return ret;
}

/**
 * seam_tdh_export_unblockw() - TDH.EXPORT.UNBLOCKW: Remove the write block from one exported page
 * @tdr_pa: TDR page of the TD (RDX)
 * @gpa: guest physical address of the page (RCX)
 * @entry: out, RCX: S-EPT entry on S-EPT walk and state errors
 * @level_state: out, RDX: level (bits 2:0) and S-EPT state (bits 15:8) on those
 *   errors
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_export_unblockw(phys_addr_t tdr_pa, u64 gpa, u64 *entry,
			 u64 *level_state)
{
	struct seam_args a = { .rcx = gpa, .rdx = tdr_pa };
	u64 ret;

	ret = seam_call_inline(SEAM_TDH_EXPORT_UNBLOCKW, &a,
			       SEAM_REG_RCX | SEAM_REG_RDX,
			       SEAM_REG_RCX | SEAM_REG_RDX);
	*entry = a.rcx;
	*level_state = a.rdx;
	return ret;
}

/**
 * seam_tdh_import_abort() - TDH.IMPORT.ABORT: Abort an import session
 * @tdr_pa: TDR page of the TD (RCX)
 * @mbmd: MBMD buffer: HPA and size (R8)
 * @stream: migration stream index and command (R10)
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_import_abort(phys_addr_t tdr_pa, u64 mbmd, u64 stream)
{
	struct seam_args a = { .rcx = tdr_pa, .r8 = mbmd, .r10 = stream };

	return seam_call_inline(SEAM_TDH_IMPORT_ABORT, &a,
				SEAM_REG_RCX | SEAM_REG_R8 | SEAM_REG_R10, 0);
}

/**
 * seam_tdh_import_end() - TDH.IMPORT.END: End an import session
 * @tdr_pa: TDR page of the TD (RCX)
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_import_end(phys_addr_t tdr_pa)
{
	struct seam_args a = { .rcx = tdr_pa };

	return seam_call_inline(SEAM_TDH_IMPORT_END, &a, SEAM_REG_RCX, 0);
}

/**
 * seam_tdh_import_commit() - TDH.IMPORT.COMMIT: Commit an import so the TD can run
 * @tdr_pa: TDR page of the TD (RCX)
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_import_commit(phys_addr_t tdr_pa)
{
	struct seam_args a = { .rcx = tdr_pa };

	return seam_call_inline(SEAM_TDH_IMPORT_COMMIT, &a, SEAM_REG_RCX, 0);
}

/**
 * seam_tdh_import_mem() - TDH.IMPORT.MEM: Import a list of private pages
 * @tdr_pa: TDR page of the TD (RDX)
 * @gpa_list_info: GPA list: HPA and last-entry index (RCX)
 * @mbmd: MBMD buffer: HPA and size (R8)
 * @buf_list: migration buffer list (R9)
 * @stream: migration stream index and command (R10)
 * @mac_list0: first MAC list (R11)
 * @mac_list1: second MAC list (R12)
 * @new_page_list: list of pages to import into (R13)
 * @gpa_list_info_out: out, RCX: the GPA list information, updated
 *
 * Issued through seam_call_saved_ret(), as R12 and R13 carry inputs.
 *
 * Return: the completion status; %SEAM_TDX_INTERRUPTED_RESUMABLE means call
 * again to continue.
 */
static __always_inline __must_check u64
seam_tdh_import_mem(phys_addr_t tdr_pa, u64 gpa_list_info, u64 mbmd,
		    u64 buf_list, u64 stream, u64 mac_list0, u64 mac_list1,
		    u64 new_page_list, u64 *gpa_list_info_out)
{
	struct seam_args a = {
		.rcx = gpa_list_info,
		.rdx = tdr_pa,
		.r8 = mbmd,
		.r9 = buf_list,
		.r10 = stream,
		.r11 = mac_list0,
		.r12 = mac_list1,
		.r13 = new_page_list,
	};
	u64 ret;

	ret = seam_call_saved_ret(SEAM_TDH_IMPORT_MEM, &a);
	*gpa_list_info_out = a.rcx;
	return ret;
}

/**
 * seam_tdh_import_track() - TDH.IMPORT.TRACK: End an import epoch
 * @tdr_pa: TDR page of the TD (RCX)
 * @mbmd: MBMD buffer: HPA and size (R8)
 * @stream: migration stream index and command (R10)
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_import_track(phys_addr_t tdr_pa, u64 mbmd, u64 stream)
{
	struct seam_args a = { .rcx = tdr_pa, .r8 = mbmd, .r10 = stream };

	return seam_call_inline(SEAM_TDH_IMPORT_TRACK, &a,
				SEAM_REG_RCX | SEAM_REG_R8 | SEAM_REG_R10, 0);
}

/**
 * seam_tdh_import_state_immutable() - TDH.IMPORT.STATE.IMMUTABLE: Import the immutable TD state
 * @tdr_pa: TDR page of the TD (RCX)
 * @mbmd: MBMD buffer: HPA and size (R8)
 * @page_list: migration buffer page or page list (R9)
 * @stream: migration stream index and command (R10)
 * @ext_rcx: out, RCX: RCX as the module returns it (extended information)
 * @ext_rdx: out, RDX: RDX as the module returns it (extended information)
 *
 * Return: the completion status; %SEAM_TDX_INTERRUPTED_RESUMABLE means call
 * again to continue.
 */
static __always_inline __must_check u64
seam_tdh_import_state_immutable(phys_addr_t tdr_pa, u64 mbmd, u64 page_list,
				u64 stream, u64 *ext_rcx, u64 *ext_rdx)
{
	struct seam_args a = {
		.rcx = tdr_pa,
		.r8 = mbmd,
		.r9 = page_list,
		.r10 = stream,
	};
	u64 ret;

	ret = seam_call_inline(SEAM_TDH_IMPORT_STATE_IMMUTABLE, &a,
			       SEAM_REG_RCX | SEAM_REG_R8 | SEAM_REG_R9 |
			       SEAM_REG_R10,
			       SEAM_REG_RCX | SEAM_REG_RDX);
	*ext_rcx = a.rcx;
	*ext_rdx = a.rdx;
	return ret;
}

/**
 * seam_tdh_import_state_td() - TDH.IMPORT.STATE.TD: Import the mutable TD-scope state
 * @tdr_pa: TDR page of the TD (RCX)
 * @mbmd: MBMD buffer: HPA and size (R8)
 * @page_list: migration buffer page or page list (R9)
 * @stream: migration stream index and command (R10)
 * @ext_rcx: out, RCX: RCX as the module returns it (extended information)
 * @ext_rdx: out, RDX: RDX as the module returns it (extended information)
 *
 * Return: the completion status; %SEAM_TDX_INTERRUPTED_RESUMABLE means call
 * again to continue.
 */
static __always_inline __must_check u64
seam_tdh_import_state_td(phys_addr_t tdr_pa, u64 mbmd, u64 page_list,
			 u64 stream, u64 *ext_rcx, u64 *ext_rdx)
{
	struct seam_args a = {
		.rcx = tdr_pa,
		.r8 = mbmd,
		.r9 = page_list,
		.r10 = stream,
	};
	u64 ret;

	ret = seam_call_inline(SEAM_TDH_IMPORT_STATE_TD, &a,
			       SEAM_REG_RCX | SEAM_REG_R8 | SEAM_REG_R9 |
			       SEAM_REG_R10,
			       SEAM_REG_RCX | SEAM_REG_RDX);
	*ext_rcx = a.rcx;
	*ext_rdx = a.rdx;
	return ret;
}

/**
 * seam_tdh_import_state_vp() - TDH.IMPORT.STATE.VP: Import the state of one vCPU
 * @tdvpr_pa: TDVPR page of the vCPU (RCX)
 * @mbmd: MBMD buffer: HPA and size (R8)
 * @page_list: migration buffer page or page list (R9)
 * @stream: migration stream index and command (R10)
 * @ext_rcx: out, RCX: RCX as the module returns it (extended information)
 * @ext_rdx: out, RDX: RDX as the module returns it (extended information)
 *
 * Return: the completion status; %SEAM_TDX_INTERRUPTED_RESUMABLE means call
 * again to continue.
 */
static __always_inline __must_check u64
seam_tdh_import_state_vp(phys_addr_t tdvpr_pa, u64 mbmd, u64 page_list,
			 u64 stream, u64 *ext_rcx, u64 *ext_rdx)
{
	struct seam_args a = {
		.rcx = tdvpr_pa,
		.r8 = mbmd,
		.r9 = page_list,
		.r10 = stream,
	};
	u64 ret;

	ret = seam_call_inline(SEAM_TDH_IMPORT_STATE_VP, &a,
			       SEAM_REG_RCX | SEAM_REG_R8 | SEAM_REG_R9 |
			       SEAM_REG_R10,
			       SEAM_REG_RCX | SEAM_REG_RDX);
	*ext_rcx = a.rcx;
	*ext_rdx = a.rdx;
	return ret;
}

/**
 * seam_tdh_mig_stream_create() - TDH.MIG.STREAM.CREATE: Create a migration stream on a MIGSC page
 * @tdr_pa: TDR page of the TD (RDX)
 * @migsc_pa: page to become the MIGSC (RCX)
 *
 * Return: the completion status.
 */
static __always_inline __must_check u64
seam_tdh_mig_stream_create(phys_addr_t tdr_pa, phys_addr_t migsc_pa)
{
	struct seam_args a = { .rcx = migsc_pa, .rdx = tdr_pa };

	return seam_call_inline(SEAM_TDH_MIG_STREAM_CREATE, &a,
				SEAM_REG_RCX | SEAM_REG_RDX, 0);
}

/* Layer 7: status decoding. */

/**
 * DOC: Decoding tables
 *
 * Every number this header names is also here as data, so that logs,
 * tools and tests can turn numbers into names and enumerate all of them:
 * completion statuses (seam_status_names()), operand IDs
 * (seam_operand_names()), status classes, P-SEAMLDR statuses, the metadata
 * fields the header defines, and one &struct seam_leaf_desc per leaf and
 * leaf version (seam_leaf_descs()) with the registers it reads and writes
 * and how to retry and resume it. Each table is a static const array inside
 * a static inline function, so a translation unit that does not use it
 * carries no copy. Lookups are linear: decoding is for error paths.
 */

/**
 * struct seam_name - A number and its name
 * @value: the number: a status, an operand ID, a class, a field ID
 * @name: its name, as spelled by the TDX module or by Linux
 */
struct seam_name {
	u64 value;
	const char *name;
};

/* The name of @value in the table @t of @nr rows, or NULL. */
static inline const char *__seam_name_find(const struct seam_name *t,
					   unsigned int nr, u64 value)
{
	unsigned int i;

	for (i = 0; i < nr; i++)
		if (t[i].value == value)
			return t[i].name;
	return NULL;
}

/**
 * seam_status_names() - Every completion status the header names
 * @nr: set to the number of rows
 *
 * The module's codes come first, as bits 63:32 of a status with the details
 * cleared, in the order of TDX module 1.5.01
 * ``include/auto_gen/tdx_error_codes_defs.h``. The last four rows are the
 * software errors of Linux's ``arch/x86/include/asm/shared/tdx_errno.h``
 * (class 0xFF), whose value is the whole status.
 *
 * Return: the table.
 */
static inline const struct seam_name *seam_status_names(unsigned int *nr)
{
	static const struct seam_name t[] = {
		{ SEAM_TDX_SUCCESS, "TDX_SUCCESS" },
		{ SEAM_TDX_NON_RECOVERABLE_VCPU, "TDX_NON_RECOVERABLE_VCPU" },
		{ SEAM_TDX_NON_RECOVERABLE_TD, "TDX_NON_RECOVERABLE_TD" },
		{ SEAM_TDX_INTERRUPTED_RESUMABLE, "TDX_INTERRUPTED_RESUMABLE" },
		{ SEAM_TDX_INTERRUPTED_RESTARTABLE, "TDX_INTERRUPTED_RESTARTABLE" },
		{ SEAM_TDX_NON_RECOVERABLE_TD_NON_ACCESSIBLE,
		  "TDX_NON_RECOVERABLE_TD_NON_ACCESSIBLE" },
		{ SEAM_TDX_INVALID_RESUMPTION, "TDX_INVALID_RESUMPTION" },
		{ SEAM_TDX_NON_RECOVERABLE_TD_WRONG_APIC_MODE,
		  "TDX_NON_RECOVERABLE_TD_WRONG_APIC_MODE" },
		{ SEAM_TDX_CROSS_TD_FAULT, "TDX_CROSS_TD_FAULT" },
		{ SEAM_TDX_CROSS_TD_TRAP, "TDX_CROSS_TD_TRAP" },
		{ SEAM_TDX_NON_RECOVERABLE_TD_CORRUPTED_MD, "TDX_NON_RECOVERABLE_TD_CORRUPTED_MD" },
		{ SEAM_TDX_OPERAND_INVALID, "TDX_OPERAND_INVALID" },
		{ SEAM_TDX_OPERAND_ADDR_RANGE_ERROR, "TDX_OPERAND_ADDR_RANGE_ERROR" },
		{ SEAM_TDX_OPERAND_BUSY, "TDX_OPERAND_BUSY" },
		{ SEAM_TDX_PREVIOUS_TLB_EPOCH_BUSY, "TDX_PREVIOUS_TLB_EPOCH_BUSY" },
		{ SEAM_TDX_SYS_BUSY, "TDX_SYS_BUSY" },
		{ SEAM_TDX_RND_NO_ENTROPY, "TDX_RND_NO_ENTROPY" },
		{ SEAM_TDX_OPERAND_BUSY_HOST_PRIORITY, "TDX_OPERAND_BUSY_HOST_PRIORITY" },
		{ SEAM_TDX_HOST_PRIORITY_BUSY_TIMEOUT, "TDX_HOST_PRIORITY_BUSY_TIMEOUT" },
		{ SEAM_TDX_PAGE_METADATA_INCORRECT, "TDX_PAGE_METADATA_INCORRECT" },
		{ SEAM_TDX_PAGE_ALREADY_FREE, "TDX_PAGE_ALREADY_FREE" },
		{ SEAM_TDX_PAGE_NOT_OWNED_BY_TD, "TDX_PAGE_NOT_OWNED_BY_TD" },
		{ SEAM_TDX_PAGE_NOT_FREE, "TDX_PAGE_NOT_FREE" },
		{ SEAM_TDX_TD_ASSOCIATED_PAGES_EXIST, "TDX_TD_ASSOCIATED_PAGES_EXIST" },
		{ SEAM_TDX_SYS_INIT_NOT_PENDING, "TDX_SYS_INIT_NOT_PENDING" },
		{ SEAM_TDX_SYS_LP_INIT_NOT_DONE, "TDX_SYS_LP_INIT_NOT_DONE" },
		{ SEAM_TDX_SYS_LP_INIT_DONE, "TDX_SYS_LP_INIT_DONE" },
		{ SEAM_TDX_SYS_NOT_READY, "TDX_SYS_NOT_READY" },
		{ SEAM_TDX_SYS_SHUTDOWN, "TDX_SYS_SHUTDOWN" },
		{ SEAM_TDX_SYS_KEY_CONFIG_NOT_PENDING, "TDX_SYS_KEY_CONFIG_NOT_PENDING" },
		{ SEAM_TDX_SYS_STATE_INCORRECT, "TDX_SYS_STATE_INCORRECT" },
		{ SEAM_TDX_SYS_INVALID_HANDOFF, "TDX_SYS_INVALID_HANDOFF" },
		{ SEAM_TDX_SYS_INCOMPATIBLE_SIGSTRUCT, "TDX_SYS_INCOMPATIBLE_SIGSTRUCT" },
		{ SEAM_TDX_SYS_LP_INIT_NOT_PENDING, "TDX_SYS_LP_INIT_NOT_PENDING" },
		{ SEAM_TDX_SYS_CONFIG_NOT_PENDING, "TDX_SYS_CONFIG_NOT_PENDING" },
		{ SEAM_TDX_INCOMPATIBLE_SEAM_CAPABILITIES, "TDX_INCOMPATIBLE_SEAM_CAPABILITIES" },
		{ SEAM_TDX_TD_FATAL, "TDX_TD_FATAL" },
		{ SEAM_TDX_TD_NON_DEBUG, "TDX_TD_NON_DEBUG" },
		{ SEAM_TDX_TDCS_NOT_ALLOCATED, "TDX_TDCS_NOT_ALLOCATED" },
		{ SEAM_TDX_LIFECYCLE_STATE_INCORRECT, "TDX_LIFECYCLE_STATE_INCORRECT" },
		{ SEAM_TDX_OP_STATE_INCORRECT, "TDX_OP_STATE_INCORRECT" },
		{ SEAM_TDX_NO_VCPUS, "TDX_NO_VCPUS" },
		{ SEAM_TDX_TDCX_NUM_INCORRECT, "TDX_TDCX_NUM_INCORRECT" },
		{ SEAM_TDX_VCPU_STATE_INCORRECT, "TDX_VCPU_STATE_INCORRECT" },
		{ SEAM_TDX_VCPU_ASSOCIATED, "TDX_VCPU_ASSOCIATED" },
		{ SEAM_TDX_VCPU_NOT_ASSOCIATED, "TDX_VCPU_NOT_ASSOCIATED" },
		{ SEAM_TDX_NO_VALID_VE_INFO, "TDX_NO_VALID_VE_INFO" },
		{ SEAM_TDX_MAX_VCPUS_EXCEEDED, "TDX_MAX_VCPUS_EXCEEDED" },
		{ SEAM_TDX_TSC_ROLLBACK, "TDX_TSC_ROLLBACK" },
		{ SEAM_TDX_TD_VMCS_FIELD_NOT_INITIALIZED, "TDX_TD_VMCS_FIELD_NOT_INITIALIZED" },
		/* The module spells this one without TDX_; nothing returns it. */
		{ SEAM_TDX_TD_VMCS_FIELD_ERROR, "TD_VMCS_FIELD_ERROR" },
		{ SEAM_TDX_KEY_GENERATION_FAILED, "TDX_KEY_GENERATION_FAILED" },
		{ SEAM_TDX_TD_KEYS_NOT_CONFIGURED, "TDX_TD_KEYS_NOT_CONFIGURED" },
		{ SEAM_TDX_KEY_STATE_INCORRECT, "TDX_KEY_STATE_INCORRECT" },
		{ SEAM_TDX_KEY_CONFIGURED, "TDX_KEY_CONFIGURED" },
		{ SEAM_TDX_WBCACHE_NOT_COMPLETE, "TDX_WBCACHE_NOT_COMPLETE" },
		{ SEAM_TDX_HKID_NOT_FREE, "TDX_HKID_NOT_FREE" },
		{ SEAM_TDX_NO_HKID_READY_TO_WBCACHE, "TDX_NO_HKID_READY_TO_WBCACHE" },
		{ SEAM_TDX_WBCACHE_RESUME_ERROR, "TDX_WBCACHE_RESUME_ERROR" },
		{ SEAM_TDX_FLUSHVP_NOT_DONE, "TDX_FLUSHVP_NOT_DONE" },
		{ SEAM_TDX_NUM_ACTIVATED_HKIDS_NOT_SUPPORTED,
		  "TDX_NUM_ACTIVATED_HKIDS_NOT_SUPPORTED" },
		{ SEAM_TDX_INCORRECT_CPUID_VALUE, "TDX_INCORRECT_CPUID_VALUE" },
		{ SEAM_TDX_LIMIT_CPUID_MAXVAL_SET, "TDX_LIMIT_CPUID_MAXVAL_SET" },
		{ SEAM_TDX_INCONSISTENT_CPUID_FIELD, "TDX_INCONSISTENT_CPUID_FIELD" },
		{ SEAM_TDX_CPUID_MAX_SUBLEAVES_UNRECOGNIZED,
		  "TDX_CPUID_MAX_SUBLEAVES_UNRECOGNIZED" },
		{ SEAM_TDX_CPUID_LEAF_1F_FORMAT_UNRECOGNIZED,
		  "TDX_CPUID_LEAF_1F_FORMAT_UNRECOGNIZED" },
		{ SEAM_TDX_INVALID_WBINVD_SCOPE, "TDX_INVALID_WBINVD_SCOPE" },
		{ SEAM_TDX_INVALID_PKG_ID, "TDX_INVALID_PKG_ID" },
		{ SEAM_TDX_ENABLE_MONITOR_FSM_NOT_SET, "TDX_ENABLE_MONITOR_FSM_NOT_SET" },
		{ SEAM_TDX_CPUID_LEAF_NOT_SUPPORTED, "TDX_CPUID_LEAF_NOT_SUPPORTED" },
		{ SEAM_TDX_SMRR_NOT_LOCKED, "TDX_SMRR_NOT_LOCKED" },
		{ SEAM_TDX_INVALID_SMRR_CONFIGURATION, "TDX_INVALID_SMRR_CONFIGURATION" },
		{ SEAM_TDX_SMRR_OVERLAPS_CMR, "TDX_SMRR_OVERLAPS_CMR" },
		{ SEAM_TDX_SMRR_LOCK_NOT_SUPPORTED, "TDX_SMRR_LOCK_NOT_SUPPORTED" },
		{ SEAM_TDX_SMRR_NOT_SUPPORTED, "TDX_SMRR_NOT_SUPPORTED" },
		{ SEAM_TDX_INCONSISTENT_MSR, "TDX_INCONSISTENT_MSR" },
		{ SEAM_TDX_INCORRECT_MSR_VALUE, "TDX_INCORRECT_MSR_VALUE" },
		{ SEAM_TDX_SEAMREPORT_NOT_AVAILABLE, "TDX_SEAMREPORT_NOT_AVAILABLE" },
		{ SEAM_TDX_SEAMDB_GETREF_NOT_AVAILABLE, "TDX_SEAMDB_GETREF_NOT_AVAILABLE" },
		{ SEAM_TDX_SEAMDB_REPORT_NOT_AVAILABLE, "TDX_SEAMDB_REPORT_NOT_AVAILABLE" },
		{ SEAM_TDX_SEAMVERIFYREPORT_NOT_AVAILABLE, "TDX_SEAMVERIFYREPORT_NOT_AVAILABLE" },
		{ SEAM_TDX_INVALID_TDMR, "TDX_INVALID_TDMR" },
		{ SEAM_TDX_NON_ORDERED_TDMR, "TDX_NON_ORDERED_TDMR" },
		{ SEAM_TDX_TDMR_OUTSIDE_CMRS, "TDX_TDMR_OUTSIDE_CMRS" },
		{ SEAM_TDX_TDMR_ALREADY_INITIALIZED, "TDX_TDMR_ALREADY_INITIALIZED" },
		{ SEAM_TDX_INVALID_PAMT, "TDX_INVALID_PAMT" },
		{ SEAM_TDX_PAMT_OUTSIDE_CMRS, "TDX_PAMT_OUTSIDE_CMRS" },
		{ SEAM_TDX_PAMT_OVERLAP, "TDX_PAMT_OVERLAP" },
		{ SEAM_TDX_INVALID_RESERVED_IN_TDMR, "TDX_INVALID_RESERVED_IN_TDMR" },
		{ SEAM_TDX_NON_ORDERED_RESERVED_IN_TDMR, "TDX_NON_ORDERED_RESERVED_IN_TDMR" },
		{ SEAM_TDX_CMR_LIST_INVALID, "TDX_CMR_LIST_INVALID" },
		{ SEAM_TDX_EPT_WALK_FAILED, "TDX_EPT_WALK_FAILED" },
		{ SEAM_TDX_EPT_ENTRY_FREE, "TDX_EPT_ENTRY_FREE" },
		{ SEAM_TDX_EPT_ENTRY_NOT_FREE, "TDX_EPT_ENTRY_NOT_FREE" },
		{ SEAM_TDX_EPT_ENTRY_NOT_PRESENT, "TDX_EPT_ENTRY_NOT_PRESENT" },
		{ SEAM_TDX_EPT_ENTRY_NOT_LEAF, "TDX_EPT_ENTRY_NOT_LEAF" },
		{ SEAM_TDX_EPT_ENTRY_LEAF, "TDX_EPT_ENTRY_LEAF" },
		{ SEAM_TDX_GPA_RANGE_NOT_BLOCKED, "TDX_GPA_RANGE_NOT_BLOCKED" },
		{ SEAM_TDX_GPA_RANGE_ALREADY_BLOCKED, "TDX_GPA_RANGE_ALREADY_BLOCKED" },
		{ SEAM_TDX_TLB_TRACKING_NOT_DONE, "TDX_TLB_TRACKING_NOT_DONE" },
		{ SEAM_TDX_EPT_INVALID_PROMOTE_CONDITIONS, "TDX_EPT_INVALID_PROMOTE_CONDITIONS" },
		{ SEAM_TDX_PAGE_ALREADY_ACCEPTED, "TDX_PAGE_ALREADY_ACCEPTED" },
		{ SEAM_TDX_PAGE_SIZE_MISMATCH, "TDX_PAGE_SIZE_MISMATCH" },
		{ SEAM_TDX_GPA_RANGE_BLOCKED, "TDX_GPA_RANGE_BLOCKED" },
		{ SEAM_TDX_EPT_ENTRY_STATE_INCORRECT, "TDX_EPT_ENTRY_STATE_INCORRECT" },
		{ SEAM_TDX_EPT_PAGE_NOT_FREE, "TDX_EPT_PAGE_NOT_FREE" },
		{ SEAM_TDX_L2_SEPT_WALK_FAILED, "TDX_L2_SEPT_WALK_FAILED" },
		{ SEAM_TDX_L2_SEPT_ENTRY_NOT_FREE, "TDX_L2_SEPT_ENTRY_NOT_FREE" },
		{ SEAM_TDX_PAGE_ATTR_INVALID, "TDX_PAGE_ATTR_INVALID" },
		{ SEAM_TDX_L2_SEPT_PAGE_NOT_PROVIDED, "TDX_L2_SEPT_PAGE_NOT_PROVIDED" },
		{ SEAM_TDX_METADATA_FIELD_ID_INCORRECT, "TDX_METADATA_FIELD_ID_INCORRECT" },
		{ SEAM_TDX_METADATA_FIELD_NOT_WRITABLE, "TDX_METADATA_FIELD_NOT_WRITABLE" },
		{ SEAM_TDX_METADATA_FIELD_NOT_READABLE, "TDX_METADATA_FIELD_NOT_READABLE" },
		{ SEAM_TDX_METADATA_FIELD_VALUE_NOT_VALID, "TDX_METADATA_FIELD_VALUE_NOT_VALID" },
		{ SEAM_TDX_METADATA_LIST_OVERFLOW, "TDX_METADATA_LIST_OVERFLOW" },
		{ SEAM_TDX_INVALID_METADATA_LIST_HEADER, "TDX_INVALID_METADATA_LIST_HEADER" },
		{ SEAM_TDX_REQUIRED_METADATA_FIELD_MISSING, "TDX_REQUIRED_METADATA_FIELD_MISSING" },
		{ SEAM_TDX_METADATA_ELEMENT_SIZE_INCORRECT, "TDX_METADATA_ELEMENT_SIZE_INCORRECT" },
		{ SEAM_TDX_METADATA_LAST_ELEMENT_INCORRECT, "TDX_METADATA_LAST_ELEMENT_INCORRECT" },
		{ SEAM_TDX_METADATA_FIELD_CURRENTLY_NOT_WRITABLE,
		  "TDX_METADATA_FIELD_CURRENTLY_NOT_WRITABLE" },
		{ SEAM_TDX_METADATA_WR_MASK_NOT_VALID, "TDX_METADATA_WR_MASK_NOT_VALID" },
		{ SEAM_TDX_METADATA_FIRST_FIELD_ID_IN_CONTEXT,
		  "TDX_METADATA_FIRST_FIELD_ID_IN_CONTEXT" },
		{ SEAM_TDX_METADATA_FIELD_SKIP, "TDX_METADATA_FIELD_SKIP" },
		{ SEAM_TDX_SERVTD_ALREADY_BOUND_FOR_TYPE, "TDX_SERVTD_ALREADY_BOUND_FOR_TYPE" },
		{ SEAM_TDX_SERVTD_TYPE_MISMATCH, "TDX_SERVTD_TYPE_MISMATCH" },
		{ SEAM_TDX_SERVTD_ATTR_MISMATCH, "TDX_SERVTD_ATTR_MISMATCH" },
		{ SEAM_TDX_SERVTD_INFO_HASH_MISMATCH, "TDX_SERVTD_INFO_HASH_MISMATCH" },
		{ SEAM_TDX_SERVTD_UUID_MISMATCH, "TDX_SERVTD_UUID_MISMATCH" },
		{ SEAM_TDX_SERVTD_NOT_BOUND, "TDX_SERVTD_NOT_BOUND" },
		{ SEAM_TDX_SERVTD_BOUND, "TDX_SERVTD_BOUND" },
		{ SEAM_TDX_TARGET_UUID_MISMATCH, "TDX_TARGET_UUID_MISMATCH" },
		{ SEAM_TDX_TARGET_UUID_UPDATED, "TDX_TARGET_UUID_UPDATED" },
		{ SEAM_TDX_INVALID_MBMD, "TDX_INVALID_MBMD" },
		{ SEAM_TDX_INCORRECT_MBMD_MAC, "TDX_INCORRECT_MBMD_MAC" },
		{ SEAM_TDX_NOT_WRITE_BLOCKED, "TDX_NOT_WRITE_BLOCKED" },
		{ SEAM_TDX_ALREADY_WRITE_BLOCKED, "TDX_ALREADY_WRITE_BLOCKED" },
		{ SEAM_TDX_NOT_EXPORTED, "TDX_NOT_EXPORTED" },
		{ SEAM_TDX_MIGRATION_STREAM_STATE_INCORRECT,
		  "TDX_MIGRATION_STREAM_STATE_INCORRECT" },
		{ SEAM_TDX_MAX_MIGS_NUM_EXCEEDED, "TDX_MAX_MIGS_NUM_EXCEEDED" },
		{ SEAM_TDX_EXPORTED_DIRTY_PAGES_REMAIN, "TDX_EXPORTED_DIRTY_PAGES_REMAIN" },
		{ SEAM_TDX_MIGRATION_DECRYPTION_KEY_NOT_SET,
		  "TDX_MIGRATION_DECRYPTION_KEY_NOT_SET" },
		{ SEAM_TDX_TD_NOT_MIGRATABLE, "TDX_TD_NOT_MIGRATABLE" },
		{ SEAM_TDX_PREVIOUS_EXPORT_CLEANUP_INCOMPLETE,
		  "TDX_PREVIOUS_EXPORT_CLEANUP_INCOMPLETE" },
		{ SEAM_TDX_NUM_MIGS_HIGHER_THAN_CREATED, "TDX_NUM_MIGS_HIGHER_THAN_CREATED" },
		{ SEAM_TDX_IMPORT_MISMATCH, "TDX_IMPORT_MISMATCH" },
		{ SEAM_TDX_MIGRATION_EPOCH_OVERFLOW, "TDX_MIGRATION_EPOCH_OVERFLOW" },
		{ SEAM_TDX_MAX_EXPORTS_EXCEEDED, "TDX_MAX_EXPORTS_EXCEEDED" },
		{ SEAM_TDX_INVALID_PAGE_MAC, "TDX_INVALID_PAGE_MAC" },
		{ SEAM_TDX_MIGRATED_IN_CURRENT_EPOCH, "TDX_MIGRATED_IN_CURRENT_EPOCH" },
		{ SEAM_TDX_DISALLOWED_IMPORT_OVER_REMOVED, "TDX_DISALLOWED_IMPORT_OVER_REMOVED" },
		{ SEAM_TDX_SOME_VCPUS_NOT_MIGRATED, "TDX_SOME_VCPUS_NOT_MIGRATED" },
		{ SEAM_TDX_ALL_VCPUS_IMPORTED, "TDX_ALL_VCPUS_IMPORTED" },
		{ SEAM_TDX_MIN_MIGS_NOT_CREATED, "TDX_MIN_MIGS_NOT_CREATED" },
		{ SEAM_TDX_VCPU_ALREADY_EXPORTED, "TDX_VCPU_ALREADY_EXPORTED" },
		{ SEAM_TDX_INVALID_MIGRATION_DECRYPTION_KEY,
		  "TDX_INVALID_MIGRATION_DECRYPTION_KEY" },
		{ SEAM_TDX_INVALID_CPUSVN, "TDX_INVALID_CPUSVN" },
		{ SEAM_TDX_INVALID_REPORTMACSTRUCT, "TDX_INVALID_REPORTMACSTRUCT" },
		{ SEAM_TDX_L2_EXIT_HOST_ROUTED_ASYNC, "TDX_L2_EXIT_HOST_ROUTED_ASYNC" },
		{ SEAM_TDX_L2_EXIT_HOST_ROUTED_TDVMCALL, "TDX_L2_EXIT_HOST_ROUTED_TDVMCALL" },
		{ SEAM_TDX_L2_EXIT_PENDING_INTERRUPT, "TDX_L2_EXIT_PENDING_INTERRUPT" },
		{ SEAM_TDX_PENDING_INTERRUPT, "TDX_PENDING_INTERRUPT" },
		{ SEAM_TDX_TD_EXIT_BEFORE_L2_ENTRY, "TDX_TD_EXIT_BEFORE_L2_ENTRY" },
		{ SEAM_TDX_TD_EXIT_ON_L2_VM_EXIT, "TDX_TD_EXIT_ON_L2_VM_EXIT" },
		{ SEAM_TDX_TD_EXIT_ON_L2_TO_L1, "TDX_TD_EXIT_ON_L2_TO_L1" },
		{ SEAM_TDX_GLA_NOT_CANONICAL, "TDX_GLA_NOT_CANONICAL" },
		{ SEAM_TDX_SW_ERROR, "TDX_SW_ERROR" },
		{ SEAM_TDX_SEAMCALL_VMFAILINVALID, "TDX_SEAMCALL_VMFAILINVALID" },
		{ SEAM_TDX_SEAMCALL_GP, "TDX_SEAMCALL_GP" },
		{ SEAM_TDX_SEAMCALL_UD, "TDX_SEAMCALL_UD" },
	};

	*nr = sizeof(t) / sizeof(*t);
	return t;
}

/**
 * seam_status_name() - Name a completion status
 * @status: completion status
 *
 * The details in bits 31:0 are ignored, and so is a fatal bit the module
 * added at run time to a code defined without it. P-SEAMLDR statuses are
 * not TDX statuses: they get "TDX_UNKNOWN" here, and their names from
 * seam_seamldr_status_name().
 *
 * Return: the module's name of the status, such as "TDX_OPERAND_BUSY";
 * "TDX_SEAMCALL_VMFAILINVALID", "TDX_SEAMCALL_GP", "TDX_SEAMCALL_UD" or
 * "TDX_SW_ERROR" for software errors; "TDX_UNKNOWN" otherwise.
 */
static inline const char *seam_status_name(u64 status)
{
	u64 code = seam_status_code(status);
	const struct seam_name *t;
	const char *name;
	unsigned int nr;

	t = seam_status_names(&nr);
	if (seam_is_sw_error(status))
		return __seam_name_find(t, nr, status) ?: "TDX_SW_ERROR";
	name = __seam_name_find(t, nr, code);
	if (!name && (code & SEAM_TDX_FATAL))
		name = __seam_name_find(t, nr, code & ~SEAM_TDX_FATAL);
	return name ?: "TDX_UNKNOWN";
}

/**
 * seam_status_class_name() - Name a status class
 * @class: status bits 47:40, as returned by seam_status_class()
 *
 * Return: the SEAM_TDX_CLASS_* name without its prefix, such as "OPERAND",
 * or NULL for a class the header does not define.
 */
static inline const char *seam_status_class_name(unsigned int class)
{
	/*
	 * The class bits of the statuses in TDX module 1.5.01
	 * tdx_error_codes_defs.h, which names no class; the names are the
	 * header's. 0xFF is the class of Linux's software errors.
	 */
	static const struct seam_name t[] = {
		{ SEAM_TDX_CLASS_GENERAL, "GENERAL" },
		{ SEAM_TDX_CLASS_OPERAND, "OPERAND" },
		{ SEAM_TDX_CLASS_BUSY, "BUSY" },
		{ SEAM_TDX_CLASS_PAGE_METADATA, "PAGE_METADATA" },
		{ SEAM_TDX_CLASS_TD_PAGES, "TD_PAGES" },
		{ SEAM_TDX_CLASS_SYS, "SYS" },
		{ SEAM_TDX_CLASS_TD, "TD" },
		{ SEAM_TDX_CLASS_VCPU, "VCPU" },
		{ SEAM_TDX_CLASS_KEY, "KEY" },
		{ SEAM_TDX_CLASS_CPUID_MSR, "CPUID_MSR" },
		{ SEAM_TDX_CLASS_TDMR_PAMT, "TDMR_PAMT" },
		{ SEAM_TDX_CLASS_EPT, "EPT" },
		{ SEAM_TDX_CLASS_METADATA, "METADATA" },
		{ SEAM_TDX_CLASS_SERVTD, "SERVTD" },
		{ SEAM_TDX_CLASS_MIGRATION, "MIGRATION" },
		{ SEAM_TDX_CLASS_REPORT, "REPORT" },
		{ SEAM_TDX_CLASS_L2, "L2" },
		{ SEAM_TDX_CLASS_SW, "SW" },
	};

	return __seam_name_find(t, sizeof(t) / sizeof(*t), class);
}

/**
 * seam_seamldr_status_names() - Every P-SEAMLDR status the header names
 * @nr: set to the number of rows
 *
 * Return: the table; values are whole statuses.
 */
static inline const struct seam_name *seam_seamldr_status_names(unsigned int *nr)
{
	/*
	 * Intel's Linux TDX tree, arch/x86/kernel/cpu/tdx/p-seamldr.h
	 * (P_SEAMLDR_E*); BADCALL and RND_NO_ENTROPY also in the Linux
	 * runtime update series (seamldr.h).
	 */
	static const struct seam_name t[] = {
		{ SEAM_SEAMLDR_BADPARAM, "SEAMLDR_BADPARAM" },
		{ SEAM_SEAMLDR_BADCALL, "SEAMLDR_BADCALL" },
		{ SEAM_SEAMLDR_NOMEM, "SEAMLDR_NOMEM" },
		{ SEAM_SEAMLDR_UNSPECERR, "SEAMLDR_UNSPECERR" },
		{ SEAM_SEAMLDR_UNSUPCPU, "SEAMLDR_UNSUPCPU" },
		{ SEAM_SEAMLDR_BADSIG, "SEAMLDR_BADSIG" },
		{ SEAM_SEAMLDR_BADHASH, "SEAMLDR_BADHASH" },
		{ SEAM_SEAMLDR_INTERRUPT, "SEAMLDR_INTERRUPT" },
		{ SEAM_SEAMLDR_RND_NO_ENTROPY, "SEAMLDR_RND_NO_ENTROPY" },
	};

	*nr = sizeof(t) / sizeof(*t);
	return t;
}

/**
 * seam_seamldr_status_name() - Name a P-SEAMLDR status
 * @status: status returned by a P-SEAMLDR leaf
 *
 * P-SEAMLDR statuses have bits 62:32 clear, which no TDX module error
 * has, so a value named here is never also a TDX status.
 *
 * Return: the name, such as "SEAMLDR_BADCALL", or NULL if @status is not a
 * P-SEAMLDR status the header defines.
 */
static inline const char *seam_seamldr_status_name(u64 status)
{
	const struct seam_name *t;
	unsigned int nr;

	t = seam_seamldr_status_names(&nr);
	return __seam_name_find(t, nr, status);
}

/**
 * seam_operand_names() - Every operand ID the header names
 * @nr: set to the number of rows
 *
 * Return: the table, in the order of TDX module 1.5.01
 * ``include/auto_gen/tdx_error_codes_defs.h``.
 */
static inline const struct seam_name *seam_operand_names(unsigned int *nr)
{
	static const struct seam_name t[] = {
		{ SEAM_OPERAND_ID_RAX, "RAX" },
		{ SEAM_OPERAND_ID_RCX, "RCX" },
		{ SEAM_OPERAND_ID_RDX, "RDX" },
		{ SEAM_OPERAND_ID_RBX, "RBX" },
		{ SEAM_OPERAND_ID_RBP, "RBP" },
		{ SEAM_OPERAND_ID_RSI, "RSI" },
		{ SEAM_OPERAND_ID_RDI, "RDI" },
		{ SEAM_OPERAND_ID_R8, "R8" },
		{ SEAM_OPERAND_ID_R9, "R9" },
		{ SEAM_OPERAND_ID_R10, "R10" },
		{ SEAM_OPERAND_ID_R11, "R11" },
		{ SEAM_OPERAND_ID_R12, "R12" },
		{ SEAM_OPERAND_ID_R13, "R13" },
		{ SEAM_OPERAND_ID_R14, "R14" },
		{ SEAM_OPERAND_ID_R15, "R15" },
		{ SEAM_OPERAND_ID_ATTRIBUTES, "ATTRIBUTES" },
		{ SEAM_OPERAND_ID_XFAM, "XFAM" },
		{ SEAM_OPERAND_ID_EXEC_CONTROLS, "EXEC_CONTROLS" },
		{ SEAM_OPERAND_ID_EPTP_CONTROLS, "EPTP_CONTROLS" },
		{ SEAM_OPERAND_ID_MAX_VCPUS, "MAX_VCPUS" },
		{ SEAM_OPERAND_ID_CPUID_CONFIG, "CPUID_CONFIG" },
		{ SEAM_OPERAND_ID_TSC_FREQUENCY, "TSC_FREQUENCY" },
		{ SEAM_OPERAND_ID_NUM_L2_VMS, "NUM_L2_VMS" },
		{ SEAM_OPERAND_ID_IA32_ARCH_CAPABILITIES_CONFIG, "IA32_ARCH_CAPABILITIES_CONFIG" },
		{ SEAM_OPERAND_ID_PAGE, "PAGE" },
		{ SEAM_OPERAND_ID_TDMR_INFO_PA, "TDMR_INFO_PA" },
		{ SEAM_OPERAND_ID_GPA_LIST_ENTRY, "GPA_LIST_ENTRY" },
		{ SEAM_OPERAND_ID_MIG_BUFF_LIST_ENTRY, "MIG_BUFF_LIST_ENTRY" },
		{ SEAM_OPERAND_ID_NEW_PAGE_LIST_ENTRY, "NEW_PAGE_LIST_ENTRY" },
		{ SEAM_OPERAND_ID_TDR, "TDR" },
		{ SEAM_OPERAND_ID_TDCX, "TDCX" },
		{ SEAM_OPERAND_ID_TDVPR, "TDVPR" },
		{ SEAM_OPERAND_ID_REG_PAGE, "REG_PAGE" },
		{ SEAM_OPERAND_ID_TDCS, "TDCS" },
		{ SEAM_OPERAND_ID_TDVPS, "TDVPS" },
		{ SEAM_OPERAND_ID_SEPT_TREE, "SEPT_TREE" },
		{ SEAM_OPERAND_ID_SEPT_ENTRY, "SEPT_ENTRY" },
		{ SEAM_OPERAND_ID_RTMR, "RTMR" },
		{ SEAM_OPERAND_ID_TD_EPOCH, "TD_EPOCH" },
		{ SEAM_OPERAND_ID_L2_VAPIC_GPA, "L2_VAPIC_GPA" },
		{ SEAM_OPERAND_ID_MIGSC, "MIGSC" },
		{ SEAM_OPERAND_ID_OP_STATE, "OP_STATE" },
		{ SEAM_OPERAND_ID_MIG, "MIG" },
		{ SEAM_OPERAND_ID_SERVTD_BINDINGS, "SERVTD_BINDINGS" },
		{ SEAM_OPERAND_ID_METADATA_FIELD, "METADATA_FIELD" },
		{ SEAM_OPERAND_ID_SYS, "SYS" },
		{ SEAM_OPERAND_ID_TDMR, "TDMR" },
		{ SEAM_OPERAND_ID_KOT, "KOT" },
		{ SEAM_OPERAND_ID_KET, "KET" },
		{ SEAM_OPERAND_ID_WBCACHE, "WBCACHE" },
	};

	*nr = sizeof(t) / sizeof(*t);
	return t;
}

/**
 * seam_operand_name() - Name an operand ID
 * @operand_id: operand ID from status bits 31:0 (seam_status_operand())
 *
 * Return: the register ("RCX") or object ("TDR", "SEPT_TREE") the ID
 * stands for, or NULL if module 1.5 does not define it.
 */
static inline const char *seam_operand_name(u32 operand_id)
{
	const struct seam_name *t;
	unsigned int nr;

	t = seam_operand_names(&nr);
	return __seam_name_find(t, nr, operand_id);
}

/**
 * DOC: Leaf descriptors
 *
 * &struct seam_leaf_desc describes one leaf at one version: which of the 13
 * registers of &struct seam_args it reads (@in) and which it writes (@out,
 * including registers it only clears), as bit masks of SEAM_LEAF_REG_* in
 * &struct seam_args order, and its retry and resume policy (@flags):
 *
 * * %SEAM_LEAF_RETRY_ENTROPY - the caller may issue the leaf again with the
 *   same inputs when it reports that it ran out of entropy
 *   (%SEAM_TDX_RND_NO_ENTROPY, or %SEAM_SEAMLDR_RND_NO_ENTROPY for the
 *   P-SEAMLDR): every leaf but TDH.VP.ENTER.
 * * %SEAM_LEAF_RESUME_REISSUE - the leaf may return
 *   %SEAM_TDX_INTERRUPTED_RESUMABLE or %SEAM_TDX_INTERRUPTED_RESTARTABLE
 *   with its inputs restored; issue it again with the original inputs.
 * * %SEAM_LEAF_RESUME_FEEDBACK - the leaf may return
 *   %SEAM_TDX_INTERRUPTED_RESUMABLE, and resuming needs different inputs:
 *   an output fed back (the updated GPA list in RCX of the export and
 *   import leaves), or a resume request (RCX = %SEAM_CACHE_WB_RESUME for
 *   TDH.PHYMEM.CACHE.WB, the RESUME command in R10 of the migration leaves).
 *
 * The masks follow TDX module 1.5.01: the dispatcher
 * (``src/vmm_dispatcher/tdx_vmm_dispatcher.c``) for inputs, and every
 * assignment to ``vmm_regs`` in the handlers under
 * ``src/vmm_dispatcher/api_calls`` and ``migration_api_calls`` for
 * outputs. TDH.VP.INIT version 1 (x2APIC ID in R8) is the form Linux uses;
 * module 1.5.01 rejects it, later modules accept it. The P-SEAMLDR leaves
 * take a physical address in RCX (Linux's ``seamldr.c``) and return only a
 * status.
 */
#define SEAM_LEAF_REG_RCX		BIT(0)
#define SEAM_LEAF_REG_RDX		BIT(1)
#define SEAM_LEAF_REG_R8		BIT(2)
#define SEAM_LEAF_REG_R9		BIT(3)
#define SEAM_LEAF_REG_R10		BIT(4)
#define SEAM_LEAF_REG_R11		BIT(5)
#define SEAM_LEAF_REG_R12		BIT(6)
#define SEAM_LEAF_REG_R13		BIT(7)
#define SEAM_LEAF_REG_R14		BIT(8)
#define SEAM_LEAF_REG_R15		BIT(9)
#define SEAM_LEAF_REG_RBX		BIT(10)
#define SEAM_LEAF_REG_RDI		BIT(11)
#define SEAM_LEAF_REG_RSI		BIT(12)
#define SEAM_LEAF_REGS_ALL		GENMASK(12, 0)

#define SEAM_LEAF_RETRY_ENTROPY		BIT(0)
#define SEAM_LEAF_RESUME_REISSUE	BIT(1)
#define SEAM_LEAF_RESUME_FEEDBACK	BIT(2)

/**
 * struct seam_leaf_desc - Registers and policy of one leaf version
 * @fn: the RAX input: leaf and version (SEAM_LEAF_VER()), or a P-SEAMLDR
 *      leaf with bit 63 set
 * @name: the leaf's name, such as "TDH.MEM.PAGE.AUG"
 * @in: SEAM_LEAF_REG_* mask of the registers the leaf reads
 * @out: SEAM_LEAF_REG_* mask of the registers the leaf writes
 * @flags: SEAM_LEAF_RETRY_ENTROPY, SEAM_LEAF_RESUME_REISSUE,
 *         SEAM_LEAF_RESUME_FEEDBACK
 */
struct seam_leaf_desc {
	u64 fn;
	const char *name;
	u16 in;
	u16 out;
	u8 flags;
};

/**
 * seam_leaf_descs() - Every leaf and leaf version the header defines
 * @nr: set to the number of rows
 *
 * One row per leaf, in leaf order, plus one row per extra version whose
 * registers differ, then the P-SEAMLDR leaves.
 *
 * Return: the table.
 */
static inline const struct seam_leaf_desc *seam_leaf_descs(unsigned int *nr)
{
	static const struct seam_leaf_desc t[] = {
		{ .fn = SEAM_TDH_VP_ENTER, .name = "TDH.VP.ENTER",
		  .in = SEAM_LEAF_REGS_ALL, .out = SEAM_LEAF_REGS_ALL },
		{ .fn = SEAM_TDH_MNG_ADDCX, .name = "TDH.MNG.ADDCX",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_MEM_PAGE_ADD, .name = "TDH.MEM.PAGE.ADD",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX | SEAM_LEAF_REG_R8 |
			SEAM_LEAF_REG_R9,
		  .out = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_MEM_SEPT_ADD, .name = "TDH.MEM.SEPT.ADD",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX | SEAM_LEAF_REG_R8,
		  .out = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_LEAF_VER(SEAM_TDH_MEM_SEPT_ADD, 1),
		  .name = "TDH.MEM.SEPT.ADD",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX | SEAM_LEAF_REG_R8 |
			SEAM_LEAF_REG_R9 | SEAM_LEAF_REG_R10 | SEAM_LEAF_REG_R11,
		  .out = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX | SEAM_LEAF_REG_R8 |
			 SEAM_LEAF_REG_R9 | SEAM_LEAF_REG_R10 | SEAM_LEAF_REG_R11,
		  .flags = SEAM_LEAF_RETRY_ENTROPY | SEAM_LEAF_RESUME_REISSUE },
		{ .fn = SEAM_TDH_VP_ADDCX, .name = "TDH.VP.ADDCX",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_MEM_PAGE_RELOCATE, .name = "TDH.MEM.PAGE.RELOCATE",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX | SEAM_LEAF_REG_R8,
		  .out = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_MEM_PAGE_AUG, .name = "TDH.MEM.PAGE.AUG",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX | SEAM_LEAF_REG_R8,
		  .out = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_MEM_RANGE_BLOCK, .name = "TDH.MEM.RANGE.BLOCK",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .out = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_MNG_KEY_CONFIG, .name = "TDH.MNG.KEY.CONFIG",
		  .in = SEAM_LEAF_REG_RCX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_MNG_CREATE, .name = "TDH.MNG.CREATE",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_VP_CREATE, .name = "TDH.VP.CREATE",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_MNG_RD, .name = "TDH.MNG.RD",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .out = SEAM_LEAF_REG_R8,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_LEAF_VER(SEAM_TDH_MNG_RD, 1), .name = "TDH.MNG.RD",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .out = SEAM_LEAF_REG_RDX | SEAM_LEAF_REG_R8,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_MEM_RD, .name = "TDH.MEM.RD",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .out = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX | SEAM_LEAF_REG_R8,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_MNG_WR, .name = "TDH.MNG.WR",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX | SEAM_LEAF_REG_R8 |
			SEAM_LEAF_REG_R9,
		  .out = SEAM_LEAF_REG_R8,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_MEM_WR, .name = "TDH.MEM.WR",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX | SEAM_LEAF_REG_R8,
		  .out = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX | SEAM_LEAF_REG_R8,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_MEM_PAGE_DEMOTE, .name = "TDH.MEM.PAGE.DEMOTE",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX | SEAM_LEAF_REG_R8 |
			SEAM_LEAF_REG_R9 | SEAM_LEAF_REG_R10 | SEAM_LEAF_REG_R11,
		  .out = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX | SEAM_LEAF_REG_R9 |
			 SEAM_LEAF_REG_R10 | SEAM_LEAF_REG_R11,
		  .flags = SEAM_LEAF_RETRY_ENTROPY | SEAM_LEAF_RESUME_REISSUE },
		{ .fn = SEAM_TDH_MR_EXTEND, .name = "TDH.MR.EXTEND",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .out = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_MR_FINALIZE, .name = "TDH.MR.FINALIZE",
		  .in = SEAM_LEAF_REG_RCX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_VP_FLUSH, .name = "TDH.VP.FLUSH",
		  .in = SEAM_LEAF_REG_RCX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_MNG_VPFLUSHDONE, .name = "TDH.MNG.VPFLUSHDONE",
		  .in = SEAM_LEAF_REG_RCX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_MNG_KEY_FREEID, .name = "TDH.MNG.KEY.FREEID",
		  .in = SEAM_LEAF_REG_RCX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_MNG_INIT, .name = "TDH.MNG.INIT",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .out = SEAM_LEAF_REG_RCX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_VP_INIT, .name = "TDH.VP.INIT",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_LEAF_VER(SEAM_TDH_VP_INIT, 1), .name = "TDH.VP.INIT",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX | SEAM_LEAF_REG_R8,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_MEM_PAGE_PROMOTE, .name = "TDH.MEM.PAGE.PROMOTE",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .out = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY | SEAM_LEAF_RESUME_REISSUE },
		{ .fn = SEAM_LEAF_VER(SEAM_TDH_MEM_PAGE_PROMOTE, 1),
		  .name = "TDH.MEM.PAGE.PROMOTE",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .out = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX | SEAM_LEAF_REG_R9 |
			 SEAM_LEAF_REG_R10 | SEAM_LEAF_REG_R11,
		  .flags = SEAM_LEAF_RETRY_ENTROPY | SEAM_LEAF_RESUME_REISSUE },
		{ .fn = SEAM_TDH_PHYMEM_PAGE_RDMD, .name = "TDH.PHYMEM.PAGE.RDMD",
		  .in = SEAM_LEAF_REG_RCX,
		  .out = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX | SEAM_LEAF_REG_R8 |
			 SEAM_LEAF_REG_R9 | SEAM_LEAF_REG_R10 | SEAM_LEAF_REG_R11,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_MEM_SEPT_RD, .name = "TDH.MEM.SEPT.RD",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .out = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX | SEAM_LEAF_REG_R8,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_VP_RD, .name = "TDH.VP.RD",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .out = SEAM_LEAF_REG_R8,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_LEAF_VER(SEAM_TDH_VP_RD, 1), .name = "TDH.VP.RD",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .out = SEAM_LEAF_REG_RDX | SEAM_LEAF_REG_R8,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_MNG_KEY_RECLAIMID, .name = "TDH.MNG.KEY.RECLAIMID",
		  .in = SEAM_LEAF_REG_RCX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_PHYMEM_PAGE_RECLAIM,
		  .name = "TDH.PHYMEM.PAGE.RECLAIM",
		  .in = SEAM_LEAF_REG_RCX,
		  .out = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX | SEAM_LEAF_REG_R8 |
			 SEAM_LEAF_REG_R9 | SEAM_LEAF_REG_R10 | SEAM_LEAF_REG_R11,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_MEM_PAGE_REMOVE, .name = "TDH.MEM.PAGE.REMOVE",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .out = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_MEM_SEPT_REMOVE, .name = "TDH.MEM.SEPT.REMOVE",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .out = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_LEAF_VER(SEAM_TDH_MEM_SEPT_REMOVE, 1),
		  .name = "TDH.MEM.SEPT.REMOVE",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .out = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX | SEAM_LEAF_REG_R9 |
			 SEAM_LEAF_REG_R10 | SEAM_LEAF_REG_R11,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_SYS_KEY_CONFIG, .name = "TDH.SYS.KEY.CONFIG",
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_SYS_INFO, .name = "TDH.SYS.INFO",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX | SEAM_LEAF_REG_R8 |
			SEAM_LEAF_REG_R9,
		  .out = SEAM_LEAF_REG_RDX | SEAM_LEAF_REG_R9,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_SYS_INIT, .name = "TDH.SYS.INIT",
		  .in = SEAM_LEAF_REG_RCX,
		  .out = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX | SEAM_LEAF_REG_R8 |
			 SEAM_LEAF_REG_R9 | SEAM_LEAF_REG_R10,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_SYS_RD, .name = "TDH.SYS.RD",
		  .in = SEAM_LEAF_REG_RDX,
		  .out = SEAM_LEAF_REG_RDX | SEAM_LEAF_REG_R8,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_SYS_LP_INIT, .name = "TDH.SYS.LP.INIT",
		  .out = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX | SEAM_LEAF_REG_R8,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_SYS_TDMR_INIT, .name = "TDH.SYS.TDMR.INIT",
		  .in = SEAM_LEAF_REG_RCX,
		  .out = SEAM_LEAF_REG_RDX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_SYS_RDALL, .name = "TDH.SYS.RDALL",
		  .in = SEAM_LEAF_REG_RDX | SEAM_LEAF_REG_R8,
		  .out = SEAM_LEAF_REG_R8,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_MEM_TRACK, .name = "TDH.MEM.TRACK",
		  .in = SEAM_LEAF_REG_RCX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_MEM_RANGE_UNBLOCK, .name = "TDH.MEM.RANGE.UNBLOCK",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .out = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_PHYMEM_CACHE_WB, .name = "TDH.PHYMEM.CACHE.WB",
		  .in = SEAM_LEAF_REG_RCX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY | SEAM_LEAF_RESUME_FEEDBACK },
		{ .fn = SEAM_TDH_PHYMEM_PAGE_WBINVD,
		  .name = "TDH.PHYMEM.PAGE.WBINVD",
		  .in = SEAM_LEAF_REG_RCX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		/* An enumerator only in module 1.5.01: no handler reads anything. */
		{ .fn = SEAM_TDH_MEM_SEPT_WR, .name = "TDH.MEM.SEPT.WR",
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_VP_WR, .name = "TDH.VP.WR",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX | SEAM_LEAF_REG_R8 |
			SEAM_LEAF_REG_R9,
		  .out = SEAM_LEAF_REG_R8,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_SYS_LP_SHUTDOWN, .name = "TDH.SYS.LP.SHUTDOWN",
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_SYS_CONFIG, .name = "TDH.SYS.CONFIG",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX | SEAM_LEAF_REG_R8,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_SERVTD_BIND, .name = "TDH.SERVTD.BIND",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX | SEAM_LEAF_REG_R8 |
			SEAM_LEAF_REG_R9 | SEAM_LEAF_REG_R10,
		  .out = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_R10 | SEAM_LEAF_REG_R11 |
			 SEAM_LEAF_REG_R12 | SEAM_LEAF_REG_R13,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_SERVTD_PREBIND, .name = "TDH.SERVTD.PREBIND",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX | SEAM_LEAF_REG_R8 |
			SEAM_LEAF_REG_R9 | SEAM_LEAF_REG_R10,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_SYS_SHUTDOWN, .name = "TDH.SYS.SHUTDOWN",
		  .in = SEAM_LEAF_REG_RCX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_SYS_UPDATE, .name = "TDH.SYS.UPDATE",
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_EXPORT_ABORT, .name = "TDH.EXPORT.ABORT",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_R8 | SEAM_LEAF_REG_R10,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_EXPORT_BLOCKW, .name = "TDH.EXPORT.BLOCKW",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .out = SEAM_LEAF_REG_RCX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY | SEAM_LEAF_RESUME_FEEDBACK },
		{ .fn = SEAM_TDH_EXPORT_RESTORE, .name = "TDH.EXPORT.RESTORE",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .out = SEAM_LEAF_REG_RCX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY | SEAM_LEAF_RESUME_FEEDBACK },
		{ .fn = SEAM_TDH_EXPORT_MEM, .name = "TDH.EXPORT.MEM",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX | SEAM_LEAF_REG_R8 |
			SEAM_LEAF_REG_R9 | SEAM_LEAF_REG_R10 | SEAM_LEAF_REG_R11 |
			SEAM_LEAF_REG_R12,
		  .out = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY | SEAM_LEAF_RESUME_FEEDBACK },
		{ .fn = SEAM_TDH_EXPORT_PAUSE, .name = "TDH.EXPORT.PAUSE",
		  .in = SEAM_LEAF_REG_RCX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_EXPORT_TRACK, .name = "TDH.EXPORT.TRACK",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_R8 | SEAM_LEAF_REG_R10,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_EXPORT_STATE_IMMUTABLE,
		  .name = "TDH.EXPORT.STATE.IMMUTABLE",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_R8 | SEAM_LEAF_REG_R9 |
			SEAM_LEAF_REG_R10,
		  .out = SEAM_LEAF_REG_RDX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY | SEAM_LEAF_RESUME_FEEDBACK },
		{ .fn = SEAM_TDH_EXPORT_STATE_TD, .name = "TDH.EXPORT.STATE.TD",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_R8 | SEAM_LEAF_REG_R9 |
			SEAM_LEAF_REG_R10,
		  .out = SEAM_LEAF_REG_RDX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY | SEAM_LEAF_RESUME_FEEDBACK },
		{ .fn = SEAM_TDH_EXPORT_STATE_VP, .name = "TDH.EXPORT.STATE.VP",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_R8 | SEAM_LEAF_REG_R9 |
			SEAM_LEAF_REG_R10,
		  .out = SEAM_LEAF_REG_RDX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY | SEAM_LEAF_RESUME_FEEDBACK },
		{ .fn = SEAM_TDH_EXPORT_UNBLOCKW, .name = "TDH.EXPORT.UNBLOCKW",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .out = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_IMPORT_ABORT, .name = "TDH.IMPORT.ABORT",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_R8 | SEAM_LEAF_REG_R10,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_IMPORT_END, .name = "TDH.IMPORT.END",
		  .in = SEAM_LEAF_REG_RCX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_IMPORT_COMMIT, .name = "TDH.IMPORT.COMMIT",
		  .in = SEAM_LEAF_REG_RCX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_IMPORT_MEM, .name = "TDH.IMPORT.MEM",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX | SEAM_LEAF_REG_R8 |
			SEAM_LEAF_REG_R9 | SEAM_LEAF_REG_R10 | SEAM_LEAF_REG_R11 |
			SEAM_LEAF_REG_R12 | SEAM_LEAF_REG_R13,
		  .out = SEAM_LEAF_REG_RCX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY | SEAM_LEAF_RESUME_FEEDBACK },
		{ .fn = SEAM_TDH_IMPORT_TRACK, .name = "TDH.IMPORT.TRACK",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_R8 | SEAM_LEAF_REG_R10,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_TDH_IMPORT_STATE_IMMUTABLE,
		  .name = "TDH.IMPORT.STATE.IMMUTABLE",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_R8 | SEAM_LEAF_REG_R9 |
			SEAM_LEAF_REG_R10,
		  .out = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY | SEAM_LEAF_RESUME_FEEDBACK },
		{ .fn = SEAM_TDH_IMPORT_STATE_TD, .name = "TDH.IMPORT.STATE.TD",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_R8 | SEAM_LEAF_REG_R9 |
			SEAM_LEAF_REG_R10,
		  .out = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY | SEAM_LEAF_RESUME_FEEDBACK },
		{ .fn = SEAM_TDH_IMPORT_STATE_VP, .name = "TDH.IMPORT.STATE.VP",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_R8 | SEAM_LEAF_REG_R9 |
			SEAM_LEAF_REG_R10,
		  .out = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY | SEAM_LEAF_RESUME_FEEDBACK },
		{ .fn = SEAM_TDH_MIG_STREAM_CREATE, .name = "TDH.MIG.STREAM.CREATE",
		  .in = SEAM_LEAF_REG_RCX | SEAM_LEAF_REG_RDX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_SEAMLDR_INFO, .name = "SEAMLDR.INFO",
		  .in = SEAM_LEAF_REG_RCX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
		{ .fn = SEAM_SEAMLDR_INSTALL, .name = "SEAMLDR.INSTALL",
		  .in = SEAM_LEAF_REG_RCX,
		  .flags = SEAM_LEAF_RETRY_ENTROPY },
	};

	*nr = sizeof(t) / sizeof(*t);
	return t;
}

/**
 * seam_leaf_desc() - Look up one leaf version
 * @fn: leaf and version, as passed in RAX, or a P-SEAMLDR leaf
 *
 * Return: the descriptor of exactly that leaf and version, or NULL if the
 * header defines no such leaf or the leaf takes no such version (the
 * module answers those with %SEAM_TDX_OPERAND_INVALID on RAX).
 */
static inline const struct seam_leaf_desc *seam_leaf_desc(u64 fn)
{
	const struct seam_leaf_desc *t;
	unsigned int i, nr;

	t = seam_leaf_descs(&nr);
	for (i = 0; i < nr; i++)
		if (t[i].fn == fn)
			return &t[i];
	return NULL;
}

/**
 * seam_leaf_name() - Name the leaf of a RAX input value
 * @fn: leaf and version, as passed in RAX, or a P-SEAMLDR leaf
 *
 * The version and the reserved bits are ignored, except bit 63, which
 * selects the P-SEAMLDR leaves.
 *
 * Return: the leaf's name in the module's spelling, such as
 * "TDH.MEM.PAGE.AUG", or "SEAMLDR.INSTALL"; "TDH.UNKNOWN" for numbers
 * neither defines.
 */
static inline const char *seam_leaf_name(u64 fn)
{
	u64 key = fn & SEAM_SEAMLDR_LEAF_FLAG ? fn : fn & SEAM_LEAF_MASK;
	const struct seam_leaf_desc *t;
	unsigned int i, nr;

	t = seam_leaf_descs(&nr);
	for (i = 0; i < nr; i++)
		if ((t[i].fn & ~SEAM_VERSION_MASK) == key)
			return t[i].name;
	return "TDH.UNKNOWN";
}

/**
 * seam_md_field_code() - Field code of a metadata field ID
 * @field_id: metadata field ID
 *
 * Return: bits 23:0.
 */
static inline u32 seam_md_field_code(u64 field_id)
{
	return field_id & SEAM_MD_FIELD_CODE_MASK;
}

/**
 * seam_md_element_size() - Element size of a metadata field ID
 * @field_id: metadata field ID
 *
 * Return: the size of one element in bytes: 1, 2, 4 or 8.
 */
static inline unsigned int seam_md_element_size(u64 field_id)
{
	return 1U << ((field_id & SEAM_MD_ELEMENT_SIZE_MASK) >>
		      SEAM_MD_ELEMENT_SIZE_SHIFT);
}

/**
 * seam_md_last_element() - Last element in the field
 * @field_id: metadata field ID
 *
 * Return: bits 37:34, the index of the field's last element.
 */
static inline unsigned int seam_md_last_element(u64 field_id)
{
	return (field_id & SEAM_MD_LAST_ELEMENT_MASK) >> SEAM_MD_LAST_ELEMENT_SHIFT;
}

/**
 * seam_md_last_field() - Last field in the sequence
 * @field_id: metadata field ID
 *
 * Return: bits 46:38, the index of the sequence's last field.
 */
static inline unsigned int seam_md_last_field(u64 field_id)
{
	return (field_id & SEAM_MD_LAST_FIELD_MASK) >> SEAM_MD_LAST_FIELD_SHIFT;
}

/**
 * seam_md_context() - Context code of a metadata field ID
 * @field_id: metadata field ID
 *
 * Return: bits 54:52: %SEAM_MD_CTX_SYS, %SEAM_MD_CTX_TD, %SEAM_MD_CTX_VP,
 * or a value no module defines.
 */
static inline unsigned int seam_md_context(u64 field_id)
{
	return (field_id & SEAM_MD_CONTEXT_MASK) >> SEAM_MD_CONTEXT_SHIFT;
}

/**
 * seam_md_context_name() - Name a metadata context code
 * @context: context code, as returned by seam_md_context()
 *
 * Return: "SYS", "TD" or "VP", or NULL for other codes.
 */
static inline const char *seam_md_context_name(unsigned int context)
{
	/* md_context_code_e, TDX module 1.5.01 metadata_generic.h */
	static const struct seam_name t[] = {
		{ SEAM_MD_CTX_SYS, "SYS" },
		{ SEAM_MD_CTX_TD, "TD" },
		{ SEAM_MD_CTX_VP, "VP" },
	};

	return __seam_name_find(t, sizeof(t) / sizeof(*t), context);
}

/**
 * seam_md_class() - Class code of a metadata field ID
 * @field_id: metadata field ID
 *
 * Return: bits 61:56.
 */
static inline unsigned int seam_md_class(u64 field_id)
{
	return (field_id & SEAM_MD_CLASS_MASK) >> SEAM_MD_CLASS_SHIFT;
}

/**
 * seam_md_fields() - Every metadata field ID the header names
 * @nr: set to the number of rows
 *
 * Return: the table, in the order of TDX module 1.5.01
 * ``include/auto_gen/global_sys_fields_lookup.h``; each name is the
 * module's without MD_ and _FIELD_ID.
 */
static inline const struct seam_name *seam_md_fields(unsigned int *nr)
{
	static const struct seam_name t[] = {
		{ SEAM_MD_SYS_BUILD_DATE, "SYS_BUILD_DATE" },
		{ SEAM_MD_SYS_BUILD_NUM, "SYS_BUILD_NUM" },
		{ SEAM_MD_SYS_MINOR_VERSION, "SYS_MINOR_VERSION" },
		{ SEAM_MD_SYS_MAJOR_VERSION, "SYS_MAJOR_VERSION" },
		{ SEAM_MD_SYS_UPDATE_VERSION, "SYS_UPDATE_VERSION" },
		{ SEAM_MD_SYS_INTERNAL_VERSION, "SYS_INTERNAL_VERSION" },
	};

	*nr = sizeof(t) / sizeof(*t);
	return t;
}

/**
 * seam_md_field_name() - Name a metadata field ID
 * @field_id: metadata field ID
 *
 * Return: the name of one of the SEAM_MD_SYS_* fields, such as
 * "SYS_MAJOR_VERSION", or NULL for any other field ID.
 */
static inline const char *seam_md_field_name(u64 field_id)
{
	const struct seam_name *t;
	unsigned int nr;

	t = seam_md_fields(&nr);
	return __seam_name_find(t, nr, field_id);
}

/**
 * seam_status_to_errno() - Map a completion status to an errno
 * @status: completion status
 *
 * Return:
 *
 * * 0 - success or a warning (the error bit is clear)
 * * -ENODEV - %SEAM_TDX_SEAMCALL_VMFAILINVALID: no TDX module
 * * -EOPNOTSUPP - %SEAM_TDX_SEAMCALL_GP: SEAM is not enabled
 * * -EACCES - %SEAM_TDX_SEAMCALL_UD: VMX is off
 * * -EAGAIN - %SEAM_TDX_RND_NO_ENTROPY
 * * -EBUSY - any status of the busy class
 * * -EINVAL - %SEAM_TDX_OPERAND_INVALID
 * * -EIO - any other error
 */
static inline int seam_status_to_errno(u64 status)
{
	if (!seam_status_is_error(status))
		return 0;
	switch (status) {
	case SEAM_TDX_SEAMCALL_VMFAILINVALID:
		return -ENODEV;
	case SEAM_TDX_SEAMCALL_GP:
		return -EOPNOTSUPP;
	case SEAM_TDX_SEAMCALL_UD:
		return -EACCES;
	}
	if (seam_status_is(status, SEAM_TDX_RND_NO_ENTROPY))
		return -EAGAIN;
	if (seam_status_class(status) == SEAM_TDX_CLASS_BUSY)
		return -EBUSY;
	if (seam_status_is(status, SEAM_TDX_OPERAND_INVALID))
		return -EINVAL;
	return -EIO;
}

/**
 * seam_pr_status() - Log a failed SEAMCALL with its decoded status
 * @fn: leaf and version the call was made with
 * @status: completion status it returned
 *
 * Prints one line at error level, through the caller's pr_fmt(), such as
 * "SEAMCALL TDH.MEM.PAGE.AUG (leaf 6) failed: 0x8000020000000092
 * TDX_OPERAND_BUSY operand SEPT_TREE". Statuses whose low bits are not an
 * operand ID print them as "details 0x...". A P-SEAMLDR leaf prints its
 * number in hex and its status with the P-SEAMLDR names, such as
 * "SEAMCALL SEAMLDR.INSTALL (leaf 0x8000000000000001) failed:
 * 0x8000000000000003 SEAMLDR_BADCALL".
 *
 * Context: Any context that may call printk().
 */
static inline void seam_pr_status(u64 fn, u64 status)
{
	const char *op = seam_operand_name(seam_status_operand(status));
	const char *ldr;

	if (fn & SEAM_SEAMLDR_LEAF_FLAG) {
		ldr = seam_seamldr_status_name(status);
		if (!ldr)
			ldr = seam_is_sw_error(status) ? seam_status_name(status) :
							 "SEAMLDR_UNKNOWN";
		pr_err("SEAMCALL %s (leaf %#llx) failed: 0x%016llx %s\n",
		       seam_leaf_name(fn), fn, status, ldr);
	} else if (seam_is_sw_error(status) || !seam_status_is_error(status) ||
		   !op) {
		pr_err("SEAMCALL %s (leaf %llu) failed: 0x%016llx %s details 0x%x\n",
		       seam_leaf_name(fn), fn & SEAM_LEAF_MASK, status,
		       seam_status_name(status), seam_status_details(status));
	} else {
		pr_err("SEAMCALL %s (leaf %llu) failed: 0x%016llx %s operand %s\n",
		       seam_leaf_name(fn), fn & SEAM_LEAF_MASK, status,
		       seam_status_name(status), op);
	}
}

#endif /* !__ASSEMBLER__ */
#endif /* _SEAMCALL_H */
