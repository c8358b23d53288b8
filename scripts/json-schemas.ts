/**
 * `npm run schemas:update`: regenerates .vscode/schemas/*.schema.json from the
 * Zod schemas and maps the YAML content files to them in .vscode/settings.json
 * (other settings there are kept). Run it after changing a schema in src/schemas/.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generatedSchemaFiles, vscodeYamlSchemas } from './lib/json-schema.ts';

for (const [file, text] of Object.entries(generatedSchemaFiles())) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
const settingsFile = '.vscode/settings.json';
const settings = existsSync(settingsFile)
  ? (JSON.parse(readFileSync(settingsFile, 'utf8')) as Record<string, unknown>)
  : {};
settings['yaml.schemas'] = vscodeYamlSchemas();
// Frontmatter completion in .mdx files comes from the Astro extension, fed by the same Zod schemas.
settings['astro.content-intellisense'] = true;
writeFileSync(settingsFile, `${JSON.stringify(settings, null, 2)}\n`);
console.log(`wrote ${settingsFile}`);
