import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { ConfigProvider } from 'antd';
import zhCNLocale from 'antd/es/locale/zh_CN';
import enUSLocale from 'antd/es/locale/en_US';
import { I18nContext, type I18n, type Language } from './i18n-context';
import { zhCN, type MessageKey } from './zh-CN';
import { en } from './en';
import { translate, type TranslateParams } from './translate';

const STORAGE_KEY = 'jixiao:language';

function readLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

/** Provides the UI language (zh-CN by default) to the app and to antd's ConfigProvider. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(readLanguage);
  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
    document.documentElement.lang = next;
  }, []);
  const value = useMemo<I18n>(() => {
    const messages = language === 'en' ? en : zhCN;
    return { language, setLanguage, t: (key: MessageKey, params?: TranslateParams) => translate(messages, key, params) };
  }, [language, setLanguage]);
  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider
        locale={language === 'en' ? enUSLocale : zhCNLocale}
        componentSize="small"
        button={{ autoInsertSpace: false }}
        theme={{ token: { borderRadius: 4, fontSize: 13 } }}
      >
        {children}
      </ConfigProvider>
    </I18nContext.Provider>
  );
}
