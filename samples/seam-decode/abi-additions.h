/* SPDX-License-Identifier: GPL-2.0 */

/**
 * DOC: P-SEAMLDR leaves and statuses
 *
 * The persistent SEAM loader (P-SEAMLDR) is reached with SEAMCALL too, with
 * bit 63 of RAX set, and answers in a number space of its own: its statuses
 * are not TDX module statuses and must not be decoded as such
 * (seam_seamldr_status_name() tells them apart). Leaf numbers are those of
 * Linux's ``arch/x86/virt/vmx/tdx/seamldr.c``; the statuses are those of
 * ``arch/x86/kernel/cpu/tdx/p-seamldr.h`` in Intel's Linux TDX tree
 * (``intel/tdx``, P_SEAMLDR_E*), two of which also appear in the runtime
 * update series for Linux as SEAMLDR_BADCALL and SEAMLDR_RND_NO_ENTROPY.
 * The names here drop the leading E and call ENOENTROPY RND_NO_ENTROPY as
 * Linux does.
 */
#define SEAM_SEAMLDR_LEAF_FLAG			_AC(0x8000000000000000, ULL)
#define SEAM_SEAMLDR_INFO			_AC(0x8000000000000000, ULL)
#define SEAM_SEAMLDR_INSTALL			_AC(0x8000000000000001, ULL)

#define SEAM_SEAMLDR_BADPARAM			_AC(0x8000000000000000, ULL)
#define SEAM_SEAMLDR_BADCALL			_AC(0x8000000000000003, ULL)
#define SEAM_SEAMLDR_NOMEM			_AC(0x8000000000010002, ULL)
#define SEAM_SEAMLDR_UNSPECERR			_AC(0x8000000000010003, ULL)
#define SEAM_SEAMLDR_UNSUPCPU			_AC(0x8000000000010004, ULL)
#define SEAM_SEAMLDR_BADSIG			_AC(0x8000000000020000, ULL)
#define SEAM_SEAMLDR_BADHASH			_AC(0x8000000000020001, ULL)
#define SEAM_SEAMLDR_INTERRUPT			_AC(0x8000000000030000, ULL)
#define SEAM_SEAMLDR_RND_NO_ENTROPY		_AC(0x8000000000030001, ULL)

/**
 * DOC: Metadata field ID layout
 *
 * A metadata field ID (``md_field_id_t`` in TDX module 1.5.01
 * ``include/tdx_api_defs.h``) packs, from bit 0 up: the field code (23:0),
 * reserved bits (31:24), the element size code (33:32; an element has
 * 1 << code bytes), the last element in the field (37:34), the last field
 * in a sequence (46:38), reserved bits (49:47), the increment-size bit (50),
 * the write-mask-valid bit (51), the context code (54:52, one of
 * SEAM_MD_CTX_*), a reserved bit (55), the class code (61:56), a reserved
 * bit (62) and the non-architectural bit (63). The context codes are the
 * module's ``md_context_code_e`` (``src/common/metadata_handlers/
 * metadata_generic.h``), where %SEAM_MD_FIELD_ID_NA, all ones, also means
 * "no field".
 */
#define SEAM_MD_FIELD_CODE_MASK			_AC(0x0000000000ffffff, ULL)
#define SEAM_MD_ELEMENT_SIZE_MASK		_AC(0x0000000300000000, ULL)
#define SEAM_MD_ELEMENT_SIZE_SHIFT		32
#define SEAM_MD_LAST_ELEMENT_MASK		_AC(0x0000003c00000000, ULL)
#define SEAM_MD_LAST_ELEMENT_SHIFT		34
#define SEAM_MD_LAST_FIELD_MASK			_AC(0x00007fc000000000, ULL)
#define SEAM_MD_LAST_FIELD_SHIFT		38
#define SEAM_MD_INC_SIZE			_AC(0x0004000000000000, ULL)
#define SEAM_MD_WRITE_MASK_VALID		_AC(0x0008000000000000, ULL)
#define SEAM_MD_CONTEXT_MASK			_AC(0x0070000000000000, ULL)
#define SEAM_MD_CONTEXT_SHIFT			52
#define SEAM_MD_CLASS_MASK			_AC(0x3f00000000000000, ULL)
#define SEAM_MD_CLASS_SHIFT			56
#define SEAM_MD_NON_ARCH			_AC(0x8000000000000000, ULL)
#define SEAM_MD_RESERVED_MASK			_AC(0x40838000ff000000, ULL)
#define SEAM_MD_FIELD_ID_NA			_AC(0xffffffffffffffff, ULL)

#define SEAM_MD_CTX_SYS				0
#define SEAM_MD_CTX_TD				1
#define SEAM_MD_CTX_VP				2
