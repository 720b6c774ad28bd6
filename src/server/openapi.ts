/**
 * The OpenAPI 3.1 description of /api, built from the same zod schemas the routes validate with
 * (query parameters and request bodies), so the document cannot drift from the validation.
 * A test checks that every route the app serves is described here.
 */
import { z } from 'zod';
import { UserDataSchema } from '../core/schema/user-data.ts';
import { isPublic } from './auth.ts';
import { Credentials, Deletion, ImportQuery, PasswordChange } from './routes/account.ts';
import { QuestionsQuery, SearchQuery } from './routes/content.ts';
import { ExportQuery } from './routes/exports.ts';
import { AnswerBody, DraftBody, InterviewCreate, SheetQuery } from './routes/interviews.ts';
import { NoteCreate, NotesQuery, NoteUpdate } from './routes/notes.ts';
import { PlanBody, PlanQuery } from './routes/plans.ts';
import {
  AddCardsBody,
  DashboardQuery,
  GradeBody,
  PracticeSetQuery,
  ReviewBody,
  SettingsBody,
} from './routes/practice.ts';
import { ItemUpdate, ReportCreate } from './routes/reports.ts';

type Method = 'get' | 'post' | 'put' | 'delete';

export interface RouteDoc {
  method: Method;
  /** Hono's form, e.g. /api/notes/:id. */
  path: string;
  summary: string;
  tag: string;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Needs a session in the server mode (user data): whatever the auth gate does not let through. */
  user: boolean;
  /** A success status other than 200. */
  status?: 201 | 204;
  /** The success body is not JSON (Server-Sent Events). */
  stream?: boolean;
  /** The success body is this text type. */
  text?: string;
}

const r = (
  method: Method,
  path: string,
  tag: string,
  summary: string,
  extra: Partial<Omit<RouteDoc, 'user'>> = {},
): RouteDoc => ({
  method,
  path,
  tag,
  summary,
  user: !isPublic(method.toUpperCase(), path),
  ...extra,
});

export const ROUTES: RouteDoc[] = [
  r('post', '/api/auth/register', 'accounts', 'Register an account and log in (server mode)', {
    body: Credentials,
    status: 201,
  }),
  r('post', '/api/auth/login', 'accounts', 'Log in; sets the session cookie', {
    body: Credentials,
  }),
  r('post', '/api/auth/logout', 'accounts', 'End this session', { status: 204 }),
  r('post', '/api/auth/password', 'accounts', 'Change the password; ends every other session', {
    body: PasswordChange,
    status: 204,
  }),
  r('get', '/api/me', 'accounts', 'Who is logged in (the local user in the local mode)'),
  r('delete', '/api/me', 'accounts', 'Delete the account and all of its data', {
    body: Deletion,
    status: 204,
  }),
  r('get', '/api/me/export', 'accounts', "The user's data as versioned JSON"),
  r('post', '/api/me/import', 'accounts', "Import a user-data document into this user's rows", {
    query: ImportQuery,
    body: UserDataSchema,
  }),
  r('get', '/api/health', 'content', 'Status, question count, content hash, database, grader'),
  r('get', '/api/outline', 'content', 'The outline with question counts, and the roles'),
  r('get', '/api/questions', 'content', 'Question summaries, filtered and paged', {
    query: QuestionsQuery,
  }),
  r('get', '/api/questions/:id', 'content', 'A whole question with rendered answer and navigation'),
  r('get', '/api/search', 'content', 'Ranked search over the bank', { query: SearchQuery }),
  r('get', '/api/search/index', 'content', 'The serialized search index for the browser'),
  r('get', '/api/glossary', 'content', 'Glossary terms'),
  r('get', '/api/stats', 'content', 'Questions per track, section and point'),
  r('get', '/api/bookmarks', 'practice', 'Bookmarked questions'),
  r('put', '/api/bookmarks/:questionId', 'practice', 'Bookmark a question'),
  r('delete', '/api/bookmarks/:questionId', 'practice', 'Remove a bookmark'),
  r('get', '/api/settings', 'practice', 'Practice settings'),
  r('put', '/api/settings', 'practice', 'Change practice settings', { body: SettingsBody }),
  r('get', '/api/cards', 'practice', 'Spaced-repetition cards'),
  r('post', '/api/cards', 'practice', 'Add cards by questions, point, section or track', {
    body: AddCardsBody,
  }),
  r('delete', '/api/cards/:questionId', 'practice', 'Remove a card'),
  r('get', '/api/review/next', 'practice', 'The next due card with its rating buttons'),
  r('post', '/api/review', 'practice', 'Rate a card (FSRS) or log fresh practice', {
    body: ReviewBody,
  }),
  r('post', '/api/grade', 'practice', "Grade a written answer against the question's rubric", {
    body: GradeBody,
  }),
  r('get', '/api/mistakes', 'practice', 'The mistake book'),
  r('delete', '/api/mistakes/:questionId', 'practice', 'Remove a question from the mistake book'),
  r('get', '/api/practice/set', 'practice', 'A practice set from a point, section, track or list', {
    query: PracticeSetQuery,
  }),
  r('get', '/api/dashboard', 'practice', 'Progress: coverage, retention, streak, forecast', {
    query: DashboardQuery,
  }),
  r('get', '/api/notes', 'notes', 'Notes and STAR stories', { query: NotesQuery }),
  r('get', '/api/notes/:id', 'notes', 'A note'),
  r('post', '/api/notes', 'notes', 'Write a note or a story', { body: NoteCreate, status: 201 }),
  r('put', '/api/notes/:id', 'notes', 'Change a note', { body: NoteUpdate }),
  r('delete', '/api/notes/:id', 'notes', 'Delete a note', { status: 204 }),
  r('get', '/api/plan', 'plans', "The study plan with today's tasks", { query: PlanQuery }),
  r('put', '/api/plan', 'plans', 'Set the study plan', { query: PlanQuery, body: PlanBody }),
  r('delete', '/api/plan', 'plans', 'Drop the study plan'),
  r('get', '/api/labs', 'labs', 'The lab calculators'),
  r('get', '/api/labs/:id', 'labs', 'A lab: fields, presets, linked questions'),
  r('get', '/api/interviews', 'interviews', 'Mock interviews'),
  r('post', '/api/interviews', 'interviews', 'Start a mock interview', {
    body: InterviewCreate,
    status: 201,
  }),
  r('get', '/api/interviews/sheet', 'interviews', 'An interviewer sheet (questions with rubrics)', {
    query: SheetQuery,
  }),
  r('get', '/api/interviews/:id', 'interviews', 'A mock interview and its current prompt'),
  r('put', '/api/interviews/:id/draft', 'interviews', 'Autosave the answer being typed', {
    body: DraftBody,
  }),
  r('post', '/api/interviews/:id/answer', 'interviews', 'Answer the current prompt; graded', {
    body: AnswerBody,
  }),
  r(
    'post',
    '/api/interviews/:id/answer/stream',
    'interviews',
    'Answer, with grading streamed (SSE)',
    {
      body: AnswerBody,
      stream: true,
    },
  ),
  r('post', '/api/interviews/:id/pause', 'interviews', 'Pause an interview'),
  r('post', '/api/interviews/:id/resume', 'interviews', 'Resume an interview'),
  r('post', '/api/interviews/:id/abandon', 'interviews', 'Abandon an interview'),
  r('get', '/api/interviews/:id/report', 'interviews', "The interview's report"),
  r(
    'post',
    '/api/interviews/:id/cards',
    'interviews',
    "Put the interview's weak questions into review",
  ),
  r('get', '/api/reports', 'reports', 'Interview reports (面经)'),
  r('post', '/api/reports', 'reports', 'Paste a report: its questions are extracted and matched', {
    body: ReportCreate,
    status: 201,
  }),
  r('get', '/api/reports/:id', 'reports', 'A report with its matched items'),
  r(
    'put',
    '/api/reports/:id/items/:itemId',
    'reports',
    "Confirm, rematch or answer a report's item",
    {
      body: ItemUpdate,
    },
  ),
  r('post', '/api/reports/:id/cards', 'reports', "Put a report's questions into review"),
  r('delete', '/api/reports/:id', 'reports', 'Delete a report', { status: 204 }),
  r('get', '/api/export/anki', 'exports', 'An Anki deck (TSV, GUIDs, one deck per section)', {
    query: ExportQuery,
    text: 'text/tab-separated-values',
  }),
  r('get', '/api/export/markdown', 'exports', 'Questions as one Markdown document', {
    query: ExportQuery,
    text: 'text/markdown',
  }),
  r('get', '/api/export/cheatsheet', 'exports', 'Quick answers grouped by point, for printing', {
    query: ExportQuery,
  }),
  r('get', '/api/openapi.json', 'meta', 'This document'),
];

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  // Input side: what a client sends (defaults optional, transforms as their input type).
  const { $schema: _, ...rest } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as Record<string, unknown>;
  return rest;
}

