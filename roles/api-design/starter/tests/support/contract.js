// Checks real HTTP responses against openapi.yaml, independently of the validator the server uses:
// documented status, media type, body schema and headers. It also records which documented responses
// were seen, so a test can fail when part of the description is never exercised.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const SCHEMAS_ID = 'urn:openapi:schemas';

export class Contract {
  /** @param {string} specPath */
  constructor(specPath) {
    // Point schema $refs at a standalone schema bundle; response, header and parameter $refs are followed by deref().
    const text = readFileSync(specPath, 'utf8');
    this.doc = JSON.parse(JSON.stringify(parse(text)).replaceAll('"#/components/schemas/', `"${SCHEMAS_ID}#/$defs/`));
    this.basePath = new URL(this.doc.servers[0].url, 'http://localhost').pathname.replace(/\/$/, '');

    this.ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(this.ajv);
    this.ajv.addVocabulary(['example', 'discriminator', 'xml', 'externalDocs']); // OpenAPI's keywords
    this.ajv.addSchema({ $id: SCHEMAS_ID, $defs: this.doc.components.schemas });

    /** @type {{ method: string, template: string, pattern: RegExp, operation: any }[]} */
    this.operations = [];
    for (const [template, pathItem] of Object.entries(this.doc.paths)) {
      const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
      for (const method of ['get', 'put', 'post', 'patch', 'delete']) {
        if (pathItem[method]) this.operations.push({ method, template, pattern, operation: pathItem[method] });
      }
    }
    /** @type {Set<string>} "operationId status" pairs seen so far */
    this.seen = new Set();
  }

  /**
   * Asserts that a response is one the description allows for this request, and returns its parsed body.
   * @param {string} method
   * @param {string} url the request URL
   * @param {Response} response
   * @param {string} text the response body
   */
  check(method, url, response, text) {
    const { pathname } = new URL(url);
    assert.ok(pathname.startsWith(`${this.basePath}/`), `${pathname} is outside the API's base path ${this.basePath}`);
    const path = pathname.slice(this.basePath.length);
    const op = this.operations.find((o) => o.method === method.toLowerCase() && o.pattern.test(path));
    assert.ok(op, `${method} ${path} is not in the description`);

    const where = `${op.operation.operationId} ${response.status}`;
    const documented = op.operation.responses[response.status];
    assert.ok(documented, `${where}: status ${response.status} is not documented (body: ${text})`);
    const spec = this.deref(documented);
    this.seen.add(where);

    for (const [name, header] of Object.entries(spec.headers ?? {}).map(([n, h]) => [n, this.deref(h)])) {
      const value = response.headers.get(name);
      if (value === null) {
        assert.ok(!header.required, `${where}: required header ${name} is missing`);
        continue;
      }
      const typed = ['integer', 'number'].includes(header.schema?.type) && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
      this.assertValid(header.schema, typed, `${where}: header ${name}`);
    }

    if (!spec.content) {
      assert.equal(text, '', `${where}: documented without a body, but one was sent`);
      return undefined;
    }
    const mediaType = response.headers.get('content-type')?.split(';')[0]?.trim();
    const content = mediaType && spec.content[mediaType];
    assert.ok(content, `${where}: content type ${mediaType} is not one of ${Object.keys(spec.content).join(', ')}`);
    const body = JSON.parse(text);
    this.assertValid(content.schema, body, `${where}: body`);
    return body;
  }

  /** Documented responses that no checked response has matched yet. */
  unexercised() {
    return this.operations.flatMap(({ operation }) =>
      Object.keys(operation.responses)
        .map((status) => `${operation.operationId} ${status}`)
        .filter((key) => !this.seen.has(key)),
    );
  }

  assertValid(schema, value, what) {
    const validate = this.ajv.compile(schema);
    assert.ok(validate(value), `${what} does not match the description: ${this.ajv.errorsText(validate.errors)}\n${JSON.stringify(value)}`);
  }

  deref(object) {
    let current = object;
    while (current?.$ref) {
      current = current.$ref
        .slice(2)
        .split('/')
        .reduce((node, key) => node[key.replaceAll('~1', '/').replaceAll('~0', '~')], this.doc);
    }
    return current;
  }
}
