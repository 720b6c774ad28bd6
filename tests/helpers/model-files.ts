/** Tiny model files in both formats, written by the tests themselves, and a byte source over a Buffer. */
import type { ByteSource } from '../../src/core/labs/model-files.ts';

export function bufferSource(buf: Buffer): ByteSource & { reads: number; bytesRead: number } {
  const src = {
    size: buf.length,
    reads: 0,
    bytesRead: 0,
    async read(offset: number, length: number) {
      src.reads++;
      src.bytesRead += length;
      return new Uint8Array(buf.subarray(offset, offset + length));
    },
  };
  return src;
}

export function safetensorsFile(): Buffer {
  const header = {
    __metadata__: { format: 'pt' },
    'model.embed.weight': { dtype: 'F16', shape: [8, 4], data_offsets: [0, 64] },
    'model.norm.weight': { dtype: 'F32', shape: [4], data_offsets: [64, 80] },
  };
  let json = JSON.stringify(header);
  while ((8 + json.length) % 8) json += ' ';
  const len = Buffer.alloc(8);
  len.writeBigUInt64LE(BigInt(Buffer.byteLength(json)));
  return Buffer.concat([len, Buffer.from(json), Buffer.alloc(80, 1)]);
}

const u32 = (v: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(v);
  return b;
};
const u64 = (v: number | bigint) => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(v));
  return b;
};
const str = (s: string) => Buffer.concat([u64(Buffer.byteLength(s)), Buffer.from(s)]);

/** A GGUF v3 file: three metadata entries (string, u32, string array) and two tensors. */
export function ggufFile(
  opts: { tensorCount?: number | bigint; stringLength?: number } = {},
): Buffer {
  const meta = Buffer.concat([
    str('general.architecture'),
    u32(8),
    opts.stringLength === undefined
      ? str('llama')
      : Buffer.concat([u64(opts.stringLength), Buffer.from('llama')]),
    str('llama.block_count'),
    u32(4),
    u32(2),
    str('tokenizer.ggml.tokens'),
    u32(9),
    u32(8),
    u64(3),
    str('<s>'),
    str('a'),
    str('b'),
  ]);
  const tensors = Buffer.concat([
    str('token_embd.weight'),
    u32(2),
    u64(32),
    u64(8),
    u32(8),
    u64(0), // Q8_0: 256 values = 8 blocks × 34 bytes = 272 bytes
    str('output_norm.weight'),
    u32(1),
    u64(32),
    u32(0),
    u64(288), // F32, aligned to 32
  ]);
  const header = Buffer.concat([
    Buffer.from('GGUF'),
    u32(3),
    u64(opts.tensorCount ?? 2),
    u64(3),
    meta,
    tensors,
  ]);
  const pad = Buffer.alloc((32 - (header.length % 32)) % 32);
  return Buffer.concat([header, pad, Buffer.alloc(288 + 128, 2)]);
}
