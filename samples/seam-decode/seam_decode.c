// SPDX-License-Identifier: GPL-2.0
/*
 * seam-decode - name TDX SEAMCALL statuses, leaves and metadata field IDs
 *
 * Every number comes from include/seamcall.h, built here against the
 * project's user-space shim of the kernel headers: the name tables,
 * seam_leaf_descs() and the P-SEAMLDR statuses are the header's own. See
 * seam-decode.1 for the command line and the output formats.
 *
 * Copyright (C) 2026 The seamcall authors
 */
#include <ctype.h>
#include <errno.h>
#include <regex.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <linux/kernel.h>
#include <seamcall.h>

/* Exit statuses. */
#define SD_OK		0
#define SD_UNKNOWN	1
#define SD_USAGE	2

enum sd_kind { SD_STATUS, SD_LEAF, SD_FIELD, SD_LOG };

struct sd_item {
	enum sd_kind kind;
	u64 value;
	const char *file;	/* SD_LOG: NULL for standard input */
};

static bool sd_json;
static bool sd_unknown;

static const char * const sd_regs[] = {
	"RCX", "RDX", "R8", "R9", "R10", "R11", "R12", "R13", "R14", "R15",
	"RBX", "RDI", "RSI",
};

static void sd_usage(FILE *f)
{
	fprintf(f,
		"usage: seam-decode [--json] [VALUE...] [--leaf N]... [--field ID]...\n"
		"       seam-decode [--json] --log [FILE]\n"
		"       seam-decode --dump-abi\n"
		"Decode TDX SEAMCALL completion statuses (VALUE), leaves and metadata\n"
		"field IDs, or annotate a log. Numbers are decimal, or hex with 0x;\n"
		"16 hex digits need no 0x. See seam-decode(1).\n");
}

static void __printf(1, 2) sd_error(const char *fmt, ...)
{
	va_list ap;

	fputs("seam-decode: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

static bool sd_is_hex(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!strchr("0123456789abcdefABCDEF", s[i]))
			return false;
	return n > 0;
}

/*
 * Parse "0x..." (hex), 16 hex digits without 0x (as logs print statuses),
 * or decimal. Return 0, -EINVAL for a non-number, -ERANGE above 64 bits.
 */
static int sd_parse(const char *s, u64 *v)
{
	unsigned int base = 10;
	const char *p = s;
	u64 r = 0;

	if (!strncasecmp(p, "0x", 2)) {
		base = 16;
		p += 2;
	} else if (strlen(p) == 16 && sd_is_hex(p, 16)) {
		base = 16;
	}
	if (!*p)
		return -EINVAL;
	for (; *p; p++) {
		unsigned int d;

		if (*p >= '0' && *p <= '9')
			d = *p - '0';
		else if (base == 16 && *p >= 'a' && *p <= 'f')
			d = *p - 'a' + 10;
		else if (base == 16 && *p >= 'A' && *p <= 'F')
			d = *p - 'A' + 10;
		else
			return -EINVAL;
		if (r > (~0ULL - d) / base)
			return -ERANGE;
		r = r * base + d;
	}
	*v = r;
	return 0;
}

static void sd_json_str(const char *s)
{
	if (!s) {
		fputs("null", stdout);
		return;
	}
	putchar('"');
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			printf("\\%c", *s);
		else if ((unsigned char)*s < 0x20)
			printf("\\u%04x", *s);
		else
			putchar(*s);
	}
	putchar('"');
}

/* Registers of @mask, "RCX,RDX" in text or ["RCX","RDX"] in JSON. */
static void sd_print_regs(u16 mask, bool json)
{
	bool first = true;
	unsigned int i;

	if (json)
		putchar('[');
	else if (!mask)
		fputs("none", stdout);
	for (i = 0; i < ARRAY_SIZE(sd_regs); i++) {
		if (!(mask & BIT(i)))
			continue;
		if (!first)
			putchar(',');
		if (json)
			printf("\"%s\"", sd_regs[i]);
		else
			fputs(sd_regs[i], stdout);
		first = false;
	}
	if (json)
		putchar(']');
}

