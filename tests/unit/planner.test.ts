// The mock-interview planner on the real bank: seeded, role-weighted, mixed, no repeats, rising difficulty.
import { describe, expect, it } from 'vitest';
import { type InterviewRole, type Level, planInterview } from '../../src/core/interview/planner.ts';
import { realCatalog } from '../helpers/bundle.ts';

const catalog = realCatalog();
const plan = (role: InterviewRole, minutes: number, level: Level, seed: number) =>
  planInterview(catalog, { role, minutes, level, seed });

describe('interview planner', () => {
  it('is deterministic for a seed and varies across seeds', () => {
    expect(plan('algorithm', 45, 'social', 7)).toEqual(plan('algorithm', 45, 'social', 7));
    const ids = new Set(
      [1, 2, 3, 4, 5].map((s) =>
        plan('algorithm', 45, 'social', s)
          .map((q) => q.id)
          .join(),
      ),
    );
    expect(ids.size).toBeGreaterThan(1);
  });

  it('fits the time, never repeats, and lets difficulty rise', () => {
    for (const role of ['algorithm', 'backend', 'vision', 'multimodal', 'mix'] as const) {
      for (const minutes of [20, 45, 60]) {
        const p = plan(role, minutes, 'social', 3);
        expect(p.length, `${role} ${minutes}`).toBeGreaterThan(0);
        expect(p.reduce((s, q) => s + q.minutes, 0)).toBeLessThanOrEqual(minutes);
        expect(new Set(p.map((q) => q.id)).size).toBe(p.length);
        const d = p.map((q) => q.difficulty);
        expect([...d].sort((a, b) => a - b)).toEqual(d);
      }
    }
  });

  it('weights sections by the role', () => {
    const tracks = (role: InterviewRole) =>
      [1, 2, 3, 4, 5, 6].flatMap((s) => plan(role, 60, 'social', s)).map((q) => q.track);
    const share = (role: InterviewRole, track: string) =>
      tracks(role).filter((t) => t === track).length / tracks(role).length;
    for (const role of ['algorithm', 'backend', 'vision', 'multimodal'] as const) {
      const own = share(role, role);
      // The bank is still growing unevenly: the role's own track leads, clearly so for the fuller tracks.
      expect(own, role).toBeGreaterThan(role === 'algorithm' || role === 'backend' ? 0.5 : 0.3);
      for (const other of ['algorithm', 'backend', 'vision', 'multimodal'].filter(
        (t) => t !== role,
      )) {
        expect(share(role, other), `${role} vs ${other}`).toBeLessThan(own);
      }
    }
  });

  it('mixes types: basics, a quantitative question, a design question and, for coding roles, one coding question', () => {
    const p = plan('backend', 60, 'social', 11);
    const types = new Set(p.map((q) => q.type));
    expect([...types].some((t) => ['concept', 'principle', 'comparison'].includes(t))).toBe(true);
    expect([...types].some((t) => ['derivation', 'calculation'].includes(t))).toBe(true);
    expect([...types].some((t) => ['design', 'scenario', 'open'].includes(t))).toBe(true);
    expect(p.filter((q) => q.type === 'coding').length).toBe(1);
    expect(
      plan('vision', 60, 'social', 11).filter((q) => q.type === 'coding').length,
    ).toBeLessThanOrEqual(1);
  });

  it('keeps the level’s difficulty band when the bank allows', () => {
    expect(plan('algorithm', 45, 'campus', 2).every((q) => q.difficulty <= 3)).toBe(true);
    expect(plan('algorithm', 45, 'senior', 2).every((q) => q.difficulty >= 3)).toBe(true);
  });
});
