/* SPDX-License-Identifier: GPL-2.0 */
/*
 * seam_model.h - a software model of the Intel TDX module, for tests
 *
 * Copyright (C) 2026 The seamcall authors
 */
#ifndef _SEAM_MODEL_H
#define _SEAM_MODEL_H

#include <linux/types.h>

/**
 * DOC: Overview
 *
 * The model stands in for the TDX module behind the real SEAMCALL
 * instruction. An adapter traps the instruction (a SIGILL handler in user
 * space, a #UD die notifier in the kernel), copies the registers into a
 * &struct seam_model_regs, calls seam_model_seamcall() on
 * %seam_model_current and applies the result.
 *
 * The model owns a small simulated physical memory: @nr_pages 4 KiB pages
 * from a fake host physical address @hpa_base. That memory is the only CMR
 * and the only TDMR the model accepts; every page the module would track in
 * its PAMT is one of these pages. Addresses outside it get the module's
 * range errors.
 *
 * seam_model_seamcall() never sleeps, allocates or prints. On every error it
 * leaves the architectural state as it was (it checks everything before it
 * commits anything), which seam_model_digest() lets tests verify; the one
 * exception is an interrupted TDH.PHYMEM.CACHE.WB, which keeps its progress
 * as the module does.
 */

/**
 * struct seam_model_regs - the GPRs a SEAMCALL passes, as the adapters see them
 * @rax: leaf and version in, completion status out
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
 * @rbp: RBP
 *
 * What the model does to them is the register contract of seamcall.h: see
 * seam_model_seamcall().
 */
struct seam_model_regs {
	u64 rax, rcx, rdx, r8, r9, r10, r11, r12, r13, r14, r15, rbx, rdi, rsi, rbp;
};

/**
 * enum seam_model_exit - how a modelled SEAMCALL ends
 * @SEAM_MODEL_EXIT_RETURN: SEAMRET: the registers hold the outputs, CF = 0
 * @SEAM_MODEL_EXIT_VMFAIL: VMfailInvalid: CF = 1, registers unchanged
 * @SEAM_MODEL_EXIT_GP: the instruction raises #GP
 * @SEAM_MODEL_EXIT_UD: the instruction raises #UD
 */
enum seam_model_exit {
	SEAM_MODEL_EXIT_RETURN,
	SEAM_MODEL_EXIT_VMFAIL,
	SEAM_MODEL_EXIT_GP,
	SEAM_MODEL_EXIT_UD,
};

struct seam_model;

/**
 * seam_model_seamcall() - Execute one SEAMCALL against the model
 * @m: the model
 * @regs: registers at the SEAMCALL instruction; updated in place
 *
 * A call that reaches the module returns the leaf's outputs: the registers
 * its handler (or a canned reply) set in this call. Every other register of
 * RCX, RDX and R8 to R11 gets a fresh pseudo-random value (see
 * seam_model_set_seed()), on every leaf and every status, as the contract
 * of seamcall.h allows the module to change them all. The other registers
 * keep their values, except where the leaf returns something there:
 * TDH.SERVTD.BIND (R12, R13) and TDH.VP.ENTER (see &struct
 * seam_model_td_exit; an asynchronous TD exit sets RBP to 0). A VMfailInvalid,
 * #GP or #UD changes no register.
 *
 * Called by the adapters (a SIGILL handler in user space, a die notifier in
 * the kernel) when the CPU traps on the SEAMCALL instruction. Must not sleep
 * or allocate.
 *
 * Return: how the instruction completes.
 */
enum seam_model_exit seam_model_seamcall(struct seam_model *m,
					 struct seam_model_regs *regs);

/* ------------------------------------------------------------------------ */
/* Environment hooks, implemented by the adapters (kunit/user, kunit/kernel) */

/**
 * seam_model_zalloc() - Allocate zeroed memory for the model
 * @size: bytes
 *
 * Implemented by the adapter: kvzalloc() in the kernel, calloc() in user
 * space. Called only by seam_model_create() and the fixture, never from
 * seam_model_seamcall().
 *
 * Return: the memory, or NULL.
 */
void *seam_model_zalloc(size_t size);

/**
 * seam_model_free() - Free memory from seam_model_zalloc()
 * @p: the memory, or NULL
 */
void seam_model_free(void *p);

/*
 * seam_model_current - the model a trapped SEAMCALL reaches
 *
 * Defined by the adapter; set by seam_model_attach(). While it is NULL the
 * adapter lets the trap take its normal course.
 */
extern struct seam_model *seam_model_current;

/**
 * seam_model_attach() - Route trapped SEAMCALLs to a model
 * @m: the model
 *
 * Implemented by the adapter: installs its trap handler if needed and sets
 * %seam_model_current.
 *
 * Return: 0, or a negative errno (-EBUSY if another model is attached).
 */
int seam_model_attach(struct seam_model *m);

/**
 * seam_model_detach() - Stop routing trapped SEAMCALLs to the model
 *
 * Implemented by the adapter; clears %seam_model_current.
 */
void seam_model_detach(void);

/* ------------------------------------------------------------------------ */
/* Creation and configuration */

