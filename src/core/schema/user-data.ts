/**
 * A user's own data as one JSON document (format "aigc-interview-user-data", version 1): what
 * `GET /api/me/export` writes and `POST /api/me/import` accepts. Rows carry the database's column
 * names without `user_id`; the importer checks every reference inside the document.
 */
import { z } from 'zod';

export const USER_DATA_FORMAT = 'aigc-interview-user-data';
export const USER_DATA_VERSION = 1;

const Id = z.string().min(1).max(40);
const QuestionId = z.string().min(1).max(128);
const Time = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, 'must be an ISO-8601 UTC time');
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const Int = z.number().int().min(-1_000_000_000).max(1_000_000_000);
const Num = z.number().finite();
const Text = (max: number) => z.string().max(max);

export const SettingsRow = z.strictObject({
  desired_retention: z.number().gt(0).lt(1),
  interview_date: Day.nullable(),
  updated_at: Time,
});

export const CardRow = z.strictObject({
  question_id: QuestionId,
  due: Time,
  stability: Num,
  difficulty: Num,
  elapsed_days: Int,
  scheduled_days: Int,
  learning_steps: Int,
  reps: Int,
  lapses: Int,
  state: z.number().int().min(0).max(3),
  last_review: Time.nullable(),
  created_at: Time,
});

export const ReviewLogRow = z.strictObject({
  id: Id,
  question_id: QuestionId,
  mode: z.enum(['review', 'fresh']),
  rating: z.number().int().min(1).max(4),
  card_before: Text(4000).nullable(),
  card_after: Text(4000).nullable(),
  reviewed_at: Time,
  duration_ms: Int,
  answer: Text(20_000).nullable(),
  score: z.number().int().min(0).max(100).nullable(),
});

export const MistakeRow = z.strictObject({
  question_id: QuestionId,
  reason: z.enum(['again', 'low_score']),
  score: z.number().int().min(0).max(100).nullable(),
  added_at: Time,
  times: Int,
});

export const BookmarkRow = z.strictObject({ question_id: QuestionId, created_at: Time });

export const NoteRow = z.strictObject({
  id: Id,
  kind: z.enum(['note', 'story']),
  target_type: z.enum(['question', 'point']).nullable(),
  target_id: Text(160).nullable(),
  title: Text(200).nullable(),
  body: Text(100_000),
  points: Text(10_000),
  created_at: Time,
  updated_at: Time,
});

export const PlanRow = z.strictObject({
  role: Text(32),
  days: z.number().int().min(1).max(366),
  start_date: Day,
  created_at: Time,
});

export const ReportRow = z.strictObject({
  id: Id,
  company: Text(100),
  role: Text(100).nullable(),
  raw_text: Text(50_000),
  created_at: Time,
});

export const ReportItemRow = z.strictObject({
  id: Id,
  report_id: Id,
  position: Int,
  text: Text(2000),
  question_id: QuestionId.nullable(),
  status: z.enum(['suggested', 'confirmed', 'own']),
  own_answer: Text(20_000).nullable(),
});

export const InterviewRow = z.strictObject({
  id: Id,
  role: Text(32),
  minutes: Int,
  level: Text(16),
  seed: Int,
  plan: Text(100_000),
  status: z.enum(['active', 'paused', 'finished', 'abandoned']),
  position: Int,
  stage: Int,
  draft: Text(20_000),
  created_at: Time,
  updated_at: Time,
  total: Int.nullable(),
});

export const InterviewTurnRow = z.strictObject({
  id: Id,
  interview_id: Id,
  position: Int,
  stage: Int,
  question_id: QuestionId,
  prompt: Text(20_000),
  answer: Text(20_000),
  score: Int,
  grade: Text(100_000).nullable(),
  duration_ms: Int,
  answered_at: Time,
});

const MAX_ROWS = 100_000;

export const UserDataSchema = z
  .strictObject({
    format: z.literal(USER_DATA_FORMAT),
    version: z.literal(USER_DATA_VERSION),
    exportedAt: Time,
    settings: SettingsRow.nullable(),
    cards: z.array(CardRow).max(MAX_ROWS),
    reviewLogs: z.array(ReviewLogRow).max(MAX_ROWS),
    mistakes: z.array(MistakeRow).max(MAX_ROWS),
    bookmarks: z.array(BookmarkRow).max(MAX_ROWS),
    notes: z.array(NoteRow).max(MAX_ROWS),
    plan: PlanRow.nullable(),
    reports: z.array(ReportRow).max(MAX_ROWS),
    reportItems: z.array(ReportItemRow).max(MAX_ROWS),
    interviews: z.array(InterviewRow).max(MAX_ROWS),
    interviewTurns: z.array(InterviewTurnRow).max(MAX_ROWS),
  })
  .superRefine((d, ctx) => {
    const unique = (rows: object[], key: 'id' | 'question_id', path: string) => {
      const seen = new Set<string>();
      rows.forEach((r, i) => {
        const v = String((r as Record<string, unknown>)[key]);
        if (seen.has(v))
          ctx.addIssue({
            code: 'custom',
            path: [path, i, key],
            message: `duplicate ${key} "${v}"`,
          });
        seen.add(v);
      });
    };
    unique(d.cards, 'question_id', 'cards');
    unique(d.mistakes, 'question_id', 'mistakes');
    unique(d.bookmarks, 'question_id', 'bookmarks');
    unique(d.reviewLogs, 'id', 'reviewLogs');
    unique(d.notes, 'id', 'notes');
    unique(d.reports, 'id', 'reports');
    unique(d.reportItems, 'id', 'reportItems');
    unique(d.interviews, 'id', 'interviews');
    unique(d.interviewTurns, 'id', 'interviewTurns');
    const refers = <T>(
      rows: T[],
      path: string,
      field: keyof T & string,
      targets: { id: string }[],
      what: string,
    ) => {
      const ids = new Set(targets.map((t) => t.id));
      rows.forEach((r, i) => {
        const id = String(r[field]);
        if (!ids.has(id))
          ctx.addIssue({
            code: 'custom',
            path: [path, i, field],
            message: `refers to ${what} "${id}", which is not in the document`,
          });
      });
    };
    refers(d.reportItems, 'reportItems', 'report_id', d.reports, 'report');
    refers(d.interviewTurns, 'interviewTurns', 'interview_id', d.interviews, 'interview');
  });

export type UserData = z.infer<typeof UserDataSchema>;
