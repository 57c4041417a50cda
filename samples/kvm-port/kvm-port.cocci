// SPDX-License-Identifier: GPL-2.0
/// Port Linux 7.x KVM TDX (arch/x86/kvm/vmx/tdx.c, tdx.h) from the core
/// kernel's exported tdh_*() wrappers to seamcall.h's seam_tdh_*().
///
/// Object arguments become physical addresses through seam_kvm.h, pages the
/// TDX module takes over are flushed first as the exports did, page-table
/// levels become TDX levels, and TDX_BUG_ON*(), tdh_do_no_vcpus(),
/// tdx_operand_busy() and the TDH.PHYMEM.CACHE.WB loop become
/// SEAM_REPORT_ON*(), SEAM_KVM_NO_VCPUS(), seam_is_busy() and
/// seam_tdh_phymem_cache_wb_all().
///
/// Copyright (C) 2026 The seamcall authors
//
// Usage, in a Linux 7.x tree:
//   spatch --sp-file kvm-port.cocci --dir arch/x86/kvm/vmx --include-headers \
//          --in-place
//   cocci-macros.py kvm-port.cocci arch/x86/kvm/vmx/tdx.h tdh_vp_rd tdh_vp_wr
// (the second command ports the calls in tdx.h's accessor #define, which
// spatch cannot parse), or "kvm-port.sh --apply TREE" for both. Each hunk
// below, "-" lines against "+" lines, is one row of the porting table
// (kvm-port.sh --porting-table).

// tdx.h: the glue and the header, and the register block of TDH.VP.ENTER.
// (Declaring scoped_guard() an iterator lets spatch parse its users.)
@glue_site@
iterator name scoped_guard;
position p;
@@
 #include "common.h"@p

@script:python glue_in_tdx_h@
p << glue_site.p;
@@
import os
if os.path.basename(p[0].file) != "tdx.h":
	cocci.include_match(False)

@include_glue@
position glue_site.p;
@@
 #include "common.h"@p
+#include "seam_kvm.h"

@vp_enter_args@
identifier args;
@@
 struct vcpu_tdx {
 ...
-struct tdx_module_args args;
+struct seam_args args;
 ...
 };

// Calls through tdh_do_no_vcpus() become plain calls inside
// SEAM_KVM_NO_VCPUS(), which the rules below then port.
@no_vcpus@
identifier fn;
expression K;
expression list ES;
@@
-tdh_do_no_vcpus(fn, K, ES)
+SEAM_KVM_NO_VCPUS(K, fn(ES))

@no_vcpus_def depends on no_vcpus@
expression e;
@@
-#define tdh_do_no_vcpus(...) e

// The TDH.PHYMEM.CACHE.WB loop: resume while interrupted, at most N calls;
// "no HKID ready" means another CPU of the package did the work.
@cache_wb_loop@
identifier i, resume, err, out;
expression N;
@@
-bool resume;
 ...
-int i;
 ...
-for (i = N; i > 0; i--) {
-	resume = !!err;
-	err = tdh_phymem_cache_wb(resume);
-	...
-}
+err = seam_tdh_phymem_cache_wb_all(N);
+if (err == SEAM_TDX_NO_HKID_READY_TO_WBCACHE)
+	err = SEAM_TDX_SUCCESS;
-out:

@@
expression T, P;
@@
-tdh_mng_addcx(T, P)
+seam_tdh_mng_addcx(seam_kvm_tdr_pa(T), seam_kvm_donate_page(P))

@@
expression T, G, P, S, E1, E2;
@@
-tdh_mem_page_add(T, G, P, S, E1, E2)
+seam_tdh_mem_page_add(seam_kvm_tdr_pa(T), G, seam_kvm_donate_pfn(P), page_to_phys(S), E1, E2)

@@
expression T, G, L, P, E1, E2;
@@
-tdh_mem_sept_add(T, G, L, P, E1, E2)
+seam_tdh_mem_sept_add(seam_kvm_tdr_pa(T), G, seam_kvm_sept_level(L), seam_kvm_donate_page(P), E1, E2)

@@
expression V, P;
@@
-tdh_vp_addcx(V, P)
+seam_tdh_vp_addcx(seam_kvm_tdvpr_pa(V), seam_kvm_donate_page(P))

@@
expression T, G, L, P, E1, E2;
@@
-tdh_mem_page_aug(T, G, L, P, E1, E2)
+seam_tdh_mem_page_aug(seam_kvm_tdr_pa(T), G, seam_kvm_sept_level(L), seam_kvm_donate_pfn(P), E1, E2)

@@
expression T, G, L, E1, E2;
@@
-tdh_mem_range_block(T, G, L, E1, E2)
+seam_tdh_mem_range_block(seam_kvm_tdr_pa(T), G, seam_kvm_sept_level(L), E1, E2)

@@
expression T;
@@
-tdh_mng_key_config(T)
+seam_tdh_mng_key_config(seam_kvm_tdr_pa(T))

@@
expression T, H;
@@
-tdh_mng_create(T, H)
+seam_tdh_mng_create(seam_kvm_donate_tdr(T), H)

@@
expression T, V;
@@
-tdh_vp_create(T, V)
+seam_tdh_vp_create(seam_kvm_tdr_pa(T), seam_kvm_donate_tdvpr(V))

@@
expression T, F, D;
@@
-tdh_mng_rd(T, F, D)
+seam_tdh_mng_rd(seam_kvm_tdr_pa(T), F, D)

@@
expression T, G, E1, E2;
@@
-tdh_mr_extend(T, G, E1, E2)
+seam_tdh_mr_extend(seam_kvm_tdr_pa(T), G, E1, E2)

