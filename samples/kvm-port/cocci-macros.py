#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Apply a semantic patch to calls inside #define bodies.

Coccinelle does not transform a macro whose body is several function
definitions, such as TDX_BUILD_TDVPS_ACCESSORS() in KVM's tdx.h. This
finds every call of the named functions in the #define bodies of FILE,
puts each call, unchanged, into a function of a scratch C file, runs
spatch with SP_FILE on that file, and writes each rewritten call back in
place of the original, on one line. Token pasting (##) is kept through a
placeholder. It fails if spatch fails or leaves any call unconverted.

usage: cocci-macros.py SP_FILE FILE NAME...
"""

import os
import re
import subprocess
import sys
import tempfile

CAT = '_SEAM_KVM_CAT_'
SINK = 'seam_kvm_macro_sink'


def define_spans(text):
    """Yield (start, end) of every #define directive, continuations included."""
    for m in re.finditer(r'^[ \t]*#[ \t]*define\b(?:[^\n]*\\\n)*[^\n]*',
                         text, re.M):
        yield m.start(), m.end()


def call_end(text, open_paren):
    """Index just past the parenthesis that closes text[open_paren]."""
    depth = 0
    for i in range(open_paren, len(text)):
        if text[i] == '(':
            depth += 1
        elif text[i] == ')':
            depth -= 1
            if depth == 0:
                return i + 1
    raise ValueError('unbalanced call at offset %d' % open_paren)


def flatten(call):
    """One line: drop line continuations and runs of blanks."""
    return re.sub(r'\s+', ' ', call.replace('\\\n', ' ')).strip()


def main(argv):
    if len(argv) < 4:
        sys.stderr.write(__doc__)
        return 2
    sp_file, path, names = argv[1], argv[2], argv[3:]
    with open(path) as f:
        text = f.read()
    if CAT in text or SINK in text:
        sys.exit('%s: already contains %s or %s' % (path, CAT, SINK))

    call_re = re.compile(r'\b(%s)\s*\(' % '|'.join(map(re.escape, names)))
    sites = []
    for start, end in define_spans(text):
        pos = start
        while True:
            m = call_re.search(text, pos, end)
            if not m:
                break
            stop = call_end(text, m.end() - 1)
            sites.append((m.start(), stop))
            pos = stop
    if not sites:
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        scratch = os.path.join(tmp, 'sites.c')
        with open(scratch, 'w') as f:
            for n, (a, b) in enumerate(sites):
                call = flatten(text[a:b]).replace('##', CAT)
                f.write('static void site_%d(void)\n{\n\t%s = %s;\n}\n\n'
                        % (n, SINK, call))
        run = subprocess.run(['spatch', '--very-quiet', '--no-show-diff',
                              '--sp-file', sp_file, '--in-place', scratch],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                             text=True)
        if run.returncode != 0 or run.stdout.strip():
            sys.exit('cocci-macros.py: spatch on the macro sites of %s:\n%s'
                     % (path, run.stdout))
        with open(scratch) as f:
            out = f.read()

    new = re.findall(r'%s = (.*?);\s*\}' % SINK, out, re.S)
    if len(new) != len(sites):
        sys.exit('cocci-macros.py: %d sites in, %d out'
                 % (len(sites), len(new)))
    for n, (a, b) in reversed(list(enumerate(sites))):
        call = flatten(new[n]).replace(CAT, '##')
        if call_re.search(call):
            sys.exit('cocci-macros.py: %s: not converted: %s'
                     % (path, call))
        text = text[:a] + call + text[b:]
    with open(path, 'w') as f:
        f.write(text)
    print('%s: %d calls in #define bodies' % (path, len(sites)))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
