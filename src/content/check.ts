/**
 * Cross-file checks (Markdown is checked as it renders, see render.ts). Every problem is collected;
 * nothing stops at the first.
 */
import { gradeAnswer } from '../core/grading/grade.ts';
import { LAB_IDS } from '../core/labs/registry.ts';
import { indexOutline, lastSegment } from '../core/outline.ts';
import { QUICK_ANSWER_LIMITS, visibleLength } from '../core/schema/question.ts';
import type { CompileCache } from './cache.ts';
import { GLOSSARY_FILE, type LoadedContent, type LoadedQuestion, OUTLINE_FILE } from './load.ts';
import type { ProblemList } from './problems.ts';
import { nearDuplicates } from './similar.ts';

/** Shortest deep answer accepted, in visible characters. */
export const MIN_BODY_LENGTH = 200;

/** Checks of structure and consistency; Markdown itself is checked as it renders (render.ts). */
export function checkContent(content: LoadedContent, cache?: CompileCache): void {
  const { problems } = content;
  checkOutline(content, problems);
  checkGlossary(content, problems);
  checkQuestions(content, problems, cache);
  for (const lab of content.labs) {
    const fileId = lab.file.slice(lab.file.lastIndexOf('/') + 1, -3);
    if (lab.frontMatter.id !== fileId)
      problems.add(
        lab.file,
        2,
        `lab id "${lab.frontMatter.id}" differs from the file name "${fileId}.md"`,
        `rename the file or set id: ${fileId}`,
      );
    if (!LAB_IDS.has(lab.frontMatter.id))
      problems.add(
        lab.file,
        2,
        `unknown lab "${lab.frontMatter.id}"`,
        `use one of: ${[...LAB_IDS].join(', ')}`,
      );
  }
}

function checkOutline({ outline, outlineYaml }: LoadedContent, problems: ProblemList): void {
  if (!outline || !outlineYaml) return;
  const index = indexOutline(outline);
  const seen = new Set<string>();
  const sectionIds = new Set<string>();
  outline.tracks.forEach((track, ti) => {
    const at = (...path: PropertyKey[]) => outlineYaml.lineOf(['tracks', ti, ...path]);
    const dup = (id: string, line: number) => {
      if (seen.has(id))
        problems.add(
          OUTLINE_FILE,
          line,
          `duplicate outline id "${id}"`,
          'give every track, section, topic and point its own id',
        );
      seen.add(id);
    };
    dup(track.id, at('id'));
    track.sections.forEach((section, si) => {
      sectionIds.add(section.id);
      dup(section.id, at('sections', si, 'id'));
      if (!section.id.startsWith(`${track.id}.`)) {
        problems.add(
          OUTLINE_FILE,
          at('sections', si, 'id'),
          `section id "${section.id}" does not start with its track id "${track.id}."`,
          `rename it to ${track.id}.${lastSegment(section.id)}`,
        );
      }
      section.topics.forEach((topic, pi) => {
        dup(topic.id, at('sections', si, 'topics', pi, 'id'));
        topic.points.forEach((point, ki) => {
          const line = at('sections', si, 'topics', pi, 'points', ki, 'id');
          dup(point.id, line);
          point.see_also.forEach((target, k) => {
            if (index.points.has(target)) return;
            problems.add(
              OUTLINE_FILE,
              at('sections', si, 'topics', pi, 'points', ki, 'see_also', k),
              `see_also names unknown point "${target}"`,
              'use the id of a point in this outline',
            );
          });
          if (!point.id.startsWith(`${section.id}.`)) {
            problems.add(
              OUTLINE_FILE,
              line,
              `point id "${point.id}" does not start with its section id "${section.id}."`,
              `rename it to ${section.id}.${lastSegment(point.id)}`,
            );
          }
        });
      });
    });
  });
  outline.roles.forEach((role, ri) => {
    const line = outlineYaml.lineOf(['roles', ri, 'weights']);
    for (const id of Object.keys(role.weights)) {
      if (!sectionIds.has(id))
        problems.add(
          OUTLINE_FILE,
          line,
          `role "${role.id}" weighs unknown section "${id}"`,
          'use section ids of this outline',
        );
    }
    for (const id of sectionIds) {
      if (!(id in role.weights))
        problems.add(
          OUTLINE_FILE,
          line,
          `role "${role.id}" gives no weight to section "${id}"`,
          'add a weight from 0 to 3 for every section',
        );
    }
  });
}

function checkGlossary({ glossary, glossaryYaml }: LoadedContent, problems: ProblemList): void {
  if (!glossary || !glossaryYaml) return;
  const ids = new Map<string, number>();
  const forms = new Map<string, string>();
  glossary.forEach((term, i) => {
    const line = glossaryYaml.lineOf([i]);
    if (ids.has(term.id))
      problems.add(
        GLOSSARY_FILE,
        line,
        `duplicate glossary id "${term.id}"`,
        'give each term its own id',
      );
    ids.set(term.id, i);
    for (const form of new Set(
      [term.zh, term.en, ...term.aliases].map((f) => f.normalize('NFKC').toLowerCase().trim()),
    )) {
      const owner = forms.get(form);
      if (owner !== undefined && owner !== term.id) {
        problems.add(
          GLOSSARY_FILE,
          line,
          `"${form}" of term "${term.id}" is already a form of term "${owner}"`,
          'a surface form may belong to one term only; remove it from one of them',
        );
      }
      forms.set(form, term.id);
    }
  });
}

