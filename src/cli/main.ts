/** The `aigc-interview` command line. */
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import { buildCommand } from './commands/build.ts';
import { checkCommand } from './commands/check.ts';
import { gradeCommand } from './commands/grade.ts';
import { labCommand } from './commands/lab.ts';
import { planCommand } from './commands/plan.ts';
import { searchCommand } from './commands/search.ts';
import { serveCommand } from './commands/serve.ts';
import { showCommand } from './commands/show.ts';
import { statsCommand } from './commands/stats.ts';
import { positiveInt } from './output.ts';

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
  .action((opts) => serveCommand(root, opts));

program
  .command('check')
  .description('validate every content file and report every problem as path:line: message (fix)')
  .option('--drafts <dirs...>', 'also check draft folders laid out as <track>/<section>/<id>.md')
  .action((opts) => checkCommand(root, opts));

program
  .command('build-content')
  .description('compile the content into dist/content/bundle.json')
  .action(() => buildCommand(root));

program
  .command('stats')
  .description('questions per track and outline point')
  .option('--json', 'print one JSON object')
  .action((opts) => statsCommand(root, opts));

program
  .command('search')
  .description('search the question bank (Chinese, English or mixed)')
  .argument('<query...>', 'what to look for')
  .option('--json', 'print {"results": [{"id", "title", "score"}]}')
  .option('-n, --limit <n>', 'how many results', positiveInt, 10)
  .action((query: string[], opts) => searchCommand(root, query.join(' '), opts));

program
  .command('show')
  .description('print one question with its answer')
  .argument('<id>', 'question id')
  .option('--json', 'print the question as JSON')
  .action((id: string, opts) => showCommand(root, id, opts));

program
  .command('grade')
  .description("grade a written answer against a question's rubric (offline)")
  .argument('<id>', 'question id')
  .option('--answer-file <file>', 'the answer (default: standard input)')
  .option('--json', 'print {"score", "points": [{"point", "weight", "hit", "matched"}]}')
  .action((id: string, opts) => gradeCommand(root, id, opts));

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
  .action((opts) => planCommand(root, opts));

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
  .action((id: string | undefined, _rest: string[], opts: { list?: boolean }) => {
    // Commander consumed the options it did not know into "rest" or dropped --json: read the raw args.
    const raw = process.argv.slice(process.argv.indexOf('lab') + 1);
    const args = raw.filter((a) => a !== id && a !== '--list');
    return labCommand(id, args, opts);
  });

await program.parseAsync(process.argv);
