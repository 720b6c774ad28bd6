/** What each calculator shows: the key results as rows and a chart that moves with the inputs. */
import { findCalculator } from '../../../core/labs/calculators.ts';
import { GPUS, MODELS } from '../../../core/labs/presets.ts';
import type { T } from '../../i18n.tsx';
import { bytes, gb, num, seconds } from './format.ts';

type R = Record<string, unknown>;
export interface View {
  rows: [string, string][];
  chart?: Record<string, unknown>;
}

const n = (r: R, k: string) => Number(r[k]);
const run = (id: string, input: R) => findCalculator(id)!.run(input);

/** Each view gets `t(zh, en)` for its labels. */
export const VIEWS: Record<string, (input: R, r: R, t: T) => View> = {
  'kv-cache': (input, r, t) => {
    const dtype = String(input.dtype);
    const per = MODELS.map((m) => ({
      name: m.name,
      v: n(run('kv-cache', { model: m.id, dtype, seq: 1, batch: 1 }), 'bytesPerToken') / 1024,
    }));
    return {
      rows: [
        [t('注意力类型', 'Attention type'), String(r.kind).toUpperCase()],
        [
          t('每层每 token 缓存的元素', 'Cached elements per token per layer'),
          num(n(r, 'elementsPerTokenPerLayer')),
        ],
        [t('每 token', 'Per token'), bytes(n(r, 'bytesPerToken'))],
        [t('总计（序列 × 并发）', 'Total (sequence × concurrency)'), bytes(n(r, 'bytesTotal'))],
      ],
      chart: {
        tooltip: { trigger: 'axis' },
        grid: { left: 110, right: 20, top: 10, bottom: 30 },
        xAxis: { type: 'value', name: 'KiB/token' },
        yAxis: { type: 'category', data: per.map((p) => p.name) },
        series: [
          {
            type: 'bar',
            data: per.map((p) => ({
              value: Math.round(p.v * 10) / 10,
              itemStyle: { color: p.name === r.model ? '#2f5bea' : '#9fb3f5' },
            })),
          },
        ],
      },
    };
  },
  'train-memory': (input, r, t) => {
    const stages = [0, 1, 2, 3].map((zero) => run('train-memory', { ...input, zero }));
    return {
      rows: [
        [t('参数量', 'Parameters'), num(n(r, 'params'))],
        [t('权重 / 卡', 'Weights / GPU'), gb(n(r, 'weightsPerGpu'))],
        [t('梯度 / 卡', 'Gradients / GPU'), gb(n(r, 'gradientsPerGpu'))],
        [t('优化器状态 / 卡', 'Optimizer states / GPU'), gb(n(r, 'optimizerPerGpu'))],
        [t('激活 / 卡', 'Activations / GPU'), gb(n(r, 'activationsPerGpu'))],
        [t('合计 / 卡', 'Total / GPU'), gb(n(r, 'bytesPerGpu'))],
        [t('不分片时', 'Unsharded'), gb(n(r, 'bytesUnsharded'))],
      ],
      chart: {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 50, right: 10, top: 30, bottom: 30 },
        xAxis: { type: 'category', data: ['ZeRO-0', 'ZeRO-1', 'ZeRO-2', 'ZeRO-3'] },
        yAxis: { type: 'value', name: t('GB/卡', 'GB/GPU') },
        series: [
          [t('权重', 'Weights'), 'weightsPerGpu'],
          [t('梯度', 'Gradients'), 'gradientsPerGpu'],
          [t('优化器', 'Optimizer'), 'optimizerPerGpu'],
          [t('激活', 'Activations'), 'activationsPerGpu'],
        ].map(([name, key]) => ({
          name,
          type: 'bar',
          stack: 'm',
          data: stages.map((s) => Math.round((n(s, key!) / 1e9) * 100) / 100),
        })),
      },
    };
  },
  'inference-memory': (_input, r, t) => ({
    rows: [
      [t('权重', 'Weights'), gb(n(r, 'weights'))],
      ['KV Cache', gb(n(r, 'kvCache'))],
      [t('激活', 'Activations'), gb(n(r, 'activations'))],
      [t('框架开销（10%）', 'Framework overhead (10%)'), gb(n(r, 'overhead'))],
      [t('合计', 'Total'), gb(n(r, 'total'))],
      ...(r.gpu
        ? ([
            [
              t(
                `放得下 ${String(r.gpu)}（${gb(n(r, 'gpuBytes'))}）吗`,
                `Fits on ${String(r.gpu)} (${gb(n(r, 'gpuBytes'))})?`,
              ),
              r.fits ? t('能', 'Yes') : t('不能', 'No'),
            ],
          ] as [string, string][])
        : []),
    ],
    chart: {
      tooltip: { trigger: 'item' },
      series: [
        {
          type: 'pie',
          radius: ['40%', '70%'],
          data: [
            [t('权重', 'Weights'), 'weights'],
            ['KV Cache', 'kvCache'],
            [t('激活', 'Activations'), 'activations'],
            [t('开销', 'Overhead'), 'overhead'],
          ].map(([name, key]) => ({ name, value: Math.round(n(r, key!) / 1e7) / 100 })),
        },
      ],
    },
  }),
  'train-compute': (_input, r, t) => ({
    rows: [
      [t('训练算力 6ND', 'Training compute 6ND'), `${num(n(r, 'flops'))} FLOPs`],
      [t('墙钟时间', 'Wall-clock time'), seconds(n(r, 'seconds'), t)],
      [t('GPU 时', 'GPU hours'), num(Math.round(n(r, 'gpuHours')))],
    ],
  }),
  decode: (input, r, t) => {
    const gpu = GPUS.find((g) => g.name === r.gpu)!;
    const peak = input.dtype === 'fp8' && gpu.fp8Tflops ? gpu.fp8Tflops : gpu.bf16Tflops;
    const xs = [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096];
    const perByte = t('FLOP/字节', 'FLOP/byte');
    return {
      rows: [
        [t('每步读取', 'Read per step'), gb(n(r, 'bytesPerStep'))],
        [t('算术强度', 'Arithmetic intensity'), `${num(n(r, 'intensity'))} ${perByte}`],
        [t('脊点', 'Ridge point'), `${num(n(r, 'ridge'))} ${perByte}`],
        [
          t('瓶颈', 'Bottleneck'),
          r.memoryBound
            ? t('显存带宽（memory-bound）', 'memory bandwidth (memory-bound)')
            : t('算力（compute-bound）', 'compute (compute-bound)'),
        ],
        [
          t('对比：prefill 的算术强度', 'Compare: arithmetic intensity of prefill'),
          `${num(n(r, 'prefillIntensity'))} ${perByte}${
            r.prefillComputeBound
              ? t('（受算力限制）', ' (compute-bound)')
              : t('（受带宽限制）', ' (bandwidth-bound)')
          }`,
        ],
        [
          t('每条序列 token/s 上界', 'Upper bound of token/s per sequence'),
          num(n(r, 'tokensPerSecondPerSequence')),
        ],
        [t('总 token/s 上界', 'Upper bound of total token/s'), num(n(r, 'tokensPerSecond'))],
      ],
      chart: {
        tooltip: { trigger: 'axis' },
        grid: { left: 60, right: 20, top: 20, bottom: 40 },
        xAxis: {
          type: 'log',
          name: perByte,
          nameLocation: 'middle',
          nameGap: 25,
          min: 0.25,
          max: 4096,
        },
        yAxis: { type: 'log', name: 'TFLOPS', min: 0.1, max: 10000 },
        series: [
          {
            type: 'line',
            name: 'Roofline',
            showSymbol: false,
            data: xs.map((x) => [x, Math.min(peak, (x * gpu.bandwidthGBs) / 1000)]),
          },
          {
            type: 'scatter',
            name: 'decode',
            symbolSize: 14,
            data: [
              [
                Math.max(0.25, n(r, 'intensity')),
                Math.min(peak, (n(r, 'intensity') * gpu.bandwidthGBs) / 1000),
              ],
            ],
          },
          {
            type: 'scatter',
            name: 'prefill',
            symbolSize: 14,
            data: [
              [
                Math.min(4096, n(r, 'prefillIntensity')),
                Math.min(
                  peak,
                  (Math.min(4096, n(r, 'prefillIntensity')) * gpu.bandwidthGBs) / 1000,
                ),
              ],
            ],
          },
        ],
      },
    };
  },
  'all-reduce': (input, r, t) => {
    const gpus = [2, 4, 8, 16, 32, 64, 128];
    return {
      rows: [
        [t('步数 2(N−1)', 'Steps 2(N−1)'), String(r.steps)],
        [t('每步每卡发送 S/N', 'Sent per GPU per step S/N'), bytes(n(r, 'bytesPerStep'))],
        [
          t('每卡总发送 2(N−1)/N·S', 'Sent per GPU in all 2(N−1)/N·S'),
          bytes(n(r, 'bytesSentPerGpu')),
        ],
        [t('耗时', 'Time'), seconds(n(r, 'seconds'), t)],
        [t('算法带宽 S/t', 'Algorithm bandwidth S/t'), `${num(n(r, 'algBandwidth') / 1e9)} GB/s`],
        [
          t('总线带宽（nccl-tests busbw）', 'Bus bandwidth (nccl-tests busbw)'),
          `${num(n(r, 'busBandwidth') / 1e9)} GB/s`,
        ],
        ...(r.schedule as { phase: string; step: number; sends: number[] }[]).map(
          (st): [string, string] => {
            const phase = st.phase === 'reduce-scatter' ? 'Reduce-Scatter' : 'All-Gather';
            return [
              t(`第 ${st.step} 步（${phase}）`, `Step ${st.step} (${phase})`),
              st.sends
                .map((c, g) => `GPU${g}→GPU${(g + 1) % st.sends.length}: ${t('块', 'chunk ')}${c}`)
                .join('  '),
            ];
          },
        ),
      ],
      chart: {
        tooltip: { trigger: 'axis' },
        grid: { left: 60, right: 20, top: 20, bottom: 40 },
        xAxis: {
          type: 'category',
          name: t('GPU 数', 'GPUs'),
          nameLocation: 'middle',
          nameGap: 25,
          data: gpus,
        },
        yAxis: { type: 'value', name: t('耗时 (ms)', 'Time (ms)') },
        series: [
          {
            type: 'line',
            data: gpus.map(
              (g) => Math.round(n(run('all-reduce', { ...input, gpus: g }), 'seconds') * 1e5) / 100,
            ),
          },
        ],
      },
    };
  },
};

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
type Row = [string, string];

