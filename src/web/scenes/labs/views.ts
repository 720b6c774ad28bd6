/** What each calculator shows: the key results as rows and a chart that moves with the inputs. */
import { findCalculator } from '../../../core/labs/calculators.ts';
import { GPUS, MODELS } from '../../../core/labs/presets.ts';
import { bytes, gb, num, seconds } from './format.ts';

type R = Record<string, unknown>;
export interface View {
  rows: [string, string][];
  chart?: Record<string, unknown>;
}

const n = (r: R, k: string) => Number(r[k]);
const run = (id: string, input: R) => findCalculator(id)!.run(input);

export const VIEWS: Record<string, (input: R, r: R) => View> = {
  'kv-cache': (input, r) => {
    const dtype = String(input.dtype);
    const per = MODELS.map((m) => ({
      name: m.name,
      v: n(run('kv-cache', { model: m.id, dtype, seq: 1, batch: 1 }), 'bytesPerToken') / 1024,
    }));
    return {
      rows: [
        ['注意力类型', String(r.kind).toUpperCase()],
        ['每层每 token 缓存的元素', num(n(r, 'elementsPerTokenPerLayer'))],
        ['每 token', bytes(n(r, 'bytesPerToken'))],
        ['总计（序列 × 并发）', bytes(n(r, 'bytesTotal'))],
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
  'train-memory': (input, r) => {
    const stages = [0, 1, 2, 3].map((zero) => run('train-memory', { ...input, zero }));
    return {
      rows: [
        ['参数量', num(n(r, 'params'))],
        ['权重 / 卡', gb(n(r, 'weightsPerGpu'))],
        ['梯度 / 卡', gb(n(r, 'gradientsPerGpu'))],
        ['优化器状态 / 卡', gb(n(r, 'optimizerPerGpu'))],
        ['激活 / 卡', gb(n(r, 'activationsPerGpu'))],
        ['合计 / 卡', gb(n(r, 'bytesPerGpu'))],
        ['不分片时', gb(n(r, 'bytesUnsharded'))],
      ],
      chart: {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 50, right: 10, top: 30, bottom: 30 },
        xAxis: { type: 'category', data: ['ZeRO-0', 'ZeRO-1', 'ZeRO-2', 'ZeRO-3'] },
        yAxis: { type: 'value', name: 'GB/卡' },
        series: [
          ['权重', 'weightsPerGpu'],
          ['梯度', 'gradientsPerGpu'],
          ['优化器', 'optimizerPerGpu'],
          ['激活', 'activationsPerGpu'],
        ].map(([name, key]) => ({
          name,
          type: 'bar',
          stack: 'm',
          data: stages.map((s) => Math.round((n(s, key!) / 1e9) * 100) / 100),
        })),
      },
    };
  },
  'inference-memory': (_input, r) => ({
    rows: [
      ['权重', gb(n(r, 'weights'))],
      ['KV Cache', gb(n(r, 'kvCache'))],
      ['激活', gb(n(r, 'activations'))],
      ['框架开销（10%）', gb(n(r, 'overhead'))],
      ['合计', gb(n(r, 'total'))],
      ...(r.gpu
        ? ([[`放得下 ${String(r.gpu)}（${gb(n(r, 'gpuBytes'))}）吗`, r.fits ? '能' : '不能']] as [
            string,
            string,
          ][])
        : []),
    ],
    chart: {
      tooltip: { trigger: 'item' },
      series: [
        {
          type: 'pie',
          radius: ['40%', '70%'],
          data: [
            ['权重', 'weights'],
            ['KV Cache', 'kvCache'],
            ['激活', 'activations'],
            ['开销', 'overhead'],
          ].map(([name, key]) => ({ name, value: Math.round(n(r, key!) / 1e7) / 100 })),
        },
      ],
    },
  }),
  'train-compute': (_input, r) => ({
    rows: [
      ['训练算力 6ND', `${num(n(r, 'flops'))} FLOPs`],
      ['墙钟时间', seconds(n(r, 'seconds'))],
      ['GPU 时', num(Math.round(n(r, 'gpuHours')))],
    ],
  }),
  decode: (input, r) => {
    const gpu = GPUS.find((g) => g.name === r.gpu)!;
    const peak = input.dtype === 'fp8' && gpu.fp8Tflops ? gpu.fp8Tflops : gpu.bf16Tflops;
    const xs = [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096];
    return {
      rows: [
        ['每步读取', gb(n(r, 'bytesPerStep'))],
        ['算术强度', `${num(n(r, 'intensity'))} FLOP/字节`],
        ['脊点', `${num(n(r, 'ridge'))} FLOP/字节`],
        ['瓶颈', r.memoryBound ? '显存带宽（memory-bound）' : '算力（compute-bound）'],
        [
          '对比：prefill 的算术强度',
          `${num(n(r, 'prefillIntensity'))} FLOP/字节（${r.prefillComputeBound ? '受算力限制' : '受带宽限制'}）`,
        ],
        ['每条序列 token/s 上界', num(n(r, 'tokensPerSecondPerSequence'))],
        ['总 token/s 上界', num(n(r, 'tokensPerSecond'))],
      ],
      chart: {
        tooltip: { trigger: 'axis' },
        grid: { left: 60, right: 20, top: 20, bottom: 40 },
        xAxis: {
          type: 'log',
          name: 'FLOP/字节',
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
  'all-reduce': (input, r) => {
    const gpus = [2, 4, 8, 16, 32, 64, 128];
    return {
      rows: [
        ['步数 2(N−1)', String(r.steps)],
        ['每步每卡发送 S/N', bytes(n(r, 'bytesPerStep'))],
        ['每卡总发送 2(N−1)/N·S', bytes(n(r, 'bytesSentPerGpu'))],
        ['耗时', seconds(n(r, 'seconds'))],
        ['算法带宽 S/t', `${num(n(r, 'algBandwidth') / 1e9)} GB/s`],
        ['总线带宽（nccl-tests busbw）', `${num(n(r, 'busBandwidth') / 1e9)} GB/s`],
        ...(r.schedule as { phase: string; step: number; sends: number[] }[]).map(
          (st): [string, string] => [
            `第 ${st.step} 步（${st.phase === 'reduce-scatter' ? 'Reduce-Scatter' : 'All-Gather'}）`,
            st.sends.map((c, g) => `GPU${g}→GPU${(g + 1) % st.sends.length}: 块${c}`).join('  '),
          ],
        ),
      ],
      chart: {
        tooltip: { trigger: 'axis' },
        grid: { left: 60, right: 20, top: 20, bottom: 40 },
        xAxis: {
          type: 'category',
          name: 'GPU 数',
          nameLocation: 'middle',
          nameGap: 25,
          data: gpus,
        },
        yAxis: { type: 'value', name: '耗时 (ms)' },
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
  paging: (_input: R, r: R): View => ({
    rows: [
      ['实际使用的 token 槽', num(n(r, 'usedTokens'))],
      [
        '连续预分配：预留 / 浪费',
        `${num(n(r, 'contiguousSlots'))} / ${pct(n(r, 'contiguousWaste') / n(r, 'contiguousSlots'))}`,
      ],
      [
        '分页：块数 / 浪费',
        `${num(n(r, 'pagedBlocks'))} / ${pct(Math.max(0, n(r, 'pagedWaste')) / n(r, 'pagedSlots'))}`,
      ],
      ['并行采样共享省下的块', num(n(r, 'blocksSavedBySampling'))],
      ['写时复制的块', num(n(r, 'copyOnWriteCopies'))],
      ['公共前缀共享省下的块', num(n(r, 'blocksSavedByPrefix'))],
    ],
    chart: {
      tooltip: { trigger: 'axis' },
      grid: { left: 80, right: 20, top: 20, bottom: 30 },
      xAxis: { type: 'category', data: ['实际使用', '分页', '连续预分配'] },
      yAxis: { type: 'value', name: 'token 槽' },
      series: [
        { type: 'bar', data: [n(r, 'usedTokens'), n(r, 'pagedSlots'), n(r, 'contiguousSlots')] },
      ],
    },
  }),
  'parallel-comm': (_input: R, r: R): View => ({
    rows: [
      ['数据并行（每步梯度 all-reduce）', bytes(n(r, 'dataParallel'))],
      ['张量并行（每微批，激活 all-reduce）', bytes(n(r, 'tensorParallel'))],
      ['流水线并行（每微批，相邻阶段点对点）', bytes(n(r, 'pipelineParallel'))],
    ],
    chart: {
      tooltip: { trigger: 'axis' },
      grid: { left: 80, right: 20, top: 20, bottom: 30 },
      xAxis: { type: 'category', data: ['DP', 'TP', 'PP'] },
      yAxis: { type: 'value', name: 'GB/卡' },
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
  batching: (_input: R, r: R): View => {
    const ps = r.policies as {
      policy: string;
      throughput: number;
      ttftP50: number;
      ttftP99: number;
      tpotP50: number;
      tpotP99: number;
    }[];
    const names: Record<string, string> = {
      static: '静态',
      dynamic: '动态',
      continuous: '连续（迭代级）',
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
            name: '吞吐',
            type: 'line',
            yAxisIndex: 1,
            data: ps.map((p) => Math.round(p.throughput)),
          },
        ],
      },
    };
  },
  quantization: (_input: R, r: R): View => {
    const h = r.histogram as { edges: number[]; original: number[]; quantized: number[] };
    return {
      rows: [
        ['MSE', num(n(r, 'mse'))],
        ['SNR', `${n(r, 'snrDb').toFixed(2)} dB`],
        ['最大绝对误差', num(n(r, 'maxAbsError'))],
        ['实际用到的量化级数', String(r.levelsUsed)],
      ],
      chart: {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 50, right: 10, top: 30, bottom: 30 },
        xAxis: { type: 'category', data: h.edges.slice(0, -1).map((e) => e.toFixed(3)) },
        yAxis: { type: 'value' },
        series: [
          { name: '原始权重', type: 'bar', data: h.original },
          { name: '反量化后', type: 'bar', data: h.quantized },
        ],
      },
    };
  },
  sampling: (_input: R, r: R): View => {
    const before = r.before as number[];
    const after = r.after as number[];
    const beams = r.beams as { sequence: string; probability: number }[];
    const greedy = r.greedy as { sequence: string; probability: number };
    return {
      rows: [
        ['保留的 token', (r.kept as number[]).join(', ')],
        ['贪心（玩具模型）', `${greedy.sequence}  p=${greedy.probability.toFixed(2)}`],
        ['束搜索最优', `${beams[0]!.sequence}  p=${beams[0]!.probability.toFixed(2)}`],
      ],
      chart: {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 40, right: 10, top: 30, bottom: 30 },
        xAxis: { type: 'category', data: before.map((_, k) => `t${k}`) },
        yAxis: { type: 'value', max: 1 },
        series: [
          {
            name: '原始 softmax',
            type: 'bar',
            data: before.map((p) => Math.round(p * 1000) / 1000),
          },
          { name: '处理后', type: 'bar', data: after.map((p) => Math.round(p * 1000) / 1000) },
        ],
      },
    };
  },
  attention: (_input: R, r: R): View => {
    const w = r.weights as number[][];
    const counts = r.counts as { params: number; kvPerToken: number; kind: string }[];
    return {
      rows: [
        ['q·k 方差（≈ d_k）', num(n(r, 'scoreVariance'))],
        ['每行最大权重的平均（越近 1 越饱和）', num(n(r, 'meanMaxWeight'))],
        ...counts.map(
          (c): Row => [
            `${c.kind} 每层参数 / 每 token KV 元素`,
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
  diffusion: (input: R, r: R): View => {
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
            `${x.schedule}：ᾱ_t / log SNR（t=${String(input.t)}）`,
            `${x.alphaBarAtT.toFixed(4)} / ${x.logSnrAtT.toFixed(2)}`,
          ],
        ),
        [
          'DDIM 访问的时间步',
          `${steps.slice(0, 4).join(', ')} … ${steps.slice(-2).join(', ')}（共 ${steps.length} 步）`,
        ],
        [
          'CFG 示例 ε̂ = ε_u + w(ε_c − ε_u)',
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
            name: 'DDIM 采样步（scaled-linear）',
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
  lora: (_input: R, r: R): View => ({
    rows: [
      ['可训练参数', num(n(r, 'trainable'))],
      ['占基座参数', pct(n(r, 'shareOfBase'))],
      ['LoRA 显存（BF16 基座 + 适配器 Adam）', gb(n(r, 'loraBytes'))],
      ['QLoRA 显存（NF4 基座）', gb(n(r, 'qloraBytes'))],
      ['全参微调（16 字节/参数）', gb(n(r, 'fullFinetuneBytes'))],
    ],
    chart: {
      tooltip: { trigger: 'axis' },
      grid: { left: 60, right: 10, top: 20, bottom: 30 },
      xAxis: { type: 'category', data: ['全参微调', 'LoRA', 'QLoRA'] },
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
  tokenizer: (_input: R, r: R): View => {
    const curve = r.curve as { vocab: number; tokens: number }[];
    const merges = r.merges as { rank: number; left: string; right: string; count: number }[];
    return {
      rows: [
        ['UTF-8 字节数', String(r.bytes)],
        ['词表大小', String(r.vocab)],
        ['编码后 token 数', String(r.tokens)],
        [
          '前几次合并',
          merges
            .slice(0, 6)
            .map((m) => `「${m.left}」+「${m.right}」×${m.count}`)
            .join('  '),
        ],
        [
          '切分结果',
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
          name: '词表大小',
          nameLocation: 'middle',
          nameGap: 25,
          data: curve.map((c) => c.vocab),
        },
        yAxis: { type: 'value', name: 'token 数' },
        series: [{ type: 'line', data: curve.map((c) => c.tokens) }],
      },
    };
  },
});
