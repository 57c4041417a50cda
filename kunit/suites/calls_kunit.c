// SPDX-License-Identifier: GPL-2.0
/*
 * Marshalling and variants: what reaches each register, what comes back,
 * what is stored when, and the RND_NO_ENTROPY retry.
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * The software TDX module sits behind the real SEAMCALL instruction. For
 * the marshalling table it replies with a scripted register image
 * (seam_model_inject_reply()), so every output register carries a value
 * that says where it came from, and its call log shows the exact input
 * registers the wrapper loaded.
 */
#include <kunit/test.h>
#include <seamcall.h>
#include "seam_model.h"
#include "seam_fixture.h"
#include "seam_md_table.h"

/* Argument i of a marshalled wrapper: distinct per position, page aligned. */
#define ARG(i)			(0x1000000ULL * ((i) + 1) + 0x5000)
/* What the scripted module returns in register number r. */
#define SEAM_CALLS_OUT(r)	(0xa0a0000000000000ULL | ((u64)(r) << 8))
/* What an out-param holds before the call. */
#define SEAM_CALLS_UNTOUCHED	0x5e5e5e5e5e5e5e5eULL

enum seam_calls_reg {
	SEAM_CALLS_REG_RCX,
	SEAM_CALLS_REG_RDX,
	SEAM_CALLS_REG_R8,
	SEAM_CALLS_REG_R9,
	SEAM_CALLS_REG_R10,
	SEAM_CALLS_REG_R11,
	SEAM_CALLS_REG_R12,
	SEAM_CALLS_REG_R13,
	SEAM_CALLS_REG_R14,
	SEAM_CALLS_REG_R15,
	SEAM_CALLS_REG_RBX,
	SEAM_CALLS_REG_RDI,
	SEAM_CALLS_REG_RSI,
	SEAM_CALLS_NR_REGS,
};

#define SEAM_CALLS_RCX		BIT(SEAM_CALLS_REG_RCX)
#define SEAM_CALLS_RDX		BIT(SEAM_CALLS_REG_RDX)
#define SEAM_CALLS_R8		BIT(SEAM_CALLS_REG_R8)
#define SEAM_CALLS_R9		BIT(SEAM_CALLS_REG_R9)
#define SEAM_CALLS_R10		BIT(SEAM_CALLS_REG_R10)
#define SEAM_CALLS_R11		BIT(SEAM_CALLS_REG_R11)
#define SEAM_CALLS_R12		BIT(SEAM_CALLS_REG_R12)
#define SEAM_CALLS_R13		BIT(SEAM_CALLS_REG_R13)
#define SEAM_CALLS_ALL		GENMASK(SEAM_CALLS_NR_REGS - 1, 0)
#define SEAM_CALLS_RCX_R11	GENMASK(SEAM_CALLS_REG_R11, SEAM_CALLS_REG_RCX)

static const char * const seam_calls_reg_names[SEAM_CALLS_NR_REGS] = {
	"RCX", "RDX", "R8", "R9", "R10", "R11", "R12", "R13", "R14", "R15",
	"RBX", "RDI", "RSI",
};

/* Register @r of a model register file. */
static u64 *seam_calls_model_reg(struct seam_model_regs *regs, unsigned int r)
{
	u64 *map[SEAM_CALLS_NR_REGS] = {
		&regs->rcx, &regs->rdx, &regs->r8, &regs->r9, &regs->r10,
		&regs->r11, &regs->r12, &regs->r13, &regs->r14, &regs->r15,
		&regs->rbx, &regs->rdi, &regs->rsi,
	};

	return map[r];
}

/* Register @r of a register block: struct seam_args has the same order. */
static u64 *seam_calls_args_reg(struct seam_args *args, unsigned int r)
{
	return &args->rcx + r;
}

/* Fill the out-params with a value no wrapper writes. */
static void seam_calls_fill(u64 *out, unsigned int n)
{
	while (n--)
		out[n] = SEAM_CALLS_UNTOUCHED;
}

/*
 * A register image in which every register says which one it is. The model
 * returns only the registers the leaf may write (RCX..R11, R12 and R13 for
 * TDH.SERVTD.BIND), as the real module does: the inline variants tell the
 * compiler that RCX..R11 change and nothing else.
 */
static void seam_calls_reply_image(struct seam_model_regs *regs)
{
	unsigned int r;

	memset(regs, 0, sizeof(*regs));
	for (r = 0; r < SEAM_CALLS_NR_REGS; r++)
		*seam_calls_model_reg(regs, r) = SEAM_CALLS_OUT(r);
}

struct seam_calls_case {
	const char *name;
	/* Calls the wrapper with ARG(0), ARG(1), ...; out-params in @out. */
	u64 (*call)(u64 *out);
	u64 rax;
	unsigned int in_mask;
	struct seam_model_regs in;
	unsigned int nr_out;
	enum seam_calls_reg out_reg[5];
	/* The model profile the leaf needs (0: module 1.5.01). */
	unsigned int profile;
};

static u64 seam_calls_mng_addcx(u64 *out)
{
	return seam_tdh_mng_addcx(ARG(0), ARG(1));
}

static u64 seam_calls_mem_page_add(u64 *out)
{
	return seam_tdh_mem_page_add(ARG(0), ARG(1),
				     ARG(2), ARG(3),
				     &out[0], &out[1]);
}

static u64 seam_calls_mem_sept_add(u64 *out)
{
	return seam_tdh_mem_sept_add(ARG(0), ARG(1),
				     SEAM_TDX_PS_2M, ARG(3), &out[0],
				     &out[1]);
}

static u64 seam_calls_vp_addcx(u64 *out)
{
	return seam_tdh_vp_addcx(ARG(0), ARG(1));
}

static u64 seam_calls_mem_page_relocate(u64 *out)
{
	return seam_tdh_mem_page_relocate(ARG(0), ARG(1),
					  SEAM_TDX_PS_2M, ARG(3),
					  &out[0], &out[1]);
}

static u64 seam_calls_mem_page_aug(u64 *out)
{
	return seam_tdh_mem_page_aug(ARG(0), ARG(1),
				     SEAM_TDX_PS_2M, ARG(3), &out[0],
				     &out[1]);
}

static u64 seam_calls_mem_range_block(u64 *out)
{
	return seam_tdh_mem_range_block(ARG(0), ARG(1),
					SEAM_TDX_PS_2M, &out[0], &out[1]);
}

static u64 seam_calls_mng_key_config(u64 *out)
{
	return seam_tdh_mng_key_config(ARG(0));
}

static u64 seam_calls_mng_create(u64 *out)
{
	return seam_tdh_mng_create(ARG(0), 0x32);
}

static u64 seam_calls_vp_create(u64 *out)
{
	return seam_tdh_vp_create(ARG(0), ARG(1));
}

static u64 seam_calls_mng_rd(u64 *out)
{
	return seam_tdh_mng_rd(ARG(0), ARG(1), &out[0]);
}

static u64 seam_calls_mem_rd(u64 *out)
{
	return seam_tdh_mem_rd(ARG(0), ARG(1), &out[0],
			       &out[1], &out[2]);
}

static u64 seam_calls_mng_wr(u64 *out)
{
	return seam_tdh_mng_wr(ARG(0), ARG(1),
			       ARG(2), ARG(3), &out[0]);
}

static u64 seam_calls_mem_wr(u64 *out)
{
	return seam_tdh_mem_wr(ARG(0), ARG(1),
			       ARG(2), &out[0], &out[1], &out[2]);
}

static u64 seam_calls_mem_page_demote(u64 *out)
{
	return seam_tdh_mem_page_demote(ARG(0), ARG(1),
					SEAM_TDX_PS_2M, ARG(3),
					&out[0], &out[1]);
}

static u64 seam_calls_mr_extend(u64 *out)
{
	return seam_tdh_mr_extend(ARG(0), ARG(1), &out[0],
				  &out[1]);
}

static u64 seam_calls_mr_finalize(u64 *out)
{
	return seam_tdh_mr_finalize(ARG(0));
}

static u64 seam_calls_vp_flush(u64 *out)
{
	return seam_tdh_vp_flush(ARG(0));
}

static u64 seam_calls_mng_vpflushdone(u64 *out)
{
	return seam_tdh_mng_vpflushdone(ARG(0));
}

static u64 seam_calls_mng_key_freeid(u64 *out)
{
	return seam_tdh_mng_key_freeid(ARG(0));
}

static u64 seam_calls_mng_init(u64 *out)
{
	return seam_tdh_mng_init(ARG(0), ARG(1), &out[0]);
}

static u64 seam_calls_vp_init(u64 *out)
{
	return seam_tdh_vp_init_v0(ARG(0), ARG(1));
}

static u64 seam_calls_mem_page_promote(u64 *out)
{
	return seam_tdh_mem_page_promote(ARG(0), ARG(1),
					 SEAM_TDX_PS_2M, &out[0], &out[1]);
}

static u64 seam_calls_phymem_page_rdmd(u64 *out)
{
	return seam_tdh_phymem_page_rdmd(ARG(0), &out[0], &out[1],
					 &out[2], &out[3]);
}

static u64 seam_calls_mem_sept_rd(u64 *out)
{
	return seam_tdh_mem_sept_rd(ARG(0), ARG(1),
				    SEAM_TDX_PS_2M, &out[0], &out[1], &out[2]);
}

static u64 seam_calls_vp_rd(u64 *out)
{
	return seam_tdh_vp_rd(ARG(0), ARG(1), &out[0]);
}

static u64 seam_calls_mng_key_reclaimid(u64 *out)
{
	return seam_tdh_mng_key_reclaimid(ARG(0));
}

static u64 seam_calls_phymem_page_reclaim(u64 *out)
{
	return seam_tdh_phymem_page_reclaim(ARG(0), &out[0], &out[1],
					    &out[2]);
}

static u64 seam_calls_mem_page_remove(u64 *out)
{
	return seam_tdh_mem_page_remove(ARG(0), ARG(1),
					SEAM_TDX_PS_2M, &out[0], &out[1]);
}

static u64 seam_calls_mem_sept_remove(u64 *out)
{
	return seam_tdh_mem_sept_remove(ARG(0), ARG(1),
					SEAM_TDX_PS_2M, &out[0], &out[1]);
}

static u64 seam_calls_sys_key_config(u64 *out)
{
	return seam_tdh_sys_key_config();
}

static u64 seam_calls_sys_info(u64 *out)
{
	return seam_tdh_sys_info(ARG(0), ARG(1),
				 ARG(2), ARG(3), &out[0],
				 &out[1]);
}

static u64 seam_calls_sys_init(u64 *out)
{
	return seam_tdh_sys_init();
}

static u64 seam_calls_sys_rd(u64 *out)
{
	return seam_tdh_sys_rd(ARG(0), &out[0]);
}

static u64 seam_calls_sys_lp_init(u64 *out)
{
	return seam_tdh_sys_lp_init();
}

static u64 seam_calls_sys_tdmr_init(u64 *out)
{
	return seam_tdh_sys_tdmr_init(ARG(0), &out[0]);
}

static u64 seam_calls_sys_rdall(u64 *out)
{
	return seam_tdh_sys_rdall(ARG(0), ARG(1),
				  &out[0]);
}

static u64 seam_calls_mem_track(u64 *out)
{
	return seam_tdh_mem_track(ARG(0));
}

static u64 seam_calls_mem_range_unblock(u64 *out)
{
	return seam_tdh_mem_range_unblock(ARG(0), ARG(1),
					  SEAM_TDX_PS_2M, &out[0], &out[1]);
}

static u64 seam_calls_phymem_cache_wb(u64 *out)
{
	return seam_tdh_phymem_cache_wb(true);
}

static u64 seam_calls_phymem_page_wbinvd(u64 *out)
{
	return seam_tdh_phymem_page_wbinvd(ARG(0));
}

static u64 seam_calls_mem_sept_wr(u64 *out)
{
	return seam_tdh_mem_sept_wr();
}

static u64 seam_calls_vp_wr(u64 *out)
{
	return seam_tdh_vp_wr(ARG(0), ARG(1),
			      ARG(2), ARG(3), &out[0]);
}

static u64 seam_calls_sys_lp_shutdown(u64 *out)
{
	return seam_tdh_sys_lp_shutdown();
}

static u64 seam_calls_sys_config(u64 *out)
{
	return seam_tdh_sys_config_v0(ARG(0), ARG(1), 0x33);
}

static u64 seam_calls_servtd_prebind(u64 *out)
{
	return seam_tdh_servtd_prebind(ARG(0), ARG(1),
				       ARG(2), ARG(3),
				       ARG(4));
}

static u64 seam_calls_sys_shutdown(u64 *out)
{
	return seam_tdh_sys_shutdown(ARG(0));
}

/* Handoff version 6 with AVOID_COMPAT_SENSITIVE: RCX 0x10006. */
static u64 seam_calls_sys_shutdown_avoid(u64 *out)
{
	return seam_tdh_sys_shutdown(6 | SEAM_SYS_SHUTDOWN_AVOID_COMPAT_SENSITIVE);
}

static u64 seam_calls_sys_update(u64 *out)
{
	return seam_tdh_sys_update_v0();
}

static u64 seam_calls_sys_config_v1(u64 *out)
{
	return seam_tdh_sys_config(ARG(0), ARG(1), ARG(2), ARG(3));
}

static u64 seam_calls_sys_update_v1(u64 *out)
{
	return seam_tdh_sys_update(ARG(0));
}

/* Two PAMT pages, as module 2.0.18 takes them. */
static u64 seam_calls_pamt_add(u64 *out)
{
	const phys_addr_t pages[2] = { ARG(1), ARG(2) };

	return seam_tdh_phymem_pamt_add(ARG(0), pages, 2);
}

static u64 seam_calls_pamt_remove(u64 *out)
{
	return seam_tdh_phymem_pamt_remove(ARG(0), out, 2);
}

static u64 seam_calls_ext_init(u64 *out)
{
	return seam_tdh_ext_init();
}

static u64 seam_calls_ext_mem_add(u64 *out)
{
	out[0] = ARG(0);
	return seam_tdh_ext_mem_add(&out[0]);
}

static u64 seam_calls_sys_disable(u64 *out)
{
	return seam_tdh_sys_disable();
}

static u64 seam_calls_quote_get(u64 *out)
{
	return seam_tdh_quote_get(ARG(0), 0x1234, ARG(2), ARG(3), ARG(4),
				  ARG(5), &out[0]);
}

static u64 seam_calls_quote_init(u64 *out)
{
	return seam_tdh_quote_init();
}

static u64 seam_calls_export_abort(u64 *out)
{
	return seam_tdh_export_abort(ARG(0), ARG(1),
				     ARG(2));
}

static u64 seam_calls_export_blockw(u64 *out)
{
	return seam_tdh_export_blockw(ARG(0), ARG(1),
				      &out[0]);
}