/**
 * struct seam_model_config - shape of a model
 * @hpa_base: fake host physical address of the first simulated page; 4 KiB
 *            aligned and below 1 << @pa_bits (default 0x100000000)
 * @nr_pages: number of simulated 4 KiB pages (default 64, at most
 *            %SEAM_MODEL_MAX_PAGES); with @hpa_base 2 MiB aligned, every
 *            512 of them are a 2 MiB range a huge page can use
 * @mem_size: bytes of physical address space from @hpa_base (default
 *            @nr_pages pages, all backed). Larger, up to
 *            %SEAM_MODEL_MAX_MEM_SIZE, makes memory sparse: each 2 MiB of
 *            it gets 512 of the @nr_pages pages when first touched
 *            (@hpa_base and @mem_size 2 MiB aligned, @nr_pages a multiple
 *            of 512); 2 MiB that hold no state any more are given back
 * @nr_lps: logical CPUs (default 4, at most %SEAM_MODEL_MAX_LPS)
 * @nr_pkgs: packages (default 2, at most %SEAM_MODEL_MAX_PKGS); logical CPU
 *           n sits in package n % @nr_pkgs
 * @pa_bits: physical address bits below the KeyID bits (default 46)
 * @hkid_bits: KeyID bits above @pa_bits (default 6, at most 10)
 * @nr_private_hkids: the highest @nr_private_hkids KeyIDs are TDX private
 *                    KeyIDs (default half of them)
 * @tdmr_init_pages: pages one TDH.SYS.TDMR.INIT initialises (default: all)
 * @log_size: call log entries kept, oldest dropped first (default 64)
 * @seed: seed of the values the model leaves in the registers of RCX to R11
 *        a leaf does not set (default %SEAM_MODEL_DEFAULT_SEED)
 * @features: %SEAM_MODEL_FEAT_* bits (DOC: Model features; default none)
 * @profile: the module release the model answers as (&enum
 *           seam_model_profile; default %SEAM_MODEL_PROFILE_1_5_01)
 * @disable_interrupts: profile 2.0: TDH.SYS.DISABLE answers
 *                      %SEAM_TDX_INTERRUPTED_RESUMABLE this many times,
 *                      each a step of progress, before it completes
 *                      (default 0)
 *
 * Zero members take their defaults.
 */
struct seam_model_config {
	u64 hpa_base;
	unsigned int nr_pages;
	unsigned int nr_lps;
	unsigned int nr_pkgs;
	unsigned int pa_bits;
	unsigned int hkid_bits;
	unsigned int nr_private_hkids;
	unsigned int tdmr_init_pages;
	unsigned int log_size;
	u64 seed;
	u64 mem_size;
	unsigned int features;
	unsigned int profile;
	unsigned int disable_interrupts;
};

/**
 * enum seam_model_profile - the module release a model answers as
 * @SEAM_MODEL_PROFILE_1_5_01: module 1.5.01, the model ``kunit/expect/``
 *     was written from (the default)
 * @SEAM_MODEL_PROFILE_1_5: module 1.5.16, a current 1.5 release: its
 *     version numbers and TDX_FEATURES0 (``mapping_file.json`` of
 *     ``intel/tdx-module-binaries``)
 * @SEAM_MODEL_PROFILE_2_0: module 2.0.18 (the newest public source), plus
 *     the leaves of Linux's posted series no public module has:
 *     TDH.SYS.DISABLE, TDH.EXT.INIT and MEM.ADD, TDH.QUOTE.INIT and GET.
 *     Implies %SEAM_MODEL_FEAT_UPDATE_COMPAT. TDH.SYS.CONFIG takes
 *     %SEAM_SYS_CONFIG_DYNAMIC_PAMT in R8 (reserved in the other profiles)
 * @SEAM_MODEL_NR_PROFILES: number of profiles
 *
 * A profile sets what TDH.SYS.RD reports as MAJOR_VERSION, MINOR_VERSION,
 * UPDATE_VERSION and TDX_FEATURES0, and which leaves and leaf versions
 * exist; a leaf or version the profile lacks answers as that module's
 * dispatcher does (``OPERAND_INVALID | RAX``).
 */
enum seam_model_profile {
	SEAM_MODEL_PROFILE_1_5_01,
	SEAM_MODEL_PROFILE_1_5,
	SEAM_MODEL_PROFILE_2_0,
	SEAM_MODEL_NR_PROFILES,
};

/**
 * DOC: Model features
 *
 * Bits of &seam_model_config.features; without them (and in the default
 * profile, &enum seam_model_profile) the model is the module 1.5.01 that
 * ``kunit/expect/`` was written from. Profile 2.0 implies
 * %SEAM_MODEL_FEAT_UPDATE_COMPAT.
 *
 * * %SEAM_MODEL_FEAT_SEAMLDR: a SEAMCALL with RAX bit 63 set goes to a
 *   modelled P-SEAMLDR (INFO and INSTALL, DOC: P-SEAMLDR calls in
 *   seamcall.h), as the CPU routes it. Without it the TDX module's
 *   dispatcher gets it and refuses RAX (``OPERAND_INVALID | RAX``).
 * * %SEAM_MODEL_FEAT_UPDATE_COMPAT: TDH.SYS.SHUTDOWN takes
 *   %SEAM_SYS_SHUTDOWN_AVOID_COMPAT_SENSITIVE (module 2.0
 *   ``tdh_sys_shutdown.c``), and TDH.SYS.RD reports
 *   %SEAM_TDX_FEATURES0_UPDATE_COMPAT in TDX_FEATURES0. Without it bit 16
 *   of RCX is reserved, as in module 1.5.01.
 */
