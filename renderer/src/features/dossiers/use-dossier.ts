import { useEffect, useState } from 'react';
import type { BulletinSummary, Dossier } from '../../core/model';
import { getDossier, getSummaries } from '../../data';
import { useArchiveVersion } from '../../app/archive/ArchiveProvider';
import { errorMessage } from './errors';

export interface DossierState {
  /** Undefined while loading; null when the dossier does not exist or is deleted. */
  dossier: Dossier | null | undefined;
  /** Summaries of the dossier's items that still exist, keyed by id. */
  summaries: ReadonlyMap<string, BulletinSummary>;
  error: string | null;
}

/** Loads a dossier and its items' summaries, re-reading whenever the archive changes. */
export function useDossier(dossierId: string): DossierState {
  const version = useArchiveVersion();
  const [state, setState] = useState<DossierState>({ dossier: undefined, summaries: new Map(), error: null });

  useEffect(() => {
    let live = true;
    (async () => {
      const dossier = await getDossier(dossierId);
      if (!dossier || dossier.deletedAt !== null) return { dossier: null, summaries: new Map<string, BulletinSummary>(), error: null };
      const rows = await getSummaries(dossier.items);
      return { dossier, summaries: new Map(rows.map((row) => [row.id, row])), error: null };
    })().then(
      (next) => live && setState(next),
      (caught: unknown) => live && setState((prev) => ({ ...prev, error: errorMessage(caught) })),
    );
    return () => {
      live = false;
    };
  }, [dossierId, version]);

  return state;
}
