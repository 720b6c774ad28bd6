// The question schema: the single definition of a question's front matter.
import { describe, expect, it } from 'vitest';
import { QuestionFrontMatter, visibleLength } from '../../src/core/schema/question.ts';
import { questionFrontMatter } from '../helpers/fixture-content.ts';

describe('QuestionFrontMatter', () => {
  it('accepts a complete question and fills defaults', () => {
    const fm = questionFrontMatter('ok-one');
    const parsed = QuestionFrontMatter.parse(fm);
    expect(parsed).toMatchObject({
      id: 'ok-one',
      pitfalls: [],
      references: [],
      labs: [],
      related: [],
    });
  });

  it.each([
    ['id', { id: 'Not Kebab' }, 'kebab-case'],
    ['points', { points: ['nodots'] }, 'dotted outline id'],
    ['points', { points: [] }, 'at least one outline point'],
    ['type', { type: 'quiz' }, ''],
    ['difficulty', { difficulty: 0 }, ''],
    ['frequency', { frequency: 6 }, ''],
    [
      'rubric',
      { rubric: [{ point: '只有一个得分点', weight: 100, keywords: ['x'] }] },
      'at least two scoring points',
    ],
    ['follow_ups', { follow_ups: [{ q: '只有一个追问？', a: '是的' }] }, 'at least two follow-ups'],
    [
      'references',
      { references: [{ title: '伪造的链接', url: 'javascript:alert(1)' }] },
      'http(s) URL',
    ],
    ['as_of', { as_of: '2026-13' }, 'YYYY-MM'],
  ])('rejects a bad %s', (field, override, message) => {
    const result = QuestionFrontMatter.safeParse(questionFrontMatter('bad-one', override));
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path[0] === field);
    expect(issue, `an issue on ${field}`).toBeDefined();
    expect(issue!.message).toContain(message);
  });

  it('rejects unknown fields', () => {
    const result = QuestionFrontMatter.safeParse({ ...questionFrontMatter('x-y'), answer: '...' });
    expect(result.error!.issues[0]!.code).toBe('unrecognized_keys');
  });

  it('counts visible characters without whitespace', () => {
    expect(visibleLength('KV Cache 显存\n占用')).toBe(11);
  });
});
