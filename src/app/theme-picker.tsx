import type { Theme } from '../store/saved-state';
import { THEMES } from '../store/saved-limits';
import { useAppStore } from '../store/store-context';

const THEME_LABELS: Readonly<Record<Theme, string>> = {
  system: 'Same as my system',
  light: 'Light',
  dark: 'Dark',
  contrast: 'High contrast',
};

/** Light, dark or high contrast; by default the system's choice. Remembered with the settings. */
export function ThemePicker() {
  const theme = useAppStore((state) => state.settings.theme);
  const setTheme = useAppStore((state) => state.setTheme);
  return (
    <div className="field field--inline theme-picker">
      <label htmlFor="theme-picker">Theme</label>
      <select
        id="theme-picker"
        value={theme}
        onChange={(event) => {
          const next = THEMES.find((each) => each === event.target.value);
          if (next) setTheme(next);
        }}
      >
        {THEMES.map((each) => (
          <option key={each} value={each}>
            {THEME_LABELS[each]}
          </option>
        ))}
      </select>
    </div>
  );
}