function checkQuestions(content: LoadedContent, problems: ProblemList, cache?: CompileCache): void {
  const index = content.outline ? indexOutline(content.outline) : undefined;
  const byId = new Map<string, LoadedQuestion>();
  for (const q of content.questions) {
    const fm = q.frontMatter;
    const line = (...path: PropertyKey[]) => q.yaml.lineOf(path);
    const fileId = q.file.slice(q.file.lastIndexOf('/') + 1, -3);
    if (fm.id !== fileId)
      problems.add(
        q.file,
        line('id'),
        `id "${fm.id}" differs from the file name "${fileId}.md"`,
        `rename the file to ${fm.id}.md or set id: ${fileId}`,
      );
    const prior = byId.get(fm.id);
    if (prior)
      problems.add(
        q.file,
        line('id'),
        `duplicate question id "${fm.id}" (also in ${prior.file})`,
        'give each question its own id',
      );
    else byId.set(fm.id, q);

    if (index) {
      fm.points.forEach((p, i) => {
        if (!index.points.has(p))
          problems.add(
            q.file,
            line('points', i),
            `unknown outline point "${p}"`,
            'use a point id from content/outline.yaml',
          );
      });
      const primary = index.points.get(fm.points[0]!);
      if (primary) {
        const expected = [primary.track.id, lastSegment(primary.section.id)];
        if (q.dirs.join('/') !== expected.join('/')) {
          problems.add(
            q.file,
            line('points', 0),
            `primary point "${primary.point.id}" belongs in content/questions/${expected.join('/')}/`,
            `move the file there or change the first point`,
          );
        }
      }
    }
    const sum = fm.rubric.reduce((s, r) => s + r.weight, 0);
    if (sum !== 100)
      problems.add(
        q.file,
        line('rubric'),
        `rubric weights sum to ${sum}, not 100`,
        'adjust the weights so that they sum to 100',
      );
    fm.rubric.forEach((r, ri) => {
      r.keywords.forEach((k, ki) => {
        try {
          new RegExp(k, 'iu');
        } catch (e) {
          problems.add(
            q.file,
            line('rubric', ri, 'keywords', ki),
            `keyword "${k}" is not a valid pattern: ${(e as Error).message}`,
            'escape special characters such as ( ) [ ] + * ? with a backslash',
          );
        }
      });
    });
    // The grader scores answers by these keywords: the question's own answer must contain each one.
    const grade = () =>
      gradeAnswer({ rubric: fm.rubric, reference: '' }, `${fm.quick_answer}\n${q.body}`);
    const own = cache
      ? cache.memo('own-answer', JSON.stringify([fm.rubric, fm.quick_answer, q.body]), grade)
      : grade();
    own.points.forEach((p, ri) => {
      for (const entry of p.missing) {
        problems.add(
          q.file,
          line('rubric', ri, 'keywords', fm.rubric[ri]!.keywords.indexOf(entry)),
          `rubric keyword "${entry}" occurs nowhere in the quick answer or the deep answer`,
          'use the words a correct answer really contains, or add them to the answer',
        );
      }
    });
    const qa = visibleLength(fm.quick_answer);
    if (qa < QUICK_ANSWER_LIMITS.min || qa > QUICK_ANSWER_LIMITS.max) {
      problems.add(
        q.file,
        line('quick_answer'),
        `quick_answer has ${qa} characters`,
        `keep it between ${QUICK_ANSWER_LIMITS.min} and ${QUICK_ANSWER_LIMITS.max} characters (whitespace not counted)`,
      );
    }
    if (visibleLength(q.body) < MIN_BODY_LENGTH) {
      problems.add(
        q.file,
        q.bodyLine,
        `the deep answer has ${visibleLength(q.body)} characters`,
        `write a deep answer of at least ${MIN_BODY_LENGTH} characters below the front matter`,
      );
    }
  }
  for (const q of content.questions) {
    q.frontMatter.related.forEach((r, i) => {
      if (r === q.frontMatter.id)
        problems.add(
          q.file,
          q.yaml.lineOf(['related', i]),
          'a question cannot be related to itself',
          `remove "${r}" from related`,
        );
      else if (!byId.has(r))
        problems.add(
          q.file,
          q.yaml.lineOf(['related', i]),
          `related question "${r}" does not exist`,
          'use the id of an existing question or remove it',
        );
    });
    q.frontMatter.labs.forEach((l, i) => {
      if (!LAB_IDS.has(l))
        problems.add(
          q.file,
          q.yaml.lineOf(['labs', i]),
          `unknown lab "${l}"`,
          `use one of: ${[...LAB_IDS].join(', ')}`,
        );
    });
  }
  for (const [a, b, sim] of nearDuplicates(content.questions.map((q) => q.frontMatter.title))) {
    const qa = content.questions[a]!;
    const qb = content.questions[b]!;
    problems.add(
      qb.file,
      qb.yaml.lineOf(['title']),
      `title is a near-duplicate (${Math.round(sim * 100)}% alike) of "${qa.frontMatter.id}" in ${qa.file}`,
      'merge the two questions or make each ask one distinct thing; link them with related',
    );
  }
}
