/* SPDX-License-Identifier: GPL-2.0 */
/*
 * One out-of-line function per typed leaf wrapper
 *
 * Copyright (C) 2026 The seamcall authors
 *
 * Each seam_probe_<leaf>() takes the arguments of seam_tdh_<leaf>() as
 * parameters and returns its status, so the wrapper is compiled on its own
 * for the compile test (warnings, sparse, objtool) and measured on its own
 * by the benchmark; seam_probe_seamldr_<leaf>() does the same for
 * seam_seamldr_<leaf>(). The includer includes <seamcall.h> first.
 * check.sh verifies that every seam_tdh_*() and seam_seamldr_*() wrapper
 * of the header has a probe here.
 */
#ifndef _SEAM_PROBES_H
#define _SEAM_PROBES_H

/* seam_tdh_mng_addcx() */
static noinline __used u64
seam_probe_mng_addcx(phys_addr_t tdr_pa, phys_addr_t tdcs_pa)
{
	return seam_tdh_mng_addcx(tdr_pa, tdcs_pa);
}

/* seam_tdh_mem_page_add() */
static noinline __used u64
seam_probe_mem_page_add(phys_addr_t tdr_pa, u64 gpa, phys_addr_t page_pa,
			phys_addr_t source_pa, u64 *entry, u64 *level_state)
{
	return seam_tdh_mem_page_add(tdr_pa, gpa, page_pa, source_pa, entry,
				     level_state);
}

/* seam_tdh_mem_sept_add() */
static noinline __used u64
seam_probe_mem_sept_add(phys_addr_t tdr_pa, u64 gpa, int level,
			phys_addr_t sept_pa, u64 *entry, u64 *level_state)
{
	return seam_tdh_mem_sept_add(tdr_pa, gpa, level, sept_pa, entry,
				     level_state);
}

/* seam_tdh_vp_addcx() */
static noinline __used u64
seam_probe_vp_addcx(phys_addr_t tdvpr_pa, phys_addr_t tdcx_pa)
{
	return seam_tdh_vp_addcx(tdvpr_pa, tdcx_pa);
}

/* seam_tdh_mem_page_relocate() */
static noinline __used u64
seam_probe_mem_page_relocate(phys_addr_t tdr_pa, u64 gpa, int level,
			     phys_addr_t target_pa, u64 *old_pa,
			     u64 *level_state)
{
	return seam_tdh_mem_page_relocate(tdr_pa, gpa, level, target_pa, old_pa,
					  level_state);
}

/* seam_tdh_mem_page_aug() */
static noinline __used u64
seam_probe_mem_page_aug(phys_addr_t tdr_pa, u64 gpa, int level,
			phys_addr_t page_pa, u64 *entry, u64 *level_state)
{
	return seam_tdh_mem_page_aug(tdr_pa, gpa, level, page_pa, entry,
				     level_state);
}

/* seam_tdh_mem_range_block() */
static noinline __used u64
seam_probe_mem_range_block(phys_addr_t tdr_pa, u64 gpa, int level, u64 *entry,
			   u64 *level_state)
{
	return seam_tdh_mem_range_block(tdr_pa, gpa, level, entry, level_state);
}

/* seam_tdh_mng_key_config() */
static noinline __used u64 seam_probe_mng_key_config(phys_addr_t tdr_pa)
{
	return seam_tdh_mng_key_config(tdr_pa);
}

/* seam_tdh_mng_create() */
static noinline __used u64 seam_probe_mng_create(phys_addr_t tdr_pa, u16 hkid)
{
	return seam_tdh_mng_create(tdr_pa, hkid);
}

/* seam_tdh_vp_create() */
static noinline __used u64
seam_probe_vp_create(phys_addr_t tdr_pa, phys_addr_t tdvpr_pa)
{
	return seam_tdh_vp_create(tdr_pa, tdvpr_pa);
}

/* seam_tdh_mng_rd() */
static noinline __used u64
seam_probe_mng_rd(phys_addr_t tdr_pa, u64 field_id, u64 *value)
{
	return seam_tdh_mng_rd(tdr_pa, field_id, value);
}

/* seam_tdh_mem_rd() */
static noinline __used u64
seam_probe_mem_rd(phys_addr_t tdr_pa, u64 gpa, u64 *value, u64 *entry,
		  u64 *level_state)
{
	return seam_tdh_mem_rd(tdr_pa, gpa, value, entry, level_state);
}

