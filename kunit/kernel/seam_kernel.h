/* SPDX-License-Identifier: GPL-2.0 */
/*
 * seam_kernel.h - test hooks of the kernel SEAMCALL adapter
 *
 * Copyright (C) 2026 The seamcall authors
 */
#ifndef _SEAM_KERNEL_H
#define _SEAM_KERNEL_H

#include <seam_model.h>

/**
 * typedef seam_kernel_stub_t - replacement for seam_model_seamcall()
 * @regs: registers at the SEAMCALL; updated in place
 *
 * Return: how the instruction completes.
 */
typedef enum seam_model_exit (*seam_kernel_stub_t)(struct seam_model_regs *regs);

int seam_kernel_attach_stub(seam_kernel_stub_t stub);

#endif /* _SEAM_KERNEL_H */
