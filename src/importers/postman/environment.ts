import { InputError } from '../../errors.js';
import { variablesByName } from '../../model/placeholders.js';
import { expectObject, isObject, scalarText } from '../json.js';

const EXPECTED =
  'expected a JSON object of variable values ({"baseUrl": "https://api.example.com"}) or a Postman environment export ({"name": ..., "values": [{"key", "value", "enabled"}]})';

/**
 * Variable values for `{{placeholders}}` from a parsed variables file (`source` names it in errors):
 * a plain object of strings (numbers and booleans stand for their text), or a Postman environment
 * or globals export, whose disabled and blank entries are left out.
 */
export function loadVariables(json: unknown, source: string): Record<string, string> {
  if (!isObject(json)) throw new InputError(`${source}: ${EXPECTED}`);
  // The Postman API wraps an environment as {"environment": {...}}.
  const environment = isObject(json['environment']) && Array.isArray(json['environment']['values']) ? json['environment'] : json;
  if (Array.isArray(environment['values'])) return postmanEnvironment(environment['values'], source);

  const variables = variablesByName();
  for (const [key, value] of Object.entries(json)) {
    const text = scalarText(value);
    if (text === undefined) throw new InputError(`${source}: variable "${key}" must be a string, number or boolean; ${EXPECTED}`);
    variables[key] = text;
  }
  return variables;
}

function postmanEnvironment(values: unknown[], source: string): Record<string, string> {
  const variables = variablesByName();
  values.forEach((value, index) => {
    const entry = expectObject(value, `${source}: values[${index}]`);
    const key = scalarText(entry['key']);
    if (key === undefined) throw new InputError(`${source}: values[${index}]: expected a "key" (the variable name)`);
    const text = scalarText(entry['value']) ?? '';
    // Postman exports secrets and unset values blank; those stay {{placeholders}} rather than become ''.
    if (entry['enabled'] !== false && text !== '') variables[key] = text;
  });
  return variables;
}
