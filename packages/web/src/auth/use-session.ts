import { useQuery } from '@tanstack/react-query';
import { getSession } from '../api/get-session';
import type { Session } from '../api/api-types';

export const SESSION_KEY = ['session'] as const;

/** The logged-in session (null when logged out), cached by react-query. */
export function useSession(): { session: Session | null; loading: boolean; error: unknown } {
  const q = useQuery({ queryKey: SESSION_KEY, queryFn: getSession, staleTime: 5 * 60_000, retry: false });
  return { session: q.data ?? null, loading: q.isPending, error: q.error };
}
