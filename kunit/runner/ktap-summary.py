#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Summarise the results of one check-all.sh stage, per suite.

    ktap-summary.py STAGE FILE

FILE is KTAP (nested, as KUnit and kunit/user print it), TAP-style
"ok - NAME" / "not ok - NAME" lines (compile, samples, docs), or the JSON
that "kunit.py parse --json" or "kunit.py run --json" writes (a name ending
in .json). Other lines are ignored. Prints, one per line:

    suite NAME PASSED FAILED SKIPPED
    fail TEST[<TAB>LOG]

counting leaf tests (each parameter of a parameterised case once). Flat
"ok - NAME" lines count under a suite named STAGE; a "#   log: PATH" line
right after a failed one names the failed test's own log. A group reported as
failed without a failed test below it counts as one failure of its own.
"""
import json
import re
import sys

RESULT = re.compile(r'^(\s*)(ok|not ok)(?: (\d+))?(?: -)? (.*)$')
LOG = re.compile(r'^#\s+log: (\S.*)$')


class Node:
    def __init__(self, name, status, flat=False):
        self.name = name
        self.status = status  # PASS, FAIL, SKIP
        self.children = []
        self.flat = flat
        self.log = None


def status_of(ok, rest):
    directive = rest.split(' # ', 1)[1] if ' # ' in rest else ''
    if ok == 'not ok':
        return 'FAIL'
    if directive.upper().startswith('SKIP'):
        return 'SKIP'
    return 'PASS'


def parse_ktap(lines):
    """Top-level nodes of a KTAP stream; results close their subtests."""
    pending = {}  # indent -> nodes seen at that indent, not yet claimed
    top = []
    last = None
    for line in lines:
        line = line.rstrip('\n')
        m = LOG.match(line)
        if m and last is not None and last.status == 'FAIL':
            last.log = m.group(1)
            continue
        m = RESULT.match(line)
        if not m:
            continue
        indent, ok, number, rest = len(m.group(1)), m.group(2), m.group(3), m.group(4)
        name = rest.split(' # ', 1)[0].strip()
        node = Node(name, status_of(ok, rest), flat=number is None)
        last = node
        for depth in sorted(d for d in pending if d > indent):
            node.children.extend(pending.pop(depth))
        if indent == 0:
            top.append(node)
        else:
            pending.setdefault(indent, []).append(node)
    for depth in sorted(pending):
        top.extend(pending[depth])
    return top


def parse_json(path):
    def conv(group):
        node = Node(group['name'], 'PASS')
        for case in group.get('test_cases', []):
            st = {'PASS': 'PASS', 'SKIP': 'SKIP'}.get(case['status'], 'FAIL')
            node.children.append(Node(case['name'], st))
        for sub in group.get('sub_groups', []):
            node.children.append(conv(sub))
        if group.get('status') not in (None, 'PASS', 'SKIP') and not node.children:
            node.status = 'FAIL'
        return node
    try:
        with open(path) as f:
            root = conv(json.load(f))
    except (OSError, ValueError, KeyError):
        return []
    return root.children


def leaves(node, prefix, out):
    """Add (name, status) of every leaf below node; returns counts."""
    name = prefix + node.name
    if not node.children:
        out.append((name, node.status))
        return
    before = len(out)
    for child in node.children:
        leaves(child, name + '.', out)
    if node.status == 'FAIL' and not any(s == 'FAIL' for _, s in out[before:]):
        out.append((name, 'FAIL'))


def main():
    if len(sys.argv) != 3:
        sys.stderr.write(__doc__)
        return 2
    stage, path = sys.argv[1], sys.argv[2]
    if path.endswith('.json'):
        top = parse_json(path)
    else:
        try:
            with open(path, errors='replace') as f:
                top = parse_ktap(f)
        except OSError:
            top = []
    suites = []
    flat = Node(stage, 'PASS')
    for node in top:
        if node.flat and not node.children:
            flat.children.append(node)
        else:
            suites.append(node)
    if flat.children:
        suites.append(flat)
    for suite in suites:
        results = []
        logs = {}
        if suite is flat:
            for child in suite.children:
                results.append((child.name, child.status))
                logs[child.name] = child.log
        else:
            leaves(suite, '', results)
        counts = [sum(1 for _, s in results if s == k) for k in ('PASS', 'FAIL', 'SKIP')]
        print('suite', suite.name.replace(' ', '_'), *counts)
        for name, st in results:
            if st == 'FAIL':
                log = logs.get(name)
                print('fail', name + ('\t' + log if log else ''))
    return 0


if __name__ == '__main__':
    sys.exit(main())
