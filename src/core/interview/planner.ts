/**
 * Mock-interview planner. From the bank it draws questions for a role, a length and a level:
 * sections weighted by the role (the outline's 使用建议), questions by frequency, no repeats, a mix of
 * types (a concept or principle, a derivation or calculation, a design or scenario, and one coding
 * question where the role writes code), difficulty within the level's band and rising through the
 * interview. The same seed gives the same interview.
 */
import type { CompiledQuestion } from '../bundle.ts';
import type { Catalog } from '../catalog.ts';
import type { QuestionType } from '../labels.ts';
import { rng } from '../labs/random.ts';

export const INTERVIEW_ROLES = ['algorithm', 'backend', 'vision', 'multimodal', 'mix'] as const;
export type InterviewRole = (typeof INTERVIEW_ROLES)[number];
export const INTERVIEW_LENGTHS = [20, 45, 60] as const;
export const LEVELS = ['campus', 'social', 'senior'] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_LABELS: Record<Level, string> = {
  campus: '校招',
  social: '社招',
  senior: '资深',
};

/** Difficulty band per level. */
const BAND: Record<Level, [number, number]> = { campus: [2, 3], social: [3, 4], senior: [3, 5] };

/** Minutes a question of each type takes in an interview, before the difficulty adjustment. */
const MINUTES: Record<QuestionType, number> = {
  concept: 4,
  principle: 5,
  comparison: 6,
  derivation: 8,
  calculation: 7,
  open: 7,
  scenario: 9,
  design: 12,
  coding: 12,
};

export function questionMinutes(q: Pick<CompiledQuestion, 'type' | 'difficulty'>): number {
  return MINUTES[q.type] + Math.max(0, q.difficulty - 3);
}

/** Roles whose interviews include a hand-written coding question. */
const CODING_ROLES: ReadonlySet<InterviewRole> = new Set(['algorithm', 'backend', 'mix']);

const GROUPS: { name: string; types: QuestionType[] }[] = [
  { name: 'basics', types: ['concept', 'principle', 'comparison'] },
  { name: 'quantitative', types: ['derivation', 'calculation'] },
  { name: 'design', types: ['design', 'scenario', 'open'] },
  { name: 'coding', types: ['coding'] },
];

export interface PlanRequest {
  role: InterviewRole;
  minutes: number;
  level: Level;
  seed: number;
  /** Stop at this many questions (interviewer sheets ask for a count rather than minutes). */
  maxQuestions?: number;
}

export interface PlannedQuestion {
  id: string;
  track: string;
  section: string;
  type: QuestionType;
  difficulty: number;
  minutes: number;
}

function sectionWeights(catalog: Catalog, role: InterviewRole): Map<string, number> {
  const roles = catalog.bundle.outline.roles;
  const weights = new Map<string, number>();
  for (const r of role === 'mix' ? roles : roles.filter((x) => x.id === role)) {
    for (const [section, w] of Object.entries(r.weights))
      weights.set(section, Math.max(weights.get(section) ?? 0, w));
  }
  return weights;
}

/** Weighted draw without replacement (Efraimidis-Spirakis keys: u^(1/w)). */
function weightedOrder<T>(items: T[], weight: (t: T) => number, next: () => number): T[] {
  return items
    .map((t) => ({ t, key: Math.log(Math.max(next(), 1e-12)) / Math.max(weight(t), 1e-9) }))
    .sort((a, b) => b.key - a.key)
    .map((x) => x.t);
}

export function planInterview(catalog: Catalog, req: PlanRequest): PlannedQuestion[] {
  const next = rng(req.seed * 2654435761 + req.minutes * 97 + LEVELS.indexOf(req.level));
  const weights = sectionWeights(catalog, req.role);
  const [lo, hi] = BAND[req.level];
  const eligible = catalog.questions.filter((q) => (weights.get(q.section) ?? 0) > 0);
  const inBand = eligible.filter((q) => q.difficulty >= lo && q.difficulty <= hi);
  const pool = inBand.length >= 6 ? inBand : eligible;
  // A section's share of the draw is its squared weight — core sections (3) dominate, occasional
  // ones (1) still appear — however many questions the bank holds for it; within a section,
  // frequent questions come first.
  const sectionFrequency = new Map<string, number>();
  for (const q of pool)
    sectionFrequency.set(q.section, (sectionFrequency.get(q.section) ?? 0) + q.frequency);
  const score = (q: CompiledQuestion) =>
    ((weights.get(q.section) ?? 0) ** 2 * q.frequency) / (sectionFrequency.get(q.section) ?? 1);
  const ranked = weightedOrder(pool, score, next);

  const chosen: CompiledQuestion[] = [];
  let used = 0;
  const cap = req.maxQuestions ?? Number.POSITIVE_INFINITY;
  const take = (q: CompiledQuestion) => {
    if (chosen.length >= cap) return;
    chosen.push(q);
    used += questionMinutes(q);
  };
  // One of each type group first (coding only for roles that write code), then fill by rank.
  for (const g of GROUPS) {
    if (g.name === 'coding' && !CODING_ROLES.has(req.role)) continue;
    const q = ranked.find((x) => g.types.includes(x.type) && !chosen.includes(x));
    if (q && used + questionMinutes(q) <= req.minutes) take(q);
  }
  const sections = new Map<string, number>();
  for (const q of chosen) sections.set(q.section, (sections.get(q.section) ?? 0) + 1);
  for (const q of ranked) {
    if (chosen.length >= cap) break;
    if (chosen.includes(q)) continue;
    if (q.type === 'coding' && chosen.some((c) => c.type === 'coding')) continue;
    // Spread over sections: at most two questions from one section in a short interview.
    if ((sections.get(q.section) ?? 0) >= Math.max(2, Math.ceil(req.minutes / 15))) continue;
    if (used + questionMinutes(q) > req.minutes) continue;
    take(q);
    sections.set(q.section, (sections.get(q.section) ?? 0) + 1);
  }
  // Difficulty rises through the interview; ties keep a stable order.
  return chosen
    .sort(
      (a, b) =>
        a.difficulty - b.difficulty ||
        questionMinutes(a) - questionMinutes(b) ||
        (a.id < b.id ? -1 : 1),
    )
    .map((q) => ({
      id: q.id,
      track: q.track,
      section: q.section,
      type: q.type,
      difficulty: q.difficulty,
      minutes: questionMinutes(q),
    }));
}