static const char *sd_retry(const struct seam_leaf_desc *d)
{
	return d->flags & SEAM_LEAF_RETRY_ENTROPY ? "rnd_no_entropy" : "never";
}

static const char *sd_resume(const struct seam_leaf_desc *d)
{
	if (d->flags & SEAM_LEAF_RESUME_REISSUE)
		return "reissue";
	if (d->flags & SEAM_LEAF_RESUME_FEEDBACK)
		return "feedback";
	return "none";
}

static const char *sd_software(u64 status)
{
	switch (status) {
	case SEAM_TDX_SEAMCALL_VMFAILINVALID:
		return "VMfailInvalid";
	case SEAM_TDX_SEAMCALL_GP:
		return "#GP";
	case SEAM_TDX_SEAMCALL_UD:
		return "#UD";
	}
	return "unknown";
}

static void sd_seamldr_status(u64 v, const char *name)
{
	if (sd_json) {
		printf("{\"kind\":\"seamldr_status\",\"value\":\"0x%016llx\",\"name\":", v);
		sd_json_str(name);
		puts("}");
		return;
	}
	printf("seamldr_status 0x%016llx %s\n", v, name ?: "unknown");
}

static void sd_status(u64 v)
{
	const char *ldr = seam_seamldr_status_name(v);
	const char *name = seam_status_name(v);
	unsigned int class = seam_status_class(v);
	const char *cname = seam_status_class_name(class);
	u32 details = seam_status_details(v);
	bool sw = seam_is_sw_error(v);
	bool known, is_op, op_class;
	const char *op;

	if (ldr) {
		sd_seamldr_status(v, ldr);
		return;
	}
	known = strcmp(name, "TDX_UNKNOWN") &&
		!(sw && !strcmp(name, "TDX_SW_ERROR"));
	if (!strcmp(name, "TDX_UNKNOWN"))
		name = NULL;
	if (!known)
		sd_unknown = true;
	/*
	 * Module errors name the failing operand in bits 31:0, except those
	 * of class 0, which carry an exit reason or nothing there. Zero is
	 * the ID of RAX, but only an operand error names RAX; elsewhere zero
	 * means that no operand was named.
	 */
	is_op = known && !sw && seam_status_is_error(v) &&
		class != SEAM_TDX_CLASS_GENERAL &&
		(details || class == SEAM_TDX_CLASS_OPERAND);
	op = is_op ? seam_operand_name(details) : NULL;
	/* In these two classes bits 31:0 are always an operand ID. */
	op_class = class == SEAM_TDX_CLASS_OPERAND || class == SEAM_TDX_CLASS_BUSY;
	if (is_op && op_class && !op)
		sd_unknown = true;

	if (sd_json) {
		printf("{\"kind\":\"status\",\"value\":\"0x%016llx\",\"name\":", v);
		sd_json_str(name);
		printf(",\"class\":%u,\"error\":%s,\"non_recoverable\":%s,\"fatal\":%s,",
		       class, seam_status_is_error(v) ? "true" : "false",
		       seam_status_is_non_recoverable(v) ? "true" : "false",
		       seam_status_is_fatal(v) ? "true" : "false");
		if (is_op)
			printf("\"operand_id\":%u,\"operand\":", details);
		else
			fputs("\"operand_id\":null,\"operand\":", stdout);
		sd_json_str(op);
		printf(",\"details\":%u}\n", details);
		return;
	}
	printf("status 0x%016llx %s class=0x%02x(%s) error=%d non_recoverable=%d fatal=%d",
	       v, name ?: "unknown", class, cname ?: "unknown",
	       seam_status_is_error(v), seam_status_is_non_recoverable(v),
	       seam_status_is_fatal(v));
	if (op || (is_op && op_class))
		printf(" operand=0x%x(%s)", details, op ?: "unknown");
	else
		printf(" details=0x%x", details);
	if (sw)
		printf(" software=%s", sd_software(v));
	putchar('\n');
}

