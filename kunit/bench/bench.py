# SPDX-License-Identifier: GPL-2.0
#
# Helper of bench.sh (see README.md):
#   bench.py gen HEADER PROBES OUTDIR     generate leaves.tsv, ref_wrappers.h,
#                                         driver_calls.h
#   bench.py static OBJ SU NM OBJDUMP     per-probe text/insns/stack (TSV)
#   bench.py callgrind CALLGRIND_OUT      per-probe executed insns (TSV)
#   bench.py table OUTDIR BASELINE RESULTS_MD UPDATE
#                                         table, targets, regressions, chart
import math
import os
import re
import subprocess
import sys

REGS13 = ['RCX', 'RDX', 'R8', 'R9', 'R10', 'R11', 'R12', 'R13', 'R14',
          'R15', 'RBX', 'RDI', 'RSI']
STUB_INSNS = 1          # "xor %eax,%eax" stands for SEAMCALL
STACK_LIMIT = 104       # bytes: the register block, 13 x 8
HELPERS = {'phymem_cache_wb_all': 'phymem_cache_wb',
           'sys_tdmr_init_all': 'sys_tdmr_init'}


def split_args(s):
    """Split a C argument list at top-level commas."""
    out, depth, cur = [], 0, ''
    for c in s:
        if c == '(':
            depth += 1
        elif c == ')':
            depth -= 1
        if c == ',' and depth == 0:
            out.append(cur.strip())
            cur = ''
        else:
            cur += c
    out.append(cur.strip())
    return out


def call_span(text, start):
    """Index just past the ')' matching the '(' at or after start."""
    i = text.index('(', start)
    depth = 0
    while True:
        if text[i] == '(':
            depth += 1
        elif text[i] == ')':
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1


def mask_regs(expr):
    return re.findall(r'SEAM_REG_(\w+)', expr)


def expand_regs(text):
    """Register names in text, with "RX to RY" ranges expanded."""
    regs = []
    for m in re.finditer(r'\b(R\w+)(?:\s+to\s+(R\w+))?', text):
        a, b = m.group(1), m.group(2)
        if a not in REGS13:
            continue
        if b in REGS13:
            regs += REGS13[REGS13.index(a):REGS13.index(b) + 1]
        else:
            regs.append(a)
    return regs


def doc_regs(doc):
    """Input and output registers from a .S wrapper's kernel-doc."""
    ins, outs = ['RAX'], []
    # Join continuation lines of each @param description.
    params = re.findall(r'^ \* @\w+:(.*(?:\n \*  {2,}.*)*)', doc, re.M)
    for p in params:
        p = re.sub(r'\n \*\s+', ' ', p).strip()
        if p.startswith('out,'):
            outs += expand_regs(p[4:].split(':')[0])
            continue
        m = re.search(r'\bin: ([^;]*);', p)
        if m:
            ins += expand_regs(m.group(1))
            if 'out: all 13' in p:
                outs += REGS13
            continue
        m = re.search(r'\((R\w+)[^)]*\)\s*$', p)
        if m and m.group(1) in REGS13:
            ins.append(m.group(1))
    return sorted(set(ins)), sorted(set(outs), key=outs.index)


def wrappers(header):
    """(leaf, kernel-doc, full definition text) for each seam_tdh_*()."""
    text = open(header).read()
    res = []
    for m in re.finditer(r'^static __always_inline __must_check u64\n'
                         r'seam_tdh_(\w+)\(', text, re.M):
        end = text.index('\n}\n', m.start()) + 3
        doc = text[text.rindex('/**', 0, m.start()):m.start()]
        res.append((m.group(1), doc, text[m.start():end]))
    return res