#define SEAM_MODEL_FEAT_SEAMLDR		BIT(0)
#define SEAM_MODEL_FEAT_UPDATE_COMPAT	BIT(1)
#define SEAM_MODEL_FEAT_ALL		(SEAM_MODEL_FEAT_SEAMLDR | \
					 SEAM_MODEL_FEAT_UPDATE_COMPAT)

/**
 * DOC: Module images the model's P-SEAMLDR installs
 *
 * P-SEAMLDR.INSTALL takes Linux's SEAMLDR_PARAMS page (version 0, scenario
 * 1, one SIGSTRUCT page, 1 to 496 module pages). The model does not check
 * signatures; it reads the new module's version from the first module
 * page, four 16-bit values at these byte offsets. Once every LP ran
 * INSTALL and TDH.SYS.UPDATE succeeded, TDH.SYS.RD reports them as
 * MAJOR_VERSION, MINOR_VERSION, UPDATE_VERSION and BUILD_NUM.
 */
#define SEAM_MODEL_IMAGE_MAJOR		0
#define SEAM_MODEL_IMAGE_MINOR		2
#define SEAM_MODEL_IMAGE_UPDATE		4
#define SEAM_MODEL_IMAGE_BUILD_NUM	6
/* Module updates the model's P-SEAMLDR accepts (SEAMLDR_INFO). */
#define SEAM_MODEL_SEAMLDR_UPDATES	16

/**
 * DOC: Quotes
 *
 * TDH.QUOTE.GET (profile 2.0) writes MAX_QUOTE_SIZE bytes (the global
 * metadata field, 5120) into the buffer pages of its HPA_LINKED_LIST, one
 * page per call: the little-endian 64-bit %SEAM_MODEL_QUOTE_MAGIC at
 * offset 0, the TD's measurement (seam_model_td_measurement()) at
 * %SEAM_MODEL_QUOTE_MRTD, the input length (R9) at %SEAM_MODEL_QUOTE_LEN,
 * the input bytes from %SEAM_MODEL_QUOTE_DATA, then a filler that depends
 * only on the measurement. It is no signed quote: a verifier would refuse
 * it; it lets tests check where the module puts what.
 */
#define SEAM_MODEL_QUOTE_MAGIC		0x544f55514d414553ULL	/* "SEAMQUOT" */
#define SEAM_MODEL_QUOTE_MRTD		8
#define SEAM_MODEL_QUOTE_LEN		16
#define SEAM_MODEL_QUOTE_DATA		24

/* The seed of a model whose configuration names none. */
#define SEAM_MODEL_DEFAULT_SEED		0x5eedca11c0ffee01ULL

#define SEAM_MODEL_MAX_LPS		64
/* TDMRs SYS.CONFIG takes (module MAX_TDMRS). */
#define SEAM_MODEL_MAX_TDMRS		64
/*
 * TDCS pages a TD needs before TDH.MNG.INIT (module 1.5 MIN_NUM_TDCS_PAGES,
 * td_control_structures.h); TDH.MNG.ADDCX takes up to 9.
 */
#define SEAM_MODEL_TDCS_PAGES		6
/*
 * TDVPS pages of a vCPU without L2 VMs: the TDVPR plus this many minus one
 * TDCX pages (module 1.5 MIN_TDVPS_PAGES); TDH.VP.ADDCX takes up to 15.
 */
#define SEAM_MODEL_TDVPS_PAGES		6
/* Private GPAs are below this bit (4-level S-EPT, GPAW 0); it is the shared bit. */
#define SEAM_MODEL_GPA_SHARED_BIT	47

/**
 * DOC: TD_PARAMS as the model reads it
 *
 * Byte offsets in the 1024-byte TD_PARAMS page of the fields TDH.MNG.INIT
 * checks; everything else is ignored (CPUID configuration included).
 */
#define SEAM_MODEL_TDP_ATTRIBUTES		0
#define SEAM_MODEL_TDP_XFAM			8
#define SEAM_MODEL_TDP_MAX_VCPUS		16
#define SEAM_MODEL_TDP_NUM_L2_VMS		18
#define SEAM_MODEL_TDP_EPTP_CONTROLS		24
#define SEAM_MODEL_TDP_CONFIG_FLAGS		32
#define SEAM_MODEL_TDP_TSC_FREQUENCY		40
/* Valid ATTRIBUTES bits: DEBUG (0), SEPT_VE_DISABLE (28), PKS (30), KL (31), PERFMON (63). */
#define SEAM_MODEL_TD_ATTR_DEBUG		0x1ULL
#define SEAM_MODEL_TD_ATTR_VALID		0x80000000d0000001ULL
/* XFAM: x87 and SSE must be set; these bits may be set. */
#define SEAM_MODEL_XFAM_FIXED1			0x3ULL
#define SEAM_MODEL_XFAM_VALID			0x00000000000602ffULL
/* EPTP_CONTROLS: write-back memory type (6) and a 4-level walk (3 << 3). */
#define SEAM_MODEL_EPTP_4LEVEL			0x1eULL
/* CONFIG_FLAGS: GPAW (0, needs 5 levels, refused), FLEXIBLE_PENDING_VE (1), NO_RBP_MOD (2). */
#define SEAM_MODEL_CONFIG_FLAGS_VALID		0x6ULL
#define SEAM_MODEL_CONFIG_NO_RBP_MOD		0x4ULL
/* TSC_FREQUENCY in units of 25 MHz. */
#define SEAM_MODEL_TSC_FREQ_MIN			4
#define SEAM_MODEL_TSC_FREQ_MAX			400

