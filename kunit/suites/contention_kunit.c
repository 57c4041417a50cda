// SPDX-License-Identifier: GPL-2.0
/*
 * SEAMCALLs from two CPUs at once against the TDX module model: the
 * locks TDH.VP.ENTER keeps while the guest runs (module 1.5.01
 * tdh_vp_enter.c:tdh_vp_enter():602 TDVPR shared, :619 TDR shared,
 * released in td_exit.c:td_vmexit_to_vmm():505..506) make the leaves that
 * want them exclusively answer TDX_OPERAND_BUSY with their operand's ID
 * (tdh_vp_flush.c:65 RCX, tdh_vp_addcx.c:71 RDX, tdh_vp_init.c:119 RCX,
 * tdh_mng_vpflushdone.c:61, tdh_mng_key_freeid.c:59, tdh_mr_finalize.c:96
 * RCX), while the shared ones (tdh_vp_rd_wr.c:91, tdh_mem_page_aug.c,
 * tdh_mem_track.c) go on; each thread calls on the CPU it chose; and two
 * CPUs building the same S-EPT in a loop leave the state a serial run of
 * the same successful calls leaves; two CPUs reading in tight loops get
 * every answer right, which needs the model-wide lock.
 *
 * Two threads: pthreads in user space, work items on two CPUs in the
 * kernel (skipped with fewer than two online). The threads only record
 * what they see; the test checks it once both returned.
 *
 * Copyright (C) 2026 The seamcall authors
 */
#include <kunit/test.h>
#include <linux/string.h>
#include <seamcall.h>

#include "seam_fixture.h"
#include "model_lock.h"

#define CT_NR_PAGES	512
#define CT_2M		0x200000ULL
/* 2 MiB regions each thread maps, from GPA 2 MiB, and 4 KiB pages in each. */
#define CT_REGIONS	8
#define CT_PER_REGION	16
#define CT_ROUNDS	4
/* A GPA under the fixture's S-EPT that its build leaves free. */
#define CT_AUG_GPA	0x5000ULL
/* TDH.VP.ENTER's answer for the model's default TD exit (reason 12, HLT). */
#define CT_ENTER_OK	12ULL
/* The busy answers, as the module builds them (api_error_with_operand_id()). */
#define CT_BUSY(op)	(SEAM_TDX_OPERAND_BUSY | (op))
/*
 * TDH.MEM.SEPT.ADD of a table that is there: TDX_EPT_ENTRY_STATE_INCORRECT
 * with operand RCX (module 1.5.01 tdh_mem_sept_add.c).
 */
#define CT_SEPT_TAKEN	(SEAM_TDX_EPT_ENTRY_STATE_INCORRECT | SEAM_OPERAND_ID_RCX)

static int ct_init(struct kunit *test)
{
	struct seam_model_config cfg = { .nr_pages = CT_NR_PAGES };
	struct seam_fixture *f = seam_fixture_create(&cfg);

	if (!f)
		return -ENOMEM;
	test->priv = f;
	return 0;
}

static void ct_exit(struct kunit *test)
{
	seam_fixture_destroy(test->priv);
}

/* What the racing CPU saw while the guest ran. */
struct ct_enter {
	struct seam_fixture *f;
	u64 tdcx;
	u64 enter;
	bool entered;		/* TDH.VP.ENTER returned */
	unsigned int running;	/* guests in the window, seen by CPU 1 */
	u64 aug_page;
	u64 flush, addcx, init, flushdone, freeid, finalize;
	u64 rd, rd_val, enter2, aug, track;
};

static void ct_enter_thread(void *arg, unsigned int i)
{
	struct ct_enter *c = arg;
	struct seam_fixture_td *td = &c->f->td;
	struct seam_model *m = c->f->m;
	struct seam_args a = {};
	u64 entry, ls;

	seam_model_set_cpu(m, i);
	if (!i) {
		c->enter = seam_tdh_vp_enter(td->tdvpr, &a);
		WRITE_ONCE(c->entered, true);
		return;
	}
	while (!seam_model_guests_running(m) && !READ_ONCE(c->entered))
		model_relax();
	c->running = seam_model_guests_running(m);
	/* The TDVPR or the TDR exclusively: busy. */
	c->flush = seam_tdh_vp_flush(td->tdvpr);
	c->addcx = seam_tdh_vp_addcx(td->tdvpr, c->tdcx);
	c->init = seam_tdh_vp_init_v0(td->tdvpr, SEAM_FIXTURE_VP_RCX);
	c->flushdone = seam_tdh_mng_vpflushdone(td->tdr);
	c->freeid = seam_tdh_mng_key_freeid(td->tdr);
	c->finalize = seam_tdh_mr_finalize(td->tdr);
	/* Shared: past the locks. */
	c->rd = seam_tdh_vp_rd(td->tdvpr, SEAM_MD_VP_RCX, &c->rd_val);
	c->enter2 = seam_tdh_vp_enter(td->tdvpr, &a);
	c->aug = seam_tdh_mem_page_aug(td->tdr, CT_AUG_GPA, 0, c->aug_page, &entry, &ls);
	c->track = seam_tdh_mem_track(td->tdr);
	seam_model_guest_release(m);
}

