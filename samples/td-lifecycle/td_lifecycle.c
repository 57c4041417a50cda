// SPDX-License-Identifier: GPL-2.0
/*
 * A whole TD life cycle through seamcall.h, traced
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * This sample drives one TD from TDX module initialisation to the reclaim
 * of its last page, issuing every SEAMCALL through the typed wrappers
 * seam_tdh_*() of seamcall.h. It runs in user space against the project's
 * software TDX module (kunit/model): the real SEAMCALL instruction traps and
 * the user-space adapter (kunit/user/seam_user.c) hands it to the model.
 *
 * Every SEAMCALL the model executed is printed on one line: the leaf, the
 * inputs by meaning, the decoded status and the state change the model
 * reports. Retries made inside a wrapper show up as lines of their own.
 *
 *   td-lifecycle [--update|--dpamt] [--format text|mermaid] [--inject FAULT]...
 *                [--help]
 *
 * "--help" describes the options and the faults. Several --inject options
 * combine: each fault is armed. The exit status is 0 only if the life cycle
 * completed and every injected fault was delivered.
 *
 * With --update the model answers as module 2.0.18 with a P-SEAMLDR, and
 * the TD lives through a runtime update of the TDX module, issued as
 * Linux 7.x issues it (arch/x86/virt/vmx/tdx/seamldr.c and tdx.c):
 * TDH.SYS.SHUTDOWN with AVOID_COMPAT_SENSITIVE, refused while the
 * TD is being built and retried once it runs; P-SEAMLDR.INSTALL on every
 * CPU; TDH.SYS.INIT and TDH.SYS.LP.INIT on every CPU; TDH.SYS.UPDATE. The
 * trace then shows the model's state digest unchanged, the TD's memory and
 * measurement read back, the vCPU entered again and the new module version.
 *
 * With --dpamt the model answers as module 2.0.18 with dynamic PAMT on
 * (TDH.SYS.CONFIG with DYNAMIC_PAMT): TDH.PHYMEM.PAMT.ADD backs the 2 MiB
 * range the TD's 4 KiB pages come from, with as many PAMT pages as
 * PAMT_4K_ENTRY_SIZE asks for (seam_dpamt_nr_pages()); a 2 MiB page is
 * added with TDH.MEM.PAGE.AUG in a range nobody backed and split with
 * TDH.MEM.PAGE.DEMOTE and a PAMT page pair; after the reclaim
 * TDH.PHYMEM.PAMT.REMOVE hands back every PAMT page.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <linux/kernel.h>
#include <seamcall.h>

#include "seam_fixture.h"

/* Size of a page of the model's simulated memory. */
#define LC_PAGE			4096ULL
/* GPAs the sample maps: one page added before the TD runs, one after. */
#define LC_GPA_ADD		SEAM_FIXTURE_GPA_ADD
#define LC_GPA_AUG		SEAM_FIXTURE_GPA_AUG
/* Length of a formatted input list or state change. */
#define LC_TEXT			512
/* Width of the text trace; longer lines wrap after a ", ". */
#define LC_COLS			100
/* Indent of a wrapped line and of a state change. */
#define LC_INDENT		"         "
/* --inject options one run takes. */
#define LC_MAX_INJECT		4
/* GPA of the 2 MiB page --dpamt adds and splits. */
#define LC_GPA_2M		0x200000ULL
/* GPA the --update walk writes with TDH.MEM.WR before the update. */
#define LC_GPA_MARK		(LC_GPA_ADD + 8)
/* The value it writes there. */
#define LC_MARK			0x5eca11ab1e0d0a7aULL
/*
 * Version in the module image --update installs over module 2.0.18: a
 * made-up 2.0.20, build 900 (the model checks no signature).
 */
static const u16 lc_image_version[4] = { 2, 0, 20, 900 };
/* Bits 15:0 of a TD exit status: the VMX exit reason. */
#define LC_EXIT_REASON(st)	((unsigned int)((st) & 0xffff))
/* VMX exit reason HLT, the model's default TD exit. */
#define LC_EXIT_HLT		12

/*
 * SEAMLDR_PARAMS, the 4 KiB page P-SEAMLDR.INSTALL reads (the SEAM loader
 * interface; Linux 7.x seamldr.c builds the same): version 0, scenario 1
 * (update the loaded module), the SIGSTRUCT page, the module's pages.
 */
struct lc_seamldr_params {
	u32 version;
	u32 scenario;
	u64 sigstruct_pa;
	u8 reserved[104];
	u64 module_nr_pages;
	u64 module_pa[496];
} __packed;

/* SEAMLDR_INFO byte offsets of what the trace prints (asm/seamldr.h). */
#define LC_LDR_INFO_BUILD_NUM	16
#define LC_LDR_INFO_MINOR	18
#define LC_LDR_INFO_MAJOR	20
#define LC_LDR_INFO_UPDATE	22
#define LC_LDR_INFO_REMAINING	28
#define LC_LDR_INFO_SEAM_READY	160

/* One S-EPT entry whose state the trace follows. */
struct lc_sept {
	u64 gpa;
	int level;
};

static const struct lc_sept lc_watch[] = {
	{ LC_GPA_ADD, 3 }, { LC_GPA_ADD, 2 }, { LC_GPA_ADD, 1 },
	{ LC_GPA_ADD, 0 }, { LC_GPA_AUG, 0 },
};

/* --dpamt also follows the 2 MiB page and the first 4 KiB page it splits into. */
static const struct lc_sept lc_watch_dpamt[] = {
	{ LC_GPA_ADD, 3 }, { LC_GPA_ADD, 2 }, { LC_GPA_ADD, 1 },
	{ LC_GPA_ADD, 0 }, { LC_GPA_AUG, 0 }, { LC_GPA_2M, 1 }, { LC_GPA_2M, 0 },
};

/**
 * struct lc_snap - the model state the trace compares around a call
 * @sys: global module state
 * @lp: TDH.SYS.LP.INIT done, per logical CPU
 * @td: TD life cycle state
 * @hkid: state of the TD's KeyID
 * @vcpu: state of the vCPU
 * @sept: state of the S-EPT entries the walk follows (&struct lc.watch)
 * @mrtd: the TD's measurement
 * @pt: page type of every simulated page
 */
struct lc_snap {
	int sys;
	bool lp[SEAM_MODEL_MAX_LPS];
	int td;
	int hkid;
	int vcpu;
	int sept[ARRAY_SIZE(lc_watch_dpamt)];
	u64 mrtd;
	u8 pt[SEAM_MODEL_MAX_PAGES];
};

/**
 * enum lc_walk - what the run does with its TD
 * @LC_WALK_LIFECYCLE: build, run, tear down and reclaim it (the default)
 * @LC_WALK_UPDATE: the same, with a runtime module update while it runs
 * @LC_WALK_DPAMT: the same under dynamic PAMT, with a 2 MiB page split
 */
enum lc_walk {
	LC_WALK_LIFECYCLE,
	LC_WALK_UPDATE,
	LC_WALK_DPAMT,
};

/**
 * struct lc_dpamt - pages of the dynamic PAMT walk
 * @nr: PAMT pages per 2 MiB range, from PAMT_4K_ENTRY_SIZE
 * @pages: the PAMT pages TDH.PHYMEM.PAMT.ADD gives the first 2 MiB range
 * @huge: the 2 MiB page TDH.MEM.PAGE.AUG adds
 * @sept: the S-EPT page TDH.MEM.PAGE.DEMOTE takes for the 4 KiB entries
 * @demote: the PAMT pages TDH.MEM.PAGE.DEMOTE takes for them
 */
struct lc_dpamt {
	unsigned int nr;
	u64 pages[SEAM_DPAMT_MAX_PAGES];
	u64 huge;
	u64 sept;
	u64 demote[SEAM_DEMOTE_MAX_PAMT_PAGES];
};

/**
 * struct lc_ldr - host pages of the runtime update
 * @info: SEAMLDR_INFO (256 bytes at the start of the page)
 * @params: SEAMLDR_PARAMS
 * @sig: the SIGSTRUCT page
 * @image: the module image's only page
 * @hv: MODULE_HV, the handoff version TDH.SYS.SHUTDOWN passes on
 * @compat: TDX_FEATURES0 has UPDATE_COMPAT: shut down with
 *          %SEAM_SYS_SHUTDOWN_AVOID_COMPAT_SENSITIVE
 */
struct lc_ldr {
	u64 info;
	u64 params;
	u64 sig;
	u64 image;
	u64 hv;
	bool compat;
};

/**
 * struct lc - the life cycle being run
 * @f: fixture: the model and its page allocator
 * @td: pages and KeyID of the TD
 * @walk: what the run does
 * @watch: the S-EPT entries the trace follows
 * @nr_watch: entries in @watch
 * @ldr: host pages and values of the runtime update (%LC_WALK_UPDATE)
 * @dpamt: pages of the dynamic PAMT walk (%LC_WALK_DPAMT)
 * @mermaid: print a Mermaid sequence diagram instead of text
 * @in: inputs of the current call, by meaning
 * @before: model state before the current call
 * @seen: calls of the model's log already printed
 * @nr_calls: SEAMCALLs printed
 * @bug: set by the bug hook: a SEAMCALL did not reach the module
 * @bug_status: the software error the hook saw
 * @busy_retries: OPERAND_BUSY answers retried
 * @collapse: count successful calls instead of printing them
 * @collapsed: successful calls counted since @collapse was set
 */
