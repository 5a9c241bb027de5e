import type { Messages, MessageKey } from './zh-CN';

export type TranslateParams = Readonly<Record<string, string | number>>;

/** Looks a key up in a catalogue and fills `{name}` placeholders. */
export function translate(messages: Messages, key: MessageKey, params?: TranslateParams): string {
  const text = messages[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
