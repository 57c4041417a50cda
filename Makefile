# SPDX-License-Identifier: GPL-2.0
#
# seamcall: one header (include/seamcall.h) and one assembly file
# (asm/seamcall.S). Nothing here needs building to be used; these targets
# check and demonstrate it. Build output goes to $(O); kernels and other
# heavy downloads are cached in $(SEAM_CACHE) (kunit/runner/env.sh).
#
#   make          build the compile test, the user-space rig and the samples
#   make check    install what is missing, then run every test (the CI entry)
#   make demo     install what is missing, then trace a TD lifecycle
#   make bench    code-generation benchmark (not part of check)
#   make clean    remove $(O)

O ?= $(CURDIR)/build
export O

.PHONY: all check demo bench clean deps

all: deps
	kunit/compile/check.sh $(O)/compile
	$(MAKE) -f kunit/user/Makefile O=$(O) user-tests
	$(MAKE) -C samples/td-lifecycle O=$(O)
	$(MAKE) -C samples/kunit-example O=$(O) user
	rm -rf $(O)/samples/tdx-probe && mkdir -p $(O)/samples
	cp -r samples/tdx-probe $(O)/samples/
	$(MAKE) -C $(O)/samples/tdx-probe SEAMCALL_DIR=$(CURDIR) \
		KDIR=$$(kunit/runner/env.sh KDIR_61)

deps:
	kunit/runner/deps.sh
	kunit/runner/prepare.sh all

check:
	kunit/runner/check-all.sh $(O)

demo:
	samples/td-lifecycle/demo.sh

clean:
	rm -rf $(O)

# Code-generation benchmark (kunit/bench/README.md); not part of check.
bench:
	kunit/bench/bench.sh $(O)/bench
