// Runs before the app renders so that the page never flashes the wrong theme.
import { applyTheme, storedTheme } from './hooks/theme.ts';

applyTheme(storedTheme());
