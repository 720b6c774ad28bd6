// Labs in Chromium: change an input, see the result and the chart change.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebSession, type WebSession } from '../helpers/web.ts';

let web: WebSession;
beforeAll(async () => {
  web = await startWebSession();
});
afterAll(() => web?.close());

async function chartText(page: Page, testId: string): Promise<string> {
  const chart = page.getByTestId(testId);
  await chart.locator('svg').first().waitFor();
  return (await chart.innerHTML()).length.toString() + (await chart.innerHTML()).slice(0, 4000);
}

describe('labs in the browser', () => {
  it('lists the labs', async () => {
    const page = await web.open('/labs');
    await page.getByTestId('lab-kv-cache').getByRole('link').waitFor();
    await web.shoot(page, 'labs');
    await page.close();
  });

  it.each([
    ['kv-cache', 'kv-cache', 'kv-cache-model', 'llama-3-8b', '注意力类型', 'GQA'],
    ['gpu-memory', 'train-memory', 'train-memory-gpus', '64', '合计 / 卡', ''],
    ['flops-roofline', 'decode', 'decode-batch', '256', '瓶颈', '算力'],
    ['collectives', 'all-reduce', 'all-reduce-gpus', '64', '步数 2(N−1)', '126'],
    ['quantization', 'quantization', 'quantization-granularity', 'group', 'SNR', 'dB'],
    ['sampling', 'sampling', 'sampling-temperature', '0.5', '保留的 token', ''],
    ['attention', 'attention', 'attention-seq', '4', 'q·k 方差', ''],
    ['diffusion', 'diffusion', 'diffusion-steps', '20', 'DDIM 访问的时间步', '共 20 步'],
    ['lora', 'lora', 'lora-rank', '64', '可训练参数', '3.355e+7'],
    ['tokenizer', 'tokenizer', 'tokenizer-merges', '2', '词表大小', '258'],
    ['batching', 'batching', 'batching-maxBatch', '4', '连续（迭代级）', 'tok/s'],
  ])(
    '%s: changing %s changes the result and the chart',
    async (lab, calc, input, value, row, expected) => {
      const page = await web.open(`/labs/${lab}`);
      const result = page.getByTestId(`result-${calc}`);
      await result.waitFor();
      const before = await result.textContent();
      const chartBefore = await chartText(page, `chart-${calc}`);
      const field = page.getByTestId(input);
      if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
      else await field.fill(value);
      await expect.poll(() => result.textContent()).not.toBe(before);
      const rowText = await result.locator('tr', { hasText: row }).first().textContent();
      if (expected) expect(rowText).toContain(expected);
      await expect.poll(() => chartText(page, `chart-${calc}`)).not.toBe(chartBefore);
      // The derivation is rendered math, and questions link back.
      expect(await page.locator('.prose .katex').count()).toBeGreaterThan(0);
      await web.shoot(page, `lab-${lab}`);
      await page.close();
    },
  );

  it('explains a bad input instead of computing nonsense', async () => {
    const page = await web.open('/labs/collectives');
    await page.getByTestId('all-reduce-gpus').fill('1');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('needs at least 2 GPUs');
    await page.close();
  });

  it('raised no page errors', () => {
    expect(web.errors).toEqual([]);
  });
});
