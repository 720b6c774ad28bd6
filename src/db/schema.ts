/** Table row types: plain data, shared by every dialect. Times are ISO-8601 UTC strings. */
export interface UsersTable {
  id: string;
  username: string | null;
  created_at: string;
  /** argon2id PHC string; null for the local user, who never logs in. */
  password_hash: string | null;
}

export interface SessionsTable {
  /** SHA-256 (hex) of the session token: a stolen database does not yield live sessions. */
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface RateLimitsTable {
  key: string;
  window_start: string;
  count: number;
}

export interface BookmarksTable {
  user_id: string;
  question_id: string;
  created_at: string;
}

export interface CardsTable {
  user_id: string;
  question_id: string;
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review: string | null;
  created_at: string;
}

export interface ReviewLogsTable {
  id: string;
  user_id: string;
  question_id: string;
  /** 'review' changes the schedule; 'fresh' practice does not. */
  mode: string;
  rating: number;
  /** CardState JSON before and after (after is null in fresh mode). */
  card_before: string | null;
  card_after: string | null;
  reviewed_at: string;
  duration_ms: number;
  answer: string | null;
  score: number | null;
}

export interface SettingsTable {
  user_id: string;
  desired_retention: number;
  interview_date: string | null;
  updated_at: string;
}

export interface MistakesTable {
  user_id: string;
  question_id: string;
  /** 'again' (rated Again) or 'low_score' (written answer under 60). */
  reason: string;
  score: number | null;
  added_at: string;
  /** How many times the question went wrong. */
  times: number;
}

export interface NotesTable {
  id: string;
  user_id: string;
  /** 'note' (on a question or a point) or 'story' (a STAR project story). */
  kind: string;
  /** 'question' or 'point' for notes; null for stories. */
  target_type: string | null;
  target_id: string | null;
  title: string | null;
  body: string;
  /** JSON array of outline point ids a story is linked to. */
  points: string;
  created_at: string;
  updated_at: string;
}

export interface PlansTable {
  user_id: string;
  role: string;
  days: number;
  start_date: string;
  created_at: string;
}

export interface ReportsTable {
  id: string;
  user_id: string;
  company: string;
  role: string | null;
  raw_text: string;
  created_at: string;
}

export interface ReportItemsTable {
  id: string;
  report_id: string;
  user_id: string;
  position: number;
  text: string;
  /** The bank question it asks, when matched. */
  question_id: string | null;
  /** 'suggested' (matched, not yet confirmed), 'confirmed' or 'own' (no bank question). */
  status: string;
  own_answer: string | null;
}

export interface InterviewsTable {
  id: string;
  user_id: string;
  role: string;
  minutes: number;
  level: string;
  seed: number;
  /** JSON array of planned questions. */
  plan: string;
  /** 'active' | 'paused' | 'finished' | 'abandoned'. */
  status: string;
  position: number;
  stage: number;
  /** What the user is typing for the current prompt, saved as they type. */
  draft: string;
  created_at: string;
  updated_at: string;
  total: number | null;
}

export interface InterviewTurnsTable {
  id: string;
  interview_id: string;
  position: number;
  stage: number;
  question_id: string;
  prompt: string;
  answer: string;
  score: number;
  /** Grade JSON for main questions. */
  grade: string | null;
  duration_ms: number;
  answered_at: string;
}

export interface DatabaseSchema {
  users: UsersTable;
  sessions: SessionsTable;
  rate_limits: RateLimitsTable;
  bookmarks: BookmarksTable;
  cards: CardsTable;
  review_logs: ReviewLogsTable;
  settings: SettingsTable;
  mistakes: MistakesTable;
  notes: NotesTable;
  plans: PlansTable;
  reports: ReportsTable;
  report_items: ReportItemsTable;
  interviews: InterviewsTable;
  interview_turns: InterviewTurnsTable;
}