struct lc {
	struct seam_fixture *f;
	struct seam_fixture_td *td;
	enum lc_walk walk;
	const struct lc_sept *watch;
	unsigned int nr_watch;
	struct lc_ldr ldr;
	struct lc_dpamt dpamt;
	bool mermaid;
	char in[LC_TEXT];
	struct lc_snap before;
	unsigned int seen;
	unsigned int nr_calls;
	bool bug;
	u64 bug_status;
	unsigned int busy_retries;
	bool collapse;
	unsigned int collapsed;
};

static const char * const lc_sys_names[] = {
	"UNINIT", "INIT_DONE", "CONFIGURED", "READY", "SHUTDOWN",
};

static const char * const lc_td_names[] = {
	"NONE", "HKID_ASSIGNED", "KEYS_CONFIGURED", "INITIALIZED", "RUNNABLE",
	"BLOCKED", "TEARDOWN",
};

static const char * const lc_hkid_names[] = {
	"FREE", "ASSIGNED", "RECLAIMED", "FLUSHED",
};

static const char * const lc_vcpu_names[] = {
	"NONE", "CREATED", "READY",
};

static const char * const lc_sept_names[] = {
	"WALK_FAILED", "FREE", "NON_LEAF", "BLOCKED_NON_LEAF", "MAPPED",
	"BLOCKED", "PENDING", "PENDING_BLOCKED",
};

/* Name of value @v in table @names, or "?". */
static const char *lc_name(const char * const *names, size_t n, int v)
{
	return v >= 0 && (size_t)v < n ? names[v] : "?";
}

static const char *lc_pt_name(unsigned int pt)
{
	switch (pt) {
	case SEAM_PT_NDA:	return "NDA";
	case SEAM_PT_RSVD:	return "RSVD";
	case SEAM_PT_REG:	return "REG";
	case SEAM_PT_TDR:	return "TDR";
	case SEAM_PT_TDCX:	return "TDCX";
	case SEAM_PT_TDVPR:	return "TDVPR";
	case SEAM_PT_EPT:	return "SEPT";
	}
	return "?";
}

/* Mapping size of a leaf entry at @level: 4K, 2M or 1G. */
static const char *lc_level_name(int level)
{
	static const char * const names[] = { "4K", "2M", "1G" };

	return level >= 0 && level < 3 ? names[level] : "?";
}

/* Append printf-style text to @buf, separated by ", " from what is there. */
static __printf(2, 3) void lc_add(char *buf, const char *fmt, ...)
{
	size_t len = strlen(buf);
	va_list ap;

	if (len && len < LC_TEXT - 2) {
		memcpy(buf + len, ", ", 3);
		len += 2;
	}
	va_start(ap, fmt);
	vsnprintf(buf + len, LC_TEXT - len, fmt, ap);
	va_end(ap);
}

static void lc_snapshot(struct lc *lc, struct lc_snap *s)
{
	struct seam_model *m = lc->f->m;
	struct seam_fixture_td *td = lc->td;
	unsigned int i;

	memset(s, 0, sizeof(*s));
	s->sys = seam_model_sys_state(m);
	for (i = 0; i < lc->f->cfg.nr_lps; i++)
		s->lp[i] = seam_model_lp_initialized(m, i);
	s->td = td->tdr ? seam_model_td_state(m, td->tdr) : 0;
	s->hkid = td->hkid ? seam_model_hkid_state(m, td->hkid) : 0;
	s->vcpu = td->tdvpr ? seam_model_vcpu_state(m, td->tdvpr) : 0;
	for (i = 0; i < lc->nr_watch; i++)
		s->sept[i] = td->tdr && s->td ?
			seam_model_sept_state(m, td->tdr, lc->watch[i].gpa,
					      lc->watch[i].level) : 0;
	s->mrtd = td->tdr && s->td ? seam_model_td_measurement(m, td->tdr) : 0;
	for (i = 0; i < lc->f->cfg.nr_pages; i++)
		s->pt[i] = seam_model_page_type(m, lc->f->cfg.hpa_base + i * LC_PAGE);
}

/* Add "@what A -> B" to @out if state @a differs from @b. */
static void lc_diff_state(char *out, const char *what,
			  const char * const *names, size_t n, int a, int b,
			  const char *arrow)
{
	if (a != b)
		lc_add(out, "%s %s%s%s", what, lc_name(names, n, a), arrow,
		       lc_name(names, n, b));
}

/* Describe what changed from @a to @b in @out. */
static void lc_diff(struct lc *lc, const struct lc_snap *a,
		    const struct lc_snap *b, char *out)
{
	const char *arrow = lc->mermaid ? " → " : " -> ";
	unsigned int i, n;

	out[0] = '\0';
	lc_diff_state(out, "sys", lc_sys_names, ARRAY_SIZE(lc_sys_names),
		      a->sys, b->sys, arrow);
	for (i = 0; i < lc->f->cfg.nr_lps; i++)
		if (a->lp[i] != b->lp[i])
			lc_add(out, "lp%u %s", i, b->lp[i] ? "initialized" : "reset");
	lc_diff_state(out, "td", lc_td_names, ARRAY_SIZE(lc_td_names),
		      a->td, b->td, arrow);
	lc_diff_state(out, "hkid", lc_hkid_names, ARRAY_SIZE(lc_hkid_names),
		      a->hkid, b->hkid, arrow);
	lc_diff_state(out, "vcpu", lc_vcpu_names, ARRAY_SIZE(lc_vcpu_names),
		      a->vcpu, b->vcpu, arrow);
	/* S-EPT and MRTD exist only while the TDR is one. */
	for (i = 0; a->td && b->td && i < lc->nr_watch; i++)
		if (a->sept[i] != b->sept[i])
			lc_add(out, "sept gpa=0x%llx L%d %s%s%s", lc->watch[i].gpa,
			       lc->watch[i].level,
			       lc_name(lc_sept_names, ARRAY_SIZE(lc_sept_names),
				       a->sept[i]), arrow,
			       lc_name(lc_sept_names, ARRAY_SIZE(lc_sept_names),
				       b->sept[i]));
	if (a->td && b->td && a->mrtd != b->mrtd)
		lc_add(out, "mrtd extended");
	for (i = 0; i < lc->f->cfg.nr_pages; i = n) {
		/* Consecutive pages with the same change are one run. */
		for (n = i + 1; n < lc->f->cfg.nr_pages && a->pt[n] == a->pt[i] &&
		     b->pt[n] == b->pt[i]; n++)
			;
		if (a->pt[i] == b->pt[i])
			continue;
		if (n - i == 1)
			lc_add(out, "page 0x%llx %s%s%s",
			       lc->f->cfg.hpa_base + i * LC_PAGE,
			       lc_pt_name(a->pt[i]), arrow, lc_pt_name(b->pt[i]));
		else
			lc_add(out, "%u pages 0x%llx..0x%llx %s%s%s", n - i,
			       lc->f->cfg.hpa_base + i * LC_PAGE,
			       lc->f->cfg.hpa_base + (n - 1) * LC_PAGE,
			       lc_pt_name(a->pt[i]), arrow, lc_pt_name(b->pt[i]));
	}
}

/* Status of a logged call as the wrapper saw it. */
static u64 lc_entry_status(const struct seam_model_log_entry *e)
{
	switch (e->exit) {
	case SEAM_MODEL_EXIT_RETURN:
		return e->out.rax;
	case SEAM_MODEL_EXIT_VMFAIL:
		return SEAM_TDX_SEAMCALL_VMFAILINVALID;
	case SEAM_MODEL_EXIT_GP:
		return SEAM_TDX_SEAMCALL_GP;
	case SEAM_MODEL_EXIT_UD:
		return SEAM_TDX_SEAMCALL_UD;
	}
	return SEAM_TDX_SW_ERROR;
}

/*
 * Decoded status: the name, and the operand for operand and busy errors.
 * A P-SEAMLDR status has bits 62:32 clear, which no TDX status has, so
 * its own name is tried first.
 */
static void lc_status_text(u64 status, char *buf, size_t size)
{
	const char *op = seam_operand_name(seam_status_operand(status));
	const char *ldr = seam_seamldr_status_name(status);

	if (ldr)
		snprintf(buf, size, "%s", ldr);
	else if ((seam_status_class(status) == SEAM_TDX_CLASS_OPERAND ||
		  seam_is_busy(status)) && op)
		snprintf(buf, size, "%s(%s)", seam_status_name(status), op);
	else
		snprintf(buf, size, "%s", seam_status_name(status));
}

/* The leaf of a logged call, for seam_leaf_name(): RAX bit 63 kept. */
static u64 lc_entry_fn(const struct seam_model_log_entry *e)
{
	return e->in.rax & SEAM_SEAMLDR_LEAF_FLAG ? e->in.rax : e->leaf;
}

/*
 * Print @text after @first, wrapped to LC_COLS columns after a ", ";
 * continuation lines start with LC_INDENT and @cont.
 */
static void lc_wrap(const char *first, const char *text, const char *cont)
{
	size_t col = strlen(first), len;
	const char *p = text, *comma;

	fputs(first, stdout);
	while (*p) {
		comma = strstr(p, ", ");
		len = comma ? (size_t)(comma - p) + 1 : strlen(p);
		if (p != text && col + len + 1 > LC_COLS) {
			printf("\n%s%s", LC_INDENT, cont);
			col = strlen(LC_INDENT) + strlen(cont);
		} else if (p != text) {
			putchar(' ');
			col++;
		}
		fwrite(p, 1, len, stdout);
		col += len;
		p += len;
		while (*p == ' ')
			p++;
	}
	putchar('\n');
}