/*
 * A status returned by leaf @fn: a P-SEAMLDR leaf answers with P-SEAMLDR
 * statuses or software errors, never with TDX module statuses.
 */
static void sd_status_of(u64 fn, u64 v)
{
	if (!(fn & SEAM_SEAMLDR_LEAF_FLAG) || seam_seamldr_status_name(v) ||
	    seam_is_sw_error(v)) {
		sd_status(v);
		return;
	}
	sd_unknown = true;
	sd_seamldr_status(v, NULL);
}

static void sd_leaf(u64 fn)
{
	const struct seam_leaf_desc *d = seam_leaf_desc(fn);
	bool ldr = fn & SEAM_SEAMLDR_LEAF_FLAG;
	unsigned int version = ldr ? 0 : (fn & SEAM_VERSION_MASK) >> SEAM_VERSION_SHIFT;
	u64 leaf = fn & SEAM_LEAF_MASK;

	if (!d)
		sd_unknown = true;
	if (sd_json) {
		printf("{\"kind\":\"leaf\",\"value\":\"0x%016llx\",\"name\":", fn);
		sd_json_str(d ? d->name : NULL);
		printf(",\"leaf\":%llu,\"version\":%u,\"in\":", leaf, version);
		if (d)
			sd_print_regs(d->in, true);
		else
			fputs("null", stdout);
		fputs(",\"out\":", stdout);
		if (d)
			sd_print_regs(d->out, true);
		else
			fputs("null", stdout);
		fputs(",\"retry\":", stdout);
		sd_json_str(d ? sd_retry(d) : NULL);
		fputs(",\"resume\":", stdout);
		sd_json_str(d ? sd_resume(d) : NULL);
		puts("}");
		return;
	}
	if (ldr)
		printf("leaf 0x%016llx", fn);
	else
		printf("leaf %llu", leaf);
	if (!d) {
		const char *name = seam_leaf_name(fn);

		if (strcmp(name, "TDH.UNKNOWN") && !(fn & SEAM_RAX_RESERVED_MASK))
			printf(" version=%u unknown (%s takes no version %u)\n",
			       version, name, version);
		else if (strcmp(name, "TDH.UNKNOWN"))
			printf(" unknown (%s with reserved bits 0x%016llx set)\n",
			       name, fn & SEAM_RAX_RESERVED_MASK);
		else
			printf(" version=%u unknown\n", version);
		return;
	}
	printf(" %s version=%u in=", d->name, version);
	sd_print_regs(d->in, false);
	fputs(" out=", stdout);
	sd_print_regs(d->out, false);
	printf(" retry=%s resume=%s\n", sd_retry(d), sd_resume(d));
}

static void sd_field(u64 id)
{
	const char *name = seam_md_field_name(id);
	unsigned int ctx = seam_md_context(id);
	const char *cname = seam_md_context_name(ctx);
	bool valid = !(id & SEAM_MD_RESERVED_MASK) && cname;

	if (id == SEAM_MD_FIELD_ID_NA) {
		name = "NA";
		valid = true;
	}
	if (!valid)
		sd_unknown = true;
	if (sd_json) {
		printf("{\"kind\":\"field\",\"value\":\"0x%016llx\",\"name\":", id);
		sd_json_str(name);
		printf(",\"class\":%u,\"context\":%u,\"field_code\":%u,\"element_size\":%u,",
		       seam_md_class(id), ctx, seam_md_field_code(id),
		       seam_md_element_size(id));
		printf("\"last_element\":%u,\"last_field\":%u,\"inc_size\":%s,",
		       seam_md_last_element(id), seam_md_last_field(id),
		       id & SEAM_MD_INC_SIZE ? "true" : "false");
		printf("\"write_mask_valid\":%s,\"non_arch\":%s,\"valid\":%s}\n",
		       id & SEAM_MD_WRITE_MASK_VALID ? "true" : "false",
		       id & SEAM_MD_NON_ARCH ? "true" : "false",
		       valid ? "true" : "false");
		return;
	}
	if (id == SEAM_MD_FIELD_ID_NA) {
		printf("field 0x%016llx NA (no field: the end of a list)\n", id);
		return;
	}
	printf("field 0x%016llx %s class=%u context=%u(%s) field_code=0x%x element_size=%u",
	       id, name ?: "unnamed", seam_md_class(id), ctx, cname ?: "unknown",
	       seam_md_field_code(id), seam_md_element_size(id));
	printf(" last_element=%u last_field=%u inc_size=%d write_mask_valid=%d non_arch=%d%s\n",
	       seam_md_last_element(id), seam_md_last_field(id),
	       !!(id & SEAM_MD_INC_SIZE), !!(id & SEAM_MD_WRITE_MASK_VALID),
	       !!(id & SEAM_MD_NON_ARCH),
	       valid ? "" : " invalid (reserved bits or context)");
}

