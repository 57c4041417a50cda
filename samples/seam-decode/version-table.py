#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Print README.md's version/feature table from the header's release table.

    version-table.py SEAMCALL_H ABI_JSON

ABI_JSON is "seam-decode --dump-abi": its "releases" are the rows of
seam_leaf_releases(). SEAMCALL_H gives the names of the TDX_FEATURES0 bits
(SEAM_TDX_FEATURES0_*). One line per leaf version; a leaf version with rows
for two release lines lists both releases.
"""
import json
import re
import sys


def main():
    text = open(sys.argv[1]).read()
    abi = json.load(open(sys.argv[2]))
    bits = {int(m.group(2)): m.group(1) for m in re.finditer(
        r'^#define\s+SEAM_TDX_FEATURES0_(\w+)\s+_BITULL\((\d+)\)', text, re.M)}
    rows = {}
    for r in abi['releases']:
        key = (int(r['fn'], 16) & 0xffff, r['version'])
        f = int(r['features0'], 16)
        names = ', '.join('%s (%d)' % (bits[b], b) for b in range(64) if f >> b & 1)
        row = rows.setdefault(key, [r['name'], [], names or '—'])
        row[1].append(r['since'])
    print('| Leaf | No. | Version | First release | TDX_FEATURES0 |')
    print('| --- | ---: | ---: | --- | --- |')
    for (leaf, ver), (name, since, feat) in sorted(rows.items()):
        print('| %s | %d | %d | %s | %s |' % (name, leaf, ver, ', '.join(since), feat))


if __name__ == '__main__':
    main()
