/**
 * The interface language: Chinese (default) or English, the user's choice in localStorage.
 * Translations are written in pairs where they are used, `t('复习', 'Review')`, so that each
 * English string sits next to its Chinese. Question content stays Chinese (marked lang="zh-CN").
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';

export type Lang = 'zh' | 'en';
const KEY = 'aigc-lang';

function stored(): Lang {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

let current: Lang = stored();

function apply(lang: Lang): void {
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  document.title = lang === 'en' ? 'AIGC Interview' : 'AIGC 面试训练营';
}

/** The language outside React (the API client's messages). */
export function currentLang(): Lang {
  return current;
}

/** A translation outside React; inside components use `useT()` so that they re-render on a switch. */
export function tr(zh: string, en: string): string {
  return current === 'en' ? en : zh;
}

const LangContext = createContext<[Lang, (lang: Lang) => void]>(['zh', () => {}]);

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(current);
  const setLang = useCallback((next: Lang) => {
    current = next;
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
    setLangState(next);
  }, []);
  useEffect(() => apply(lang), [lang]);
  return <LangContext.Provider value={[lang, setLang]}>{children}</LangContext.Provider>;
}

export function useLang(): [Lang, (lang: Lang) => void] {
  return useContext(LangContext);
}

export type T = (zh: string, en: string) => string;

/** `t(zh, en)`: the string in the current language. */
export function useT(): T {
  const [lang] = useLang();
  return useCallback((zh: string, en: string) => (lang === 'en' ? en : zh), [lang]);
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Whether a text has Chinese characters (content shown as is in both languages). */
export function hasHan(text: string | null | undefined): boolean {
  return !!text && HAN.test(text);
}

/** `lang="zh-CN"` for an element whose text is Chinese content (none when it has no Chinese). */
export function zhIf(text: string | null | undefined): { lang?: string } {
  return hasHan(text) ? { lang: 'zh-CN' } : {};
}
