import { useEffect, useRef } from 'react';
import type { ImportLine } from '../../api/api-types';
import { useI18n } from '../../i18n/i18n-context';

/** The source document line by line; unplaced lines highlighted, the selected line scrolled into view. */
export function SourceLines({ lines, selected, onlyUnplaced }: { lines: readonly ImportLine[]; selected: number | null; onlyUnplaced: boolean }) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (selected == null) return;
    box.current?.querySelector(`[data-line="${selected}"]`)?.scrollIntoView({ block: 'center' });
  }, [selected]);
  const shown = onlyUnplaced ? lines.filter((l) => l.status === 'unplaced') : lines;
  return (
    <div className="jx-lines" ref={box} data-testid="source-lines" role="list">
      {shown.map((l, i) => (
        <div
          key={`${l.line ?? l.cell ?? ''}-${i}`}
          role="listitem"
          data-line={l.line ?? undefined}
          data-status={l.status}
          className={['jx-line', l.status === 'unplaced' ? 'jx-line-unplaced' : '', l.status === 'boilerplate' ? 'jx-line-boilerplate' : '', l.line === selected ? 'jx-line-target' : ''].join(' ')}
          title={l.status === 'unplaced' && l.line != null ? t('import.line', { line: l.line }) : undefined}
        >
          <span className="jx-line-no">{l.line ?? l.cell ?? ''}</span>
          <span>{l.text || ' '}</span>
        </div>
      ))}
    </div>
  );
}
