/* SPDX-License-Identifier: GPL-2.0 */
/*
 * TDX module model: a script of TD exits for TDH.VP.ENTER
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * Every TDH.VP.ENTER that passes its checks enters the guest, and the
 * guest leaves again with a TD exit. The model has no guest: the test
 * says how the guest leaves. seam_model_script_exits() queues exits, one
 * consumed by each such TDH.VP.ENTER in order; once the queue is empty,
 * TDH.VP.ENTER ends with the exit of seam_model_set_td_exit() (by default
 * an asynchronous exit with exit reason 12, HLT).
 *
 * The registers TDH.VP.ENTER returns are computed from the exit as module
 * 1.5.01 computes them from the VMCS:
 *
 * - An asynchronous exit (async_tdexit_internal(),
 *   src/td_transitions/td_exit.c:261) returns RAX = @status | exit reason
 *   (bits 31:0), RCX = exit qualification with bits 33:32 (the VM, 0 for
 *   the L1 TD) cleared, RDX = extended exit qualification, R8 = GPA, R9 =
 *   interruption information, and 0 in R10 to R15, RBX, RBP, RSI and RDI,
 *   whatever the TD's NO_RBP_MOD. For an EPT violation
 *   (tdx_ept_violation_exit_to_vmm(), src/td_dispatcher/vm_exits/
 *   td_other_exits.c:212) bits 12:7 of the exit qualification are cleared,
 *   bits 11:0 of the GPA too, and R9 is 0; an EPT misconfiguration
 *   (tdx_ept_misconfig_exit_to_vmm(), td_other_exits.c:233) returns only
 *   the GPA, bits 11:0 cleared, and 0 in RCX, RDX and R9.
 * - A TDG.VP.VMCALL exit (tdg_vp_vmcall() and
 *   copy_gprs_data_from_td_to_vmm(), src/td_dispatcher/vm_exits/
 *   tdg_vp_vmcall.c) returns RAX = %SEAM_MODEL_EXIT_REASON_TDCALL, RCX =
 *   GPR_SELECT | XMM_SELECT << 16, and each GPR from RDX to R15 the
 *   guest's value if selected, else 0; RBP is left alone instead for a TD
 *   that set NO_RBP_MOD (such a TD cannot select RBP: the module refuses
 *   that TDG.VP.VMCALL to the guest, so the model leaves RBP alone then).
 *   The guest's RAX, RCX and RSP never reach the host.
 *
 * After an exit with %SEAM_TDX_NON_RECOVERABLE_TD the TD is fatal: every
 * later leaf that checks the TD's state answers %SEAM_TDX_TD_FATAL.
 */
#ifndef _SEAM_MODEL_EXITS_H
#define _SEAM_MODEL_EXITS_H

#include "seam_model.h"

/* Exits a script holds at most. */
#define SEAM_MODEL_MAX_EXITS			16

/* Basic VMX exit reasons (Intel SDM vol. 3, appendix C). */
#define SEAM_MODEL_EXIT_REASON_EXTERNAL_INTR	1
#define SEAM_MODEL_EXIT_REASON_HLT		12
#define SEAM_MODEL_EXIT_REASON_EPT_VIOLATION	48
#define SEAM_MODEL_EXIT_REASON_EPT_MISCONFIG	49

/**
 * struct seam_model_scripted_exit - one TD exit of a script
 * @kind: an asynchronous exit or a TDG.VP.VMCALL
 * @status: %SEAM_MODEL_TD_EXIT_ASYNC: the completion status in RAX bits
 *          63:32, %SEAM_TDX_SUCCESS (the vCPU can be entered again) or
 *          %SEAM_TDX_NON_RECOVERABLE_TD (the TD becomes fatal)
 * @exit_reason: %SEAM_MODEL_TD_EXIT_ASYNC: the VMX exit reason, RAX bits 31:0
 * @exit_qual: %SEAM_MODEL_TD_EXIT_ASYNC: the VMCS exit qualification
 * @ext_exit_qual: %SEAM_MODEL_TD_EXIT_ASYNC: the extended exit qualification
 * @gpa: %SEAM_MODEL_TD_EXIT_ASYNC: the guest-physical address of an EPT exit
 * @intr_info: %SEAM_MODEL_TD_EXIT_ASYNC: the VM-exit interruption information
 * @gpr_select: %SEAM_MODEL_TD_EXIT_VMCALL: the guest GPRs passed to the
 *              host, bit n for GPR n in the module's order (RDX 2, RBX 3,
 *              RBP 5, RSI 6, RDI 7, R8 to R15 8 to 15); bits 0, 1 and 4
 *              must be 0
 * @xmm_select: %SEAM_MODEL_TD_EXIT_VMCALL: returned in RCX bits 31:16
 * @guest: %SEAM_MODEL_TD_EXIT_VMCALL: the guest's GPR values
 */
struct seam_model_scripted_exit {
	enum seam_model_td_exit_kind kind;
	u64 status;
	u32 exit_reason;
	u64 exit_qual;
	u64 ext_exit_qual;
	u64 gpa;
	u64 intr_info;
	u16 gpr_select;
	u16 xmm_select;
	struct seam_model_regs guest;
};

/**
 * seam_model_script_exits() - Queue TD exits for the next TDH.VP.ENTERs
 * @m: the model
 * @exits: the exits, in the order the TDH.VP.ENTERs take them
 * @n: how many
 *
 * Appends to what is queued. A TDH.VP.ENTER that fails its checks takes
 * none.
 *
 * Return: 0; -EINVAL, queueing nothing, if an exit has an unknown kind, an
 * asynchronous exit a status other than the two above, or a
 * TDG.VP.VMCALL selects GPR 0, 1 or 4 (RAX, RCX, RSP); -ENOSPC, queueing
 * nothing, if the queue would hold more than %SEAM_MODEL_MAX_EXITS.
 */
int seam_model_script_exits(struct seam_model *m,
			    const struct seam_model_scripted_exit *exits, unsigned int n);

/**
 * seam_model_exits_left() - Exits still queued
 * @m: the model
 *
 * Return: how many TD exits the script still holds.
 */
unsigned int seam_model_exits_left(const struct seam_model *m);

/**
 * seam_model_clear_exits() - Drop the exits still queued
 * @m: the model
 */
void seam_model_clear_exits(struct seam_model *m);

#endif /* _SEAM_MODEL_EXITS_H */
