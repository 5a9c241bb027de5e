import { useEffect, useState } from 'react';
import { Input } from 'antd';
import { fenToWanInput, wanInputToFen } from '../../format/format-money';
import { useI18n } from '../../i18n/i18n-context';

/** A 万元 input converting exactly to integer fen (decimalToFen); keeps the typed text while editing. */
export function MoneyField({ id, fen, onChange, readOnly }: { id: string; fen: number | null; onChange: (fen: number | null) => void; readOnly: boolean }) {
  const { t } = useI18n();
  const [text, setText] = useState(() => fenToWanInput(fen));
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused) setText(fenToWanInput(fen));
  }, [fen, focused]);
  const parsed = wanInputToFen(text);
  const bad = parsed === undefined;
  return (
    <>
      <Input
        id={id}
        className="num"
        inputMode="decimal"
        value={text}
        readOnly={readOnly}
        variant={readOnly ? 'borderless' : 'outlined'}
        status={bad ? 'error' : undefined}
        suffix="万元"
        aria-invalid={bad}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          if (!bad) setText(fenToWanInput(parsed ?? null));
        }}
        onChange={(e) => {
          setText(e.target.value);
          const v = wanInputToFen(e.target.value);
          if (v !== undefined) onChange(v);
        }}
      />
      {bad && <div className="jx-hint jx-hint-bad">{t('edit.funds.badNumber')}</div>}
    </>
  );
}
