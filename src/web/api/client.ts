/**
 * The one way the web app reaches the server. Statuses map to named errors so that scenes can
 * say what went wrong.
 */
import type {
  ApiErrorBody,
  BookmarkResponse,
  BookmarksResponse,
  GlossaryResponse,
  OutlineResponse,
  QuestionDetail,
  QuestionListResponse,
  SearchResponse,
  StatsResponse,
} from '../../core/api.ts';
import type { SerializedIndex } from '../../core/search/types.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly id: string,
    message: string,
  ) {
    super(message);
  }
}
export class NotFoundError extends ApiError {}
export class BadRequestError extends ApiError {}
export class NetworkError extends ApiError {}

async function request<T>(method: string, path: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api${path}`, { method, headers: { Accept: 'application/json' } });
  } catch {
    throw new NetworkError(0, 'network', '无法连接服务器，请确认 aigc-interview 正在运行');
  }
  if (res.ok) return (await res.json()) as T;
  let body: ApiErrorBody | undefined;
  try {
    body = (await res.json()) as ApiErrorBody;
  } catch {
    // not JSON
  }
  const id = body?.error.id ?? 'http_error';
  const message = body?.error.message ?? `HTTP ${res.status}`;
  if (res.status === 404) throw new NotFoundError(404, id, message);
  if (res.status === 400) throw new BadRequestError(400, id, message);
  throw new ApiError(res.status, id, message);
}

const qs = (params: Record<string, string | number | undefined>) => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') s.set(k, String(v));
  const text = s.toString();
  return text ? `?${text}` : '';
};

export const api = {
  outline: () => request<OutlineResponse>('GET', '/outline'),
  stats: () => request<StatsResponse>('GET', '/stats'),
  questions: (filter: {
    point?: string;
    section?: string;
    track?: string;
    page?: number;
    pageSize?: number;
  }) => request<QuestionListResponse>('GET', `/questions${qs(filter)}`),
  question: (id: string) => request<QuestionDetail>('GET', `/questions/${encodeURIComponent(id)}`),
  search: (q: string, limit = 20) => request<SearchResponse>('GET', `/search${qs({ q, limit })}`),
  searchIndex: () => request<SerializedIndex>('GET', '/search/index'),
  glossary: () => request<GlossaryResponse>('GET', '/glossary'),
  bookmarks: () => request<BookmarksResponse>('GET', '/bookmarks'),
  bookmark: (id: string) =>
    request<BookmarkResponse>('PUT', `/bookmarks/${encodeURIComponent(id)}`),
  unbookmark: (id: string) =>
    request<BookmarkResponse>('DELETE', `/bookmarks/${encodeURIComponent(id)}`),
};