static u64 seam_calls_export_restore(u64 *out)
{
	return seam_tdh_export_restore(ARG(0), ARG(1),
				       &out[0]);
}

static u64 seam_calls_export_pause(u64 *out)
{
	return seam_tdh_export_pause(ARG(0));
}

static u64 seam_calls_export_track(u64 *out)
{
	return seam_tdh_export_track(ARG(0), ARG(1),
				     ARG(2));
}

static u64 seam_calls_export_state_immutable(u64 *out)
{
	return seam_tdh_export_state_immutable(ARG(0),
					       ARG(1),
					       ARG(2),
					       ARG(3), &out[0]);
}

static u64 seam_calls_export_state_td(u64 *out)
{
	return seam_tdh_export_state_td(ARG(0), ARG(1),
					ARG(2), ARG(3),
					&out[0]);
}

static u64 seam_calls_export_state_vp(u64 *out)
{
	return seam_tdh_export_state_vp(ARG(0), ARG(1),
					ARG(2), ARG(3),
					&out[0]);
}

static u64 seam_calls_export_unblockw(u64 *out)
{
	return seam_tdh_export_unblockw(ARG(0), ARG(1),
					&out[0], &out[1]);
}

static u64 seam_calls_import_abort(u64 *out)
{
	return seam_tdh_import_abort(ARG(0), ARG(1),
				     ARG(2));
}

static u64 seam_calls_import_end(u64 *out)
{
	return seam_tdh_import_end(ARG(0));
}

static u64 seam_calls_import_commit(u64 *out)
{
	return seam_tdh_import_commit(ARG(0));
}

static u64 seam_calls_import_track(u64 *out)
{
	return seam_tdh_import_track(ARG(0), ARG(1),
				     ARG(2));
}

static u64 seam_calls_import_state_immutable(u64 *out)
{
	return seam_tdh_import_state_immutable(ARG(0),
					       ARG(1),
					       ARG(2),
					       ARG(3), &out[0],
					       &out[1]);
}

static u64 seam_calls_import_state_td(u64 *out)
{
	return seam_tdh_import_state_td(ARG(0), ARG(1),
					ARG(2), ARG(3),
					&out[0], &out[1]);
}

static u64 seam_calls_import_state_vp(u64 *out)
{
	return seam_tdh_import_state_vp(ARG(0), ARG(1),
					ARG(2), ARG(3),
					&out[0], &out[1]);
}

static u64 seam_calls_mig_stream_create(u64 *out)
{
	return seam_tdh_mig_stream_create(ARG(0), ARG(1));
}

static u64 seam_calls_vp_init_apicid(u64 *out)
{
	return seam_tdh_vp_init(ARG(0), ARG(1),
				       ARG(2));
}

static u64 seam_calls_servtd_bind(u64 *out)
{
	return seam_tdh_servtd_bind(ARG(0), ARG(1),
				    ARG(2), ARG(3),
				    ARG(4), &out[0], &out[1]);
}

static u64 seam_calls_export_mem(u64 *out)
{
	return seam_tdh_export_mem(ARG(0), ARG(1),
				   ARG(2), ARG(3),
				   ARG(4), ARG(5),
				   ARG(6), &out[0], &out[1]);
}

static u64 seam_calls_import_mem(u64 *out)
{
	return seam_tdh_import_mem(ARG(0), ARG(1),
				   ARG(2), ARG(3),
				   ARG(4), ARG(5),
				   ARG(6), ARG(7),
				   &out[0]);
}