/**
 * DOC: TDMR_INFO as the model reads it
 *
 * TDH.SYS.CONFIG takes an array of 64-bit TDMR_INFO addresses (RCX, 512-byte
 * aligned) and reads BASE and SIZE (offsets 0 and 8) of each 512-byte aligned
 * TDMR_INFO; both must lie in the simulated memory. The PAMT fields and the
 * reserved areas are ignored: the model keeps its PAMT internally.
 */
#define SEAM_MODEL_TDMR_INFO_BASE		0
#define SEAM_MODEL_TDMR_INFO_SIZE		8
#define SEAM_MODEL_MAX_PKGS		8
#define SEAM_MODEL_MAX_PAGES		2048
/* Largest physical address space of a sparse model: 64 GiB. */
#define SEAM_MODEL_MAX_MEM_SIZE		(64ULL << 30)

/**
 * seam_model_create() - Create a model in the power-on state
 * @cfg: the shape, or NULL for all defaults
 *
 * Context: May sleep (allocates through seam_model_zalloc()).
 * Return: the model, or NULL on a bad @cfg or out of memory.
 */
struct seam_model *seam_model_create(const struct seam_model_config *cfg);

/**
 * seam_model_destroy() - Free a model and its simulated memory
 * @m: the model, or NULL
 */
void seam_model_destroy(struct seam_model *m);

/**
 * seam_model_set_seed() - Restart the model's pseudo-random register values
 * @m: the model
 * @seed: any value (0 is replaced by %SEAM_MODEL_DEFAULT_SEED)
 *
 * The values the model leaves in the registers a leaf does not set come
 * from a xorshift64* generator seeded with @seed, so a failing test
 * repeats its failure when run again.
 */
void seam_model_set_seed(struct seam_model *m, u64 seed);

/* VMX exit reason TDCALL: RAX of a TD exit for TDG.VP.VMCALL. */
#define SEAM_MODEL_EXIT_REASON_TDCALL	77

/**
 * enum seam_model_td_exit_kind - how the guest leaves after TDH.VP.ENTER
 * @SEAM_MODEL_TD_EXIT_ASYNC: an asynchronous TD exit (the default)
 * @SEAM_MODEL_TD_EXIT_VMCALL: the guest calls TDG.VP.VMCALL
 */
enum seam_model_td_exit_kind {
	SEAM_MODEL_TD_EXIT_ASYNC,
	SEAM_MODEL_TD_EXIT_VMCALL,
};

/**
 * struct seam_model_td_exit - the TD exit every TDH.VP.ENTER ends with
 * @kind: asynchronous exit or TDG.VP.VMCALL
 * @exit_reason: %SEAM_MODEL_TD_EXIT_ASYNC: the VMX exit reason returned in
 *               RAX bits 31:0 (default 12, HLT)
 * @gpr_select: %SEAM_MODEL_TD_EXIT_VMCALL: the guest GPRs passed to the
 *              host, bit n for GPR n in the module's order (RDX 2, RBX 3,
 *              RBP 5, RSI 6, RDI 7, R8 to R15 8 to 15); bits 0, 1 and 4
 *              must be 0
 * @xmm_select: %SEAM_MODEL_TD_EXIT_VMCALL: returned in RCX bits 31:16
 * @guest: %SEAM_MODEL_TD_EXIT_VMCALL: the guest's GPR values
 *
 * An asynchronous exit returns RCX to R9 as 0 (no exit qualification) and
 * sets R10 to R15, RBX, RBP, RSI and RDI to 0 (module 1.5.01
 * async_tdexit_internal(), src/td_transitions/td_exit.c). A TDG.VP.VMCALL
 * exit returns RAX = %SEAM_MODEL_EXIT_REASON_TDCALL, RCX = @gpr_select |
 * @xmm_select << 16, and each GPR from RDX to R15 the guest's value if
 * selected, else 0, but RBP is left alone for a TD that set NO_RBP_MOD
 * (copy_gprs_data_from_td_to_vmm(),
 * src/td_dispatcher/vm_exits/tdg_vp_vmcall.c). Such a TD cannot select
 * RBP (the module refuses the TDG.VP.VMCALL to the guest); the model then
 * leaves RBP alone too.
 */
struct seam_model_td_exit {
	enum seam_model_td_exit_kind kind;
	u32 exit_reason;
	u16 gpr_select;
	u16 xmm_select;
	struct seam_model_regs guest;
};

/**
 * seam_model_set_td_exit() - Choose the TD exit of the next TDH.VP.ENTERs
 * @m: the model
 * @exit: the exit; applies to every TDH.VP.ENTER until set again
 *
 * Return: 0, or -EINVAL if @exit selects GPR 0, 1 or 4 (RAX, RCX, RSP) or
 * has an unknown kind.
 */
int seam_model_set_td_exit(struct seam_model *m,
			   const struct seam_model_td_exit *exit);

/**
 * seam_model_get_config() - Read back the effective configuration
 * @m: the model
 * @cfg: filled with the configuration, defaults resolved
 */
void seam_model_get_config(const struct seam_model *m,
			   struct seam_model_config *cfg);

/**
 * seam_model_page() - Access the contents of a simulated page
 * @m: the model
 * @hpa: any address inside the page; KeyID bits are ignored
 *
 * Return: the start of the page's 4 KiB backing store, or NULL if @hpa is
 * outside the simulated memory.
 */
