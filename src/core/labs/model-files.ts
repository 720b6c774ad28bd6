/**
 * Reading only the header of a `.safetensors` or `.gguf` file: tensors, dtypes, shapes, parameter
 * count, metadata and the bytes each tensor takes. Nothing but the header is read, every length is
 * checked against the file before it is trusted, and hard limits stop hostile headers.
 *
 * safetensors: 8-byte little-endian header length N, then N bytes of JSON
 *   {name: {dtype, shape, data_offsets: [begin, end]}, "__metadata__": {...}}; data follows.
 * GGUF (v2/v3): magic "GGUF", u32 version, u64 tensor count, u64 metadata count, metadata
 *   (key string, u32 type, value), tensor infos (name, u32 n_dims, u64 dims, u32 ggml type,
 *   u64 offset), then data aligned to `general.alignment` (default 32). Strings are u64 length + UTF-8.
 */

export interface ByteSource {
  size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

export class ModelFileError extends Error {}

export const LIMITS = {
  headerBytes: 64 * 1024 * 1024,
  tensors: 1_000_000,
  metadata: 100_000,
  stringBytes: 1024 * 1024,
  arrayItems: 10_000_000,
  dims: 8,
} as const;

export interface TensorInfo {
  name: string;
  dtype: string;
  shape: number[];
  /** Offset of the tensor's data from the start of the data section. */
  offset: number;
  bytes: number;
}

export interface ModelFileInfo {
  format: 'safetensors' | 'gguf';
  version: number | null;
  tensorCount: number;
  parameters: number;
  /** Parameters per dtype (or GGUF quantization type). */
  dtypes: Record<string, number>;
  /** Bytes of tensor data (≈ memory to load the weights). */
  dataBytes: number;
  headerBytes: number;
  metadata: Record<string, unknown>;
  tensors: TensorInfo[];
}

const SAFETENSORS_BYTES: Record<string, number> = {
  F64: 8,
  F32: 4,
  F16: 2,
  BF16: 2,
  I64: 8,
  I32: 4,
  I16: 2,
  I8: 1,
  U64: 8,
  U32: 4,
  U16: 2,
  U8: 1,
  BOOL: 1,
  F8_E4M3: 1,
  F8_E5M2: 1,
};

export const GGML_TYPES: Record<number, string> = {
  0: 'F32',
  1: 'F16',
  2: 'Q4_0',
  3: 'Q4_1',
  6: 'Q5_0',
  7: 'Q5_1',
  8: 'Q8_0',
  9: 'Q8_1',
  10: 'Q2_K',
  11: 'Q3_K',
  12: 'Q4_K',
  13: 'Q5_K',
  14: 'Q6_K',
  15: 'Q8_K',
  16: 'IQ2_XXS',
  17: 'IQ2_XS',
  18: 'IQ3_XXS',
  19: 'IQ1_S',
  20: 'IQ4_NL',
  21: 'IQ3_S',
  22: 'IQ2_S',
  23: 'IQ4_XS',
  24: 'I8',
  25: 'I16',
  26: 'I32',
  27: 'I64',
  28: 'F64',
  29: 'IQ1_M',
  30: 'BF16',
};

const product = (xs: number[]) => xs.reduce((a, b) => a * b, 1);

export async function inspectModelFile(src: ByteSource, name = ''): Promise<ModelFileInfo> {
  if (src.size < 8)
    throw new ModelFileError(`the file is only ${src.size} bytes: too short for a model file`);
  const head = await src.read(0, 8);
  if (head[0] === 0x47 && head[1] === 0x47 && head[2] === 0x55 && head[3] === 0x46)
    return inspectGguf(src);
  if (name.endsWith('.gguf'))
    throw new ModelFileError('not a GGUF file: it does not start with the magic "GGUF"');
  return inspectSafetensors(src, head);
}

async function inspectSafetensors(src: ByteSource, head: Uint8Array): Promise<ModelFileInfo> {
  const n = Number(new DataView(head.buffer, head.byteOffset, 8).getBigUint64(0, true));
  if (n > LIMITS.headerBytes)
    throw new ModelFileError(
      `the header claims ${n} bytes, more than the ${LIMITS.headerBytes}-byte limit: not a safetensors file, or a corrupted one`,
    );
  if (8 + n > src.size)
    throw new ModelFileError(
      `the header claims ${n} bytes but the file has only ${src.size - 8} after the length: the file is truncated`,
    );
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await src.read(8, n)));
  } catch {
    throw new ModelFileError('the safetensors header is not valid UTF-8 JSON');
  }
  if (!json || typeof json !== 'object' || Array.isArray(json))
    throw new ModelFileError('the safetensors header must be a JSON object');
  const entries = Object.entries(json as Record<string, unknown>);
  if (entries.length > LIMITS.tensors + 1)
    throw new ModelFileError(
      `the header lists ${entries.length} entries, more than the limit of ${LIMITS.tensors}`,
    );
  const tensors: TensorInfo[] = [];
  let metadata: Record<string, unknown> = {};
  const dataSize = src.size - 8 - n;
  for (const [key, v] of entries) {
    if (key === '__metadata__') {
      metadata = (v ?? {}) as Record<string, unknown>;
      continue;
    }
    const t = v as { dtype?: unknown; shape?: unknown; data_offsets?: unknown };
    if (
      typeof t?.dtype !== 'string' ||
      !Array.isArray(t.shape) ||
      !Array.isArray(t.data_offsets) ||
      t.data_offsets.length !== 2
    ) {
      throw new ModelFileError(
        `tensor "${key}": each entry needs dtype, shape and data_offsets [begin, end]`,
      );
    }
    const shape = t.shape as unknown[];
    if (
      !shape.every((d) => Number.isSafeInteger(d) && (d as number) >= 0) ||
      shape.length > LIMITS.dims
    ) {
      throw new ModelFileError(
        `tensor "${key}": shape must be at most ${LIMITS.dims} non-negative integers`,
      );
    }
    const [begin, end] = t.data_offsets as number[];
    if (!Number.isSafeInteger(begin) || !Number.isSafeInteger(end) || begin! < 0 || end! < begin!) {
      throw new ModelFileError(
        `tensor "${key}": data_offsets must be two integers with begin ≤ end`,
      );
    }
    if (end! > dataSize)
      throw new ModelFileError(
        `tensor "${key}" ends at byte ${end} of the data, but the file holds only ${dataSize}: the file is truncated`,
      );
    const elementBytes = SAFETENSORS_BYTES[t.dtype];
    if (elementBytes !== undefined && product(shape as number[]) * elementBytes !== end! - begin!) {
      throw new ModelFileError(
        `tensor "${key}": ${end! - begin!} bytes do not match shape [${shape.join(', ')}] × ${t.dtype}`,
      );
    }
    tensors.push({
      name: key,
      dtype: t.dtype,
      shape: shape as number[],
      offset: begin!,
      bytes: end! - begin!,
    });
  }
  return summary('safetensors', null, tensors, metadata, 8 + n);
}

