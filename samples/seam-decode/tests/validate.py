#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
#
# validate.py SCHEMA FILE: check each line of FILE, a JSON document, against
# SCHEMA with the standard library only. Understands the part of JSON
# Schema 2020-12 that tests/schema.json uses: $ref to #/$defs, oneOf,
# type, const, enum, pattern, minimum, maximum, properties, required,
# additionalProperties: false, items and minItems. Prints one line per
# failing document and exits 1 if there was any.
import json
import re
import sys

TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


def check(schema, root, v, path):
    """Return a list of errors of value v at path against schema."""
    if "$ref" in schema:
        name = schema["$ref"].removeprefix("#/$defs/")
        errs = check(root["$defs"][name], root, v, path)
        rest = {k: s for k, s in schema.items() if k != "$ref"}
        return errs + check(rest, root, v, path)
    errs = []
    if "oneOf" in schema:
        ok = [s for s in schema["oneOf"] if not check(s, root, v, path)]
        if len(ok) != 1:
            errs.append(f"{path}: matches {len(ok)} of oneOf")
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(TYPES[t](v) for t in types):
            return errs + [f"{path}: {v!r} is not {'/'.join(types)}"]
    if "const" in schema and v != schema["const"]:
        errs.append(f"{path}: {v!r} is not {schema['const']!r}")
    if "enum" in schema and v not in schema["enum"]:
        errs.append(f"{path}: {v!r} not in {schema['enum']}")
    if isinstance(v, str) and "pattern" in schema and not re.search(schema["pattern"], v):
        errs.append(f"{path}: {v!r} does not match {schema['pattern']}")
    if TYPES["integer"](v):
        if "minimum" in schema and v < schema["minimum"]:
            errs.append(f"{path}: {v} < {schema['minimum']}")
        if "maximum" in schema and v > schema["maximum"]:
            errs.append(f"{path}: {v} > {schema['maximum']}")
    if isinstance(v, dict):
        props = schema.get("properties", {})
        for key in schema.get("required", []):
            if key not in v:
                errs.append(f"{path}: no key {key!r}")
        for key, val in v.items():
            if key in props:
                errs += check(props[key], root, val, f"{path}.{key}")
            elif schema.get("additionalProperties") is False:
                errs.append(f"{path}: unexpected key {key!r}")
    if isinstance(v, list):
        if len(v) < schema.get("minItems", 0):
            errs.append(f"{path}: fewer than {schema['minItems']} items")
        if "items" in schema:
            for i, item in enumerate(v):
                errs += check(schema["items"], root, item, f"{path}[{i}]")
    return errs


def main():
    with open(sys.argv[1]) as f:
        schema = json.load(f)
    bad = 0
    with open(sys.argv[2]) as f:
        for n, line in enumerate(f, 1):
            try:
                doc = json.loads(line)
            except ValueError as e:
                print(f"line {n}: not JSON: {e}")
                bad += 1
                continue
            errs = check(schema, schema, doc, "$")
            if errs:
                print(f"line {n}: " + "; ".join(errs[:5]))
                bad += 1
    print(f"{n - bad} of {n} documents valid")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
