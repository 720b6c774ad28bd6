// The model-file lab in Chromium: open files the test writes; a truncated one gets a clear error.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ggufFile, safetensorsFile } from '../helpers/model-files.ts';
import { tempDir } from '../helpers/paths.ts';
import { startWebSession, type WebSession } from '../helpers/web.ts';

let web: WebSession;
const files = tempDir('aigc-files-');
beforeAll(async () => {
  web = await startWebSession();
  writeFileSync(join(files.dir, 'tiny.safetensors'), safetensorsFile());
  writeFileSync(join(files.dir, 'tiny.gguf'), ggufFile());
  writeFileSync(join(files.dir, 'broken.gguf'), ggufFile().subarray(0, 60));
});
afterAll(async () => {
  await web?.close();
  files.cleanup();
});

describe('model-file lab in the browser', () => {
  it('reads the headers of both formats and explains a truncated file', async () => {
    const page = await web.open('/labs/model-files');
    const input = page.getByTestId('model-file-input');
    await input.setInputFiles(join(files.dir, 'tiny.safetensors'));
    const result = page.getByTestId('model-file-result');
    await expect.poll(() => result.textContent()).toContain('safetensors');
    expect(await result.textContent()).toContain('model.embed.weight');
    await input.setInputFiles(join(files.dir, 'tiny.gguf'));
    await expect.poll(() => result.textContent()).toContain('gguf v3');
    expect(await result.textContent()).toContain('Q8_0');
    await web.shoot(page, 'lab-model-files');
    await input.setInputFiles(join(files.dir, 'broken.gguf'));
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('the file is truncated');
    await page.close();
  });

  it('raised no page errors', () => {
    expect(web.errors).toEqual([]);
  });
});
