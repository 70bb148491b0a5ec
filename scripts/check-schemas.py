#!/usr/bin/env python3
"""Validate every YAML file of a MissionKPI workspace against its JSON Schema (Schemas/*.schema.json).

Usage: scripts/check-schemas.py WORKSPACE [--schemas DIR] [--no-schema-comments]

Each file is checked against the schema for its kind (missionkpi.yaml: settings, Missions/*.yaml: mission,
Contracts/<dept>/department.yaml: department, Contracts/<dept>/*.yaml: contract). Unless
--no-schema-comments is given, each file's first line must also name that schema with a
'# yaml-language-server: $schema=<relative path>' comment that resolves to it.
Prints one 'file: path: problem' line per problem and exits 1 if there is any, 0 otherwise.
Needs the jsonschema and PyYAML modules (pip install jsonschema pyyaml).
"""
import argparse
import datetime
import json
import os
import sys

import jsonschema
import yaml

PREFIX = "# yaml-language-server: $schema="


def kind_of(rel):
    parts = rel.split("/")
    if rel == "missionkpi.yaml":
        return "settings"
    if len(parts) == 2 and parts[0] == "Missions":
        return "mission"
    if len(parts) == 3 and parts[0] == "Contracts":
        return "department" if parts[2] == "department.yaml" else "contract"
    return None


def workspace_files(root):
    found = []
    if os.path.isfile(os.path.join(root, "missionkpi.yaml")):
        found.append("missionkpi.yaml")
    missions = os.path.join(root, "Missions")
    if os.path.isdir(missions):
        found += ["Missions/" + n for n in sorted(os.listdir(missions)) if n.endswith((".yaml", ".yml")) and not n.startswith(".")]
    contracts = os.path.join(root, "Contracts")
    if os.path.isdir(contracts):
        for folder in sorted(os.listdir(contracts)):
            path = os.path.join(contracts, folder)
            if folder.startswith(".") or not os.path.isdir(path):
                continue
            found += [f"Contracts/{folder}/{n}" for n in sorted(os.listdir(path)) if n.endswith((".yaml", ".yml")) and not n.startswith(".")]
    return found


def as_json(value):
    """PyYAML reads dates as date objects; the schemas expect the text as written (YYYY-MM-DD)."""
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    return value


def json_path(error):
    return "/".join(str(p) for p in error.absolute_path) or "(document)"


def check(root, schemas_dir, require_comments):
    validators, problems = {}, []
    for kind in ("settings", "mission", "department", "contract"):
        with open(os.path.join(schemas_dir, f"{kind}.schema.json"), encoding="utf-8") as f:
            schema = json.load(f)
        jsonschema.Draft202012Validator.check_schema(schema)
        validators[kind] = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    files = workspace_files(root)
    for rel in files:
        kind = kind_of(rel)
        full = os.path.join(root, rel)
        with open(full, encoding="utf-8") as f:
            text = f.read()
        if require_comments:
            first = text.split("\n", 1)[0].rstrip("\r")
            expected = os.path.realpath(os.path.join(schemas_dir, f"{kind}.schema.json"))
            if not first.startswith(PREFIX):
                problems.append(f"{rel}: line 1: the first line must be '{PREFIX}<path to {kind}.schema.json>'")
            elif os.path.realpath(os.path.join(os.path.dirname(full), first[len(PREFIX):].strip())) != expected:
                problems.append(f"{rel}: line 1: '{first[len(PREFIX):].strip()}' does not resolve to {os.path.relpath(expected, os.path.dirname(full))}")
        try:
            document = as_json(yaml.safe_load(text))
        except yaml.YAMLError as e:
            problems.append(f"{rel}: (document): not valid YAML: {e}".replace("\n", " "))
            continue
        for error in sorted(validators[kind].iter_errors(document), key=lambda e: (json_path(e), e.message)):
            problems.append(f"{rel}: {json_path(error)}: {error.message}")
    return files, problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("workspace")
    parser.add_argument("--schemas", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Schemas"))
    parser.add_argument("--no-schema-comments", action="store_true", help="do not require the yaml-language-server first line")
    args = parser.parse_args()
    files, problems = check(args.workspace, os.path.abspath(args.schemas), not args.no_schema_comments)
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem(s) in {len({p.split(':')[0] for p in problems})} of {len(files)} file(s)", file=sys.stderr)
        return 1
    if not files:
        print(f"no workspace files under {args.workspace}", file=sys.stderr)
        return 1
    print(f"ok: {len(files)} file(s) match their schemas", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