def gen(header, probes, outdir):
    leaves = {}
    refs = []
    for leaf, doc, body in wrappers(header):
        m = re.search(r'seam_call_inline(_once)?\(', body)
        if m:
            args = split_args(body[m.end():call_span(body, m.start()) - 1])
            leaves[leaf] = ('inline' + (m.group(1) or ''),
                            ['RAX'] + mask_regs(args[2]), mask_regs(args[3]))
        elif 'saved_ret(' in body:
            ins, outs = doc_regs(doc)
            leaves[leaf] = ('asm', ins, outs)
        # The upstream-style reference: same body, struct in memory,
        # trampoline for all six registers, retry without reload.
        ref = body.replace('seam_tdh_', 'ref_tdh_')
        while True:
            m = re.search(r'seam_call_inline(_once)?\(', ref)
            if not m:
                break
            end = call_span(ref, m.start())
            args = split_args(ref[m.end():end - 1])
            ptr = args[1] if args[1] != 'NULL' else '&(struct seam_args){}'
            ref = ref[:m.start()] + 'ref_call_ret(%s, %s)' % (args[0], ptr) \
                + ref[end:]
        ref = re.sub(r'(?<![_\w])seam_call_saved_ret\(', 'ref_call_saved_ret(',
                     ref)
        refs.append(ref)
    for leaf, under in HELPERS.items():
        v, ins, outs = leaves[under]
        leaves[leaf] = ('helper:' + under, ins, outs)

    with open(os.path.join(outdir, 'leaves.tsv'), 'w') as f:
        f.write('leaf\tvariant\tfloor\tin\tout\n')
        for leaf, (v, ins, outs) in leaves.items():
            # one load per input but RAX, one for RAX, one store per output,
            # test + branch, return; the SEAMCALL itself is not counted.
            floor = (len(ins) - 1) + 1 + len(outs) + 2 + 1
            order = ['RAX'] + REGS13
            ins = sorted(set(ins), key=order.index)
            outs = sorted(set(outs), key=order.index)
            f.write('%s\t%s\t%d\t%s\t%s\n' % (leaf, v, floor,
                                               ','.join(ins), ','.join(outs)))

    ptext = open(probes).read()
    body = re.sub(r'#(ifndef|define|endif).*_SEAM_PROBES_H.*\n', '', ptext)
    body = body.replace('seam_probe_', 'ref_probe_').replace('seam_tdh_',
                                                               'ref_tdh_')
    with open(os.path.join(outdir, 'ref_wrappers.h'), 'w') as f:
        f.write('/* SPDX-License-Identifier: GPL-2.0 */\n'
                '/* Generated by kunit/bench/bench.py from seamcall.h */\n')
        f.write('\n\n'.join(refs) + '\n' + body)

    calls = []
    for m in re.finditer(r'u64\s+seam_probe_(\w+)\(([^)]*)\)', ptext):
        name, params = m.group(1), m.group(2)
        actual = []
        for p in split_args(params):
            if p == 'void' or not p:
                continue
            if 'struct seam_args' in p:
                actual.append('args')
            elif '*' in p or '[' in p:
                actual.append('snk')
            elif p.split()[-1] == 'max_calls':
                actual.append('one')
            else:
                actual.append('zero')
        for pre in ('seam_probe_', 'ref_probe_'):
            calls.append('\t\tsink[0] += %s%s(%s);' % (pre, name,
                                                       ', '.join(actual)))
    with open(os.path.join(outdir, 'driver_calls.h'), 'w') as f:
        f.write('/* SPDX-License-Identifier: GPL-2.0 */\n'
                '/* Generated by kunit/bench/bench.py: one call per probe */\n')
        f.write('\n'.join(calls) + '\n')


def static(obj, su, nm, objdump):
    """leaf-probe TSV: name, text bytes, instructions, stack bytes."""
    syms = {}
    for line in subprocess.run([nm, '-S', obj], capture_output=True,
                               text=True, check=True).stdout.splitlines():
        f = line.split()
        if len(f) == 4 and f[2] in 'tT' and re.match(
                r'(seam|ref)_(probe|bench)_', f[3]):
            syms[f[3]] = (int(f[0], 16), int(f[1], 16))
    count = dict.fromkeys(syms, 0)
    ranges = sorted((s, s + n, k) for k, (s, n) in syms.items())
    dis = subprocess.run([objdump, '-d', '-j', '.text', '--no-show-raw-insn',
                          obj], capture_output=True, text=True,
                         check=True).stdout
    for line in dis.splitlines():
        m = re.match(r'\s*([0-9a-f]+):\s', line)
        if not m:
            continue
        a = int(m.group(1), 16)
        for s, e, k in ranges:
            if s <= a < e:
                count[k] += 1
                break
    stack = {}
    for line in open(su):
        f = line.rstrip('\n').split('\t')
        stack[f[0].split(':')[-1]] = int(f[1])
    for k in sorted(syms):
        print('%s\t%d\t%d\t%s' % (k, syms[k][1], count[k],
                                  stack.get(k, -1)))


