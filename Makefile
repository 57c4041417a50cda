# SPDX-License-Identifier: GPL-2.0
#
# seamcall: one header (include/seamcall.h) and one assembly file
# (asm/seamcall.S). Nothing here needs building to be used; these targets
# build, check and demonstrate it. "make help" lists targets and variables.
#
# O= works as in Kbuild, on the command line or in the environment: all
# output goes there (default: build/). It is never handed to the kernel
# builds the targets drive, which have O= directories of their own.

# Where everything goes; relative paths are taken from this directory.
O ?= build
SEAM_O := $(abspath $(O))
unexport O
MAKEOVERRIDES := $(filter-out O=%,$(MAKEOVERRIDES))

# Kernel trees, downloads and KUnit kernels (kunit/runner/env.sh).
SEAM_CACHE ?= $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/seamcall
export SEAM_CACHE

# Stages and KUnit filter for "make check" (kunit/runner/check-all.sh).
STAGES ?=
SUITE ?=
# Kernel build tree for the out-of-tree modules of "make"; kernel source
# tree for "make kunit-tree".
KDIR ?=
KSRC ?=
# Where "make install" puts seam-decode (bin/) and its man page
# (share/man/man1/).
PREFIX ?= /usr/local
DESTDIR ?=

ENV_SH := kunit/runner/env.sh

# KDIR and KSRC only mean something to the targets named above: refuse them
# elsewhere rather than ignore them.
SEAM_GOALS := $(or $(MAKECMDGOALS),all)
ifneq ($(KDIR),)
ifneq ($(filter-out all help deps clean,$(SEAM_GOALS)),)
$(error KDIR= applies to "make" (all) only: "make check" and the others use the kernels of kunit/runner/env.sh)
endif
endif
ifneq ($(KSRC),)
ifneq ($(filter-out kunit-tree help deps clean,$(SEAM_GOALS)),)
$(error KSRC= applies to "make kunit-tree" only)
endif
endif

.PHONY: all deps check demo bench kunit-tree kvm-port install help clean \
	distclean outdir

# Build only: the user-space test program, the samples' programs and the
# tdx-probe module against KDIR (default: the Debian 6.1 headers).
all: outdir
	$(MAKE) --no-print-directory -f kunit/user/Makefile O=$(SEAM_O) user-tests
	$(MAKE) --no-print-directory -C samples/td-lifecycle O=$(SEAM_O)
	$(MAKE) --no-print-directory -C samples/kunit-example O=$(SEAM_O) user-build
	$(MAKE) --no-print-directory -C samples/seam-decode O=$(SEAM_O)
	@kdir='$(KDIR)'; \
	if [ -z "$$kdir" ] && ! kdir=$$($(ENV_SH) KDIR_61); then \
		echo "make: no kernel headers for tdx-probe: run 'make deps' or pass KDIR=" >&2; \
		exit 1; \
	fi; \
	if [ ! -f "$$kdir/Makefile" ]; then \
		echo "make: KDIR=$$kdir is not a kernel build tree (no Makefile)" >&2; \
		exit 1; \
	fi; \
	rm -rf $(SEAM_O)/samples/tdx-probe && mkdir -p $(SEAM_O)/samples && \
	cp -r samples/tdx-probe $(SEAM_O)/samples/ && \
	$(MAKE) --no-print-directory -C $(SEAM_O)/samples/tdx-probe \
		SEAMCALL_DIR=$(CURDIR) KDIR="$$kdir"

# Debian packages (as root); prints what it installs.
deps:
	kunit/runner/deps.sh

check: deps outdir
	STAGES='$(STAGES)' SUITE='$(SUITE)' kunit/runner/check-all.sh $(SEAM_O)

demo: deps outdir
	O=$(SEAM_O) samples/td-lifecycle/demo.sh

# Code-generation benchmark (kunit/bench/README.md); not part of check.
bench: outdir
	kunit/bench/bench.sh $(SEAM_O)/bench

