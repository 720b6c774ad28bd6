/**
 * API errors: a stable id for programs, a message for people. Unknown errors are logged and
 * answered with a generic 500 that leaks nothing.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorBody } from '../core/api.ts';
import type { CompiledQuestion } from '../core/bundle.ts';
import type { Catalog } from '../core/catalog.ts';

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly id: string,
    message: string,
  ) {
    super(message);
  }

  static badRequest(message: string, id = 'bad_request'): ApiError {
    return new ApiError(400, id, message);
  }

  static notFound(message: string, id = 'not_found'): ApiError {
    return new ApiError(404, id, message);
  }

  static noQuestion(id: string | null | undefined): ApiError {
    return ApiError.notFound(`no question with id "${id}"`, 'question_not_found');
  }
}

/** The bank's question with this id, or a 404 naming it. */
export function requireQuestion(catalog: Catalog, id: string): CompiledQuestion {
  const q = catalog.byId.get(id);
  if (!q) throw ApiError.noQuestion(id);
  return q;
}

export function errorBody(id: string, message: string): ApiErrorBody {
  return { error: { id, message } };
}

export function onError(err: Error, c: Context): Response {
  if (err instanceof ApiError) return c.json(errorBody(err.id, err.message), err.status);
  if (err instanceof SyntaxError && /JSON/.test(err.message)) {
    return c.json(errorBody('invalid_json', 'the request body is not valid JSON'), 400);
  }
  console.error(`[server] ${c.req.method} ${c.req.path}:`, err);
  return c.json(errorBody('internal', 'internal server error'), 500);
}