def callgrind(outfile):
    """probe TSV: name, executed instructions per call (stub excluded).

    Reads callgrind's output directly: each "calls=" line is followed by
    the inclusive cost of those calls, so cost / calls is exact.
    """
    names, cost, calls = {}, {}, {}
    cfn, pending = None, None
    for line in open(outfile):
        line = line.rstrip('\n')
        m = re.match(r'cfn=(?:\((\d+)\))?\s*(.*)', line)
        if m:
            if m.group(1) and m.group(2):
                names[m.group(1)] = m.group(2)
            cfn = names.get(m.group(1), m.group(2)) if m.group(1) \
                else m.group(2)
            continue
        m = re.match(r'calls=(\d+)', line)
        if m:
            pending = int(m.group(1))
            continue
        if pending is not None:
            ir = int(line.split()[-1])
            cost[cfn] = cost.get(cfn, 0) + ir
            calls[cfn] = calls.get(cfn, 0) + pending
            pending = None
            continue
        m = re.match(r'fn=\((\d+)\)\s*(.+)', line)
        if m:
            names[m.group(1)] = m.group(2)
    for name in sorted(cost):
        m = re.match(r'((seam|ref)_(probe|bench)_\w+)(\..*)?$', name)
        if not m:
            continue
        if m.group(4):
            print('warning: %s is a compiler clone' % name, file=sys.stderr)
        print('%s\t%g' % (m.group(1), cost[name] / calls[name] - STUB_INSNS))


def read_tsv(path):
    rows = {}
    if not os.path.exists(path):
        return rows
    with open(path) as f:
        for line in f:
            if line.startswith('#') or line.startswith('leaf\t'):
                continue
            f_ = line.rstrip('\n').split('\t')
            rows[f_[0]] = f_[1:]
    return rows


def geomean(v):
    v = [x for x in v if x > 0]
    return math.exp(sum(math.log(x) for x in v) / len(v)) if v else 0