/* seam_tdh_mng_wr() */
static noinline __used u64
seam_probe_mng_wr(phys_addr_t tdr_pa, u64 field_id, u64 value, u64 mask,
		  u64 *old_value)
{
	return seam_tdh_mng_wr(tdr_pa, field_id, value, mask, old_value);
}

/* seam_tdh_mem_wr() */
static noinline __used u64
seam_probe_mem_wr(phys_addr_t tdr_pa, u64 gpa, u64 value, u64 *old_value,
		  u64 *entry, u64 *level_state)
{
	return seam_tdh_mem_wr(tdr_pa, gpa, value, old_value, entry,
			       level_state);
}

/* seam_tdh_mem_page_demote() */
static noinline __used u64
seam_probe_mem_page_demote(phys_addr_t tdr_pa, u64 gpa, int level,
			   phys_addr_t sept_pa, u64 *entry, u64 *level_state)
{
	return seam_tdh_mem_page_demote(tdr_pa, gpa, level, sept_pa, entry,
					level_state);
}

/* seam_tdh_mr_extend() */
static noinline __used u64
seam_probe_mr_extend(phys_addr_t tdr_pa, u64 gpa, u64 *entry, u64 *level_state)
{
	return seam_tdh_mr_extend(tdr_pa, gpa, entry, level_state);
}

/* seam_tdh_mr_finalize() */
static noinline __used u64 seam_probe_mr_finalize(phys_addr_t tdr_pa)
{
	return seam_tdh_mr_finalize(tdr_pa);
}

/* seam_tdh_vp_flush() */
static noinline __used u64 seam_probe_vp_flush(phys_addr_t tdvpr_pa)
{
	return seam_tdh_vp_flush(tdvpr_pa);
}

/* seam_tdh_mng_vpflushdone() */
static noinline __used u64 seam_probe_mng_vpflushdone(phys_addr_t tdr_pa)
{
	return seam_tdh_mng_vpflushdone(tdr_pa);
}

/* seam_tdh_mng_key_freeid() */
static noinline __used u64 seam_probe_mng_key_freeid(phys_addr_t tdr_pa)
{
	return seam_tdh_mng_key_freeid(tdr_pa);
}

/* seam_tdh_mng_init() */
static noinline __used u64
seam_probe_mng_init(phys_addr_t tdr_pa, phys_addr_t td_params_pa,
		    u64 *cpuid_leaf)
{
	return seam_tdh_mng_init(tdr_pa, td_params_pa, cpuid_leaf);
}

/* seam_tdh_vp_init_v0() */
static noinline __used u64
seam_probe_vp_init_v0(phys_addr_t tdvpr_pa, u64 initial_rcx)
{
	return seam_tdh_vp_init_v0(tdvpr_pa, initial_rcx);
}

/* seam_tdh_mem_page_promote() */
static noinline __used u64
seam_probe_mem_page_promote(phys_addr_t tdr_pa, u64 gpa, int level,
			    u64 *freed_sept_pa, u64 *level_state)
{
	return seam_tdh_mem_page_promote(tdr_pa, gpa, level, freed_sept_pa,
					 level_state);
}

/* seam_tdh_phymem_page_rdmd() */
static noinline __used u64
seam_probe_phymem_page_rdmd(phys_addr_t page_pa, u64 *page_type, u64 *owner,
			    u64 *size, u64 *epoch)
{
	return seam_tdh_phymem_page_rdmd(page_pa, page_type, owner, size,
					 epoch);
}

/* seam_tdh_mem_sept_rd() */
static noinline __used u64
seam_probe_mem_sept_rd(phys_addr_t tdr_pa, u64 gpa, int level, u64 *entry,
		       u64 *level_state, u64 *attr)
{
	return seam_tdh_mem_sept_rd(tdr_pa, gpa, level, entry, level_state,
				    attr);
}

/* seam_tdh_vp_rd() */
static noinline __used u64
seam_probe_vp_rd(phys_addr_t tdvpr_pa, u64 field_id, u64 *value)
{
	return seam_tdh_vp_rd(tdvpr_pa, field_id, value);
}

/* seam_tdh_mng_key_reclaimid() */
static noinline __used u64 seam_probe_mng_key_reclaimid(phys_addr_t tdr_pa)
{
	return seam_tdh_mng_key_reclaimid(tdr_pa);
}