static const struct seam_calls_case seam_calls_cases[] = {
	{
		.name = "TDH.MNG.ADDCX",
		.call = seam_calls_mng_addcx,
		.rax = SEAM_TDH_MNG_ADDCX,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX,
		.in = { .rdx = ARG(0), .rcx = ARG(1) },
	},
	{
		.name = "TDH.MEM.PAGE.ADD",
		.call = seam_calls_mem_page_add,
		.rax = SEAM_TDH_MEM_PAGE_ADD,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX | SEAM_CALLS_R8 |
			   SEAM_CALLS_R9,
		.in = {
			.rdx = ARG(0),
			.rcx = ARG(1),
			.r8 = ARG(2),
			.r9 = ARG(3),
		},
		.nr_out = 2,
		.out_reg = { SEAM_CALLS_REG_RCX, SEAM_CALLS_REG_RDX },
	},
	{
		.name = "TDH.MEM.SEPT.ADD",
		.call = seam_calls_mem_sept_add,
		.rax = SEAM_TDH_MEM_SEPT_ADD,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX | SEAM_CALLS_R8,
		.in = {
			.rdx = ARG(0),
			.rcx = ARG(1) | SEAM_TDX_PS_2M,
			.r8 = ARG(3),
		},
		.nr_out = 2,
		.out_reg = { SEAM_CALLS_REG_RCX, SEAM_CALLS_REG_RDX },
	},
	{
		.name = "TDH.VP.ADDCX",
		.call = seam_calls_vp_addcx,
		.rax = SEAM_TDH_VP_ADDCX,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX,
		.in = { .rdx = ARG(0), .rcx = ARG(1) },
	},
	{
		.name = "TDH.MEM.PAGE.RELOCATE",
		.call = seam_calls_mem_page_relocate,
		.rax = SEAM_TDH_MEM_PAGE_RELOCATE,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX | SEAM_CALLS_R8,
		.in = {
			.rdx = ARG(0),
			.rcx = ARG(1) | SEAM_TDX_PS_2M,
			.r8 = ARG(3),
		},
		.nr_out = 2,
		.out_reg = { SEAM_CALLS_REG_RCX, SEAM_CALLS_REG_RDX },
	},
	{
		.name = "TDH.MEM.PAGE.AUG",
		.call = seam_calls_mem_page_aug,
		.rax = SEAM_TDH_MEM_PAGE_AUG,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX | SEAM_CALLS_R8,
		.in = {
			.rdx = ARG(0),
			.rcx = ARG(1) | SEAM_TDX_PS_2M,
			.r8 = ARG(3),
		},
		.nr_out = 2,
		.out_reg = { SEAM_CALLS_REG_RCX, SEAM_CALLS_REG_RDX },
	},
	{
		.name = "TDH.MEM.RANGE.BLOCK",
		.call = seam_calls_mem_range_block,
		.rax = SEAM_TDH_MEM_RANGE_BLOCK,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX,
		.in = { .rdx = ARG(0), .rcx = ARG(1) | SEAM_TDX_PS_2M },
		.nr_out = 2,
		.out_reg = { SEAM_CALLS_REG_RCX, SEAM_CALLS_REG_RDX },
	},
	{
		.name = "TDH.MNG.KEY.CONFIG",
		.call = seam_calls_mng_key_config,
		.rax = SEAM_TDH_MNG_KEY_CONFIG,
		.in_mask = SEAM_CALLS_RCX,
		.in = { .rcx = ARG(0) },
	},
	{
		.name = "TDH.MNG.CREATE",
		.call = seam_calls_mng_create,
		.rax = SEAM_TDH_MNG_CREATE,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX,
		.in = { .rcx = ARG(0), .rdx = 0x32 },
	},
	{
		.name = "TDH.VP.CREATE",
		.call = seam_calls_vp_create,
		.rax = SEAM_TDH_VP_CREATE,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX,
		.in = { .rdx = ARG(0), .rcx = ARG(1) },
	},
	{
		.name = "TDH.MNG.RD",
		.call = seam_calls_mng_rd,
		.rax = SEAM_TDH_MNG_RD,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX,
		.in = { .rcx = ARG(0), .rdx = ARG(1) },
		.nr_out = 1,
		.out_reg = { SEAM_CALLS_REG_R8 },
	},
	{
		.name = "TDH.MEM.RD",
		.call = seam_calls_mem_rd,
		.rax = SEAM_TDH_MEM_RD,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX,
		.in = { .rdx = ARG(0), .rcx = ARG(1) },
		.nr_out = 3,
		.out_reg = {
			SEAM_CALLS_REG_R8,
			SEAM_CALLS_REG_RCX,
			SEAM_CALLS_REG_RDX,
		},
	},
	{
		.name = "TDH.MNG.WR",
		.call = seam_calls_mng_wr,
		.rax = SEAM_TDH_MNG_WR,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX | SEAM_CALLS_R8 |
			   SEAM_CALLS_R9,
		.in = {
			.rcx = ARG(0),
			.rdx = ARG(1),
			.r8 = ARG(2),
			.r9 = ARG(3),
		},
		.nr_out = 1,
		.out_reg = { SEAM_CALLS_REG_R8 },
	},
	{
		.name = "TDH.MEM.WR",
		.call = seam_calls_mem_wr,
		.rax = SEAM_TDH_MEM_WR,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX | SEAM_CALLS_R8,
		.in = { .rdx = ARG(0), .rcx = ARG(1), .r8 = ARG(2) },
		.nr_out = 3,
		.out_reg = {
			SEAM_CALLS_REG_R8,
			SEAM_CALLS_REG_RCX,
			SEAM_CALLS_REG_RDX,
		},
	},
	{
		.name = "TDH.MEM.PAGE.DEMOTE",
		.call = seam_calls_mem_page_demote,
		.rax = SEAM_TDH_MEM_PAGE_DEMOTE,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX | SEAM_CALLS_R8 |
			   SEAM_CALLS_R9 | SEAM_CALLS_R10 | SEAM_CALLS_R11 |
			   SEAM_CALLS_R12 | SEAM_CALLS_R13,
		.in = {
			.rdx = ARG(0),
			.rcx = ARG(1) | SEAM_TDX_PS_2M,
			.r8 = ARG(3),
			/* No L2 S-EPT pages. */
			.r9 = SEAM_NULL_PA,
			.r10 = SEAM_NULL_PA,
			.r11 = SEAM_NULL_PA,
			/* No PAMT pages: zero, never a leftover. */
			.r12 = 0,
			.r13 = 0,
		},
		.nr_out = 2,
		.out_reg = { SEAM_CALLS_REG_RCX, SEAM_CALLS_REG_RDX },
	},
	{
		.name = "TDH.MR.EXTEND",
		.call = seam_calls_mr_extend,
		.rax = SEAM_TDH_MR_EXTEND,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX,
		.in = { .rdx = ARG(0), .rcx = ARG(1) },
		.nr_out = 2,
		.out_reg = { SEAM_CALLS_REG_RCX, SEAM_CALLS_REG_RDX },
	},
	{
		.name = "TDH.MR.FINALIZE",
		.call = seam_calls_mr_finalize,
		.rax = SEAM_TDH_MR_FINALIZE,
		.in_mask = SEAM_CALLS_RCX,
		.in = { .rcx = ARG(0) },
	},
	{
		.name = "TDH.VP.FLUSH",
		.call = seam_calls_vp_flush,
		.rax = SEAM_TDH_VP_FLUSH,
		.in_mask = SEAM_CALLS_RCX,
		.in = { .rcx = ARG(0) },
	},
	{
		.name = "TDH.MNG.VPFLUSHDONE",
		.call = seam_calls_mng_vpflushdone,
		.rax = SEAM_TDH_MNG_VPFLUSHDONE,
		.in_mask = SEAM_CALLS_RCX,
		.in = { .rcx = ARG(0) },
	},
	{
		.name = "TDH.MNG.KEY.FREEID",
		.call = seam_calls_mng_key_freeid,
		.rax = SEAM_TDH_MNG_KEY_FREEID,
		.in_mask = SEAM_CALLS_RCX,
		.in = { .rcx = ARG(0) },
	},
	{
		.name = "TDH.MNG.INIT",
		.call = seam_calls_mng_init,
		.rax = SEAM_TDH_MNG_INIT,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX,
		.in = { .rcx = ARG(0), .rdx = ARG(1) },
		.nr_out = 1,
		.out_reg = { SEAM_CALLS_REG_RCX },
	},
	{
		.name = "TDH.VP.INIT",
		.call = seam_calls_vp_init,
		.rax = SEAM_TDH_VP_INIT,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX,
		.in = { .rcx = ARG(0), .rdx = ARG(1) },
	},
	{
		.name = "TDH.MEM.PAGE.PROMOTE",
		.call = seam_calls_mem_page_promote,
		.rax = SEAM_TDH_MEM_PAGE_PROMOTE,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX,
		.in = { .rdx = ARG(0), .rcx = ARG(1) | SEAM_TDX_PS_2M },
		.nr_out = 2,
		.out_reg = { SEAM_CALLS_REG_RCX, SEAM_CALLS_REG_RDX },
	},
	{
		.name = "TDH.PHYMEM.PAGE.RDMD",
		.call = seam_calls_phymem_page_rdmd,
		.rax = SEAM_TDH_PHYMEM_PAGE_RDMD,
		.in_mask = SEAM_CALLS_RCX,
		.in = { .rcx = ARG(0) },
		.nr_out = 4,
		.out_reg = {
			SEAM_CALLS_REG_RCX,
			SEAM_CALLS_REG_RDX,
			SEAM_CALLS_REG_R8,
			SEAM_CALLS_REG_R9,
		},
	},
	{
		.name = "TDH.MEM.SEPT.RD",
		.call = seam_calls_mem_sept_rd,
		.rax = SEAM_TDH_MEM_SEPT_RD,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX,
		.in = { .rdx = ARG(0), .rcx = ARG(1) | SEAM_TDX_PS_2M },
		.nr_out = 3,
		.out_reg = {
			SEAM_CALLS_REG_RCX,
			SEAM_CALLS_REG_RDX,
			SEAM_CALLS_REG_R8,
		},
	},
	{
		.name = "TDH.VP.RD",
		.call = seam_calls_vp_rd,
		.rax = SEAM_TDH_VP_RD,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX,
		.in = { .rcx = ARG(0), .rdx = ARG(1) },
		.nr_out = 1,
		.out_reg = { SEAM_CALLS_REG_R8 },
	},
	{
		.name = "TDH.MNG.KEY.RECLAIMID",
		.call = seam_calls_mng_key_reclaimid,
		.rax = SEAM_TDH_MNG_KEY_RECLAIMID,
		.in_mask = SEAM_CALLS_RCX,
		.in = { .rcx = ARG(0) },
	},
	{
		.name = "TDH.PHYMEM.PAGE.RECLAIM",
		.call = seam_calls_phymem_page_reclaim,
		.rax = SEAM_TDH_PHYMEM_PAGE_RECLAIM,
		.in_mask = SEAM_CALLS_RCX,
		.in = { .rcx = ARG(0) },
		.nr_out = 3,
		.out_reg = {
			SEAM_CALLS_REG_RCX,
			SEAM_CALLS_REG_RDX,
			SEAM_CALLS_REG_R8,
		},
	},
	{
		.name = "TDH.MEM.PAGE.REMOVE",
		.call = seam_calls_mem_page_remove,
		.rax = SEAM_TDH_MEM_PAGE_REMOVE,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX,
		.in = { .rdx = ARG(0), .rcx = ARG(1) | SEAM_TDX_PS_2M },
		.nr_out = 2,
		.out_reg = { SEAM_CALLS_REG_RCX, SEAM_CALLS_REG_RDX },
	},
	{
		.name = "TDH.MEM.SEPT.REMOVE",
		.call = seam_calls_mem_sept_remove,
		.rax = SEAM_TDH_MEM_SEPT_REMOVE,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX,
		.in = { .rdx = ARG(0), .rcx = ARG(1) | SEAM_TDX_PS_2M },
		.nr_out = 2,
		.out_reg = { SEAM_CALLS_REG_RCX, SEAM_CALLS_REG_RDX },
	},
	{
		.name = "TDH.SYS.KEY.CONFIG",
		.call = seam_calls_sys_key_config,
		.rax = SEAM_TDH_SYS_KEY_CONFIG,
		.in_mask = 0,
	},
	{
		.name = "TDH.SYS.INFO",
		.call = seam_calls_sys_info,
		.rax = SEAM_TDH_SYS_INFO,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX | SEAM_CALLS_R8 |
			   SEAM_CALLS_R9,
		.in = {
			.rcx = ARG(0),
			.rdx = ARG(1),
			.r8 = ARG(2),
			.r9 = ARG(3),
		},
		.nr_out = 2,
		.out_reg = { SEAM_CALLS_REG_RDX, SEAM_CALLS_REG_R9 },
	},
	{
		.name = "TDH.SYS.INIT",
		.call = seam_calls_sys_init,
		.rax = SEAM_TDH_SYS_INIT,
		.in_mask = SEAM_CALLS_RCX,
		.in = { .rcx = 0 },
	},
	{
		.name = "TDH.SYS.RD",
		.call = seam_calls_sys_rd,
		.rax = SEAM_TDH_SYS_RD,
		.in_mask = SEAM_CALLS_RDX,
		.in = { .rdx = ARG(0) },
		.nr_out = 1,
		.out_reg = { SEAM_CALLS_REG_R8 },
	},
	{
		.name = "TDH.SYS.LP.INIT",
		.call = seam_calls_sys_lp_init,
		.rax = SEAM_TDH_SYS_LP_INIT,
		.in_mask = 0,
	},
	{
		.name = "TDH.SYS.TDMR.INIT",
		.call = seam_calls_sys_tdmr_init,
		.rax = SEAM_TDH_SYS_TDMR_INIT,
		.in_mask = SEAM_CALLS_RCX,
		.in = { .rcx = ARG(0) },
		.nr_out = 1,
		.out_reg = { SEAM_CALLS_REG_RDX },
	},
	{
		.name = "TDH.SYS.RDALL",
		.call = seam_calls_sys_rdall,
		.rax = SEAM_TDH_SYS_RDALL,
		.in_mask = SEAM_CALLS_RDX | SEAM_CALLS_R8,
		.in = { .rdx = ARG(0), .r8 = ARG(1) },
		.nr_out = 1,
		.out_reg = { SEAM_CALLS_REG_R8 },
	},
	{
		.name = "TDH.MEM.TRACK",
		.call = seam_calls_mem_track,
		.rax = SEAM_TDH_MEM_TRACK,
		.in_mask = SEAM_CALLS_RCX,
		.in = { .rcx = ARG(0) },
	},
	{
		.name = "TDH.MEM.RANGE.UNBLOCK",
		.call = seam_calls_mem_range_unblock,
		.rax = SEAM_TDH_MEM_RANGE_UNBLOCK,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX,
		.in = { .rdx = ARG(0), .rcx = ARG(1) | SEAM_TDX_PS_2M },
		.nr_out = 2,
		.out_reg = { SEAM_CALLS_REG_RCX, SEAM_CALLS_REG_RDX },
	},
	{
		.name = "TDH.PHYMEM.CACHE.WB",
		.call = seam_calls_phymem_cache_wb,
		.rax = SEAM_TDH_PHYMEM_CACHE_WB,
		.in_mask = SEAM_CALLS_RCX,
		.in = { .rcx = true },
	},
	{
		.name = "TDH.PHYMEM.PAGE.WBINVD",
		.call = seam_calls_phymem_page_wbinvd,
		.rax = SEAM_TDH_PHYMEM_PAGE_WBINVD,
		.in_mask = SEAM_CALLS_RCX,
		.in = { .rcx = ARG(0) },
	},
	{
		.name = "TDH.MEM.SEPT.WR",
		.call = seam_calls_mem_sept_wr,
		.rax = SEAM_TDH_MEM_SEPT_WR,
		.in_mask = 0,
	},
	{
		.name = "TDH.VP.WR",
		.call = seam_calls_vp_wr,
		.rax = SEAM_TDH_VP_WR,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX | SEAM_CALLS_R8 |
			   SEAM_CALLS_R9,
		.in = {
			.rcx = ARG(0),
			.rdx = ARG(1),
			.r8 = ARG(2),
			.r9 = ARG(3),
		},
		.nr_out = 1,
		.out_reg = { SEAM_CALLS_REG_R8 },
	},
	{
		.name = "TDH.SYS.LP.SHUTDOWN",
		.call = seam_calls_sys_lp_shutdown,
		.rax = SEAM_TDH_SYS_LP_SHUTDOWN,
		.in_mask = 0,
	},
	{
		.name = "TDH.SYS.CONFIG",
		.call = seam_calls_sys_config,
		.rax = SEAM_TDH_SYS_CONFIG,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX | SEAM_CALLS_R8,
		.in = { .rcx = ARG(0), .rdx = ARG(1), .r8 = 0x33 },
	},
	{
		.name = "TDH.SERVTD.PREBIND",
		.call = seam_calls_servtd_prebind,
		.rax = SEAM_TDH_SERVTD_PREBIND,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX | SEAM_CALLS_R8 |
			   SEAM_CALLS_R9 | SEAM_CALLS_R10,
		.in = {
			.rcx = ARG(0),
			.rdx = ARG(1),
			.r8 = ARG(2),
			.r9 = ARG(3),
			.r10 = ARG(4),
		},
	},
	{
		.name = "TDH.SYS.SHUTDOWN",
		.call = seam_calls_sys_shutdown,
		.rax = SEAM_TDH_SYS_SHUTDOWN,
		.in_mask = SEAM_CALLS_RCX,
		.in = { .rcx = ARG(0) },
	},
	{
		.name = "TDH.SYS.SHUTDOWN, AVOID_COMPAT_SENSITIVE",
		.call = seam_calls_sys_shutdown_avoid,
		.rax = SEAM_TDH_SYS_SHUTDOWN,
		.in_mask = SEAM_CALLS_RCX,
		.in = { .rcx = 0x10006 },
	},
	{
		.name = "TDH.SYS.UPDATE",
		.call = seam_calls_sys_update,
		.rax = SEAM_TDH_SYS_UPDATE,
		.in_mask = 0,
	},
	{
		.name = "TDH.EXPORT.ABORT",
		.call = seam_calls_export_abort,
		.rax = SEAM_TDH_EXPORT_ABORT,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_R8 | SEAM_CALLS_R10,
		.in = { .rcx = ARG(0), .r8 = ARG(1), .r10 = ARG(2) },
	},
	{
		.name = "TDH.EXPORT.BLOCKW",
		.call = seam_calls_export_blockw,
		.rax = SEAM_TDH_EXPORT_BLOCKW,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX,
		.in = { .rdx = ARG(0), .rcx = ARG(1) },
		.nr_out = 1,
		.out_reg = { SEAM_CALLS_REG_RCX },
	},
	{
		.name = "TDH.EXPORT.RESTORE",
		.call = seam_calls_export_restore,
		.rax = SEAM_TDH_EXPORT_RESTORE,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX,
		.in = { .rdx = ARG(0), .rcx = ARG(1) },
		.nr_out = 1,
		.out_reg = { SEAM_CALLS_REG_RCX },
	},
	{
		.name = "TDH.EXPORT.PAUSE",
		.call = seam_calls_export_pause,
		.rax = SEAM_TDH_EXPORT_PAUSE,
		.in_mask = SEAM_CALLS_RCX,
		.in = { .rcx = ARG(0) },
	},
	{
		.name = "TDH.EXPORT.TRACK",
		.call = seam_calls_export_track,
		.rax = SEAM_TDH_EXPORT_TRACK,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_R8 | SEAM_CALLS_R10,
		.in = { .rcx = ARG(0), .r8 = ARG(1), .r10 = ARG(2) },
	},
	{
		.name = "TDH.EXPORT.STATE.IMMUTABLE",
		.call = seam_calls_export_state_immutable,
		.rax = SEAM_TDH_EXPORT_STATE_IMMUTABLE,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_R8 | SEAM_CALLS_R9 |
			   SEAM_CALLS_R10,
		.in = {
			.rcx = ARG(0),
			.r8 = ARG(1),
			.r9 = ARG(2),
			.r10 = ARG(3),
		},
		.nr_out = 1,
		.out_reg = { SEAM_CALLS_REG_RDX },
	},
	{
		.name = "TDH.EXPORT.STATE.TD",
		.call = seam_calls_export_state_td,
		.rax = SEAM_TDH_EXPORT_STATE_TD,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_R8 | SEAM_CALLS_R9 |
			   SEAM_CALLS_R10,
		.in = {
			.rcx = ARG(0),
			.r8 = ARG(1),
			.r9 = ARG(2),
			.r10 = ARG(3),
		},
		.nr_out = 1,
		.out_reg = { SEAM_CALLS_REG_RDX },
	},
	{
		.name = "TDH.EXPORT.STATE.VP",
		.call = seam_calls_export_state_vp,
		.rax = SEAM_TDH_EXPORT_STATE_VP,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_R8 | SEAM_CALLS_R9 |
			   SEAM_CALLS_R10,
		.in = {
			.rcx = ARG(0),
			.r8 = ARG(1),
			.r9 = ARG(2),
			.r10 = ARG(3),
		},
		.nr_out = 1,
		.out_reg = { SEAM_CALLS_REG_RDX },
	},
	{
		.name = "TDH.EXPORT.UNBLOCKW",
		.call = seam_calls_export_unblockw,
		.rax = SEAM_TDH_EXPORT_UNBLOCKW,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX,
		.in = { .rdx = ARG(0), .rcx = ARG(1) },
		.nr_out = 2,
		.out_reg = { SEAM_CALLS_REG_RCX, SEAM_CALLS_REG_RDX },
	},
	{
		.name = "TDH.IMPORT.ABORT",
		.call = seam_calls_import_abort,
		.rax = SEAM_TDH_IMPORT_ABORT,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_R8 | SEAM_CALLS_R10,
		.in = { .rcx = ARG(0), .r8 = ARG(1), .r10 = ARG(2) },
	},
	{
		.name = "TDH.IMPORT.END",
		.call = seam_calls_import_end,
		.rax = SEAM_TDH_IMPORT_END,
		.in_mask = SEAM_CALLS_RCX,
		.in = { .rcx = ARG(0) },
	},
	{
		.name = "TDH.IMPORT.COMMIT",
		.call = seam_calls_import_commit,
		.rax = SEAM_TDH_IMPORT_COMMIT,
		.in_mask = SEAM_CALLS_RCX,
		.in = { .rcx = ARG(0) },
	},
	{
		.name = "TDH.IMPORT.TRACK",
		.call = seam_calls_import_track,
		.rax = SEAM_TDH_IMPORT_TRACK,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_R8 | SEAM_CALLS_R10,
		.in = { .rcx = ARG(0), .r8 = ARG(1), .r10 = ARG(2) },
	},
	{
		.name = "TDH.IMPORT.STATE.IMMUTABLE",
		.call = seam_calls_import_state_immutable,
		.rax = SEAM_TDH_IMPORT_STATE_IMMUTABLE,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_R8 | SEAM_CALLS_R9 |
			   SEAM_CALLS_R10,
		.in = {
			.rcx = ARG(0),
			.r8 = ARG(1),
			.r9 = ARG(2),
			.r10 = ARG(3),
		},
		.nr_out = 2,
		.out_reg = { SEAM_CALLS_REG_RCX, SEAM_CALLS_REG_RDX },
	},
	{
		.name = "TDH.IMPORT.STATE.TD",
		.call = seam_calls_import_state_td,
		.rax = SEAM_TDH_IMPORT_STATE_TD,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_R8 | SEAM_CALLS_R9 |
			   SEAM_CALLS_R10,
		.in = {
			.rcx = ARG(0),
			.r8 = ARG(1),
			.r9 = ARG(2),
			.r10 = ARG(3),
		},
		.nr_out = 2,
		.out_reg = { SEAM_CALLS_REG_RCX, SEAM_CALLS_REG_RDX },
	},
	{
		.name = "TDH.IMPORT.STATE.VP",
		.call = seam_calls_import_state_vp,
		.rax = SEAM_TDH_IMPORT_STATE_VP,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_R8 | SEAM_CALLS_R9 |
			   SEAM_CALLS_R10,
		.in = {
			.rcx = ARG(0),
			.r8 = ARG(1),
			.r9 = ARG(2),
			.r10 = ARG(3),
		},
		.nr_out = 2,
		.out_reg = { SEAM_CALLS_REG_RCX, SEAM_CALLS_REG_RDX },
	},
	{
		.name = "TDH.MIG.STREAM.CREATE",
		.call = seam_calls_mig_stream_create,
		.rax = SEAM_TDH_MIG_STREAM_CREATE,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX,
		.in = { .rdx = ARG(0), .rcx = ARG(1) },
	},
	{
		.name = "TDH.VP.INIT v1",
		.call = seam_calls_vp_init_apicid,
		.rax = SEAM_LEAF_VER(SEAM_TDH_VP_INIT, 1),
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX | SEAM_CALLS_R8,
		.in = { .rcx = ARG(0), .rdx = ARG(1), .r8 = (u32)ARG(2) },
	},
	{
		.name = "TDH.SERVTD.BIND",
		.call = seam_calls_servtd_bind,
		.rax = SEAM_TDH_SERVTD_BIND,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX | SEAM_CALLS_R8 |
			   SEAM_CALLS_R9 | SEAM_CALLS_R10,
		.in = {
			.rcx = ARG(0),
			.rdx = ARG(1),
			.r8 = ARG(2),
			.r9 = ARG(3),
			.r10 = ARG(4),
		},
		.nr_out = 5,
		.out_reg = {
			SEAM_CALLS_REG_RCX,
			SEAM_CALLS_REG_R10,
			SEAM_CALLS_REG_R11,
			SEAM_CALLS_REG_R12,
			SEAM_CALLS_REG_R13,
		},
	},
	{
		.name = "TDH.EXPORT.MEM",
		.call = seam_calls_export_mem,
		.rax = SEAM_TDH_EXPORT_MEM,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX | SEAM_CALLS_R8 |
			   SEAM_CALLS_R9 | SEAM_CALLS_R10 | SEAM_CALLS_R11 |
			   SEAM_CALLS_R12,
		.in = {
			.rdx = ARG(0),
			.rcx = ARG(1),
			.r8 = ARG(2),
			.r9 = ARG(3),
			.r10 = ARG(4),
			.r11 = ARG(5),
			.r12 = ARG(6),
		},
		.nr_out = 2,
		.out_reg = { SEAM_CALLS_REG_RCX, SEAM_CALLS_REG_RDX },
	},
	{
		.name = "TDH.IMPORT.MEM",
		.call = seam_calls_import_mem,
		.rax = SEAM_TDH_IMPORT_MEM,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX | SEAM_CALLS_R8 |
			   SEAM_CALLS_R9 | SEAM_CALLS_R10 | SEAM_CALLS_R11 |
			   SEAM_CALLS_R12 | SEAM_CALLS_R13,
		.in = {
			.rdx = ARG(0),
			.rcx = ARG(1),
			.r8 = ARG(2),
			.r9 = ARG(3),
			.r10 = ARG(4),
			.r11 = ARG(5),
			.r12 = ARG(6),
			.r13 = ARG(7),
		},
		.nr_out = 1,
		.out_reg = { SEAM_CALLS_REG_RCX },
	},
	{
		.name = "TDH.SYS.CONFIG v1",
		.call = seam_calls_sys_config_v1,
		.rax = SEAM_LEAF_VER(SEAM_TDH_SYS_CONFIG, 1),
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX | SEAM_CALLS_R8 |
			   SEAM_CALLS_R9,
		.in = { .rcx = ARG(0), .rdx = ARG(1), .r8 = ARG(2), .r9 = ARG(3) },
		.profile = SEAM_MODEL_PROFILE_2_0,
	},
	{
		.name = "TDH.SYS.UPDATE v1",
		.call = seam_calls_sys_update_v1,
		.rax = SEAM_LEAF_VER(SEAM_TDH_SYS_UPDATE, 1),
		.in_mask = SEAM_CALLS_R9,
		.in = { .r9 = ARG(0) },
		.profile = SEAM_MODEL_PROFILE_2_0,
	},
	{
		.name = "TDH.PHYMEM.PAMT.ADD",
		.call = seam_calls_pamt_add,
		.rax = SEAM_TDH_PHYMEM_PAMT_ADD,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX | SEAM_CALLS_R8,
		.in = { .rcx = ARG(0) | SEAM_TDX_PS_2M, .rdx = ARG(1), .r8 = ARG(2) },
		.profile = SEAM_MODEL_PROFILE_2_0,
	},
	{
		.name = "TDH.PHYMEM.PAMT.REMOVE",
		.call = seam_calls_pamt_remove,
		.rax = SEAM_TDH_PHYMEM_PAMT_REMOVE,
		.in_mask = SEAM_CALLS_RCX,
		.in = { .rcx = ARG(0) | SEAM_TDX_PS_2M },
		.nr_out = 2,
		.out_reg = { SEAM_CALLS_REG_RDX, SEAM_CALLS_REG_R8 },
		.profile = SEAM_MODEL_PROFILE_2_0,
	},
	{
		.name = "TDH.EXT.INIT",
		.call = seam_calls_ext_init,
		.rax = SEAM_TDH_EXT_INIT,
		.profile = SEAM_MODEL_PROFILE_2_0,
	},
	{
		.name = "TDH.EXT.MEM.ADD",
		.call = seam_calls_ext_mem_add,
		.rax = SEAM_TDH_EXT_MEM_ADD,
		.in_mask = SEAM_CALLS_RCX,
		.in = { .rcx = ARG(0) },
		.nr_out = 1,
		.out_reg = { SEAM_CALLS_REG_RCX },
		.profile = SEAM_MODEL_PROFILE_2_0,
	},
	{
		.name = "TDH.SYS.DISABLE",
		.call = seam_calls_sys_disable,
		.rax = SEAM_TDH_SYS_DISABLE,
		.profile = SEAM_MODEL_PROFILE_2_0,
	},
	{
		.name = "TDH.QUOTE.GET",
		.call = seam_calls_quote_get,
		.rax = SEAM_TDH_QUOTE_GET,
		.in_mask = SEAM_CALLS_RCX | SEAM_CALLS_RDX | SEAM_CALLS_R8 |
			   SEAM_CALLS_R9 | SEAM_CALLS_R10 | SEAM_CALLS_R11,
		.in = {
			.rcx = ARG(0),
			.rdx = 0x123400000000ULL,
			.r8 = ARG(2),
			.r9 = ARG(3),
			.r10 = ARG(4),
			.r11 = ARG(5),
		},
		.nr_out = 1,
		.out_reg = { SEAM_CALLS_REG_RCX },
		.profile = SEAM_MODEL_PROFILE_2_0,
	},
	{
		.name = "TDH.QUOTE.INIT",
		.call = seam_calls_quote_init,
		.rax = SEAM_TDH_QUOTE_INIT,
		.profile = SEAM_MODEL_PROFILE_2_0,
	},
};

