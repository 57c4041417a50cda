#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Install the build dependencies, build the TD life cycle sample and run it
# ("make demo" runs this script):
#   demo.sh [--update|--dpamt] [--format text|mermaid] [--inject FAULT]...
#           [--help]
#
# Examples: demo.sh --update; demo.sh --dpamt;
# demo.sh --inject busy:TDH.MEM.PAGE.AUG; demo.sh --inject ud;
# demo.sh --format mermaid > td.mmd (demo.sh --help lists the walks and the
# faults). The program goes to $O/samples/td-lifecycle/ (default O: build/
# at the top of the tree); its exit status is the demo's.
set -euo pipefail

here=$(dirname "$(readlink -f "$0")")
root=$(readlink -f "$here/../..")
# shellcheck source=SCRIPTDIR/../../kunit/runner/outdir.sh
source "$root/kunit/runner/outdir.sh"
out=$(seam_outdir demo.sh "${O:-$root/build}") || exit 2

"$root/kunit/runner/deps.sh"
make --no-print-directory -s -C "$here" O="$out"
exec "$out/samples/td-lifecycle/td-lifecycle" "$@"
