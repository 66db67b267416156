import type { MessageKey, Messages } from './nb.ts';

export type TranslateVars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: TranslateVars) => string;

/** Fills {placeholders}; an unknown placeholder stays visible so the gap is noticed in review. */
export function translate(messages: Messages, key: MessageKey, vars?: TranslateVars): string {
  const template = messages[key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = vars[name];
    return value === undefined ? match : String(value);
  });
}
