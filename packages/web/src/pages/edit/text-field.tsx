import { Input } from 'antd';

/** A labelled-by-id text input for a nullable string field (empty → null). */
export function TextField({ id, value, onChange, readOnly, placeholder }: { id: string; value: string | null; onChange: (v: string | null) => void; readOnly: boolean; placeholder?: string }) {
  return <Input id={id} value={value ?? ''} readOnly={readOnly} placeholder={placeholder} variant={readOnly ? 'borderless' : 'outlined'} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)} />;
}