/* The log formats, as POSIX extended regular expressions. */
enum sd_pat {
	/* seam_pr_status(): "SEAMCALL TDH.X (leaf 6) failed: 0x..." */
	SD_PAT_PR,
	/* seamcall_err(): "SEAMCALL (0x%016llx) failed: 0x%016llx" and
	 * "SEAMCALL (%llu) failed: %#016llx"
	 */
	SD_PAT_LINUX,
	/* seamldr_err(): "P-SEAMLDR (%llx) failed: %#016llx" */
	SD_PAT_SEAMLDR,
	/* KVM's TDX_BUG_ON*(): "SEAMCALL TDH_MEM_PAGE_AUG failed: 0x%llx..." */
	SD_PAT_KVM,
	/* QEMU: "TDX ioctl ... failed, hw_errors: 0x%llx" */
	SD_PAT_QEMU,
	/* In any other line: a leaf name such as "TDH.MNG.INIT"... */
	SD_PAT_NAME,
	/* ...and a 16-hex-digit number */
	SD_PAT_BARE,
	SD_NR_PATS,
};

/* Pieces of the patterns: a hex number, a leaf number, a status. */
#define SD_RE_HEX	"(0x[0-9a-fA-F]+)"
#define SD_RE_NUM	"(0x[0-9a-fA-F]+|[0-9]+)"
#define SD_RE_STATUS	"(0x[0-9a-fA-F]+|[0-9a-fA-F]+)"

static const char * const sd_pat_src[SD_NR_PATS] = {
	[SD_PAT_PR] = "SEAMCALL [A-Za-z0-9.]+ \\(leaf " SD_RE_NUM "\\) failed: " SD_RE_HEX,
	[SD_PAT_LINUX] = "SEAMCALL \\(" SD_RE_NUM "\\) failed: " SD_RE_STATUS,
	[SD_PAT_SEAMLDR] = "P-SEAMLDR \\(([0-9a-fA-F]+)\\) failed: " SD_RE_STATUS,
	[SD_PAT_KVM] = "SEAMCALL (TDH_[A-Z0-9_]+) failed: " SD_RE_HEX,
	[SD_PAT_QEMU] = "hw_errors?: " SD_RE_HEX,
	[SD_PAT_NAME] = "(^|[^0-9A-Za-z_.])(TDH(\\.[A-Z0-9]+)+)",
	[SD_PAT_BARE] = "(^|[^0-9A-Za-z_])((0x)?[0-9a-fA-F]{16})([^0-9A-Za-z_]|$)",
};

static regex_t sd_pat[SD_NR_PATS];

static u64 sd_match_hex(const char *line, const regmatch_t *m)
{
	const char *s = line + m->rm_so;
	size_t n = m->rm_eo - m->rm_so;
	u64 v = 0;

	if (n > 2 && !strncasecmp(s, "0x", 2)) {
		s += 2;
		n -= 2;
	}
	for (; n; s++, n--)
		v = v << 4 | (*s <= '9' ? *s - '0' : (*s | 0x20) - 'a' + 10);
	return v;
}

static u64 sd_match_num(const char *line, const regmatch_t *m)
{
	const char *s = line + m->rm_so;
	size_t n = m->rm_eo - m->rm_so;
	u64 v = 0;

	if (n > 2 && !strncasecmp(s, "0x", 2))
		return sd_match_hex(line, m);
	for (; n; s++, n--)
		v = v * 10 + (*s - '0');
	return v;
}