static __printf(2, 3) void lc_note(struct lc *lc, const char *fmt, ...)
{
	char buf[LC_TEXT];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (lc->mermaid)
		printf("    Note over H,M: %s\n", buf);
	else
		lc_wrap("     -- ", buf, "");
}

static void lc_phase(struct lc *lc, const char *name)
{
	if (lc->mermaid)
		printf("    Note over H,M: %s\n", name);
	else
		printf("== %s ==\n", name);
}

/* Print one logged SEAMCALL, with @change if it is the last of the call. */
static void lc_print(struct lc *lc, const struct seam_model_log_entry *e,
		     const char *change)
{
	u64 status = lc_entry_status(e);
	char st[96], call[LC_TEXT + 64];

	char first[32];

	lc_status_text(status, st, sizeof(st));
	if (e->injected)
		strcat(st, " [injected]");
	lc->nr_calls++;
	if (lc->collapse && !seam_status_is_error(status)) {
		lc->collapsed++;
		return;
	}
	if (lc->mermaid) {
		printf("    H->>M: cpu%u %s%s%s\n", e->cpu, seam_leaf_name(lc_entry_fn(e)),
		       lc->in[0] ? " " : "", lc->in);
		/* A cross ends an error reply, an arrow head a success. */
		printf("    M%sH: %s\n", seam_status_is_error(status) ? "--x" : "-->>",
		       st);
		if (change && change[0])
			printf("    Note right of M: %s\n", change);
		return;
	}
	snprintf(first, sizeof(first), "%3u cpu%u ", lc->nr_calls, e->cpu);
	snprintf(call, sizeof(call), "%s(%s) = %s", seam_leaf_name(lc_entry_fn(e)),
		 lc->in, st);
	lc_wrap(first, call, "");
	if (change && change[0])
		lc_wrap(LC_INDENT "| ", change, "| ");
}

/*
 * Draw the calls of a repetitive loop as one note: in Mermaid, and in the
 * text trace too if @text. Successful calls are counted from
 * lc_collapse_start() to lc_collapse_end(); an error is drawn as usual.
 */
static void lc_collapse_start(struct lc *lc, bool text)
{
	lc->collapse = lc->mermaid || text;
	lc->collapsed = 0;
}

static void lc_collapse_end(struct lc *lc, const char *what)
{
	if (lc->collapse && lc->collapsed)
		lc_note(lc, "%s: %u SEAMCALL(s), all succeeded", what, lc->collapsed);
	lc->collapse = false;
}

static void lc_before(struct lc *lc)
{
	lc_snapshot(lc, &lc->before);
}

/* Print every SEAMCALL the model ran since lc_before(). */
static void lc_after(struct lc *lc)
{
	struct seam_model *m = lc->f->m;
	unsigned int n = seam_model_log_count(m);
	struct lc_snap now;
	char change[LC_TEXT * 2];

	lc_snapshot(lc, &now);
	lc_diff(lc, &lc->before, &now, change);
	for (; lc->seen < n; lc->seen++) {
		const struct seam_model_log_entry *e = seam_model_log_get(m, lc->seen);

		if (e)
			lc_print(lc, e, lc->seen + 1 == n ? change : NULL);
	}
}

/* Bug hook: a SEAMCALL did not reach the TDX module. */
static void lc_bug_hook(bool bug, struct lc *lc)
{
	if (bug)
		lc->bug = true;
}

/* After call number @try (0 or 1): should it be retried? */
static bool lc_retry_busy(struct lc *lc, u64 st, unsigned int try)
{
	if (lc->bug && !lc->bug_status)
		lc->bug_status = st;
	if (!seam_is_busy(st) || try)
		return false;
	lc->busy_retries++;
	lc_note(lc, "operand busy: retrying once");
	return true;
}

/*
 * Issue one wrapper call, trace it, report software errors to the bug hook
 * and retry an OPERAND_BUSY answer once, as a hypervisor would after
 * yielding to the other user of the object. @expr is evaluated again for
 * the retry; it appears once in the expansion.
 */
#define LC_CALL(_lc, expr, fmt, ...)					\
({									\
	struct lc *__lc = (_lc);					\
	unsigned int __lc_try;						\
	u64 __lc_st = 0;						\
									\
	snprintf(__lc->in, sizeof(__lc->in), fmt, ##__VA_ARGS__);	\
	for (__lc_try = 0; __lc_try < 2; __lc_try++) {			\
		lc_before(__lc);					\
		__lc_st = (expr);					\
		if (seam_is_sw_error(__lc_st))				\
			lc_bug_hook(true, __lc);			\
		lc_after(__lc);						\
		if (!lc_retry_busy(__lc, __lc_st, __lc_try))		\
			break;						\
	}								\
	__lc_st;							\
})

/* What a software error says about the CPU and the TDX module. */
static const char *lc_sw_reason(u64 st)
{
	switch (st) {
	case SEAM_TDX_SEAMCALL_UD:
		return "the CPU raised UD: VMX off or no SEAM";
	case SEAM_TDX_SEAMCALL_GP:
		return "the CPU raised GP: SEAM not enabled";
	case SEAM_TDX_SEAMCALL_VMFAILINVALID:
		return "VMfailInvalid: no TDX module loaded";
	}
	return "software error";
}

/* Stop the life cycle if @st is an error; print why. */
static bool lc_failed(struct lc *lc, u64 st, const char *what)
{
	char text[96];

	if (!seam_status_is_error(st))
		return false;
	lc_status_text(st, text, sizeof(text));
	if (lc->bug)
		lc_note(lc, "bug hook: %s did not reach the TDX module: %s (%s)",
			what, text, lc_sw_reason(st));
	else if (seam_status_is(st, SEAM_TDX_RND_NO_ENTROPY))
		lc_note(lc, "%s: %s after %d attempts: errno %d, try again later",
			what, text, SEAM_RND_RETRIES, seam_status_to_errno(st));
	else
		lc_note(lc, "%s failed: %s, errno %d", what, text,
			seam_status_to_errno(st));
	return true;
}

/* Allocate @n pages of simulated memory into @out. */
static bool lc_alloc(struct lc *lc, u64 *out, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++) {
		out[i] = seam_fixture_alloc_page(lc->f);
		if (!out[i])
			return false;
	}
	return true;
}

/* TDH.SYS.RD of @field into @value, traced. */
static u64 lc_sys_rd(struct lc *lc, u64 field, u64 *value)
{
	u64 st;

	st = LC_CALL(lc, seam_tdh_sys_rd(field, value), "field=%s",
		     seam_md_field_name(field));
	return lc_failed(lc, st, "TDH.SYS.RD") ? st : SEAM_TDX_SUCCESS;
}

/*
 * --dpamt, before TDH.SYS.CONFIG: TDX_FEATURES0 must have DYNAMIC_PAMT,
 * and PAMT_4K_ENTRY_SIZE gives the PAMT pages a 2 MiB range takes
 * (seam_dpamt_nr_pages(), as Linux's tdx_dpamt_entry_pages()).
 */
static u64 lc_dpamt_probe(struct lc *lc)
{
	u64 st, features0, entry_size;

	st = lc_sys_rd(lc, SEAM_MD_SYS_TDX_FEATURES0, &features0);
	if (!st)
		st = lc_sys_rd(lc, SEAM_MD_SYS_PAMT_4K_ENTRY_SIZE, &entry_size);
	if (st)
		return st;
	lc->dpamt.nr = seam_dpamt_nr_pages(entry_size);
	lc_note(lc, "TDX_FEATURES0.DYNAMIC_PAMT %s, PAMT_4K_ENTRY_SIZE %llu: %u %s",
		features0 & SEAM_TDX_FEATURES0_DYNAMIC_PAMT ? "set" : "clear", entry_size,
		lc->dpamt.nr, "PAMT pages per 2 MiB");
	if (!(features0 & SEAM_TDX_FEATURES0_DYNAMIC_PAMT) || !lc->dpamt.nr ||
	    lc->dpamt.nr > SEAM_DEMOTE_MAX_PAMT_PAGES)
		return SEAM_TDX_OPERAND_INVALID;
	return SEAM_TDX_SUCCESS;
}

/* "0x1000, 0x2000" for the PAMT pages in @pages. */
static const char *lc_pages_text(const u64 *pages, unsigned int n, char *buf, size_t size)
{
	unsigned int i;

	buf[0] = '\0';
	for (i = 0; i < n; i++)
		snprintf(buf + strlen(buf), size - strlen(buf), "%s0x%llx", i ? ", " : "",
			 pages[i]);
	return buf;
}

/* TDH.PHYMEM.PAMT.ADD of the range at @hpa with @pages (lc->dpamt.nr of them). */
static u64 lc_pamt_add(struct lc *lc, u64 hpa, u64 *pages)
{
	char text[LC_TEXT];
	u64 st;

	if (!lc_alloc(lc, pages, lc->dpamt.nr)) {
		lc_note(lc, "out of simulated memory");
		return SEAM_TDX_OPERAND_INVALID;
	}
	st = LC_CALL(lc, seam_tdh_phymem_pamt_add(hpa, pages, lc->dpamt.nr),
		     "range=0x%llx, pamt_pages=%s", hpa,
		     lc_pages_text(pages, lc->dpamt.nr, text, sizeof(text)));
	if (lc_failed(lc, st, "TDH.PHYMEM.PAMT.ADD"))
		return st;
	lc_note(lc, "2 MiB at 0x%llx has 4 KiB PAMT entries now", hpa);
	return SEAM_TDX_SUCCESS;
}

