/** Reading the content tree: the outline, the glossary and every question file. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { z } from 'zod';
import { Glossary, type GlossaryTerm } from '../core/schema/glossary.ts';
import { LabFrontMatter } from '../core/schema/lab.ts';
import { Outline } from '../core/schema/outline.ts';
import { QuestionFrontMatter } from '../core/schema/question.ts';
import type { CompileCache } from './cache.ts';
import { ProblemList } from './problems.ts';
import { parseYaml, validate, type YamlSource } from './yaml-source.ts';

export interface LoadedQuestion {
  /** Path relative to the repository root. */
  file: string;
  /** Directory parts under content/questions: [track, section]. */
  dirs: string[];
  frontMatter: QuestionFrontMatter;
  yaml: YamlSource;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
}

export interface LoadedLab {
  file: string;
  frontMatter: LabFrontMatter;
  body: string;
  bodyLine: number;
}

export interface LoadedContent {
  outline?: Outline;
  outlineYaml?: YamlSource;
  glossary?: GlossaryTerm[];
  glossaryYaml?: YamlSource;
  questions: LoadedQuestion[];
  labs: LoadedLab[];
  problems: ProblemList;
}

export const OUTLINE_FILE = 'content/outline.yaml';
export const GLOSSARY_FILE = 'content/glossary.yaml';
export const QUESTIONS_DIR = 'content/questions';
export const LABS_DIR = 'content/labs';

export interface LoadOptions {
  /**
   * Extra folders of draft questions laid out like content/questions (`<track>/<section>/<id>.md`),
   * checked together with the bank before they are moved in.
   */
  drafts?: string[];
  /** Reuse what an earlier compile parsed from unchanged files (watch mode). */
  cache?: CompileCache;
}

/** Load everything under `<root>/content`, collecting problems instead of stopping at the first. */
export async function loadContent(root: string, options: LoadOptions = {}): Promise<LoadedContent> {
  const problems = new ProblemList();
  const content: LoadedContent = { questions: [], labs: [], problems };

  const outline = await loadYamlFile(
    root,
    OUTLINE_FILE,
    Outline,
    problems,
    'src/core/schema/outline.ts',
  );
  content.outline = outline.data;
  content.outlineYaml = outline.yaml;
  const glossary = await loadYamlFile(
    root,
    GLOSSARY_FILE,
    Glossary,
    problems,
    'src/core/schema/glossary.ts',
  );
  content.glossary = glossary.data;
  content.glossaryYaml = glossary.yaml;

  for (const abs of await listMarkdown(join(root, LABS_DIR))) {
    const file = relative(root, abs).split(sep).join('/');
    const text = await readFile(abs, 'utf8');
    const split = splitFrontMatter(file, text, problems);
    if (!split) continue;
    const frontMatter = validate(
      LabFrontMatter,
      split.yaml,
      file,
      problems,
      'see src/core/schema/lab.ts',
    );
    if (frontMatter)
      content.labs.push({ file, frontMatter, body: split.body, bodyLine: split.bodyLine });
  }

  for (const base of [join(root, QUESTIONS_DIR), ...(options.drafts ?? [])]) {
    const files = await listMarkdown(base);
    const texts = await Promise.all(files.map((f) => readFile(f, 'utf8')));
    files.forEach((abs, i) => {
      const file = relative(root, abs).split(sep).join('/');
      const dirs = relative(base, abs).split(sep).slice(0, -1);
      const text = texts[i]!;
      const parse = () => {
        const own = new ProblemList();
        return { q: parseQuestion(file, text, own, dirs), problems: own.items };
      };
      const parsed = options.cache
        ? options.cache.memo('parse', `${file}\u0000${dirs.join('/')}\u0000${text}`, parse)
        : parse();
      problems.items.push(...parsed.problems);
      if (parsed.q) content.questions.push(parsed.q);
    });
  }
  return content;
}

/** Split front matter from body and validate it. Exported for tests. */
export function parseQuestion(
  file: string,
  text: string,
  problems: ProblemList,
  dirs: string[],
): LoadedQuestion | undefined {
  const split = splitFrontMatter(file, text, problems);
  if (!split) return undefined;
  const frontMatter = validate(
    QuestionFrontMatter,
    split.yaml,
    file,
    problems,
    'see CONTENT_GUIDE.md and src/core/schema/question.ts',
  );
  if (!frontMatter) return undefined;
  return { file, dirs, frontMatter, yaml: split.yaml, body: split.body, bodyLine: split.bodyLine };
}

/** The YAML front matter (parsed, with line numbers) and the Markdown body of a content file. */
function splitFrontMatter(
  file: string,
  text: string,
  problems: ProblemList,
): { yaml: YamlSource; body: string; bodyLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) {
    problems.add(
      file,
      1,
      'no YAML front matter',
      'start the file with a line "---", the front matter, then a line "---"',
    );
    return undefined;
  }
  return {
    yaml: parseYaml(match[1]!, file, problems, 2),
    body: text.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}

/** Read, parse and validate one YAML data file; problems are collected, never thrown. */
async function loadYamlFile<T extends z.ZodType>(
  root: string,
  file: string,
  schema: T,
  problems: ProblemList,
  schemaFile: string,
): Promise<{ data?: z.infer<T>; yaml?: YamlSource }> {
  const text = await readText(root, file, problems);
  if (text === undefined) return {};
  const yaml = parseYaml(text, file, problems);
  return { data: validate(schema, yaml, file, problems, `see ${schemaFile}`), yaml };
}

async function readText(
  root: string,
  file: string,
  problems: ProblemList,
): Promise<string | undefined> {
  try {
    return await readFile(join(root, file), 'utf8');
  } catch {
    problems.add(file, 1, 'file not found', `create ${file}`);
    return undefined;
  }
}

async function listMarkdown(dir: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(dir, { recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.endsWith('.md'))
    .map((e) => join(dir, e))
    .sort();
}
