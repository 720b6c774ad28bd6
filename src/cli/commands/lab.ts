import { z } from 'zod';
import { CALCULATORS, findCalculator } from '../../core/labs/calculators.ts';
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

export function labCommand(id: string | undefined, args: string[], opts: { list?: boolean }): void {
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
    process.stdout.write(
      `  ${k.padEnd(26)} ${typeof v === 'number' ? formatNumber(v) : String(v)}\n`,
    );
  }
}

function formatNumber(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e6) return String(v);
  if (Math.abs(v) >= 1e6 || (Math.abs(v) < 1e-3 && v !== 0)) return v.toExponential(3);
  return v.toFixed(4);
}
