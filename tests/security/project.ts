import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A small project in a new temp folder: config, empty glossary, and for each slug an English
 * and a Russian document with one paragraph (and `content/en/images/ok.png`).
 */
export function smallProject(slugs: readonly string[] = ['a', 'b'], extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'diglot-sec-'));
  writeFileSync(join(dir, 'diglot.config.yaml'), 'sourceLanguage: en\ntargetLanguages: [ru]\n');
  mkdirSync(join(dir, 'glossary'));
  mkdirSync(join(dir, 'content', 'en', 'images'), { recursive: true });
  mkdirSync(join(dir, 'content', 'ru'), { recursive: true });
  writeFileSync(join(dir, 'content', 'en', 'images', 'ok.png'), 'PNG-bytes');
  for (const slug of slugs) {
    writeFileSync(join(dir, 'content', 'en', `${slug}.md`), `# Title ${slug}\n\nThe talks began in 1933. They ended soon.\n`);
    writeFileSync(join(dir, 'content', 'ru', `${slug}.md`), `# Заголовок ${slug}\n\nПереговоры начались в 1933 году. Они скоро закончились.\n`);
  }
  for (const [file, text] of Object.entries(extra)) writeFileSync(join(dir, file), text);
  return dir;
}