def table(out, baseline, results_md, update):
    leaves = read_tsv(os.path.join(out, 'gen', 'leaves.tsv'))
    comps = ['gcc', 'clang']
    ex, st = {}, {}
    for c in comps:
        ex[c] = {k: float(v[0]) for k, v in
                 read_tsv(os.path.join(out, 'exec-%s.tsv' % c)).items()}
        st[c] = {k: v for k, v in
                 read_tsv(os.path.join(out, 'static-%s.tsv' % c)).items()}
    lines = []
    p = lines.append
    p('| leaf | floor | ' + ' | '.join(
        '%s exec | %s ref | %s text B | %s insns | %s stack' % ((c,) * 5)
        for c in comps) + ' |')
    p('|' + '---|' * (2 + 5 * len(comps)))

    def cell(d, k, fmt='%g'):
        v = d.get(k)
        return fmt % v if v is not None else 'n/a'

    for leaf in leaves:
        row = [leaf, leaves[leaf][1]]
        for c in comps:
            s = st[c].get('seam_probe_' + leaf, ['n/a'] * 3)
            row += [cell(ex[c], 'seam_probe_' + leaf),
                    cell(ex[c], 'ref_probe_' + leaf), s[0], s[1], s[2]]
        p('| ' + ' | '.join(row) + ' |')

    floor_g = geomean([float(v[1]) for v in leaves.values()])
    p('')
    p('| | floor | ' + ' | '.join(comps) + ' |')
    p('|---|---|' + '---|' * len(comps))
    summary = {}
    for c in comps:
        e = [ex[c].get('seam_probe_' + k, 0) for k in leaves]
        r = [ex[c].get('ref_probe_' + k, 0) for k in leaves]
        ok = all(e) and all(r)
        once = ex[c].get('seam_bench_mng_create_once')
        retry = ex[c].get('seam_probe_mng_create')
        stacks = [int(v[2]) for k, v in st[c].items()
                  if k.startswith('seam_probe_')]
        summary[c] = dict(eg=geomean(e), rg=geomean(r), ok=ok,
                          ent=(retry - once) if once is not None and
                          retry is not None else None,
                          stack=max(stacks) if stacks else None,
                          nstatic=len(stacks))
    p('| executed insns, geomean | %.2f | ' % floor_g + ' | '.join(
        '%.2f' % summary[c]['eg'] for c in comps) + ' |')
    p('| upstream-style ref, geomean | | ' + ' | '.join(
        '%.2f' % summary[c]['rg'] for c in comps) + ' |')
    p('| NO_ENTROPY check: mng_create - mng_create once | | ' + ' | '.join(
        '%s' % summary[c]['ent'] for c in comps) + ' |')
    p('| (info) mng_addcx - vp_addcx (same masks, once) | | ' + ' | '.join(
        '%g' % (ex[c].get('seam_probe_mng_addcx', 0) -
                ex[c].get('seam_probe_vp_addcx', 0)) for c in comps) + ' |')
    p('| max stack of a probe, bytes | %d | ' % STACK_LIMIT + ' | '.join(
        '%s' % summary[c]['stack'] for c in comps) + ' |')

    def mark(b):
        return 'PASS' if b else 'FAIL'

    targets = []
    for c in comps:
        s = summary[c]
        if not s['ok']:
            targets.append((c, 'all leaves measured', False, 'missing'))
        r1 = s['eg'] / floor_g if floor_g else 0
        targets.append((c, 'exec geomean <= 1.3x floor', r1 <= 1.3,
                        '%.3fx' % r1))
        r2 = s['eg'] / s['rg'] if s['rg'] else 99
        targets.append((c, 'exec geomean <= 0.5x upstream-style ref',
                        r2 <= 0.5, '%.3fx' % r2))
        targets.append((c, 'NO_ENTROPY check <= 2 insns (mng_create - once)',
                        s['ent'] is not None and s['ent'] <= 2,
                        '%s' % s['ent']))
        targets.append((c, 'stack <= %d bytes (every probe)' % STACK_LIMIT,
                        s['stack'] is not None and s['stack'] <= STACK_LIMIT
                        and s['nstatic'] >= len(leaves),
                        'max %s over %d probes' % (s['stack'], s['nstatic'])))
    p('')
    p('| compiler | target | result | value |')
    p('|---|---|---|---|')
    for c, t, ok, v in targets:
        p('| %s | %s | %s | %s |' % (c, t, mark(ok), v))

    # Leaves over the floor target, for the report.
    p('')
    p('Leaves above 1.3x their floor: ' + '; '.join(
        '%s: %s' % (c, ', '.join(
            '%s (%g/%s)' % (k, ex[c]['seam_probe_' + k], leaves[k][1])
            for k in leaves if ex[c].get('seam_probe_' + k, 0) >
            1.3 * float(leaves[k][1])) or 'none') for c in comps))

    # Regressions against the checked-in baseline.
    base = {}
    if os.path.exists(baseline):
        for line in open(baseline):
            if line.startswith('#') or line.startswith('leaf\t'):
                continue
            f = line.rstrip('\n').split('\t')
            base[(f[0], f[1])] = (float(f[2]), float(f[3]))
    regress = []
    cur = {}
    for c in comps:
        for k in leaves:
            e = ex[c].get('seam_probe_' + k)
            t = st[c].get('seam_probe_' + k)
            if e is None or t is None:
                continue
            cur[(k, c)] = (e, float(t[0]))
            b = base.get((k, c))
            if b is None:
                continue
            for what, new, old in (('exec', e, b[0]), ('text', cur[(k, c)][1],
                                                       b[1])):
                if old > 0 and new > old * 1.05:
                    regress.append('%s/%s %s %g -> %g (+%.1f%%)' % (
                        k, c, what, old, new, 100 * (new / old - 1)))
    p('')
    if update:
        with open(baseline, 'w') as f:
            f.write('# leaf\tcompiler\texecuted insns\ttext bytes '
                    '(make bench BENCH_UPDATE=1)\n')
            for (k, c), (e, t) in sorted(cur.items()):
                f.write('%s\t%s\t%g\t%d\n' % (k, c, e, t))
        p('Baseline rewritten (%d rows).' % len(cur))
    elif not base:
        p('Regressions: no baseline (run with BENCH_UPDATE=1).')
    else:
        p('Regressions (> 5%% over %s): %s' % (
            os.path.basename(baseline),
            'FAIL ' + '; '.join(regress) if regress else 'PASS, none'))

    # Chart data and gnuplot script.
    dat = os.path.join(out, 'bench.dat')
    with open(dat, 'w') as f:
        f.write('leaf floor gcc clang gcc_ref clang_ref\n')
        for k in leaves:
            f.write('%s %s %s %s %s %s\n' % (
                k, leaves[k][1], ex['gcc'].get('seam_probe_' + k, 0),
                ex['clang'].get('seam_probe_' + k, 0),
                ex['gcc'].get('ref_probe_' + k, 0),
                ex['clang'].get('ref_probe_' + k, 0)))
    png = os.path.join(out, 'bench.png')
    gp = os.path.join(out, 'bench.gp')
    with open(gp, 'w') as f:
        f.write('set terminal pngcairo size 2400,800 noenhanced\n'
                if has_cairo() else
                'set terminal png size 2400,800 noenhanced\n')
        f.write('set output "%s"\n' % png)
        f.write('set title "Executed instructions per round trip, outside '
                'the SEAMCALL (callgrind, -O2)"\n'
                'set style data histograms\n'
                'set style histogram clustered gap 1\n'
                'set style fill solid 0.9 border -1\n'
                'set boxwidth 0.9\n'
                'set xtics rotate by -60 font ",8"\n'
                'set key top left\n'
                'set ylabel "instructions"\n'
                'set grid ytics\n')
        f.write('plot "%s" using 2:xtic(1) title "floor", '
                '"" using 3 title "gcc-12", "" using 4 title "clang-16", '
                '"" using 5 title "upstream-style ref (gcc)", '
                '"" using 6 title "upstream-style ref (clang)"\n' % dat)
    subprocess.run(['gnuplot', gp], check=True)

    text = '\n'.join(lines) + '\n'
    with open(results_md, 'w') as f:
        f.write('<!-- Generated by make bench (kunit/bench/bench.sh); do not '
                'edit. -->\n'
                '# Code-generation benchmark results\n\n'
                'Executed instructions per wrapper round trip, outside the '
                'SEAMCALL instruction (callgrind, user space, -O2, '
                'SEAM_BENCH_STUB, stub subtracted); static text bytes, '
                'instructions and stack frame of each probe from the kernel '
                'module builds (gcc-12 against the Debian 6.12 headers, '
                'clang-16 against the KUnit kernel tree). The floor is '
                'defined in kunit/bench/README.md.\n\n'
                '![executed instructions per leaf](bench.png)\n\n'
                'The chart is written to `$O/bench/bench.png` (default '
                '`build/bench/bench.png`); `make bench` keeps a copy next '
                'to this file.\n\n')
        f.write(text)
    sys.stdout.write(text)
    # Targets are reported; only a regression fails the run.
    return 1 if regress and not update else 0


