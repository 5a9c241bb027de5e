/** The DOM id of the input a finding's `location.field` points at (`indicators[3].target` → `ind-3-target`). */
export function fieldElementId(field: string): string {
  const ind = /^indicators\[(\d+)\](?:\.(\w+))?/.exec(field);
  if (ind) {
    const sub = ind[2] ?? 'name';
    const col = sub === 'target' || sub === 'targetText' ? 'target' : sub === 'weight' ? 'weight' : sub === 'description' ? 'description' : sub === 'basis' ? 'basis' : 'name';
    return `ind-${ind[1]}-${col}`;
  }
  const cat = /^category\.(\w+)/.exec(field);
  if (cat) return `cat-${cat[1]}-add`;
  const goal = /^goals(?:\[(\d+)\])?/.exec(field);
  if (goal) return `f-goals-${goal[1] ?? 0}`;
  if (field === 'funds') return 'f-funds-total';
  if (field.startsWith('funds.')) return `f-funds-${field.slice(6)}`;
  if (field.startsWith('spendingPlan')) return 'f-spending-3';
  if (field === 'indicators') return 'indicator-grid';
  return `f-${field}`;
}

/** Scrolls to and focuses the element of a field; returns false when it is not on the page. */
export function focusField(field: string): boolean {
  const el = document.getElementById(fieldElementId(field)) ?? document.getElementById('indicator-grid');
  if (!el) return false;
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  (el as HTMLElement).focus({ preventScroll: true });
  el.classList.remove('jx-flash');
  void el.offsetWidth;
  el.classList.add('jx-flash');
  return true;
}
