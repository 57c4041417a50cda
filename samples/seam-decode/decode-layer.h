/* SPDX-License-Identifier: GPL-2.0 */

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
