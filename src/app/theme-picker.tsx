import type { Theme } from '../store/saved-state';
import { useAppStore } from '../store/store-context';

const THEMES: readonly { value: Theme; label: string }[] = [
  { value: 'system', label: 'Same as my system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'contrast', label: 'High contrast' },
];

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
          const next = THEMES.find((each) => each.value === event.target.value);
          if (next) setTheme(next.value);
        }}
      >
        {THEMES.map((each) => (
          <option key={each.value} value={each.value}>
            {each.label}
          </option>
        ))}
      </select>
    </div>
  );
}