/*
 * CPU 0 enters the vCPU and stays in the guest; CPU 1 meanwhile gets
 * OPERAND_BUSY from every leaf that locks the TDVPR or the TDR
 * exclusively, with that operand's ID (VP.FLUSH, VP.ADDCX, VP.INIT,
 * MNG.VPFLUSHDONE, MNG.KEY.FREEID, MR.FINALIZE); TDH.VP.RD and a second
 * TDH.VP.ENTER, which lock the TDVPR shared, get past the locks to the
 * association check and find the vCPU on CPU 0; PAGE.AUG and MEM.TRACK,
 * TDR shared, work. Once the guest exited, the same leaves work.
 */
static void seamcall_contention_vp_enter_test(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	const struct seam_model_log_entry *e;
	struct ct_enter c = { .f = f };
	int ret;

	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_FINALIZE), SEAM_TDX_SUCCESS);
	c.tdcx = seam_fixture_alloc_page(f);
	KUNIT_ASSERT_NE(test, c.tdcx, 0ULL);
	c.aug_page = seam_fixture_alloc_page(f);
	KUNIT_ASSERT_NE(test, c.aug_page, 0ULL);
	seam_model_guest_hold(f->m);
	ret = seam_model_run_parallel(2, ct_enter_thread, &c);
	if (ret == -ENODEV) {
		seam_model_guest_release(f->m);
		kunit_skip(test, "fewer than 2 CPUs online");
	}
	KUNIT_ASSERT_EQ(test, ret, 0);

	KUNIT_EXPECT_EQ(test, c.running, 1U);
	KUNIT_EXPECT_EQ(test, c.flush, CT_BUSY(SEAM_OPERAND_ID_RCX));
	KUNIT_EXPECT_EQ(test, c.addcx, CT_BUSY(SEAM_OPERAND_ID_RDX));
	KUNIT_EXPECT_EQ(test, c.init, CT_BUSY(SEAM_OPERAND_ID_RCX));
	KUNIT_EXPECT_EQ(test, c.flushdone, CT_BUSY(SEAM_OPERAND_ID_RCX));
	KUNIT_EXPECT_EQ(test, c.freeid, CT_BUSY(SEAM_OPERAND_ID_RCX));
	KUNIT_EXPECT_EQ(test, c.finalize, CT_BUSY(SEAM_OPERAND_ID_RCX));
	KUNIT_EXPECT_EQ(test, c.rd, SEAM_TDX_VCPU_ASSOCIATED);
	KUNIT_EXPECT_EQ(test, c.enter2, SEAM_TDX_VCPU_ASSOCIATED);
	KUNIT_EXPECT_EQ(test, c.aug, SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_model_sept_hpa(f->m, f->td.tdr, CT_AUG_GPA, 0), c.aug_page);
	KUNIT_EXPECT_EQ(test, c.track, SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, c.enter, CT_ENTER_OK);
	KUNIT_EXPECT_EQ(test, seam_model_guests_running(f->m), 0U);
	/* The enter ended last, with its own inputs and CPU despite the calls between. */
	e = seam_model_log_last(f->m);
	KUNIT_EXPECT_EQ(test, e->leaf, (u64)SEAM_TDH_VP_ENTER);
	KUNIT_EXPECT_EQ(test, e->cpu, 0U);
	KUNIT_EXPECT_EQ(test, e->in.rcx, f->td.tdvpr);

	/* The guest exited: its locks are gone. */
	KUNIT_EXPECT_EQ(test, seam_fixture_set_cpu(f, 1), 0);
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_flush(f->td.tdvpr), SEAM_TDX_VCPU_NOT_ASSOCIATED);
	KUNIT_EXPECT_EQ(test, seam_fixture_set_cpu(f, 0), 0);
	KUNIT_EXPECT_EQ(test, seam_tdh_vp_flush(f->td.tdvpr), SEAM_TDX_SUCCESS);
	KUNIT_EXPECT_EQ(test, seam_tdh_mng_vpflushdone(f->td.tdr), SEAM_TDX_SUCCESS);
}

