/* SPDX-License-Identifier: GPL-2.0 */
/*
 * seam_fixture.h - build TDX module state for KUnit suites, through SEAMCALL
 *
 * Copyright (C) 2026 The seamcall authors
 */
#ifndef _SEAM_FIXTURE_H
#define _SEAM_FIXTURE_H

#include <linux/types.h>

#include "seam_model.h"

/**
 * DOC: Overview
 *
 * A fixture is a model attached to the SEAMCALL trap plus a page allocator
 * over the model's simulated memory. The functions that change module state
 * issue real SEAMCALLs through the typed wrappers of seamcall.h, so they
 * exercise the product end to end; each returns the first status that was
 * not a success (warnings included), or %SEAM_TDX_SUCCESS.
 *
 * A typical suite creates a fixture in .init, builds up to the stage its
 * test needs with seam_fixture_build() and destroys it in .exit.
 */

/* GPA of the page TDH.MEM.PAGE.ADD adds, and of the one TDH.MEM.PAGE.AUG adds. */
#define SEAM_FIXTURE_GPA_ADD		0x0ULL
#define SEAM_FIXTURE_GPA_AUG		0x1000ULL
/* Value the fixture writes in every byte of the PAGE.ADD source page. */
#define SEAM_FIXTURE_SRC_BYTE		0xa5
/* Initial guest RCX the fixture passes to TDH.VP.INIT. */
#define SEAM_FIXTURE_VP_RCX		0x1234

/**
 * enum seam_fixture_stage - how far seam_fixture_build() goes
 * @SEAM_FIXTURE_NONE: nothing: the module is in its power-on state
 * @SEAM_FIXTURE_SYS_INIT: TDH.SYS.INIT
 * @SEAM_FIXTURE_LP_INIT: TDH.SYS.LP.INIT on every logical CPU
 * @SEAM_FIXTURE_CONFIG: TDH.SYS.CONFIG with one TDMR over all memory
 * @SEAM_FIXTURE_READY: TDH.SYS.KEY.CONFIG on every package
 * @SEAM_FIXTURE_TDMR: TDH.SYS.TDMR.INIT until the TDMR is initialised
 * @SEAM_FIXTURE_TD_CREATE: TDH.MNG.CREATE of a TD
 * @SEAM_FIXTURE_TD_KEYS: TDH.MNG.KEY.CONFIG on every package
 * @SEAM_FIXTURE_TD_TDCS: TDH.MNG.ADDCX of every TDCS page
 * @SEAM_FIXTURE_TD_INIT: TDH.MNG.INIT with a valid TD_PARAMS page
 * @SEAM_FIXTURE_VP_CREATE: TDH.VP.CREATE
 * @SEAM_FIXTURE_VP_TDCX: TDH.VP.ADDCX of every TDCX page
 * @SEAM_FIXTURE_VP_INIT: TDH.VP.INIT on CPU 0
 * @SEAM_FIXTURE_SEPT: TDH.MEM.SEPT.ADD at levels 3, 2 and 1 for GPA 0
 * @SEAM_FIXTURE_PAGE_ADD: TDH.MEM.PAGE.ADD at %SEAM_FIXTURE_GPA_ADD and
 *                         TDH.MR.EXTEND of its 16 chunks
 * @SEAM_FIXTURE_FINALIZE: TDH.MR.FINALIZE
 * @SEAM_FIXTURE_PAGE_AUG: TDH.MEM.PAGE.AUG at %SEAM_FIXTURE_GPA_AUG
 * @SEAM_FIXTURE_BLOCK: TDH.MEM.RANGE.BLOCK of the AUG page
 * @SEAM_FIXTURE_TRACK: TDH.MEM.TRACK
 * @SEAM_FIXTURE_PAGE_REMOVE: TDH.MEM.PAGE.REMOVE of the AUG page
 * @SEAM_FIXTURE_VP_FLUSH: TDH.VP.FLUSH on CPU 0 and TDH.MNG.VPFLUSHDONE
 * @SEAM_FIXTURE_CACHE_WB: TDH.PHYMEM.CACHE.WB on every package
 * @SEAM_FIXTURE_FREEID: TDH.MNG.KEY.FREEID
 */
