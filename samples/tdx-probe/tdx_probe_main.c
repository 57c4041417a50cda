// SPDX-License-Identifier: GPL-2.0
/*
 * Probe for a TDX module and print its version
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * This sample shows how an out-of-tree module uses seamcall.h when it
 * carries its own copy of the header and of seamcall.S: it issues
 * TDH.SYS.RD through the typed wrapper seam_tdh_sys_rd(), reports software
 * errors (no TDX module) to a bug hook of its own with a context pointer,
 * the way KVM passes its struct kvm to KVM_BUG_ON(), and decodes every
 * status with seam_status_name().
 *
 * On load it prints one line to the kernel log (dmesg, or the console):
 *
 *   tdx_probe: TDX module 1.5.06 build 744, TDX private KeyIDs: 32
 *   tdx_probe: no TDX module: SEAMCALL raised #UD (TDX_SEAMCALL_UD, ...)
 *
 * Built with -DSEAM_SAMPLE_WITH_MODEL (make WITH_MODEL=1) it first attaches
 * the project's software TDX module (kunit/model) through the kernel
 * adapter and initialises it, so the version read succeeds on any machine.
 * See samples/README.md.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/types.h>
#include <asm/msr.h>

#include "seamcall.h"

#ifdef SEAM_SAMPLE_WITH_MODEL
#include "seam_fixture.h"
#endif

/*
 * IA32_MKTME_KEYID_PARTITIONING: bits 31:0 are the number of MKTME KeyIDs,
 * bits 63:32 the number of TDX private KeyIDs. TDX module 1.5 has no global
 * metadata field for the number of TDX KeyIDs, so the MSR is the only source.
 */
#define TDX_PROBE_MSR_KEYID_PARTITIONING	0x00000087
/* Shift of the TDX private KeyID count in that MSR. */
#define TDX_PROBE_TDX_KEYIDS_SHIFT		32

/**
 * struct tdx_probe_ctx - context the bug hook receives
 * @leaf: name of the leaf being checked, for the report
 * @status: the software error the hook saw
 * @dead: set by the hook: the TDX module did not run
 *
 * A hypervisor would pass its VM here and mark it bugged; the sample only
 * records what happened, so that init can print one line and still load.
 */
struct tdx_probe_ctx {
	const char *leaf;
	u64 status;
	bool dead;
};

/* Bug hook: called as hook(true, ctx) when a status is a software error. */
static void tdx_probe_bug(bool bug, struct tdx_probe_ctx *ctx)
{
	if (bug)
		ctx->dead = true;
}

/* Read one global metadata field; software errors go to the bug hook. */
static u64 tdx_probe_sys_rd(struct tdx_probe_ctx *ctx, u64 field_id, u64 *val)
{
	u64 status;

	*val = 0;
	ctx->leaf = "TDH.SYS.RD";
	status = seam_tdh_sys_rd(field_id, val);
	if (seam_is_sw_error(status))
		tdx_probe_bug(true, ctx);
	if (ctx->dead)
		ctx->status = status;
	return status;
}

/* How a software error says the SEAMCALL ended, in the CPU's words. */
static const char *tdx_probe_reason(u64 status)
{
	switch (status) {
	case SEAM_TDX_SEAMCALL_UD:
		return "raised #UD (VMX is off or the CPU has no SEAM)";
	case SEAM_TDX_SEAMCALL_GP:
		return "raised #GP (SEAM is not enabled by the BIOS)";
	case SEAM_TDX_SEAMCALL_VMFAILINVALID:
		return "ended in VMfailInvalid (no TDX module is loaded)";
	}
	return "failed with a software error";
}

/* Number of TDX private KeyIDs from the MSR, or -EIO if the read faults. */
static int tdx_probe_nr_keyids(u32 *nr)
{
	u64 val;

	if (rdmsrl_safe(TDX_PROBE_MSR_KEYID_PARTITIONING, &val))
		return -EIO;
	*nr = val >> TDX_PROBE_TDX_KEYIDS_SHIFT;
	return 0;
}

static void tdx_probe_report(void)
{
	struct tdx_probe_ctx ctx = { };
	static const u64 fields[] = {
		SEAM_MD_SYS_MAJOR_VERSION, SEAM_MD_SYS_MINOR_VERSION,
		SEAM_MD_SYS_UPDATE_VERSION, SEAM_MD_SYS_BUILD_NUM,
	};
	u64 vals[ARRAY_SIZE(fields)];
	char keyids[24];
	unsigned int i;
	u64 status;
	u32 nr;

	for (i = 0; i < ARRAY_SIZE(fields); i++) {
		status = tdx_probe_sys_rd(&ctx, fields[i], &vals[i]);
		if (ctx.dead) {
			pr_info("no TDX module: SEAMCALL %s (%s, status 0x%016llx)\n",
				tdx_probe_reason(ctx.status),
				seam_status_name(ctx.status), ctx.status);
			return;
		}
		if (status) {
			pr_info("TDX module present, but %s of field 0x%016llx failed: %s (0x%016llx)\n",
				ctx.leaf, fields[i], seam_status_name(status),
				status);
			return;
		}
	}

	if (tdx_probe_nr_keyids(&nr))
		strscpy(keyids, "unavailable", sizeof(keyids));
	else
		snprintf(keyids, sizeof(keyids), "%u", nr);

	pr_info("TDX module %llu.%llu.%02llu build %llu, TDX private KeyIDs: %s\n",
		vals[0], vals[1], vals[2], vals[3], keyids);
}

#ifdef SEAM_SAMPLE_WITH_MODEL
/* The software TDX module, attached for the life of the module. */
static struct seam_fixture *tdx_probe_fixture;

static int tdx_probe_attach_model(void)
{
	u64 status;

	tdx_probe_fixture = seam_fixture_create(NULL);
	if (!tdx_probe_fixture) {
		pr_err("cannot create and attach the software TDX module\n");
		return -ENOMEM;
	}
	status = seam_fixture_sys_init(tdx_probe_fixture);
	if (status) {
		pr_err("software TDX module init failed: %s (0x%016llx)\n",
		       seam_status_name(status), status);
		seam_fixture_destroy(tdx_probe_fixture);
		return -EIO;
	}
	return 0;
}

static void tdx_probe_detach_model(void)
{
	seam_fixture_destroy(tdx_probe_fixture);
}
#else
static int tdx_probe_attach_model(void)
{
	return 0;
}

static void tdx_probe_detach_model(void)
{
}
#endif

static int __init tdx_probe_init(void)
{
	int ret;

	ret = tdx_probe_attach_model();
	if (ret)
		return ret;
	tdx_probe_report();
	return 0;
}

static void __exit tdx_probe_exit(void)
{
	tdx_probe_detach_model();
}

module_init(tdx_probe_init);
module_exit(tdx_probe_exit);
MODULE_DESCRIPTION("Probe for a TDX module through seamcall.h and print its version");
MODULE_LICENSE("GPL");
