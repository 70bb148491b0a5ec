#!/usr/bin/env python3
"""Compile OCDS releases with the Open Contracting Partnership's ocdsmerge, as a cross-check of
MissionKPI's own merge (OCDSMerge).

Usage: ocdsmerge-compile.py SCHEMA KEEP FILE...

SCHEMA is a local release schema (its merge rules are read from it; nothing is fetched), KEEP a JSON
file of the parts to keep ({"name": {...}} for an object's members, {} for a text or number), FILE a
release package. Each release is pruned to KEEP first, as MissionKPI's reader keeps only those parts,
then the releases of each ocid are compiled. Prints {ocid: compiled release} as JSON with sorted keys.
Needs the ocdsmerge module (pip install ocdsmerge).
"""
import json
import sys

import ocdsmerge


def prune(value, keep):
    if isinstance(value, dict):
        return {k: prune(v, keep[k]) for k, v in value.items() if k in keep}
    if isinstance(value, list):
        return [prune(v, keep) for v in value]
    return value


def main():
    schema, keep_path, *files = sys.argv[1:]
    with open(keep_path) as f:
        keep = json.load(f)
    merger = ocdsmerge.Merger(schema=schema)
    groups = {}
    for path in files:
        with open(path) as f:
            for release in json.load(f).get("releases", []):
                groups.setdefault(release["ocid"], []).append(prune(release, keep))
    out = {ocid: merger.create_compiled_release(releases) for ocid, releases in groups.items()}
    json.dump(out, sys.stdout, sort_keys=True)


if __name__ == "__main__":
    main()
