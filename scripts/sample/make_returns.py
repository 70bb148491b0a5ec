#!/usr/bin/env python3
"""Generate the sample workspace's KPI returns (Contracts/<dept>/returns/*.csv).

What it does
------------
Reads every contract YAML under Contracts/ (PyYAML) and writes, for each department, one CSV of
KPI returns per financial-year quarter, with the header ``contract,kpi,period,value,note``:

* monthly KPIs get a value for each month from 2025-04 to 2026-10 that lies wholly inside the
  contract's period; quarterly KPIs get calendar quarters (``2025-Q2`` .. ``2026-Q3``); annual KPIs
  get ``FY2025-26``, except the DfE KPIs measured per academic year, which get a date range
  (``2024-09-01/2025-08-31``). A KPI without a frequency gets no returns, unless REPORTED_AS
  says on what cadence its supplier reports anyway.
* A row goes into the file of the financial-year quarter in which it would have been reported:
  ``2025-26-q1.csv`` holds April to June 2025 (and calendar quarter 2025-Q2); annual returns for
  FY2025-26 land in ``2026-27-q1.csv``; academic-year returns in the autumn after the year ends.
* Each KPI follows a story (on track, slipping, flat, ahead, deteriorating, or beating its good
  band throughout) chosen from a fixed hash of its id, with the overrides below. Values move
  from the baseline towards the target in proportion to time, with a little seeded noise;
  cumulative counts never go down; percentages stay within 0..100.
* Planted cases, so that the alignment engine has something to find:
  - home-office-2023-0112 has no returns at all (annual-assessment-overdue);
  - dhsc-2025-0208/packages-sourced-48h stops at 2026-07 (stale-returns);
  - every KPI of dhsc-2024-0087 beats its good band (watermelon); every other contract has at
    least one KPI whose latest value is not rated good, and the STORIES overrides keep the KPIs
    each contract reports under the off-track NHS milestones from all being good, so only that
    contract is a watermelon;
  - the last file of dhsc and mhclg corrects a few earlier returns (same contract, KPI and
    period, a different value, a note starting "Corrected:").

It uses only the standard library and PyYAML, and is deterministic: the same contracts give the
same bytes. Run it from anywhere:

    python3 scripts/sample/make_returns.py            # writes into the repository's Contracts/
    python3 scripts/sample/make_returns.py --root DIR # or into another workspace
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import zlib
from pathlib import Path

import yaml

SEED = 20261124
FIRST_MONTH = (2025, 4)
LAST_MONTH = (2026, 10)
FIRST_QUARTER = (2025, 2)
LAST_QUARTER = (2026, 3)
FINANCIAL_YEARS = ["FY2025-26"]
ACADEMIC_YEARS = [(dt.date(2024, 9, 1), dt.date(2025, 8, 31)), (dt.date(2025, 9, 1), dt.date(2026, 8, 31))]

NO_RETURNS = {"home-office-2023-0112"}                                  # annual-assessment-overdue
LAST_PERIOD = {("dhsc-2025-0208", "packages-sourced-48h"): "2026-07"}   # stale-returns
WATERMELON = {"dhsc-2024-0087"}                                          # every KPI beats its good band

ACADEMIC = {
    ("dfe-2024-0015", "expected-level-communication"),
    ("dfe-2025-0041", "good-level-of-development-hub-areas"),
    ("dfe-2024-0052", "schools-moderated"),
    ("dfe-2024-0052", "judgements-confirmed"),
}

# Counts (and capacities) that accumulate: they never fall from one period to the next.
# A KPI whose contract names no frequency, but whose supplier reports on a cadence anyway.
REPORTED_AS = {("home-office-2025-0079", "serious-violence-in-hotspots"): "quarterly"}

CUMULATIVE = {
    ("dfe-2024-0015", "schools-trained"),
    ("desnz-2024-0117", "offshore-capacity-operational"),
    ("desnz-2024-0117", "vessel-days-secured"),
    ("desnz-2024-0117", "technician-places-filled"),
    ("desnz-2024-0117", "coastal-jobs-supported"),
}

STORIES = {
    # DHSC
    ("dhsc-2025-0142", "scan-turnaround"): "ahead",          # the supplier's own figures look good
    ("dhsc-2025-0142", "six-week-waits"): "slipping",
    ("dhsc-2025-0208", "same-day-discharge"): "ahead",       # supplier data rosy ...
    ("dhsc-2025-0208", "delayed-bed-days"): "flat",          # ... independent data unmoved
    ("dhsc-2025-0208", "packages-sourced-48h"): "slipping",
    ("dhsc-2025-0229", "validator-hours"): "ahead",
    ("dhsc-2025-0229", "removals-identified"): "slipping",
    ("dhsc-2024-0213", "hub-patients-within-18-weeks"): "slipping",
    ("dhsc-2025-0190", "readmissions-30-days"): "deteriorating",
    ("dhsc-2025-0190", "diagnostics-within-14-days"): "slipping",
    ("dhsc-2024-0150", "over-52-week-waiters"): "on-track",
    # Home Office
    ("home-office-2025-0031", "additional-neighbourhood-fte"): "on-track",
    ("home-office-2025-0031", "completed-applications"): "ahead",
    ("home-office-2025-0044", "forces-on-track"): "slipping",
    ("home-office-2024-0058", "proven-reoffending"): "on-track",
    ("home-office-2025-0067", "knife-offences-recorded"): "on-track",
    ("home-office-2025-0093", "emergency-departments-sharing-data"): "ahead",
    # DfE
    ("dfe-2023-0078", "achievement-rate"): "on-track",       # heads down to its lowered target
    ("dfe-2025-0030", "nurseries-open"): "on-track",
    ("dfe-2025-0041", "good-level-of-development-hub-areas"): "on-track",
    ("dfe-2025-0022", "settings-in-deprived-areas"): "flat",
    # DESNZ
    ("desnz-2024-0117", "offshore-capacity-operational"): "slipping",
    ("desnz-2025-0125", "round-milestones-on-timetable"): "ahead",
    ("desnz-2025-0151", "dashboard-refreshed-on-time"): "ahead",
    ("desnz-2023-0140", "capacity-installed"): "slipping",
    ("desnz-2025-0104", "application-to-offer-days"): "on-track",
    # MHCLG
    ("mhclg-2023-0248", "decided-within-12-weeks"): "on-track",
    ("mhclg-2024-0211", "starts-on-programme-sites"): "slipping",
    ("mhclg-2025-0205", "majors-decided-in-time"): "flat",
    ("mhclg-2025-0240", "affordable-starts"): "deteriorating",
    # DfT
    ("dft-2025-0302", "homes-unlocked"): "slipping",
    ("dft-2025-0327", "responses-within-21-days"): "on-track",
}

NOTES = {
    ("dhsc-2024-0213", "theatre-utilisation", "2025-07"): "Resident doctors' industrial action, 25 to 30 July",
    ("dhsc-2024-0150", "lists-delivered", "2025-07"): "Resident doctors' industrial action, 25 to 30 July",
    ("dhsc-2024-0087", "sessions-delivered", "2025-12"): "Winter plan: two sites kept elective beds ring-fenced",
    ("dhsc-2025-0208", "same-day-discharge", "2026-01"): "Supplier figure; trust sitrep data not yet reconciled",
    ("dhsc-2025-0208", "packages-sourced-48h", "2026-07"): "Last return before the supplier's data feed failed",
    ("dhsc-2025-0142", "tests-delivered", "2025-10"): "Burnley centre opened evenings and weekends",
    ("home-office-2025-0031", "completed-applications", "2025-09"): "Autumn campaign burst, TV and social media",
    ("home-office-2025-0067", "knives-surrendered", "2025-Q3"): "Summer knife amnesty",
    ("desnz-2025-0104", "submissions-assured-on-time", "2025-12"): "Peak of queue evidence submissions",
    ("mhclg-2023-0248", "decided-within-12-weeks", "2025-09"): "New multi-disciplinary teams in post",
    ("dfe-2025-0030", "nurseries-open", "2025-Q3"): "Phase 1 nurseries opened for September",
    ("dft-2025-0302", "homes-unlocked", "2026-Q2"): "Two schemes delayed by statutory undertakers' diversions",
}

# (department, contract, kpi, period, factor applied to the original value, note)
CORRECTIONS = [
    ("dhsc", "dhsc-2024-0213", "theatre-utilisation", "2026-05", 0.955,
     "Corrected: the first return counted cancelled sessions as used time; revalidated against the Model Health System"),
    ("dhsc", "dhsc-2025-0142", "tests-delivered", "2026-08", 0.962,
     "Corrected: ultrasound activity at one centre was counted twice in the original return"),
    ("dhsc", "dhsc-2025-0171", "answered-within-2-days", "2026-06", 0.957,
     "Corrected: requests closed by the GP before a reply were wrongly counted as answered"),
    ("mhclg", "mhclg-2023-0248", "decided-within-12-weeks", "2026-04", 0.968,
     "Corrected: the Building Safety Regulator revised its published April figures"),
    ("mhclg", "mhclg-2025-0240", "affordable-starts", "2026-Q1", 1.041,
     "Corrected: a Homes England data refresh added starts recorded late"),
]
CORRECTION_FILE = "2026-27-q3.csv"

DEFAULT_STORIES = [("on-track", 45), ("slipping", 25), ("flat", 10), ("ahead", 12), ("deteriorating", 8)]


def stable_hash(*parts: str) -> int:
    return zlib.crc32("/".join(parts).encode("utf-8"))


def as_date(value) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def months():
    y, m = FIRST_MONTH
    while (y, m) <= LAST_MONTH:
        yield y, m
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def quarters():
    y, q = FIRST_QUARTER
    while (y, q) <= LAST_QUARTER:
        yield y, q
        y, q = (y + 1, 1) if q == 4 else (y, q + 1)


def periods_for(contract: dict, kpi: dict) -> list[tuple[str, dt.date, dt.date]]:
    """The (label, start, end) periods this KPI reports, wholly inside the contract period."""
    start, end = as_date(contract["period"]["start"]), as_date(contract["period"]["end"])
    key = (contract["id"], kpi["id"])
    out = []
    frequency = kpi.get("frequency") or REPORTED_AS.get(key)
    if frequency == "monthly":
        for y, m in months():
            out.append((f"{y:04d}-{m:02d}", dt.date(y, m, 1), month_end(y, m)))
    elif frequency == "quarterly":
        for y, q in quarters():
            out.append((f"{y:04d}-Q{q}", dt.date(y, 3 * q - 2, 1), month_end(y, 3 * q)))
    elif frequency == "annually":
        if key in ACADEMIC:
            for a, b in ACADEMIC_YEARS:
                out.append((f"{a.isoformat()}/{b.isoformat()}", a, b))
        else:
            for label in FINANCIAL_YEARS:
                y = int(label[2:6])
                out.append((label, dt.date(y, 4, 1), dt.date(y + 1, 3, 31)))
    out = [p for p in out if p[1] >= start and p[2] <= end]
    last = LAST_PERIOD.get(key)
    if last is not None:
        cut = [i for i, p in enumerate(out) if p[0] == last]
        out = out[: cut[0] + 1] if cut else out
    return out


def file_for(label: str, period_end: dt.date) -> str:
    """The financial-year quarter file in which a return for this period is reported."""
    if label.startswith("FY"):
        reported = period_end + dt.timedelta(days=31)
    elif "/" in label:
        reported = period_end + dt.timedelta(days=45)
    else:
        reported = period_end
    y, m = reported.year, reported.month
    fy = y if m >= 4 else y - 1
    q = ((m - 4) % 12) // 3 + 1
    return f"{fy:04d}-{(fy + 1) % 100:02d}-q{q}.csv"


def rating(kpi: dict, value: float) -> str:
    bands = kpi.get("bands")
    if not bands:
        return "other"
    sign = -1 if kpi.get("direction") == "decrease" else 1
    for name in ("good", "approaching_target", "requires_improvement"):
        if sign * value >= sign * bands[name]:
            return name
    return "inadequate"


def anchors(contract: dict, kpi: dict):
    """Baseline value/date, target value/date and good edge, with fallbacks for planted gaps."""
    bands = kpi.get("bands") or {}
    baseline = kpi.get("baseline") or {}
    target = kpi.get("target") or {}
    good = bands.get("good", target.get("value"))
    t_value = target.get("value", good)
    b_value = baseline.get("value")
    if b_value is None:  # no baseline: start between the requires-improvement and approaching edges
        b_value = (bands["requires_improvement"] + bands["approaching_target"]) / 2 if bands else t_value
    b_date = as_date(baseline.get("date")) or as_date(contract["period"]["start"])
    t_date = as_date(target.get("date")) or as_date(contract["period"]["end"])
    if good is None:
        good = t_value
    return float(b_value), b_date, float(t_value), t_date, float(good)


def story_for(contract_id: str, kpi_id: str) -> str:
    if contract_id in WATERMELON:
        return "beat"
    if (contract_id, kpi_id) in STORIES:
        return STORIES[(contract_id, kpi_id)]
    h = stable_hash(contract_id, kpi_id, "story") % 100
    for name, weight in DEFAULT_STORIES:
        if h < weight:
            return name
        h -= weight
    return "on-track"


def is_cumulative(contract_id: str, kpi: dict) -> bool:
    if (contract_id, kpi["id"]) in CUMULATIVE:
        return True
    baseline = kpi.get("baseline") or {}
    return kpi.get("unit") in ("count", "gbp", "other") and baseline.get("value") == 0 and kpi.get("direction") == "increase"


def fmt(kpi: dict, value: float, b: float, t: float) -> str:
    unit = kpi.get("unit")
    if unit == "percent":
        value = min(100.0, max(0.0, value))
        return f"{value:.2f}" if abs(t - b) < 1.5 else f"{value:.1f}"
    if unit in ("count", "hours"):
        return str(max(0, int(round(value))))
    if unit == "gbp":
        return str(max(0, int(round(value / 100000.0)) * 100000))
    if unit == "days":
        return f"{max(0.0, value):.1f}"
    # other (GW, MW, months) and no unit
    return f"{max(0.0, value):.1f}" if abs(t - b) >= 5 or abs(t) < 100 else str(int(round(value)))


def series(contract: dict, kpi: dict, story: str) -> list[tuple[str, dt.date, str]]:
    periods = periods_for(contract, kpi)
    if not periods:
        return []
    b, b_date, t, t_date, good = anchors(contract, kpi)
    rng = random.Random(SEED ^ stable_hash(contract["id"], kpi["id"], story))
    span = max(1, (t_date - b_date).days)
    spread = abs(t - b) or max(abs(good) * 0.05, 1.0)
    sign = 1 if t >= b else -1
    better = -1 if kpi.get("direction") == "decrease" else 1
    factor = {"on-track": rng.uniform(0.94, 1.04), "slipping": rng.uniform(0.45, 0.7),
              "ahead": rng.uniform(1.15, 1.35)}.get(story, 1.0)
    noise_sd = 0.035 * spread
    cumulative = is_cumulative(contract["id"], kpi)
    out, previous = [], None
    for i, (label, _start, end) in enumerate(periods):
        progress = min(1.0, max(0.0, (end - b_date).days / span))
        share = (i + 1) / len(periods)
        if story == "beat":
            value = good + better * spread * rng.uniform(0.06, 0.16)
        elif story == "flat":
            value = b + sign * spread * 0.06 + rng.gauss(0, noise_sd)
        elif story == "deteriorating":
            value = b + sign * spread * (0.15 - 0.35 * share) + rng.gauss(0, noise_sd)
        else:
            reach = min(1.0, progress * factor) if story != "ahead" else min(1.08, progress * factor + 0.1)
            value = b + (t - b) * reach + rng.gauss(0, noise_sd)
        if cumulative:
            value = max(value, previous if previous is not None else b)
            previous = value
        out.append((label, end, fmt(kpi, value, b, t)))
    return out


def latest_not_good(kpi: dict, rows) -> bool:
    return bool(rows) and rating(kpi, float(rows[-1][2])) != "good"


def generate(root: Path) -> dict[Path, list[list[str]]]:
    files: dict[Path, list[list[str]]] = {}
    for dept_dir in sorted(p for p in (root / "Contracts").iterdir() if p.is_dir()):
        contracts = []
        for path in sorted(dept_dir.glob("*.yaml")):
            if path.name == "department.yaml":
                continue
            contracts.append(yaml.safe_load(path.read_text(encoding="utf-8")))
        rows_by_file: dict[str, list[list[str]]] = {}
        values: dict[tuple[str, str, str], str] = {}
        for contract in contracts:
            if contract["id"] in NO_RETURNS:
                continue
            kpis = contract.get("kpis") or []
            generated = {k["id"]: series(contract, k, story_for(contract["id"], k["id"])) for k in kpis}
            # Outside the watermelon, make sure at least one KPI's latest value is not rated good.
            if contract["id"] not in WATERMELON and generated:
                rated = [k for k in kpis if generated[k["id"]] and k.get("bands")]
                if rated and not any(latest_not_good(k, generated[k["id"]]) for k in rated):
                    pick = next((k for k in rated if k.get("most_material")), rated[0])
                    generated[pick["id"]] = series(contract, pick, "slipping")
                    if not latest_not_good(pick, generated[pick["id"]]):
                        generated[pick["id"]] = series(contract, pick, "flat")
            for kpi in kpis:
                for label, end, value in generated[kpi["id"]]:
                    note = NOTES.get((contract["id"], kpi["id"], label), "")
                    rows_by_file.setdefault(file_for(label, end), []).append(
                        [contract["id"], kpi["id"], label, value, note])
                    values[(contract["id"], kpi["id"], label)] = value
        for dept, contract_id, kpi_id, label, factor, note in CORRECTIONS:
            if dept != dept_dir.name:
                continue
            old = values[(contract_id, kpi_id, label)]
            contract = next(c for c in contracts if c["id"] == contract_id)
            kpi = next(k for k in contract["kpis"] if k["id"] == kpi_id)
            b, _, t, _, _ = anchors(contract, kpi)
            new_value = fmt(kpi, float(old) * factor, b, t)
            rows_by_file.setdefault(CORRECTION_FILE, []).append([contract_id, kpi_id, label, new_value, note])
        for name, rows in rows_by_file.items():
            originals = sorted((r for r in rows if not r[4].startswith("Corrected:")), key=lambda r: (r[0], r[1], r[2]))
            corrections = [r for r in rows if r[4].startswith("Corrected:")]
            files[dept_dir / "returns" / name] = originals + corrections
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[2],
                        help="workspace root (default: the repository)")
    args = parser.parse_args()
    files = generate(args.root)
    for returns_dir in {p.parent for p in files} | set((args.root / "Contracts").glob("*/returns")):
        for old in returns_dir.glob("*.csv"):
            old.unlink()
    total = 0
    for path in sorted(files):
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(["contract", "kpi", "period", "value", "note"])
            writer.writerows(files[path])
        total += len(files[path])
    print(f"wrote {total} returns in {len(files)} files")


if __name__ == "__main__":
    main()