/* Two CPUs' fault paths in one S-EPT: the pages each uses and what it got. */
struct ct_fault {
	struct seam_fixture *f;
	u64 sept[2][CT_REGIONS];
	u64 page[2][CT_REGIONS][CT_PER_REGION];
	u64 sept_st[2][CT_REGIONS];
	u64 aug_st[2][CT_REGIONS][CT_PER_REGION];
	unsigned int at[2];	/* regions each thread has reached */
};

static u64 ct_region(unsigned int r)
{
	return (u64)(r + 1) * CT_2M;
}

/* Thread @i maps the pages of parity @i of every region. */
static u64 ct_gpa(unsigned int i, unsigned int r, unsigned int k)
{
	return ct_region(r) + ((u64)(2 * k + i) << 12);
}

static void ct_fault_thread(void *arg, unsigned int i)
{
	struct ct_fault *c = arg;
	u64 tdr = c->f->td.tdr, entry, ls;
	unsigned int r, k;

	seam_model_set_cpu(c->f->m, i);
	for (r = 0; r < CT_REGIONS; r++) {
		/* Both at the region before either adds its table: a real race. */
		WRITE_ONCE(c->at[i], r + 1);
		while (READ_ONCE(c->at[!i]) < r + 1)
			model_relax();
		c->sept_st[i][r] = seam_tdh_mem_sept_add(tdr, ct_region(r), 1,
							 c->sept[i][r], &entry, &ls);
		for (k = 0; k < CT_PER_REGION; k++)
			c->aug_st[i][r][k] =
				seam_tdh_mem_page_aug(tdr, ct_gpa(i, r, k), 0,
						      c->page[i][r][k], &entry, &ls);
	}
}

/* Build the TD and give each thread its pages. */
static void ct_fault_setup(struct kunit *test, struct ct_fault *c)
{
	unsigned int i, r, k;

	KUNIT_ASSERT_EQ(test, seam_fixture_build(c->f, SEAM_FIXTURE_FINALIZE),
			SEAM_TDX_SUCCESS);
	for (i = 0; i < 2; i++) {
		for (r = 0; r < CT_REGIONS; r++) {
			c->sept[i][r] = seam_fixture_alloc_page(c->f);
			KUNIT_ASSERT_NE(test, c->sept[i][r], 0ULL);
			for (k = 0; k < CT_PER_REGION; k++) {
				c->page[i][r][k] = seam_fixture_alloc_page(c->f);
				KUNIT_ASSERT_NE(test, c->page[i][r][k], 0ULL);
			}
		}
	}
}

/*
 * Every region got exactly one S-EPT page, from the CPU whose SEPT.ADD
 * came first, the other's answer being the exact "entry not free"; every
 * GPA is pending on the page its CPU gave, in the PAMT as in the S-EPT.
 * Return: the S-EPT page that won each region, in @won.
 */
static void ct_fault_check(struct kunit *test, struct ct_fault *c,
			   u64 won[CT_REGIONS])
{
	struct seam_model *m = c->f->m;
	u64 tdr = c->f->td.tdr;
	unsigned int i, r, k;

	for (r = 0; r < CT_REGIONS; r++) {
		unsigned int wins = 0;

		for (i = 0; i < 2; i++) {
			if (c->sept_st[i][r] == SEAM_TDX_SUCCESS) {
				wins++;
				won[r] = c->sept[i][r];
				KUNIT_EXPECT_EQ(test, seam_model_page_type(m, c->sept[i][r]),
						(unsigned int)SEAM_PT_EPT);
			} else {
				KUNIT_EXPECT_EQ(test, c->sept_st[i][r], CT_SEPT_TAKEN);
				KUNIT_EXPECT_EQ(test, seam_model_page_type(m, c->sept[i][r]),
						(unsigned int)SEAM_PT_NDA);
			}
		}
		KUNIT_EXPECT_EQ(test, wins, 1U);
		KUNIT_EXPECT_EQ(test, seam_model_sept_hpa(m, tdr, ct_region(r), 1), won[r]);
		for (i = 0; i < 2; i++) {
			for (k = 0; k < CT_PER_REGION; k++) {
				u64 gpa = ct_gpa(i, r, k), page = c->page[i][r][k];

				KUNIT_EXPECT_EQ(test, c->aug_st[i][r][k], SEAM_TDX_SUCCESS);
				KUNIT_EXPECT_EQ(test, seam_model_sept_state(m, tdr, gpa, 0),
						SEAM_MODEL_SEPT_PENDING);
				KUNIT_EXPECT_EQ(test, seam_model_sept_hpa(m, tdr, gpa, 0), page);
				KUNIT_EXPECT_EQ(test, seam_model_page_type(m, page),
						(unsigned int)SEAM_PT_REG);
				KUNIT_EXPECT_EQ(test, seam_model_page_owner(m, page), tdr);
			}
		}
	}
}