KUNIT_ARRAY_PARAM_DESC(seam_calls, seam_calls_cases, name);

static int seam_calls_init(struct kunit *test)
{
	struct seam_fixture *f = seam_fixture_create(NULL);

	if (!f)
		return -ENOMEM;
	test->priv = f;
	return 0;
}

static void seam_calls_exit(struct kunit *test)
{
	seam_fixture_destroy(test->priv);
}

/* Replace the test's fixture with a fresh one of model profile @profile. */
static struct seam_fixture *seam_calls_profile(struct kunit *test,
					       unsigned int profile)
{
	const struct seam_model_config cfg = { .profile = profile };
	struct seam_fixture *f;

	if (!profile)
		return test->priv;
	seam_fixture_destroy(test->priv);
	f = seam_fixture_create(&cfg);
	test->priv = f;
	KUNIT_ASSERT_NOT_NULL(test, f);
	return f;
}

/*
 * The model accepts the RAX of every row but leaf 42 (version 1 of 22 is
 * TDH.VP.INIT's, as in module 1.5.05). Leaf 42 does not exist, but a module
 * that is not ready answers SYS_NOT_READY before it looks the leaf up
 * (tdx_vmm_dispatcher.c:179), and these rows run on a fresh model.
 */
static bool seam_calls_rax_rejected(const struct seam_calls_case *c)
{
	return c->rax == SEAM_TDH_MEM_SEPT_WR;
}

/*
 * Check the one logged call against the row's inputs. A register of RCX to
 * R11 the row does not name is loaded with zero, never with a leftover.
 */
static void seam_calls_expect_inputs(struct kunit *test,
				     const struct seam_calls_case *c)
{
	struct seam_fixture *f = test->priv;
	const struct seam_model_log_entry *e;
	struct seam_model_regs want = c->in;
	unsigned int r;

	KUNIT_ASSERT_EQ(test, seam_model_log_count(f->m), 1U);
	e = seam_model_log_get(f->m, 0);
	KUNIT_ASSERT_NOT_NULL(test, e);
	KUNIT_EXPECT_EQ(test, e->in.rax, c->rax);
	for (r = 0; r < SEAM_CALLS_NR_REGS; r++) {
		struct seam_model_regs got = e->in;
		u64 expect = *seam_calls_model_reg(&want, r);

		if (!(c->in_mask & BIT(r)) && !(SEAM_CALLS_RCX_R11 & BIT(r)))
			continue;
		KUNIT_EXPECT_EQ_MSG(test, *seam_calls_model_reg(&got, r),
				    c->in_mask & BIT(r) ? expect : 0,
				    "input register %s", seam_calls_reg_names[r]);
	}
}

/*
 * Success: RAX carries leaf and version, each input sits in its register,
 * and each out-param holds the register the leaf returns it in.
 */
static void seam_calls_marshal_success(struct kunit *test)
{
	const struct seam_calls_case *c = test->param_value;
	struct seam_fixture *f = seam_calls_profile(test, c->profile);
	struct seam_model_regs reply;
	u64 out[5];
	unsigned int k;
	u64 ret;

	seam_calls_fill(out, ARRAY_SIZE(out));
	seam_calls_reply_image(&reply);
	KUNIT_ASSERT_EQ(test, seam_model_inject_reply(f->m, SEAM_MODEL_ANY_LEAF,
						      SEAM_TDX_SUCCESS, &reply), 0);
	ret = c->call(out);
	seam_calls_expect_inputs(test, c);
	if (seam_calls_rax_rejected(c)) {
		KUNIT_EXPECT_EQ(test, ret, SEAM_TDX_SYS_NOT_READY);
		return;
	}
	KUNIT_EXPECT_EQ(test, ret, SEAM_TDX_SUCCESS);
	for (k = 0; k < c->nr_out; k++)
		KUNIT_EXPECT_EQ_MSG(test, out[k], SEAM_CALLS_OUT(c->out_reg[k]),
				    "out-param %u from %s", k,
				    seam_calls_reg_names[c->out_reg[k]]);
	for (; k < ARRAY_SIZE(out); k++)
		KUNIT_EXPECT_EQ(test, out[k], SEAM_CALLS_UNTOUCHED);
}

/* A module error still returns its details through the out-params. */
static void seam_calls_marshal_module_error(struct kunit *test)
{
	const struct seam_calls_case *c = test->param_value;
	const u64 status = SEAM_TDX_OPERAND_BUSY | SEAM_OPERAND_ID_SEPT_TREE;
	struct seam_fixture *f = seam_calls_profile(test, c->profile);
	struct seam_model_regs reply;
	u64 out[5];
	unsigned int k;
	u64 ret;

	if (seam_calls_rax_rejected(c))
		kunit_skip(test, "the module rejects this RAX before any leaf check");
	seam_calls_fill(out, ARRAY_SIZE(out));
	seam_calls_reply_image(&reply);
	KUNIT_ASSERT_EQ(test, seam_model_inject_reply(f->m, SEAM_MODEL_ANY_LEAF,
						      status, &reply), 0);
	ret = c->call(out);
	KUNIT_EXPECT_EQ(test, ret, status);
	for (k = 0; k < c->nr_out; k++)
		KUNIT_EXPECT_EQ(test, out[k], SEAM_CALLS_OUT(c->out_reg[k]));
}

/* The faults that keep the module from running, and the status each gives. */
static const struct {
	enum seam_model_fault fault;
	u64 status;
} seam_calls_sw_faults[] = {
	{ SEAM_MODEL_FAULT_VMFAIL, SEAM_TDX_SEAMCALL_VMFAILINVALID },
	{ SEAM_MODEL_FAULT_GP, SEAM_TDX_SEAMCALL_GP },
	{ SEAM_MODEL_FAULT_UD, SEAM_TDX_SEAMCALL_UD },
};

/*
 * Without the module each failure is a software error, and every out-param
 * holds what the wrapper loaded into its register: the input it passed
 * there, or zero for a register it did not load.
 */
static void seam_calls_marshal_no_module(struct kunit *test)
{
	const struct seam_calls_case *c = test->param_value;
	struct seam_model_regs in = c->in;
	struct seam_fixture *f = seam_calls_profile(test, c->profile);
	unsigned int i, k, r;
	u64 out[5];

	for (i = 0; i < ARRAY_SIZE(seam_calls_sw_faults); i++) {
		seam_calls_fill(out, ARRAY_SIZE(out));
		KUNIT_ASSERT_EQ(test, seam_fixture_inject(f, seam_calls_sw_faults[i].fault,
							  SEAM_MODEL_ANY_LEAF, 1, 0), 0);
		KUNIT_EXPECT_EQ(test, c->call(out), seam_calls_sw_faults[i].status);
		for (k = 0; k < c->nr_out; k++) {
			r = c->out_reg[k];
			KUNIT_EXPECT_EQ_MSG(test, out[k],
					    c->in_mask & BIT(r) ?
					    *seam_calls_model_reg(&in, r) : 0,
					    "out-param %u", k);
		}
	}
	KUNIT_EXPECT_EQ(test, seam_model_log_count(f->m), 3U);
}

/* Variants: which members of the register block each one stores, and when. */

enum seam_calls_variant {
	SEAM_CALLS_PLAIN,
	SEAM_CALLS_RET,
	SEAM_CALLS_SAVED_RET,
	SEAM_CALLS_INLINE,
};

enum seam_calls_outcome {
	SEAM_CALLS_REPLY_SUCCESS,
	SEAM_CALLS_REPLY_ERROR,
	SEAM_CALLS_NO_ENTROPY,
	SEAM_CALLS_VMFAIL,
	SEAM_CALLS_GP,
	SEAM_CALLS_UD,
};

/*
 * The variants are tried on version 1 of TDH.MEM.SEPT.REMOVE, which writes
 * RCX, RDX and R9 to R11 but not R8, so a scripted reply shows both what a
 * variant stores and what it leaves alone. seam_call_inline() loads RCX and
 * RDX and stores what the leaf writes; R8, which it neither loads nor
 * stores, keeps the caller's value in the block. On RND_NO_ENTROPY every
 * attempt passes the caller's inputs, and the last one's outputs are
 * stored like those of any other module status.
 */
#define SEAM_CALLS_VARIANT_FN	SEAM_LEAF_VER(SEAM_TDH_MEM_SEPT_REMOVE, 1)
#define SEAM_CALLS_VARIANT_WRITES (SEAM_CALLS_RCX | SEAM_CALLS_RDX |	\
				   SEAM_CALLS_R9 | SEAM_CALLS_R10 |	\
				   SEAM_CALLS_R11)
#define SEAM_CALLS_INLINE_IN	(SEAM_REG_RCX | SEAM_REG_RDX)
#define SEAM_CALLS_INLINE_OUT	(SEAM_REG_RCX | SEAM_REG_RDX | SEAM_REG_R9 | \
				 SEAM_REG_R10 | SEAM_REG_R11)

struct seam_calls_variant_case {
	const char *name;
	enum seam_calls_variant variant;
	enum seam_calls_outcome outcome;
	u64 status;		/* expected result */
	unsigned int loaded;	/* registers the call passes to the module */
	unsigned int stored;	/* members of the block it writes back */
	unsigned int attempts;	/* SEAMCALLs it issues */
};