function summary(
  format: ModelFileInfo['format'],
  version: number | null,
  tensors: TensorInfo[],
  metadata: Record<string, unknown>,
  headerBytes: number,
): ModelFileInfo {
  const dtypes: Record<string, number> = {};
  let parameters = 0;
  let dataBytes = 0;
  for (const t of tensors) {
    const p = product(t.shape);
    parameters += p;
    dataBytes += t.bytes;
    dtypes[t.dtype] = (dtypes[t.dtype] ?? 0) + p;
  }
  return {
    format,
    version,
    tensorCount: tensors.length,
    parameters,
    dtypes,
    dataBytes,
    headerBytes,
    metadata,
    tensors,
  };
}

/** Sequential reader over a byte source, fetching 1 MiB windows and refusing to read past limits. */
class Reader {
  pos = 0;
  private buf: Uint8Array = new Uint8Array(0);
  private bufStart = 0;
  constructor(private readonly src: ByteSource) {}

  private async ensure(n: number): Promise<void> {
    if (this.pos + n > LIMITS.headerBytes)
      throw new ModelFileError(
        `the header is larger than ${LIMITS.headerBytes} bytes: refusing to read further`,
      );
    if (this.pos + n > this.src.size)
      throw new ModelFileError(
        `the file ends at byte ${this.src.size} inside the header: the file is truncated`,
      );
    if (this.pos >= this.bufStart && this.pos + n <= this.bufStart + this.buf.length) return;
    const length = Math.min(Math.max(n, 1 << 20), this.src.size - this.pos);
    this.buf = await this.src.read(this.pos, length);
    this.bufStart = this.pos;
  }

  private async view(n: number): Promise<DataView> {
    await this.ensure(n);
    const v = new DataView(this.buf.buffer, this.buf.byteOffset + (this.pos - this.bufStart), n);
    this.pos += n;
    return v;
  }

  async u32(): Promise<number> {
    return (await this.view(4)).getUint32(0, true);
  }

  async u64(): Promise<number> {
    const v = (await this.view(8)).getBigUint64(0, true);
    if (v > BigInt(Number.MAX_SAFE_INTEGER))
      throw new ModelFileError(`a 64-bit count of ${v} is beyond any real file`);
    return Number(v);
  }