/*
 * PAGE.AUG and SEPT.ADD from CPUs 0 and 1 at once, in the same S-EPT,
 * CT_ROUNDS times on fresh models: each round's final state is the one
 * the same successful calls leave run one after the other on one CPU
 * (equal seam_model_digest()), and no mapping is lost or doubled.
 */
static void seamcall_contention_fault_paths_test(struct kunit *test)
{
	struct seam_model_config cfg = { .nr_pages = CT_NR_PAGES };
	struct ct_fault *c = kunit_kzalloc(test, sizeof(*c), GFP_KERNEL);
	u64 won[CT_REGIONS] = {}, digest, entry, ls;
	unsigned int round, i, r, k;
	int ret;

	KUNIT_ASSERT_NOT_NULL(test, c);
	for (round = 0; round < CT_ROUNDS; round++) {
		if (round) {
			seam_fixture_destroy(test->priv);
			test->priv = seam_fixture_create(&cfg);
			KUNIT_ASSERT_NOT_NULL(test, test->priv);
		}
		memset(c, 0, sizeof(*c));
		c->f = test->priv;
		ct_fault_setup(test, c);
		ret = seam_model_run_parallel(2, ct_fault_thread, c);
		if (ret == -ENODEV)
			kunit_skip(test, "fewer than 2 CPUs online");
		KUNIT_ASSERT_EQ(test, ret, 0);
		ct_fault_check(test, c, won);
		digest = seam_model_digest(c->f->m);

		/* The same successful calls, serially, on a fresh model. */
		seam_fixture_destroy(test->priv);
		test->priv = seam_fixture_create(&cfg);
		KUNIT_ASSERT_NOT_NULL(test, test->priv);
		c->f = test->priv;
		ct_fault_setup(test, c);
		for (r = 0; r < CT_REGIONS; r++) {
			KUNIT_ASSERT_EQ(test, seam_tdh_mem_sept_add(c->f->td.tdr, ct_region(r), 1,
								    won[r], &entry, &ls),
					SEAM_TDX_SUCCESS);
			for (i = 0; i < 2; i++)
				for (k = 0; k < CT_PER_REGION; k++)
					KUNIT_ASSERT_EQ(test,
							seam_tdh_mem_page_aug(c->f->td.tdr,
									      ct_gpa(i, r, k), 0,
									      c->page[i][r][k],
									      &entry, &ls),
							SEAM_TDX_SUCCESS);
		}
		KUNIT_EXPECT_EQ(test, seam_model_digest(c->f->m), digest);
	}
}

/* Each thread's CPU, as it set it, saw it, and as its TDH.VP.ENTER found it. */
struct ct_cpu {
	struct seam_fixture *f;
	bool chose;		/* thread 0 chose its CPU */
	bool done;		/* thread 1 is done */
	unsigned int cpu[2];
	u64 enter[2];
};

/*
 * Thread 0 chooses CPU 2, then thread 1 the vCPU's CPU 0 and enters it;
 * then thread 0 enters it.
 */
static void ct_cpu_thread(void *arg, unsigned int i)
{
	struct ct_cpu *c = arg;
	struct seam_args a = {};

	if (!i) {
		seam_model_set_cpu(c->f->m, 2);
		WRITE_ONCE(c->chose, true);
		while (!READ_ONCE(c->done))
			model_relax();
	} else {
		while (!READ_ONCE(c->chose))
			model_relax();
		seam_model_set_cpu(c->f->m, 0);
	}
	c->enter[i] = seam_tdh_vp_enter(c->f->td.tdvpr, &a);
	c->cpu[i] = seam_model_cpu(c->f->m);
	if (i)
		WRITE_ONCE(c->done, true);
}