/* Leaf of a name such as "TDH.MEM.PAGE.AUG" or KVM's "TDH_MEM_PAGE_AUG", or -1. */
static s64 sd_named_leaf(const char *line, const regmatch_t *m)
{
	const struct seam_leaf_desc *t;
	unsigned int i, nr;
	char name[64];
	size_t n = m->rm_eo - m->rm_so;

	if (n >= sizeof(name))
		return -1;
	memcpy(name, line + m->rm_so, n);
	name[n] = '\0';
	for (i = 0; i < n; i++)
		if (name[i] == '_')
			name[i] = '.';
	t = seam_leaf_descs(&nr);
	for (i = 0; i < nr; i++)
		if (!strcmp(t[i].name, name))
			return t[i].fn;
	return -1;
}

static void sd_note(void)
{
	if (!sd_json)
		fputs("    -> ", stdout);
}

/* Note the leaf named at @m in @line, or that the name is unknown. */
static void sd_name_note(const char *line, const regmatch_t *m)
{
	s64 leaf = sd_named_leaf(line, m);

	if (leaf >= 0) {
		sd_note();
		sd_leaf(leaf);
		return;
	}
	/* No number to put in a JSON object: say it in text only. */
	sd_unknown = true;
	if (!sd_json)
		printf("    -> leaf %.*s unknown\n", (int)(m->rm_eo - m->rm_so),
		       line + m->rm_so);
}

/* Labels of register dumps, whose values are not statuses. */
static bool sd_is_register_value(const char *line, regoff_t at)
{
	static const char * const labels[] = {
		"rcx", "rdx", "rbx", "rsi", "rdi", "r8", "r9", "r08", "r09",
		"r10", "r11", "r12", "r13", "r14", "r15", "gpa", "hpa", "pfn",
		"entry", "level_state",
	};
	regoff_t end = at, start;
	unsigned int i;

	while (end > 0 && strchr(" =:\t", line[end - 1]))
		end--;
	start = end;
	while (start > 0 && (isalnum((unsigned char)line[start - 1]) ||
			     line[start - 1] == '_'))
		start--;
	for (i = 0; i < ARRAY_SIZE(labels); i++)
		if ((size_t)(end - start) == strlen(labels[i]) &&
		    !strncasecmp(line + start, labels[i], end - start))
			return true;
	return false;
}

/* A bare value worth a note: a status with its error bit, or a named one. */
static bool sd_bare_is_status(u64 v)
{
	if (seam_seamldr_status_name(v) || seam_status_is_error(v))
		return true;
	return seam_status_code(v) &&
	       strcmp(seam_status_name(v), "TDX_UNKNOWN");
}

static void sd_log_line(const char *line)
{
	regmatch_t m[5];
	const char *p;
	u64 fn;

	if (!sd_json)
		puts(line);
	if (!regexec(&sd_pat[SD_PAT_PR], line, 3, m, 0) ||
	    !regexec(&sd_pat[SD_PAT_LINUX], line, 3, m, 0)) {
		fn = sd_match_num(line, &m[1]);
		sd_note();
		sd_leaf(fn);
		sd_note();
		sd_status_of(fn, sd_match_hex(line, &m[2]));
		return;
	}
	if (!regexec(&sd_pat[SD_PAT_SEAMLDR], line, 3, m, 0)) {
		fn = sd_match_hex(line, &m[1]);
		sd_note();
		sd_leaf(fn);
		sd_note();
		sd_status_of(fn, sd_match_hex(line, &m[2]));
		return;
	}
	if (!regexec(&sd_pat[SD_PAT_KVM], line, 3, m, 0)) {
		sd_name_note(line, &m[1]);
		sd_note();
		sd_status(sd_match_hex(line, &m[2]));
		return;
	}
	if (!regexec(&sd_pat[SD_PAT_QEMU], line, 2, m, 0)) {
		sd_note();
		sd_status(sd_match_hex(line, &m[1]));
		return;
	}
	for (p = line; !regexec(&sd_pat[SD_PAT_NAME], p, 3, m, p == line ? 0 : REG_NOTBOL);
	     p += m[2].rm_eo)
		sd_name_note(p, &m[2]);
	for (p = line; !regexec(&sd_pat[SD_PAT_BARE], p, 5, m, p == line ? 0 : REG_NOTBOL);
	     p += m[2].rm_eo) {
		u64 v = sd_match_hex(p, &m[2]);

		if (sd_is_register_value(p, m[2].rm_so) || !sd_bare_is_status(v))
			continue;
		sd_note();
		sd_status(v);
	}
}

