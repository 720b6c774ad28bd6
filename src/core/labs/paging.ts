/**
 * PagedAttention block allocation (Kwon et al. 2023) against contiguous pre-allocation.
 *
 * Contiguous: every request reserves max_len slots up front; waste = reserved − used.
 * Paged: the cache is split into blocks of B tokens; a request holds ⌈len/B⌉ blocks, so only the
 * last block is partly empty (internal fragmentation < B tokens per sequence).
 * Parallel sampling / beam search: n sequences share the prompt's blocks (reference counts) and copy a
 * block only when one of them writes into a shared, partly filled block (copy-on-write).
 * Prefix sharing (RadixAttention-style): requests with a common system prompt reuse its full blocks.
 */
export interface PagingInput {
  /** Tokens per block. */
  blockSize: number;
  /** Requests, each with a prompt length and a generated length. */
  requests: { prompt: number; output: number }[];
  /** Contiguous allocation reserves this many slots per request. */
  maxLen: number;
  /** Parallel samples per request (share the prompt). */
  samples: number;
  /** Leading tokens of every prompt that are the same system prompt. */
  sharedPrefix: number;
}

export interface PagingResult {
  usedTokens: number;
  contiguousSlots: number;
  contiguousWaste: number;
  pagedBlocks: number;
  pagedSlots: number;
  pagedWaste: number;
  /** Blocks with parallel samples but no sharing (each sample copies the prompt). */
  blocksWithoutSharing: number;
  /** Blocks saved by copy-on-write sharing of the prompt among samples. */
  blocksSavedBySampling: number;
  /** Blocks saved by sharing the common prefix across requests. */
  blocksSavedByPrefix: number;
  copyOnWriteCopies: number;
}

const blocks = (tokens: number, b: number) => Math.ceil(tokens / b);

export function simulatePaging(i: PagingInput): PagingResult {
  const b = i.blockSize;
  let used = 0;
  let pagedBlocks = 0;
  let withoutSharing = 0;
  let copies = 0;
  for (const r of i.requests) {
    used += r.prompt + r.output * i.samples;
    const promptBlocks = blocks(r.prompt, b);
    // The samples share every prompt block; a partly filled last prompt block is copied by each
    // sample that writes into it (all but one, which keeps the original).
    const partial = r.prompt % b !== 0;
    const cow = partial && i.samples > 1 ? i.samples - 1 : 0;
    const tail = r.prompt % b;
    const perSampleOut = partial
      ? blocks(Math.max(0, r.output - (b - tail)), b)
      : blocks(r.output, b);
    pagedBlocks += promptBlocks + cow + perSampleOut * i.samples;
    copies += cow;
    withoutSharing += blocks(r.prompt + r.output, b) * i.samples;
  }
  const fullPrefix = Math.floor(Math.min(i.sharedPrefix, ...i.requests.map((r) => r.prompt)) / b);
  const prefixSaved = i.requests.length > 1 ? fullPrefix * (i.requests.length - 1) : 0;
  const pagedSlots = pagedBlocks * b;
  const contiguousSlots = i.requests.length * i.maxLen * i.samples;
  return {
    usedTokens: used,
    contiguousSlots,
    contiguousWaste: contiguousSlots - used,
    pagedBlocks: pagedBlocks - prefixSaved,
    pagedSlots: (pagedBlocks - prefixSaved) * b,
    pagedWaste: pagedSlots - used,
    blocksWithoutSharing: withoutSharing,
    blocksSavedBySampling: withoutSharing - pagedBlocks,
    blocksSavedByPrefix: prefixSaved,
    copyOnWriteCopies: copies,
  };
}
