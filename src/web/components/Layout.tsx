import { type ReactNode, useState } from 'react';
import { Link } from 'wouter';
import { saveTheme, storedTheme, type Theme } from '../hooks/theme.ts';
import { useMe } from '../hooks/useMe.ts';
import { useLang, useT } from '../i18n.tsx';
import { SearchBox } from './SearchBox.tsx';

export function Layout({ children }: { children: ReactNode }) {
  const [theme, setTheme] = useState<Theme>(storedTheme);
  const [lang, setLang] = useLang();
  const t = useT();
  const me = useMe();
  const toggle = () => {
    const next = theme === 'dark' ? 'light' : 'dark';
    saveTheme(next);
    setTheme(next);
  };
  return (
    <>
      <header className="topbar">
        <div className="topbar-inner">
          <Link href="/" className="brand">
            {t('AIGC 面试训练营', 'AIGC Interview')}
          </Link>
          <nav className="nav">
            <Link href="/outline">{t('大纲', 'Outline')}</Link>
            <Link href="/plan">{t('计划', 'Plan')}</Link>
            <Link href="/review">{t('复习', 'Review')}</Link>
            <Link href="/interview">{t('模拟面试', 'Mock interview')}</Link>
            <Link href="/mistakes">{t('错题本', 'Mistakes')}</Link>
            <Link href="/progress">{t('进度', 'Progress')}</Link>
            <Link href="/labs">{t('实验室', 'Labs')}</Link>
            <Link href="/reports">{t('面经', 'Reports')}</Link>
            <Link href="/notes">{t('笔记', 'Notes')}</Link>
            <Link href="/glossary">{t('术语表', 'Glossary')}</Link>
            <Link href="/bookmarks">{t('收藏', 'Bookmarks')}</Link>
          </nav>
          <SearchBox />
          {me.status === 'anonymous' && (
            <Link href="/login" className="account-link" data-testid="login-link">
              {t('登录', 'Log in')}
            </Link>
          )}
          {me.status === 'known' && (
            <Link href="/account" className="account-link" data-testid="account-link">
              {me.me.mode === 'account' ? me.me.username : t('账户', 'Account')}
            </Link>
          )}
          <button
            type="button"
            className="icon-button lang-toggle"
            onClick={() => setLang(lang === 'en' ? 'zh' : 'en')}
            aria-label={
              lang === 'en' ? '切换到中文 · Switch to Chinese' : 'Switch to English · 切换到英文'
            }
            title={lang === 'en' ? '中文界面' : 'English interface'}
            data-testid="lang-toggle"
          >
            {lang === 'en' ? <span lang="zh-CN">中文</span> : <span lang="en">EN</span>}
          </button>
          <button
            type="button"
            className="icon-button"
            onClick={toggle}
            aria-label={
              theme === 'dark'
                ? t('切换到浅色主题', 'Switch to the light theme')
                : t('切换到深色主题', 'Switch to the dark theme')
            }
            title={theme === 'dark' ? t('浅色主题', 'Light theme') : t('深色主题', 'Dark theme')}
            data-testid="theme-toggle"
          >
            {theme === 'dark' ? '☀' : '☾'}
          </button>
        </div>
      </header>
      <main className="page">{children}</main>
      <footer className="footer">
        {t(
          '题库内容随大纲持续补充 · 答案以 ',
          'The bank grows with the outline · answers are current as of their ',
        )}
        <code>as_of</code>
        {t(
          ' 日期为准 · 数据仅存于本机或你的服务器 · ',
          ' date · your data stays on this machine or your own server · ',
        )}
        <Link href="/export">
          {t('导出（Anki、Markdown、速记卡）', 'Export (Anki, Markdown, cheat sheets)')}
        </Link>{' '}
        · <Link href="/api-docs">HTTP API</Link>
      </footer>
    </>
  );
}
