// SPDX-License-Identifier: GPL-2.0
/*
 * Print seam_pr_status() lines for a few leaves and statuses, so that the
 * tests can check the header's own log format and feed it back to
 * seam-decode --log. Built against the user-space shim, where pr_err()
 * prints to standard output.
 *
 * Copyright (C) 2026 The seamcall authors
 */
#define pr_fmt(fmt) "pr_status: " fmt

#include <seamcall.h>

int main(void)
{
	seam_pr_status(SEAM_TDH_MEM_PAGE_AUG, SEAM_TDX_OPERAND_BUSY |
		       SEAM_OPERAND_ID_SEPT_TREE);
	seam_pr_status(SEAM_LEAF_VER(SEAM_TDH_VP_INIT, 1),
		       SEAM_TDX_OPERAND_INVALID | SEAM_OPERAND_ID_RAX);
	seam_pr_status(SEAM_TDH_SYS_INIT, SEAM_TDX_SEAMCALL_UD);
	seam_pr_status(SEAM_TDH_MNG_CREATE, SEAM_TDX_RND_NO_ENTROPY);
	seam_pr_status(SEAM_TDH_SYS_RD, SEAM_TDX_METADATA_FIELD_ID_INCORRECT |
		       0x1234);
	seam_pr_status(SEAM_SEAMLDR_INSTALL, SEAM_SEAMLDR_BADCALL);
	seam_pr_status(SEAM_SEAMLDR_INFO, SEAM_TDX_SEAMCALL_VMFAILINVALID);
	seam_pr_status(SEAM_SEAMLDR_INFO, SEAM_TDX_OPERAND_BUSY);
	return 0;
}
