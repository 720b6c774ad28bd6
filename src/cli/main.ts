/** The `aigc-interview` command line. */
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import { positiveInt } from './output.ts';

// Each command loads its own modules when it runs: `serve` never loads the content compiler.

/** The project root: AIGC_ROOT, or the folder above dist/ where this file is built to. */
const root = process.env.AIGC_ROOT ?? fileURLToPath(new URL('..', import.meta.url));

const program = new Command()
  .name('aigc-interview')
  .description('AIGC 面试训练营: question bank, practice and mock interviews for AIGC interviews')
  .showHelpAfterError();

program
  .command('serve')
  .description('start the web app and the HTTP API')
  .option('-p, --port <port>', 'port (default: $PORT or 3000)', positiveInt)
  .option('--host <host>', 'address to listen on (default: $HOST or 127.0.0.1)')
  .option(
    '--database <url>',
    'sqlite:PATH or postgres://… (default: $DATABASE_URL or sqlite:./data/aigc-interview.db)',
  )
  .action(async (opts) => (await import('./commands/serve.ts')).serveCommand(root, opts));

const DATABASE_HELP =
  'sqlite:PATH or postgres://… (default: $DATABASE_URL or sqlite:./data/aigc-interview.db)';

program
  .command('migrate')
  .description('apply pending database migrations (the server also applies them at start)')
  .option('--database <url>', DATABASE_HELP)
  .action(async (opts) => (await import('./commands/data.ts')).migrateCommand(opts));

program
  .command('backup <file>')
  .description('copy the SQLite database to <file> while the server runs (PostgreSQL: use pg_dump)')
  .option('--database <url>', DATABASE_HELP)
  .action(async (file: string, opts) =>
    (await import('./commands/data.ts')).backupCommand(file, opts),
  );

program
  .command('export-data')
  .description("the local user's data as JSON, to import into an account on a server")
  .option('--database <url>', DATABASE_HELP)
  .option('-o, --out <file>', 'write to a file instead of stdout')
  .action(async (opts) => (await import('./commands/data.ts')).exportDataCommand(opts));

program
  .command('mcp')
  .description('serve the bank and your reviews to an AI assistant over MCP (stdio)')
  .option('--database <url>', DATABASE_HELP)
  .option('--user <username>', 'whose reviews (an account; default: the local user)')
  .action(async (opts) => (await import('./commands/mcp.ts')).mcpCommand(root, opts));

program
  .command('export <format>')
  .description('the bank as an Anki deck (anki: TSV with GUIDs, one deck per section) or Markdown')
  .option('--track <id>', 'only this track')
  .option('--section <id>', 'only this section, e.g. backend.serving')
  .option('--role <id>', "the sections a role's interviews draw from")
  .option('--body', 'markdown: include the deep answers')
  .option('-o, --out <file>', 'write to a file instead of stdout')
  .action(async (format: string, opts) =>
    (await import('./commands/export.ts')).exportCommand(root, format, opts),
  );

program
  .command('review')
  .description(
    'review due cards in the terminal (same schedule as the web app); --json for scripts',
  )
  .option('--database <url>', DATABASE_HELP)
  .option('--user <username>', 'whose cards (an account; default: the local user)')
  .option('--limit <n>', 'at most this many cards', positiveInt)
  .option('--add <ids...>', 'put these questions into the review schedule')
  .option('--rate <id=rating...>', 'record ratings without prompting, e.g. --rate kv-cache-size=3')
  .option('--json', 'print due cards (or recorded ratings) as JSON')
  .action(async (opts) => (await import('./commands/practice.ts')).reviewCommand(root, opts));

program
  .command('quiz')
  .description('written answers graded offline against the rubrics')
  .option('--track <id>', 'draw from this track')
  .option('--section <id>', 'draw from this section')
  .option('--role <id>', "draw from a role's sections")
  .option('-n, --n <count>', 'how many questions (default 10)', positiveInt)
  .option('--seed <n>', 'same seed, same questions', positiveInt)
  .option('--answers <file>', 'grade a JSON file {"<id>": "<answer>"} instead of asking')
  .option('--json', 'print the quiz (or the grades) as JSON')
  .action(async (opts) => (await import('./commands/practice.ts')).quizCommand(root, opts));