/*
 * TDH.PHYMEM.PAMT.REMOVE of the range at @hpa: the module hands back the
 * pages that backed it, which must be @pages; they go back to the
 * allocator.
 */
static u64 lc_pamt_remove(struct lc *lc, u64 hpa, const u64 *pages)
{
	u64 back[SEAM_DPAMT_MAX_PAGES] = { };
	char text[LC_TEXT];
	unsigned int i;
	u64 st;

	st = LC_CALL(lc, seam_tdh_phymem_pamt_remove(hpa, back, lc->dpamt.nr),
		     "range=0x%llx", hpa);
	if (lc_failed(lc, st, "TDH.PHYMEM.PAMT.REMOVE"))
		return st;
	lc_note(lc, "PAMT pages handed back: %s",
		lc_pages_text(back, lc->dpamt.nr, text, sizeof(text)));
	for (i = 0; i < lc->dpamt.nr; i++) {
		if (back[i] != pages[i]) {
			lc_note(lc, "not the pages that backed the range");
			return SEAM_TDX_PAGE_METADATA_INCORRECT;
		}
		seam_fixture_free_page(lc->f, back[i]);
	}
	return SEAM_TDX_SUCCESS;
}

/*
 * --dpamt, once the TDMR is initialised: back the first 2 MiB range, where
 * every 4 KiB page of the TD will be, with PAMT pages from the range
 * itself (the module takes them there without a PAMT walk). A second
 * PAMT.ADD, as from a caller that lost the race to back the range, is
 * refused with HPA_RANGE_NOT_FREE ("backed already" to Linux's dynamic
 * PAMT series) and its pages are free again.
 */
static u64 lc_dpamt_back(struct lc *lc)
{
	u64 spare[SEAM_DPAMT_MAX_PAGES] = { }, hpa = lc->f->cfg.hpa_base, st;
	char text[LC_TEXT];
	unsigned int i;

	lc_phase(lc, "Dynamic PAMT: back the 2 MiB range the TD's 4 KiB pages come from");
	st = lc_pamt_add(lc, hpa, lc->dpamt.pages);
	if (st)
		return st;
	if (!lc_alloc(lc, spare, lc->dpamt.nr)) {
		lc_note(lc, "out of simulated memory");
		return SEAM_TDX_OPERAND_INVALID;
	}
	st = LC_CALL(lc, seam_tdh_phymem_pamt_add(hpa, spare, lc->dpamt.nr),
		     "range=0x%llx, pamt_pages=%s", hpa,
		     lc_pages_text(spare, lc->dpamt.nr, text, sizeof(text)));
	if (!seam_status_is(st, SEAM_TDX_HPA_RANGE_NOT_FREE)) {
		lc_note(lc, "PAMT.ADD of a backed range: 0x%llx, not TDX_HPA_RANGE_NOT_FREE", st);
		return seam_status_is_error(st) ? st : SEAM_TDX_PAGE_METADATA_INCORRECT;
	}
	lc_note(lc, "backed already: the second pair goes back to the allocator");
	for (i = 0; i < lc->dpamt.nr; i++)
		seam_fixture_free_page(lc->f, spare[i]);
	return SEAM_TDX_SUCCESS;
}

/*
 * A 2 MiB private page in a range nobody backed (its 2 MiB PAMT entry is
 * enough), then split into 512 4 KiB pages: RANGE.BLOCK and TRACK, and
 * DEMOTE with PAMT pages for the new 4 KiB entries, as Linux's huge-page
 * series does once dynamic PAMT is on.
 */
static u64 lc_huge(struct lc *lc)
{
	struct seam_fixture_td *td = lc->td;
	struct lc_dpamt *d = &lc->dpamt;
	char text[LC_TEXT];
	u64 st, e1, e2;

	lc_phase(lc, "A 2 MiB page: AUG, then DEMOTE with a PAMT page pair");
	d->huge = seam_fixture_alloc_2m(lc->f);
	if (!d->huge || !lc_alloc(lc, &d->sept, 1) ||
	    !lc_alloc(lc, d->demote, d->nr)) {
		lc_note(lc, "out of simulated memory");
		return SEAM_TDX_OPERAND_INVALID;
	}
	st = LC_CALL(lc, seam_tdh_mem_page_aug(td->tdr, LC_GPA_2M, SEAM_TDX_PS_2M,
					       d->huge, &e1, &e2),
		     "tdr=0x%llx, gpa=0x%llx, level=%s, page=0x%llx", td->tdr,
		     LC_GPA_2M, lc_level_name(SEAM_TDX_PS_2M), d->huge);
	if (lc_failed(lc, st, "TDH.MEM.PAGE.AUG"))
		return st;
	st = LC_CALL(lc, seam_tdh_mem_range_block(td->tdr, LC_GPA_2M,
						  SEAM_TDX_PS_2M, &e1, &e2),
		     "tdr=0x%llx, gpa=0x%llx, level=%s", td->tdr, LC_GPA_2M,
		     lc_level_name(SEAM_TDX_PS_2M));
	if (lc_failed(lc, st, "TDH.MEM.RANGE.BLOCK"))
		return st;
	st = LC_CALL(lc, seam_tdh_mem_track(td->tdr), "tdr=0x%llx", td->tdr);
	if (lc_failed(lc, st, "TDH.MEM.TRACK"))
		return st;
	st = LC_CALL(lc, seam_tdh_mem_page_demote_pamt(td->tdr, LC_GPA_2M, SEAM_TDX_PS_2M,
						       d->sept, d->demote, d->nr,
						       &e1, &e2),
		     "tdr=0x%llx, gpa=0x%llx, level=%s, sept=0x%llx, pamt_pages=%s",
		     td->tdr, LC_GPA_2M, lc_level_name(SEAM_TDX_PS_2M), d->sept,
		     lc_pages_text(d->demote, d->nr, text, sizeof(text)));
	if (lc_failed(lc, st, "TDH.MEM.PAGE.DEMOTE"))
		return st;
	lc_note(lc, "2 MiB at 0x%llx has 4 KiB PAMT entries now, in the pages DEMOTE took",
		d->huge);
	return SEAM_TDX_SUCCESS;
}

/* --dpamt, after the last page is reclaimed: both ranges give back their pages. */
static u64 lc_dpamt_release(struct lc *lc)
{
	u64 st;

	lc_phase(lc, "Dynamic PAMT: take the PAMT pages back");
	st = lc_pamt_remove(lc, lc->dpamt.huge, lc->dpamt.demote);
	if (!st)
		st = lc_pamt_remove(lc, lc->f->cfg.hpa_base, lc->dpamt.pages);
	return st;
}

static u64 lc_sys_init(struct lc *lc)
{
	struct seam_fixture *f = lc->f;
	u64 st, next, end;
	unsigned int cpu;
	u8 *p;

	lc_phase(lc, "TDX module initialisation");
	st = LC_CALL(lc, seam_tdh_sys_init(), "%s", "");
	if (lc_failed(lc, st, "TDH.SYS.INIT"))
		return st;
	for (cpu = 0; cpu < f->cfg.nr_lps; cpu++) {
		seam_model_set_cpu(f->m, cpu);
		st = LC_CALL(lc, seam_tdh_sys_lp_init(), "%s", "");
		if (lc_failed(lc, st, "TDH.SYS.LP.INIT"))
			return st;
	}
	seam_model_set_cpu(f->m, 0);

	/* One TDMR over all of the model's memory: TDMR_INFO array and entry. */
	f->tdmr_info = seam_fixture_alloc_page(f);
	p = seam_model_page(f->m, f->tdmr_info);
	next = f->tdmr_info + SEAM_TDMR_INFO_ALIGN;
	memcpy(p, &next, sizeof(next));
	memcpy(p + SEAM_TDMR_INFO_ALIGN + SEAM_MODEL_TDMR_INFO_BASE,
	       &f->cfg.hpa_base, sizeof(u64));
	end = f->cfg.nr_pages * LC_PAGE;
	memcpy(p + SEAM_TDMR_INFO_ALIGN + SEAM_MODEL_TDMR_INFO_SIZE, &end,
	       sizeof(u64));
	if (lc->walk == LC_WALK_DPAMT) {
		st = lc_dpamt_probe(lc);
		if (st)
			return st;
		st = LC_CALL(lc, seam_tdh_sys_config(f->tdmr_info, 1,
						     seam_model_first_private_hkid(f->m) |
						     SEAM_SYS_CONFIG_DYNAMIC_PAMT, 0),
			     "tdmr_array=0x%llx, nr_tdmrs=1, global_hkid=%u, DYNAMIC_PAMT, features=0",
			     f->tdmr_info, seam_model_first_private_hkid(f->m));
	} else {
		st = LC_CALL(lc, seam_tdh_sys_config_v0(f->tdmr_info, 1,
							seam_model_first_private_hkid(f->m)),
			     "tdmr_array=0x%llx, nr_tdmrs=1, global_hkid=%u", f->tdmr_info,
			     seam_model_first_private_hkid(f->m));
	}
	if (lc_failed(lc, st, "TDH.SYS.CONFIG"))
		return st;
	for (cpu = 0; cpu < f->cfg.nr_pkgs; cpu++) {
		seam_model_set_cpu(f->m, cpu);
		st = LC_CALL(lc, seam_tdh_sys_key_config(), "pkg=%u", cpu);
		if (lc_failed(lc, st, "TDH.SYS.KEY.CONFIG"))
			return st;
	}
	seam_model_set_cpu(f->m, 0);

	end = f->cfg.hpa_base + f->cfg.nr_pages * LC_PAGE;
	next = f->cfg.hpa_base;
	while (next < end) {
		st = LC_CALL(lc, seam_tdh_sys_tdmr_init(f->cfg.hpa_base, &next),
			     "tdmr=0x%llx", f->cfg.hpa_base);
		if (lc_failed(lc, st, "TDH.SYS.TDMR.INIT"))
			return st;
	}
	return SEAM_TDX_SUCCESS;
}

