#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Count the instructions of a function's success path through a site.

usage: insn-path.py OBJECT FUNCTION SITE [--zero]

Builds the control-flow graph of FUNCTION in OBJECT from "objdump -dr" and
prints the length of the shortest path from its entry to a return that
passes through SITE:

  seamcall      the SEAMCALL instruction (66 0f 01 cf)
  call:PREFIX   a call or jump to a symbol starting with PREFIX

A path never enters code that reports a bug (ud2, int3, calls to WARN,
printk, KASAN and UBSAN report functions, kvm_vm_bugged()) or cold code
(.cold, .text.unlikely). With --zero the return value must be a constant 0
set after the site, as "return 0" does. Every instruction counts one, a
call one (the callee is not followed). Prints 0 if FUNCTION is absent.
"""

import collections
import re
import subprocess
import sys

BUG_CALLS = re.compile(r'^(__warn_printk|_printk|printk|warn_slowpath|'
                       r'__ubsan_handle|__asan_report|__kasan_report|'
                       r'kvm_vm_bugged|__kvm_vm_bugged|__x86_indirect)')
ADDR = re.compile(r'^ +([0-9a-f]+):$')
EAX_DEST = re.compile(r',%[er]ax$')


def function(obj, name):
    """List of [address, mnemonic, operands, reloc symbol] of NAME."""
    dump = subprocess.run(['objdump', '-dr', '-w', obj], check=True,
                          stdout=subprocess.PIPE, text=True).stdout
    insns, inside = [], False
    for line in dump.splitlines():
        if line.endswith('>:'):
            inside = line.endswith('<%s>:' % name)
            continue
        if not inside:
            continue
        parts = line.split('\t')
        m = ADDR.match(parts[0])
        if not m or len(parts) < 3:
            continue
        op, _, arg = parts[2].strip().partition(' ')
        sym = None
        for n, part in enumerate(parts[3:-1], 3):
            if part.split(' ')[-1].startswith('R_X86_64_'):
                sym = re.split(r'[+-]', parts[n + 1])[0]
        insns.append([int(m[1], 16), op, arg.strip(), sym])
    return insns


def successors(insns, index, i):
    """Next instruction indices of instruction i; [] ends the path, None
    marks a return."""
    addr, op, arg, sym = insns[i]
    nxt = [i + 1] if i + 1 < len(insns) else []
    if op.startswith('ret') or (op == 'jmp' and sym == '__x86_return_thunk'):
        return None
    if op in ('ud2', 'int3'):
        return []
    if op == 'call':
        return [] if sym and BUG_CALLS.match(sym) else nxt
    if op.startswith('j'):
        if sym:
            local = []
        else:
            t = re.match(r'([0-9a-f]+) ', arg)
            local = [index[int(t[1], 16)]] if t and int(t[1], 16) in index else []
        if op == 'jmp':
            if sym and not sym.endswith('.cold') and sym != '.text.unlikely':
                return None
            return local
        return nxt + local
    return nxt


def is_site(insn, site):
    addr, op, arg, sym = insn
    if site == 'seamcall':
        return op == 'seamcall'
    prefix = site.split(':', 1)[1]
    return op in ('call', 'jmp') and sym is not None and sym.startswith(prefix)


def eax_after(insn, eax):
    """'0' if the instruction leaves a constant 0 in EAX, '?' if it writes
    anything else there, else the state unchanged."""
    addr, op, arg, sym = insn
    if op == 'call':
        return '?'
    if not EAX_DEST.search(arg):
        return eax
    if op == 'xor' and arg in ('%eax,%eax', '%rax,%rax'):
        return '0'
    if op.startswith('mov') and re.match(r'^\$0x0,', arg):
        return '0'
    return '?'


def main(argv):
    if len(argv) not in (4, 5) or (len(argv) == 5 and argv[4] != '--zero'):
        sys.stderr.write(__doc__)
        return 2
    obj, name, site, zero = argv[1], argv[2], argv[3], len(argv) == 5
    insns = function(obj, name)
    if not insns:
        print(0)
        return 0
    index = {insn[0]: i for i, insn in enumerate(insns)}
    start = (0, is_site(insns[0], site), '?')
    dist = {start: 1}
    queue = collections.deque([start])
    while queue:
        state = queue.popleft()
        i, passed, eax = state
        eax = eax_after(insns[i], eax) if passed else '?'
        succ = successors(insns, index, i)
        if succ is None:
            if passed and (not zero or eax == '0'):
                print(dist[state])
                return 0
            continue
        for j in succ:
            nstate = (j, passed or is_site(insns[j], site), eax)
            if nstate not in dist:
                dist[nstate] = dist[state] + 1
                queue.append(nstate)
    sys.exit('insn-path.py: no path of %s through %s' % (name, site))


if __name__ == '__main__':
    sys.exit(main(sys.argv))
