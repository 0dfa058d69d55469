// `npm run validate-levels` as an author runs it: a child process over files on disk. Valid files
// (HTML in text included: it is shown as text) exit 0; broken ones exit 1 with one line per
// problem, each naming the file and the path inside it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const RAW = JSON.parse(readFileSync(join(ROOT, 'levels/december-2025.json'), 'utf8')) as Record<string, any>;
const dir = mkdtempSync(join(tmpdir(), 'levels-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a mutated copy of the shipped level and returns its path. */
function file(name: string, mutate: (l: Record<string, any>) => void = () => {}): string {
  const level = structuredClone(RAW);
  mutate(level);
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(level, null, 2));
  return path;
}

function run(...files: string[]): { code: number | null; lines: string[] } {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/validate-levels.ts', ...files], {
    cwd: ROOT, encoding: 'utf8', timeout: 60_000,
  });
  return { code: r.status, lines: r.stdout.split('\n').filter(Boolean) };
}

describe('npm run validate-levels', () => {
  it('exits 0 for valid files, HTML in text included, and for the shipped levels', () => {
    const valid = file('valid.json');
    const html = file('html.json', (l) => {
      l.title = 'Crisis <b>bold</b>';
      l.briefing[0].text = '<script>alert(1)</script> Fighting resumed.';
    });
    expect(run(valid, html)).toEqual({ code: 0, lines: [] });
    expect(run()).toEqual({ code: 0, lines: [] });
  });

  it('exits 1 with a located line for each kind of problem', () => {
    const cases: [string, (l: Record<string, any>) => void, RegExp][] = [
      ['missing.json', (l) => delete l.rounds, /: \(root\): missing field "rounds"$/],
      ['type.json', (l) => (l.sides.th.start.pain = 'high'), /: sides\.th\.start\.pain: expected a number, got string$/],
      ['issue-id.json', (l) => (l.sides.kh.weights.fishing = 0.2), /: sides\.kh\.weights: unknown issue id "fishing"/],
      ['lever-id.json', (l) => (l.levers = ['host_talks', 'teleport']), /: levers\[1\]: expected one of .*got "teleport"$/],
      ['site.json', (l) => (l.incidents[0].site = 'atlantis'), /: incidents\[0\]\.site: expected a site id from sites .*got "atlantis"$/],
      ['source.json', (l) => (l.debrief[1].source = 'nowhere'), /: debrief\[1\]\.source: expected a source id from sources .*got "nowhere"$/],
      ['unlock.json', (l) => Object.assign(l, { levers: ['host_talks', 'propose'], unlocks: { hotline: 2 } }),
        /: unlocks\.hotline: expected a lever offered in levers \(host_talks, propose\), got "hotline"$/],
      ['range.json', (l) => (l.issues[1].options[0].value.th = 1.5), /: issues\[1\]\.options\[0\]\.value\.th: expected a number at most 1, got 1\.5$/],
      ['hint.json', (l) => (l.hints = [{ round: l.rounds + 1, text: 'Too late.' }]), /: hints\[0\]\.round: expected a round from 1 to rounds/],
      ['options.json', (l) => (l.issues[2].options = l.issues[2].options.slice(0, 1)), /: issues\[2\]\.options: expected at least 2 options/],
      ['soft.json', (l) => (l.sites[0].softText = 'gentle'), /: sites\[0\]: unknown field "softText"/],
    ];
    const paths = cases.map(([name, mutate]) => file(name, mutate));
    const { code, lines } = run(...paths);
    expect(code).toBe(1);
    for (const line of lines) expect(line).toMatch(/^\S+\.json: [^:]+: .+$/);
    cases.forEach(([, , pattern], i) => {
      const own = lines.filter((l) => l.startsWith(`${paths[i]}: `));
      expect(own.some((l) => pattern.test(l)), `${paths[i]}:\n${own.join('\n')}`).toBe(true);
    });
  });

  it('reports a file that is not JSON, or missing, by name', () => {
    const bad = join(dir, 'broken.json');
    writeFileSync(bad, '{ "id": ');
    const { code, lines } = run(bad, join(dir, 'absent.json'));
    expect(code).toBe(1);
    expect(lines[0]).toMatch(new RegExp(`^${bad}: \\(root\\): not valid JSON`));
    expect(lines[1]).toMatch(/absent\.json: \(root\): could not be read/);
  });
});