@@
expression T;
@@
-tdh_mr_finalize(T)
+seam_tdh_mr_finalize(seam_kvm_tdr_pa(T))

@@
expression V;
@@
-tdh_vp_flush(V)
+seam_tdh_vp_flush(seam_kvm_tdvpr_pa(V))

@@
expression T;
@@
-tdh_mng_vpflushdone(T)
+seam_tdh_mng_vpflushdone(seam_kvm_tdr_pa(T))

@@
expression T;
@@
-tdh_mng_key_freeid(T)
+seam_tdh_mng_key_freeid(seam_kvm_tdr_pa(T))

@@
expression T, P, E;
@@
-tdh_mng_init(T, P, E)
+seam_tdh_mng_init(seam_kvm_tdr_pa(T), P, E)

@@
expression V, R, A;
@@
-tdh_vp_init(V, R, A)
+seam_tdh_vp_init(seam_kvm_tdvpr_pa(V), R, A)

@@
expression V, F, D;
@@
-tdh_vp_rd(V, F, D)
+seam_tdh_vp_rd(seam_kvm_tdvpr_pa(V), F, D)

@@
expression V, F, D, M;
@@
-tdh_vp_wr(V, F, D, M)
+seam_kvm_vp_wr(seam_kvm_tdvpr_pa(V), F, D, M)

@@
expression P, E1, E2, E3;
@@
-tdh_phymem_page_reclaim(P, E1, E2, E3)
+seam_tdh_phymem_page_reclaim(page_to_phys(P), E1, E2, E3)

@@
expression T;
@@
-tdh_mem_track(T)
+seam_tdh_mem_track(seam_kvm_tdr_pa(T))

@@
expression T, G, L, E1, E2;
@@
-tdh_mem_page_remove(T, G, L, E1, E2)
+seam_tdh_mem_page_remove(seam_kvm_tdr_pa(T), G, seam_kvm_sept_level(L), E1, E2)

@@
expression R;
@@
-tdh_phymem_cache_wb(R)
+seam_tdh_phymem_cache_wb(R)

@@
expression T;
@@
-tdh_phymem_page_wbinvd_tdr(T)
+seam_tdh_phymem_page_wbinvd(seam_kvm_keyed_pa(seam_kvm_tdr_pa(T), seam_kvm_global_keyid()))

@@
expression H, P;
@@
-tdh_phymem_page_wbinvd_hkid(H, P)
+seam_tdh_phymem_page_wbinvd(seam_kvm_keyed_pa(PFN_PHYS(P), H))

@@
expression V, A;
@@
-tdh_vp_enter(V, A)
+seam_tdh_vp_enter(seam_kvm_tdvpr_pa(V), A)

// KVM's checks: TDX_BUG_ON*(err, TDH_X, [extras,] kvm) is true for any
// status but success, marks the VM bugged and prints the leaf, the status
// and the extras. A NULL VM only warns.
@bug_on_null@
expression E, A1, A2, A3;
identifier fn;
fresh identifier SEAM_fn = "SEAM_" ## fn;
@@
(
-TDX_BUG_ON(E, fn, NULL)
+SEAM_REPORT_ON(seam_kvm_failed, E, SEAM_fn, SEAM_KVM_WARN, NULL)
|
-TDX_BUG_ON_1(E, fn, A1, NULL)
+SEAM_REPORT_ON_1(seam_kvm_failed, E, SEAM_fn, A1, SEAM_KVM_WARN, NULL)
|
-TDX_BUG_ON_2(E, fn, A1, A2, NULL)
+SEAM_REPORT_ON_2(seam_kvm_failed, E, SEAM_fn, A1, A2, SEAM_KVM_WARN, NULL)
|
-TDX_BUG_ON_3(E, fn, A1, A2, A3, NULL)
+SEAM_REPORT_ON_3(seam_kvm_failed, E, SEAM_fn, A1, A2, A3, SEAM_KVM_WARN, NULL)
)

@bug_on_kvm@
expression E, K, A1, A2, A3;
identifier fn;
fresh identifier SEAM_fn = "SEAM_" ## fn;
@@
(
-TDX_BUG_ON(E, fn, K)
+SEAM_REPORT_ON(seam_kvm_failed, E, SEAM_fn, KVM_BUG_ON, K)
|
-TDX_BUG_ON_1(E, fn, A1, K)
+SEAM_REPORT_ON_1(seam_kvm_failed, E, SEAM_fn, A1, KVM_BUG_ON, K)
|
-TDX_BUG_ON_2(E, fn, A1, A2, K)
+SEAM_REPORT_ON_2(seam_kvm_failed, E, SEAM_fn, A1, A2, KVM_BUG_ON, K)
|
-TDX_BUG_ON_3(E, fn, A1, A2, A3, K)
+SEAM_REPORT_ON_3(seam_kvm_failed, E, SEAM_fn, A1, A2, A3, KVM_BUG_ON, K)
)

@bug_on_defs@
identifier TDX_BUG_ON_all =~ "^(__TDX_BUG_ON|TDX_BUG_ON(_[123])?)$";
expression e;
@@
-#define TDX_BUG_ON_all(...) e

// Status tests.
@busy@
expression E;
@@
-tdx_operand_busy(E)
+seam_is_busy(E)

@busy_def depends on busy@
@@
-bool tdx_operand_busy(...)
-{
-	...
-}

@operand_invalid@
expression E;
@@
-(E & TDX_SEAMCALL_STATUS_MASK) == TDX_OPERAND_INVALID
+seam_status_is(E, SEAM_TDX_OPERAND_INVALID)