enum seam_fixture_stage {
	SEAM_FIXTURE_NONE,
	SEAM_FIXTURE_SYS_INIT,
	SEAM_FIXTURE_LP_INIT,
	SEAM_FIXTURE_CONFIG,
	SEAM_FIXTURE_READY,
	SEAM_FIXTURE_TDMR,
	SEAM_FIXTURE_TD_CREATE,
	SEAM_FIXTURE_TD_KEYS,
	SEAM_FIXTURE_TD_TDCS,
	SEAM_FIXTURE_TD_INIT,
	SEAM_FIXTURE_VP_CREATE,
	SEAM_FIXTURE_VP_TDCX,
	SEAM_FIXTURE_VP_INIT,
	SEAM_FIXTURE_SEPT,
	SEAM_FIXTURE_PAGE_ADD,
	SEAM_FIXTURE_FINALIZE,
	SEAM_FIXTURE_PAGE_AUG,
	SEAM_FIXTURE_BLOCK,
	SEAM_FIXTURE_TRACK,
	SEAM_FIXTURE_PAGE_REMOVE,
	SEAM_FIXTURE_VP_FLUSH,
	SEAM_FIXTURE_CACHE_WB,
	SEAM_FIXTURE_FREEID,
};

/**
 * struct seam_fixture_td - the pages of the TD a fixture builds
 * @tdr: TDR page
 * @tdcs: TDCS pages
 * @td_params: TD_PARAMS page (host memory)
 * @tdvpr: TDVPR page of the only vCPU
 * @tdcx: TDCX pages of the vCPU
 * @sept: S-EPT pages for levels 3, 2 and 1 (index = level - 1)
 * @src: source page of TDH.MEM.PAGE.ADD (host memory)
 * @page_add: page added by TDH.MEM.PAGE.ADD
 * @page_aug: page added by TDH.MEM.PAGE.AUG
 * @hkid: private KeyID of the TD
 */
struct seam_fixture_td {
	u64 tdr;
	u64 tdcs[SEAM_MODEL_TDCS_PAGES];
	u64 td_params;
	u64 tdvpr;
	u64 tdcx[SEAM_MODEL_TDVPS_PAGES - 1];
	u64 sept[3];
	u64 src;
	u64 page_add;
	u64 page_aug;
	u16 hkid;
};

/**
 * struct seam_fixture - a model, its page allocator and the TDs it builds
 * @m: the model, attached to the SEAMCALL trap
 * @cfg: the model's effective configuration
 * @used: one byte per simulated page, non-zero if allocated
 * @tdmr_info: page holding the TDMR_INFO address array and the TDMR_INFO
 * @stage: how far seam_fixture_build() got
 * @td: the TD seam_fixture_build() builds
 * @config_flags: CONFIG_FLAGS of the TD_PARAMS the %SEAM_FIXTURE_TD_INIT
 *                stage passes (0; set it before that stage for another)
 * @max_vcpus: MAX_VCPUS of that TD_PARAMS (0 stands for 1; set it before
 *             that stage for another)
 * @td2_stage: how far seam_fixture_build_td2() got (%SEAM_FIXTURE_TDMR
 *             or below: not started)
 * @td2: a second TD, built by seam_fixture_build_td2()
 * @dynamic_pamt: set after seam_fixture_create() and before the
 *                %SEAM_FIXTURE_CONFIG stage (profile 2.0 only): TDH.SYS.CONFIG
 *                turns dynamic PAMT on, and seam_fixture_alloc_page() backs
 *                each 2 MiB range with TDH.PHYMEM.PAMT.ADD before it hands
 *                out a page there
 * @backed: one byte per 2 MiB range from the TDMR base, non-zero once the
 *          fixture knows a PAMT page pair backs it
 */
struct seam_fixture {
	struct seam_model *m;
	struct seam_model_config cfg;
	u8 *used;
	u64 tdmr_info;
	enum seam_fixture_stage stage;
	struct seam_fixture_td td;
	u64 config_flags;
	u16 max_vcpus;
	enum seam_fixture_stage td2_stage;
	struct seam_fixture_td td2;
	bool dynamic_pamt;
	u8 *backed;
};

/**
 * enum seam_fixture_tdp_field - a field of TD_PARAMS
 * @SEAM_FIXTURE_TDP_ATTRIBUTES: ATTRIBUTES (8 bytes at offset 0)
 * @SEAM_FIXTURE_TDP_XFAM: XFAM (8 bytes at 8)
 * @SEAM_FIXTURE_TDP_MAX_VCPUS: MAX_VCPUS (2 bytes at 16)
 * @SEAM_FIXTURE_TDP_NUM_L2_VMS: NUM_L2_VMS (1 byte at 18)
 * @SEAM_FIXTURE_TDP_MSR_CONFIG_CTLS: MSR_CONFIG_CTLS (1 byte at 19)
 * @SEAM_FIXTURE_TDP_RESERVED0: the reserved bytes 20 to 23, as one value
 * @SEAM_FIXTURE_TDP_EPTP_CONTROLS: EPTP_CONTROLS (8 bytes at 24)
 * @SEAM_FIXTURE_TDP_CONFIG_FLAGS: CONFIG_FLAGS (8 bytes at 32)
 * @SEAM_FIXTURE_TDP_TSC_FREQUENCY: TSC_FREQUENCY in 25 MHz units (2 bytes at 40)
 * @SEAM_FIXTURE_TDP_IA32_ARCH_CAP_CONFIG: IA32_ARCH_CAPABILITIES_CONFIG
 *                                         (8 bytes at 224)
 * @SEAM_FIXTURE_TDP_NR: number of fields
 *
 * Offsets and sizes of td_params_t in the TDX module 1.5 source
 * (include/tdx_api_defs.h).
 */