/* The module's version through TDH.SYS.RD, as "1.5.06 build 744". */
static u64 lc_version(struct lc *lc, char *buf, size_t size)
{
	static const u64 ids[] = {
		SEAM_MD_SYS_MAJOR_VERSION, SEAM_MD_SYS_MINOR_VERSION,
		SEAM_MD_SYS_UPDATE_VERSION, SEAM_MD_SYS_BUILD_NUM,
	};
	u64 v[ARRAY_SIZE(ids)];
	unsigned int i;
	u64 st;

	for (i = 0; i < ARRAY_SIZE(ids); i++) {
		st = lc_sys_rd(lc, ids[i], &v[i]);
		if (st)
			return st;
	}
	snprintf(buf, size, "%llu.%llu.%02llu build %llu", v[0], v[1], v[2], v[3]);
	return SEAM_TDX_SUCCESS;
}

/*
 * TDH.SYS.SHUTDOWN as Linux 7.x tdx_module_shutdown() issues it: the
 * module's own handoff version, and AVOID_COMPAT_SENSITIVE if TDX_FEATURES0
 * has UPDATE_COMPAT.
 */
static u64 lc_shutdown(struct lc *lc)
{
	u64 flag = lc->ldr.compat ? SEAM_SYS_SHUTDOWN_AVOID_COMPAT_SENSITIVE : 0;

	return LC_CALL(lc, seam_tdh_sys_shutdown(lc->ldr.hv | flag),
		       "module_hv=%llu%s", lc->ldr.hv,
		       flag ? ", AVOID_COMPAT_SENSITIVE" : "");
}

/*
 * An update requested while the TD is being built (TDH.MNG.CREATE done,
 * TDH.MR.FINALIZE not yet): Linux 7.x read TDX_FEATURES0 and MODULE_HV
 * when TDX started; with AVOID_COMPAT_SENSITIVE the module refuses and
 * stays ready, and Linux returns -EBUSY for user space to try again.
 */
static u64 lc_update_refused(struct lc *lc)
{
	const u64 want = SEAM_TDX_UPDATE_COMPATIBILITY_SENSITIVE |
			 1ULL << SEAM_UPDATE_COMPAT_COUNT_SHIFT | SEAM_UPDATE_COMPAT_TD_BUILD;
	u64 st, features0;

	lc_phase(lc, "Runtime update requested during the TD build: refused");
	st = lc_sys_rd(lc, SEAM_MD_SYS_TDX_FEATURES0, &features0);
	if (!st)
		st = lc_sys_rd(lc, SEAM_MD_SYS_MODULE_HV, &lc->ldr.hv);
	if (st)
		return st;
	lc->ldr.compat = features0 & SEAM_TDX_FEATURES0_UPDATE_COMPAT;
	lc_note(lc, "TDX_FEATURES0.UPDATE_COMPAT %s, MODULE_HV %llu",
		lc->ldr.compat ? "set" : "clear", lc->ldr.hv);
	st = lc_shutdown(lc);
	if (st != want) {
		lc_note(lc, "TDH.SYS.SHUTDOWN during the TD build: 0x%llx, not 0x%llx", st, want);
		return seam_status_is_error(st) ? st : SEAM_TDX_SYS_SHUTDOWN;
	}
	lc_note(lc, "details 0x%llx: %llu TD build in progress, the module stays ready, %s",
		st & 0xffffffffULL, (st >> SEAM_UPDATE_COMPAT_COUNT_SHIFT) & 0xffff,
		"Linux returns -EBUSY");
	lc_phase(lc, "TD build completed");
	return SEAM_TDX_SUCCESS;
}

/* TDH.VP.ENTER once; the model's guest exits at once (HLT by default). */
static u64 lc_enter(struct lc *lc)
{
	struct seam_args a = { };
	u64 st;

	st = LC_CALL(lc, seam_tdh_vp_enter(lc->td->tdvpr, &a), "tdvpr=0x%llx",
		     lc->td->tdvpr);
	if (lc_failed(lc, st, "TDH.VP.ENTER"))
		return st;
	lc_note(lc, "TD exit: VMX exit reason %u%s", LC_EXIT_REASON(st),
		LC_EXIT_REASON(st) == LC_EXIT_HLT ? " (HLT)" : "");
	return SEAM_TDX_SUCCESS;
}

/* TDH.MNG.RD of the TD's MRTD (its first 8 bytes) into @mrtd. */
static u64 lc_read_mrtd(struct lc *lc, u64 *mrtd)
{
	u64 st;

	st = LC_CALL(lc, seam_tdh_mng_rd(lc->td->tdr, SEAM_MD_TD_MRTD, mrtd),
		     "tdr=0x%llx, field=%s", lc->td->tdr,
		     seam_md_field_name(SEAM_MD_TD_MRTD));
	if (lc_failed(lc, st, "TDH.MNG.RD"))
		return st;
	lc_note(lc, "MRTD 0x%016llx", *mrtd);
	return SEAM_TDX_SUCCESS;
}

/* The running TD before the update: enter it, write a value, read MRTD. */
static u64 lc_td_runs(struct lc *lc, u64 *mrtd)
{
	struct seam_fixture_td *td = lc->td;
	u64 st, old, e1, e2;

	lc_phase(lc, "The TD runs, the host writes into its memory (a debug TD)");
	st = lc_enter(lc);
	if (st)
		return st;
	st = LC_CALL(lc, seam_tdh_mem_wr(td->tdr, LC_GPA_MARK, LC_MARK, &old, &e1, &e2),
		     "tdr=0x%llx, gpa=0x%llx, value=0x%llx", td->tdr, LC_GPA_MARK, LC_MARK);
	if (lc_failed(lc, st, "TDH.MEM.WR"))
		return st;
	return lc_read_mrtd(lc, mrtd);
}

/* P-SEAMLDR.INFO: may the module be updated, and how often still. */
static u64 lc_ldr_info(struct lc *lc)
{
	u64 pa = lc->ldr.info;
	const u8 *p;
	u16 ver[4];
	u32 remaining;
	u64 st;

	st = LC_CALL(lc, seam_seamldr_info(pa), "info=0x%llx", pa);
	if (lc_failed(lc, st, "SEAMLDR.INFO"))
		return st;
	p = seam_model_page(lc->f->m, pa);
	memcpy(&ver[0], p + LC_LDR_INFO_MAJOR, 2);
	memcpy(&ver[1], p + LC_LDR_INFO_MINOR, 2);
	memcpy(&ver[2], p + LC_LDR_INFO_UPDATE, 2);
	memcpy(&ver[3], p + LC_LDR_INFO_BUILD_NUM, 2);
	memcpy(&remaining, p + LC_LDR_INFO_REMAINING, sizeof(remaining));
	lc_note(lc, "P-SEAMLDR %u.%u.%u build %u: %u update(s) left, seam_ready %u",
		ver[0], ver[1], ver[2], ver[3], remaining, p[LC_LDR_INFO_SEAM_READY]);
	return SEAM_TDX_SUCCESS;
}

/* One step of the update, issued on every CPU in turn. */
static u64 lc_on_every_cpu(struct lc *lc, bool install)
{
	unsigned int cpu;
	u64 st = SEAM_TDX_SUCCESS;

	for (cpu = 0; cpu < lc->f->cfg.nr_lps && !st; cpu++) {
		seam_model_set_cpu(lc->f->m, cpu);
		if (install) {
			st = LC_CALL(lc, seam_seamldr_install(lc->ldr.params), "params=0x%llx",
				     lc->ldr.params);
			lc_failed(lc, st, "SEAMLDR.INSTALL");
		} else {
			st = LC_CALL(lc, seam_tdh_sys_lp_init(), "%s", "");
			lc_failed(lc, st, "TDH.SYS.LP.INIT");
		}
	}
	seam_model_set_cpu(lc->f->m, 0);
	return st;
}

/*
 * The update as seamldr_install_module() runs it under stop_machine():
 * each step done on every CPU before the next starts, the P-SEAMLDR one
 * CPU at a time: TDH.SYS.SHUTDOWN on one CPU, P-SEAMLDR.INSTALL on each,
 * tdx_cpu_enable() on each (TDH.SYS.INIT on the first, TDH.SYS.LP.INIT on
 * all), TDH.SYS.UPDATE on one; then Linux reads the module's version again.
 */
