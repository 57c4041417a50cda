#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
#
# roundtrip.py HEADER BINARY: every number include/seamcall.h defines must
# decode to its own name. Reads the #defines of HEADER (the header the
# binary was built from), asks BINARY for all of them in one --json run and
# in one --dump-abi run, and prints one line per kind with the count.
import json
import re
import subprocess
import sys

# SEAM_TDX_* values that describe the status layout, not statuses.
LAYOUT = {"ERROR", "NON_RECOVERABLE", "FATAL", "HOST_RECOVERABILITY_HINT",
          "STATUS_MASK", "DETAILS_MASK", "CLASS_MASK", "NUMBER_MASK"}
# Statuses the module spells other than TDX_<NAME>.
SPELLING = {"TD_VMCS_FIELD_ERROR": "TD_VMCS_FIELD_ERROR"}
NUM = r"(?:_AC\()?(0x[0-9a-fA-F]+|[0-9]+)(?:,\s*ULL\))?"


def defines(text, prefix):
    """Map NAME to value for each "#define <prefix>NAME <number>"."""
    found = {}
    for m in re.finditer(r"^#define\s+" + prefix + r"([A-Z0-9_]+)\s+" + NUM + r"\s*$",
                         text, re.M):
        found[m.group(1)] = int(m.group(2), 0)
    return found


def run(binary, args):
    p = subprocess.run([binary] + args, capture_output=True, text=True)
    if p.returncode not in (0, 1):
        sys.exit(f"{binary} exited {p.returncode}: {p.stderr}")
    return p.stdout


def main():
    header, binary = sys.argv[1], sys.argv[2]
    with open(header) as f:
        text = f.read()

    statuses = {k: v for k, v in defines(text, "SEAM_TDX_").items()
                if k not in LAYOUT and not k.startswith("CLASS_")
                and not k.endswith("_SHIFT") and not k.startswith("PS_")}
    classes = {k: v for k, v in defines(text, "SEAM_TDX_CLASS_").items()
               if k not in ("MASK", "SHIFT")}
    leaves = {k: v for k, v in defines(text, "SEAM_TDH_").items() if k != "MAX"}
    operands = defines(text, "SEAM_OPERAND_ID_")
    fields = defines(text, "SEAM_MD_SYS_")
    seamldr = defines(text, "SEAM_SEAMLDR_")
    ldr_leaves = {k: seamldr.pop(k) for k in ("INFO", "INSTALL")}
    seamldr.pop("LEAF_FLAG")

    # One run: each status, each leaf, each operand inside an
    # OPERAND_INVALID status, each field, each P-SEAMLDR status and leaf.
    op_invalid = statuses["OPERAND_INVALID"]
    args = ["--json"]
    want = []
    for k, v in statuses.items():
        args.append(hex(v))
        want.append(("status", "name", SPELLING.get(k, "TDX_" + k)))
    for k, v in leaves.items():
        args += ["--leaf", hex(v)]
        want.append(("leaf", "name", "TDH." + k.replace("_", ".")))
    for k, v in operands.items():
        args.append(hex(op_invalid | v))
        want.append(("status", "operand", k))
    for k, v in fields.items():
        args += ["--field", hex(v)]
        want.append(("field", "name", "SYS_" + k))
    for k, v in seamldr.items():
        args.append(hex(v))
        want.append(("seamldr_status", "name", "SEAMLDR_" + k))
    for k, v in ldr_leaves.items():
        args += ["--leaf", hex(v)]
        want.append(("leaf", "name", "SEAMLDR." + k))
    got = [json.loads(line) for line in run(binary, args).splitlines()]

    bad = []
    if len(got) != len(want):
        bad.append(f"{len(want)} values, {len(got)} answers")
    for (kind, key, name), doc in zip(want, got):
        if doc["kind"] != kind or doc[key] != name:
            bad.append(f"{name}: got {doc}")

    # The ABI dump names every class, and every leaf row reads back.
    abi = json.loads(run(binary, ["--dump-abi"]))
    names = {c["value"]: c["name"] for c in abi["classes"]}
    for k, v in classes.items():
        if names.get(v) != k:
            bad.append(f"class {k} ({v:#x}): got {names.get(v)}")
    rows = abi["leaves"]
    args = ["--json"]
    for row in rows:
        args += ["--leaf", row["fn"]]
    for row, doc in zip(rows, (json.loads(line) for line in
                               run(binary, args).splitlines())):
        for key in ("name", "leaf", "version", "in", "out", "retry", "resume"):
            if doc[key] != row[key]:
                bad.append(f"leaf {row['fn']}: {key} {doc[key]} != {row[key]}")

    # P-SEAMLDR statuses never collide with TDX statuses.
    tdx = {int(s["value"], 16) for s in abi["statuses"]}
    for s in abi["seamldr_statuses"]:
        v = int(s["value"], 16)
        if v in tdx or (v & 0xffffffff00000000) in tdx:
            bad.append(f"{s['name']} collides with a TDX status")

    for line in bad[:20]:
        print("mismatch: " + line)
    print(f"statuses {len(statuses)}, leaves {len(leaves)} "
          f"(+{len(rows) - len(leaves) - len(ldr_leaves)} versions), "
          f"operands {len(operands)}, classes {len(classes)}, "
          f"fields {len(fields)}, P-SEAMLDR statuses {len(seamldr)}, "
          f"P-SEAMLDR leaves {len(ldr_leaves)}: {len(bad)} mismatches")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
