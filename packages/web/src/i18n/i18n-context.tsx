import { createContext, useContext } from 'react';
import type { MessageKey } from './zh-CN';
import type { TranslateParams } from './translate';

export type Language = 'zh-CN' | 'en';

export interface I18n {
  readonly language: Language;
  readonly setLanguage: (language: Language) => void;
  readonly t: (key: MessageKey, params?: TranslateParams) => string;
}

export const I18nContext = createContext<I18n | null>(null);

/** The current language and its translate function. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