  async bytes(n: number): Promise<Uint8Array> {
    await this.ensure(n);
    const out = this.buf.slice(this.pos - this.bufStart, this.pos - this.bufStart + n);
    this.pos += n;
    return out;
  }

  async string(): Promise<string> {
    const n = await this.u64();
    if (n > LIMITS.stringBytes)
      throw new ModelFileError(
        `a string claims ${n} bytes, more than the ${LIMITS.stringBytes}-byte limit`,
      );
    return new TextDecoder().decode(await this.bytes(n));
  }

  async value(type: number, depth = 0): Promise<unknown> {
    switch (type) {
      case 0:
        return (await this.view(1)).getUint8(0);
      case 1:
        return (await this.view(1)).getInt8(0);
      case 2:
        return (await this.view(2)).getUint16(0, true);
      case 3:
        return (await this.view(2)).getInt16(0, true);
      case 4:
        return (await this.view(4)).getUint32(0, true);
      case 5:
        return (await this.view(4)).getInt32(0, true);
      case 6:
        return (await this.view(4)).getFloat32(0, true);
      case 7:
        return (await this.view(1)).getUint8(0) !== 0;
      case 8:
        return this.string();
      case 9: {
        if (depth > 2) throw new ModelFileError('arrays nested more than two deep');
        const itemType = await this.u32();
        const count = await this.u64();
        if (count > LIMITS.arrayItems)
          throw new ModelFileError(
            `an array claims ${count} items, more than the limit of ${LIMITS.arrayItems}`,
          );
        const shown: unknown[] = [];
        for (let k = 0; k < count; k++) {
          const v = await this.value(itemType, depth + 1);
          if (k < 8) shown.push(v);
        }
        return count > 8 ? { items: shown, length: count } : shown;
      }
      case 10:
        return this.u64();
      case 11:
        return Number((await this.view(8)).getBigInt64(0, true));
      case 12:
        return (await this.view(8)).getFloat64(0, true);
      default:
        throw new ModelFileError(`unknown GGUF metadata value type ${type}`);
    }
  }
}

async function inspectGguf(src: ByteSource): Promise<ModelFileInfo> {
  const r = new Reader(src);
  await r.bytes(4);
  const version = await r.u32();
  if (version !== 2 && version !== 3)
    throw new ModelFileError(`GGUF version ${version} is not supported (2 and 3 are)`);
  const tensorCount = await r.u64();
  const kvCount = await r.u64();
  if (tensorCount > LIMITS.tensors)
    throw new ModelFileError(
      `the header claims ${tensorCount} tensors, more than the limit of ${LIMITS.tensors}`,
    );
  if (kvCount > LIMITS.metadata)
    throw new ModelFileError(
      `the header claims ${kvCount} metadata entries, more than the limit of ${LIMITS.metadata}`,
    );
  const metadata: Record<string, unknown> = {};
  for (let k = 0; k < kvCount; k++) {
    const key = await r.string();
    metadata[key] = await r.value(await r.u32());
  }
  const infos: { name: string; dtype: string; shape: number[]; offset: number }[] = [];
  for (let k = 0; k < tensorCount; k++) {
    const name = await r.string();
    const dims = await r.u32();
    if (dims > LIMITS.dims)
      throw new ModelFileError(
        `tensor "${name}" claims ${dims} dimensions, more than ${LIMITS.dims}`,
      );
    const shape: number[] = [];
    for (let d = 0; d < dims; d++) shape.push(await r.u64());
    const type = await r.u32();
    infos.push({ name, dtype: GGML_TYPES[type] ?? `type#${type}`, shape, offset: await r.u64() });
  }
  const alignment =
    typeof metadata['general.alignment'] === 'number'
      ? (metadata['general.alignment'] as number)
      : 32;
  const dataStart = Math.ceil(r.pos / alignment) * alignment;
  const dataSize = src.size - dataStart;
  const byOffset = [...infos].sort((a, b) => a.offset - b.offset);
  const sizes = new Map<string, number>();
  byOffset.forEach((t, k) => {
    const end = k + 1 < byOffset.length ? byOffset[k + 1]!.offset : dataSize;
    if (t.offset > dataSize || end > dataSize)
      throw new ModelFileError(
        `tensor "${t.name}" lies beyond the end of the file: the file is truncated`,
      );
    sizes.set(t.name, end - t.offset);
  });
  return summary(
    'gguf',
    version,
    infos.map((t) => ({ ...t, bytes: sizes.get(t.name) ?? 0 })),
    metadata,
    r.pos,
  );
}
