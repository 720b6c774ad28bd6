// The outline as data covers the seed: every numbered section and topic heading appears.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { indexOutline } from '../../src/core/outline.ts';
import { Outline } from '../../src/core/schema/outline.ts';
import { ROOT } from '../helpers/paths.ts';
import { readSeed } from '../helpers/seed.ts';

const outline = Outline.parse(parse(readFileSync(join(ROOT, 'content/outline.yaml'), 'utf8')));
const seed = readSeed();

describe('content/outline.yaml against the seed', () => {
  it('reads the seed structure (sanity check of the test itself)', () => {
    expect(seed.map((s) => `${s.track}.${s.num}`)).toEqual([
      ...[1, 2, 3, 4, 5].map((n) => `algorithm.${n}`),
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => `backend.${n}`),
      ...[1, 2, 3].map((n) => `vision.${n}`),
      ...[1, 2, 3].map((n) => `multimodal.${n}`),
    ]);
    expect(seed.find((s) => s.track === 'algorithm' && s.num === 1)!.topics).toEqual([
      '基本术语与结构',
      '模型风险与偏见',
      '模型命名与规模',
      '大模型智能体与多模态',
    ]);
    expect(seed.find((s) => s.track === 'vision' && s.num === 2)!.topics).toContain(
      'LoRA 及其变种',
    );
  });

  it.each(seed.map((s) => [`${s.track} ${s.num}. ${s.title}`, s] as const))(
    'has section %s',
    (_, s) => {
      const track = outline.tracks.find((t) => t.id === s.track);
      expect(track, `track ${s.track}`).toBeDefined();
      const section = track!.sections.find((x) => x.num === s.num);
      expect(section?.title).toBe(s.title);
      const topics = section!.topics.map((t) => t.title);
      for (const topic of s.topics) expect(topics, `topic heading "${topic}"`).toContain(topic);
    },
  );

  it('has the four tracks and 120-180 points', () => {
    expect(outline.tracks.map((t) => t.id)).toEqual([
      'algorithm',
      'backend',
      'vision',
      'multimodal',
    ]);
    const points = indexOutline(outline).pointOrder;
    expect(points.length).toBeGreaterThanOrEqual(120);
    expect(points.length).toBeLessThanOrEqual(180);
  });

  it('weighs every section for every role (the seed’s 使用建议)', () => {
    const sections = outline.tracks.flatMap((t) => t.sections.map((s) => s.id)).sort();
    expect(outline.roles.map((r) => r.id)).toEqual([
      'algorithm',
      'backend',
      'vision',
      'multimodal',
    ]);
    for (const role of outline.roles) expect(Object.keys(role.weights).sort()).toEqual(sections);
    const algorithm = outline.roles.find((r) => r.id === 'algorithm')!;
    expect(algorithm.weights['algorithm.training']).toBe(3);
    const backend = outline.roles.find((r) => r.id === 'backend')!;
    expect(backend.weights['backend.inference-frameworks']).toBe(3);
  });

  it('notes the seed’s known slips', () => {
    const notes = indexOutline(outline);
    const noted = [...notes.points.values()].filter((p) => p.point.note).map((p) => p.point.note!);
    expect(noted.some((n) => /第一类|Type I/.test(n))).toBe(true);
    expect(noted.some((n) => /DCT/.test(n))).toBe(true);
  });
});
