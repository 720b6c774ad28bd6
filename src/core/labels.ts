/** Chinese labels shown in every interface. Free of dependencies so the web bundle stays small. */

export type QuestionType =
  | 'concept'
  | 'principle'
  | 'derivation'
  | 'calculation'
  | 'comparison'
  | 'design'
  | 'coding'
  | 'scenario'
  | 'open';

export const QUESTION_TYPES: readonly QuestionType[] = [
  'concept',
  'principle',
  'derivation',
  'calculation',
  'comparison',
  'design',
  'coding',
  'scenario',
  'open',
];

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  concept: '概念',
  principle: '原理',
  derivation: '推导',
  calculation: '计算',
  comparison: '对比',
  design: '设计',
  coding: '手撕代码',
  scenario: '场景',
  open: '开放',
};

/** Chinese labels of difficulty 1..5 (index 0 unused). */
export const DIFFICULTY_LABELS = ['', '入门', '基础', '大厂常规', '深入', '专家'] as const;
