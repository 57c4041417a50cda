# SPDX-License-Identifier: GPL-2.0
#
# seamcall: one header (include/seamcall.h) and one assembly file
# (asm/seamcall.S). Nothing here needs building to be used; these targets
# check and demonstrate it. Build output goes to $(O); kernels and other
# heavy downloads are cached in $(SEAM_CACHE) (kunit/runner/env.sh).
#
#   make          build the compile test and the user-space rig
#   make check    install what is missing, then run every test (the CI entry)
#   make clean    remove $(O)

O ?= $(CURDIR)/build
export O

.PHONY: all check clean deps

all: deps
	kunit/compile/check.sh $(O)/compile
	$(MAKE) -f kunit/user/Makefile O=$(O) user-tests

deps:
	kunit/runner/deps.sh
	kunit/runner/prepare.sh all

check:
	kunit/runner/check-all.sh $(O)

clean:
	rm -rf $(O)
