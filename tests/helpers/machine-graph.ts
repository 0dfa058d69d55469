// Transition coverage for xstate machines: lists every transition a machine defines (each guarded
// alternative, eventless `always` branch, invoke onDone/onError and targetless transition on its
// own), records the transitions a running actor really takes, and explores a model breadth-first
// by replaying step sequences on fresh actors until no new state turns up.
import type { AnyStateMachine, AnyStateNode, AnyTransitionDefinition, InspectionEvent } from 'xstate';

/** One transition of a machine: `source --event--> target`. */
export interface Edge {
  /** Stable identity: source state id, event type and place among that event's alternatives. */
  key: string;
  source: string;
  /** The event type, or `always` for an eventless transition. */
  event: string;
  /** Target state ids, or null for a targetless transition (it only runs actions). */
  targets: string[] | null;
  /** Readable name, e.g. `app.menu --NEW_GAME [otherLevel]--> app.loading`. */
  label: string;
}

const ALWAYS = 'always';

/** The alternatives a transition is one of: the state's `always` list or its list for the event. */
function alternatives(t: AnyTransitionDefinition): readonly AnyTransitionDefinition[] {
  if (t.source.always?.includes(t)) return t.source.always;
  return t.source.transitions.get(t.eventType) ?? [];
}

const isEventless = (t: AnyTransitionDefinition) => t.source.always?.includes(t) ?? false;

/** The key of a transition definition, the same for the static list and a taken transition. */
export function transitionKey(t: AnyTransitionDefinition): string {
  return `${t.source.id}|${isEventless(t) ? ALWAYS : t.eventType}|${alternatives(t).indexOf(t)}`;
}

function guardName(t: AnyTransitionDefinition): string | null {
  const g = t.guard as unknown;
  if (g === undefined) return null;
  if (typeof g === 'string') return g;
  if (typeof g === 'function') return g.name && g.name !== 'guard' ? g.name : 'inline guard';
  if (typeof g === 'object' && g !== null && 'type' in g) {
    const { type, params } = g as { type: string; params?: unknown };
    return params === undefined || typeof params === 'function' ? type : `${type}(${JSON.stringify(params)})`;
  }
  return 'guard';
}

function actionNames(t: AnyTransitionDefinition): string[] {
  return t.actions.map((a: unknown) => {
    if (typeof a === 'string') return a;
    if (typeof a === 'object' && a !== null && 'type' in a) return String((a as { type: unknown }).type);
    return 'inline';
  });
}

/** Describes one transition definition as an edge. */
export function toEdge(t: AnyTransitionDefinition): Edge {
  const event = isEventless(t) ? ALWAYS : t.eventType;
  const targets = t.target ? t.target.map((n) => n.id) : null;
  const alts = alternatives(t);
  const guard = guardName(t);
  const which = alts.length > 1 ? ` [${guard ?? 'otherwise'}]` : guard ? ` [${guard}]` : '';
  const to = targets ? targets.join(', ') : `(stays${t.actions.length ? `; ${actionNames(t).join(', ')}` : ''})`;
  return { key: transitionKey(t), source: t.source.id, event, targets, label: `${t.source.id} --${event}${which}--> ${to}` };
}

function allNodes(node: AnyStateNode): AnyStateNode[] {
  return [node, ...Object.values(node.states as Record<string, AnyStateNode>).flatMap(allNodes)];
}

/**
 * Every transition `machine` defines, read from its state nodes: `transitions` (which holds `on`,
 * invoke `onDone`/`onError` and delayed transitions) and `always`.
 */
export function staticEdges(machine: AnyStateMachine): Edge[] {
  return allNodes(machine.root).flatMap((node) => [
    ...[...node.transitions.values()].flat().map(toEdge),
    ...(node.always ?? []).map(toEdge),
  ]);
}

/** Collects the transitions actors take, from their inspection events. */
export class TransitionLog {
  readonly taken = new Map<string, Edge>();

  /** Pass as `inspect` to `createActor`; it sees every actor of the system, children included. */
  readonly inspect = (e: InspectionEvent): void => {
    if (e.type !== '@xstate.microstep') return;
    for (const t of e._transitions) {
      const key = transitionKey(t);
      if (!this.taken.has(key)) this.taken.set(key, toEdge(t));
    }
  };

  /** The edges of `edges` never taken. */
  uncovered(edges: readonly Edge[]): Edge[] {
    return edges.filter((e) => !this.taken.has(e.key));
  }

  /** Taken transitions that are not among `edges` (of the machine) but whose source is one of its states. */
  unknown(edges: readonly Edge[]): Edge[] {
    const keys = new Set(edges.map((e) => e.key));
    const sources = new Set(edges.map((e) => e.source));
    return [...this.taken.values()].filter((e) => sources.has(e.source) && !keys.has(e.key));
  }
}

/** One move of a model: send an event, or anything else the player or the app can do. */
export interface Step<S> {
  name: string;
  run(system: S): void;
}

/** What `explore` needs: how to start a fresh system, the moves to try and how to tell states apart. */
export interface Model<S> {
  start(inspect: (e: InspectionEvent) => void): S;
  steps: readonly Step<S>[];
  /** Identifies a reached state; two snapshots with the same key are explored once. */
  key(system: S): string;
  /** Waits until the system is at rest (for instance, a loader promise has settled). */
  settle?(system: S): Promise<void>;
  stop(system: S): void;
}

/** The result of `explore`: the states found, each with the shortest step sequence reaching it. */
export interface Exploration {
  paths: Map<string, string[]>;
  runs: number;
}

/**
 * Breadth-first search over `model`: from every state found, tries every step (replaying the path
 * to it on a fresh system) and keeps the states not seen before, up to `maxDepth` steps deep.
 * Every transition taken on the way is recorded in `log`.
 */
export async function explore<S>(model: Model<S>, log: TransitionLog, maxDepth = 12): Promise<Exploration> {
  const run = async (path: readonly number[]): Promise<string> => {
    const system = model.start(log.inspect);
    await model.settle?.(system);
    for (const i of path) {
      model.steps[i]!.run(system);
      await model.settle?.(system);
    }
    const key = model.key(system);
    model.stop(system);
    return key;
  };
  const paths = new Map<string, string[]>();
  let runs = 1;
  let frontier: number[][] = [[]];
  paths.set(await run([]), []);
  for (let depth = 0; depth < maxDepth && frontier.length > 0; depth++) {
    const next: number[][] = [];
    for (const path of frontier) {
      for (let i = 0; i < model.steps.length; i++) {
        const longer = [...path, i];
        const key = await run(longer);
        runs++;
        if (paths.has(key)) continue;
        paths.set(key, longer.map((j) => model.steps[j]!.name));
        next.push(longer);
      }
    }
    frontier = next;
  }
  return { paths, runs };
}