void *seam_model_page(struct seam_model *m, u64 hpa);

/**
 * define SEAM_MODEL_CPU_HOST - Call on the host CPU the thread runs on
 *
 * A thread that chooses it calls on the logical CPU of the host CPU it
 * traps on (smp_processor_id() in the kernel, getcpu(2) in user
 * space), modulo the model's @nr_lps: code that relies on running on the
 * CPU a vCPU is associated with (an IPI to it) sees the model agree.
 */
#define SEAM_MODEL_CPU_HOST	0xffffffffU

/**
 * seam_model_set_cpu() - Choose the logical CPU the next SEAMCALLs run on
 * @m: the model
 * @cpu: logical CPU number, below @nr_lps, or %SEAM_MODEL_CPU_HOST.
 *       Applies to the calling thread only.
 *
 * Return: 0, or -EINVAL if @cpu does not exist.
 */
int seam_model_set_cpu(struct seam_model *m, unsigned int cpu);

/**
 * seam_model_cpu() - The logical CPU the calling thread's SEAMCALLs run on
 * @m: the model
 *
 * Return: the calling thread's CPU: the one it set with
 * seam_model_set_cpu(), or 0 if it never set one.
 */
unsigned int seam_model_cpu(const struct seam_model *m);

/**
 * seam_model_guest_hold() - Keep the next guest TDH.VP.ENTER runs in the guest
 * @m: the model
 *
 * The next TDH.VP.ENTER that passes its checks keeps its locks (the TDVPR
 * and TDR PAMT entries, shared) and waits, with the model free for other
 * CPUs' calls, until seam_model_guest_release(); then it takes its TD
 * exit as usual.
 *
 * Context: Any thread; not from a SEAMCALL.
 */
void seam_model_guest_hold(struct seam_model *m);

/**
 * seam_model_guest_release() - Let every held guest exit
 * @m: the model
 *
 * Also cancels a hold no TDH.VP.ENTER has taken yet.
 *
 * Context: Any thread; not from a SEAMCALL.
 */
void seam_model_guest_release(struct seam_model *m);

/**
 * seam_model_guests_running() - How many TDH.VP.ENTERs are in the guest
 * @m: the model
 *
 * Context: Any thread; not from a SEAMCALL.
 * Return: the number of calls waiting in the guest window.
 */
unsigned int seam_model_guests_running(struct seam_model *m);

/**
 * typedef seam_model_thread_fn - a function seam_model_run_parallel() runs
 * @arg: the argument given to seam_model_run_parallel()
 * @i: which of the threads, from 0
 */
typedef void (*seam_model_thread_fn)(void *arg, unsigned int i);

/**
 * seam_model_run_parallel() - Run @fn in @n threads at once
 * @n: number of threads, at least 1 and at most %SEAM_MODEL_MAX_PARALLEL
 * @fn: the function, called as fn(@arg, i) for i from 0 to @n - 1
 * @arg: its argument
 *
 * In user space a pthread each, pinned to a different CPU the process may
 * use; in the kernel a work item each on a different online CPU, so that a
 * thread spinning in a held guest (with interrupts off, as in the #UD
 * notifier) never keeps another from running. Thread i runs on the i-th
 * of those CPUs.
 * Implemented by the SEAMCALL adapter (seam_user.c, seam_kernel.c).
 *
 * Context: May sleep.
 * Return: 0 once every call of @fn returned, -EINVAL for a bad @n, or
 * -ENODEV if fewer than @n CPUs are there to use, then @fn never ran.
 */
int seam_model_run_parallel(unsigned int n, seam_model_thread_fn fn, void *arg);

/* Threads seam_model_run_parallel() runs at most. */
#define SEAM_MODEL_MAX_PARALLEL	4

/**
 * seam_model_pkg_of() - The package a logical CPU belongs to
 * @m: the model
 * @cpu: logical CPU number
 *
 * Return: the package number.
 */
unsigned int seam_model_pkg_of(const struct seam_model *m, unsigned int cpu);

/**
 * seam_model_first_private_hkid() - Lowest TDX private KeyID
 * @m: the model
 *
 * Return: the KeyID; private KeyIDs run up to (1 << @hkid_bits) - 1.
 */
u16 seam_model_first_private_hkid(const struct seam_model *m);

/* ------------------------------------------------------------------------ */
/* Fault injection */

/**
 * enum seam_model_fault - faults the model can inject
 * @SEAM_MODEL_FAULT_NO_ENTROPY: the call returns %SEAM_TDX_RND_NO_ENTROPY
 * @SEAM_MODEL_FAULT_BUSY: the call returns %SEAM_TDX_OPERAND_BUSY with the
 *                         given operand ID
 * @SEAM_MODEL_FAULT_INTERRUPTED: the call returns
 *     %SEAM_TDX_INTERRUPTED_RESUMABLE; a TDH.PHYMEM.CACHE.WB start so
 *     interrupted leaves a write-back pending that a resume completes
 * @SEAM_MODEL_FAULT_VMFAIL: the instruction ends in VMfailInvalid
 * @SEAM_MODEL_FAULT_GP: the instruction raises #GP
 * @SEAM_MODEL_FAULT_UD: the instruction raises #UD
 * @SEAM_MODEL_FAULT_REPLY: the call returns a canned status and output
 *     registers; armed only through seam_model_inject_reply()
 *
 * The three instruction-level faults hit before the leaf is decoded; the
 * module statuses hit after the RAX checks, before any leaf check, and
 * change no state (except the pending write-back above).
 */
