// Model-file headers: both formats parsed from files the tests write; truncated and hostile headers
// fail with a clear error, without hanging or allocating what the header claims.
import { describe, expect, it } from 'vitest';
import { inspectModelFile, LIMITS, ModelFileError } from '../../src/core/labs/model-files.ts';
import { bufferSource, ggufFile, safetensorsFile } from '../helpers/model-files.ts';

describe('safetensors', () => {
  it('lists tensors, dtypes, parameters and metadata from the header alone', async () => {
    const file = safetensorsFile();
    const src = bufferSource(file);
    const info = await inspectModelFile(src, 'tiny.safetensors');
    expect(info).toMatchObject({
      format: 'safetensors',
      tensorCount: 2,
      parameters: 36,
      dataBytes: 80,
      metadata: { format: 'pt' },
    });
    expect(info.dtypes).toEqual({ F16: 32, F32: 4 });
    expect(info.tensors[0]).toMatchObject({ name: 'model.embed.weight', shape: [8, 4], bytes: 64 });
    // Only the 8-byte length and the header were read, not the tensor data.
    expect(src.bytesRead).toBe(info.headerBytes);
  });

  it('rejects truncated and hostile headers with a clear error', async () => {
    const good = safetensorsFile();
    const huge = Buffer.from(good);
    huge.writeBigUInt64LE(BigInt(2) ** BigInt(40), 0);
    const beyond = Buffer.from(good);
    beyond.writeBigUInt64LE(BigInt(good.length), 0);
    const cases: [Buffer, RegExp][] = [
      [huge, /more than the 67108864-byte limit/],
      [beyond, /the file is truncated/],
      [
        good.subarray(0, good.length - 20),
        /ends at byte 64 of the data, but the file holds only 60/,
      ],
      [
        Buffer.concat([
          good.subarray(0, 8),
          Buffer.from('{not json'.padEnd(good.readUInt32LE(0), ' ')),
          good.subarray(8 + good.readUInt32LE(0)),
        ]),
        /not valid UTF-8 JSON/,
      ],
      [Buffer.alloc(4), /too short/],
    ];
    for (const [buf, message] of cases) {
      await expect(inspectModelFile(bufferSource(buf), 'x.safetensors')).rejects.toThrow(message);
    }
  });
});

describe('GGUF', () => {
  it('reads version, metadata (arrays summarised), tensor types and sizes', async () => {
    const info = await inspectModelFile(bufferSource(ggufFile()), 'tiny.gguf');
    expect(info).toMatchObject({ format: 'gguf', version: 3, tensorCount: 2, parameters: 288 });
    expect(info.metadata).toMatchObject({
      'general.architecture': 'llama',
      'llama.block_count': 2,
      'tokenizer.ggml.tokens': ['<s>', 'a', 'b'],
    });
    expect(info.dtypes).toEqual({ Q8_0: 256, F32: 32 });
    expect(info.tensors.map((t) => [t.name, t.bytes])).toEqual([
      ['token_embd.weight', 288],
      ['output_norm.weight', 128],
    ]);
  });

  it('refuses absurd counts and lengths at once, without reading or allocating them', async () => {
    const absurd = bufferSource(ggufFile({ tensorCount: BigInt(2) ** BigInt(60) }));
    await expect(inspectModelFile(absurd, 'x.gguf')).rejects.toThrow(/is beyond any real file/);
    await expect(
      inspectModelFile(bufferSource(ggufFile({ tensorCount: LIMITS.tensors + 1 })), 'x.gguf'),
    ).rejects.toThrow(/more than the limit/);
    const longString = bufferSource(ggufFile({ stringLength: 2 ** 40 }));
    await expect(inspectModelFile(longString, 'x.gguf')).rejects.toThrow(
      /more than the 1048576-byte limit/,
    );
    expect(longString.bytesRead).toBeLessThan(4 * 1024 * 1024);
  });

  it('reports a truncated file, a wrong magic and an unsupported version', async () => {
    const file = ggufFile();
    await expect(inspectModelFile(bufferSource(file.subarray(0, 60)), 'x.gguf')).rejects.toThrow(
      /the file is truncated/,
    );
    await expect(
      inspectModelFile(bufferSource(file.subarray(0, file.length - 300)), 'x.gguf'),
    ).rejects.toThrow(/beyond the end of the file/);
    const wrong = Buffer.from(file);
    wrong.write('GGUX', 0);
    await expect(inspectModelFile(bufferSource(wrong), 'x.gguf')).rejects.toThrow(
      /does not start with the magic "GGUF"/,
    );
    const v9 = Buffer.from(file);
    v9.writeUInt32LE(9, 4);
    await expect(inspectModelFile(bufferSource(v9), 'x.gguf')).rejects.toThrow(
      /version 9 is not supported/,
    );
    await expect(inspectModelFile(bufferSource(v9), 'x.gguf')).rejects.toBeInstanceOf(
      ModelFileError,
    );
  });
});