static int sd_log(const char *file)
{
	FILE *f = file ? fopen(file, "r") : stdin;
	size_t size = 0;
	char *line = NULL;
	unsigned int i;
	ssize_t n;

	if (!f) {
		sd_error("cannot read '%s': %s", file, strerror(errno));
		return SD_USAGE;
	}
	for (i = 0; i < SD_NR_PATS; i++)
		if (regcomp(&sd_pat[i], sd_pat_src[i], REG_EXTENDED)) {
			sd_error("internal error: bad pattern %u", i);
			exit(SD_USAGE);
		}
	while ((n = getline(&line, &size, f)) >= 0) {
		while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		sd_log_line(line);
	}
	if (ferror(f)) {
		sd_error("cannot read '%s': %s", file ?: "standard input",
			 strerror(errno));
		return SD_USAGE;
	}
	free(line);
	if (file)
		fclose(f);
	for (i = 0; i < SD_NR_PATS; i++)
		regfree(&sd_pat[i]);
	return SD_OK;
}

static void sd_dump_names(const char *key, const struct seam_name *t,
			  unsigned int nr, bool hex)
{
	unsigned int i;

	printf("\"%s\":[\n", key);
	for (i = 0; i < nr; i++) {
		if (hex)
			printf(" {\"value\":\"0x%016llx\",\"name\":", t[i].value);
		else
			printf(" {\"value\":%llu,\"name\":", t[i].value);
		sd_json_str(t[i].name);
		printf("}%s\n", i + 1 < nr ? "," : "");
	}
	fputs("]", stdout);
}

static void sd_dump_abi(void)
{
	const struct seam_leaf_release *r;
	const struct seam_leaf_desc *d;
	const struct seam_name *t;
	unsigned int i, nr;
	bool first = true;

	fputs("{\"registers\":", stdout);
	sd_print_regs(SEAM_LEAF_REGS_ALL, true);
	fputs(",\n\"leaves\":[\n", stdout);
	d = seam_leaf_descs(&nr);
	for (i = 0; i < nr; i++) {
		bool ldr = d[i].fn & SEAM_SEAMLDR_LEAF_FLAG;

		printf(" {\"fn\":\"0x%016llx\",\"name\":", d[i].fn);
		sd_json_str(d[i].name);
		printf(",\"leaf\":%llu,\"version\":%llu,\"in\":",
		       d[i].fn & SEAM_LEAF_MASK,
		       ldr ? 0 : (d[i].fn & SEAM_VERSION_MASK) >> SEAM_VERSION_SHIFT);
		sd_print_regs(d[i].in, true);
		fputs(",\"out\":", stdout);
		sd_print_regs(d[i].out, true);
		printf(",\"retry\":\"%s\",\"resume\":\"%s\"}%s\n", sd_retry(&d[i]),
		       sd_resume(&d[i]), i + 1 < nr ? "," : "");
	}
	fputs("],\n\"releases\":[\n", stdout);
	r = seam_leaf_releases(&nr);
	for (i = 0; i < nr; i++) {
		printf(" {\"fn\":\"0x%016llx\",\"name\":", r[i].fn);
		sd_json_str(seam_leaf_name(r[i].fn));
		printf(",\"version\":%llu,\"since\":\"%u.%u.%02u\",",
		       (r[i].fn & SEAM_VERSION_MASK) >> SEAM_VERSION_SHIFT,
		       r[i].major, r[i].minor, r[i].update);
		printf("\"features0\":\"0x%016llx\"}%s\n", r[i].features0,
		       i + 1 < nr ? "," : "");
	}
	fputs("],\n", stdout);
	t = seam_status_names(&nr);
	sd_dump_names("statuses", t, nr, true);
	fputs(",\n", stdout);
	t = seam_seamldr_status_names(&nr);
	sd_dump_names("seamldr_statuses", t, nr, true);
	fputs(",\n", stdout);
	t = seam_operand_names(&nr);
	sd_dump_names("operands", t, nr, false);
	fputs(",\n\"classes\":[\n", stdout);
	for (i = 0; i < 256; i++) {
		const char *name = seam_status_class_name(i);

		if (!name)
			continue;
		printf("%s {\"value\":%u,\"name\":", first ? "" : ",\n", i);
		sd_json_str(name);
		putchar('}');
		first = false;
	}
	fputs("\n],\n", stdout);
	t = seam_md_fields(&nr);
	sd_dump_names("fields", t, nr, true);
	fputs("}\n", stdout);
}

