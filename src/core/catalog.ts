/**
 * Read-only queries over the compiled bundle, shared by the server, the CLI and the MCP server.
 */
import type { Bundle, CompiledQuestion } from './bundle.ts';
import { indexOutline, type OutlineIndex } from './outline.ts';
import type { QuestionType } from './schema/question.ts';
import { SearchIndex } from './search/index.ts';
import type { SearchHit } from './search/types.ts';

export interface QuestionFilter {
  track?: string;
  section?: string;
  point?: string;
  type?: QuestionType;
  difficulty?: number;
  tag?: string;
}

export interface TrackStats {
  id: string;
  title: string;
  questions: number;
  points: number;
  pointsCovered: number;
  /** Questions by type (primary point in the track). */
  types: Partial<Record<QuestionType, number>>;
  sections: SectionStats[];
}

export interface SectionStats {
  id: string;
  title: string;
  questions: number;
  /** Points with fewer than five questions. */
  pointsUnder5: number;
  types: Partial<Record<QuestionType, number>>;
}

export interface Stats {
  questions: number;
  points: number;
  pointsCovered: number;
  tracks: TrackStats[];
  /** Every outline point with the number of questions whose primary point it is. */
  byPoint: Record<string, number>;
}

/** The outline with question counts on every node. */
export interface CountedNode {
  id: string;
  title: string;
  title_en: string;
  count: number;
}
export interface CountedPoint extends CountedNode {
  note?: string;
  see_also: string[];
}
export interface CountedTopic extends CountedNode {
  synthetic: boolean;
  points: CountedPoint[];
}
export interface CountedSection extends CountedNode {
  num: number;
  topics: CountedTopic[];
}
export interface CountedTrack extends CountedNode {
  sections: CountedSection[];
}

export class Catalog {
  readonly outline: OutlineIndex;
  readonly byId: Map<string, CompiledQuestion>;
  private searchIndex?: SearchIndex;
  private readonly byPoint: Map<string, CompiledQuestion[]>;

  constructor(readonly bundle: Bundle) {
    this.outline = indexOutline(bundle.outline);
    this.byId = new Map(bundle.questions.map((q) => [q.id, q]));
    this.byPoint = new Map();
    for (const q of bundle.questions) {
      const list = this.byPoint.get(q.point) ?? [];
      list.push(q);
      this.byPoint.set(q.point, list);
    }
  }

  get questions(): CompiledQuestion[] {
    return this.bundle.questions;
  }

  get search(): SearchIndex {
    this.searchIndex ??= new SearchIndex(this.bundle.search);
    return this.searchIndex;
  }

  find(query: string, limit = 10): SearchHit[] {
    return this.search.search(query, limit);
  }

  list(filter: QuestionFilter): CompiledQuestion[] {
    const tag = filter.tag?.toLowerCase();
    return this.bundle.questions.filter(
      (q) =>
        (!filter.track || q.track === filter.track) &&
        (!filter.section || q.section === filter.section) &&
        (!filter.point || q.points.includes(filter.point)) &&
        (!filter.type || q.type === filter.type) &&
        (!filter.difficulty || q.difficulty === filter.difficulty) &&
        (!tag || q.tags.some((t) => t.toLowerCase() === tag)),
    );
  }

  /** Questions of the same primary point, in bundle order. */
  siblings(q: CompiledQuestion): CompiledQuestion[] {
    return this.byPoint.get(q.point) ?? [];
  }

  countOf(pointId: string): number {
    return this.byPoint.get(pointId)?.length ?? 0;
  }

  stats(): Stats {
    const byPoint: Record<string, number> = {};
    for (const id of this.outline.pointOrder) byPoint[id] = this.countOf(id);
    const typesOf = (pointIds: string[]) => {
      const types: Partial<Record<QuestionType, number>> = {};
      for (const id of pointIds)
        for (const q of this.byPoint.get(id) ?? []) types[q.type] = (types[q.type] ?? 0) + 1;
      return types;
    };
    const tracks = this.bundle.outline.tracks.map((track) => {
      const ids = track.sections.flatMap((s) => s.topics.flatMap((t) => t.points.map((p) => p.id)));
      return {
        id: track.id,
        title: track.title,
        questions: ids.reduce((n, id) => n + byPoint[id]!, 0),
        points: ids.length,
        pointsCovered: ids.filter((id) => byPoint[id]! > 0).length,
        types: typesOf(ids),
        sections: track.sections.map((section) => {
          const sectionIds = section.topics.flatMap((t) => t.points.map((p) => p.id));
          return {
            id: section.id,
            title: section.title,
            questions: sectionIds.reduce((n, id) => n + byPoint[id]!, 0),
            pointsUnder5: sectionIds.filter((id) => byPoint[id]! < 5).length,
            types: typesOf(sectionIds),
          };
        }),
      };
    });
    return {
      questions: this.bundle.questions.length,
      points: this.outline.pointOrder.length,
      pointsCovered: tracks.reduce((n, t) => n + t.pointsCovered, 0),
      tracks,
      byPoint,
    };
  }

  countedOutline(): CountedTrack[] {
    return this.bundle.outline.tracks.map((track) => {
      const sections = track.sections.map((section) => {
        const topics = section.topics.map((topic) => {
          const points = topic.points.map((p) => ({
            id: p.id,
            title: p.title,
            title_en: p.title_en,
            ...(p.note ? { note: p.note } : {}),
            see_also: p.see_also,
            count: this.countOf(p.id),
          }));
          return {
            id: topic.id,
            title: topic.title,
            title_en: topic.title_en,
            synthetic: topic.synthetic,
            count: sum(points),
            points,
          };
        });
        return {
          id: section.id,
          num: section.num,
          title: section.title,
          title_en: section.title_en,
          count: sum(topics),
          topics,
        };
      });
      return {
        id: track.id,
        title: track.title,
        title_en: track.title_en,
        count: sum(sections),
        sections,
      };
    });
  }
}

function sum(nodes: { count: number }[]): number {
  return nodes.reduce((n, x) => n + x.count, 0);
}