/* seam_tdh_phymem_page_reclaim() */
static noinline __used u64
seam_probe_phymem_page_reclaim(phys_addr_t page_pa, u64 *page_type, u64 *owner,
			       u64 *size)
{
	return seam_tdh_phymem_page_reclaim(page_pa, page_type, owner, size);
}

/* seam_tdh_mem_page_remove() */
static noinline __used u64
seam_probe_mem_page_remove(phys_addr_t tdr_pa, u64 gpa, int level, u64 *entry,
			   u64 *level_state)
{
	return seam_tdh_mem_page_remove(tdr_pa, gpa, level, entry, level_state);
}

/* seam_tdh_mem_sept_remove() */
static noinline __used u64
seam_probe_mem_sept_remove(phys_addr_t tdr_pa, u64 gpa, int level, u64 *entry,
			   u64 *level_state)
{
	return seam_tdh_mem_sept_remove(tdr_pa, gpa, level, entry, level_state);
}

/* seam_tdh_sys_key_config() */
static noinline __used u64 seam_probe_sys_key_config(void)
{
	return seam_tdh_sys_key_config();
}

/* seam_tdh_sys_info() */
static noinline __used u64
seam_probe_sys_info(phys_addr_t sysinfo_pa, u64 sysinfo_size,
		    phys_addr_t cmr_array_pa, u64 cmr_entries,
		    u64 *bytes_written, u64 *num_cmrs)
{
	return seam_tdh_sys_info(sysinfo_pa, sysinfo_size, cmr_array_pa,
				 cmr_entries, bytes_written, num_cmrs);
}

/* seam_tdh_sys_init() */
static noinline __used u64 seam_probe_sys_init(void)
{
	return seam_tdh_sys_init();
}

/* seam_tdh_sys_rd() */
static noinline __used u64 seam_probe_sys_rd(u64 field_id, u64 *value)
{
	return seam_tdh_sys_rd(field_id, value);
}

/* seam_tdh_sys_lp_init() */
static noinline __used u64 seam_probe_sys_lp_init(void)
{
	return seam_tdh_sys_lp_init();
}

/* seam_tdh_sys_tdmr_init() */
static noinline __used u64
seam_probe_sys_tdmr_init(phys_addr_t tdmr_pa, u64 *next)
{
	return seam_tdh_sys_tdmr_init(tdmr_pa, next);
}

/* seam_tdh_sys_rdall() */
static noinline __used u64
seam_probe_sys_rdall(phys_addr_t list_pa, u64 field_id, u64 *next_field_id)
{
	return seam_tdh_sys_rdall(list_pa, field_id, next_field_id);
}

/* seam_tdh_mem_track() */
static noinline __used u64 seam_probe_mem_track(phys_addr_t tdr_pa)
{
	return seam_tdh_mem_track(tdr_pa);
}

/* seam_tdh_mem_range_unblock() */
static noinline __used u64
seam_probe_mem_range_unblock(phys_addr_t tdr_pa, u64 gpa, int level, u64 *entry,
			     u64 *level_state)
{
	return seam_tdh_mem_range_unblock(tdr_pa, gpa, level, entry,
					  level_state);
}

/* seam_tdh_phymem_cache_wb() */
static noinline __used u64 seam_probe_phymem_cache_wb(bool resume)
{
	return seam_tdh_phymem_cache_wb(resume);
}

/* seam_tdh_phymem_page_wbinvd() */
static noinline __used u64 seam_probe_phymem_page_wbinvd(u64 keyed_pa)
{
	return seam_tdh_phymem_page_wbinvd(keyed_pa);
}

/* seam_tdh_mem_sept_wr() */
static noinline __used u64 seam_probe_mem_sept_wr(void)
{
	return seam_tdh_mem_sept_wr();
}

/* seam_tdh_vp_wr() */
static noinline __used u64
seam_probe_vp_wr(phys_addr_t tdvpr_pa, u64 field_id, u64 value, u64 mask,
		 u64 *old_value)
{
	return seam_tdh_vp_wr(tdvpr_pa, field_id, value, mask, old_value);
}

/* seam_tdh_sys_lp_shutdown() */
static noinline __used u64 seam_probe_sys_lp_shutdown(void)
{
	return seam_tdh_sys_lp_shutdown();
}

