/** Bytes per element of the number formats the labs use. INT4 group-wise adds a scale per group. */
export const DTYPES = ['fp32', 'bf16', 'fp16', 'fp8', 'int8', 'int4'] as const;
export type Dtype = (typeof DTYPES)[number];

export const DTYPE_BYTES: Record<Dtype, number> = {
  fp32: 4,
  bf16: 2,
  fp16: 2,
  fp8: 1,
  int8: 1,
  int4: 0.5,
};

/** Bytes per weight including a per-group FP16 scale (and zero point when asymmetric). */
export function weightBytes(dtype: Dtype, groupSize = 128, zeroPoint = false): number {
  if (dtype !== 'int4' && dtype !== 'int8') return DTYPE_BYTES[dtype];
  return DTYPE_BYTES[dtype] + (2 * (zeroPoint ? 2 : 1)) / groupSize;
}
