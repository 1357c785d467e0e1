// Reads a JUnit XML report, the one format every test runner can write (vitest, pytest, node:test, JUnit,
// xUnit, PHPUnit), for what a check's failures say. Only what the Testing view shows is read: each test case,
// and its failure or error message and details. Pure: the report's text in, plain values out.

export interface JUnitCase {
  name: string;
  /** Set when the case failed or errored. */
  failure?: { message: string; details: string };
  skipped: boolean;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (match, code: string) => {
    if (code[0] !== '#') return ENTITIES[code.toLowerCase()] ?? match;
    const point = code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return Number.isFinite(point) && point <= 0x10ffff ? String.fromCodePoint(point) : match;
  });
}

/** Text content: entities decoded, CDATA sections taken as they are. */
function decode(text: string): string {
  return text
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeEntities(part)))
    .join('');
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  // node:test's reporter before Node 24 escapes '"' twice, as &amp;quot;.
  return match ? decode((match[2] ?? match[3] ?? '').replaceAll('&amp;quot;', '&quot;')) : undefined;
}

/** A tag's attributes: a quoted value may hold a '>', which XML allows and node:test leaves unescaped. */
const ATTRIBUTES = `((?:[^>"']|"[^"]*"|'[^']*')*?)`;
const CASE = new RegExp(`<testcase\\b${ATTRIBUTES}(\\/>|>([\\s\\S]*?)<\\/testcase>)`, 'g');
const FAILURE = new RegExp(`<(failure|error)\\b${ATTRIBUTES}(\\/>|>([\\s\\S]*?)<\\/\\1>)`);

/** The test cases of a report, in order; an unreadable report has none. */
export function parseJUnit(xml: string): JUnitCase[] {
  const cases: JUnitCase[] = [];
  for (const match of xml.matchAll(CASE)) {
    const [, attributes = '', , body = ''] = match;
    const classname = attribute(attributes, 'classname');
    const name = attribute(attributes, 'name') ?? '(unnamed)';
    // node:test names every case's class "test", which says nothing.
    const useful = classname && classname !== 'test' && !name.startsWith(classname);
    const result: JUnitCase = { name: useful ? `${classname} › ${name}` : name, skipped: /<skipped\b/.test(body) };
    const failed = FAILURE.exec(body);
    if (failed) {
      const details = decode(failed[4] ?? '').trim();
      const message = attribute(failed[2] ?? '', 'message') ?? details.split('\n')[0] ?? '';
      result.failure = { message: message.trim() || 'failed', details };
    }
    cases.push(result);
  }
  return cases;
}