enum seam_model_fault {
	SEAM_MODEL_FAULT_NO_ENTROPY,
	SEAM_MODEL_FAULT_BUSY,
	SEAM_MODEL_FAULT_INTERRUPTED,
	SEAM_MODEL_FAULT_VMFAIL,
	SEAM_MODEL_FAULT_GP,
	SEAM_MODEL_FAULT_UD,
	SEAM_MODEL_FAULT_REPLY,
};

/* Leaf filter of seam_model_inject() that matches every leaf. */
#define SEAM_MODEL_ANY_LEAF		(-1)
/* Number of faults that can be armed at once. */
#define SEAM_MODEL_MAX_FAULTS		8

/**
 * seam_model_inject() - Arm a fault for the next matching SEAMCALLs
 * @m: the model
 * @fault: what to inject
 * @leaf: leaf number (SEAM_TDH_*) the fault is limited to, or
 *        %SEAM_MODEL_ANY_LEAF
 * @count: how many matching calls get the fault (at least 1)
 * @operand_id: operand ID for %SEAM_MODEL_FAULT_BUSY; ignored otherwise
 *
 * Armed faults are checked in slot order; the first one that matches fires
 * and loses one of its @count.
 *
 * Return: 0, -EINVAL on a bad argument, -ENOSPC when
 * %SEAM_MODEL_MAX_FAULTS are already armed.
 */
int seam_model_inject(struct seam_model *m, enum seam_model_fault fault,
		      int leaf, unsigned int count, u32 operand_id);

/**
 * seam_model_inject_reply() - Make the next matching SEAMCALL return canned outputs
 * @m: the model
 * @leaf: leaf number (SEAM_TDH_*) or %SEAM_MODEL_ANY_LEAF
 * @status: completion status to return in RAX
 * @reply: output registers: RCX to R11 are returned for every leaf, R12
 *         and R13 too for TDH.SERVTD.BIND, and all but RBP for
 *         TDH.VP.ENTER, the registers module 1.5.01 may return for the
 *         leaf; the others keep their input values
 *
 * Fires once, after the RAX checks, instead of the leaf; changes no state.
 * Lets tests check that wrappers copy every output register.
 *
 * Return: 0, -EINVAL on a bad argument, -ENOSPC when no slot is free.
 */
int seam_model_inject_reply(struct seam_model *m, int leaf, u64 status,
			    const struct seam_model_regs *reply);

/**
 * seam_model_inject_reply_all() - seam_model_inject_reply() writing RCX to RSI
 * @m: the model
 * @leaf: leaf number (SEAM_TDH_*) or %SEAM_MODEL_ANY_LEAF
 * @status: completion status to return in RAX
 * @reply: output registers; all but RAX and RBP are returned, whatever the
 *         leaf, as no module leaf but TDH.VP.ENTER does. Use it only with
 *         the saved variant (__seam_call_saved_ret()), which restores the
 *         callee-saved registers; an inline wrapper would be corrupted.
 *
 * Return: as seam_model_inject_reply().
 */
int seam_model_inject_reply_all(struct seam_model *m, int leaf, u64 status,
				const struct seam_model_regs *reply);

/**
 * seam_model_clear_faults() - Disarm every injected fault
 * @m: the model
 */
void seam_model_clear_faults(struct seam_model *m);

/**
 * seam_model_faults_pending() - Count injections not yet delivered
 * @m: the model
 *
 * Return: the sum of the remaining counts of all armed faults.
 */
unsigned int seam_model_faults_pending(const struct seam_model *m);

/* ------------------------------------------------------------------------ */
/* Call log */

/**
 * struct seam_model_log_entry - one logged SEAMCALL
 * @leaf: leaf number (RAX bits 15:0 on input)
 * @cpu: logical CPU the call ran on
 * @in: registers at the instruction
 * @out: registers after it (equal to @in for a VMfailInvalid, #GP or #UD)
 * @exit: how the instruction completed
 * @injected: true if an injected fault produced the result
 */
struct seam_model_log_entry {
	u64 leaf;
	unsigned int cpu;
	struct seam_model_regs in;
	struct seam_model_regs out;
	enum seam_model_exit exit;
	bool injected;
};

/**
 * seam_model_log_count() - Number of SEAMCALLs since the log was cleared
 * @m: the model
 *
 * Return: the count, which may exceed the entries kept (@log_size).
 */
unsigned int seam_model_log_count(const struct seam_model *m);

/**
 * seam_model_log_get() - Read one logged SEAMCALL
 * @m: the model
 * @idx: 0 for the first call since the log was cleared
 *
 * Return: the entry, or NULL if @idx was never logged or was dropped.
 */
const struct seam_model_log_entry *
seam_model_log_get(const struct seam_model *m, unsigned int idx);

/**
 * seam_model_log_last() - The most recent SEAMCALL
 * @m: the model
 *
 * Return: the entry, or NULL if the log is empty.
 */
const struct seam_model_log_entry *seam_model_log_last(const struct seam_model *m);

/**
 * seam_model_log_clear() - Empty the call log
 * @m: the model
 */
void seam_model_log_clear(struct seam_model *m);

/* ------------------------------------------------------------------------ */
/* State inspection */

