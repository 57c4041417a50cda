#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Print README.md's leaf table from the header, so the two cannot drift.

    leaf-table.py SEAMCALL_H ABI_JSON

ABI_JSON is "seam-decode --dump-abi": the leaf descriptors give the
registers each leaf and version reads and writes. The header gives each
typed wrapper, the leaf and version it issues and the variant it uses.
"""
import json
import re
import sys

VARIANTS = {
    'seam_call': 'plain',
    'seam_call_inline': 'inline',
    'seam_call_ret': 'ret',
    'seam_call_saved_ret': 'saved_ret',
    '__seam_call_saved_ret': 'saved_ret, once',
}


CALL = re.compile(r'\b(__seam_call_saved_ret|seam_call_saved_ret|'
                  r'seam_call_ret|seam_call_inline|seam_call)\(\s*'
                  r'(?:SEAM_LEAF_VER\(\s*(SEAM_TDH_\w+),\s*(\d+)\)|'
                  r'(SEAM_TDH_\w+))')


def issued(body):
    """(leaf constant, version, variant) a function body issues, or None.

    A body that picks its variant at run time (the register arrays of
    TDH.PHYMEM.PAMT.ADD/REMOVE) lists each, in the order of the source.
    """
    calls = list(CALL.finditer(body))
    if not calls:
        return None
    leaf = calls[0].group(2) or calls[0].group(4)
    variants = []
    for c in calls:
        if VARIANTS[c.group(1)] not in variants:
            variants.append(VARIANTS[c.group(1)])
    return leaf, int(calls[0].group(3) or 0), ' / '.join(variants)


def wrappers(text):
    """(name, leaf constant, version, variant) per seam_tdh_*() wrapper.

    A wrapper that issues its leaf through a __seam_tdh_*() helper shared
    by two wrappers of one leaf gets the helper's leaf and variant.
    """
    helpers = {}
    for m in re.finditer(r'^(__seam_tdh_\w+)\((.*?)^}', text, re.M | re.S):
        helpers[m.group(1)] = issued(m.group(2))
    out = []
    for m in re.finditer(r'^(seam_tdh_\w+)\((.*?)^}', text, re.M | re.S):
        name, body = m.group(1), m.group(2)
        got = issued(body)
        if not got:
            via = re.search(r'\b(__seam_tdh_\w+)\(', body)
            got = helpers.get(via.group(1)) if via else None
        if not got:
            continue        # a loop helper (the resume loop or another wrapper)
        out.append((name,) + got)
    return out


def main():
    text = open(sys.argv[1]).read()
    abi = json.load(open(sys.argv[2]))
    consts = {m.group(1): int(m.group(2), 0) for m in re.finditer(
        r'^#define\s+(SEAM_TDH_\w+)\s+(\d+|0x[0-9a-fA-F]+)\b', text, re.M)}
    descs = {int(d['fn'], 16): d for d in abi['leaves']}
    rows = []
    for name, leaf, ver, variant in wrappers(text):
        d = descs[consts[leaf] | ver << 16]
        retry = '' if d['retry'] == 'never' else ' + retry'
        if variant.endswith('once'):
            retry = ''
        vtext = variant + retry + (', v%d' % ver if ver else '')
        regs = [', '.join(d[k]) or '—' for k in ('in', 'out')]
        rows.append((d['leaf'], ver, '| %s | %d | `%s()` | %s | %s | %s |' % (
            d['name'], d['leaf'], name, vtext, regs[0], regs[1])))
    print('| Leaf | No. | Wrapper | Variant | In (besides RAX) | Out (besides RAX) |')
    print('| --- | ---: | --- | --- | --- | --- |')
    for _, _, row in sorted(rows):
        print(row)


if __name__ == '__main__':
    main()
