/**
 * Labels in the interface language. The Chinese ones come from src/core (shared with the CLI and
 * the server); the English ones live here, in the web layer only.
 */
import { LEVEL_LABELS, type Level } from '../core/interview/planner.ts';
import { DIFFICULTY_LABELS, QUESTION_TYPE_LABELS, type QuestionType } from '../core/labels.ts';
import type { Lang } from './i18n.tsx';

const QUESTION_TYPE_EN: Record<QuestionType, string> = {
  concept: 'Concept',
  principle: 'Principle',
  derivation: 'Derivation',
  calculation: 'Calculation',
  comparison: 'Comparison',
  design: 'Design',
  coding: 'Coding',
  scenario: 'Scenario',
  open: 'Open-ended',
};

const DIFFICULTY_EN = ['', 'Intro', 'Basic', 'Standard', 'Advanced', 'Expert'] as const;

const LEVEL_EN: Record<Level, string> = {
  campus: 'Graduate',
  social: 'Experienced',
  senior: 'Senior',
};

/** Roles of a mock interview (the outline's four roles and a mix). */
const INTERVIEW_ROLE_LABELS: Record<string, [string, string]> = {
  algorithm: ['算法', 'Algorithm'],
  backend: ['后端与平台', 'Backend & platform'],
  vision: ['视觉', 'Vision'],
  multimodal: ['多模态', 'Multimodal'],
  mix: ['综合', 'Mixed'],
};

const RATING_LABELS: Record<number, [string, string]> = {
  1: ['重来', 'Again'],
  2: ['困难', 'Hard'],
  3: ['良好', 'Good'],
  4: ['简单', 'Easy'],
};

export function typeLabel(type: string, lang: Lang): string {
  const t = type as QuestionType;
  return (lang === 'en' ? QUESTION_TYPE_EN[t] : QUESTION_TYPE_LABELS[t]) ?? type;
}

export function difficultyLabel(d: number, lang: Lang): string {
  return (lang === 'en' ? DIFFICULTY_EN[d] : DIFFICULTY_LABELS[d]) ?? String(d);
}

export function levelLabel(level: string, lang: Lang): string {
  const l = level as Level;
  return (lang === 'en' ? LEVEL_EN[l] : LEVEL_LABELS[l]) ?? level;
}

export const LEVEL_IDS = Object.keys(LEVEL_LABELS) as Level[];

export function interviewRoleLabel(role: string, lang: Lang): string {
  const pair = INTERVIEW_ROLE_LABELS[role];
  return pair ? pair[lang === 'en' ? 1 : 0] : role;
}

export const INTERVIEW_ROLE_IDS = Object.keys(INTERVIEW_ROLE_LABELS);

/** A review button's label (the server sends the Chinese one). */
export function ratingLabel(rating: number, zh: string, lang: Lang): string {
  return lang === 'en' ? (RATING_LABELS[rating]?.[1] ?? zh) : zh;
}

const UNITS: Record<string, [string, string]> = {
  分钟: ['min', 'min'],
  小时: ['h', 'h'],
  天: ['day', 'days'],
  个月: ['month', 'months'],
  年: ['year', 'years'],
};

/** The scheduler's interval ("10分钟", "4天", "1.5年") in English. */
export function intervalLabel(interval: string, lang: Lang): string {
  if (lang !== 'en') return interval;
  const m = /^([\d.]+)\s*(分钟|小时|天|个月|年)$/.exec(interval.trim());
  if (!m) return interval;
  const unit = UNITS[m[2]!]!;
  return `${m[1]} ${m[1] === '1' ? unit[0] : unit[1]}`;
}
