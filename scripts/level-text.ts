// Translators' tool for scenario text. `npx tsx scripts/level-text.ts <level-id>` prints the
// level's words as the flat JSON map a translation file mirrors (levels/i18n/<lang>/<id>.json);
// `--check` lists, for every shipped language, the paths each translation lacks or no longer needs.

import { readFile } from 'node:fs/promises';
import { loadLevel, LEVEL_IDS } from '../src/content/levels';
import { compareText, extractText, type LevelText } from '../src/content/level-text';
import { LANGUAGES } from '../src/i18n/languages';

async function source(id: string): Promise<LevelText> {
  const r = await loadLevel(id);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return extractText(r.level);
}

async function check(): Promise<number> {
  let problems = 0;
  for (const id of LEVEL_IDS.filter((l) => !l.startsWith('open-crisis'))) {
    const src = await source(id);
    for (const { code } of LANGUAGES.filter((l) => l.code !== 'en')) {
      const file = `levels/i18n/${code}/${id}.json`;
      let tr: LevelText = {};
      try { tr = JSON.parse(await readFile(file, 'utf8')) as LevelText; } catch { console.log(`${file}: (root): missing file`); problems += 1; continue; }
      const { missing, extra } = compareText(src, tr);
      for (const p of missing) console.log(`${file}: ${p}: no translation`);
      for (const p of extra) console.log(`${file}: ${p}: not in the English level (remove it)`);
      problems += missing.length + extra.length;
    }
  }
  console.log(problems === 0 ? 'Every scenario is translated into every language.' : `${problems} problems`);
  return problems;
}

const arg = process.argv[2];
if (arg === '--check') process.exitCode = (await check()) === 0 ? 0 : 1;
else if (arg) console.log(JSON.stringify(await source(arg), null, 2));
else console.log('usage: tsx scripts/level-text.ts <level-id> | --check');
