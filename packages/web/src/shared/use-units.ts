import { useQuery } from '@tanstack/react-query';
import { listUnits } from '../api/list-units';
import type { Unit } from '../api/api-types';

/** The unit list (cached). */
export function useUnits(): Unit[] {
  const q = useQuery({ queryKey: ['units'], queryFn: listUnits, staleTime: 60_000 });
  return q.data ?? [];
}
