#!/usr/bin/env bash
# Regenerates the golden report files (parley-summit/src/test/resources/golden/*.json) of every
# built-in scenario. Review the diff (git diff) before committing: every changed figure should be
# explained by the model change you made.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -q -B -ntp -pl parley-summit -am test -Dtest=GoldenReportTest -Dsurefire.failIfNoSpecifiedTests=false -Dparley.updateGolden=true
git status --short parley-summit/src/test/resources/golden