static const struct seam_calls_variant_case seam_calls_variant_cases[] = {
	{
		.name = "seam_call(): success",
		.variant = SEAM_CALLS_PLAIN,
		.outcome = SEAM_CALLS_REPLY_SUCCESS,
		.status = SEAM_TDX_SUCCESS,
		.loaded = SEAM_CALLS_RCX_R11,
		.stored = 0,
		.attempts = 1,
	},
	{
		.name = "seam_call(): module error",
		.variant = SEAM_CALLS_PLAIN,
		.outcome = SEAM_CALLS_REPLY_ERROR,
		.status = SEAM_TDX_OPERAND_BUSY | SEAM_OPERAND_ID_TDR,
		.loaded = SEAM_CALLS_RCX_R11,
		.stored = 0,
		.attempts = 1,
	},
	{
		.name = "seam_call(): no entropy",
		.variant = SEAM_CALLS_PLAIN,
		.outcome = SEAM_CALLS_NO_ENTROPY,
		.status = SEAM_TDX_RND_NO_ENTROPY,
		.loaded = SEAM_CALLS_RCX_R11,
		.stored = 0,
		.attempts = SEAM_RND_RETRIES,
	},
	{
		.name = "seam_call(): VMfailInvalid",
		.variant = SEAM_CALLS_PLAIN,
		.outcome = SEAM_CALLS_VMFAIL,
		.status = SEAM_TDX_SEAMCALL_VMFAILINVALID,
		.loaded = SEAM_CALLS_RCX_R11,
		.stored = 0,
		.attempts = 1,
	},
	{
		.name = "seam_call(): GP fault",
		.variant = SEAM_CALLS_PLAIN,
		.outcome = SEAM_CALLS_GP,
		.status = SEAM_TDX_SEAMCALL_GP,
		.loaded = SEAM_CALLS_RCX_R11,
		.stored = 0,
		.attempts = 1,
	},
	{
		.name = "seam_call(): UD fault",
		.variant = SEAM_CALLS_PLAIN,
		.outcome = SEAM_CALLS_UD,
		.status = SEAM_TDX_SEAMCALL_UD,
		.loaded = SEAM_CALLS_RCX_R11,
		.stored = 0,
		.attempts = 1,
	},
	{
		.name = "seam_call_ret(): success",
		.variant = SEAM_CALLS_RET,
		.outcome = SEAM_CALLS_REPLY_SUCCESS,
		.status = SEAM_TDX_SUCCESS,
		.loaded = SEAM_CALLS_RCX_R11,
		.stored = SEAM_CALLS_RCX_R11,
		.attempts = 1,
	},
	{
		.name = "seam_call_ret(): module error",
		.variant = SEAM_CALLS_RET,
		.outcome = SEAM_CALLS_REPLY_ERROR,
		.status = SEAM_TDX_OPERAND_BUSY | SEAM_OPERAND_ID_TDR,
		.loaded = SEAM_CALLS_RCX_R11,
		.stored = SEAM_CALLS_RCX_R11,
		.attempts = 1,
	},
	{
		.name = "seam_call_ret(): no entropy",
		.variant = SEAM_CALLS_RET,
		.outcome = SEAM_CALLS_NO_ENTROPY,
		.status = SEAM_TDX_RND_NO_ENTROPY,
		.loaded = SEAM_CALLS_RCX_R11,
		.stored = SEAM_CALLS_RCX_R11,
		.attempts = SEAM_RND_RETRIES,
	},
	{
		.name = "seam_call_ret(): VMfailInvalid",
		.variant = SEAM_CALLS_RET,
		.outcome = SEAM_CALLS_VMFAIL,
		.status = SEAM_TDX_SEAMCALL_VMFAILINVALID,
		.loaded = SEAM_CALLS_RCX_R11,
		.stored = 0,
		.attempts = 1,
	},
	{
		.name = "seam_call_ret(): GP fault",
		.variant = SEAM_CALLS_RET,
		.outcome = SEAM_CALLS_GP,
		.status = SEAM_TDX_SEAMCALL_GP,
		.loaded = SEAM_CALLS_RCX_R11,
		.stored = 0,
		.attempts = 1,
	},
	{
		.name = "seam_call_ret(): UD fault",
		.variant = SEAM_CALLS_RET,
		.outcome = SEAM_CALLS_UD,
		.status = SEAM_TDX_SEAMCALL_UD,
		.loaded = SEAM_CALLS_RCX_R11,
		.stored = 0,
		.attempts = 1,
	},
	{
		.name = "seam_call_saved_ret(): success",
		.variant = SEAM_CALLS_SAVED_RET,
		.outcome = SEAM_CALLS_REPLY_SUCCESS,
		.status = SEAM_TDX_SUCCESS,
		.loaded = SEAM_CALLS_ALL,
		.stored = SEAM_CALLS_ALL,
		.attempts = 1,
	},
	{
		.name = "seam_call_saved_ret(): module error",
		.variant = SEAM_CALLS_SAVED_RET,
		.outcome = SEAM_CALLS_REPLY_ERROR,
		.status = SEAM_TDX_OPERAND_BUSY | SEAM_OPERAND_ID_TDR,
		.loaded = SEAM_CALLS_ALL,
		.stored = SEAM_CALLS_ALL,
		.attempts = 1,
	},
	{
		.name = "seam_call_saved_ret(): no entropy",
		.variant = SEAM_CALLS_SAVED_RET,
		.outcome = SEAM_CALLS_NO_ENTROPY,
		.status = SEAM_TDX_RND_NO_ENTROPY,
		.loaded = SEAM_CALLS_ALL,
		.stored = SEAM_CALLS_ALL,
		.attempts = SEAM_RND_RETRIES,
	},
	{
		.name = "seam_call_saved_ret(): VMfailInvalid",
		.variant = SEAM_CALLS_SAVED_RET,
		.outcome = SEAM_CALLS_VMFAIL,
		.status = SEAM_TDX_SEAMCALL_VMFAILINVALID,
		.loaded = SEAM_CALLS_ALL,
		.stored = 0,
		.attempts = 1,
	},
	{
		.name = "seam_call_saved_ret(): GP fault",
		.variant = SEAM_CALLS_SAVED_RET,
		.outcome = SEAM_CALLS_GP,
		.status = SEAM_TDX_SEAMCALL_GP,
		.loaded = SEAM_CALLS_ALL,
		.stored = 0,
		.attempts = 1,
	},
	{
		.name = "seam_call_saved_ret(): UD fault",
		.variant = SEAM_CALLS_SAVED_RET,
		.outcome = SEAM_CALLS_UD,
		.status = SEAM_TDX_SEAMCALL_UD,
		.loaded = SEAM_CALLS_ALL,
		.stored = 0,
		.attempts = 1,
	},
	{
		.name = "seam_call_inline(): success",
		.variant = SEAM_CALLS_INLINE,
		.outcome = SEAM_CALLS_REPLY_SUCCESS,
		.status = SEAM_TDX_SUCCESS,
		.loaded = SEAM_CALLS_RCX | SEAM_CALLS_RDX,
		.stored = SEAM_CALLS_VARIANT_WRITES,
		.attempts = 1,
	},
	{
		.name = "seam_call_inline(): module error",
		.variant = SEAM_CALLS_INLINE,
		.outcome = SEAM_CALLS_REPLY_ERROR,
		.status = SEAM_TDX_OPERAND_BUSY | SEAM_OPERAND_ID_TDR,
		.loaded = SEAM_CALLS_RCX | SEAM_CALLS_RDX,
		.stored = SEAM_CALLS_VARIANT_WRITES,
		.attempts = 1,
	},
	{
		.name = "seam_call_inline(): no entropy",
		.variant = SEAM_CALLS_INLINE,
		.outcome = SEAM_CALLS_NO_ENTROPY,
		.status = SEAM_TDX_RND_NO_ENTROPY,
		.loaded = SEAM_CALLS_RCX | SEAM_CALLS_RDX,
		.stored = SEAM_CALLS_VARIANT_WRITES,
		.attempts = SEAM_RND_RETRIES,
	},
	{
		.name = "seam_call_inline(): VMfailInvalid",
		.variant = SEAM_CALLS_INLINE,
		.outcome = SEAM_CALLS_VMFAIL,
		.status = SEAM_TDX_SEAMCALL_VMFAILINVALID,
		.loaded = SEAM_CALLS_RCX | SEAM_CALLS_RDX,
		.stored = 0,
		.attempts = 1,
	},
	{
		.name = "seam_call_inline(): GP fault",
		.variant = SEAM_CALLS_INLINE,
		.outcome = SEAM_CALLS_GP,
		.status = SEAM_TDX_SEAMCALL_GP,
		.loaded = SEAM_CALLS_RCX | SEAM_CALLS_RDX,
		.stored = 0,
		.attempts = 1,
	},
	{
		.name = "seam_call_inline(): UD fault",
		.variant = SEAM_CALLS_INLINE,
		.outcome = SEAM_CALLS_UD,
		.status = SEAM_TDX_SEAMCALL_UD,
		.loaded = SEAM_CALLS_RCX | SEAM_CALLS_RDX,
		.stored = 0,
		.attempts = 1,
	},
};

KUNIT_ARRAY_PARAM_DESC(seam_calls_variant, seam_calls_variant_cases, name);

/*
 * The inline variant on a block it only knows by pointer: with outline
 * sanitizer checks every access through @a is a call, and none may land
 * between the register setup and the SEAMCALL.
 */
static noinline u64 seam_calls_inline_by_pointer(struct seam_args *a)
{
	return seam_call_inline(SEAM_CALLS_VARIANT_FN, a, SEAM_CALLS_INLINE_IN,
				SEAM_CALLS_INLINE_OUT);
}

/* Each variant called by name, as a caller would. */
static u64 seam_calls_variant_call(enum seam_calls_variant v, struct seam_args *a)
{
	switch (v) {
	case SEAM_CALLS_PLAIN:
		return seam_call(SEAM_CALLS_VARIANT_FN, a);
	case SEAM_CALLS_RET:
		return seam_call_ret(SEAM_CALLS_VARIANT_FN, a);
	case SEAM_CALLS_SAVED_RET:
		return seam_call_saved_ret(SEAM_CALLS_VARIANT_FN, a);
	case SEAM_CALLS_INLINE:
		break;
	}
	return seam_calls_inline_by_pointer(a);
}

static void seam_calls_variant_stores(struct kunit *test)
{
	const struct seam_calls_variant_case *c = test->param_value;
	struct seam_fixture *f = test->priv;
	struct seam_model_regs reply;
	unsigned int r, i, written;
	struct seam_args args;
	int err = -EINVAL;
	u64 ret;

	for (r = 0; r < SEAM_CALLS_NR_REGS; r++)
		*seam_calls_args_reg(&args, r) = ARG(r);
	seam_calls_reply_image(&reply);

	switch (c->outcome) {
	case SEAM_CALLS_REPLY_SUCCESS:
	case SEAM_CALLS_REPLY_ERROR:
		/* Only the saved variant may see R12 and up change. */
		if (c->variant == SEAM_CALLS_SAVED_RET)
			err = seam_model_inject_reply_all(f->m, SEAM_TDH_MEM_SEPT_REMOVE,
							  c->status, &reply);
		else
			err = seam_model_inject_reply(f->m, SEAM_TDH_MEM_SEPT_REMOVE,
						      c->status, &reply);
		break;
	case SEAM_CALLS_NO_ENTROPY:
		err = seam_fixture_inject(f, SEAM_MODEL_FAULT_NO_ENTROPY,
					  SEAM_TDH_MEM_SEPT_REMOVE,
					  2 * SEAM_RND_RETRIES, 0);
		break;
	case SEAM_CALLS_VMFAIL:
		err = seam_fixture_inject(f, SEAM_MODEL_FAULT_VMFAIL,
					  SEAM_TDH_MEM_SEPT_REMOVE, 1, 0);
		break;
	case SEAM_CALLS_GP:
		err = seam_fixture_inject(f, SEAM_MODEL_FAULT_GP,
					  SEAM_TDH_MEM_SEPT_REMOVE, 1, 0);
		break;
	case SEAM_CALLS_UD:
		err = seam_fixture_inject(f, SEAM_MODEL_FAULT_UD,
					  SEAM_TDH_MEM_SEPT_REMOVE, 1, 0);
		break;
	}
	KUNIT_ASSERT_EQ(test, err, 0);

	ret = seam_calls_variant_call(c->variant, &args);
	KUNIT_EXPECT_EQ(test, ret, c->status);

	/*
	 * A member the variant stores holds what the module left in the
	 * register: its output if the leaf writes it, else the input. Every
	 * other member is as the caller set it.
	 */
	written = c->variant == SEAM_CALLS_SAVED_RET ? SEAM_CALLS_ALL :
		  SEAM_CALLS_VARIANT_WRITES;
	if (c->outcome != SEAM_CALLS_REPLY_SUCCESS &&
	    c->outcome != SEAM_CALLS_REPLY_ERROR)
		written = 0;
	for (r = 0; r < SEAM_CALLS_NR_REGS; r++) {
		u64 got = *seam_calls_args_reg(&args, r);

		/* A stored register the leaf does not write holds anything. */
		if (!(c->stored & BIT(r)))
			KUNIT_EXPECT_EQ_MSG(test, got, ARG(r), "member %s",
					    seam_calls_reg_names[r]);
		else if (written & BIT(r))
			KUNIT_EXPECT_EQ_MSG(test, got, SEAM_CALLS_OUT(r), "member %s",
					    seam_calls_reg_names[r]);
	}

	/* Every attempt passed the caller's inputs, also after a failed one. */
	KUNIT_EXPECT_EQ(test, seam_model_log_count(f->m), c->attempts);
	for (i = 0; i < c->attempts; i++) {
		const struct seam_model_log_entry *e = seam_model_log_get(f->m, i);
		struct seam_model_regs in;

		KUNIT_ASSERT_NOT_NULL(test, e);
		in = e->in;
		KUNIT_EXPECT_EQ(test, in.rax, (u64)SEAM_CALLS_VARIANT_FN);
		for (r = 0; r < SEAM_CALLS_NR_REGS; r++) {
			if (c->loaded & BIT(r))
				KUNIT_EXPECT_EQ_MSG(test, *seam_calls_model_reg(&in, r),
						    ARG(r), "attempt %u, %s", i,
						    seam_calls_reg_names[r]);
			/* The inline variant loads zero into RCX..R11 it does not pass. */
			else if (c->variant == SEAM_CALLS_INLINE &&
				 (SEAM_CALLS_RCX_R11 & BIT(r)))
				KUNIT_EXPECT_EQ_MSG(test, *seam_calls_model_reg(&in, r),
						    0ULL, "attempt %u, %s", i,
						    seam_calls_reg_names[r]);
		}
	}
}

/* The retry: bounded, reloading inputs, and only where it belongs. */

/* Three NO_ENTROPY answers, then TDH.MNG.CREATE succeeds with the same inputs. */
static void seam_calls_retry_until_success(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	/* The first private KeyID is the global one the fixture configures. */
	u16 hkid = seam_model_first_private_hkid(f->m) + 1;
	const struct seam_model_log_entry *e;
	unsigned int i;
	u64 tdr;

	KUNIT_ASSERT_EQ(test, seam_fixture_sys_init(f), SEAM_TDX_SUCCESS);
	tdr = seam_fixture_alloc_page(f);
	KUNIT_ASSERT_NE(test, tdr, 0ULL);
	seam_model_log_clear(f->m);
	KUNIT_ASSERT_EQ(test, seam_fixture_inject(f, SEAM_MODEL_FAULT_NO_ENTROPY,
						  SEAM_TDH_MNG_CREATE, 3, 0), 0);
	KUNIT_EXPECT_EQ(test, seam_tdh_mng_create(tdr, hkid), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_log_count(f->m), 4U);
	for (i = 0; i < 4; i++) {
		e = seam_model_log_get(f->m, i);
		KUNIT_ASSERT_NOT_NULL(test, e);
		KUNIT_EXPECT_EQ(test, e->in.rcx, tdr);
		KUNIT_EXPECT_EQ(test, e->in.rdx, (u64)hkid);
		KUNIT_EXPECT_EQ(test, e->injected, i < 3);
	}
	KUNIT_EXPECT_EQ(test, seam_model_td_hkid(f->m, tdr), hkid);
}

