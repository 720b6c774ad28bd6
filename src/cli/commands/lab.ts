import { type FileHandle, open } from 'node:fs/promises';
import { z } from 'zod';
import { CALCULATORS, findCalculator } from '../../core/labs/calculators.ts';
import { inspectModelFile } from '../../core/labs/model-files.ts';
import { bold, dim, fail, printJson } from '../output.ts';

/** `--key value`, `--key=value` and bare `--flag` pairs after the lab id. */
export function parseLabOptions(args: string[]): {
  json: boolean;
  options: Record<string, string | boolean>;
} {
  const options: Record<string, string | boolean> = {};
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('--')) fail(`unexpected argument "${a}": options look like --name value`);
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (name === 'json') {
      json = true;
      continue;
    }
    const next = args[i + 1];
    if (inline !== undefined) options[name] = inline;
    else if (next !== undefined && !next.startsWith('--')) {
      options[name] = next;
      i++;
    } else options[name] = true;
  }
  return { json, options };
}

/** The model-file inspector reads a file, so it is not one of the pure calculators. */
async function modelFilesCommand(args: string[]): Promise<void> {
  const { json, options } = parseLabOptions(args);
  const path = options.file;
  if (typeof path !== 'string')
    fail('give the file: aigc-interview lab model-files --file model.safetensors [--json]');
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    fail(`cannot open "${path}": ${(e as Error).message}`);
  }
  try {
    const size = (await handle.stat()).size;
    const src = {
      size,
      read: async (offset: number, length: number) => {
        const buf = new Uint8Array(length);
        await handle.read(buf, 0, length, offset);
        return buf;
      },
    };
    const info = await inspectModelFile(src, path).catch((e: Error) =>
      fail(`${path}: ${e.message}`),
    );
    const { tensors, ...rest } = info;
    if (json) {
      printJson({
        lab: 'model-files',
        inputs: { file: path },
        ...rest,
        tensors: tensors.slice(0, 1000),
      });
      return;
    }
    process.stdout.write(
      `${bold(`${path}: ${info.format}${info.version ? ` v${info.version}` : ''}`)}\n`,
    );
    process.stdout.write(
      `  tensors ${info.tensorCount}, parameters ${info.parameters}, data ${info.dataBytes} bytes\n`,
    );
    for (const [d, n] of Object.entries(info.dtypes))
      process.stdout.write(`  ${d.padEnd(10)} ${n}\n`);
  } finally {
    await handle.close();
  }
}

export async function labCommand(
  id: string | undefined,
  args: string[],
  opts: { list?: boolean },
): Promise<void> {
  if (id === 'model-files') return modelFilesCommand(args);
  if (opts.list || !id) {
    for (const c of CALCULATORS) {
      process.stdout.write(`${bold(c.id.padEnd(18))} ${c.title} ${dim(`(lab page: ${c.lab})`)}\n`);
      for (const [k, v] of Object.entries(c.help))
        process.stdout.write(`    --${k.padEnd(10)} ${dim(v)}\n`);
    }
    return;
  }
  const calc = findCalculator(id);
  if (!calc) fail(`unknown lab "${id}"; run "aigc-interview lab --list" to see them`);
  const { json, options } = parseLabOptions(args);
  let results: Record<string, unknown>;
  let inputs: Record<string, unknown>;
  try {
    inputs = calc.options.parse(options) as Record<string, unknown>;
    results = calc.run(options);
  } catch (e) {
    if (e instanceof z.ZodError) {
      const issue = e.issues[0]!;
      const name = issue.path.join('.') || 'options';
      const hint =
        issue.code === 'unrecognized_keys'
          ? `unknown option --${issue.keys[0]}`
          : `--${name}: ${issue.message}`;
      fail(
        `${hint} (options: ${Object.keys(calc.help)
          .map((k) => `--${k}`)
          .join(' ')})`,
      );
    }
    throw e;
  }
  if (json) {
    printJson({ lab: calc.id, inputs, ...results });
    return;
  }
  process.stdout.write(`${bold(calc.title)}\n`);
  for (const [k, v] of Object.entries(results)) {
    const text =
      typeof v === 'number'
        ? formatNumber(v)
        : typeof v === 'object' && v !== null
          ? JSON.stringify(v)
          : String(v);
    process.stdout.write(
      `  ${k.padEnd(26)} ${text.length > 160 ? `${text.slice(0, 160)}…` : text}\n`,
    );
  }
}

function formatNumber(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e6) return String(v);
  if (Math.abs(v) >= 1e6 || (Math.abs(v) < 1e-3 && v !== 0)) return v.toExponential(3);
  return v.toFixed(4);
}