/* seam_tdh_sys_config_v0() */
static noinline __used u64
seam_probe_sys_config_v0(phys_addr_t tdmr_array_pa, u64 num_tdmrs, u64 options)
{
	return seam_tdh_sys_config_v0(tdmr_array_pa, num_tdmrs, options);
}

/* seam_tdh_sys_config() */
static noinline __used u64
seam_probe_sys_config(phys_addr_t tdmr_array_pa, u64 num_tdmrs, u64 options,
		      u64 features)
{
	return seam_tdh_sys_config(tdmr_array_pa, num_tdmrs, options, features);
}

/* seam_tdh_servtd_prebind() */
static noinline __used u64
seam_probe_servtd_prebind(phys_addr_t target_tdr_pa, phys_addr_t info_hash_pa,
			  u64 slot, u64 type, u64 attr)
{
	return seam_tdh_servtd_prebind(target_tdr_pa, info_hash_pa, slot, type,
				       attr);
}

/* seam_tdh_sys_shutdown() */
static noinline __used u64 seam_probe_sys_shutdown(u64 handoff)
{
	return seam_tdh_sys_shutdown(handoff);
}

/* seam_tdh_sys_update_v0() */
static noinline __used u64 seam_probe_sys_update_v0(void)
{
	return seam_tdh_sys_update_v0();
}

/* seam_tdh_sys_update() */
static noinline __used u64 seam_probe_sys_update(u64 features)
{
	return seam_tdh_sys_update(features);
}

/* seam_tdh_ext_init() */
static noinline __used u64 seam_probe_ext_init(void)
{
	return seam_tdh_ext_init();
}

/* seam_tdh_ext_mem_add() */
static noinline __used u64 seam_probe_ext_mem_add(u64 *hpa_list_info)
{
	return seam_tdh_ext_mem_add(hpa_list_info);
}

/* seam_tdh_sys_disable() */
static noinline __used u64 seam_probe_sys_disable(void)
{
	return seam_tdh_sys_disable();
}

/* seam_tdh_quote_get() */
static noinline __used u64
seam_probe_quote_get(phys_addr_t tdr_pa, u16 quote_id, phys_addr_t in_pa,
		     u64 in_len, phys_addr_t list_pa, u64 buf_len, u64 *quote_len)
{
	return seam_tdh_quote_get(tdr_pa, quote_id, in_pa, in_len, list_pa,
				  buf_len, quote_len);
}

/* seam_tdh_quote_init() */
static noinline __used u64 seam_probe_quote_init(void)
{
	return seam_tdh_quote_init();
}

/* seam_tdh_export_abort() */
static noinline __used u64
seam_probe_export_abort(phys_addr_t tdr_pa, u64 mbmd, u64 stream)
{
	return seam_tdh_export_abort(tdr_pa, mbmd, stream);
}

/* seam_tdh_export_blockw() */
static noinline __used u64
seam_probe_export_blockw(phys_addr_t tdr_pa, u64 gpa_list_info,
			 u64 *gpa_list_info_out)
{
	return seam_tdh_export_blockw(tdr_pa, gpa_list_info, gpa_list_info_out);
}

/* seam_tdh_export_restore() */
static noinline __used u64
seam_probe_export_restore(phys_addr_t tdr_pa, u64 gpa_list_info,
			  u64 *gpa_list_info_out)
{
	return seam_tdh_export_restore(tdr_pa, gpa_list_info,
				       gpa_list_info_out);
}

/* seam_tdh_export_pause() */
static noinline __used u64 seam_probe_export_pause(phys_addr_t tdr_pa)
{
	return seam_tdh_export_pause(tdr_pa);
}

/* seam_tdh_export_track() */
static noinline __used u64
seam_probe_export_track(phys_addr_t tdr_pa, u64 mbmd, u64 stream)
{
	return seam_tdh_export_track(tdr_pa, mbmd, stream);
}

/* seam_tdh_export_state_immutable() */
static noinline __used u64
seam_probe_export_state_immutable(phys_addr_t tdr_pa, u64 mbmd, u64 page_list,
				  u64 stream, u64 *ext_info)
{
	return seam_tdh_export_state_immutable(tdr_pa, mbmd, page_list, stream,
					       ext_info);
}

/* seam_tdh_export_state_td() */
static noinline __used u64
seam_probe_export_state_td(phys_addr_t tdr_pa, u64 mbmd, u64 page_list,
			   u64 stream, u64 *ext_info)
{
	return seam_tdh_export_state_td(tdr_pa, mbmd, page_list, stream,
					ext_info);
}

