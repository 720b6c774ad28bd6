// Runs before the app renders so that the page never flashes the wrong theme (or language).
import { applyTheme, storedTheme } from './hooks/theme.ts';

applyTheme(storedTheme());
// The interface language (i18n.tsx keeps it under the same key).
if (localStorage.getItem('aigc-lang') === 'en') {
  document.documentElement.lang = 'en';
  document.title = 'AIGC Interview';
}
