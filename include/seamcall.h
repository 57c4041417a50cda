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
 *   5  bug hooks            SEAM_BUG_ON(), SEAM_BUG_ON_1() to SEAM_BUG_ON_3()
 *   6  typed leaf wrappers  seam_tdh_*(), in leaf-number order
 *   7  status decoding      seam_status_name(), seam_pr_status(), ...
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
 * before the first attempt. A leaf that runs out of entropy does so before
 * it changes any state, so a blind retry is safe, whatever the leaf; no
 * list of "leaves that draw random numbers" is kept.
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

/* See DOC: Retry on RND_NO_ENTROPY. */
static __always_inline bool __seam_may_retry(u64 fn, u64 status)
{
	return unlikely(__seam_failed(status)) &&
	       status == SEAM_TDX_RND_NO_ENTROPY &&
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
	unsigned int tries = SEAM_RND_RETRIES;
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

	do {
		__seam_call_begin(fn);
		r = __seam_inline_insn(v);
		__seam_call_end();
	} while (__seam_may_retry(fn, r.rax) && --tries);

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
 * SEAM_BUG_ON() and SEAM_BUG_ON_1() to SEAM_BUG_ON_3() are the one-statement
 * check KVM's TDX_BUG_ON() family is, for any caller: ::
 *
 *	err = seam_tdh_mem_page_aug(tdr, gpa, level, pfn, &entry, &level_state);
 *	if (SEAM_BUG_ON_2(seam_status_is_error, err, SEAM_TDH_MEM_PAGE_AUG,
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
 * site. To pick the variant by name, call it inside: ``SEAM_BUG_ON(pred,
 * seam_call_ret(fn, &args), fn, hook, ctx)``.
 */

/* The body: @status and @fn already evaluated, extras in the varargs. */
#define __SEAM_BUG_ON(pred, status, fn, hook, ctx, fmt, ...)		\
({									\
	typeof(ctx) __seam_bug_ctx = (ctx);				\
	bool __seam_bug = pred(status);					\
									\
	if (unlikely(__seam_bug)) {					\
		(void)hook(true, __seam_bug_ctx);			\
		pr_err_ratelimited("SEAMCALL %s failed: 0x%016llx %s" fmt "\n",\
				   seam_leaf_name(fn), status,		\
				   seam_status_name(status), ##__VA_ARGS__);\
	}								\
	(void)__seam_bug_ctx;						\
	unlikely(__seam_bug);						\
})

/**
 * SEAM_BUG_ON() - Report a SEAMCALL status a predicate flags to a bug hook
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
#define SEAM_BUG_ON(pred, status, fn, hook, ctx)			\
({									\
	u64 __seam_bug_st = (status);					\
	u64 __seam_bug_fn = (fn);					\
									\
	__SEAM_BUG_ON(pred, __seam_bug_st, __seam_bug_fn, hook, ctx, "");\
})

/**
 * SEAM_BUG_ON_1() - SEAM_BUG_ON() that also prints one value
 * @pred: predicate of one u64 status
 * @status: the completion status
 * @fn: the leaf the status came from
 * @a1: a value to print, as "a1 0x..." with the expression's text
 * @hook: bug hook
 * @ctx: context handed to @hook
 *
 * Return: as SEAM_BUG_ON().
 */
#define SEAM_BUG_ON_1(pred, status, fn, a1, hook, ctx)			\
({									\
	u64 __seam_bug_st = (status);					\
	u64 __seam_bug_fn = (fn);					\
	u64 __seam_bug_a1 = (a1);					\
									\
	__SEAM_BUG_ON(pred, __seam_bug_st, __seam_bug_fn, hook, ctx,	\
		      ", " #a1 " 0x%llx", __seam_bug_a1);		\
})

/**
 * SEAM_BUG_ON_2() - SEAM_BUG_ON() that also prints two values
 * @pred: predicate of one u64 status
 * @status: the completion status
 * @fn: the leaf the status came from
 * @a1: first value to print
 * @a2: second value to print
 * @hook: bug hook
 * @ctx: context handed to @hook
 *
 * Return: as SEAM_BUG_ON().
 */
#define SEAM_BUG_ON_2(pred, status, fn, a1, a2, hook, ctx)		\
({									\
	u64 __seam_bug_st = (status);					\
	u64 __seam_bug_fn = (fn);					\
	u64 __seam_bug_a1 = (a1);					\
	u64 __seam_bug_a2 = (a2);					\
									\
	__SEAM_BUG_ON(pred, __seam_bug_st, __seam_bug_fn, hook, ctx,	\
		      ", " #a1 " 0x%llx, " #a2 " 0x%llx",		\
		      __seam_bug_a1, __seam_bug_a2);			\
})

/**
 * SEAM_BUG_ON_3() - SEAM_BUG_ON() that also prints three values
 * @pred: predicate of one u64 status
 * @status: the completion status
 * @fn: the leaf the status came from
 * @a1: first value to print
 * @a2: second value to print
 * @a3: third value to print
 * @hook: bug hook
 * @ctx: context handed to @hook
 *
 * Return: as SEAM_BUG_ON().
 */
#define SEAM_BUG_ON_3(pred, status, fn, a1, a2, a3, hook, ctx)		\
({									\
	u64 __seam_bug_st = (status);					\
	u64 __seam_bug_fn = (fn);					\
	u64 __seam_bug_a1 = (a1);					\
	u64 __seam_bug_a2 = (a2);					\
	u64 __seam_bug_a3 = (a3);					\
									\
	__SEAM_BUG_ON(pred, __seam_bug_st, __seam_bug_fn, hook, ctx,	\
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
 * * Out-params must not be NULL. They are written for every status the
 *   module returns, errors included (module errors carry details in the
 *   output registers, such as the S-EPT entry and level on S-EPT errors),
 *   and never for a software error. Check the status before trusting them.
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
	if (__seam_outputs_valid(ret)) {
		*entry = a.rcx;
		*level_state = a.rdx;
	}
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
	if (__seam_outputs_valid(ret)) {
		*entry = a.rcx;
		*level_state = a.rdx;
	}
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
	if (__seam_outputs_valid(ret)) {
		*old_pa = a.rcx;
		*level_state = a.rdx;
	}
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
	if (__seam_outputs_valid(ret)) {
		*entry = a.rcx;
		*level_state = a.rdx;
	}
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
	if (__seam_outputs_valid(ret)) {
		*entry = a.rcx;
		*level_state = a.rdx;
	}
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
	if (__seam_outputs_valid(ret))
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
	if (__seam_outputs_valid(ret)) {
		*value = a.r8;
		*entry = a.rcx;
		*level_state = a.rdx;
	}
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
	if (__seam_outputs_valid(ret))
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
	if (__seam_outputs_valid(ret)) {
		*old_value = a.r8;
		*entry = a.rcx;
		*level_state = a.rdx;
	}
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
	if (__seam_outputs_valid(ret)) {
		*entry = a.rcx;
		*level_state = a.rdx;
	}
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
	if (__seam_outputs_valid(ret)) {
		*entry = a.rcx;
		*level_state = a.rdx;
	}
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
	if (__seam_outputs_valid(ret))
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
	if (__seam_outputs_valid(ret)) {
		*freed_sept_pa = a.rcx;
		*level_state = a.rdx;
	}
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
	if (__seam_outputs_valid(ret)) {
		*page_type = a.rcx;
		*owner = a.rdx;
		*size = a.r8;
		*epoch = a.r9;
	}
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
	if (__seam_outputs_valid(ret)) {
		*entry = a.rcx;
		*level_state = a.rdx;
		*attr = a.r8;
	}
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
	if (__seam_outputs_valid(ret))
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
	if (__seam_outputs_valid(ret)) {
		*page_type = a.rcx;
		*owner = a.rdx;
		*size = a.r8;
	}
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
	if (__seam_outputs_valid(ret)) {
		*entry = a.rcx;
		*level_state = a.rdx;
	}
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
	if (__seam_outputs_valid(ret)) {
		*entry = a.rcx;
		*level_state = a.rdx;
	}
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
	if (__seam_outputs_valid(ret)) {
		*bytes_written = a.rdx;
		*num_cmrs = a.r9;
	}
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
	if (__seam_outputs_valid(ret))
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
	if (__seam_outputs_valid(ret))
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
	if (__seam_outputs_valid(ret))
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
	if (__seam_outputs_valid(ret)) {
		*entry = a.rcx;
		*level_state = a.rdx;
	}
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
	if (__seam_outputs_valid(ret))
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
	if (__seam_outputs_valid(ret)) {
		*handle = a.rcx;
		uuid[0] = a.r10;
		uuid[1] = a.r11;
		uuid[2] = a.r12;
		uuid[3] = a.r13;
	}
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
	if (__seam_outputs_valid(ret))
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
	if (__seam_outputs_valid(ret))
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
	if (__seam_outputs_valid(ret)) {
		*gpa_list_info_out = a.rcx;
		*ext_info = a.rdx;
	}
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
	if (__seam_outputs_valid(ret))
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
	if (__seam_outputs_valid(ret))
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
	if (__seam_outputs_valid(ret))
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
	if (__seam_outputs_valid(ret)) {
		*entry = a.rcx;
		*level_state = a.rdx;
	}
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
	if (__seam_outputs_valid(ret))
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
	if (__seam_outputs_valid(ret)) {
		*ext_rcx = a.rcx;
		*ext_rdx = a.rdx;
	}
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
	if (__seam_outputs_valid(ret)) {
		*ext_rcx = a.rcx;
		*ext_rdx = a.rdx;
	}
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
	if (__seam_outputs_valid(ret)) {
		*ext_rcx = a.rcx;
		*ext_rdx = a.rdx;
	}
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

/* Layer 7: decoding -- begin */

#define __SEAM_STATUS_NAME(x)	case SEAM_##x: return #x

/* Name of a status code (bits 63:32 only), or NULL. */
static inline const char *__seam_code_name(u64 code)
{
	switch (code) {
	__SEAM_STATUS_NAME(TDX_SUCCESS);
	__SEAM_STATUS_NAME(TDX_NON_RECOVERABLE_VCPU);
	__SEAM_STATUS_NAME(TDX_NON_RECOVERABLE_TD);
	__SEAM_STATUS_NAME(TDX_INTERRUPTED_RESUMABLE);
	__SEAM_STATUS_NAME(TDX_INTERRUPTED_RESTARTABLE);
	__SEAM_STATUS_NAME(TDX_NON_RECOVERABLE_TD_NON_ACCESSIBLE);
	__SEAM_STATUS_NAME(TDX_INVALID_RESUMPTION);
	__SEAM_STATUS_NAME(TDX_NON_RECOVERABLE_TD_WRONG_APIC_MODE);
	__SEAM_STATUS_NAME(TDX_CROSS_TD_FAULT);
	__SEAM_STATUS_NAME(TDX_CROSS_TD_TRAP);
	__SEAM_STATUS_NAME(TDX_NON_RECOVERABLE_TD_CORRUPTED_MD);
	__SEAM_STATUS_NAME(TDX_OPERAND_INVALID);
	__SEAM_STATUS_NAME(TDX_OPERAND_ADDR_RANGE_ERROR);
	__SEAM_STATUS_NAME(TDX_OPERAND_BUSY);
	__SEAM_STATUS_NAME(TDX_PREVIOUS_TLB_EPOCH_BUSY);
	__SEAM_STATUS_NAME(TDX_SYS_BUSY);
	__SEAM_STATUS_NAME(TDX_RND_NO_ENTROPY);
	__SEAM_STATUS_NAME(TDX_OPERAND_BUSY_HOST_PRIORITY);
	__SEAM_STATUS_NAME(TDX_HOST_PRIORITY_BUSY_TIMEOUT);
	__SEAM_STATUS_NAME(TDX_PAGE_METADATA_INCORRECT);
	__SEAM_STATUS_NAME(TDX_PAGE_ALREADY_FREE);
	__SEAM_STATUS_NAME(TDX_PAGE_NOT_OWNED_BY_TD);
	__SEAM_STATUS_NAME(TDX_PAGE_NOT_FREE);
	__SEAM_STATUS_NAME(TDX_TD_ASSOCIATED_PAGES_EXIST);
	__SEAM_STATUS_NAME(TDX_SYS_INIT_NOT_PENDING);
	__SEAM_STATUS_NAME(TDX_SYS_LP_INIT_NOT_DONE);
	__SEAM_STATUS_NAME(TDX_SYS_LP_INIT_DONE);
	__SEAM_STATUS_NAME(TDX_SYS_NOT_READY);
	__SEAM_STATUS_NAME(TDX_SYS_SHUTDOWN);
	__SEAM_STATUS_NAME(TDX_SYS_KEY_CONFIG_NOT_PENDING);
	__SEAM_STATUS_NAME(TDX_SYS_STATE_INCORRECT);
	__SEAM_STATUS_NAME(TDX_SYS_INVALID_HANDOFF);
	__SEAM_STATUS_NAME(TDX_SYS_INCOMPATIBLE_SIGSTRUCT);
	__SEAM_STATUS_NAME(TDX_SYS_LP_INIT_NOT_PENDING);
	__SEAM_STATUS_NAME(TDX_SYS_CONFIG_NOT_PENDING);
	__SEAM_STATUS_NAME(TDX_INCOMPATIBLE_SEAM_CAPABILITIES);
	__SEAM_STATUS_NAME(TDX_TD_FATAL);
	__SEAM_STATUS_NAME(TDX_TD_NON_DEBUG);
	__SEAM_STATUS_NAME(TDX_TDCS_NOT_ALLOCATED);
	__SEAM_STATUS_NAME(TDX_LIFECYCLE_STATE_INCORRECT);
	__SEAM_STATUS_NAME(TDX_OP_STATE_INCORRECT);
	__SEAM_STATUS_NAME(TDX_NO_VCPUS);
	__SEAM_STATUS_NAME(TDX_TDCX_NUM_INCORRECT);
	__SEAM_STATUS_NAME(TDX_VCPU_STATE_INCORRECT);
	__SEAM_STATUS_NAME(TDX_VCPU_ASSOCIATED);
	__SEAM_STATUS_NAME(TDX_VCPU_NOT_ASSOCIATED);
	__SEAM_STATUS_NAME(TDX_NO_VALID_VE_INFO);
	__SEAM_STATUS_NAME(TDX_MAX_VCPUS_EXCEEDED);
	__SEAM_STATUS_NAME(TDX_TSC_ROLLBACK);
	__SEAM_STATUS_NAME(TDX_TD_VMCS_FIELD_NOT_INITIALIZED);
	__SEAM_STATUS_NAME(TDX_KEY_GENERATION_FAILED);
	__SEAM_STATUS_NAME(TDX_TD_KEYS_NOT_CONFIGURED);
	__SEAM_STATUS_NAME(TDX_KEY_STATE_INCORRECT);
	__SEAM_STATUS_NAME(TDX_KEY_CONFIGURED);
	__SEAM_STATUS_NAME(TDX_WBCACHE_NOT_COMPLETE);
	__SEAM_STATUS_NAME(TDX_HKID_NOT_FREE);
	__SEAM_STATUS_NAME(TDX_NO_HKID_READY_TO_WBCACHE);
	__SEAM_STATUS_NAME(TDX_WBCACHE_RESUME_ERROR);
	__SEAM_STATUS_NAME(TDX_FLUSHVP_NOT_DONE);
	__SEAM_STATUS_NAME(TDX_NUM_ACTIVATED_HKIDS_NOT_SUPPORTED);
	__SEAM_STATUS_NAME(TDX_INCORRECT_CPUID_VALUE);
	__SEAM_STATUS_NAME(TDX_LIMIT_CPUID_MAXVAL_SET);
	__SEAM_STATUS_NAME(TDX_INCONSISTENT_CPUID_FIELD);
	__SEAM_STATUS_NAME(TDX_CPUID_MAX_SUBLEAVES_UNRECOGNIZED);
	__SEAM_STATUS_NAME(TDX_CPUID_LEAF_1F_FORMAT_UNRECOGNIZED);
	__SEAM_STATUS_NAME(TDX_INVALID_WBINVD_SCOPE);
	__SEAM_STATUS_NAME(TDX_INVALID_PKG_ID);
	__SEAM_STATUS_NAME(TDX_ENABLE_MONITOR_FSM_NOT_SET);
	__SEAM_STATUS_NAME(TDX_CPUID_LEAF_NOT_SUPPORTED);
	__SEAM_STATUS_NAME(TDX_SMRR_NOT_LOCKED);
	__SEAM_STATUS_NAME(TDX_INVALID_SMRR_CONFIGURATION);
	__SEAM_STATUS_NAME(TDX_SMRR_OVERLAPS_CMR);
	__SEAM_STATUS_NAME(TDX_SMRR_LOCK_NOT_SUPPORTED);
	__SEAM_STATUS_NAME(TDX_SMRR_NOT_SUPPORTED);
	__SEAM_STATUS_NAME(TDX_INCONSISTENT_MSR);
	__SEAM_STATUS_NAME(TDX_INCORRECT_MSR_VALUE);
	__SEAM_STATUS_NAME(TDX_SEAMREPORT_NOT_AVAILABLE);
	__SEAM_STATUS_NAME(TDX_SEAMDB_GETREF_NOT_AVAILABLE);
	__SEAM_STATUS_NAME(TDX_SEAMDB_REPORT_NOT_AVAILABLE);
	__SEAM_STATUS_NAME(TDX_SEAMVERIFYREPORT_NOT_AVAILABLE);
	__SEAM_STATUS_NAME(TDX_INVALID_TDMR);
	__SEAM_STATUS_NAME(TDX_NON_ORDERED_TDMR);
	__SEAM_STATUS_NAME(TDX_TDMR_OUTSIDE_CMRS);
	__SEAM_STATUS_NAME(TDX_TDMR_ALREADY_INITIALIZED);
	__SEAM_STATUS_NAME(TDX_INVALID_PAMT);
	__SEAM_STATUS_NAME(TDX_PAMT_OUTSIDE_CMRS);
	__SEAM_STATUS_NAME(TDX_PAMT_OVERLAP);
	__SEAM_STATUS_NAME(TDX_INVALID_RESERVED_IN_TDMR);
	__SEAM_STATUS_NAME(TDX_NON_ORDERED_RESERVED_IN_TDMR);
	__SEAM_STATUS_NAME(TDX_CMR_LIST_INVALID);
	__SEAM_STATUS_NAME(TDX_EPT_WALK_FAILED);
	__SEAM_STATUS_NAME(TDX_EPT_ENTRY_FREE);
	__SEAM_STATUS_NAME(TDX_EPT_ENTRY_NOT_FREE);
	__SEAM_STATUS_NAME(TDX_EPT_ENTRY_NOT_PRESENT);
	__SEAM_STATUS_NAME(TDX_EPT_ENTRY_NOT_LEAF);
	__SEAM_STATUS_NAME(TDX_EPT_ENTRY_LEAF);
	__SEAM_STATUS_NAME(TDX_GPA_RANGE_NOT_BLOCKED);
	__SEAM_STATUS_NAME(TDX_GPA_RANGE_ALREADY_BLOCKED);
	__SEAM_STATUS_NAME(TDX_TLB_TRACKING_NOT_DONE);
	__SEAM_STATUS_NAME(TDX_EPT_INVALID_PROMOTE_CONDITIONS);
	__SEAM_STATUS_NAME(TDX_PAGE_ALREADY_ACCEPTED);
	__SEAM_STATUS_NAME(TDX_PAGE_SIZE_MISMATCH);
	__SEAM_STATUS_NAME(TDX_GPA_RANGE_BLOCKED);
	__SEAM_STATUS_NAME(TDX_EPT_ENTRY_STATE_INCORRECT);
	__SEAM_STATUS_NAME(TDX_EPT_PAGE_NOT_FREE);
	__SEAM_STATUS_NAME(TDX_L2_SEPT_WALK_FAILED);
	__SEAM_STATUS_NAME(TDX_L2_SEPT_ENTRY_NOT_FREE);
	__SEAM_STATUS_NAME(TDX_PAGE_ATTR_INVALID);
	__SEAM_STATUS_NAME(TDX_L2_SEPT_PAGE_NOT_PROVIDED);
	__SEAM_STATUS_NAME(TDX_METADATA_FIELD_ID_INCORRECT);
	__SEAM_STATUS_NAME(TDX_METADATA_FIELD_NOT_WRITABLE);
	__SEAM_STATUS_NAME(TDX_METADATA_FIELD_NOT_READABLE);
	__SEAM_STATUS_NAME(TDX_METADATA_FIELD_VALUE_NOT_VALID);
	__SEAM_STATUS_NAME(TDX_METADATA_LIST_OVERFLOW);
	__SEAM_STATUS_NAME(TDX_INVALID_METADATA_LIST_HEADER);
	__SEAM_STATUS_NAME(TDX_REQUIRED_METADATA_FIELD_MISSING);
	__SEAM_STATUS_NAME(TDX_METADATA_ELEMENT_SIZE_INCORRECT);
	__SEAM_STATUS_NAME(TDX_METADATA_LAST_ELEMENT_INCORRECT);
	__SEAM_STATUS_NAME(TDX_METADATA_FIELD_CURRENTLY_NOT_WRITABLE);
	__SEAM_STATUS_NAME(TDX_METADATA_WR_MASK_NOT_VALID);
	__SEAM_STATUS_NAME(TDX_METADATA_FIRST_FIELD_ID_IN_CONTEXT);
	__SEAM_STATUS_NAME(TDX_METADATA_FIELD_SKIP);
	__SEAM_STATUS_NAME(TDX_SERVTD_ALREADY_BOUND_FOR_TYPE);
	__SEAM_STATUS_NAME(TDX_SERVTD_TYPE_MISMATCH);
	__SEAM_STATUS_NAME(TDX_SERVTD_ATTR_MISMATCH);
	__SEAM_STATUS_NAME(TDX_SERVTD_INFO_HASH_MISMATCH);
	__SEAM_STATUS_NAME(TDX_SERVTD_UUID_MISMATCH);
	__SEAM_STATUS_NAME(TDX_SERVTD_NOT_BOUND);
	__SEAM_STATUS_NAME(TDX_SERVTD_BOUND);
	__SEAM_STATUS_NAME(TDX_TARGET_UUID_MISMATCH);
	__SEAM_STATUS_NAME(TDX_TARGET_UUID_UPDATED);
	__SEAM_STATUS_NAME(TDX_INVALID_MBMD);
	__SEAM_STATUS_NAME(TDX_INCORRECT_MBMD_MAC);
	__SEAM_STATUS_NAME(TDX_NOT_WRITE_BLOCKED);
	__SEAM_STATUS_NAME(TDX_ALREADY_WRITE_BLOCKED);
	__SEAM_STATUS_NAME(TDX_NOT_EXPORTED);
	__SEAM_STATUS_NAME(TDX_MIGRATION_STREAM_STATE_INCORRECT);
	__SEAM_STATUS_NAME(TDX_MAX_MIGS_NUM_EXCEEDED);
	__SEAM_STATUS_NAME(TDX_EXPORTED_DIRTY_PAGES_REMAIN);
	__SEAM_STATUS_NAME(TDX_MIGRATION_DECRYPTION_KEY_NOT_SET);
	__SEAM_STATUS_NAME(TDX_TD_NOT_MIGRATABLE);
	__SEAM_STATUS_NAME(TDX_PREVIOUS_EXPORT_CLEANUP_INCOMPLETE);
	__SEAM_STATUS_NAME(TDX_NUM_MIGS_HIGHER_THAN_CREATED);
	__SEAM_STATUS_NAME(TDX_IMPORT_MISMATCH);
	__SEAM_STATUS_NAME(TDX_MIGRATION_EPOCH_OVERFLOW);
	__SEAM_STATUS_NAME(TDX_MAX_EXPORTS_EXCEEDED);
	__SEAM_STATUS_NAME(TDX_INVALID_PAGE_MAC);
	__SEAM_STATUS_NAME(TDX_MIGRATED_IN_CURRENT_EPOCH);
	__SEAM_STATUS_NAME(TDX_DISALLOWED_IMPORT_OVER_REMOVED);
	__SEAM_STATUS_NAME(TDX_SOME_VCPUS_NOT_MIGRATED);
	__SEAM_STATUS_NAME(TDX_ALL_VCPUS_IMPORTED);
	__SEAM_STATUS_NAME(TDX_MIN_MIGS_NOT_CREATED);
	__SEAM_STATUS_NAME(TDX_VCPU_ALREADY_EXPORTED);
	__SEAM_STATUS_NAME(TDX_INVALID_MIGRATION_DECRYPTION_KEY);
	__SEAM_STATUS_NAME(TDX_INVALID_CPUSVN);
	__SEAM_STATUS_NAME(TDX_INVALID_REPORTMACSTRUCT);
	__SEAM_STATUS_NAME(TDX_L2_EXIT_HOST_ROUTED_ASYNC);
	__SEAM_STATUS_NAME(TDX_L2_EXIT_HOST_ROUTED_TDVMCALL);
	__SEAM_STATUS_NAME(TDX_L2_EXIT_PENDING_INTERRUPT);
	__SEAM_STATUS_NAME(TDX_PENDING_INTERRUPT);
	__SEAM_STATUS_NAME(TDX_TD_EXIT_BEFORE_L2_ENTRY);
	__SEAM_STATUS_NAME(TDX_TD_EXIT_ON_L2_VM_EXIT);
	__SEAM_STATUS_NAME(TDX_TD_EXIT_ON_L2_TO_L1);
	__SEAM_STATUS_NAME(TDX_GLA_NOT_CANONICAL);
	}
	return NULL;
}

/**
 * seam_status_name() - Name a completion status
 * @status: completion status
 *
 * The details in bits 31:0 are ignored, and so is a fatal bit the module
 * added at run time to a code defined without it.
 *
 * Return: the module's name of the status, such as "TDX_OPERAND_BUSY";
 * "TDX_SEAMCALL_VMFAILINVALID", "TDX_SEAMCALL_GP", "TDX_SEAMCALL_UD" or
 * "TDX_SW_ERROR" for software errors; "TDX_UNKNOWN" otherwise.
 */
static inline const char *seam_status_name(u64 status)
{
	u64 code = seam_status_code(status);
	const char *name;

	switch (status) {
	__SEAM_STATUS_NAME(TDX_SEAMCALL_VMFAILINVALID);
	__SEAM_STATUS_NAME(TDX_SEAMCALL_GP);
	__SEAM_STATUS_NAME(TDX_SEAMCALL_UD);
	}
	if (seam_is_sw_error(status))
		return "TDX_SW_ERROR";
	name = __seam_code_name(code);
	if (!name && (code & SEAM_TDX_FATAL))
		name = __seam_code_name(code & ~SEAM_TDX_FATAL);
	return name ?: "TDX_UNKNOWN";
}

#define __SEAM_LEAF_NAME(x, s)	case SEAM_TDH_##x: return s

/**
 * seam_leaf_name() - Name the leaf of a RAX input value
 * @fn: leaf and version, as passed in RAX
 *
 * Return: the leaf's name in the module's spelling, such as
 * "TDH.MEM.PAGE.AUG"; "TDH.UNKNOWN" for numbers module 1.5 does not define.
 */
static inline const char *seam_leaf_name(u64 fn)
{
	switch (fn & SEAM_LEAF_MASK) {
	__SEAM_LEAF_NAME(VP_ENTER, "TDH.VP.ENTER");
	__SEAM_LEAF_NAME(MNG_ADDCX, "TDH.MNG.ADDCX");
	__SEAM_LEAF_NAME(MEM_PAGE_ADD, "TDH.MEM.PAGE.ADD");
	__SEAM_LEAF_NAME(MEM_SEPT_ADD, "TDH.MEM.SEPT.ADD");
	__SEAM_LEAF_NAME(VP_ADDCX, "TDH.VP.ADDCX");
	__SEAM_LEAF_NAME(MEM_PAGE_RELOCATE, "TDH.MEM.PAGE.RELOCATE");
	__SEAM_LEAF_NAME(MEM_PAGE_AUG, "TDH.MEM.PAGE.AUG");
	__SEAM_LEAF_NAME(MEM_RANGE_BLOCK, "TDH.MEM.RANGE.BLOCK");
	__SEAM_LEAF_NAME(MNG_KEY_CONFIG, "TDH.MNG.KEY.CONFIG");
	__SEAM_LEAF_NAME(MNG_CREATE, "TDH.MNG.CREATE");
	__SEAM_LEAF_NAME(VP_CREATE, "TDH.VP.CREATE");
	__SEAM_LEAF_NAME(MNG_RD, "TDH.MNG.RD");
	__SEAM_LEAF_NAME(MEM_RD, "TDH.MEM.RD");
	__SEAM_LEAF_NAME(MNG_WR, "TDH.MNG.WR");
	__SEAM_LEAF_NAME(MEM_WR, "TDH.MEM.WR");
	__SEAM_LEAF_NAME(MEM_PAGE_DEMOTE, "TDH.MEM.PAGE.DEMOTE");
	__SEAM_LEAF_NAME(MR_EXTEND, "TDH.MR.EXTEND");
	__SEAM_LEAF_NAME(MR_FINALIZE, "TDH.MR.FINALIZE");
	__SEAM_LEAF_NAME(VP_FLUSH, "TDH.VP.FLUSH");
	__SEAM_LEAF_NAME(MNG_VPFLUSHDONE, "TDH.MNG.VPFLUSHDONE");
	__SEAM_LEAF_NAME(MNG_KEY_FREEID, "TDH.MNG.KEY.FREEID");
	__SEAM_LEAF_NAME(MNG_INIT, "TDH.MNG.INIT");
	__SEAM_LEAF_NAME(VP_INIT, "TDH.VP.INIT");
	__SEAM_LEAF_NAME(MEM_PAGE_PROMOTE, "TDH.MEM.PAGE.PROMOTE");
	__SEAM_LEAF_NAME(PHYMEM_PAGE_RDMD, "TDH.PHYMEM.PAGE.RDMD");
	__SEAM_LEAF_NAME(MEM_SEPT_RD, "TDH.MEM.SEPT.RD");
	__SEAM_LEAF_NAME(VP_RD, "TDH.VP.RD");
	__SEAM_LEAF_NAME(MNG_KEY_RECLAIMID, "TDH.MNG.KEY.RECLAIMID");
	__SEAM_LEAF_NAME(PHYMEM_PAGE_RECLAIM, "TDH.PHYMEM.PAGE.RECLAIM");
	__SEAM_LEAF_NAME(MEM_PAGE_REMOVE, "TDH.MEM.PAGE.REMOVE");
	__SEAM_LEAF_NAME(MEM_SEPT_REMOVE, "TDH.MEM.SEPT.REMOVE");
	__SEAM_LEAF_NAME(SYS_KEY_CONFIG, "TDH.SYS.KEY.CONFIG");
	__SEAM_LEAF_NAME(SYS_INFO, "TDH.SYS.INFO");
	__SEAM_LEAF_NAME(SYS_INIT, "TDH.SYS.INIT");
	__SEAM_LEAF_NAME(SYS_RD, "TDH.SYS.RD");
	__SEAM_LEAF_NAME(SYS_LP_INIT, "TDH.SYS.LP.INIT");
	__SEAM_LEAF_NAME(SYS_TDMR_INIT, "TDH.SYS.TDMR.INIT");
	__SEAM_LEAF_NAME(SYS_RDALL, "TDH.SYS.RDALL");
	__SEAM_LEAF_NAME(MEM_TRACK, "TDH.MEM.TRACK");
	__SEAM_LEAF_NAME(MEM_RANGE_UNBLOCK, "TDH.MEM.RANGE.UNBLOCK");
	__SEAM_LEAF_NAME(PHYMEM_CACHE_WB, "TDH.PHYMEM.CACHE.WB");
	__SEAM_LEAF_NAME(PHYMEM_PAGE_WBINVD, "TDH.PHYMEM.PAGE.WBINVD");
	__SEAM_LEAF_NAME(MEM_SEPT_WR, "TDH.MEM.SEPT.WR");
	__SEAM_LEAF_NAME(VP_WR, "TDH.VP.WR");
	__SEAM_LEAF_NAME(SYS_LP_SHUTDOWN, "TDH.SYS.LP.SHUTDOWN");
	__SEAM_LEAF_NAME(SYS_CONFIG, "TDH.SYS.CONFIG");
	__SEAM_LEAF_NAME(SERVTD_BIND, "TDH.SERVTD.BIND");
	__SEAM_LEAF_NAME(SERVTD_PREBIND, "TDH.SERVTD.PREBIND");
	__SEAM_LEAF_NAME(SYS_SHUTDOWN, "TDH.SYS.SHUTDOWN");
	__SEAM_LEAF_NAME(SYS_UPDATE, "TDH.SYS.UPDATE");
	__SEAM_LEAF_NAME(EXPORT_ABORT, "TDH.EXPORT.ABORT");
	__SEAM_LEAF_NAME(EXPORT_BLOCKW, "TDH.EXPORT.BLOCKW");
	__SEAM_LEAF_NAME(EXPORT_RESTORE, "TDH.EXPORT.RESTORE");
	__SEAM_LEAF_NAME(EXPORT_MEM, "TDH.EXPORT.MEM");
	__SEAM_LEAF_NAME(EXPORT_PAUSE, "TDH.EXPORT.PAUSE");
	__SEAM_LEAF_NAME(EXPORT_TRACK, "TDH.EXPORT.TRACK");
	__SEAM_LEAF_NAME(EXPORT_STATE_IMMUTABLE, "TDH.EXPORT.STATE.IMMUTABLE");
	__SEAM_LEAF_NAME(EXPORT_STATE_TD, "TDH.EXPORT.STATE.TD");
	__SEAM_LEAF_NAME(EXPORT_STATE_VP, "TDH.EXPORT.STATE.VP");
	__SEAM_LEAF_NAME(EXPORT_UNBLOCKW, "TDH.EXPORT.UNBLOCKW");
	__SEAM_LEAF_NAME(IMPORT_ABORT, "TDH.IMPORT.ABORT");
	__SEAM_LEAF_NAME(IMPORT_END, "TDH.IMPORT.END");
	__SEAM_LEAF_NAME(IMPORT_COMMIT, "TDH.IMPORT.COMMIT");
	__SEAM_LEAF_NAME(IMPORT_MEM, "TDH.IMPORT.MEM");
	__SEAM_LEAF_NAME(IMPORT_TRACK, "TDH.IMPORT.TRACK");
	__SEAM_LEAF_NAME(IMPORT_STATE_IMMUTABLE, "TDH.IMPORT.STATE.IMMUTABLE");
	__SEAM_LEAF_NAME(IMPORT_STATE_TD, "TDH.IMPORT.STATE.TD");
	__SEAM_LEAF_NAME(IMPORT_STATE_VP, "TDH.IMPORT.STATE.VP");
	__SEAM_LEAF_NAME(MIG_STREAM_CREATE, "TDH.MIG.STREAM.CREATE");
	}
	return "TDH.UNKNOWN";
}

#define __SEAM_OPERAND_NAME(x)	case SEAM_OPERAND_ID_##x: return #x

/**
 * seam_operand_name() - Name an operand ID
 * @operand_id: operand ID from status bits 31:0 (seam_status_operand())
 *
 * Return: the register ("RCX") or object ("TDR", "SEPT_TREE") the ID
 * stands for, or NULL if module 1.5 does not define it.
 */
static inline const char *seam_operand_name(u32 operand_id)
{
	switch (operand_id) {
	__SEAM_OPERAND_NAME(RAX);
	__SEAM_OPERAND_NAME(RCX);
	__SEAM_OPERAND_NAME(RDX);
	__SEAM_OPERAND_NAME(RBX);
	__SEAM_OPERAND_NAME(RBP);
	__SEAM_OPERAND_NAME(RSI);
	__SEAM_OPERAND_NAME(RDI);
	__SEAM_OPERAND_NAME(R8);
	__SEAM_OPERAND_NAME(R9);
	__SEAM_OPERAND_NAME(R10);
	__SEAM_OPERAND_NAME(R11);
	__SEAM_OPERAND_NAME(R12);
	__SEAM_OPERAND_NAME(R13);
	__SEAM_OPERAND_NAME(R14);
	__SEAM_OPERAND_NAME(R15);
	__SEAM_OPERAND_NAME(ATTRIBUTES);
	__SEAM_OPERAND_NAME(XFAM);
	__SEAM_OPERAND_NAME(EXEC_CONTROLS);
	__SEAM_OPERAND_NAME(EPTP_CONTROLS);
	__SEAM_OPERAND_NAME(MAX_VCPUS);
	__SEAM_OPERAND_NAME(CPUID_CONFIG);
	__SEAM_OPERAND_NAME(TSC_FREQUENCY);
	__SEAM_OPERAND_NAME(NUM_L2_VMS);
	__SEAM_OPERAND_NAME(IA32_ARCH_CAPABILITIES_CONFIG);
	__SEAM_OPERAND_NAME(PAGE);
	__SEAM_OPERAND_NAME(TDMR_INFO_PA);
	__SEAM_OPERAND_NAME(GPA_LIST_ENTRY);
	__SEAM_OPERAND_NAME(MIG_BUFF_LIST_ENTRY);
	__SEAM_OPERAND_NAME(NEW_PAGE_LIST_ENTRY);
	__SEAM_OPERAND_NAME(TDR);
	__SEAM_OPERAND_NAME(TDCX);
	__SEAM_OPERAND_NAME(TDVPR);
	__SEAM_OPERAND_NAME(REG_PAGE);
	__SEAM_OPERAND_NAME(TDCS);
	__SEAM_OPERAND_NAME(TDVPS);
	__SEAM_OPERAND_NAME(SEPT_TREE);
	__SEAM_OPERAND_NAME(SEPT_ENTRY);
	__SEAM_OPERAND_NAME(RTMR);
	__SEAM_OPERAND_NAME(TD_EPOCH);
	__SEAM_OPERAND_NAME(L2_VAPIC_GPA);
	__SEAM_OPERAND_NAME(MIGSC);
	__SEAM_OPERAND_NAME(OP_STATE);
	__SEAM_OPERAND_NAME(MIG);
	__SEAM_OPERAND_NAME(SERVTD_BINDINGS);
	__SEAM_OPERAND_NAME(METADATA_FIELD);
	__SEAM_OPERAND_NAME(SYS);
	__SEAM_OPERAND_NAME(TDMR);
	__SEAM_OPERAND_NAME(KOT);
	__SEAM_OPERAND_NAME(KET);
	__SEAM_OPERAND_NAME(WBCACHE);
	}
	return NULL;
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
 * operand ID print them as "details 0x...".
 *
 * Context: Any context that may call printk().
 */
static inline void seam_pr_status(u64 fn, u64 status)
{
	const char *op = seam_operand_name(seam_status_operand(status));

	if (seam_is_sw_error(status) || !seam_status_is_error(status) || !op)
		pr_err("SEAMCALL %s (leaf %llu) failed: 0x%016llx %s details 0x%x\n",
		       seam_leaf_name(fn), fn & SEAM_LEAF_MASK, status,
		       seam_status_name(status), seam_status_details(status));
	else
		pr_err("SEAMCALL %s (leaf %llu) failed: 0x%016llx %s operand %s\n",
		       seam_leaf_name(fn), fn & SEAM_LEAF_MASK, status,
		       seam_status_name(status), op);
}

/* Layer 7: decoding -- end */

#endif /* !__ASSEMBLER__ */
#endif /* _SEAMCALL_H */