static u64 lc_update(struct lc *lc)
{
	struct lc_ldr *l = &lc->ldr;
	struct seam_model *m = lc->f->m;
	struct lc_seamldr_params *prm;
	char old[32], new[32];
	u64 st, digest;

	lc_phase(lc, "Runtime TDX module update");
	if (!lc_alloc(lc, &l->info, 1) || !lc_alloc(lc, &l->params, 1) ||
	    !lc_alloc(lc, &l->sig, 1) || !lc_alloc(lc, &l->image, 1)) {
		lc_note(lc, "out of simulated memory");
		return SEAM_TDX_OPERAND_INVALID;
	}
	st = lc_ldr_info(lc);
	if (!st)
		st = lc_version(lc, old, sizeof(old));
	if (st)
		return st;

	/* The model checks no signature; the image's first bytes are its version. */
	prm = seam_model_page(m, l->params);
	prm->version = 0;
	prm->scenario = 1;
	prm->sigstruct_pa = l->sig;
	prm->module_nr_pages = 1;
	prm->module_pa[0] = l->image;
	memcpy(seam_model_page(m, l->image), lc_image_version, sizeof(lc_image_version));
	lc_note(lc, "SEAMLDR_PARAMS 0x%llx: SIGSTRUCT 0x%llx, %s 0x%llx (%u.%u.%02u build %u)",
		l->params, l->sig, "1 module page", l->image, lc_image_version[0],
		lc_image_version[1], lc_image_version[2], lc_image_version[3]);
	/* Its value changes with the model's layout; the trace shows equality. */
	digest = seam_model_digest(m);
	lc_note(lc, "model state digest taken: TDs, vCPUs, S-EPT, PAMT, KeyIDs, memory");

	lc_note(lc, "stop_machine(), MODULE_UPDATE_SHUTDOWN: CPU 0");
	st = lc_shutdown(lc);
	if (lc_failed(lc, st, "TDH.SYS.SHUTDOWN"))
		return st;
	lc_note(lc, "MODULE_UPDATE_CPU_INSTALL: every CPU, one at a time in the P-SEAMLDR");
	st = lc_on_every_cpu(lc, true);
	if (st)
		return st;
	lc_note(lc, "MODULE_UPDATE_CPU_INIT: tdx_cpu_enable() on every CPU, TDH.SYS.INIT once");
	st = LC_CALL(lc, seam_tdh_sys_init(), "%s", "");
	if (lc_failed(lc, st, "TDH.SYS.INIT"))
		return st;
	st = lc_on_every_cpu(lc, false);
	if (st)
		return st;
	lc_note(lc, "MODULE_UPDATE_RUN_UPDATE: CPU 0");
	st = LC_CALL(lc, seam_tdh_sys_update_v0(), "%s", "");
	if (lc_failed(lc, st, "TDH.SYS.UPDATE"))
		return st;

	if (seam_model_digest(m) != digest) {
		lc_note(lc, "model state digest after the update: changed");
		return SEAM_TDX_SYS_STATE_INCORRECT;
	}
	lc_note(lc, "model state digest after the update: unchanged");
	st = lc_version(lc, new, sizeof(new));
	if (st)
		return st;
	lc_note(lc, "TDX module %s -> %s", old, new);
	return lc_ldr_info(lc);
}

/* The TD after the update: its memory, its measurement, its vCPU. */
static u64 lc_td_kept(struct lc *lc, u64 mrtd)
{
	struct seam_fixture_td *td = lc->td;
	u64 st, v, e1, e2;

	lc_phase(lc, "The TD after the update");
	st = LC_CALL(lc, seam_tdh_mem_rd(td->tdr, LC_GPA_MARK, &v, &e1, &e2),
		     "tdr=0x%llx, gpa=0x%llx", td->tdr, LC_GPA_MARK);
	if (lc_failed(lc, st, "TDH.MEM.RD"))
		return st;
	lc_note(lc, "read 0x%llx: %s", v, v == LC_MARK ?
		"the value written before the update" : "NOT the value written before");
	if (v != LC_MARK)
		return SEAM_TDX_SYS_STATE_INCORRECT;
	st = lc_read_mrtd(lc, &v);
	if (st)
		return st;
	if (v != mrtd) {
		lc_note(lc, "MRTD changed across the update");
		return SEAM_TDX_SYS_STATE_INCORRECT;
	}
	return lc_enter(lc);
}

/* --update: run the TD, update the module under it, check the TD. */
static u64 lc_update_walk(struct lc *lc)
{
	u64 st, mrtd;

	st = lc_td_runs(lc, &mrtd);
	if (!st)
		st = lc_update(lc);
	if (!st)
		st = lc_td_kept(lc, mrtd);
	return st;
}

static u64 lc_build_td(struct lc *lc)
{
	bool debug = lc->walk == LC_WALK_UPDATE;
	struct seam_fixture_td *td = lc->td;
	struct seam_fixture *f = lc->f;
	u64 st, e1, e2;
	unsigned int i;
	int level;

	lc_phase(lc, "TD creation");
	if (!lc_alloc(lc, &td->tdr, 1) || !lc_alloc(lc, td->tdcs, ARRAY_SIZE(td->tdcs)) ||
	    !lc_alloc(lc, &td->td_params, 1) || !lc_alloc(lc, &td->tdvpr, 1) ||
	    !lc_alloc(lc, td->tdcx, ARRAY_SIZE(td->tdcx)) ||
	    !lc_alloc(lc, td->sept, ARRAY_SIZE(td->sept)) ||
	    !lc_alloc(lc, &td->src, 1) || !lc_alloc(lc, &td->page_add, 1) ||
	    !lc_alloc(lc, &td->page_aug, 1)) {
		lc_note(lc, "out of simulated memory");
		return SEAM_TDX_OPERAND_INVALID;
	}
	td->hkid = seam_model_first_private_hkid(f->m) + 1;

	st = LC_CALL(lc, seam_tdh_mng_create(td->tdr, td->hkid),
		     "tdr=0x%llx, hkid=%u", td->tdr, td->hkid);
	if (lc_failed(lc, st, "TDH.MNG.CREATE"))
		return st;
	for (i = 0; i < f->cfg.nr_pkgs; i++) {
		seam_model_set_cpu(f->m, i);
		st = LC_CALL(lc, seam_tdh_mng_key_config(td->tdr),
			     "tdr=0x%llx, pkg=%u", td->tdr, i);
		if (lc_failed(lc, st, "TDH.MNG.KEY.CONFIG"))
			return st;
	}
	seam_model_set_cpu(f->m, 0);
	for (i = 0; i < ARRAY_SIZE(td->tdcs); i++) {
		st = LC_CALL(lc, seam_tdh_mng_addcx(td->tdr, td->tdcs[i]),
			     "tdr=0x%llx, tdcs=0x%llx", td->tdr, td->tdcs[i]);
		if (lc_failed(lc, st, "TDH.MNG.ADDCX"))
			return st;
	}
	/* The update walk reads and writes TD memory: a debug TD. */
	seam_fixture_write_td_params(f, td->td_params, debug ? SEAM_MODEL_TD_ATTR_DEBUG : 0, 1);
	st = LC_CALL(lc, seam_tdh_mng_init(td->tdr, td->td_params, &e1),
		     "tdr=0x%llx, td_params=0x%llx (max_vcpus=1%s)", td->tdr,
		     td->td_params, debug ? ", attributes=DEBUG" : "");
	if (lc_failed(lc, st, "TDH.MNG.INIT"))
		return st;

	lc_phase(lc, "vCPU creation");
	st = LC_CALL(lc, seam_tdh_vp_create(td->tdr, td->tdvpr),
		     "tdr=0x%llx, tdvpr=0x%llx", td->tdr, td->tdvpr);
	if (lc_failed(lc, st, "TDH.VP.CREATE"))
		return st;
	for (i = 0; i < ARRAY_SIZE(td->tdcx); i++) {
		st = LC_CALL(lc, seam_tdh_vp_addcx(td->tdvpr, td->tdcx[i]),
			     "tdvpr=0x%llx, tdcx=0x%llx", td->tdvpr, td->tdcx[i]);
		if (lc_failed(lc, st, "TDH.VP.ADDCX"))
			return st;
	}
	st = LC_CALL(lc, seam_tdh_vp_init_v0(td->tdvpr, SEAM_FIXTURE_VP_RCX),
		     "tdvpr=0x%llx, rcx=0x%x", td->tdvpr, SEAM_FIXTURE_VP_RCX);
	if (lc_failed(lc, st, "TDH.VP.INIT"))
		return st;

	lc_phase(lc, "Secure EPT and initial memory");
	for (level = 3; level >= 1; level--) {
		st = LC_CALL(lc, seam_tdh_mem_sept_add(td->tdr, LC_GPA_ADD, level,
						       td->sept[level - 1], &e1, &e2),
			     "tdr=0x%llx, gpa=0x%llx, level=L%d, sept=0x%llx", td->tdr,
			     LC_GPA_ADD, level, td->sept[level - 1]);
		if (lc_failed(lc, st, "TDH.MEM.SEPT.ADD"))
			return st;
	}
	memset(seam_model_page(f->m, td->src), SEAM_FIXTURE_SRC_BYTE, LC_PAGE);
	st = LC_CALL(lc, seam_tdh_mem_page_add(td->tdr, LC_GPA_ADD, td->page_add,
					       td->src, &e1, &e2),
		     "tdr=0x%llx, gpa=0x%llx, page=0x%llx, source=0x%llx", td->tdr,
		     LC_GPA_ADD, td->page_add, td->src);
	if (lc_failed(lc, st, "TDH.MEM.PAGE.ADD"))
		return st;
	lc_collapse_start(lc, false);
	for (i = 0; i < LC_PAGE / SEAM_MR_EXTEND_CHUNK; i++) {
		u64 gpa = LC_GPA_ADD + i * SEAM_MR_EXTEND_CHUNK;

		st = LC_CALL(lc, seam_tdh_mr_extend(td->tdr, gpa, &e1, &e2),
			     "tdr=0x%llx, gpa=0x%llx", td->tdr, gpa);
		if (lc_failed(lc, st, "TDH.MR.EXTEND"))
			return st;
	}
	lc_collapse_end(lc, "TDH.MR.EXTEND of each 256-byte chunk of the page");
	if (lc->walk == LC_WALK_UPDATE) {
		st = lc_update_refused(lc);
		if (st)
			return st;
	}
	st = LC_CALL(lc, seam_tdh_mr_finalize(td->tdr), "tdr=0x%llx", td->tdr);
	if (lc_failed(lc, st, "TDH.MR.FINALIZE"))
		return st;
	return SEAM_TDX_SUCCESS;
}

