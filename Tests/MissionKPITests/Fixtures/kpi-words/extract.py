#!/usr/bin/env python3
"""Extract every KPI text from Find a Tender OCDS release packages (for hand labelling).

Usage: python3 extract.py /work/shared/reference/fts/*.json > extracted.json

Reads `releases[].contracts[].agreedMetrics[]` and `releases[].contracts[].implementation.metrics[]`
(and `tender.targets[]` where present), keeping title and description verbatim (no other field: no
release or observation ids, which on some notices hold telephone-like text). Sorted by file, release, contract,
metric, so the output is deterministic.
"""
import json
import os
import sys


def metrics(release):
    for contract in release.get("contracts") or []:
        for m in contract.get("agreedMetrics") or []:
            yield "agreedMetrics", contract.get("id"), m
        for m in (contract.get("implementation") or {}).get("metrics") or []:
            yield "implementation.metrics", contract.get("id"), m
    for m in (release.get("tender") or {}).get("targets") or []:
        yield "tender.targets", None, m


def main(paths):
    out = []
    for path in sorted(paths):
        with open(path, encoding="utf-8") as f:
            package = json.load(f)
        for release in package.get("releases") or []:
            buyer = (release.get("buyer") or {}).get("name")
            for where, contract, m in metrics(release):
                out.append({
                    "source": f"{os.path.basename(path)}#{release.get('ocid')}/{contract}/{m.get('id')}",
                    "path": where,
                    "buyer": buyer,
                    "title": m.get("title") or "",
                    "description": m.get("description"),
                })
    json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
