// SPDX-License-Identifier: GPL-2.0
/// Export the per-CPU flag cache_state_incoherent to KVM.
///
/// Since Linux 6.18 the core kernel marks a CPU's caches incoherent before
/// every SEAMCALL, so that kexec writes them back before the next kernel
/// runs. The flag is not exported, so kvm-intel.ko, ported to seamcall.h
/// by kvm-port.cocci, cannot set it. With this export its SEAM_CALL_PREPARE()
/// hook does (seam_kvm.h, built with -DSEAM_KVM_KEXEC_FLAG), and the port
/// keeps the kexec protocol of the core kernel's wrappers.
///
/// Copyright (C) 2026 The seamcall authors
//
// Usage: spatch --sp-file kernel-export.cocci --in-place arch/x86/kernel/process.c

@export@
declarer name DEFINE_PER_CPU, EXPORT_SYMBOL_FOR_KVM;
identifier flag = {cache_state_incoherent}, type = {bool};
@@
 DEFINE_PER_CPU(type, flag);
+EXPORT_SYMBOL_FOR_KVM(flag);

@include depends on export@
@@
 #include <linux/export.h>
+#include <linux/kvm_types.h>
