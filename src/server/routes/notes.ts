/** Notes on questions and points, and STAR project stories linked to points. */
import { Hono } from 'hono';
import { z } from 'zod';
import type { NotesResponse, NoteView } from '../../core/api.ts';
import type { Catalog } from '../../core/catalog.ts';
import {
  createNote,
  deleteNote,
  getNote,
  listNotes,
  type Note,
  updateNote,
} from '../../db/notes.ts';
import type { AppEnv, ServerDeps } from '../context.ts';
import { ApiError } from '../errors.ts';
import { parseParams, readJson } from '../validate.ts';

const Body = z.string().max(50_000, 'must be at most 50,000 characters');
const Points = z.array(z.string().min(1).max(160)).max(50);

export const NoteCreate = z
  .strictObject({
    kind: z.enum(['note', 'story']),
    targetType: z.enum(['question', 'point']).nullable().optional(),
    targetId: z.string().min(1).max(160).nullable().optional(),
    title: z.string().max(200).nullable().optional(),
    body: Body,
    points: Points.default([]),
  })
  .refine(
    (n) => (n.kind === 'note' ? Boolean(n.targetType && n.targetId) : !n.targetType && !n.targetId),
    {
      message: 'a note needs targetType and targetId; a story has neither',
    },
  )
  .refine((n) => n.kind === 'note' || Boolean(n.title?.trim()), {
    message: 'a story needs a title',
  });

export const NoteUpdate = z.strictObject({
  title: z.string().max(200).nullable().optional(),
  body: Body.optional(),
  points: Points.optional(),
});

export const NotesQuery = z.strictObject({
  kind: z.enum(['note', 'story']).optional(),
  targetType: z.enum(['question', 'point']).optional(),
  targetId: z.string().min(1).optional(),
});

/** Markdown-it and KaTeX load with the first note shown, not at server start. */
let renderer: Promise<(source: string) => string> | undefined;
function userMarkdown(): Promise<(source: string) => string> {
  renderer ??= import('../../content/user-markdown.ts').then((m) => m.renderUserMarkdown);
  return renderer;
}

async function present(catalog: Catalog, n: Note): Promise<NoteView> {
  const renderUserMarkdown = await userMarkdown();
  const targetTitle =
    n.targetType === 'question'
      ? (catalog.byId.get(n.targetId ?? '')?.title ?? null)
      : n.targetType === 'point'
        ? (catalog.outline.points.get(n.targetId ?? '')?.point.title ?? null)
        : null;
  return { ...n, targetTitle, html: renderUserMarkdown(n.body) };
}

function checkRefs(
  catalog: Catalog,
  targetType: string | null | undefined,
  targetId: string | null | undefined,
  points: string[],
) {
  if (targetType === 'question' && !catalog.byId.has(targetId!))
    throw ApiError.noQuestion(targetId);
  if (targetType === 'point' && !catalog.outline.points.has(targetId!))
    throw ApiError.notFound(`no outline point "${targetId}"`, 'point_not_found');
  const unknown = points.find((p) => !catalog.outline.points.has(p));
  if (unknown)
    throw ApiError.badRequest(
      `invalid body parameter "points": unknown outline point "${unknown}"`,
      'invalid_parameter',
    );
}

export function noteRoutes({
  catalog,
  database,
  now = () => new Date(),
}: ServerDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = database;

  app.get('/', async (c) => {
    const q = parseParams(NotesQuery, c.req.query(), 'query');
    const items = await listNotes(db, c.get('userId'), q);
    return c.json<NotesResponse>({
      items: await Promise.all(items.map((n) => present(catalog, n))),
    });
  });

  app.get('/:id', async (c) => {
    const n = await getNote(db, c.get('userId'), c.req.param('id'));
    if (!n) throw ApiError.notFound(`no note with id "${c.req.param('id')}"`, 'note_not_found');
    return c.json<NoteView>(await present(catalog, n));
  });

  app.post('/', async (c) => {
    const b = parseParams(NoteCreate, await readJson(c), 'body');
    checkRefs(catalog, b.targetType, b.targetId, b.points);
    const n = await createNote(
      db,
      c.get('userId'),
      {
        kind: b.kind,
        targetType: b.targetType ?? null,
        targetId: b.targetId ?? null,
        title: b.title ?? null,
        body: b.body,
        points: b.points,
      },
      now(),
    );
    return c.json<NoteView>(await present(catalog, n), 201);
  });

  app.put('/:id', async (c) => {
    const b = parseParams(NoteUpdate, await readJson(c), 'body');
    checkRefs(catalog, null, null, b.points ?? []);
    const n = await updateNote(db, c.get('userId'), c.req.param('id'), b, now());
    if (!n) throw ApiError.notFound(`no note with id "${c.req.param('id')}"`, 'note_not_found');
    return c.json<NoteView>(await present(catalog, n));
  });

  app.delete('/:id', async (c) => {
    if (!(await deleteNote(db, c.get('userId'), c.req.param('id')))) {
      throw ApiError.notFound(`no note with id "${c.req.param('id')}"`, 'note_not_found');
    }
    return c.json({ removed: true });
  });

  return app;
}
