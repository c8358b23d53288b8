import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectionJsonSchema, generatedSchemaFiles, vscodeYamlSchemas } from '../../scripts/lib/json-schema.ts';

const root = process.cwd();

describe('JSON Schemas for editors', () => {
  it.each(Object.entries(generatedSchemaFiles()))(
    '%s is committed as generated from the Zod schemas (run npm run schemas:update)',
    (file, text) => {
      expect(readFileSync(join(root, file), 'utf8')).toBe(text);
    },
  );

  it('maps every YAML content file to its schema in .vscode/settings.json', () => {
    const settings = JSON.parse(readFileSync(join(root, '.vscode/settings.json'), 'utf8')) as Record<string, unknown>;
    expect(settings['yaml.schemas']).toEqual(vscodeYamlSchemas());
    expect(vscodeYamlSchemas()['./.vscode/schemas/contacts.schema.json']).toEqual(['content/contacts/*.yaml']);
  });

  it('lists the allowed values of an enum field, so the editor can complete them', () => {
    const schema = collectionJsonSchema('examples') as { properties: Record<string, { enum?: string[] }> };
    expect(schema.properties['status']?.enum).toEqual(['completed', 'ongoing', 'planned', 'discontinued']);
  });

  it('marks required fields and forbids unknown ones, as the strict Zod objects do', () => {
    const schema = collectionJsonSchema('contacts') as { required: string[]; additionalProperties: boolean };
    expect(schema.required).toContain('email');
    expect(schema.additionalProperties).toBe(false);
  });

  it('describes a list file as an array of entries', () => {
    const schema = collectionJsonSchema('glossary') as { type: string; items: { required: string[] } };
    expect(schema.type).toBe('array');
    expect(schema.items.required).toContain('definition');
  });
});
