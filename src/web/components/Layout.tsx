import { type ReactNode, useState } from 'react';
import { Link } from 'wouter';
import { saveTheme, storedTheme, type Theme } from '../hooks/theme.ts';
import { useMe } from '../hooks/useMe.ts';
import { SearchBox } from './SearchBox.tsx';

export function Layout({ children }: { children: ReactNode }) {
  const [theme, setTheme] = useState<Theme>(storedTheme);
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
            AIGC 面试训练营
          </Link>
          <nav className="nav">
            <Link href="/outline">大纲</Link>
            <Link href="/plan">计划</Link>
            <Link href="/review">复习</Link>
            <Link href="/interview">模拟面试</Link>
            <Link href="/mistakes">错题本</Link>
            <Link href="/progress">进度</Link>
            <Link href="/labs">实验室</Link>
            <Link href="/reports">面经</Link>
            <Link href="/notes">笔记</Link>
            <Link href="/glossary">术语表</Link>
            <Link href="/bookmarks">收藏</Link>
          </nav>
          <SearchBox />
          {me.status === 'anonymous' && (
            <Link href="/login" className="account-link" data-testid="login-link">
              登录
            </Link>
          )}
          {me.status === 'known' && (
            <Link href="/account" className="account-link" data-testid="account-link">
              {me.me.mode === 'account' ? me.me.username : '账户'}
            </Link>
          )}
          <button
            type="button"
            className="icon-button"
            onClick={toggle}
            aria-label={theme === 'dark' ? '切换到浅色主题' : '切换到深色主题'}
            title={theme === 'dark' ? '浅色主题' : '深色主题'}
            data-testid="theme-toggle"
          >
            {theme === 'dark' ? '☀' : '☾'}
          </button>
        </div>
      </header>
      <main className="page">{children}</main>
      <footer className="footer">
        题库内容随大纲持续补充 · 答案以 <code>as_of</code> 日期为准 · 数据仅存于本机或你的服务器 ·{' '}
        <Link href="/export">导出（Anki、Markdown、速记卡）</Link> ·{' '}
        <Link href="/api-docs">HTTP API</Link>
      </footer>
    </>
  );
}