static u64 lc_runtime(struct lc *lc)
{
	struct seam_fixture_td *td = lc->td;
	u64 st, e1, e2;

	lc_phase(lc, "TD runtime: map, block, track and remove a page");
	st = LC_CALL(lc, seam_tdh_mem_page_aug(td->tdr, LC_GPA_AUG, SEAM_TDX_PS_4K,
					       td->page_aug, &e1, &e2),
		     "tdr=0x%llx, gpa=0x%llx, level=%s, page=0x%llx", td->tdr,
		     LC_GPA_AUG, lc_level_name(SEAM_TDX_PS_4K), td->page_aug);
	if (lc_failed(lc, st, "TDH.MEM.PAGE.AUG"))
		return st;
	st = LC_CALL(lc, seam_tdh_mem_range_block(td->tdr, LC_GPA_AUG,
						  SEAM_TDX_PS_4K, &e1, &e2),
		     "tdr=0x%llx, gpa=0x%llx, level=%s", td->tdr, LC_GPA_AUG,
		     lc_level_name(SEAM_TDX_PS_4K));
	if (lc_failed(lc, st, "TDH.MEM.RANGE.BLOCK"))
		return st;
	st = LC_CALL(lc, seam_tdh_mem_track(td->tdr), "tdr=0x%llx", td->tdr);
	if (lc_failed(lc, st, "TDH.MEM.TRACK"))
		return st;
	st = LC_CALL(lc, seam_tdh_mem_page_remove(td->tdr, LC_GPA_AUG,
						  SEAM_TDX_PS_4K, &e1, &e2),
		     "tdr=0x%llx, gpa=0x%llx, level=%s", td->tdr, LC_GPA_AUG,
		     lc_level_name(SEAM_TDX_PS_4K));
	if (lc_failed(lc, st, "TDH.MEM.PAGE.REMOVE"))
		return st;
	seam_fixture_free_page(lc->f, td->page_aug);
	td->page_aug = 0;
	return SEAM_TDX_SUCCESS;
}

/* Reclaim one TD page and flush its cache lines; @hkid keyed the page. */
static u64 lc_reclaim(struct lc *lc, u64 hpa, u16 hkid)
{
	u64 st, pt, owner, size, keyed;

	st = LC_CALL(lc, seam_tdh_phymem_page_reclaim(hpa, &pt, &owner, &size),
		     "page=0x%llx", hpa);
	if (lc_failed(lc, st, "TDH.PHYMEM.PAGE.RECLAIM"))
		return st;
	keyed = seam_fixture_keyed_pa(lc->f, hpa, hkid);
	st = LC_CALL(lc, seam_tdh_phymem_page_wbinvd(keyed),
		     "page=0x%llx, hkid=%u", hpa, hkid);
	if (lc_failed(lc, st, "TDH.PHYMEM.PAGE.WBINVD"))
		return st;
	seam_fixture_free_page(lc->f, hpa);
	return SEAM_TDX_SUCCESS;
}

static u64 lc_teardown(struct lc *lc)
{
	struct seam_fixture_td *td = lc->td;
	struct seam_fixture *f = lc->f;
	u16 global = seam_model_first_private_hkid(f->m);
	unsigned int i;
	u64 st;

	lc_phase(lc, "TD teardown");
	st = LC_CALL(lc, seam_tdh_vp_flush(td->tdvpr), "tdvpr=0x%llx", td->tdvpr);
	if (lc_failed(lc, st, "TDH.VP.FLUSH"))
		return st;
	st = LC_CALL(lc, seam_tdh_mng_vpflushdone(td->tdr), "tdr=0x%llx", td->tdr);
	if (lc_failed(lc, st, "TDH.MNG.VPFLUSHDONE"))
		return st;
	for (i = 0; i < f->cfg.nr_pkgs; i++) {
		bool resume = false;

		seam_model_set_cpu(f->m, i);
		do {
			st = LC_CALL(lc, seam_tdh_phymem_cache_wb(resume),
				     "pkg=%u, %s", i, resume ? "resume" : "start");
			resume = true;
		} while (seam_is_interrupted(st));
		if (lc_failed(lc, st, "TDH.PHYMEM.CACHE.WB"))
			return st;
	}
	seam_model_set_cpu(f->m, 0);
	st = LC_CALL(lc, seam_tdh_mng_key_freeid(td->tdr), "tdr=0x%llx", td->tdr);
	if (lc_failed(lc, st, "TDH.MNG.KEY.FREEID"))
		return st;

	lc_phase(lc, "Page reclaim");
	/* --dpamt reclaims the 512 pages of the split 2 MiB page too. */
	lc_collapse_start(lc, lc->walk == LC_WALK_DPAMT);
	for (i = 0; i < f->cfg.nr_pages; i++) {
		u64 hpa = f->cfg.hpa_base + i * LC_PAGE;

		if (hpa == td->tdr || seam_model_page_owner(f->m, hpa) != td->tdr)
			continue;
		st = lc_reclaim(lc, hpa, td->hkid);
		if (st)
			return st;
	}
	/* The TDR goes last; it was written with the global KeyID. */
	st = lc_reclaim(lc, td->tdr, global);
	if (st)
		return st;
	lc_collapse_end(lc,
			"TDH.PHYMEM.PAGE.RECLAIM and TDH.PHYMEM.PAGE.WBINVD of every TD page, TDR last");
	for (i = 0; i < f->cfg.nr_pages; i++) {
		if (seam_model_page_type(f->m, f->cfg.hpa_base + i * LC_PAGE) !=
		    SEAM_PT_NDA) {
			lc_note(lc, "page 0x%llx was not reclaimed",
				f->cfg.hpa_base + i * LC_PAGE);
			return SEAM_TDX_PAGE_METADATA_INCORRECT;
		}
	}
	return SEAM_TDX_SUCCESS;
}

/* Leaf number of a name such as "TDH.MEM.PAGE.AUG" or "mem.page.aug". */
static int lc_leaf_by_name(const char *name)
{
	char full[64];
	int leaf;

	snprintf(full, sizeof(full), "%s%s",
		 strncasecmp(name, "TDH.", 4) ? "TDH." : "", name);
	for (leaf = 0; leaf <= SEAM_TDH_MAX; leaf++)
		if (!strcasecmp(seam_leaf_name(leaf), full))
			return leaf;
	return -1;
}

/*
 * Operand a busy answer of @leaf names: the resource the leaf locks that
 * another caller could hold (module 1.5 operand IDs).
 */
static u32 lc_busy_operand(int leaf)
{
	switch (leaf) {
	case SEAM_TDH_MEM_PAGE_ADD:
	case SEAM_TDH_MEM_SEPT_ADD:
	case SEAM_TDH_MEM_PAGE_AUG:
	case SEAM_TDH_MEM_PAGE_RELOCATE:
	case SEAM_TDH_MEM_PAGE_DEMOTE:
	case SEAM_TDH_MEM_PAGE_PROMOTE:
	case SEAM_TDH_MEM_RANGE_BLOCK:
	case SEAM_TDH_MEM_RANGE_UNBLOCK:
	case SEAM_TDH_MEM_PAGE_REMOVE:
	case SEAM_TDH_MEM_SEPT_REMOVE:
	case SEAM_TDH_MEM_SEPT_RD:
	case SEAM_TDH_MEM_SEPT_WR:
	case SEAM_TDH_MEM_RD:
	case SEAM_TDH_MEM_WR:
		return SEAM_OPERAND_ID_SEPT_TREE;
	case SEAM_TDH_SYS_INIT:
	case SEAM_TDH_SYS_LP_INIT:
	case SEAM_TDH_SYS_CONFIG:
	case SEAM_TDH_SYS_KEY_CONFIG:
	case SEAM_TDH_SYS_INFO:
	case SEAM_TDH_SYS_RD:
	case SEAM_TDH_SYS_RDALL:
	case SEAM_TDH_SYS_LP_SHUTDOWN:
	case SEAM_TDH_SYS_SHUTDOWN:
	case SEAM_TDH_SYS_UPDATE:
		return SEAM_OPERAND_ID_SYS;
	case SEAM_TDH_SYS_TDMR_INIT:
		return SEAM_OPERAND_ID_TDMR;
	case SEAM_TDH_MNG_CREATE:
	case SEAM_TDH_MNG_KEY_FREEID:
		return SEAM_OPERAND_ID_KOT;
	case SEAM_TDH_PHYMEM_CACHE_WB:
		return SEAM_OPERAND_ID_WBCACHE;
	case SEAM_TDH_PHYMEM_PAGE_RECLAIM:
	case SEAM_TDH_PHYMEM_PAGE_WBINVD:
	case SEAM_TDH_PHYMEM_PAGE_RDMD:
		return SEAM_OPERAND_ID_RCX;
	case SEAM_TDH_VP_ENTER:
	case SEAM_TDH_VP_ADDCX:
	case SEAM_TDH_VP_INIT:
	case SEAM_TDH_VP_FLUSH:
	case SEAM_TDH_VP_RD:
	case SEAM_TDH_VP_WR:
		return SEAM_OPERAND_ID_TDVPR;
	}
	return SEAM_OPERAND_ID_TDR;
}

