/** Walking and indexing the outline tree. Pure functions over {@link Outline}. */
import type {
  Outline,
  OutlinePoint,
  OutlineSection,
  OutlineTopic,
  OutlineTrack,
} from './schema/outline.ts';

export interface PointRef {
  point: OutlinePoint;
  topic: OutlineTopic;
  section: OutlineSection;
  track: OutlineTrack;
}

export interface OutlineIndex {
  points: Map<string, PointRef>;
  sections: Map<string, { section: OutlineSection; track: OutlineTrack }>;
  tracks: Map<string, OutlineTrack>;
  /** Every point in outline order. */
  pointOrder: string[];
}

export function indexOutline(outline: Outline): OutlineIndex {
  const points = new Map<string, PointRef>();
  const sections = new Map<string, { section: OutlineSection; track: OutlineTrack }>();
  const tracks = new Map<string, OutlineTrack>();
  const pointOrder: string[] = [];
  for (const track of outline.tracks) {
    tracks.set(track.id, track);
    for (const section of track.sections) {
      sections.set(section.id, { section, track });
      for (const topic of section.topics) {
        for (const point of topic.points) {
          points.set(point.id, { point, topic, section, track });
          pointOrder.push(point.id);
        }
      }
    }
  }
  return { points, sections, tracks, pointOrder };
}

/** The last segment of a dotted id: `backend.deployment` → `deployment`. */
export function lastSegment(id: string): string {
  const at = id.lastIndexOf('.');
  return at < 0 ? id : id.slice(at + 1);
}