/**
 * enum seam_model_sys_state - global module state
 * @SEAM_MODEL_SYS_UNINIT: before TDH.SYS.INIT
 * @SEAM_MODEL_SYS_INIT_DONE: TDH.SYS.INIT done; LP.INIT and CONFIG pending
 * @SEAM_MODEL_SYS_CONFIGURED: TDH.SYS.CONFIG done; KEY.CONFIG pending
 * @SEAM_MODEL_SYS_READY: TDH.SYS.KEY.CONFIG done on every package
 * @SEAM_MODEL_SYS_SHUTDOWN: after TDH.SYS.SHUTDOWN
 * @SEAM_MODEL_SYS_DISABLED: after TDH.SYS.DISABLE: nothing of the old
 *                           module's state is left; TDH.SYS.INIT starts anew
 */
enum seam_model_sys_state {
	SEAM_MODEL_SYS_UNINIT,
	SEAM_MODEL_SYS_INIT_DONE,
	SEAM_MODEL_SYS_CONFIGURED,
	SEAM_MODEL_SYS_READY,
	SEAM_MODEL_SYS_SHUTDOWN,
	SEAM_MODEL_SYS_DISABLED,
};

/**
 * enum seam_model_td_state - TD life cycle (TDR) and TDCS operation state
 * @SEAM_MODEL_TD_NONE: the page is not a TDR
 * @SEAM_MODEL_TD_HKID_ASSIGNED: TDH.MNG.CREATE done
 * @SEAM_MODEL_TD_KEYS_CONFIGURED: keys configured on every package
 * @SEAM_MODEL_TD_INITIALIZED: TDH.MNG.INIT done (building the TD)
 * @SEAM_MODEL_TD_RUNNABLE: TDH.MR.FINALIZE done
 * @SEAM_MODEL_TD_BLOCKED: TDH.MNG.VPFLUSHDONE done: HKID being reclaimed
 * @SEAM_MODEL_TD_TEARDOWN: TDH.MNG.KEY.FREEID done: pages may be reclaimed
 */
enum seam_model_td_state {
	SEAM_MODEL_TD_NONE,
	SEAM_MODEL_TD_HKID_ASSIGNED,
	SEAM_MODEL_TD_KEYS_CONFIGURED,
	SEAM_MODEL_TD_INITIALIZED,
	SEAM_MODEL_TD_RUNNABLE,
	SEAM_MODEL_TD_BLOCKED,
	SEAM_MODEL_TD_TEARDOWN,
};

/**
 * enum seam_model_hkid_state - state of a private KeyID (the module's KOT)
 * @SEAM_MODEL_HKID_FREE: not assigned
 * @SEAM_MODEL_HKID_ASSIGNED: assigned to a TD
 * @SEAM_MODEL_HKID_RECLAIMED: TD blocked; caches not yet written back
 * @SEAM_MODEL_HKID_FLUSHED: caches written back on every package
 */
enum seam_model_hkid_state {
	SEAM_MODEL_HKID_FREE,
	SEAM_MODEL_HKID_ASSIGNED,
	SEAM_MODEL_HKID_RECLAIMED,
	SEAM_MODEL_HKID_FLUSHED,
};

/**
 * enum seam_model_vcpu_state - state of a vCPU (TDVPR)
 * @SEAM_MODEL_VCPU_NONE: the page is not a TDVPR
 * @SEAM_MODEL_VCPU_CREATED: TDH.VP.CREATE done; TDCX pages being added
 * @SEAM_MODEL_VCPU_READY: TDH.VP.INIT done
 */
enum seam_model_vcpu_state {
	SEAM_MODEL_VCPU_NONE,
	SEAM_MODEL_VCPU_CREATED,
	SEAM_MODEL_VCPU_READY,
};

/**
 * enum seam_model_sept_state - state of a Secure EPT entry
 * @SEAM_MODEL_SEPT_WALK_FAILED: an upper level is missing
 * @SEAM_MODEL_SEPT_FREE: free
 * @SEAM_MODEL_SEPT_NON_LEAF: points to a lower S-EPT page
 * @SEAM_MODEL_SEPT_BLOCKED_NON_LEAF: non-leaf, blocked
 * @SEAM_MODEL_SEPT_MAPPED: a mapped private page
 * @SEAM_MODEL_SEPT_BLOCKED: a blocked private page
 * @SEAM_MODEL_SEPT_PENDING: a page added by TDH.MEM.PAGE.AUG, not accepted
 * @SEAM_MODEL_SEPT_PENDING_BLOCKED: pending and blocked
 */
enum seam_model_sept_state {
	SEAM_MODEL_SEPT_WALK_FAILED,
	SEAM_MODEL_SEPT_FREE,
	SEAM_MODEL_SEPT_NON_LEAF,
	SEAM_MODEL_SEPT_BLOCKED_NON_LEAF,
	SEAM_MODEL_SEPT_MAPPED,
	SEAM_MODEL_SEPT_BLOCKED,
	SEAM_MODEL_SEPT_PENDING,
	SEAM_MODEL_SEPT_PENDING_BLOCKED,
};

/* Page type seam_model_page_type() reports for an address out of range. */
#define SEAM_MODEL_PT_INVALID		0xff

/**
 * seam_model_sys_state() - Global module state
 * @m: the model
 *
 * Return: the state.
 */
enum seam_model_sys_state seam_model_sys_state(const struct seam_model *m);

