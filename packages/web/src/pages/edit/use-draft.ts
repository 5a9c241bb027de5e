import { useCallback, useEffect, useState } from 'react';
import type { Project } from '@jixiao/core';

export interface StoredDraft {
  readonly project: Project;
  readonly savedAt: string;
}

const keyOf = (id: string, version: number) => `jixiao:draft:${id}:${version}`;

function read(key: string): StoredDraft | null {
  try {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as StoredDraft) : null;
  } catch {
    return null;
  }
}

/**
 * Unsaved edits kept in localStorage, keyed by project id + the version they were made on, so they
 * survive a reload and are offered back when the project opens at that version.
 */
export function useDraft(id: string, version: number | null, project: Project | null, dirty: boolean) {
  const [offered, setOffered] = useState<StoredDraft | null>(null);
  const [checkedVersion, setCheckedVersion] = useState<number | null>(null);

  useEffect(() => {
    if (version === null || checkedVersion === version) return;
    setCheckedVersion(version);
    setOffered(read(keyOf(id, version)));
  }, [id, version, checkedVersion]);

  useEffect(() => {
    if (version === null || !project || !dirty || offered) return;
    const timer = setTimeout(() => {
      try {
        localStorage.setItem(keyOf(id, version), JSON.stringify({ project, savedAt: new Date().toISOString() } satisfies StoredDraft));
      } catch {
        /* storage full or disabled: the draft is only lost on reload */
      }
    }, 300);
    return () => clearTimeout(timer);
  }, [id, version, project, dirty, offered]);

  const clear = useCallback(
    (v: number | null = version) => {
      if (v !== null) localStorage.removeItem(keyOf(id, v));
      setOffered(null);
    },
    [id, version],
  );
  const dismiss = useCallback(() => setOffered(null), []);

  return { offered, clear, dismiss };
}