enum seam_fixture_tdp_field {
	SEAM_FIXTURE_TDP_ATTRIBUTES,
	SEAM_FIXTURE_TDP_XFAM,
	SEAM_FIXTURE_TDP_MAX_VCPUS,
	SEAM_FIXTURE_TDP_NUM_L2_VMS,
	SEAM_FIXTURE_TDP_MSR_CONFIG_CTLS,
	SEAM_FIXTURE_TDP_RESERVED0,
	SEAM_FIXTURE_TDP_EPTP_CONTROLS,
	SEAM_FIXTURE_TDP_CONFIG_FLAGS,
	SEAM_FIXTURE_TDP_TSC_FREQUENCY,
	SEAM_FIXTURE_TDP_IA32_ARCH_CAP_CONFIG,
	SEAM_FIXTURE_TDP_NR,
};

/**
 * seam_fixture_create() - Create a model and attach it
 * @cfg: the model's shape, or NULL for the defaults
 *
 * Context: May sleep.
 * Return: the fixture, or NULL (bad @cfg, out of memory, or another model
 * is attached).
 */
struct seam_fixture *seam_fixture_create(const struct seam_model_config *cfg);

/**
 * seam_fixture_destroy() - Detach and free the model and the fixture
 * @f: the fixture, or NULL
 */
void seam_fixture_destroy(struct seam_fixture *f);

/**
 * seam_fixture_alloc_page() - Take a page of simulated memory for a test
 * @f: the fixture
 *
 * The page is zeroed; it is host memory until handed to the module. With
 * @f->dynamic_pamt, once the TDMR is initialised (%SEAM_FIXTURE_TDMR), the
 * first page handed out in a 2 MiB range comes after a
 * TDH.PHYMEM.PAMT.ADD that backs the range with the range's first two
 * free pages (the module takes PAMT pages from the range they back
 * without walking to them: tdh_phymem_pamt_add.c).
 *
 * Return: its HPA, or 0 if every page is taken or PAMT.ADD failed.
 */
u64 seam_fixture_alloc_page(struct seam_fixture *f);

/**
 * seam_fixture_alloc_2m() - Take a whole free 2 MiB range for a test
 * @f: the fixture
 *
 * The range is 2 MiB aligned, inside the TDMR, has no page handed out
 * before and no PAMT page pair the fixture added; all 512 of its pages are
 * taken. For TDH.PHYMEM.PAMT.ADD and 2 MiB TDH.MEM.PAGE.AUG tests.
 *
 * Return: its HPA, or 0 if there is no such range.
 */
u64 seam_fixture_alloc_2m(struct seam_fixture *f);

/**
 * seam_fixture_free_page() - Give back a page from seam_fixture_alloc_page()
 * @f: the fixture
 * @hpa: the page
 */
void seam_fixture_free_page(struct seam_fixture *f, u64 hpa);

/**
 * seam_fixture_write_td_params() - Fill a TD_PARAMS page with valid values
 * @f: the fixture
 * @hpa: the page (1024-byte aligned)
 * @attributes: TD ATTRIBUTES (0 or %SEAM_MODEL_TD_ATTR_DEBUG, for example)
 * @max_vcpus: MAX_VCPUS
 */
void seam_fixture_write_td_params(struct seam_fixture *f, u64 hpa,
				  u64 attributes, u16 max_vcpus);

/**
 * seam_fixture_set_td_param() - Write one field of a TD_PARAMS page
 * @f: the fixture
 * @hpa: the TD_PARAMS (1024-byte aligned), for example filled first by
 *       seam_fixture_write_td_params()
 * @field: the field
 * @value: its new value, truncated to the field's size
 *
 * Return: 0, or -EINVAL if @field does not exist or @hpa is outside the
 * simulated memory.
 */
int seam_fixture_set_td_param(struct seam_fixture *f, u64 hpa,
			      enum seam_fixture_tdp_field field, u64 value);

/**
 * seam_fixture_set_cpu() - Choose the logical CPU the next SEAMCALLs run on
 * @f: the fixture
 * @cpu: logical CPU number; CPU n is in package n % @nr_pkgs
 *
 * seam_fixture_build() and seam_fixture_build_td2() return on CPU 0.
 *
 * Return: 0, or -EINVAL if @cpu does not exist.
 */
