#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
#
# wrappers.py HEADER BINARY: the typed wrappers of HEADER and its leaf
# table (BINARY --dump-abi) are two written copies of the same register
# facts. For every seam_call_inline*(LEAF, &a, IN, OUT) in a wrapper, and
# every __seam_call_resume(LEAF, &a, IN, OUT, ...) (the resume loop, on the
# inline variant), IN must equal the leaf's "in" among RCX to R11 (the
# inline variant loads only those; a leaf's inputs from R12 on belong to a
# saved_ret form, such as TDH.MEM.PAGE.DEMOTE's PAMT pages) and OUT must be
# part of its "out" (a wrapper may leave out outputs it discards). Fails if
# fewer than MIN wrappers are found, so a change of the wrappers' form
# cannot make it pass vacuously.
import json
import re
import subprocess
import sys

MIN = 60
INLINE = {"RCX", "RDX", "R8", "R9", "R10", "R11"}
CALL = re.compile(r"(?:seam_call_inline(?:_once)?|__seam_call_resume)\(\s*(SEAM_LEAF_VER\(\s*)?"
                  r"SEAM_TDH_([A-Z0-9_]+)(?:\s*,\s*(\d+)\s*\))?\s*,\s*(?:&\w+|NULL)\s*,"
                  r"([^;]*?)\);", re.S)


def regs(text):
    return set(re.findall(r"SEAM_REG_([A-Z0-9]+)", text))


def main():
    header, binary = sys.argv[1], sys.argv[2]
    with open(header) as f:
        text = f.read()
    numbers = {m.group(1): int(m.group(2)) for m in
               re.finditer(r"^#define\s+SEAM_TDH_([A-Z0-9_]+)\s+(\d+)\s*$", text, re.M)}
    abi = json.loads(subprocess.run([binary, "--dump-abi"], capture_output=True,
                                    text=True, check=True).stdout)
    desc = {int(leaf["fn"], 16): leaf for leaf in abi["leaves"]}
    bad = []
    found = 0
    for m in CALL.finditer(text):
        name, ver = m.group(2), int(m.group(3) or 0)
        masks = re.split(r",(?![^()]*\))", m.group(4))
        wrapper_in = regs(masks[0])
        wrapper_out = regs(masks[1]) if len(masks) > 1 else set()
        leaf = desc.get(numbers[name] | ver << 16)
        found += 1
        if not leaf:
            bad.append(f"TDH_{name} v{ver}: no row in seam_leaf_descs()")
            continue
        if wrapper_in != set(leaf["in"]) & INLINE:
            bad.append(f"TDH_{name} v{ver}: wrapper reads {sorted(wrapper_in)}, "
                       f"table {sorted(set(leaf['in']) & INLINE)}")
        if not wrapper_out <= set(leaf["out"]):
            bad.append(f"TDH_{name} v{ver}: wrapper stores {sorted(wrapper_out)}, "
                       f"table writes {sorted(leaf['out'])}")
    if found < MIN:
        bad.append(f"only {found} seam_call_inline*() wrappers found, expected {MIN} or more")
    for line in bad:
        print("mismatch: " + line)
    print(f"{found} wrappers against the leaf table: {len(bad)} mismatches")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
