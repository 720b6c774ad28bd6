/** YAML parsing that remembers where each value stands, so problems can name a line. */
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { ProblemList } from './problems.ts';

export interface YamlSource {
  /** The parsed value (undefined when the YAML does not parse). */
  value: unknown;
  /** 1-based line of the value at a path (falls back to the nearest ancestor, then to `offset`). */
  lineOf(path: readonly PropertyKey[]): number;
}

/**
 * Parse YAML text that starts at line `firstLine` of `file`; syntax errors go to `problems`.
 */
export function parseYaml(
  text: string,
  file: string,
  problems: ProblemList,
  firstLine = 1,
): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  for (const err of doc.errors) {
    problems.add(
      file,
      toLine(err.pos[0]),
      `YAML syntax error: ${err.message.split('\n')[0]}`,
      'fix the YAML syntax; quote strings that contain ": " or start with special characters',
    );
  }
  const value = doc.errors.length ? undefined : doc.toJS();
  return {
    value,
    lineOf(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n) as unknown[], true);
        if (isNode(node) && node.range) return toLine(node.range[0]);
      }
      return firstLine;
    },
  };
}

/** Validate with zod, reporting every issue with its line; returns the parsed data or undefined. */
export function validate<T extends z.ZodType>(
  schema: T,
  source: YamlSource,
  file: string,
  problems: ProblemList,
  hint: string,
): z.infer<T> | undefined {
  const result = schema.safeParse(source.value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const where = issue.path.length ? issue.path.join('.') : '(top level)';
    // An unknown field is reported on its own line, not on its parent's.
    const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    problems.add(file, source.lineOf(at), `${where}: ${describeIssue(issue)}`, hint);
  }
  return undefined;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}${issue.input === undefined ? ' but the field is missing' : ''}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message;
  }
}
