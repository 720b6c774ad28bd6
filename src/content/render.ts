/**
 * Per-question Markdown work, done once per field: parse, check the tokens (code languages, math,
 * links), render the same tokens to HTML. Pure given a renderer, so it runs in the compiling
 * process or in a worker thread (see render-pool.ts) with identical results.
 */
import type { MarkdownIt } from 'markdown-it';
import type { LoadedQuestion } from './load.ts';
import { isKnownLanguage, mathError, type Renderer } from './markdown.ts';

type Token = ReturnType<MarkdownIt['parse']>[number];

export interface MarkdownField {
  text: string;
  /** Line in the file where the field starts; body tokens add their own line offset. */
  line: number;
  /** Rendered without the surrounding <p> (rubric points, follow-up questions). */
  inline: boolean;
  /** The deep answer: problems report the line of the token, not of the field. */
  body: boolean;
}

export interface FieldProblem {
  line: number;
  message: string;
  fix: string;
}

export interface RenderedFields {
  html: string[];
  problems: FieldProblem[];
}

/**
 * A question's Markdown fields in a fixed order: quick answer, rubric points, follow-ups (q, a),
 * deep answer. `placeRendered` reads the HTML back in the same order.
 */
export function questionFields(q: LoadedQuestion): MarkdownField[] {
  const fm = q.frontMatter;
  const field = (text: string, line: number, inline: boolean, body = false): MarkdownField => ({
    text,
    line,
    inline,
    body,
  });
  return [
    field(fm.quick_answer, q.yaml.lineOf(['quick_answer']), false),
    ...fm.rubric.map((r, i) => field(r.point, q.yaml.lineOf(['rubric', i, 'point']), true)),
    ...fm.follow_ups.flatMap((f, i) => [
      field(f.q, q.yaml.lineOf(['follow_ups', i, 'q']), true),
      field(f.a, q.yaml.lineOf(['follow_ups', i, 'a']), false),
    ]),
    field(q.body, q.bodyLine, false, true),
  ];
}

export function placeRendered(
  q: LoadedQuestion,
  html: string[],
): {
  quickAnswerHtml: string;
  rubricHtml: string[];
  followUpHtml: { qHtml: string; aHtml: string }[];
  bodyHtml: string;
} {
  const fm = q.frontMatter;
  let i = 0;
  const quickAnswerHtml = html[i++]!;
  const rubricHtml = fm.rubric.map(() => html[i++]!);
  const followUpHtml = fm.follow_ups.map(() => ({ qHtml: html[i++]!, aHtml: html[i++]! }));
  return { quickAnswerHtml, rubricHtml, followUpHtml, bodyHtml: html[i]! };
}

export function renderFields(fields: MarkdownField[], renderer: Renderer): RenderedFields {
  const { md } = renderer;
  const problems: FieldProblem[] = [];
  const html = fields.map((field) => {
    const env = {};
    const tokens = field.inline ? md.parseInline(field.text, env) : md.parse(field.text, env);
    for (const token of tokens) checkToken(token, field, problems);
    return field.inline
      ? md.renderer.render(tokens[0]?.children ?? [], md.options, env)
      : md.renderer.render(tokens, md.options, env);
  });
  return { html, problems };
}

function checkToken(token: Token, field: MarkdownField, problems: FieldProblem[]): void {
  const line = field.line + (field.body && token.map ? token.map[0] : 0);
  const add = (message: string, fix: string) => problems.push({ line, message, fix });
  if (token.type === 'fence') {
    const lang = token.info.trim().split(/\s+/)[0] ?? '';
    if (!lang)
      add(
        'code block without a language',
        'write the language after the opening fence, e.g. ```python',
      );
    else if (!isKnownLanguage(lang))
      add(
        `unknown code language "${lang}"`,
        'use python, cpp, cuda, c, bash, yaml, json, typescript, sql, text or another listed in src/content/markdown.ts',
      );
  }
  if (token.type === 'math_block' || token.type === 'math_inline_block') {
    const err = mathError(token.content, true);
    if (err)
      add(
        `KaTeX cannot parse $$${abbreviate(token.content)}$$: ${err}`,
        'fix the formula; KaTeX supports most LaTeX math commands',
      );
  }
  for (const child of token.children ?? []) {
    if (child.type === 'math_inline' || child.type === 'math_inline_block') {
      const err = mathError(child.content, child.type !== 'math_inline');
      if (err)
        add(
          `KaTeX cannot parse $${abbreviate(child.content)}$: ${err}`,
          'fix the formula; KaTeX supports most LaTeX math commands',
        );
    }
    if (child.type === 'link_open') {
      const href = String(child.attrGet('href') ?? '');
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) && !isHttpUrl(href))
        add(`malformed or unsafe link "${href}"`, 'link only to http(s) URLs');
    }
  }
}

function isHttpUrl(href: string): boolean {
  try {
    const u = new URL(href);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.includes('.');
  } catch {
    return false;
  }
}

function abbreviate(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 40 ? `${one.slice(0, 40)}…` : one;
}
