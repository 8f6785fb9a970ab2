/**
 * `npm run --silent cli -- <command> [args]`: the core engine for batch runs and evaluation.
 * JSON goes to stdout; errors go to stderr with a non-zero exit, so scorers can pipe stdout.
 */
import { CliError, type CliCommand } from './cliCommand';

// Lazy imports: `articles` should not pay for loading the dictionary.
const commands: Record<string, () => Promise<{ default: CliCommand }>> = {
  articles: () => import('./commands/articles'),
  lookup: () => import('./commands/lookup'),
  analyze: () => import('./commands/analyze'),
  split: () => import('./commands/split'),
  quotes: () => import('./commands/quotes'),
  facts: () => import('./commands/facts'),
  quiz: () => import('./commands/quiz'),
  pack: () => import('./commands/pack'),
  speak: () => import('./commands/speak'),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const load = name ? commands[name] : undefined;
  if (!load) {
    process.stderr.write(`usage: cli <command> [args]\ncommands: ${Object.keys(commands).sort().join(', ')}\n`);
    return 2;
  }
  const command = (await load()).default;
  await command(args, { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), stdin: () => readStdin() });
  return 0;
}

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    const message = err instanceof CliError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err);
    process.stderr.write(`error: ${message}\n`);
    process.exitCode = err instanceof CliError ? err.exitCode : 1;
  },
);
