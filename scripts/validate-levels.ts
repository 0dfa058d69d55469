// `npm run validate-levels -- <files…>`: checks scenario files with the same schema and reference
// checks the game runs on load, so an author can find every mistake before opening the game.
// Prints one line per problem as `file: path: message` and exits 1; exits 0 when all are valid.
// With no files it checks every scenario shipped in levels/.

import { readdirSync, readFileSync } from 'node:fs';
import { LEVEL_IDS, OPEN_CRISIS, levelFile } from '../src/content/levels';
import { loadLevelFromText } from '../src/content/level-file';
import { describeError } from '../src/content/messages';

/** The shipped scenario files: every registered level and any other JSON file in levels/. */
function shippedFiles(): string[] {
  let onDisk: string[] = [];
  try {
    onDisk = readdirSync('levels').filter((f) => f.endsWith('.json') && f !== 'schema.json').map((f) => `levels/${f}`);
  } catch {
    onDisk = [];
  }
  // The open crisis is generated, not a file: it is checked by the generator's own tests.
  return [...new Set([...LEVEL_IDS.filter((id) => id !== OPEN_CRISIS).map(levelFile), ...onDisk])].sort();
}

/** Problems of one file as `file: path: message` lines; empty when the file is valid. */
export function checkFile(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return [`${file}: (root): could not be read (${describeError(e)})`];
  }
  const result = loadLevelFromText(file, text);
  return result.ok ? [] : result.errors;
}

function main(args: readonly string[]): number {
  const files = args.length > 0 ? args : shippedFiles();
  const problems = files.flatMap(checkFile);
  for (const p of problems) console.log(p);
  const bad = new Set(problems.map((p) => p.slice(0, p.indexOf(': ')))).size;
  console.error(problems.length === 0
    ? `${files.length} scenario ${files.length === 1 ? 'file is' : 'files are'} valid.`
    : `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in ${bad} of ${files.length} ${files.length === 1 ? 'file' : 'files'}.`);
  return problems.length === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2).filter((a) => a !== '--'));