# The suites as an in-tree KUnit test in a copy of the kernel tree KSRC.
kunit-tree: outdir
	@ksrc='$(KSRC)'; \
	if [ -z "$$ksrc" ]; then ksrc=$$($(ENV_SH) KSRC_612) || exit 1; fi; \
	kunit/tree/kunit-tree.sh "$$ksrc" $(SEAM_O)/kunit-tree

# Port Linux 7.x's KVM TDX code to the header with Coccinelle, build both
# kvm-intel.ko (W=1, gcc-12 and clang-19), check and measure them
# (samples/kvm-port/).
kvm-port: outdir
	kunit/runner/prepare.sh linux7
	kunit/runner/kernel.sh gcc7
	kunit/runner/kernel.sh clang7
	samples/kvm-port/kvm-port.sh $(SEAM_O)/kvm-port

# seam-decode and its man page, under $(DESTDIR)$(PREFIX).
install: outdir
	$(MAKE) --no-print-directory -C samples/seam-decode O=$(SEAM_O) \
		PREFIX='$(PREFIX)' DESTDIR='$(DESTDIR)' install

help:
	@echo 'Targets:'
	@echo '  all (default)  build the user-space test program, the samples and'
	@echo '                 tdx-probe.ko against KDIR; installs and runs nothing'
	@echo '  deps           install the Debian packages (root); prints what it installs'
	@echo '  check          deps, then every test stage (kunit/runner/check-all.sh):'
	@echo '                 compile user user-clang user-valgrind kunit-gcc'
	@echo '                 kunit-clang kunit-gcc7 kunit-clang7 kunit-tree'
	@echo '                 kunit-tree7 regs samples decode kvm-port docs'
	@echo '  demo           deps, then trace a TD life cycle (samples/td-lifecycle)'
	@echo '  kunit-tree     copy a kernel tree (hard links) to $$O/kunit-tree/linux and'
	@echo '                 add the suites as an in-tree KUnit test for kunit.py run'
	@echo '  kvm-port       port Linux 7.x KVM TDX with Coccinelle, build and measure it'
	@echo '  install        install seam-decode and its man page under $$DESTDIR$$PREFIX'
	@echo '  bench          code-generation benchmark (not part of check)'
	@echo '  clean          remove $$O'
	@echo '  distclean      remove $$O and the cache $$SEAM_CACHE (prints its size)'
	@echo 'Variables (command line or environment):'
	@echo '  O=DIR          output directory, as in Kbuild (now: $(SEAM_O))'
	@echo '  STAGES="a b"   check: run only these stages'
	@echo '  SUITE=GLOB     check: only KUnit suites matching GLOB, or SUITE.CASE globs'
	@echo '                 (kunit.filter_glob syntax); matching nothing is an error'
	@echo '  KDIR=DIR       all: kernel build tree for tdx-probe (default: Debian 6.1 headers)'
	@echo '  KSRC=DIR       kunit-tree: kernel source tree to copy (default: cached 6.12)'
	@echo '  PREFIX=DIR     install: where to install (now: $(PREFIX))'
	@echo '  SEAM_CACHE=DIR kernel trees and KUnit kernels (now: $(SEAM_CACHE))'
	@echo 'Example: make check O=../out STAGES=user SUITE=seamcall_misuse'

# Refuse an O= that is unsafe or cannot be created (kunit/runner/outdir.sh).
outdir:
	@kunit/runner/outdir.sh '$(SEAM_O)' >/dev/null

clean: outdir
	rm -rf $(SEAM_O)

distclean: clean
	@case '$(abspath $(SEAM_CACHE))' in \
	/|$(abspath $(HOME))|$(abspath $(CURDIR))) \
		echo "make: refusing to remove SEAM_CACHE=$(SEAM_CACHE)" >&2; exit 1;; \
	esac; \
	if [ -d '$(SEAM_CACHE)' ]; then \
		echo "make: removing the cache $(SEAM_CACHE): $$(du -sh '$(SEAM_CACHE)' | cut -f1)"; \
		rm -rf '$(SEAM_CACHE)'; \
	fi