int seam_fixture_set_cpu(struct seam_fixture *f, unsigned int cpu);

/**
 * seam_fixture_tdmr_base() - Base of the one TDMR the fixture configures
 * @f: the fixture
 *
 * The %SEAM_FIXTURE_CONFIG stage passes one TDMR that starts at the first
 * simulated page and covers all of them; TDH.SYS.TDMR.INIT takes its base.
 *
 * Return: the TDMR's base HPA.
 */
u64 seam_fixture_tdmr_base(const struct seam_fixture *f);

/**
 * seam_fixture_build_td2() - Build a second TD next to the fixture's TD
 * @f: the fixture
 * @stage: the stage to reach, from %SEAM_FIXTURE_TD_CREATE on; stages
 *         already reached are not repeated
 *
 * Runs seam_fixture_build() to %SEAM_FIXTURE_TDMR if needed, then the TD
 * stages of seam_fixture_build() for @td2, which gets the private KeyID
 * after the fixture TD's. The fixture's own TD is left where it is.
 *
 * Return: the first status that was not a success, %SEAM_TDX_OPERAND_INVALID
 * if @stage is below %SEAM_FIXTURE_TD_CREATE, or %SEAM_TDX_SUCCESS.
 */
u64 seam_fixture_build_td2(struct seam_fixture *f, enum seam_fixture_stage stage);

/* Field ID of MODULE_HV (TDX module 1.5 global metadata). */
#define SEAM_FIXTURE_MD_MODULE_HV	0x8900000100000000ULL

/**
 * seam_fixture_shutdown() - Shut the module down as before an update
 * @f: the fixture, at %SEAM_FIXTURE_READY or later
 *
 * Reads MODULE_HV with TDH.SYS.RD and passes it to TDH.SYS.SHUTDOWN; after
 * that the module answers %SEAM_TDX_SYS_SHUTDOWN to every leaf but
 * TDH.SYS.LP.SHUTDOWN. The fixture's stage does not change.
 *
 * Return: the first status that was not a success.
 */
u64 seam_fixture_shutdown(struct seam_fixture *f);

/**
 * seam_fixture_sys_init() - Run the whole system initialisation
 * @f: the fixture
 *
 * Same as seam_fixture_build() to %SEAM_FIXTURE_TDMR.
 *
 * Return: the first status that was not a success.
 */
u64 seam_fixture_sys_init(struct seam_fixture *f);

/**
 * seam_fixture_create_td() - Initialise the system and build a runnable-to-be TD
 * @f: the fixture
 *
 * Same as seam_fixture_build() to %SEAM_FIXTURE_VP_INIT: TDR, KeyID on every
 * package, TDCS, TD_PARAMS, one initialised vCPU.
 *
 * Return: the first status that was not a success.
 */
u64 seam_fixture_create_td(struct seam_fixture *f);

/**
 * seam_fixture_build() - Advance the fixture's state to a stage
 * @f: the fixture
 * @stage: the stage to reach; stages already reached are not repeated
 *
 * Every stage runs on CPU 0 unless it needs every CPU or package; the
 * current CPU is CPU 0 on return.
 *
 * Return: the first status that was not a success, or %SEAM_TDX_SUCCESS.
 */
u64 seam_fixture_build(struct seam_fixture *f, enum seam_fixture_stage stage);

/**
 * seam_fixture_reclaim_all() - Reclaim every page the TD still owns
 * @f: the fixture
 *
 * After %SEAM_FIXTURE_FREEID: TDH.PHYMEM.PAGE.WBINVD and
 * TDH.PHYMEM.PAGE.RECLAIM of every TD page, the TDR last, then the pages
 * go back to the allocator.
 *
 * Return: the first status that was not a success.
 */
u64 seam_fixture_reclaim_all(struct seam_fixture *f);

/**
 * seam_fixture_inject() - Arm a fault (seam_model_inject() on the fixture's model)
 * @f: the fixture
 * @fault: what to inject
 * @leaf: SEAM_TDH_* leaf, or %SEAM_MODEL_ANY_LEAF
 * @count: number of calls to hit
 * @operand_id: operand ID for %SEAM_MODEL_FAULT_BUSY
 *
 * Return: as seam_model_inject().
 */
int seam_fixture_inject(struct seam_fixture *f, enum seam_model_fault fault,
			int leaf, unsigned int count, u32 operand_id);

/**
 * seam_fixture_keyed_pa() - A page address with a KeyID in its KeyID bits
 * @f: the fixture
 * @hpa: the page
 * @hkid: the KeyID
 *
 * Return: the keyed address TDH.PHYMEM.PAGE.WBINVD takes.
 */
u64 seam_fixture_keyed_pa(const struct seam_fixture *f, u64 hpa, u16 hkid);

#endif /* _SEAM_FIXTURE_H */
