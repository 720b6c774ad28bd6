/** Reads the seed outline's structure: tracks, numbered sections and topic headings. */
import { readFileSync } from 'node:fs';
import { SEED } from './paths.ts';

export interface SeedSection {
  track: string;
  num: number;
  title: string;
  topics: string[];
}

const TRACK_HEADINGS: [string, string][] = [
  ['算法/模型研发工程师面试大纲', 'algorithm'],
  ['后端/平台工程师面试大纲', 'backend'],
  ['视觉/计算机视觉相关面试大纲', 'vision'],
  ['多模态面试大纲', 'multimodal'],
];

export function readSeed(): SeedSection[] {
  const lines = readFileSync(SEED, 'utf8')
    .split('\n')
    .map((l) => l.trim());
  const sections: SeedSection[] = [];
  let track: string | undefined;
  let stop = false;
  // Content lines are followed by a citation line; headings are not.
  const cited = (i: number) =>
    lines.slice(i + 1).find((l) => l !== '') === 'raw.githubusercontent.com';
  lines.forEach((line, i) => {
    if (line === '使用建议') stop = true;
    if (stop) return;
    const heading = TRACK_HEADINGS.find(([h]) => h === line);
    if (heading) {
      track = heading[1];
      return;
    }
    if (!track || !line || line === 'raw.githubusercontent.com') return;
    const numbered = /^(\d+)\. (.+)$/.exec(line);
    if (numbered) {
      sections.push({ track, num: Number(numbered[1]), title: numbered[2]!, topics: [] });
      return;
    }
    const current = sections.at(-1);
    if (!current || current.track !== track) return;
    if (track === 'vision' || track === 'multimodal') {
      // Paragraphs open with a bold-lead topic phrase ending in a full-width colon.
      const lead = /^([^：。，]{2,20})：/.exec(line);
      if (lead) current.topics.push(lead[1]!);
    } else if (line.length <= 25 && !/[。；，、]/.test(line) && !cited(i)) {
      current.topics.push(line);
    }
  });
  return sections;
}