def has_cairo():
    r = subprocess.run(['gnuplot', '-e', 'set terminal'], capture_output=True,
                       text=True)
    return 'pngcairo' in r.stdout + r.stderr


def readme(path, results):
    """Copy the summary and target tables of RESULTS.md into README.md."""
    begin = '<!-- bench:begin (make bench rewrites this block) -->'
    end = '<!-- bench:end -->'
    res = open(results).read().split('\n')
    keep = []
    for i, line in enumerate(res):
        if line.startswith('| | floor |') or line.startswith('| compiler | target |'):
            j = i
            while j < len(res) and res[j].startswith('|'):
                keep.append(res[j])
                j += 1
            keep.append('')
    text = open(path).read()
    if begin not in text or end not in text:
        print('bench: %s has no bench block; not updated' % path)
        return 1
    head, rest = text.split(begin, 1)
    tail = rest.split(end, 1)[1]
    block = ('\n![executed instructions per leaf](kunit/bench/bench.png)\n\n' +
             '\n'.join(keep))
    with open(path, 'w') as f:
        f.write(head + begin + '\n' + block + end + tail)
    return 0


def main():
    cmd = sys.argv[1]
    if cmd == 'gen':
        gen(*sys.argv[2:5])
    elif cmd == 'static':
        static(*sys.argv[2:6])
    elif cmd == 'callgrind':
        callgrind(sys.argv[2])
    elif cmd == 'readme':
        sys.exit(readme(sys.argv[2], sys.argv[3]))
    elif cmd == 'table':
        sys.exit(table(sys.argv[2], sys.argv[3], sys.argv[4],
                       sys.argv[5] == '1'))


if __name__ == '__main__':
    main()
