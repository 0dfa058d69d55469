// Adapters that follow the game on their own: audio plays each new cue and each new refusal once,
// and a deep link that names a difficulty starts its crisis on the first menu (or continues the
// same unfinished game from this browser's saves, or has the menu ask first while another game is
// unfinished) and never acts again.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/sim/level';
import type { Cue } from '../../src/sim/state';
import type { AppEvent } from '../../src/machines/events';
import type { ViewModel } from '../../src/machines/view-model';
import { followGame } from '../../src/audio/follow-game';
import { linkStarter } from '../../src/platform/link-start';
import { createSaves, saveGame } from '../../src/platform/saves';
import { createStorage } from '../../src/platform/storage';
import { createGame, step } from '../../src/sim/game';
import { shippedLevel } from '../helpers/level';

let level: Level;
beforeAll(async () => {
  level = await shippedLevel();
});

const vm = (screen: ViewModel['screen'], game: ViewModel['game'], refusal: ViewModel['refusal'] = null): ViewModel =>
  ({ screen, level, game, error: null, refusal });

describe('the audio adapter', () => {
  it('plays each cue of a new state once, a refusal once, and sets the mood for the screen', () => {
    const played: Cue[] = [];
    const moods: string[] = [];
    const follow = followGame({ play: (c) => void played.push(c), setMood: (m) => void moods.push(String(m)) });
    const g0 = createGame(level, { seed: 1 });
    const g1 = step(level, g0, { type: 'host_talks' }).state;
    follow(vm('acting', g0));
    follow(vm('acting', g1));
    follow(vm('acting', g1)); // the same state again: nothing new to play
    expect(played).toEqual(['action']);
    const refusal = { key: 'sim.refuse.alreadyUsed', args: { lever: 'host_talks' } };
    follow(vm('acting', g1, refusal));
    follow(vm('acting', g1, refusal));
    expect(played).toEqual(['action', 'refused']);
    expect(moods).toHaveLength(5);
  });
});

describe('following a deep link', () => {
  const link = { scenario: null, seed: 31, difficulty: 'violent' as const, problems: [] };
  /** This browser's saved games, holding `games`. */
  const savesWith = (...games: ReturnType<typeof createGame>[]) => {
    const storage = createStorage(null);
    games.forEach((g, i) => saveGame(storage, level, g, 1000 + i));
    return createSaves(storage);
  };

  it('starts the linked crisis on the first menu, once', () => {
    const sent: AppEvent[] = [];
    const follow = linkStarter(link, savesWith(), (e) => sent.push(e));
    follow(vm('boot', null));
    follow(vm('menu', null));
    follow(vm('menu', null));
    expect(sent).toEqual([{ type: 'NEW_GAME', difficulty: 'violent', seed: 31 }]);
  });

  it("continues this browser's unfinished game when it is the same crisis, through the machine", () => {
    const sent: AppEvent[] = [];
    const game = step(level, createGame(level, { seed: 31, difficulty: 'violent' }), { type: 'host_talks' }).state;
    const other = step(level, createGame(level, { seed: 8, difficulty: 'calm' }), { type: 'hotline' }).state;
    const follow = linkStarter(link, savesWith(game, other), (e) => sent.push(e));
    follow(vm('menu', null));
    expect(sent).toEqual([{ type: 'RESTORE', request: { kind: 'save', id: `${level.id}~31~violent~1000` } }]);
  });

  it('asks first (app state) when another game is unfinished, naming it with its resume code', () => {
    const sent: AppEvent[] = [];
    const game = step(level, createGame(level, { seed: 31, difficulty: 'violent' }), { type: 'host_talks' }).state;
    linkStarter({ ...link, seed: 32 }, savesWith(game), (e) => sent.push(e))(vm('menu', null));
    expect(sent).toEqual([{
      type: 'ASK_BEFORE_LINK', start: { difficulty: 'violent', seed: 32 },
      unfinished: expect.objectContaining({ id: `${level.id}~31~violent~1000`, levelId: level.id, round: 1, decisions: 1, code: expect.stringMatching(/^AM3\./) }),
    }]);
  });

  it('does nothing for a link without a difficulty', () => {
    const sent: AppEvent[] = [];
    linkStarter({ ...link, difficulty: null }, savesWith(), (e) => sent.push(e))(vm('menu', null));
    expect(sent).toEqual([]);
  });
});