/* seam_tdh_export_state_vp() */
static noinline __used u64
seam_probe_export_state_vp(phys_addr_t tdvpr_pa, u64 mbmd, u64 page_list,
			   u64 stream, u64 *ext_info)
{
	return seam_tdh_export_state_vp(tdvpr_pa, mbmd, page_list, stream,
					ext_info);
}

/* seam_tdh_export_unblockw() */
static noinline __used u64
seam_probe_export_unblockw(phys_addr_t tdr_pa, u64 gpa, u64 *entry,
			   u64 *level_state)
{
	return seam_tdh_export_unblockw(tdr_pa, gpa, entry, level_state);
}

/* seam_tdh_import_abort() */
static noinline __used u64
seam_probe_import_abort(phys_addr_t tdr_pa, u64 mbmd, u64 stream)
{
	return seam_tdh_import_abort(tdr_pa, mbmd, stream);
}

/* seam_tdh_import_end() */
static noinline __used u64 seam_probe_import_end(phys_addr_t tdr_pa)
{
	return seam_tdh_import_end(tdr_pa);
}

/* seam_tdh_import_commit() */
static noinline __used u64 seam_probe_import_commit(phys_addr_t tdr_pa)
{
	return seam_tdh_import_commit(tdr_pa);
}

/* seam_tdh_import_track() */
static noinline __used u64
seam_probe_import_track(phys_addr_t tdr_pa, u64 mbmd, u64 stream)
{
	return seam_tdh_import_track(tdr_pa, mbmd, stream);
}

/* seam_tdh_import_state_immutable() */
static noinline __used u64
seam_probe_import_state_immutable(phys_addr_t tdr_pa, u64 mbmd, u64 page_list,
				  u64 stream, u64 *ext_rcx, u64 *ext_rdx)
{
	return seam_tdh_import_state_immutable(tdr_pa, mbmd, page_list, stream,
					       ext_rcx, ext_rdx);
}

/* seam_tdh_import_state_td() */
static noinline __used u64
seam_probe_import_state_td(phys_addr_t tdr_pa, u64 mbmd, u64 page_list,
			   u64 stream, u64 *ext_rcx, u64 *ext_rdx)
{
	return seam_tdh_import_state_td(tdr_pa, mbmd, page_list, stream,
					ext_rcx, ext_rdx);
}

/* seam_tdh_import_state_vp() */
static noinline __used u64
seam_probe_import_state_vp(phys_addr_t tdvpr_pa, u64 mbmd, u64 page_list,
			   u64 stream, u64 *ext_rcx, u64 *ext_rdx)
{
	return seam_tdh_import_state_vp(tdvpr_pa, mbmd, page_list, stream,
					ext_rcx, ext_rdx);
}

/* seam_tdh_mig_stream_create() */
static noinline __used u64
seam_probe_mig_stream_create(phys_addr_t tdr_pa, phys_addr_t migsc_pa)
{
	return seam_tdh_mig_stream_create(tdr_pa, migsc_pa);
}

/* seam_tdh_vp_init() */
static noinline __used u64
seam_probe_vp_init(phys_addr_t tdvpr_pa, u64 initial_rcx, u32 x2apic_id)
{
	return seam_tdh_vp_init(tdvpr_pa, initial_rcx, x2apic_id);
}

/* seam_tdh_phymem_cache_wb_all() */
static noinline __used u64
seam_probe_phymem_cache_wb_all(unsigned int max_calls)
{
	return seam_tdh_phymem_cache_wb_all(max_calls);
}

/* seam_tdh_sys_tdmr_init_all() */
static noinline __used u64
seam_probe_sys_tdmr_init_all(phys_addr_t tdmr_pa, u64 tdmr_size)
{
	return seam_tdh_sys_tdmr_init_all(tdmr_pa, tdmr_size);
}

/* seam_tdh_ext_init_all() */
static noinline __used u64
seam_probe_ext_init_all(unsigned int max_calls, bool may_sleep)
{
	return seam_tdh_ext_init_all(max_calls, may_sleep);
}

/* seam_tdh_ext_mem_add_all() */
static noinline __used u64
seam_probe_ext_mem_add_all(u64 *hpa_list_info, unsigned int max_calls,
			   bool may_sleep)
{
	return seam_tdh_ext_mem_add_all(hpa_list_info, max_calls, may_sleep);
}