/* Never more than SEAM_RND_RETRIES attempts. */
static void seam_calls_retry_is_bounded(struct kunit *test)
{
	struct seam_fixture *f = test->priv;

	KUNIT_ASSERT_EQ(test, seam_fixture_sys_init(f), SEAM_TDX_SUCCESS);
	seam_model_log_clear(f->m);
	KUNIT_ASSERT_EQ(test, seam_fixture_inject(f, SEAM_MODEL_FAULT_NO_ENTROPY,
						  SEAM_TDH_MNG_ADDCX, 25, 0), 0);
	KUNIT_EXPECT_EQ(test, seam_tdh_mng_addcx(ARG(0), ARG(1)),
			SEAM_TDX_RND_NO_ENTROPY);
	KUNIT_EXPECT_EQ(test, seam_model_log_count(f->m), (unsigned int)SEAM_RND_RETRIES);
	KUNIT_EXPECT_EQ(test, seam_model_faults_pending(f->m),
			25U - SEAM_RND_RETRIES);
}

/* TDH.VP.ENTER is issued exactly once, through any path. */
static void seam_calls_vp_enter_never_retried(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	struct seam_args args = { };

	KUNIT_ASSERT_EQ(test, seam_fixture_inject(f, SEAM_MODEL_FAULT_NO_ENTROPY,
						  SEAM_TDH_VP_ENTER, 5, 0), 0);
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_enter(ARG(0), &args),
			SEAM_TDX_RND_NO_ENTROPY);
	KUNIT_EXPECT_EQ(test, seam_model_log_count(f->m), 1U);
	KUNIT_EXPECT_EQ(test, seam_call_saved_ret(SEAM_TDH_VP_ENTER, &args),
			SEAM_TDX_RND_NO_ENTROPY);
	KUNIT_EXPECT_EQ(test, seam_model_log_count(f->m), 2U);
	KUNIT_EXPECT_EQ(test, seam_model_faults_pending(f->m), 3U);
}

/*
 * Every wrapper retries RND_NO_ENTROPY, whether or not its leaf draws random
 * numbers: TDH.IMPORT.STATE.IMMUTABLE does (module 1.5.01 returns it there),
 * TDH.MNG.RD does not. Each attempt passes the caller's inputs.
 */
static void seam_calls_every_wrapper_retries(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	u64 out[2] = { SEAM_CALLS_UNTOUCHED, SEAM_CALLS_UNTOUCHED };
	const struct seam_model_log_entry *e;
	unsigned int i;
	u64 ret;

	KUNIT_ASSERT_EQ(test, seam_fixture_inject(f, SEAM_MODEL_FAULT_NO_ENTROPY,
						  SEAM_TDH_IMPORT_STATE_IMMUTABLE, 3, 0), 0);
	ret = seam_tdh_import_state_immutable(ARG(0), ARG(1), ARG(2), ARG(3),
					      &out[0], &out[1]);
	KUNIT_EXPECT_NE(test, ret, SEAM_TDX_RND_NO_ENTROPY);
	KUNIT_ASSERT_EQ(test, seam_model_log_count(f->m), 4U);
	for (i = 0; i < 4; i++) {
		e = seam_model_log_get(f->m, i);
		KUNIT_ASSERT_NOT_NULL(test, e);
		KUNIT_EXPECT_EQ(test, e->in.rcx, ARG(0));
		KUNIT_EXPECT_EQ(test, e->in.r8, ARG(1));
		KUNIT_EXPECT_EQ(test, e->in.r9, ARG(2));
		KUNIT_EXPECT_EQ(test, e->in.r10, ARG(3));
		KUNIT_EXPECT_EQ(test, e->injected, i < 3);
	}

	seam_model_log_clear(f->m);
	KUNIT_ASSERT_EQ(test, seam_fixture_inject(f, SEAM_MODEL_FAULT_NO_ENTROPY,
						  SEAM_TDH_MNG_RD, 2, 0), 0);
	ret = seam_tdh_mng_rd(ARG(0), ARG(1), &out[0]);
	KUNIT_EXPECT_NE(test, ret, SEAM_TDX_RND_NO_ENTROPY);
	KUNIT_EXPECT_EQ(test, seam_model_log_count(f->m), 3U);
	KUNIT_EXPECT_EQ(test, seam_model_log_get(f->m, 2)->in.rdx, ARG(1));
}

/* The _ret variant retries a real leaf with its inputs, not its outputs. */
static void seam_calls_ret_retry_reloads_inputs(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	struct seam_args args;
	u64 ret;

	KUNIT_ASSERT_EQ(test, seam_fixture_sys_init(f), SEAM_TDX_SUCCESS);
	args = (struct seam_args){ .rdx = SEAM_MD_SYS_MAJOR_VERSION };
	seam_model_log_clear(f->m);
	KUNIT_ASSERT_EQ(test, seam_fixture_inject(f, SEAM_MODEL_FAULT_NO_ENTROPY,
						  SEAM_TDH_SYS_RD, 2, 0), 0);
	ret = seam_call_ret(SEAM_TDH_SYS_RD, &args);
	KUNIT_EXPECT_EQ(test, ret, SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_log_count(f->m), 3U);
	KUNIT_EXPECT_EQ(test, seam_model_log_get(f->m, 2)->in.rdx,
			SEAM_MD_SYS_MAJOR_VERSION);
	KUNIT_EXPECT_EQ(test, args.r8, seam_model_log_get(f->m, 2)->out.r8);
}

/*
 * TDH.VP.ENTER hands all 13 registers to the module and back: RCX carries
 * the TDVPR, the others what the caller put in the block, and every member
 * comes back from its register.
 */
static void seam_calls_vp_enter_marshalling(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	const struct seam_model_log_entry *e;
	struct seam_model_regs reply, in;
	struct seam_args args;
	unsigned int r;

	for (r = 0; r < SEAM_CALLS_NR_REGS; r++)
		*seam_calls_args_reg(&args, r) = ARG(r);
	seam_calls_reply_image(&reply);
	KUNIT_ASSERT_EQ(test, seam_model_inject_reply(f->m, SEAM_TDH_VP_ENTER,
						      SEAM_TDX_SUCCESS | 12, &reply), 0);
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_enter(ARG(20), &args),
			SEAM_TDX_SUCCESS | 12);
	e = seam_model_log_last(f->m);
	KUNIT_ASSERT_NOT_NULL(test, e);
	in = e->in;
	KUNIT_EXPECT_EQ(test, in.rax, (u64)SEAM_TDH_VP_ENTER);
	KUNIT_EXPECT_EQ(test, in.rcx, ARG(20));
	for (r = SEAM_CALLS_REG_RDX; r < SEAM_CALLS_NR_REGS; r++)
		KUNIT_EXPECT_EQ_MSG(test, *seam_calls_model_reg(&in, r), ARG(r),
				    "input register %s", seam_calls_reg_names[r]);
	for (r = 0; r < SEAM_CALLS_NR_REGS; r++)
		KUNIT_EXPECT_EQ_MSG(test, *seam_calls_args_reg(&args, r),
				    SEAM_CALLS_OUT(r), "member %s",
				    seam_calls_reg_names[r]);
}

/*
 * Version 1 of TDH.MNG.RD and TDH.VP.RD also returns the next field ID in
 * RDX, through seam_call_ret(): the next element of a multi-element field,
 * else the next field (module order: ATTRIBUTES, then XFAM).
 */
static void seam_calls_rd_v1_next_field(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	struct seam_args a;

	KUNIT_ASSERT_EQ(test, seam_fixture_create_td(f), SEAM_TDX_SUCCESS);

	a = (struct seam_args){ .rcx = f->td.tdr,
				.rdx = SEAM_MD_ID_TD_ATTRIBUTES };
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_LEAF_VER(SEAM_TDH_MNG_RD, 1), &a),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, a.rdx, SEAM_MD_ID_TD_XFAM);
	a = (struct seam_args){ .rcx = f->td.tdr,
				.rdx = SEAM_MD_ID_TD_MRTD + 4 };
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_LEAF_VER(SEAM_TDH_MNG_RD, 1), &a),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, a.rdx, SEAM_MD_ID_TD_MRTD + 5);

	a = (struct seam_args){ .rcx = f->td.tdvpr,
				.rdx = SEAM_MD_ID_VP_VCPU_INDEX };
	KUNIT_EXPECT_EQ(test, seam_call_ret(SEAM_LEAF_VER(SEAM_TDH_VP_RD, 1), &a),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, a.r8, 0ULL);
}

/* The CACHE.WB helper starts, then resumes while interrupted, then stops. */
static void seam_calls_cache_wb_all_resumes(struct kunit *test)
{
	const struct seam_model_regs none = { };
	struct seam_fixture *f = test->priv;
	unsigned int i;

	KUNIT_ASSERT_EQ(test, seam_fixture_inject(f, SEAM_MODEL_FAULT_INTERRUPTED,
						  SEAM_TDH_PHYMEM_CACHE_WB, 2, 0), 0);
	KUNIT_ASSERT_EQ(test, seam_model_inject_reply(f->m, SEAM_TDH_PHYMEM_CACHE_WB,
						      SEAM_TDX_SUCCESS, &none), 0);
	KUNIT_EXPECT_EQ(test, seam_tdh_phymem_cache_wb_all(10), SEAM_TDX_SUCCESS);
	KUNIT_ASSERT_EQ(test, seam_model_log_count(f->m), 3U);
	for (i = 0; i < 3; i++)
		KUNIT_EXPECT_EQ(test, seam_model_log_get(f->m, i)->in.rcx,
				i ? (u64)SEAM_CACHE_WB_RESUME : (u64)SEAM_CACHE_WB_START);

	/* A bound of 2 calls gives up while still interrupted. */
	seam_model_log_clear(f->m);
	KUNIT_ASSERT_EQ(test, seam_fixture_inject(f, SEAM_MODEL_FAULT_INTERRUPTED,
						  SEAM_TDH_PHYMEM_CACHE_WB, 5, 0), 0);
	KUNIT_EXPECT_EQ(test, seam_tdh_phymem_cache_wb_all(2),
			SEAM_TDX_INTERRUPTED_RESUMABLE);
	KUNIT_EXPECT_EQ(test, seam_model_log_count(f->m), 2U);
}

/* The TDMR.INIT helper calls again until the next address reaches the end. */
static void seam_calls_tdmr_init_all_loops(struct kunit *test)
{
	const struct seam_model_config cfg = { .nr_pages = 64, .tdmr_init_pages = 16 };
	struct seam_fixture *f = test->priv;
	u64 base, ret;

	/* A model that initialises 16 of its 64 pages per call. */
	seam_fixture_destroy(f);
	f = seam_fixture_create(&cfg);
	test->priv = f;
	KUNIT_ASSERT_NOT_NULL(test, f);
	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_READY),
			SEAM_TDX_SUCCESS);
	base = f->cfg.hpa_base;
	seam_model_log_clear(f->m);
	ret = seam_tdh_sys_tdmr_init_all(base, 64 * 4096ULL);
	KUNIT_EXPECT_EQ(test, ret, SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_log_count(f->m), 4U);
	KUNIT_EXPECT_EQ(test, seam_model_log_last(f->m)->out.rdx,
			base + 64 * 4096ULL);
	KUNIT_EXPECT_EQ(test, seam_model_log_last(f->m)->in.rcx, base);
}

/* Page I of a register array: distinct and page aligned. */
#define SEAM_CALLS_PAGE(i)	(0x7000000ULL + 0x1000ULL * (i))
/* Register numbers (enum seam_calls_reg) of PAMT.ADD's array, from RDX. */
#define SEAM_CALLS_DPAMT_FIRST	SEAM_CALLS_REG_RDX
/* ... and of DEMOTE's, from R12. */
#define SEAM_CALLS_DEMOTE_FIRST	SEAM_CALLS_REG_R12

/*
 * Check the one logged call's registers from @first on: the @n pages, then
 * zero up to RSI. Up to five pages go through the plain variant, which
 * loads RCX to R11 only, so registers above R11 are checked only for more.
 */
static void seam_calls_expect_array(struct kunit *test, unsigned int first,
				    unsigned int n)
{
	struct seam_fixture *f = test->priv;
	struct seam_model_regs in;
	unsigned int r, last;

	KUNIT_ASSERT_EQ(test, seam_model_log_count(f->m), 1U);
	in = seam_model_log_get(f->m, 0)->in;
	last = first + n <= SEAM_CALLS_REG_R11 + 1 && first == SEAM_CALLS_DPAMT_FIRST ?
	       SEAM_CALLS_REG_R11 : SEAM_CALLS_REG_RSI;
	for (r = first; r <= last; r++)
		KUNIT_EXPECT_EQ_MSG(test, *seam_calls_model_reg(&in, r),
				    r < first + n ? SEAM_CALLS_PAGE(r - first) : 0,
				    "%u pages: register %s", n, seam_calls_reg_names[r]);
}

/*
 * TDH.PHYMEM.PAMT.ADD with every page count a module can report: RCX is
 * the 2 MiB range with level 2M, the pages fill RDX, R8, ... R15, RBX,
 * RDI, RSI in that order, and nothing else is loaded.
 */
static void seam_calls_pamt_add_array(struct kunit *test)
{
	struct seam_fixture *f = seam_calls_profile(test, SEAM_MODEL_PROFILE_2_0);
	const struct seam_model_regs none = { };
	phys_addr_t pages[SEAM_DPAMT_MAX_PAGES];
	const u64 hpa = 0x40000000ULL;
	unsigned int n;

	for (n = 0; n < SEAM_DPAMT_MAX_PAGES; n++)
		pages[n] = SEAM_CALLS_PAGE(n);
	for (n = 1; n <= SEAM_DPAMT_MAX_PAGES; n++) {
		seam_model_log_clear(f->m);
		KUNIT_ASSERT_EQ(test, seam_model_inject_reply(f->m, SEAM_TDH_PHYMEM_PAMT_ADD,
							      SEAM_TDX_SUCCESS, &none), 0);
		KUNIT_EXPECT_EQ(test, seam_tdh_phymem_pamt_add(hpa, pages, n),
				SEAM_TDX_SUCCESS);
		KUNIT_ASSERT_EQ(test, seam_model_log_count(f->m), 1U);
		KUNIT_EXPECT_EQ(test, seam_model_log_get(f->m, 0)->in.rax,
				(u64)SEAM_TDH_PHYMEM_PAMT_ADD);
		KUNIT_EXPECT_EQ(test, seam_model_log_get(f->m, 0)->in.rcx,
				hpa | SEAM_TDX_PS_2M);
		seam_calls_expect_array(test, SEAM_CALLS_DPAMT_FIRST, n);
	}
}

