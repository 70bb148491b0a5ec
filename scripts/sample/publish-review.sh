#!/usr/bin/env bash
# Publishes the sample's Reports/ as committed, with its review. The sample's last review was published as
# at 2026-08-24, before the goalposts moved in commit b7f1544 ("sample: goalposts moved since the last
# review"); this publish, as at 2026-11-24, compares with it ("Changes since the last review" on the index,
# mission and department pages). So: publish the sample without those moves as at 2026-08-24, then the
# sample as it is as at 2026-11-24. Run from anywhere in the repository; needs git and swift.
#
# Note: "What changed" compares with the previous publish whatever its date (issue 18), so the committed
# Reports/ are a fixed point instead: a re-publish over them changes no byte (RegenerationTests). To
# regenerate them, run `swift run missionkpi publish --as-of 2026-11-24` (twice if the first run changed
# anything). Use this script to see the review against August; do not commit what it writes.
set -euo pipefail
cd "$(dirname "$0")/../.."
moves=b7f1544
last=$(mktemp -d)
trap 'rm -rf "$last"' EXIT
cp -R missionkpi.yaml Missions Contracts "$last"/
git diff "$moves^" "$moves" -- Contracts Missions | (cd "$last" && git apply -R)
swift run -q missionkpi publish --workspace "$last" --db "$last/tracker.sqlite" --as-of 2026-08-24 --out Reports
rm -rf .missionkpi
swift run -q missionkpi publish --as-of 2026-11-24