/* seam_tdh_sys_disable_all() */
static noinline __used u64
seam_probe_sys_disable_all(unsigned int max_calls, bool may_sleep)
{
	return seam_tdh_sys_disable_all(max_calls, may_sleep);
}

/* seam_tdh_quote_get_all() */
static noinline __used u64
seam_probe_quote_get_all(phys_addr_t tdr_pa, u16 quote_id, phys_addr_t in_pa,
			 u64 in_len, phys_addr_t list_pa, u64 buf_len,
			 u64 *quote_len, unsigned int max_calls, bool may_sleep)
{
	return seam_tdh_quote_get_all(tdr_pa, quote_id, in_pa, in_len, list_pa,
				      buf_len, quote_len, max_calls, may_sleep);
}

/* seam_tdh_quote_init_all() */
static noinline __used u64
seam_probe_quote_init_all(unsigned int max_calls, bool may_sleep)
{
	return seam_tdh_quote_init_all(max_calls, may_sleep);
}

/* seam_tdh_mem_page_demote_pamt() */
static noinline __used u64
seam_probe_mem_page_demote_pamt(phys_addr_t tdr_pa, u64 gpa, int level,
				phys_addr_t sept_pa, const phys_addr_t *pamt_pages,
				unsigned int nr_pages, u64 *entry, u64 *level_state)
{
	return seam_tdh_mem_page_demote_pamt(tdr_pa, gpa, level, sept_pa,
					     pamt_pages, nr_pages, entry,
					     level_state);
}

/* seam_tdh_phymem_pamt_add() */
static noinline __used u64
seam_probe_phymem_pamt_add(phys_addr_t hpa, const phys_addr_t *pamt_pages,
			   unsigned int nr_pages)
{
	return seam_tdh_phymem_pamt_add(hpa, pamt_pages, nr_pages);
}

/* seam_tdh_phymem_pamt_remove() */
static noinline __used u64
seam_probe_phymem_pamt_remove(phys_addr_t hpa, phys_addr_t *pamt_pages,
			      unsigned int nr_pages)
{
	return seam_tdh_phymem_pamt_remove(hpa, pamt_pages, nr_pages);
}

/* seam_tdh_vp_enter() */
static noinline __used u64
seam_probe_vp_enter(phys_addr_t tdvpr_pa, struct seam_args *args)
{
	return seam_tdh_vp_enter(tdvpr_pa, args);
}

/* seam_tdh_servtd_bind() */
static noinline __used u64
seam_probe_servtd_bind(phys_addr_t target_tdr_pa, phys_addr_t servtd_tdr_pa,
		       u64 slot, u64 type, u64 attr, u64 *handle, u64 uuid[4])
{
	return seam_tdh_servtd_bind(target_tdr_pa, servtd_tdr_pa, slot, type,
				    attr, handle, uuid);
}

/* seam_tdh_export_mem() */
static noinline __used u64
seam_probe_export_mem(phys_addr_t tdr_pa, u64 gpa_list_info, u64 mbmd,
		      u64 buf_list, u64 stream, u64 mac_list0, u64 mac_list1,
		      u64 *gpa_list_info_out, u64 *ext_info)
{
	return seam_tdh_export_mem(tdr_pa, gpa_list_info, mbmd, buf_list,
				   stream, mac_list0, mac_list1,
				   gpa_list_info_out, ext_info);
}

/* seam_tdh_import_mem() */
static noinline __used u64
seam_probe_import_mem(phys_addr_t tdr_pa, u64 gpa_list_info, u64 mbmd,
		      u64 buf_list, u64 stream, u64 mac_list0, u64 mac_list1,
		      u64 new_page_list, u64 *gpa_list_info_out)
{
	return seam_tdh_import_mem(tdr_pa, gpa_list_info, mbmd, buf_list,
				   stream, mac_list0, mac_list1, new_page_list,
				   gpa_list_info_out);
}

/* seam_seamldr_info() */
static noinline __used u64 seam_probe_seamldr_info(phys_addr_t info_pa)
{
	return seam_seamldr_info(info_pa);
}

/* seam_seamldr_install() */
static noinline __used u64 seam_probe_seamldr_install(phys_addr_t params_pa)
{
	return seam_seamldr_install(params_pa);
}

#endif /* _SEAM_PROBES_H */
