// Checks a FollowTheMoney JSON-lines file against the model of npm @alephdata/followthemoney:
// every schema exists and is not abstract, every property exists on its schema, values are
// strings of their property's type (dates, countries, numbers), every entity reference resolves
// to an entity of the file whose schema fits the property's range, and required properties are
// present. Prints {entities, schemata: {name: count}, errors: [...]} as JSON; exits 1 on errors.
// Usage: node check-ftm.mjs FILE. Run by the export tests (FtmExportIT).
import { readFileSync } from 'node:fs';
import { Model, defaultModel } from '@alephdata/followthemoney';

const file = process.argv[2];
if (!file) {
  console.error('usage: node check-ftm.mjs FILE');
  process.exit(2);
}
const model = new Model(defaultModel);
const errors = [];
const entities = new Map();
const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
lines.forEach((line, i) => {
  const raw = JSON.parse(line);
  if (entities.has(raw.id)) errors.push(`line ${i + 1}: duplicate id ${raw.id}`);
  entities.set(raw.id, raw);
});

const DATE = /^\d{4}(-\d{2}(-\d{2}(T[\d:.]+Z?)?)?)?$/;
for (const [id, raw] of entities) {
  let schema;
  try {
    schema = model.getSchema(raw.schema);
  } catch (e) {
    errors.push(`${id}: no schema ${raw.schema}`);
    continue;
  }
  if (schema.abstract) errors.push(`${id}: schema ${schema.name} is abstract`);
  for (const required of schema.required) {
    if (!raw.properties[required]?.length) errors.push(`${id}: ${schema.name} needs ${required}`);
  }
  for (const [name, values] of Object.entries(raw.properties)) {
    if (!schema.hasProperty(name)) {
      errors.push(`${id}: ${schema.name} has no property ${name}`);
      continue;
    }
    const property = schema.getProperty(name);
    if (!Array.isArray(values) || values.length === 0) errors.push(`${id}.${name}: not a list of values`);
    for (const value of values) {
      if (typeof value !== 'string') errors.push(`${id}.${name}: ${value} is not a string`);
      const type = property.type.name;
      if (type === 'entity') {
        const target = entities.get(value);
        if (!target) errors.push(`${id}.${name}: ${value} is not in the file`);
        else if (!model.getSchema(target.schema).isA(property.range)) {
          errors.push(`${id}.${name}: ${target.schema} is not a ${property.range?.name ?? property.range}`);
        }
      } else if (type === 'date' && !DATE.test(value)) {
        errors.push(`${id}.${name}: ${value} is not a date`);
      } else if (type === 'country' && !property.type.values.has(value)) {
        errors.push(`${id}.${name}: ${value} is not a country code`);
      } else if (type === 'number' && Number.isNaN(Number(value))) {
        errors.push(`${id}.${name}: ${value} is not a number`);
      }
    }
  }
  try {
    model.getEntity(raw); // the library's own constructor accepts it
  } catch (e) {
    errors.push(`${id}: ${e.message}`);
  }
}
const schemata = {};
for (const raw of entities.values()) schemata[raw.schema] = (schemata[raw.schema] ?? 0) + 1;
process.stdout.write(JSON.stringify({ entities: entities.size, schemata, errors }));
process.exit(errors.length ? 1 : 0);