int main(int argc, char **argv)
{
	struct sd_item *items;
	unsigned int nr = 0, i;
	bool dump = false;
	int ret = SD_OK, a;

	items = calloc(argc, sizeof(*items));
	if (!items) {
		sd_error("out of memory");
		return SD_USAGE;
	}
	for (a = 1; a < argc; a++) {
		const char *arg = argv[a];
		enum sd_kind kind = SD_STATUS;
		int err;

		if (!strcmp(arg, "--json")) {
			sd_json = true;
			continue;
		}
		if (!strcmp(arg, "--dump-abi")) {
			dump = true;
			continue;
		}
		if (!strcmp(arg, "--help") || !strcmp(arg, "-h")) {
			sd_usage(stdout);
			free(items);
			return SD_OK;
		}
		if (!strcmp(arg, "--log")) {
			items[nr].kind = SD_LOG;
			if (a + 1 < argc && (argv[a + 1][0] != '-' || !strcmp(argv[a + 1], "-"))) {
				a++;
				if (strcmp(argv[a], "-"))
					items[nr].file = argv[a];
			}
			nr++;
			continue;
		}
		if (!strcmp(arg, "--leaf") || !strcmp(arg, "--field")) {
			kind = arg[2] == 'l' ? SD_LEAF : SD_FIELD;
			if (++a == argc) {
				sd_error("%s needs a number", arg);
				free(items);
				return SD_USAGE;
			}
			arg = argv[a];
		} else if (arg[0] == '-' && arg[1]) {
			sd_error("unknown option '%s' (see --help)", arg);
			free(items);
			return SD_USAGE;
		}
		err = sd_parse(arg, &items[nr].value);
		if (err) {
			sd_error("%s: '%s'", err == -ERANGE ? "value over 64 bits" :
				 "not a number", arg);
			free(items);
			return SD_USAGE;
		}
		items[nr++].kind = kind;
	}
	if (dump && nr) {
		sd_error("--dump-abi takes no other argument");
		free(items);
		return SD_USAGE;
	}
	if (dump) {
		sd_dump_abi();
		free(items);
		return SD_OK;
	}
	if (!nr) {
		sd_usage(stderr);
		free(items);
		return SD_USAGE;
	}
	for (i = 0; i < nr && ret == SD_OK; i++) {
		switch (items[i].kind) {
		case SD_STATUS:
			sd_status(items[i].value);
			break;
		case SD_LEAF:
			sd_leaf(items[i].value);
			break;
		case SD_FIELD:
			sd_field(items[i].value);
			break;
		case SD_LOG:
			ret = sd_log(items[i].file);
			break;
		}
	}
	free(items);
	if (fflush(stdout)) {
		sd_error("cannot write: %s", strerror(errno));
		return SD_USAGE;
	}
	if (ret == SD_OK && sd_unknown)
		ret = SD_UNKNOWN;
	return ret;
}