/*
 * TDH.PHYMEM.PAMT.REMOVE returns the pages from RDX on; the wrapper copies
 * exactly @nr_pages of them, whatever the count.
 */
static void seam_calls_pamt_remove_array(struct kunit *test)
{
	struct seam_fixture *f = seam_calls_profile(test, SEAM_MODEL_PROFILE_2_0);
	phys_addr_t pages[SEAM_DPAMT_MAX_PAGES + 1];
	struct seam_model_regs reply;
	unsigned int n, k;
	int err;

	seam_calls_reply_image(&reply);
	for (n = 1; n <= SEAM_DPAMT_MAX_PAGES; n++) {
		seam_model_log_clear(f->m);
		for (k = 0; k < ARRAY_SIZE(pages); k++)
			pages[k] = SEAM_CALLS_UNTOUCHED;
		/* R12 and up only reach a caller through the saved variant. */
		if (n <= 5)
			err = seam_model_inject_reply(f->m, SEAM_TDH_PHYMEM_PAMT_REMOVE,
						      SEAM_TDX_SUCCESS, &reply);
		else
			err = seam_model_inject_reply_all(f->m, SEAM_TDH_PHYMEM_PAMT_REMOVE,
							  SEAM_TDX_SUCCESS, &reply);
		KUNIT_ASSERT_EQ(test, err, 0);
		KUNIT_EXPECT_EQ(test, seam_tdh_phymem_pamt_remove(0x40000000ULL, pages, n),
				SEAM_TDX_SUCCESS);
		KUNIT_ASSERT_EQ(test, seam_model_log_count(f->m), 1U);
		KUNIT_EXPECT_EQ(test, seam_model_log_get(f->m, 0)->in.rcx,
				0x40000000ULL | SEAM_TDX_PS_2M);
		for (k = 0; k < n; k++)
			KUNIT_EXPECT_EQ_MSG(test, pages[k],
					    SEAM_CALLS_OUT(SEAM_CALLS_DPAMT_FIRST + k),
					    "%u pages: page %u", n, k);
		KUNIT_EXPECT_EQ(test, pages[n], SEAM_CALLS_UNTOUCHED);
	}
}

/*
 * DEMOTE with dynamic PAMT: the usual operands, L2 S-EPT pages "none", and
 * the PAMT pages from R12 on, through the saved variant, for 1 to 7 pages.
 */
static void seam_calls_demote_pamt_array(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	phys_addr_t pages[SEAM_DEMOTE_MAX_PAMT_PAGES];
	struct seam_model_regs reply, in;
	u64 entry, level_state;
	unsigned int n;

	seam_calls_reply_image(&reply);
	for (n = 0; n < SEAM_DEMOTE_MAX_PAMT_PAGES; n++)
		pages[n] = SEAM_CALLS_PAGE(n);
	for (n = 1; n <= SEAM_DEMOTE_MAX_PAMT_PAGES; n++) {
		seam_model_log_clear(f->m);
		KUNIT_ASSERT_EQ(test, seam_model_inject_reply(f->m, SEAM_TDH_MEM_PAGE_DEMOTE,
							      SEAM_TDX_SUCCESS, &reply), 0);
		KUNIT_EXPECT_EQ(test, seam_tdh_mem_page_demote_pamt(ARG(0), ARG(1),
								    SEAM_TDX_PS_2M, ARG(3),
								    pages, n, &entry,
								    &level_state),
				SEAM_TDX_SUCCESS);
		KUNIT_ASSERT_EQ(test, seam_model_log_count(f->m), 1U);
		in = seam_model_log_get(f->m, 0)->in;
		KUNIT_EXPECT_EQ(test, in.rax, (u64)SEAM_TDH_MEM_PAGE_DEMOTE);
		KUNIT_EXPECT_EQ(test, in.rcx, ARG(1) | SEAM_TDX_PS_2M);
		KUNIT_EXPECT_EQ(test, in.rdx, ARG(0));
		KUNIT_EXPECT_EQ(test, in.r8, ARG(3));
		KUNIT_EXPECT_EQ(test, in.r9, SEAM_NULL_PA);
		KUNIT_EXPECT_EQ(test, in.r10, SEAM_NULL_PA);
		KUNIT_EXPECT_EQ(test, in.r11, SEAM_NULL_PA);
		seam_calls_expect_array(test, SEAM_CALLS_DEMOTE_FIRST, n);
		KUNIT_EXPECT_EQ(test, entry, SEAM_CALLS_OUT(SEAM_CALLS_REG_RCX));
		KUNIT_EXPECT_EQ(test, level_state, SEAM_CALLS_OUT(SEAM_CALLS_REG_RDX));
	}
}

/* A page count no register file holds is refused before any SEAMCALL. */
static void seam_calls_array_bad_counts(struct kunit *test)
{
	struct seam_fixture *f = seam_calls_profile(test, SEAM_MODEL_PROFILE_2_0);
	phys_addr_t pages[SEAM_DPAMT_MAX_PAGES + 1] = { };
	const unsigned int bad[] = { 0, SEAM_DPAMT_MAX_PAGES + 1 };
	u64 entry = SEAM_CALLS_UNTOUCHED, level_state = SEAM_CALLS_UNTOUCHED;
	unsigned int i, k;

	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		KUNIT_EXPECT_EQ(test, seam_tdh_phymem_pamt_add(0x40000000ULL, pages, bad[i]),
				SEAM_TDX_SW_EINVAL);
		for (k = 0; k < ARRAY_SIZE(pages); k++)
			pages[k] = SEAM_CALLS_UNTOUCHED;
		KUNIT_EXPECT_EQ(test, seam_tdh_phymem_pamt_remove(0x40000000ULL, pages, bad[i]),
				SEAM_TDX_SW_EINVAL);
		for (k = 0; k < bad[i]; k++)
			KUNIT_EXPECT_EQ(test, pages[k], 0ULL);
	}
	KUNIT_EXPECT_EQ(test, seam_tdh_mem_page_demote_pamt(ARG(0), ARG(1), SEAM_TDX_PS_2M,
							    ARG(3), pages, 0, &entry,
							    &level_state),
			SEAM_TDX_SW_EINVAL);
	KUNIT_EXPECT_EQ(test, seam_tdh_mem_page_demote_pamt(ARG(0), ARG(1), SEAM_TDX_PS_2M,
							    ARG(3), pages,
							    SEAM_DEMOTE_MAX_PAMT_PAGES + 1,
							    &entry, &level_state),
			SEAM_TDX_SW_EINVAL);
	KUNIT_EXPECT_EQ(test, entry, 0ULL);
	KUNIT_EXPECT_EQ(test, level_state, 0ULL);
	KUNIT_EXPECT_EQ(test, seam_model_log_count(f->m), 0U);
}

/*
 * Arm @n scripted answers for the next calls, in order: status @st[i], RCX
 * @rcx[i]. They match any leaf (the model's filter stops at leaf 96, below
 * the quoting leaves); the tests check each logged call's RAX instead.
 */
static void seam_calls_script(struct kunit *test, struct seam_fixture *f,
			      const u64 *st, const u64 *rcx, unsigned int n)
{
	struct seam_model_regs reply = { };
	unsigned int i;

	for (i = 0; i < n; i++) {
		reply.rcx = rcx[i];
		KUNIT_ASSERT_EQ(test, seam_model_inject_reply(f->m, SEAM_MODEL_ANY_LEAF,
							      st[i], &reply), 0);
	}
}

/*
 * EXT.MEM.ADD resumes with the RCX it returned: each call's input RCX is
 * the previous call's output, and the caller gets the last one.
 */
static void seam_calls_ext_mem_add_feeds_back(struct kunit *test)
{
	struct seam_fixture *f = seam_calls_profile(test, SEAM_MODEL_PROFILE_2_0);
	const u64 st[] = { SEAM_TDX_INTERRUPTED_RESUMABLE,
			   SEAM_TDX_INTERRUPTED_RESUMABLE, SEAM_TDX_SUCCESS };
	const u64 rcx[] = { 0x1000000012345020ULL, 0x2000000012345040ULL,
			    0x3000000012345060ULL };
	u64 info = seam_hpa_list_info(0x12345000, 0, 9);
	const u64 first = info;
	unsigned int i;

	seam_calls_script(test, f, st, rcx, ARRAY_SIZE(st));
	KUNIT_EXPECT_EQ(test, seam_tdh_ext_mem_add_all(&info, 10, false), SEAM_TDX_SUCCESS);
	KUNIT_ASSERT_EQ(test, seam_model_log_count(f->m), 3U);
	for (i = 0; i < 3; i++) {
		KUNIT_EXPECT_EQ(test, seam_model_log_get(f->m, i)->in.rax,
				(u64)SEAM_TDH_EXT_MEM_ADD);
		KUNIT_EXPECT_EQ(test, seam_model_log_get(f->m, i)->in.rcx,
				i ? rcx[i - 1] : first);
	}
	KUNIT_EXPECT_EQ(test, info, rcx[2]);
}

/*
 * QUOTE.GET resumes with its original operands: the RCX an interrupted
 * call returns is not fed back, and the quote length is the last call's.
 */
static void seam_calls_quote_get_reissues(struct kunit *test)
{
	struct seam_fixture *f = seam_calls_profile(test, SEAM_MODEL_PROFILE_2_0);
	const u64 st[] = { SEAM_TDX_INTERRUPTED_RESUMABLE,
			   SEAM_TDX_INTERRUPTED_RESUMABLE, SEAM_TDX_SUCCESS };
	const u64 rcx[] = { 0xdead1ULL, 0xdead2ULL, 0x2345ULL };
	const struct seam_model_regs *in;
	u64 len = SEAM_CALLS_UNTOUCHED;
	unsigned int i;

	seam_calls_script(test, f, st, rcx, ARRAY_SIZE(st));
	KUNIT_EXPECT_EQ(test, seam_tdh_quote_get_all(ARG(0), SEAM_QUOTE_ID_DEFAULT, ARG(2),
						     ARG(3), ARG(4), ARG(5), &len, 10,
						     false),
			SEAM_TDX_SUCCESS);
	KUNIT_ASSERT_EQ(test, seam_model_log_count(f->m), 3U);
	for (i = 0; i < 3; i++) {
		in = &seam_model_log_get(f->m, i)->in;
		KUNIT_EXPECT_EQ(test, in->rax, (u64)SEAM_TDH_QUOTE_GET);
		KUNIT_EXPECT_EQ(test, in->rcx, ARG(0));
		KUNIT_EXPECT_EQ(test, in->rdx, 0xffff00000000ULL);
		KUNIT_EXPECT_EQ(test, in->r8, ARG(2));
		KUNIT_EXPECT_EQ(test, in->r9, ARG(3));
		KUNIT_EXPECT_EQ(test, in->r10, ARG(4));
		KUNIT_EXPECT_EQ(test, in->r11, ARG(5));
	}
	KUNIT_EXPECT_EQ(test, len, 0x2345ULL);
}

/* SYS.DISABLE calls again on SYS_BUSY too, with no inputs each time. */
static void seam_calls_sys_disable_busy(struct kunit *test)
{
	struct seam_fixture *f = seam_calls_profile(test, SEAM_MODEL_PROFILE_2_0);
	const u64 st[] = { SEAM_TDX_INTERRUPTED_RESUMABLE, SEAM_TDX_SYS_BUSY,
			   SEAM_TDX_SUCCESS };
	const u64 rcx[] = { 1, 2, 3 };
	unsigned int i;

	seam_calls_script(test, f, st, rcx, ARRAY_SIZE(st));
	KUNIT_EXPECT_EQ(test, seam_tdh_sys_disable_all(10, false), SEAM_TDX_SUCCESS);
	KUNIT_ASSERT_EQ(test, seam_model_log_count(f->m), 3U);
	for (i = 0; i < 3; i++) {
		KUNIT_EXPECT_EQ(test, seam_model_log_get(f->m, i)->in.rax,
				(u64)SEAM_TDH_SYS_DISABLE);
		KUNIT_EXPECT_EQ(test, seam_model_log_get(f->m, i)->in.rcx, 0ULL);
	}
	/* Busy alone does not make the other helpers call again. */
	seam_model_log_clear(f->m);
	seam_calls_script(test, f, &st[1], rcx, 1);
	KUNIT_EXPECT_EQ(test, seam_tdh_ext_init_all(10, false), SEAM_TDX_SYS_BUSY);
	KUNIT_ASSERT_EQ(test, seam_model_log_count(f->m), 1U);
	KUNIT_EXPECT_EQ(test, seam_model_log_get(f->m, 0)->in.rax, (u64)SEAM_TDH_EXT_INIT);
}

/* Each helper of a resumable leaf: which leaf it issues, how it is bounded. */
struct seam_calls_resume_case {
	const char *name;
	int leaf;
	u64 (*call)(unsigned int max_calls, bool may_sleep);
};

static u64 seam_calls_ext_init_all(unsigned int max_calls, bool may_sleep)
{
	return seam_tdh_ext_init_all(max_calls, may_sleep);
}

static u64 seam_calls_ext_mem_add_all(unsigned int max_calls, bool may_sleep)
{
	u64 info = seam_hpa_list_info(0x12345000, 0, 0);

	return seam_tdh_ext_mem_add_all(&info, max_calls, may_sleep);
}

static u64 seam_calls_sys_disable_all(unsigned int max_calls, bool may_sleep)
{
	return seam_tdh_sys_disable_all(max_calls, may_sleep);
}

static u64 seam_calls_quote_init_all(unsigned int max_calls, bool may_sleep)
{
	return seam_tdh_quote_init_all(max_calls, may_sleep);
}

static u64 seam_calls_quote_get_all(unsigned int max_calls, bool may_sleep)
{
	u64 len;

	return seam_tdh_quote_get_all(ARG(0), 0, ARG(2), ARG(3), ARG(4), ARG(5), &len,
				      max_calls, may_sleep);
}

static const struct seam_calls_resume_case seam_calls_resume_cases[] = {
	{ "TDH.EXT.INIT", SEAM_TDH_EXT_INIT, seam_calls_ext_init_all },
	{ "TDH.EXT.MEM.ADD", SEAM_TDH_EXT_MEM_ADD, seam_calls_ext_mem_add_all },
	{ "TDH.SYS.DISABLE", SEAM_TDH_SYS_DISABLE, seam_calls_sys_disable_all },
	{ "TDH.QUOTE.GET", SEAM_TDH_QUOTE_GET, seam_calls_quote_get_all },
	{ "TDH.QUOTE.INIT", SEAM_TDH_QUOTE_INIT, seam_calls_quote_init_all },
};