program
  .command('interview')
  .description('a mock interview in the terminal, with follow-ups and a report')
  .option('--role <role>', 'algorithm, backend, vision, multimodal or mix (default mix)')
  .option('--minutes <n>', 'length (default 30)', positiveInt)
  .option('--level <level>', 'campus, social or senior (default social)')
  .option('--seed <n>', 'same seed, same questions', positiveInt)
  .option('--json', 'print the planned interview as JSON')
  .action(async (opts) => (await import('./commands/practice.ts')).interviewCommand(root, opts));

program
  .command('check')
  .description('validate every content file and report every problem as path:line: message (fix)')
  .option('--drafts <dirs...>', 'also check draft folders laid out as <track>/<section>/<id>.md')
  .action(async (opts) => (await import('./commands/check.ts')).checkCommand(root, opts));

program
  .command('build-content')
  .description('compile the content into dist/content/bundle.json')
  .option('--watch', 'recompile on every change under content/ (only changed files are redone)')
  .action(async (opts) => (await import('./commands/build.ts')).buildCommand(root, opts));

program
  .command('stats')
  .description('questions per track and outline point')
  .option('--json', 'print one JSON object')
  .action(async (opts) => (await import('./commands/stats.ts')).statsCommand(root, opts));

program
  .command('search')
  .description('search the question bank (Chinese, English or mixed)')
  .argument('<query...>', 'what to look for')
  .option('--json', 'print {"results": [{"id", "title", "score"}]}')
  .option('-n, --limit <n>', 'how many results', positiveInt, 10)
  .action(async (query: string[], opts) =>
    (await import('./commands/search.ts')).searchCommand(root, query.join(' '), opts),
  );

program
  .command('show')
  .description('print one question with its answer')
  .argument('<id>', 'question id')
  .option('--json', 'print the question as JSON')
  .action(async (id: string, opts) =>
    (await import('./commands/show.ts')).showCommand(root, id, opts),
  );

program
  .command('grade')
  .description("grade a written answer against a question's rubric (offline)")
  .argument('<id>', 'question id')
  .option('--answer-file <file>', 'the answer (default: standard input)')
  .option('--json', 'print {"score", "points": [{"point", "weight", "hit", "matched"}]}')
  .action(async (id: string, opts) =>
    (await import('./commands/grade.ts')).gradeCommand(root, id, opts),
  );

program
  .command('plan')
  .description(
    'plan a mock interview from the bank (seeded: the same seed gives the same interview)',
  )
  .option('--role <role>', 'algorithm | backend | vision | multimodal | mix', 'algorithm')
  .option('--minutes <n>', 'length in minutes (20, 45, 60 or any)', positiveInt, 45)
  .option('--level <level>', 'campus | social | senior (校招 | 社招 | 资深)', 'social')
  .option(
    '--seed <n>',
    'seed',
    (v: string) => {
      const n = Number(v);
      if (!Number.isInteger(n)) throw new InvalidArgumentError('must be a whole number');
      return n;
    },
    1,
  )
  .option(
    '--json',
    'print {"questions": [{"id", "track", "section", "type", "difficulty", "minutes"}]}',
  )
  .action(async (opts) => (await import('./commands/plan.ts')).planCommand(root, opts));

program
  .command('lab')
  .description(
    'run a lab calculator: aigc-interview lab <lab> [--option value …] [--json]; --list names them',
  )
  .argument('[lab]', 'calculator id, e.g. kv-cache or train-memory')
  .argument('[options...]', 'calculator options as --name value')
  .option('--list', 'list the calculators and their options')
  .allowUnknownOption()
  .helpOption(false)
  .action(async (id: string | undefined, _rest: string[], opts: { list?: boolean }) => {
    // Commander consumed the options it did not know into "rest" or dropped --json: read the raw args.
    const raw = process.argv.slice(process.argv.indexOf('lab') + 1);
    const args = raw.filter((a) => a !== id && a !== '--list');
    return (await import('./commands/lab.ts')).labCommand(id, args, opts);
  });

await program.parseAsync(process.argv);
