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
            name: '当前 decode',
            symbolSize: 14,
            data: [
              [
                Math.max(0.25, n(r, 'intensity')),
                Math.min(peak, (n(r, 'intensity') * gpu.bandwidthGBs) / 1000),
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