Object.assign(VIEWS, {
  paging: (_input: R, r: R, t: T): View => ({
    rows: [
      [t('实际使用的 token 槽', 'Token slots in use'), num(n(r, 'usedTokens'))],
      [
        t('连续预分配：预留 / 浪费', 'Contiguous preallocation: reserved / wasted'),
        `${num(n(r, 'contiguousSlots'))} / ${pct(n(r, 'contiguousWaste') / n(r, 'contiguousSlots'))}`,
      ],
      [
        t('分页：块数 / 浪费', 'Paged: blocks / wasted'),
        `${num(n(r, 'pagedBlocks'))} / ${pct(Math.max(0, n(r, 'pagedWaste')) / n(r, 'pagedSlots'))}`,
      ],
      [
        t('并行采样共享省下的块', 'Blocks saved by sharing across parallel samples'),
        num(n(r, 'blocksSavedBySampling')),
      ],
      [t('写时复制的块', 'Copy-on-write blocks'), num(n(r, 'copyOnWriteCopies'))],
      [
        t('公共前缀共享省下的块', 'Blocks saved by sharing the common prefix'),
        num(n(r, 'blocksSavedByPrefix')),
      ],
    ],
    chart: {
      tooltip: { trigger: 'axis' },
      grid: { left: 80, right: 20, top: 20, bottom: 30 },
      xAxis: {
        type: 'category',
        data: [t('实际使用', 'In use'), t('分页', 'Paged'), t('连续预分配', 'Contiguous')],
      },
      yAxis: { type: 'value', name: t('token 槽', 'token slots') },
      series: [
        { type: 'bar', data: [n(r, 'usedTokens'), n(r, 'pagedSlots'), n(r, 'contiguousSlots')] },
      ],
    },
  }),
  'parallel-comm': (_input: R, r: R, t: T): View => ({
    rows: [
      [
        t('数据并行（每步梯度 all-reduce）', 'Data parallel (gradient all-reduce per step)'),
        bytes(n(r, 'dataParallel')),
      ],
      [
        t(
          '张量并行（每微批，激活 all-reduce）',
          'Tensor parallel (activation all-reduce per micro-batch)',
        ),
        bytes(n(r, 'tensorParallel')),
      ],
      [
        t(
          '流水线并行（每微批，相邻阶段点对点）',
          'Pipeline parallel (point-to-point between stages per micro-batch)',
        ),
        bytes(n(r, 'pipelineParallel')),
      ],
    ],
    chart: {
      tooltip: { trigger: 'axis' },
      grid: { left: 80, right: 20, top: 20, bottom: 30 },
      xAxis: { type: 'category', data: ['DP', 'TP', 'PP'] },
      yAxis: { type: 'value', name: t('GB/卡', 'GB/GPU') },
      series: [
        {
          type: 'bar',
          data: ['dataParallel', 'tensorParallel', 'pipelineParallel'].map(
            (k) => Math.round(n(r, k) / 1e7) / 100,
          ),
        },
      ],
    },
  }),
  batching: (_input: R, r: R, t: T): View => {
    const ps = r.policies as {
      policy: string;
      throughput: number;
      ttftP50: number;
      ttftP99: number;
      tpotP50: number;
      tpotP99: number;
    }[];
    const names: Record<string, string> = {
      static: t('静态', 'Static'),
      dynamic: t('动态', 'Dynamic'),
      continuous: t('连续（迭代级）', 'Continuous (iteration-level)'),
    };
    return {
      rows: ps.map(
        (p): Row => [
          names[p.policy] ?? p.policy,
          `${Math.round(p.throughput)} tok/s · TTFT p50 ${Math.round(p.ttftP50)} / p99 ${Math.round(p.ttftP99)} ms · TPOT p50 ${p.tpotP50.toFixed(1)} / p99 ${p.tpotP99.toFixed(1)} ms`,
        ],
      ),
      chart: {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 60, right: 60, top: 30, bottom: 30 },
        xAxis: { type: 'category', data: ps.map((p) => names[p.policy]) },
        yAxis: [
          { type: 'value', name: 'ms' },
          { type: 'value', name: 'tok/s' },
        ],
        series: [
          { name: 'TTFT p50', type: 'bar', data: ps.map((p) => Math.round(p.ttftP50)) },
          { name: 'TTFT p99', type: 'bar', data: ps.map((p) => Math.round(p.ttftP99)) },
          {
            name: t('吞吐', 'Throughput'),
            type: 'line',
            yAxisIndex: 1,
            data: ps.map((p) => Math.round(p.throughput)),
          },
        ],
      },
    };
  },
  quantization: (_input: R, r: R, t: T): View => {
    const h = r.histogram as { edges: number[]; original: number[]; quantized: number[] };
    return {
      rows: [
        ['MSE', num(n(r, 'mse'))],
        ['SNR', `${n(r, 'snrDb').toFixed(2)} dB`],
        [t('最大绝对误差', 'Max absolute error'), num(n(r, 'maxAbsError'))],
        [t('实际用到的量化级数', 'Quantization levels used'), String(r.levelsUsed)],
      ],
      chart: {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 50, right: 10, top: 30, bottom: 30 },
        xAxis: { type: 'category', data: h.edges.slice(0, -1).map((e) => e.toFixed(3)) },
        yAxis: { type: 'value' },
        series: [
          { name: t('原始权重', 'Original weights'), type: 'bar', data: h.original },
          { name: t('反量化后', 'Dequantized'), type: 'bar', data: h.quantized },
        ],
      },
    };
  },
  sampling: (_input: R, r: R, t: T): View => {
    const before = r.before as number[];
    const after = r.after as number[];
    const beams = r.beams as { sequence: string; probability: number }[];
    const greedy = r.greedy as { sequence: string; probability: number };
    return {
      rows: [
        [t('保留的 token', 'Tokens kept'), (r.kept as number[]).join(', ')],
        [
          t('贪心（玩具模型）', 'Greedy (toy model)'),
          `${greedy.sequence}  p=${greedy.probability.toFixed(2)}`,
        ],
        [
          t('束搜索最优', 'Best beam'),
          `${beams[0]!.sequence}  p=${beams[0]!.probability.toFixed(2)}`,
        ],
      ],
      chart: {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 40, right: 10, top: 30, bottom: 30 },
        xAxis: { type: 'category', data: before.map((_, k) => `t${k}`) },
        yAxis: { type: 'value', max: 1 },
        series: [
          {
            name: t('原始 softmax', 'Original softmax'),
            type: 'bar',
            data: before.map((p) => Math.round(p * 1000) / 1000),
          },
          {
            name: t('处理后', 'After processing'),
            type: 'bar',
            data: after.map((p) => Math.round(p * 1000) / 1000),
          },
        ],
      },
    };
  },
  attention: (_input: R, r: R, t: T): View => {
    const w = r.weights as number[][];
    const counts = r.counts as { params: number; kvPerToken: number; kind: string }[];
    return {
      rows: [
        [t('q·k 方差（≈ d_k）', 'q·k variance (≈ d_k)'), num(n(r, 'scoreVariance'))],
        [
          t(
            '每行最大权重的平均（越近 1 越饱和）',
            'Mean of the largest weight per row (closer to 1 = more saturated)',
          ),
          num(n(r, 'meanMaxWeight')),
        ],
        ...counts.map(
          (c): Row => [
            t(
              `${c.kind} 每层参数 / 每 token KV 元素`,
              `${c.kind} parameters per layer / KV elements per token`,
            ),
            `${num(c.params)} / ${c.kvPerToken}`,
          ],
        ),
      ],
      chart: {
        tooltip: {},
        grid: { left: 40, right: 60, top: 10, bottom: 30 },
        xAxis: { type: 'category', data: w.map((_, k) => `k${k}`) },
        yAxis: { type: 'category', data: w.map((_, k) => `q${k}`), inverse: true },
        visualMap: {
          min: 0,
          max: 1,
          calculable: false,
          orient: 'vertical',
          right: 0,
          top: 'center',
          inRange: { color: ['#f5f7ff', '#2f5bea'] },
        },
        series: [
          {
            type: 'heatmap',
            data: w.flatMap((row, i) => row.map((v, j) => [j, i, Math.round(v * 100) / 100])),
            label: { show: w.length <= 8 },
          },
        ],
      },
    };
  },
  diffusion: (input: R, r: R, t: T): View => {
    const s = r.schedules as {
      schedule: string;
      alphaBarAtT: number;
      logSnrAtT: number;
      curve: number[];
    }[];
    const steps = r.ddimTimesteps as number[];
    return {
      rows: [
        ...s.map(
          (x): Row => [
            t(
              `${x.schedule}：ᾱ_t / log SNR（t=${String(input.t)}）`,
              `${x.schedule}: ᾱ_t / log SNR (t=${String(input.t)})`,
            ),
            `${x.alphaBarAtT.toFixed(4)} / ${x.logSnrAtT.toFixed(2)}`,
          ],
        ),
        [
          t('DDIM 访问的时间步', 'Timesteps DDIM visits'),
          `${steps.slice(0, 4).join(', ')} … ${steps.slice(-2).join(', ')}${t(
            `（共 ${steps.length} 步）`,
            ` (${steps.length} steps)`,
          )}`,
        ],
        [
          t('CFG 示例 ε̂ = ε_u + w(ε_c − ε_u)', 'CFG example ε̂ = ε_u + w(ε_c − ε_u)'),
          (r.guided as number[]).map((v) => v.toFixed(2)).join(', '),
        ],
      ],
      chart: {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 50, right: 10, top: 30, bottom: 30 },
        xAxis: { type: 'value', min: 0, max: 999, name: 't' },
        yAxis: { type: 'value', name: 'ᾱ_t', max: 1 },
        series: [
          ...s.map((x) => ({
            name: x.schedule,
            type: 'line',
            showSymbol: false,
            data: x.curve.map((v, k) => [Math.min(999, k * 20), Math.round(v * 10000) / 10000]),
          })),
          {
            name: t('DDIM 采样步（scaled-linear）', 'DDIM steps (scaled-linear)'),
            type: 'scatter',
            symbolSize: 5,
            data: steps.map((t) => {
              const curve = s.find((x) => x.schedule === 'scaled-linear')!.curve;
              return [t, curve[Math.min(curve.length - 1, Math.round(t / 20))]];
            }),
          },
        ],
      },
    };
  },
  lora: (_input: R, r: R, t: T): View => ({
    rows: [
      [t('可训练参数', 'Trainable parameters'), num(n(r, 'trainable'))],
      [t('占基座参数', 'Share of the base parameters'), pct(n(r, 'shareOfBase'))],
      [
        t('LoRA 显存（BF16 基座 + 适配器 Adam）', 'LoRA memory (BF16 base + adapter Adam)'),
        gb(n(r, 'loraBytes')),
      ],
      [t('QLoRA 显存（NF4 基座）', 'QLoRA memory (NF4 base)'), gb(n(r, 'qloraBytes'))],
      [
        t('全参微调（16 字节/参数）', 'Full fine-tuning (16 bytes/parameter)'),
        gb(n(r, 'fullFinetuneBytes')),
      ],
    ],
    chart: {
      tooltip: { trigger: 'axis' },
      grid: { left: 60, right: 10, top: 20, bottom: 30 },
      xAxis: { type: 'category', data: [t('全参微调', 'Full fine-tuning'), 'LoRA', 'QLoRA'] },
      yAxis: { type: 'value', name: 'GB' },
      series: [
        {
          type: 'bar',
          data: ['fullFinetuneBytes', 'loraBytes', 'qloraBytes'].map(
            (k) => Math.round(n(r, k) / 1e7) / 100,
          ),
        },
      ],
    },
  }),
  tokenizer: (_input: R, r: R, t: T): View => {
    const curve = r.curve as { vocab: number; tokens: number }[];
    const merges = r.merges as { rank: number; left: string; right: string; count: number }[];
    return {
      rows: [
        [t('UTF-8 字节数', 'UTF-8 bytes'), String(r.bytes)],
        [t('词表大小', 'Vocabulary size'), String(r.vocab)],
        [t('编码后 token 数', 'Tokens after encoding'), String(r.tokens)],
        [
          t('前几次合并', 'First merges'),
          merges
            .slice(0, 6)
            .map((m) =>
              t(`「${m.left}」+「${m.right}」×${m.count}`, `“${m.left}”+“${m.right}”×${m.count}`),
            )
            .join('  '),
        ],
        [
          t('切分结果', 'Pieces'),
          (r.pieces as string[])
            .slice(0, 40)
            .map((p) => `[${p}]`)
            .join(''),
        ],
      ],
      chart: {
        tooltip: { trigger: 'axis' },
        grid: { left: 50, right: 10, top: 20, bottom: 40 },
        xAxis: {
          type: 'category',
          name: t('词表大小', 'Vocabulary size'),
          nameLocation: 'middle',
          nameGap: 25,
          data: curve.map((c) => c.vocab),
        },
        yAxis: { type: 'value', name: t('token 数', 'tokens') },
        series: [{ type: 'line', data: curve.map((c) => c.tokens) }],
      },
    };
  },
});
