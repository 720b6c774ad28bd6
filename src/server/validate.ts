/** Loose input at the door: query and path parameters validated with zod, 400 naming the parameter. */
import type { z } from 'zod';
import { ApiError } from './errors.ts';

export function parseParams<T extends z.ZodType>(
  schema: T,
  input: unknown,
  where: 'query' | 'path' | 'body',
): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    throw ApiError.badRequest(`unknown ${where} parameter "${issue.keys[0]}"`, 'invalid_parameter');
  }
  const name = issue.path.join('.') || where;
  const got =
    issue.path.length && input && typeof input === 'object'
      ? (input as Record<string, unknown>)[String(issue.path[0])]
      : undefined;
  const shown =
    typeof got === 'string' ? ` (got "${got.length > 40 ? `${got.slice(0, 40)}…` : got}")` : '';
  throw ApiError.badRequest(
    `invalid ${where} parameter "${name}": ${issue.message}${shown}`,
    'invalid_parameter',
  );
}

/** The request body as JSON, or a 400 that says so. */
export async function readJson(c: { req: { json(): Promise<unknown> } }): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw ApiError.badRequest('the request body must be JSON', 'invalid_json');
  }
}