/*
 * seam_model_set_cpu() is per thread: a thread's choice survives
 * another's, so the vCPU (associated with CPU 0) enters from the thread
 * on CPU 0 only, and the test's own thread, which never chose, is on
 * CPU 0 (the default).
 */
static void seamcall_contention_thread_cpu_test(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	struct ct_cpu c = { .f = f };
	int ret;

	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_FINALIZE), SEAM_TDX_SUCCESS);
	ret = seam_model_run_parallel(2, ct_cpu_thread, &c);
	if (ret == -ENODEV)
		kunit_skip(test, "fewer than 2 CPUs online");
	KUNIT_ASSERT_EQ(test, ret, 0);
	KUNIT_EXPECT_EQ(test, c.cpu[0], 2U);
	KUNIT_EXPECT_EQ(test, c.cpu[1], 0U);
	KUNIT_EXPECT_EQ(test, c.enter[0], SEAM_TDX_VCPU_ASSOCIATED);
	KUNIT_EXPECT_EQ(test, c.enter[1], CT_ENTER_OK);
	KUNIT_EXPECT_EQ(test, seam_model_cpu(f->m), 0U);
	KUNIT_EXPECT_EQ(test, seam_model_vcpu_associated_cpu(f->m, f->td.tdvpr), 0);
}

/* A thread on SEAM_MODEL_CPU_HOST: its host CPU around the calls, and theirs. */
struct ct_host {
	struct seam_fixture *f;
	unsigned int before[2], cpu[2], after[2];
	u64 enter[2];
};

static void ct_host_thread(void *arg, unsigned int i)
{
	struct ct_host *c = arg;
	unsigned int n = c->f->cfg.nr_lps;
	struct seam_args a = {};

	seam_model_set_cpu(c->f->m, SEAM_MODEL_CPU_HOST);
	c->before[i] = model_host_cpu() % n;
	c->cpu[i] = seam_model_cpu(c->f->m);
	c->enter[i] = seam_tdh_vp_enter(c->f->td.tdvpr, &a);
	c->after[i] = model_host_cpu() % n;
}

/*
 * Threads that chose SEAM_MODEL_CPU_HOST call on the CPU they run on
 * (seam_model_run_parallel() pins them): the vCPU, associated with CPU 0,
 * enters from the thread on host CPU 0 only.
 */
static void seamcall_contention_host_cpu_test(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	struct ct_host c = { .f = f };
	unsigned int i;
	int ret;

	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_FINALIZE), SEAM_TDX_SUCCESS);
	ret = seam_model_run_parallel(2, ct_host_thread, &c);
	if (ret == -ENODEV)
		kunit_skip(test, "fewer than 2 CPUs online");
	KUNIT_ASSERT_EQ(test, ret, 0);
	for (i = 0; i < 2; i++) {
		KUNIT_EXPECT_EQ(test, c.before[i], c.after[i]);
		KUNIT_EXPECT_EQ(test, c.cpu[i], c.before[i]);
		KUNIT_EXPECT_EQ(test, c.enter[i],
				c.cpu[i] ? SEAM_TDX_VCPU_ASSOCIATED : CT_ENTER_OK);
	}
	KUNIT_EXPECT_NE(test, c.cpu[0], c.cpu[1]);
	KUNIT_EXPECT_EQ(test, seam_model_set_cpu(f->m, f->cfg.nr_lps), -EINVAL);
}

/* SEAMCALLs each thread of the model-lock test makes. */
#define CT_LOCK_ITERS	20000
/* A NOTIFY_WINDOW value (32 bits, host-writable) and the TD's MAX_VCPUS. */
#define CT_NOTIFY	0x6e57a11dULL
#define CT_MAX_VCPUS	5

/* What each thread of the model-lock test saw: wrong answers, the first one. */
struct ct_lock {
	struct seam_fixture *f;
	bool ready[2];
	unsigned int wrong[2];
	unsigned int first_n[2];
	u64 first_st[2], first_val[2];
};

