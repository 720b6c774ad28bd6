/**
 * An Anki deck as a text file, in the format of Anki's importer (docs.ankiweb.net, "Importing →
 * Text files", file headers): tab-separated, HTML fields, a GUID column so that importing a newer
 * export updates the notes instead of duplicating them, a deck column (one deck per outline section,
 * as subdecks of "AIGC 面试训练营") and a tags column (the question's outline points). Math becomes
 * Anki's MathJax delimiters \( \) and \[ \].
 */
import markdownit from 'markdown-it';
import type { CompiledQuestion } from '../core/bundle.ts';
import type { Catalog } from '../core/catalog.ts';
import { DIFFICULTY_LABELS, QUESTION_TYPE_LABELS } from '../core/labels.ts';
import { placeOf } from './select.ts';

const md = markdownit({ html: false, linkify: false, typographer: false });

/** Split Markdown into code (left alone) and prose (where math is looked for). */
const CODE = /(```[\s\S]*?```|`[^`\n]+`)/g;
const DISPLAY = /\$\$([\s\S]+?)\$\$/g;
const INLINE = /(?<![\\$\w])\$(?![\s$])([^$\n]+?)(?<![\s\\])\$(?![\w$])/g;

/**
 * Markdown → HTML with math kept as MathJax source. Math is set aside before Markdown runs (its
 * backslashes and underscores would be eaten) behind private-use placeholders, then put back,
 * HTML-escaped, inside \( \) or \[ \].
 */
export function markdownToAnkiHtml(source: string): string {
  const math: string[] = [];
  const keep = (tex: string, display: boolean) => {
    math.push(display ? `\\[${tex.trim()}\\]` : `\\(${tex.trim()}\\)`);
    return `\ue000${math.length - 1}\ue001`;
  };
  const protectedSource = source
    .split(CODE)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(DISPLAY, (_, tex: string) => keep(tex, true))
            .replace(INLINE, (_, tex: string) => keep(tex, false)),
    )
    .join('');
  return md
    .render(protectedSource)
    .replace(/\ue000(\d+)\ue001/g, (_, n: string) => md.utils.escapeHtml(math[Number(n)]!))
    .trim();
}

/** One field: no tabs, line breaks only as <br> inside <pre>, quoted when it holds a quote. */
export function ankiField(html: string): string {
  const flat = html
    .replace(/\t/g, '    ')
    .replace(
      /<pre>([\s\S]*?)<\/pre>/g,
      (_, inner: string) => `<pre>${inner.replace(/\r?\n/g, '<br>')}</pre>`,
    )
    .replace(/\r?\n/g, ' ');
  return /["]/.test(flat) ? `"${flat.replace(/"/g, '""')}"` : flat;
}

export const ANKI_DECK_ROOT = 'AIGC 面试训练营';

export function ankiGuid(q: Pick<CompiledQuestion, 'id'>): string {
  return `aigc-interview:${q.id}`;
}

function back(q: CompiledQuestion): string {
  const parts = [markdownToAnkiHtml(q.quickAnswer)];
  parts.push(
    '<hr><b>评分要点</b><ul>',
    ...q.rubric.map(
      (r) => `<li>[${r.weight}] ${markdownToAnkiHtml(r.point).replace(/^<p>|<\/p>$/g, '')}</li>`,
    ),
    '</ul>',
  );
  if (q.followUps.length) {
    parts.push(
      '<b>追问</b><ol>',
      ...q.followUps.map(
        (f) =>
          `<li>${markdownToAnkiHtml(f.q).replace(/^<p>|<\/p>$/g, '')}<br><i>${markdownToAnkiHtml(f.a).replace(/^<p>|<\/p>$/g, '')}</i></li>`,
      ),
      '</ol>',
    );
  }
  parts.push(`<small>id: ${q.id} · as of ${q.as_of}</small>`);
  return parts.join('');
}

export function ankiTsv(catalog: Catalog, questions: CompiledQuestion[]): string {
  const lines = [
    '#separator:tab',
    '#html:true',
    '#notetype:Basic',
    '#columns:GUID\tDeck\tFront\tBack\tTags',
    '#guid column:1',
    '#deck column:2',
    '#tags column:5',
  ];
  for (const q of questions) {
    const place = placeOf(catalog, q);
    const deck = `${ANKI_DECK_ROOT}::${place.track}::${place.section}`.replace(/\t/g, ' ');
    const front = `${md.utils.escapeHtml(q.title)}<br><small>${md.utils.escapeHtml(place.point)} · ${QUESTION_TYPE_LABELS[q.type]} · ${DIFFICULTY_LABELS[q.difficulty]}</small>`;
    // Anki tags are separated by spaces; point ids have none. "::" makes a tag hierarchy.
    const tags = [`aigc::${q.track}`, ...q.points.map((p) => p.replace(/\./g, '::'))].join(' ');
    lines.push([ankiGuid(q), deck, front, back(q), tags].map(ankiField).join('\t'));
  }
  return `${lines.join('\n')}\n`;
}
