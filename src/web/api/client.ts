/**
 * The one way the web app reaches the server. Statuses map to named errors so that scenes can
 * say what went wrong.
 */

import { navigate } from 'wouter/use-browser-location';
import type {
  AddCardsResponse,
  ApiErrorBody,
  BookmarkResponse,
  BookmarksResponse,
  CheatSheet,
  ExportScope,
  GlossaryResponse,
  GradeResponse,
  HealthResponse,
  InterviewView,
  LabDetail,
  LabListItem,
  MistakesResponse,
  NotesResponse,
  NoteView,
  OutlineResponse,
  PracticeSetResponse,
  QuestionDetail,
  QuestionListResponse,
  ReportSummary,
  ReportView,
  ReviewNextResponse,
  ReviewResponse,
  SearchResponse,
  SettingsResponse,
  StatsResponse,
} from '../../core/api.ts';
import type { InterviewReport } from '../../core/interview/report.ts';
import type { PlanView } from '../../core/practice/plan.ts';
import type { Dashboard } from '../../core/practice/progress.ts';
import type { SerializedIndex } from '../../core/search/types.ts';
import { tr } from '../i18n.tsx';

const unreachable = () =>
  tr(
    '无法连接服务器，请确认 aigc-interview 正在运行',
    'Cannot reach the server: check that aigc-interview is running',
  );

export interface InterviewSheet {
  role: string;
  level: string;
  seed: number;
  questions: {
    id: string;
    title: string;
    type: string;
    difficulty: number;
    minutes: number;
    quickAnswerHtml: string;
    rubric: { pointHtml: string; weight: number }[];
    followUps: { qHtml: string; aHtml: string }[];
  }[];
}

export interface InterviewFeedback {
  score: number;
  points: { point: string; weight: number; hit: boolean; note?: string }[];
  weak: boolean;
  reference: string | null;
  next: 'follow-up' | 'next-question' | 'finished';
  grader: 'offline' | 'llm';
  /** Why the LLM was not used for this answer, when it was configured. */
  notice: string | null;
}

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
export class UnauthenticatedError extends ApiError {}

/** The parts of the OpenAPI document the API page shows. */
export interface OpenApiDocument {
  info: { title: string; version: string; description: string };
  paths: Record<
    string,
    Record<
      string,
      {
        summary: string;
        tags: string[];
        parameters: { name: string; in: string; required: boolean; schema: unknown }[];
        requestBody?: { content: Record<string, { schema: unknown }> };
        security: unknown[];
      }
    >
  >;
}

