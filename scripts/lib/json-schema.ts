/**
 * JSON Schemas of the content collections, generated from the Zod schemas so
 * editors complete and check YAML files and frontmatter while authors type.
 * `npm run schemas:update` writes them to .vscode/schemas/; a test regenerates
 * them and fails when the committed files have fallen behind the Zod schemas.
 */
import { z } from 'astro/zod';
import { collections, type CollectionName } from '../../src/schemas/index.ts';

/** The schema for one entry of a collection, as an editor sees the file: dates and numbers as typed, before any conversion. */
export function collectionJsonSchema(name: CollectionName): Record<string, unknown> {
  const spec = collections[name];
  // `io: 'input'` describes what authors write; preprocessing (dates YAML reads as Date) has no JSON form, so it accepts anything there.
  const entry = z.toJSONSchema(spec.schema, { io: 'input', unrepresentable: 'any', target: 'draft-7' }) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = entry;
  const title = `iProcureNet Knowledge Factory: ${name}`;
  if (spec.kind === 'list')
    return {
      $schema,
      title,
      description: `A list of ${name} entries; see CONTRIBUTING.md.`,
      type: 'array',
      items: rest,
    };
  return { $schema, title, description: `One ${name} entry; see CONTRIBUTING.md.`, ...rest };
}

/** File name of a collection's schema under .vscode/schemas/. */
export const schemaFile = (name: CollectionName) => `${name}.schema.json`;

/**
 * Editor settings mapping content files to their schemas, for the YAML
 * extension (redhat.vscode-yaml). MDX frontmatter is checked by the Astro
 * extension from the same Zod schemas, which `astro sync` exports.
 */
export function vscodeYamlSchemas(): Record<string, string[]> {
  const mapping: Record<string, string[]> = {};
  for (const [name, spec] of Object.entries(collections) as [CollectionName, (typeof collections)[CollectionName]][]) {
    if (spec.kind === 'list') mapping[`./.vscode/schemas/${schemaFile(name)}`] = [`content/${spec.path}`];
    else if (spec.pattern.endsWith('.yaml'))
      mapping[`./.vscode/schemas/${schemaFile(name)}`] = [`content/${spec.path}/${spec.pattern}`];
  }
  return mapping;
}

/** Every generated file, path relative to the project root → its text. */
export function generatedSchemaFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of Object.keys(collections) as CollectionName[]) {
    files[`.vscode/schemas/${schemaFile(name)}`] = `${JSON.stringify(collectionJsonSchema(name), null, 2)}\n`;
  }
  return files;
}
