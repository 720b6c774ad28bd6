/**
 * The shapes of the HTTP API's JSON, shared by the server's presenters and the web client.
 * Every error response is `{ "error": { "id", "message" } }`.
 */
import type { CompiledFollowUp, CompiledRubricPoint } from './bundle.ts';
import type { CountedTrack, Stats } from './catalog.ts';
import type { Grade } from './grading/grade.ts';
import type { Prompt } from './interview/session.ts';
import type { QuestionType } from './labels.ts';
import type { GlossaryTerm } from './schema/glossary.ts';
import type { Role } from './schema/outline.ts';
import type { Reference } from './schema/question.ts';

export interface ApiErrorBody {
  error: { id: string; message: string };
}

export interface HealthResponse {
  status: 'ok';
  questions: number;
  contentHash: string;
  database: 'sqlite' | 'postgres';
  /** Who grades mock-interview answers: the rubric grader, or an OpenAI-compatible LLM (model named). */
  grader: { kind: 'offline' } | { kind: 'llm'; model: string };
}

export interface OutlineResponse {
  tracks: CountedTrack[];
  roles: Role[];
}

/** What a list shows of a question. */
export interface QuestionSummary {
  id: string;
  title: string;
  type: QuestionType;
  difficulty: number;
  frequency: number;
  tags: string[];
  track: string;
  section: string;
  point: string;
}

export interface QuestionListResponse {
  items: QuestionSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface Breadcrumb {
  track: { id: string; title: string };
  section: { id: string; title: string };
  topic: { id: string; title: string };
  point: { id: string; title: string; title_en: string };
}

export interface QuestionDetail extends QuestionSummary {
  points: string[];
  breadcrumb: Breadcrumb;
  quickAnswerHtml: string;
  bodyHtml: string;
  rubric: CompiledRubricPoint[];
  followUps: CompiledFollowUp[];
  pitfalls: string[];
  references: Reference[];
  labs: string[];
  related: QuestionSummary[];
  prev: QuestionSummary | null;
  next: QuestionSummary | null;
  asOf: string;
  source: string;
  bookmarked: boolean;
  /** Whether the question is a review card of the user. */
  inReview: boolean;
}

export interface SearchResult extends QuestionSummary {
  score: number;
}

export interface SearchResponse {
  query: string;
  results: SearchResult[];
}

export interface GlossaryResponse {
  terms: GlossaryTerm[];
}

export type StatsResponse = Stats;

export interface BookmarkItem {
  questionId: string;
  createdAt: string;
  question: QuestionSummary | null;
}

export interface BookmarksResponse {
  items: BookmarkItem[];
}

export interface BookmarkResponse {
  questionId: string;
  bookmarked: boolean;
  createdAt: string | null;
}

export interface SettingsResponse {
  desiredRetention: number;
  interviewDate: string | null;
}

export interface AddCardsResponse {
  added: number;
  total: number;
}

export interface ReviewSummary {
  total: number;
  due: number;
  new: number;
  learning: number;
  review: number;
}

export interface IntervalButton {
  rating: 1 | 2 | 3 | 4;
  label: string;
  due: string;
  interval: string;
}

export interface CardView {
  questionId: string;
  due: string;
  state: 0 | 1 | 2 | 3;
  reps: number;
  lapses: number;
  retrievability: number;
}

export interface ReviewNextResponse {
  summary: ReviewSummary;
  card: CardView | null;
  question: QuestionDetail | null;
  buttons: IntervalButton[];
  /** Set when the next card is the user's own question rather than a bank question. */
  own: OwnCardView | null;
  /** Set when the user entered an interview date still ahead: due cards come in interview priority. */
  interview: { date: string; daysLeft: number; perDay: number } | null;
}

/** The grader's verdict, as the API returns it. */
export type GradeResponse = Grade;

export interface ReviewResponse {
  logId: string;
  card: CardView | null;
  mistake: boolean;
  summary: ReviewSummary;
}

export interface MistakeItem {
  questionId: string;
  reason: 'again' | 'low_score';
  score: number | null;
  addedAt: string;
  times: number;
  question: QuestionSummary | null;
}

export interface MistakesResponse {
  items: MistakeItem[];
}

export interface PracticeSetResponse {
  questionIds: string[];
}

export interface NoteView {
  id: string;
  kind: 'note' | 'story';
  targetType: 'question' | 'point' | null;
  targetId: string | null;
  /** Title of the question or point the note is on. */
  targetTitle: string | null;
  title: string | null;
  body: string;
  /** The body rendered safely (math, no raw HTML, safe links only). */
  html: string;
  points: string[];
  createdAt: string;
  updatedAt: string;
}

export interface NotesResponse {
  items: NoteView[];
}

export interface ReportItemView {
  id: string;
  position: number;
  text: string;
  questionId: string | null;
  question: QuestionSummary | null;
  status: 'suggested' | 'confirmed' | 'own';
  ownAnswer: string | null;
  /** Bank questions this line may ask, best first. */
  candidates: { questionId: string; title: string; score: number }[];
}

export interface ReportView {
  id: string;
  company: string;
  role: string | null;
  createdAt: string;
  items: ReportItemView[];
}

export interface ReportSummary {
  id: string;
  company: string;
  role: string | null;
  createdAt: string;
  total: number;
  matched: number;
  own: number;
}

/** A card of the user's own question (from a 面经), reviewed without a bank answer. */
export interface OwnCardView {
  itemId: string;
  text: string;
  company: string;
  ownAnswer: string | null;
}

/** A mock interview as the API shows it. */
export interface InterviewView {
  id: string;
  role: string;
  minutes: number;
  level: string;
  seed: number;
  status: string;
  createdAt: string;
  total: number | null;
  planned: number;
  position: number;
  current: (Prompt & { type: string; title: string }) | null;
  draft: string;
}

export interface LabListItem {
  id: string;
  title: string;
  title_en: string;
  summary: string | null;
  available: boolean;
  calculators: string[];
  questions: number;
}

export interface LabDetail extends LabListItem {
  html: string;
  linked: QuestionSummary[];
}

/** GET /api/export/cheatsheet: quick answers grouped by outline point, for printing. */
export interface CheatSheet {
  title: string;
  groups: {
    point: string;
    section: string;
    items: { id: string; title: string; quickAnswerHtml: string }[];
  }[];
}

/** What an export covers: one of a track, a section or a role (none: the whole bank). */
export interface ExportScope {
  track?: string;
  section?: string;
  role?: string;
}