static void ct_lock_wrong(struct ct_lock *c, unsigned int i, unsigned int n, u64 st, u64 val)
{
	if (!c->wrong[i]++) {
		c->first_n[i] = n;
		c->first_st[i] = st;
		c->first_val[i] = val;
	}
}

/*
 * Thread 0 on CPU 0 reads NOTIFY_WINDOW of the vCPU, associated with
 * CPU 0: SUCCESS and the value. Thread 1 on CPU 1 reads it too, which
 * check_and_associate_vcpu() refuses with TDX_VCPU_ASSOCIATED (module
 * 1.5.01 tdh_vp_rd_wr.c:tdh_vp_rd_wr():146, R8 left at the 0 of :80),
 * then MAX_VCPUS of the TD. Each answer needs the call's own CPU,
 * registers and outputs from its start to its end.
 */
static void ct_lock_thread(void *arg, unsigned int i)
{
	struct ct_lock *c = arg;
	struct seam_fixture_td *td = &c->f->td;
	unsigned int n;
	u64 st, val;

	seam_model_set_cpu(c->f->m, i);
	WRITE_ONCE(c->ready[i], true);
	while (!READ_ONCE(c->ready[!i]))
		model_relax();
	for (n = 0; n < CT_LOCK_ITERS; n++) {
		st = seam_tdh_vp_rd(td->tdvpr, SEAM_MD_VP_VMCS_NOTIFY_WINDOW, &val);
		if (!i && (st != SEAM_TDX_SUCCESS || val != CT_NOTIFY))
			ct_lock_wrong(c, i, n, st, val);
		if (i && (st != SEAM_TDX_VCPU_ASSOCIATED || val))
			ct_lock_wrong(c, i, n, st, val);
		if (!i)
			continue;
		st = seam_tdh_mng_rd(td->tdr, SEAM_MD_TD_MAX_VCPUS, &val);
		if (st != SEAM_TDX_SUCCESS || val != CT_MAX_VCPUS)
			ct_lock_wrong(c, i, n, st, val);
	}
}

/*
 * The model-wide lock makes each call see one state from its start to
 * its end (model_lock.h): two CPUs calling in tight loops,
 * CT_LOCK_ITERS times each, get every answer right, and leave the
 * state as it was (the reads change nothing).
 */
static void seamcall_contention_model_lock_test(struct kunit *test)
{
	struct seam_fixture *f = test->priv;
	struct ct_lock c = { .f = f };
	u64 old, digest;
	unsigned int i;
	int ret;

	f->max_vcpus = CT_MAX_VCPUS;
	KUNIT_ASSERT_EQ(test, seam_fixture_build(f, SEAM_FIXTURE_FINALIZE), SEAM_TDX_SUCCESS);
	KUNIT_ASSERT_EQ(test, seam_tdh_vp_wr(f->td.tdvpr, SEAM_MD_VP_VMCS_NOTIFY_WINDOW,
					     CT_NOTIFY, U32_MAX, &old), SEAM_TDX_SUCCESS);
	digest = seam_model_digest(f->m);
	ret = seam_model_run_parallel(2, ct_lock_thread, &c);
	if (ret == -ENODEV)
		kunit_skip(test, "fewer than 2 CPUs online");
	KUNIT_ASSERT_EQ(test, ret, 0);
	for (i = 0; i < 2; i++)
		KUNIT_EXPECT_EQ_MSG(test, c.wrong[i], 0U,
				    "CPU %u: first wrong answer at call %u: 0x%016llx, value 0x%llx",
				    i, c.first_n[i], c.first_st[i], c.first_val[i]);
	KUNIT_EXPECT_EQ(test, seam_model_digest(f->m), digest);
	KUNIT_EXPECT_EQ(test, seam_model_vcpu_associated_cpu(f->m, f->td.tdvpr), 0);
}

static struct kunit_case seamcall_contention_test_cases[] = {
	KUNIT_CASE(seamcall_contention_thread_cpu_test),
	KUNIT_CASE(seamcall_contention_host_cpu_test),
	KUNIT_CASE(seamcall_contention_vp_enter_test),
	KUNIT_CASE(seamcall_contention_fault_paths_test),
	KUNIT_CASE(seamcall_contention_model_lock_test),
	{}
};

static struct kunit_suite seamcall_contention_test_suite = {
	.name = "seamcall_contention",
	.init = ct_init,
	.exit = ct_exit,
	.test_cases = seamcall_contention_test_cases,
};

kunit_test_suites(&seamcall_contention_test_suite);
