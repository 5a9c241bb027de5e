import { useEffect, useState } from 'react';
import { Input } from 'antd';
import { decimalToFen, formatYuan } from '@jixiao/core';

/** Fen → the text a 元 input shows ("1234.50"), or "" for null. */
export function fenToYuanInput(fen: number | null): string {
  return fen === null ? '' : formatYuan(fen, { separators: false });
}

/** 元 text → fen, exact; undefined when not a number (more than two decimals too), null when empty. */
export function yuanInputToFen(text: string): number | null | undefined {
  const cleaned = text.trim().replace(/元$/, '');
  if (cleaned === '') return null;
  if (/\.\d{3,}$/.test(cleaned.replace(/[,，\s]/g, ''))) return undefined;
  const fen = decimalToFen(cleaned, 'yuan');
  return fen === null ? undefined : fen;
}

export interface YuanFieldProps {
  readonly fen: number | null;
  readonly onChange: (fen: number | null) => void;
  readonly readOnly: boolean;
  readonly label: string;
  readonly invalidText: string;
}

/** A compact 元 input (amounts in 元 at the edge, integer fen inside); keeps the typed text while focused. */
export function YuanField({ fen, onChange, readOnly, label, invalidText }: YuanFieldProps) {
  const [text, setText] = useState(() => fenToYuanInput(fen));
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused) setText(fenToYuanInput(fen));
  }, [fen, focused]);
  const bad = yuanInputToFen(text) === undefined;
  return (
    <Input
      size="small"
      className="num"
      inputMode="decimal"
      aria-label={label}
      title={bad ? invalidText : undefined}
      value={text}
      readOnly={readOnly}
      variant={readOnly ? 'borderless' : 'outlined'}
      status={bad ? 'error' : undefined}
      aria-invalid={bad}
      onFocus={() => setFocused(true)}
      onBlur={() => {
        setFocused(false);
        const parsed = yuanInputToFen(text);
        if (parsed !== undefined) setText(fenToYuanInput(parsed));
      }}
      onChange={(e) => {
        setText(e.target.value);
        const v = yuanInputToFen(e.target.value);
        if (v !== undefined) onChange(v);
      }}
    />
  );
}