KUNIT_ARRAY_PARAM_DESC(seam_calls_resume, seam_calls_resume_cases, name);

/*
 * The user-space build's cond_resched() counts its calls; a kernel's
 * cannot be counted, so there the tests check the calls only.
 */
#ifdef SEAM_USER_SPACE
#define SEAM_CALLS_COUNTS_RESCHED	true
#define seam_calls_resched_count()	seam_user_cond_resched_calls
#else
#define SEAM_CALLS_COUNTS_RESCHED	false
#define seam_calls_resched_count()	0UL
#endif

/*
 * Every _all() helper: resumes while interrupted and returns the final
 * status; stops after max_calls calls (at least one) while still
 * interrupted; reschedules between calls only when it may sleep. The
 * user-space build counts cond_resched(); in a kernel the count is 0 and
 * only the calls are checked.
 */
static void seam_calls_resume_helpers(struct kunit *test)
{
	const struct seam_calls_resume_case *c = test->param_value;
	struct seam_fixture *f = seam_calls_profile(test, SEAM_MODEL_PROFILE_2_0);
	unsigned long before;
	unsigned int i, k;

	for (i = 0; i < 2; i++) {
		bool sleep = i;

		seam_model_log_clear(f->m);
		KUNIT_ASSERT_EQ(test, seam_fixture_inject(f, SEAM_MODEL_FAULT_INTERRUPTED,
							  SEAM_MODEL_ANY_LEAF, 3, 0), 0);
		KUNIT_ASSERT_EQ(test, seam_fixture_inject(f, SEAM_MODEL_FAULT_BUSY,
							  SEAM_MODEL_ANY_LEAF, 1,
							  SEAM_OPERAND_ID_RCX), 0);
		before = seam_calls_resched_count();
		KUNIT_EXPECT_EQ(test, c->call(10, sleep),
				SEAM_TDX_OPERAND_BUSY | SEAM_OPERAND_ID_RCX);
		KUNIT_ASSERT_EQ(test, seam_model_log_count(f->m), 4U);
		for (k = 0; k < 4; k++)
			KUNIT_EXPECT_EQ(test, seam_model_log_get(f->m, k)->in.rax,
					(u64)c->leaf);
		if (SEAM_CALLS_COUNTS_RESCHED)
			KUNIT_EXPECT_EQ(test, seam_calls_resched_count() - before,
					sleep ? 3UL : 0UL);
	}

	/* The bound: 2 calls, then the helper gives up, still interrupted. */
	seam_model_log_clear(f->m);
	KUNIT_ASSERT_EQ(test, seam_fixture_inject(f, SEAM_MODEL_FAULT_INTERRUPTED,
						  SEAM_MODEL_ANY_LEAF, 5, 0), 0);
	before = seam_calls_resched_count();
	KUNIT_EXPECT_EQ(test, c->call(2, true), SEAM_TDX_INTERRUPTED_RESUMABLE);
	KUNIT_EXPECT_EQ(test, seam_model_log_count(f->m), 2U);
	if (SEAM_CALLS_COUNTS_RESCHED)
		KUNIT_EXPECT_EQ(test, seam_calls_resched_count() - before, 1UL);
	/* A bound of 0 still makes one call. */
	seam_model_log_clear(f->m);
	KUNIT_EXPECT_EQ(test, c->call(0, true), SEAM_TDX_INTERRUPTED_RESUMABLE);
	KUNIT_EXPECT_EQ(test, seam_model_log_count(f->m), 1U);
}

/* The P-SEAMLDR wrappers: RAX with bit 63, one address in RCX. */
struct seam_calls_seamldr_case {
	const char *name;
	u64 (*call)(phys_addr_t pa);
	u64 rax;
};

static u64 seam_calls_seamldr_info(phys_addr_t pa)
{
	return seam_seamldr_info(pa);
}

static u64 seam_calls_seamldr_install(phys_addr_t pa)
{
	return seam_seamldr_install(pa);
}

static const struct seam_calls_seamldr_case seam_calls_seamldr_cases[] = {
	{ "P-SEAMLDR.INFO", seam_calls_seamldr_info, 0x8000000000000000ULL },
	{ "P-SEAMLDR.INSTALL", seam_calls_seamldr_install, 0x8000000000000001ULL },
};

KUNIT_ARRAY_PARAM_DESC(seam_calls_seamldr, seam_calls_seamldr_cases, name);

/* Check logged call @i: the leaf in RAX, @pa in RCX, RDX and R8 to R11 zero. */
static void seam_calls_seamldr_expect(struct kunit *test, unsigned int i,
				      u64 rax, u64 pa)
{
	struct seam_fixture *f = test->priv;
	const struct seam_model_log_entry *e = seam_model_log_get(f->m, i);

	KUNIT_ASSERT_NOT_NULL(test, e);
	KUNIT_EXPECT_EQ(test, e->in.rax, rax);
	KUNIT_EXPECT_EQ(test, e->in.rcx, pa);
	KUNIT_EXPECT_EQ(test, e->in.rdx, 0ULL);
	KUNIT_EXPECT_EQ(test, e->in.r8, 0ULL);
	KUNIT_EXPECT_EQ(test, e->in.r9, 0ULL);
	KUNIT_EXPECT_EQ(test, e->in.r10, 0ULL);
	KUNIT_EXPECT_EQ(test, e->in.r11, 0ULL);
}

/*
 * One SEAMCALL with the P-SEAMLDR leaf number, bit 63 included, and the
 * address in RCX. The model has no P-SEAMLDR: it answers with a TDX status
 * (OPERAND_INVALID on RAX), which is no P-SEAMLDR RND_NO_ENTROPY, so the
 * wrapper does not call again.
 */
static void seam_calls_seamldr_marshalling(struct kunit *test)
{
	const struct seam_calls_seamldr_case *c = test->param_value;
	struct seam_fixture *f = test->priv;

	KUNIT_EXPECT_NE(test, c->call(ARG(0)), SEAM_SEAMLDR_RND_NO_ENTROPY);
	KUNIT_ASSERT_EQ(test, seam_model_log_count(f->m), 1U);
	seam_calls_seamldr_expect(test, 0, c->rax, ARG(0));
}

/* Without a module each software error comes back after one attempt. */
static void seam_calls_seamldr_no_module(struct kunit *test)
{
	const struct seam_calls_seamldr_case *c = test->param_value;
	struct seam_fixture *f = test->priv;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(seam_calls_sw_faults); i++) {
		KUNIT_ASSERT_EQ(test, seam_fixture_inject(f, seam_calls_sw_faults[i].fault,
							  SEAM_MODEL_ANY_LEAF, 1, 0), 0);
		KUNIT_EXPECT_EQ(test, c->call(ARG(i)), seam_calls_sw_faults[i].status);
		KUNIT_ASSERT_EQ(test, seam_model_log_count(f->m), i + 1);
		seam_calls_seamldr_expect(test, i, c->rax, ARG(i));
	}
}

/*
 * The P-SEAMLDR retry against the model's P-SEAMLDR
 * (%SEAM_MODEL_FEAT_SEAMLDR): P-SEAMLDR.INFO of a free page, with faults
 * armed for any leaf first. @nr_faults NO_ENTROPY faults answer
 * %SEAM_SEAMLDR_RND_NO_ENTROPY; a canned reply instead returns TDX's
 * RND_NO_ENTROPY, which is not the P-SEAMLDR's and is not retried.
 */
struct seam_calls_ldr_retry_case {
	const char *name;
	bool tdx_code;
	unsigned int nr_faults;
	u64 status;
	unsigned int attempts;
};

static const struct seam_calls_ldr_retry_case seam_calls_ldr_retry_cases[] = {
	{ "retried until success", false, 3, SEAM_TDX_SUCCESS, 4 },
	{ "success at the last attempt", false, SEAM_RND_RETRIES - 1,
	  SEAM_TDX_SUCCESS, SEAM_RND_RETRIES },
	{ "bounded at SEAM_RND_RETRIES", false, 25, SEAM_SEAMLDR_RND_NO_ENTROPY,
	  SEAM_RND_RETRIES },
	{ "TDX RND_NO_ENTROPY not retried", true, 1, SEAM_TDX_RND_NO_ENTROPY, 1 },
};

KUNIT_ARRAY_PARAM_DESC(seam_calls_ldr_retry, seam_calls_ldr_retry_cases, name);

static void seam_calls_seamldr_retry(struct kunit *test)
{
	const struct seam_model_config cfg = { .features = SEAM_MODEL_FEAT_SEAMLDR };
	const struct seam_calls_ldr_retry_case *c = test->param_value;
	const struct seam_model_regs reply = { };
	struct seam_fixture *f = test->priv;
	unsigned int i;
	u64 pa;

	seam_fixture_destroy(f);
	f = seam_fixture_create(&cfg);
	test->priv = f;
	KUNIT_ASSERT_NOT_NULL(test, f);
	pa = seam_fixture_alloc_page(f);
	KUNIT_ASSERT_NE(test, pa, 0ULL);
	if (c->tdx_code)
		KUNIT_ASSERT_EQ(test, seam_model_inject_reply(f->m, SEAM_MODEL_ANY_LEAF,
							      SEAM_TDX_RND_NO_ENTROPY,
							      &reply), 0);
	else
		KUNIT_ASSERT_EQ(test, seam_fixture_inject(f, SEAM_MODEL_FAULT_NO_ENTROPY,
							  SEAM_MODEL_ANY_LEAF,
							  c->nr_faults, 0), 0);
	KUNIT_EXPECT_EQ(test, seam_seamldr_info(pa), c->status);
	KUNIT_ASSERT_EQ(test, seam_model_log_count(f->m), c->attempts);
	for (i = 0; i < c->attempts; i++) {
		seam_calls_seamldr_expect(test, i, SEAM_SEAMLDR_INFO, pa);
		KUNIT_EXPECT_EQ(test, seam_model_log_get(f->m, i)->injected,
				i < c->nr_faults);
	}
	KUNIT_EXPECT_EQ(test, seam_model_faults_pending(f->m),
			c->nr_faults - min(c->nr_faults, c->attempts));
	/* The page holds SEAMLDR_INFO only if the last attempt reached INFO. */
	KUNIT_EXPECT_EQ(test, *(u32 *)((u8 *)seam_model_page(f->m, pa) + 8),
			c->status ? 0U : 0x8086U);
}

/*
 * The example of seam_leaf_supported(): the inputs read with
 * seam_tdh_sys_rd() from the model, which reports module 1.5.06 with
 * TDX_FEATURES0 0x1f0ebf (TD_PRESERVING and ENUM_TOPOLOGY set, no
 * DYNAMIC_PAMT).
 */
static void seam_calls_leaf_supported_from_sys_rd(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	u64 major, minor, update, features0;

	KUNIT_ASSERT_EQ(test, seam_fixture_sys_init(f), SEAM_TDX_SUCCESS);
	KUNIT_ASSERT_EQ(test, seam_tdh_sys_rd(SEAM_MD_SYS_MAJOR_VERSION, &major),
			SEAM_TDX_SUCCESS);
	KUNIT_ASSERT_EQ(test, seam_tdh_sys_rd(SEAM_MD_SYS_MINOR_VERSION, &minor),
			SEAM_TDX_SUCCESS);
	KUNIT_ASSERT_EQ(test, seam_tdh_sys_rd(SEAM_MD_SYS_UPDATE_VERSION, &update),
			SEAM_TDX_SUCCESS);
	KUNIT_ASSERT_EQ(test, seam_tdh_sys_rd(SEAM_MD_SYS_TDX_FEATURES0, &features0),
			SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, major, 1ULL);
	KUNIT_EXPECT_EQ(test, minor, 5ULL);
	KUNIT_EXPECT_EQ(test, update, 6ULL);
	KUNIT_EXPECT_EQ(test, features0, 0x1f0ebfULL);
	KUNIT_EXPECT_TRUE(test, seam_leaf_supported(SEAM_LEAF_VER(SEAM_TDH_VP_INIT, 1),
						    major, minor, update, features0));
	KUNIT_EXPECT_TRUE(test, seam_leaf_supported(SEAM_TDH_SYS_UPDATE, major,
						    minor, update, features0));
	KUNIT_EXPECT_FALSE(test, seam_leaf_supported(SEAM_TDH_PHYMEM_PAMT_ADD,
						     major, minor, update, features0));
	KUNIT_EXPECT_FALSE(test, seam_leaf_supported(SEAM_LEAF_VER(SEAM_TDH_SYS_INIT, 1),
						     major, minor, update, features0));
}

static struct kunit_case seam_calls_test_cases[] = {
	KUNIT_CASE_PARAM(seam_calls_marshal_success, seam_calls_gen_params),
	KUNIT_CASE_PARAM(seam_calls_marshal_module_error, seam_calls_gen_params),
	KUNIT_CASE_PARAM(seam_calls_marshal_no_module, seam_calls_gen_params),
	KUNIT_CASE_PARAM(seam_calls_variant_stores, seam_calls_variant_gen_params),
	KUNIT_CASE(seam_calls_retry_until_success),
	KUNIT_CASE(seam_calls_retry_is_bounded),
	KUNIT_CASE(seam_calls_vp_enter_never_retried),
	KUNIT_CASE(seam_calls_every_wrapper_retries),
	KUNIT_CASE(seam_calls_ret_retry_reloads_inputs),
	KUNIT_CASE(seam_calls_vp_enter_marshalling),
	KUNIT_CASE(seam_calls_rd_v1_next_field),
	KUNIT_CASE(seam_calls_cache_wb_all_resumes),
	KUNIT_CASE(seam_calls_tdmr_init_all_loops),
	KUNIT_CASE(seam_calls_pamt_add_array),
	KUNIT_CASE(seam_calls_pamt_remove_array),
	KUNIT_CASE(seam_calls_demote_pamt_array),
	KUNIT_CASE(seam_calls_array_bad_counts),
	KUNIT_CASE(seam_calls_ext_mem_add_feeds_back),
	KUNIT_CASE(seam_calls_quote_get_reissues),
	KUNIT_CASE(seam_calls_sys_disable_busy),
	KUNIT_CASE_PARAM(seam_calls_resume_helpers, seam_calls_resume_gen_params),
	KUNIT_CASE_PARAM(seam_calls_seamldr_marshalling, seam_calls_seamldr_gen_params),
	KUNIT_CASE_PARAM(seam_calls_seamldr_no_module, seam_calls_seamldr_gen_params),
	KUNIT_CASE_PARAM(seam_calls_seamldr_retry, seam_calls_ldr_retry_gen_params),
	KUNIT_CASE(seam_calls_leaf_supported_from_sys_rd),
	{}
};

static struct kunit_suite seam_calls_test_suite = {
	.name = "seamcall_calls",
	.init = seam_calls_init,
	.exit = seam_calls_exit,
	.test_cases = seam_calls_test_cases,
};

kunit_test_suites(&seam_calls_test_suite);
