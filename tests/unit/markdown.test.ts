// Markdown is rendered once at build time: golden HTML for math and code, raw HTML escaped.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getRenderer, mathError } from '../../src/content/markdown.ts';
import { ROOT } from '../helpers/paths.ts';

/** Compare with tests/golden/<name>; UPDATE_GOLDEN=1 rewrites the file. */
function golden(name: string, actual: string): void {
  const file = join(ROOT, 'tests/golden', name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('markdown rendering', () => {
  it('renders inline and display math with KaTeX (golden)', async () => {
    const r = await getRenderer();
    const html = r.block(
      '缩放因子 $\\frac{1}{\\sqrt{d_k}}$ 来自方差：\n\n$$\n\\mathrm{Var}(q\\cdot k)=d_k\n$$\n',
    );
    expect(html).toContain('class="katex"');
    expect(html).toContain('katex-display');
    expect(html).not.toContain('$');
    golden('math.html', html);
  });

  it('highlights code with colours the light and dark themes define (golden)', async () => {
    const r = await getRenderer();
    const html = r.block(
      '```python\ndef rms_norm(x, w, eps=1e-6):\n    return x * (x.pow(2).mean(-1, keepdim=True) + eps).rsqrt() * w\n```\n',
    );
    expect(html).toContain('class="shiki aigc"');
    expect(html).toContain('color:var(--sk-token-keyword)');
    golden('code-python.html', html);
  });

  it('highlights cuda as C++ and leaves text plain', async () => {
    const r = await getRenderer();
    expect(
      r.block('```cuda\n__global__ void k(float* x) { x[threadIdx.x] = 0; }\n```\n'),
    ).toContain('<span');
    const text = r.block('```text\nplain <b>text</b>\n```\n');
    expect(text).not.toContain('<b>');
    expect(text).toContain('plain');
  });

  it('escapes raw HTML and unsafe links in content', async () => {
    const r = await getRenderer();
    const html = r.block(
      '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))',
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('href="javascript:');
  });

  it('opens external links in a new tab without the referrer', async () => {
    const r = await getRenderer();
    expect(r.inline('[论文](https://arxiv.org/abs/1706.03762)')).toBe(
      '<a href="https://arxiv.org/abs/1706.03762" target="_blank" rel="noopener noreferrer">论文</a>',
    );
  });

  it('reports KaTeX parse errors', () => {
    expect(mathError('\\frac{1}{2}', false)).toBeUndefined();
    expect(mathError('\\frac{1}{', false)).toMatch(/Unexpected end of input/);
  });
});
