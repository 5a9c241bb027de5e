import { useEffect, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DepartmentBudget, GenerationTemplateId } from '@jixiao/core';
import { previewDisclosure, type DisclosureView } from '../../api/disclosure-api';

/**
 * The generated tables and findings of the budget being edited: the saved view while nothing
 * changed, else the server's preview of the draft, 400 ms after the last keystroke (the previous
 * result stays on screen meanwhile).
 */
export function useLiveDisclosureView(id: string, template: GenerationTemplateId, budget: DepartmentBudget, dirty: boolean, saved: DisclosureView): { view: DisclosureView; updating: boolean } {
  const json = JSON.stringify(budget);
  const [debounced, setDebounced] = useState(json);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(json), 400);
    return () => clearTimeout(timer);
  }, [json]);
  const query = useQuery({
    queryKey: ['disclosure-preview', id, template, debounced],
    queryFn: () => previewDisclosure(id, template, JSON.parse(debounced) as DepartmentBudget),
    enabled: dirty,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  if (!dirty) return { view: saved, updating: false };
  return { view: query.data ?? saved, updating: query.isFetching || debounced !== json };
}