function queryParameters(schema: z.ZodObject) {
  const json = jsonSchema(schema) as {
    properties?: Record<string, Record<string, unknown>>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    ...(typeof s.description === 'string' ? { description: s.description } : {}),
    schema: s,
  }));
}

const ERROR = { $ref: '#/components/responses/Error' };

export function openApiDocument(version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ROUTES) {
    const path = route.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const pathParams = [...route.path.matchAll(/:([A-Za-z]+)/g)].map((m) => ({
      name: m[1]!,
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const status = String(route.status ?? 200);
    const op: Record<string, unknown> = {
      operationId: `${route.method}${route.path
        .replace(/^\/api/, '')
        .replace(/[/:.]+(\w)/g, (_, c: string) => c.toUpperCase())}`,
      summary: route.summary,
      tags: [route.tag],
      parameters: [...pathParams, ...(route.query ? queryParameters(route.query) : [])],
      responses: {
        [status]:
          status === '204'
            ? { description: 'Done, no body' }
            : {
                description: 'OK',
                content: route.stream
                  ? { 'text/event-stream': { schema: { type: 'string' } } }
                  : route.text
                    ? { [route.text]: { schema: { type: 'string' } } }
                    : { 'application/json': { schema: { type: 'object' } } },
              },
        '400': ERROR,
        ...(route.user ? { '401': ERROR } : {}),
        '404': ERROR,
        ...(route.method !== 'get' ? { '403': ERROR, '413': ERROR } : {}),
        '429': ERROR,
      },
      ...(route.user ? { security: [{ sessionCookie: [] }, { bearer: [] }] } : { security: [] }),
    };
    if (route.body) {
      op.requestBody = {
        required: true,
        content: { 'application/json': { schema: jsonSchema(route.body) } },
      };
    }
    paths[path] ??= {};
    paths[path][route.method] = op;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'AIGC Interview API',
      version,
      description:
        'The question bank, practice (FSRS reviews, grading, mock interviews, plans, notes, 面经) and accounts. In the local mode every request is the local user; in the server mode (AUTH=on or PostgreSQL) user-data routes need a session.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      securitySchemes: {
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'aigc_session' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['id', 'message'],
              properties: {
                id: {
                  type: 'string',
                  description: 'stable id for programs, e.g. invalid_parameter',
                },
                message: { type: 'string', description: 'what was wrong and how to fix it' },
              },
            },
          },
        },
      },
      responses: {
        Error: {
          description: 'An error: what was wrong, where, and how to fix it',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
    },
  };
}
