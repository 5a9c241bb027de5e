import { benchmarkPeers, classifyProjectWork, createCorpusProject, type PeerBenchmark } from '@jixiao/core';
import type { Actor } from './actor';
import type { Db } from './db';
import { loadLibraryState } from './library-cache';
import { resolveLibraryAccess } from './library-visibility';
import { loadVisibleProject } from './load-visible-project';

/** A peer as the actor may see it: other units' projects are named only when visible or published. */
export interface PeerView {
  readonly id: string | null;
  readonly name: string | null;
  readonly unitName: string | null;
  readonly similarity: number;
  readonly fundsTotal: number | null;
  readonly hidden: boolean;
}

export interface PeerBenchmarkView extends Omit<PeerBenchmark, 'peers'> {
  readonly workCategory: { readonly id: string; readonly label: string };
  readonly peers: readonly PeerView[];
  readonly hiddenPeers: number;
}

/**
 * Compares a stored project the actor may see with comparable projects of other units (funds,
 * unit costs, target levels; far-below targets become `ambition` findings). Peers of units the
 * actor may not see appear only in the distributions and as a count.
 */
export async function benchmarkVisibleProject(db: Db, actor: Actor, projectId: string): Promise<PeerBenchmarkView> {
  const stored = await loadVisibleProject(db, actor, projectId);
  const state = await loadLibraryState(db);
  const access = resolveLibraryAccess(actor, state);
  const subject = createCorpusProject({ id: stored.id, unitId: stored.unitId, status: stored.status, project: stored.project });
  const result = benchmarkPeers(subject, state.index, { library: state.library });
  const unitOf = new Map(result.peers.map((p) => [p.id, state.corpus[state.positionOf.get(p.id) ?? -1]?.unitId ?? '']));
  const peers: PeerView[] = [];
  let hiddenPeers = 0;
  for (const p of result.peers) {
    if (access.isUnitVisible(unitOf.get(p.id) ?? '')) peers.push({ ...p, hidden: false });
    else hiddenPeers++;
  }
  const work = classifyProjectWork(stored.project.name, stored.project.goals);
  return { ...result, peers, hiddenPeers, workCategory: { id: work.id, label: work.label } };
}