export interface Me {
  id: string;
  username: string | null;
  mode: 'local' | 'account';
  createdAt?: string;
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api${path}`, {
      method,
      headers: {
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new NetworkError(0, 'network', unreachable());
  }
  if (res.status === 204) return undefined as T;
  if (res.ok) return (await res.json()) as T;
  let failure: ApiErrorBody | undefined;
  try {
    failure = (await res.json()) as ApiErrorBody;
  } catch {
    // not JSON
  }
  const id = failure?.error.id ?? 'http_error';
  const message = failure?.error.message ?? `HTTP ${res.status}`;
  if (res.status === 401 && id === 'unauthenticated') {
    // The server runs with accounts and this page needs one: log in, then come back.
    if (!window.location.pathname.startsWith('/login'))
      navigate(
        `/login?next=${encodeURIComponent(window.location.pathname + window.location.search)}`,
      );
    throw new UnauthenticatedError(401, id, message);
  }
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
  me: () => request<{ user: Me }>('GET', '/me'),
  openapi: () => request<OpenApiDocument>('GET', '/openapi.json'),
  cheatsheet: (scope: ExportScope) =>
    request<CheatSheet>('GET', `/export/cheatsheet${qs({ ...scope })}`),
  register: (username: string, password: string) =>
    request<{ user: Me }>('POST', '/auth/register', { username, password }),
  login: (username: string, password: string) =>
    request<{ user: Me }>('POST', '/auth/login', { username, password }),
  logout: () => request<void>('POST', '/auth/logout'),
  changePassword: (currentPassword: string, newPassword: string) =>
    request<void>('POST', '/auth/password', { currentPassword, newPassword }),
  deleteAccount: (password: string) => request<void>('DELETE', '/me', { password }),
  importData: (doc: unknown, replace: boolean) =>
    request<{ imported: Record<string, number>; unknownQuestions: string[] }>(
      'POST',
      `/me/import${replace ? '?replace=true' : ''}`,
      doc,
    ),
  health: () => request<HealthResponse>('GET', '/health'),
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
  settings: () => request<SettingsResponse>('GET', '/settings'),
  saveSettings: (patch: Partial<SettingsResponse>) =>
    request<SettingsResponse>('PUT', '/settings', patch),
  addCards: (selector: {
    questionIds?: string[];
    point?: string;
    section?: string;
    track?: string;
  }) => request<AddCardsResponse>('POST', '/cards', selector),
  removeCard: (id: string) =>
    request<{ removed: boolean }>('DELETE', `/cards/${encodeURIComponent(id)}`),
  nextReview: () => request<ReviewNextResponse>('GET', '/review/next'),
  review: (input: {
    questionId: string;
    rating: number;
    mode?: 'review' | 'fresh';
    durationMs: number;
    answer?: string | null;
  }) => request<ReviewResponse>('POST', '/review', input),
  grade: (questionId: string, answer: string) =>
    request<GradeResponse>('POST', '/grade', { questionId, answer }),
  mistakes: () => request<MistakesResponse>('GET', '/mistakes'),
  removeMistake: (id: string) =>
    request<{ removed: boolean }>('DELETE', `/mistakes/${encodeURIComponent(id)}`),
  notes: (filter: { kind?: string; targetType?: string; targetId?: string } = {}) =>
    request<NotesResponse>('GET', `/notes${qs(filter)}`),
  createNote: (input: {
    kind: 'note' | 'story';
    targetType?: 'question' | 'point' | null;
    targetId?: string | null;
    title?: string | null;
    body: string;
    points?: string[];
  }) => request<NoteView>('POST', '/notes', input),
  updateNote: (id: string, patch: { title?: string | null; body?: string; points?: string[] }) =>
    request<NoteView>('PUT', `/notes/${encodeURIComponent(id)}`, patch),
  deleteNote: (id: string) =>
    request<{ removed: boolean }>('DELETE', `/notes/${encodeURIComponent(id)}`),
  plan: (tz: number) => request<{ plan: PlanView | null }>('GET', `/plan${qs({ tz })}`),
  savePlan: (tz: number, spec: { role: string; days: 7 | 14 | 30 }) =>
    request<{ plan: PlanView | null }>('PUT', `/plan${qs({ tz })}`, spec),
  deletePlan: () => request<{ removed: boolean }>('DELETE', '/plan'),
  reports: () => request<{ items: ReportSummary[] }>('GET', '/reports'),
  report: (id: string) => request<ReportView>('GET', `/reports/${encodeURIComponent(id)}`),
  createReport: (input: { company: string; role?: string | null; text: string }) =>
    request<ReportView>('POST', '/reports', input),
  updateReportItem: (
    id: string,
    itemId: string,
    patch: { status: 'confirmed' | 'own'; questionId?: string | null; ownAnswer?: string | null },
  ) =>
    request<ReportView>(
      'PUT',
      `/reports/${encodeURIComponent(id)}/items/${encodeURIComponent(itemId)}`,
      patch,
    ),
  reportCards: (id: string) =>
    request<{ added: number }>('POST', `/reports/${encodeURIComponent(id)}/cards`),
  deleteReport: (id: string) =>
    request<{ removed: boolean }>('DELETE', `/reports/${encodeURIComponent(id)}`),
  labs: () => request<{ labs: LabListItem[] }>('GET', '/labs'),
  lab: (id: string) => request<LabDetail>('GET', `/labs/${encodeURIComponent(id)}`),
  interviews: () => request<{ items: InterviewView[] }>('GET', '/interviews'),
  interview: (id: string) => request<InterviewView>('GET', `/interviews/${encodeURIComponent(id)}`),
  startInterview: (input: { role: string; minutes: number; level: string; seed?: number }) =>
    request<InterviewView>('POST', '/interviews', input),
  saveInterviewDraft: (id: string, text: string) =>
    request<{ saved: boolean }>('PUT', `/interviews/${encodeURIComponent(id)}/draft`, { text }),
  answerInterview: (id: string, text: string, durationMs: number) =>
    request<{ feedback: InterviewFeedback; interview: InterviewView }>(
      'POST',
      `/interviews/${encodeURIComponent(id)}/answer`,
      { text, durationMs },
    ),
  /** The answer over server-sent events: the LLM interviewer's reply streams in before the result. */
  answerInterviewStream: async (
    id: string,
    text: string,
    durationMs: number,
    onDelta: (t: string) => void,
  ) => {
    let res: Response;
    try {
      res = await fetch(`/api/interviews/${encodeURIComponent(id)}/answer/stream`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
        body: JSON.stringify({ text, durationMs }),
      });
    } catch {
      throw new NetworkError(0, 'network', unreachable());
    }
    if (!res.ok || !res.body) {
      const failure = (await res.json().catch(() => undefined)) as ApiErrorBody | undefined;
      throw new ApiError(
        res.status,
        failure?.error.id ?? 'http_error',
        failure?.error.message ?? `HTTP ${res.status}`,
      );
    }
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      let cut = buffer.indexOf('\n\n');
      while (cut >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = block
          .split('\n')
          .filter((l) => l.startsWith('data: '))
          .map((l) => l.slice(6))
          .join('\n');
        if (event === 'delta') onDelta(data);
        if (event === 'result')
          return JSON.parse(data) as { feedback: InterviewFeedback; interview: InterviewView };
        if (event === 'error') {
          const e = JSON.parse(data) as ApiErrorBody;
          throw new ApiError(400, e.error.id, e.error.message);
        }
        cut = buffer.indexOf('\n\n');
      }
    }
    throw new ApiError(
      0,
      'stream_ended',
      tr('评分中断，请重试', 'Grading was interrupted: please try again'),
    );
  },
  interviewAction: (id: string, action: 'pause' | 'resume' | 'abandon') =>
    request<InterviewView>('POST', `/interviews/${encodeURIComponent(id)}/${action}`),
  interviewReport: (id: string) =>
    request<InterviewReport & { interview: InterviewView }>(
      'GET',
      `/interviews/${encodeURIComponent(id)}/report`,
    ),
  interviewSheet: (q: { role: string; level: string; count: number; seed: number }) =>
    request<InterviewSheet>('GET', `/interviews/sheet${qs(q)}`),
  interviewCards: (id: string) =>
    request<{ added: number; questions: number }>(
      'POST',
      `/interviews/${encodeURIComponent(id)}/cards`,
    ),
  dashboard: (tz: number) => request<Dashboard>('GET', `/dashboard${qs({ tz })}`),
  practiceSet: (source: string, id?: string) =>
    request<PracticeSetResponse>('GET', `/practice/set${qs({ source, id })}`),
};