/**
 * seam_model_dynamic_pamt() - Whether dynamic PAMT is on
 * @m: the model
 *
 * Return: true once TDH.SYS.CONFIG took %SEAM_SYS_CONFIG_DYNAMIC_PAMT in
 * R8 (profile 2.0 only).
 */
bool seam_model_dynamic_pamt(const struct seam_model *m);

/**
 * seam_model_lp_initialized() - Whether TDH.SYS.LP.INIT ran on a CPU
 * @m: the model
 * @cpu: logical CPU number
 *
 * Return: true if it did.
 */
bool seam_model_lp_initialized(const struct seam_model *m, unsigned int cpu);

/**
 * seam_model_page_type() - PAMT page type of a simulated page
 * @m: the model
 * @hpa: address in the page
 *
 * Return: one of SEAM_PT_*, or %SEAM_MODEL_PT_INVALID outside the memory.
 */
unsigned int seam_model_page_type(const struct seam_model *m, u64 hpa);

/**
 * seam_model_page_owner() - PAMT owner of a simulated page
 * @m: the model
 * @hpa: address in the page
 *
 * Return: the TDR HPA that owns the page, or 0 for a TDR page, a free page
 * or an address out of range (as TDH.PHYMEM.PAGE.RDMD reports it).
 */
u64 seam_model_page_owner(const struct seam_model *m, u64 hpa);

/**
 * seam_model_page_level() - Size of the page a simulated address is in
 * @m: the model
 * @hpa: address in the page
 *
 * The level of the PAMT entry a walk to @hpa ends at, as
 * TDH.PHYMEM.PAGE.RDMD returns it in R8: %SEAM_TDX_PS_2M or
 * %SEAM_TDX_PS_1G inside a private page of that size, else
 * %SEAM_TDX_PS_4K; with dynamic PAMT, %SEAM_TDX_PS_2M for a page in an
 * unbacked range too (the walk ends at its 2 MiB entry).
 *
 * Return: the level, or -1 outside the memory.
 */
int seam_model_page_level(const struct seam_model *m, u64 hpa);

/**
 * seam_model_td_state() - Life cycle state of a TD
 * @m: the model
 * @tdr: TDR HPA
 *
 * Return: the state, %SEAM_MODEL_TD_NONE if @tdr is not a TDR page.
 */
enum seam_model_td_state seam_model_td_state(const struct seam_model *m, u64 tdr);

/**
 * seam_model_td_hkid() - Private KeyID assigned to a TD
 * @m: the model
 * @tdr: TDR HPA
 *
 * Return: the KeyID, or 0 if @tdr is not a TDR page or its KeyID is freed.
 */
u16 seam_model_td_hkid(const struct seam_model *m, u64 tdr);

/**
 * seam_model_hkid_state() - State of a private KeyID
 * @m: the model
 * @hkid: KeyID
 *
 * Return: the state (%SEAM_MODEL_HKID_FREE for non-private KeyIDs).
 */
enum seam_model_hkid_state seam_model_hkid_state(const struct seam_model *m,
						 u16 hkid);

/**
 * seam_model_td_measurement() - The TD's build-time measurement (MRTD)
 * @m: the model
 * @tdr: TDR HPA
 *
 * The model's MRTD is a 64-bit mixing hash, not SHA-384.
 *
 * Return: the measurement, or 0 if @tdr is not a TDR page.
 */
u64 seam_model_td_measurement(const struct seam_model *m, u64 tdr);

/**
 * seam_model_vcpu_state() - State of a vCPU
 * @m: the model
 * @tdvpr: TDVPR HPA
 *
 * Return: the state, %SEAM_MODEL_VCPU_NONE if @tdvpr is not a TDVPR page.
 */
enum seam_model_vcpu_state seam_model_vcpu_state(const struct seam_model *m,
						 u64 tdvpr);

/**
 * seam_model_vcpu_associated_cpu() - CPU a vCPU is associated with
 * @m: the model
 * @tdvpr: TDVPR HPA
 *
 * Return: the logical CPU, or -1 if the vCPU is not associated.
 */
int seam_model_vcpu_associated_cpu(const struct seam_model *m, u64 tdvpr);

/**
 * seam_model_sept_state() - State of a Secure EPT entry
 * @m: the model
 * @tdr: TDR HPA
 * @gpa: guest physical address
 * @level: mapping level of the entry (SEAM_TDX_PS_*, or 3/4 for the
 *         upper non-leaf levels)
 *
 * Return: the state of the entry mapping @gpa at @level.
 */
enum seam_model_sept_state seam_model_sept_state(const struct seam_model *m,
						 u64 tdr, u64 gpa, int level);

/**
 * seam_model_sept_hpa() - Page an S-EPT entry points to
 * @m: the model
 * @tdr: TDR HPA
 * @gpa: guest physical address
 * @level: mapping level
 *
 * Return: the HPA of the mapped page or lower S-EPT page, or 0.
 */
u64 seam_model_sept_hpa(const struct seam_model *m, u64 tdr, u64 gpa,
			int level);

/**
 * seam_model_digest() - Hash of all architectural state
 * @m: the model
 *
 * Covers the global state, the PAMT, every TD, vCPU, S-EPT and KeyID state,
 * measurements, TLB epochs, metadata and the simulated memory contents; not
 * the call log, the current CPU or the injected faults. Two models in the
 * same state have the same digest. It is a 64-bit mixing hash.
 *
 * Return: the digest.
 */
u64 seam_model_digest(const struct seam_model *m);

#endif /* _SEAM_MODEL_H */