static void lc_help(FILE *out)
{
	fprintf(out,
		"usage: td-lifecycle [--update|--dpamt] [--format text|mermaid] [--inject FAULT]...\n"
		"                    [--help]\n"
		"\n"
		"Drive one TD from TDX module initialisation to the reclaim of its last\n"
		"page through the typed wrappers of seamcall.h, against the software TDX\n"
		"module, and print one line per SEAMCALL the module executed.\n"
		"\n"
		"  --update          update the TDX module (2.0.18, with a P-SEAMLDR) at run\n"
		"                    time while the TD runs, as Linux 7.x does: the TD keeps\n"
		"                    its memory, measurement and vCPU, TDH.SYS.RD shows the\n"
		"                    new version\n"
		"  --dpamt           dynamic PAMT (module 2.0.18): PAMT.ADD backs the TD's\n"
		"                    2 MiB range, a 2 MiB page is added and split with DEMOTE\n"
		"                    and a PAMT page pair, PAMT.REMOVE takes the pages back\n"
		"  --format text     one line per SEAMCALL, state changes below it,\n"
		"                    at most %d columns (the default)\n"
		"  --format mermaid  a Mermaid sequenceDiagram: error replies end in a\n"
		"                    cross, the MR.EXTEND and reclaim loops are one note\n"
		"  --inject FAULT    arm FAULT; several --inject options combine\n"
		"  --help            this text\n"
		"\n"
		"FAULT is one of:\n"
		"  entropy:K   TDH.MNG.CREATE answers TDX_RND_NO_ENTROPY K times; the\n"
		"              wrapper retries, at most %d attempts in all\n"
		"  busy:LEAF   LEAF (TDH.MEM.PAGE.AUG, or MEM.PAGE.AUG) answers\n"
		"              TDX_OPERAND_BUSY once, naming the operand that leaf\n"
		"              locks; the sample retries once\n"
		"  vmfail      the first SEAMCALL ends in VMfailInvalid (bug hook)\n"
		"  ud          the first SEAMCALL raises #UD (bug hook)\n"
		"\n"
		"Exit status: 0 if the life cycle completed and every injected fault\n"
		"was delivered, 1 if not, 2 for a usage error.\n",
		LC_COLS, SEAM_RND_RETRIES);
}

static void lc_usage(void)
{
	fprintf(stderr,
		"usage: td-lifecycle [--update|--dpamt] [--format text|mermaid] [--inject FAULT]...\n"
		"                    [--help]\n");
}

/* Arm the fault named by @spec; false if @spec is not understood. */
static bool lc_inject(struct lc *lc, const char *spec, char *what, size_t size)
{
	int leaf, ret = -1;

	if (!strncmp(spec, "entropy:", 8)) {
		int k = atoi(spec + 8);

		if (k > 0)
			ret = seam_fixture_inject(lc->f, SEAM_MODEL_FAULT_NO_ENTROPY,
						  SEAM_TDH_MNG_CREATE, k, 0);
		snprintf(what, size, "TDX_RND_NO_ENTROPY %d time(s) on TDH.MNG.CREATE", k);
	} else if (!strncmp(spec, "busy:", 5)) {
		leaf = lc_leaf_by_name(spec + 5);
		if (leaf >= 0)
			ret = seam_fixture_inject(lc->f, SEAM_MODEL_FAULT_BUSY, leaf, 1,
						  lc_busy_operand(leaf));
		snprintf(what, size, "TDX_OPERAND_BUSY once on %s",
			 leaf >= 0 ? seam_leaf_name(leaf) : "?");
	} else if (!strcmp(spec, "vmfail")) {
		ret = seam_fixture_inject(lc->f, SEAM_MODEL_FAULT_VMFAIL,
					  SEAM_MODEL_ANY_LEAF, 1, 0);
		snprintf(what, size, "VMfailInvalid on the first SEAMCALL");
	} else if (!strcmp(spec, "ud")) {
		ret = seam_fixture_inject(lc->f, SEAM_MODEL_FAULT_UD,
					  SEAM_MODEL_ANY_LEAF, 1, 0);
		snprintf(what, size, "UD on the first SEAMCALL");
	}
	return ret == 0;
}

int main(int argc, char **argv)
{
	static const char * const titles[] = {
		[LC_WALK_LIFECYCLE] =
			"td-lifecycle: one TD through seamcall.h against the software TDX module",
		[LC_WALK_UPDATE] =
			"td-lifecycle --update: one TD across a runtime update of the software TDX module",
		[LC_WALK_DPAMT] =
			"td-lifecycle --dpamt: one TD with dynamic PAMT and a 2 MiB page, software TDX module",
	};
	struct seam_model_config cfg = { };
	const char *inject[LC_MAX_INJECT];
	char what[LC_MAX_INJECT][128];
	unsigned int nr_inject = 0, n, pending;
	struct lc lc = { };
	int i, ret = 1;
	u64 st;

	for (i = 1; i < argc; i++) {
		const char *opt = argv[i];

		if (!strcmp(opt, "--help") || !strcmp(opt, "-h")) {
			lc_help(stdout);
			return 0;
		}
		if (!strcmp(opt, "--update") || !strcmp(opt, "--dpamt")) {
			if (lc.walk != LC_WALK_LIFECYCLE) {
				fprintf(stderr,
					"td-lifecycle: --update and --dpamt exclude each other\n");
				lc_usage();
				return 2;
			}
			lc.walk = !strcmp(opt, "--update") ? LC_WALK_UPDATE : LC_WALK_DPAMT;
			continue;
		}
		if (strcmp(opt, "--format") && strcmp(opt, "--inject")) {
			fprintf(stderr, "td-lifecycle: unknown option '%s'\n", opt);
			lc_usage();
			return 2;
		}
		if (++i == argc) {
			fprintf(stderr, "td-lifecycle: %s needs a value\n", opt);
			lc_usage();
			return 2;
		}
		if (!strcmp(opt, "--format")) {
			if (strcmp(argv[i], "mermaid") && strcmp(argv[i], "text")) {
				fprintf(stderr, "td-lifecycle: unknown format '%s'\n", argv[i]);
				lc_usage();
				return 2;
			}
			lc.mermaid = !strcmp(argv[i], "mermaid");
			continue;
		}
		if (nr_inject == LC_MAX_INJECT) {
			fprintf(stderr, "td-lifecycle: at most %d --inject options\n",
				LC_MAX_INJECT);
			return 2;
		}
		inject[nr_inject++] = argv[i];
	}

	/* The update: a P-SEAMLDR, and module 2.0, which has UPDATE_COMPAT. */
	if (lc.walk == LC_WALK_UPDATE) {
		cfg.features = SEAM_MODEL_FEAT_SEAMLDR;
		cfg.profile = SEAM_MODEL_PROFILE_2_0;
	}
	/* Dynamic PAMT: module 2.0, and two 2 MiB ranges of memory. */
	if (lc.walk == LC_WALK_DPAMT) {
		cfg.profile = SEAM_MODEL_PROFILE_2_0;
		cfg.nr_pages = 2 * 512;
	}
	lc.f = seam_fixture_create(&cfg);
	if (!lc.f) {
		fprintf(stderr, "td-lifecycle: cannot create the software TDX module\n");
		return 1;
	}
	lc.td = &lc.f->td;
	lc.watch = lc.walk == LC_WALK_DPAMT ? lc_watch_dpamt : lc_watch;
	lc.nr_watch = lc.walk == LC_WALK_DPAMT ? ARRAY_SIZE(lc_watch_dpamt) :
		      ARRAY_SIZE(lc_watch);
	for (n = 0; n < nr_inject; n++) {
		if (!lc_inject(&lc, inject[n], what[n], sizeof(what[n]))) {
			fprintf(stderr, "td-lifecycle: bad --inject %s (see --help)\n",
				inject[n]);
			seam_fixture_destroy(lc.f);
			return 2;
		}
	}

	if (lc.mermaid) {
		printf("sequenceDiagram\n");
		printf("    participant H as Host VMM (td-lifecycle)\n");
		printf("    participant M as TDX module (software model)\n");
	} else {
		printf("%s\n", titles[lc.walk]);
	}
	for (n = 0; n < nr_inject; n++)
		lc_note(&lc, "injected: %s", what[n]);

	st = lc_sys_init(&lc);
	if (!st && lc.walk == LC_WALK_DPAMT)
		st = lc_dpamt_back(&lc);
	if (!st)
		st = lc_build_td(&lc);
	if (!st && lc.walk == LC_WALK_UPDATE)
		st = lc_update_walk(&lc);
	if (!st)
		st = lc_runtime(&lc);
	if (!st && lc.walk == LC_WALK_DPAMT)
		st = lc_huge(&lc);
	if (!st)
		st = lc_teardown(&lc);
	if (!st && lc.walk == LC_WALK_DPAMT)
		st = lc_dpamt_release(&lc);

	pending = seam_model_faults_pending(lc.f->m);
	if (pending)
		lc_note(&lc, "%u injected fault(s) never delivered: this run never made the call",
			pending);
	if (!st && pending) {
		lc_note(&lc,
			"td-lifecycle: FAILED: completed, but an injected fault was not delivered");
	} else if (!st) {
		lc_note(&lc,
			"td-lifecycle: complete: %u SEAMCALL(s), %u busy retr%s, every page reclaimed",
			lc.nr_calls, lc.busy_retries, lc.busy_retries == 1 ? "y" : "ies");
		ret = 0;
	} else {
		lc_note(&lc, "td-lifecycle: FAILED after %u SEAMCALL(s): %s%s",
			lc.nr_calls, seam_status_name(st),
			lc.bug ? " (reported to the bug hook)" : "");
	}
	seam_fixture_destroy(lc.f);
	return ret;
}
