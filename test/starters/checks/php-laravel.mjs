// php-laravel: Laravel 12 + Sanctum starter. Packagist is out of reach here, so nothing is installed or run;
// instead every PHP file is linted with Debian's `php -l`, and PHP's own tokenizer reads the code to check what a
// missing `composer install` would otherwise hide: PSR-4 paths and namespaces, every class the project names
// (imports, extends, new, X::class, type hints) exists in the project or in PHP or in a package composer.json
// requires, imports are used, routes point at real controller methods, policies have the abilities asked for,
// models have factories and tables. Plus composer.json and phpunit.xml (well-formed XML, SQLite in memory, test
// folders that hold tests, the exercise checks in a suite of their own that the default run leaves out).
// The exercise checks (tests/Exercises, PHPUnit) get the same checks, and so does the project once every reference
// solution is applied. With BP_PROVE_EXERCISES=1, on a machine with Composer and Packagist, it also runs
// `composer install` and proves each check for real: it fails on the fresh project and passes with its solution.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { applySolution, proveExercises, readManifest } from '../exercises.mjs';
import { checkExercises, checkNoTemplateVariables, checkNotShipped, checkRequiredFiles, listFiles, run } from '../lib.mjs';

// The proof runs the real thing: Composer, and the PHP extensions Laravel and its SQLite tests need.
export const debianPackages =
  process.env.BP_PROVE_EXERCISES === '1'
    ? ['php-cli', 'php-curl', 'php-mbstring', 'php-sqlite3', 'php-xml', 'composer', 'unzip']
    : ['php-cli'];

// Root namespaces of third-party code the starter may use, and the composer package that must bring them.
const VENDOR_ROOTS = {
  Illuminate: 'laravel/framework',
  Symfony: 'laravel/framework',
  Carbon: 'laravel/framework',
  Laravel: null, // per package, below
  Faker: 'fakerphp/faker',
  Mockery: 'mockery/mockery',
  PHPUnit: 'phpunit/phpunit',
};
const LARAVEL_PACKAGES = { Sanctum: 'laravel/sanctum', Tinker: 'laravel/tinker' };

// Reads PHP files with token_get_all (PHP's own lexer) and prints, per file, its namespace, imports,
// declarations, methods, used traits and every class name it refers to, resolved to a fully qualified name.
const ANALYZER = String.raw`<?php
$pseudo = ['int','float','string','bool','array','object','callable','iterable','void','mixed','never',
    'null','false','true','self','static','parent','resource'];
$result = [];
foreach (array_slice($argv, 1) as $file) {
    $code = file_get_contents($file);
    $all = token_get_all($code, TOKEN_PARSE);
    $t = [];
    foreach ($all as $tok) {
        if (is_array($tok) && in_array($tok[0], [T_WHITESPACE, T_COMMENT, T_DOC_COMMENT, T_OPEN_TAG, T_INLINE_HTML], true)) continue;
        $t[] = is_array($tok) ? ['id' => $tok[0], 'text' => $tok[1], 'line' => $tok[2]] : ['id' => $tok, 'text' => $tok, 'line' => 0];
    }
    $ns = ''; $imports = []; $decls = []; $refs = []; $methods = []; $traits = []; $extends = [];
    $depth = 0; $classStack = []; $pendingClass = null;
    $isName = fn ($x) => $x !== null && in_array($x['id'], [T_STRING, T_NAME_QUALIFIED, T_NAME_FULLY_QUALIFIED, T_NAME_RELATIVE], true);
    $resolve = function ($tok) use (&$ns, &$imports) {
        $text = $tok['text'];
        if ($tok['id'] === T_NAME_FULLY_QUALIFIED) return ltrim($text, '\\');
        if ($tok['id'] === T_NAME_RELATIVE) return ltrim(($ns === '' ? '' : $ns.'\\').substr($text, strlen('namespace\\')), '\\');
        $parts = explode('\\', $text);
        $first = strtolower($parts[0]);
        if (isset($imports[$first])) { $parts[0] = $imports[$first]; return implode('\\', $parts); }
        return ($ns === '' ? '' : $ns.'\\').$text;
    };
    $ref = function ($tok, $kind) use (&$refs, $resolve, $pseudo) {
        if ($tok['id'] === T_STRING && in_array(strtolower($tok['text']), $pseudo, true)) return;
        $refs[] = ['name' => $resolve($tok), 'line' => $tok['line'], 'kind' => $kind];
    };
    $n = count($t);
    for ($i = 0; $i < $n; $i++) {
        $tok = $t[$i]; $prev = $t[$i - 1] ?? null; $next = $t[$i + 1] ?? null;
        $id = $tok['id'];
        if ($id === '{' || $id === T_CURLY_OPEN || $id === T_DOLLAR_OPEN_CURLY_BRACES) {
            $depth++;
            if ($pendingClass !== null) { $classStack[] = [$pendingClass, $depth]; $methods[$pendingClass] ??= []; $traits[$pendingClass] ??= []; $pendingClass = null; }
            continue;
        }
        if ($id === '}') {
            if ($classStack && end($classStack)[1] === $depth) array_pop($classStack);
            $depth--;
            continue;
        }
        $current = $classStack ? end($classStack)[0] : null;
        $inClassBody = $classStack && end($classStack)[1] === $depth;
        if ($id === T_NAMESPACE && $isName($next)) { $ns = $next['text']; $i++; continue; }
        if ($id === T_USE && $depth === 0 && $next['id'] !== '(') {
            $j = $i + 1;
            if ($t[$j]['id'] === T_FUNCTION || $t[$j]['id'] === T_CONST) { while ($t[$j]['id'] !== ';') $j++; $i = $j; continue; }
            while ($t[$j]['id'] !== ';') {
                if ($isName($t[$j])) {
                    $full = ltrim($t[$j]['text'], '\\');
                    $alias = substr(strrchr('\\'.$full, '\\'), 1);
                    if (($t[$j + 1]['id'] ?? null) === T_AS) { $alias = $t[$j + 2]['text']; $j += 2; }
                    $imports[strtolower($alias)] = $full;
                    $refs[] = ['name' => $full, 'line' => $t[$j]['line'], 'kind' => 'use', 'alias' => $alias];
                }
                $j++;
            }
            $i = $j; continue;
        }
        if ($id === T_USE && $inClassBody) {
            $j = $i + 1;
            while (!in_array($t[$j]['id'], [';', '{'], true)) {
                if ($isName($t[$j])) { $traits[$current][] = $resolve($t[$j]); $ref($t[$j], 'trait'); }
                $j++;
            }
            $i = $j - 1; continue;
        }
        if (in_array($id, [T_CLASS, T_INTERFACE, T_TRAIT, T_ENUM], true)) {
            if ($prev && $prev['id'] === T_DOUBLE_COLON) continue; // X::class
            $anonymous = $prev && $prev['id'] === T_NEW;
            $name = $anonymous ? '(anonymous@'.$tok['line'].')' : (($ns === '' ? '' : $ns.'\\').$next['text']);
            if (!$anonymous) $decls[] = ['name' => $name, 'kind' => $tok['text'], 'line' => $tok['line']];
            $pendingClass = $name;
            $j = $anonymous ? $i + 1 : $i + 2;
            if (($t[$j]['id'] ?? null) === '(') { $d = 0; do { if ($t[$j]['id'] === '(') $d++; if ($t[$j]['id'] === ')') $d--; $j++; } while ($d > 0); }
            while (!in_array($t[$j]['id'], ['{', ';'], true)) {
                if ($isName($t[$j]) && in_array($t[$j - 1]['id'], [T_EXTENDS, T_IMPLEMENTS, ','], true)) {
                    $ref($t[$j], 'extends');
                    if ($t[$j - 1]['id'] === T_EXTENDS) $extends[$name] = $resolve($t[$j]);
                }
                $j++;
            }
            $i = $j - 1; continue;
        }
        if ($id === T_FUNCTION && $inClassBody) {
            $j = $i + 1; if ($t[$j]['id'] === '&') $j++;
            if ($t[$j]['id'] === T_STRING) {
                $visibility = 'public';
                for ($k = $i - 1; $k >= 0 && in_array($t[$k]['id'], [T_PUBLIC, T_PROTECTED, T_PRIVATE, T_STATIC, T_ABSTRACT, T_FINAL], true); $k--) {
                    if (in_array($t[$k]['id'], [T_PROTECTED, T_PRIVATE], true)) $visibility = strtolower($t[$k]['text']);
                }
                $methods[$current][] = ['name' => $t[$j]['text'], 'visibility' => $visibility, 'line' => $t[$j]['line']];
            }
            continue;
        }
        if (!$isName($tok)) continue;
        if ($prev && $prev['id'] === T_NEW) { $ref($tok, 'new'); continue; }
        if ($next && $next['id'] === T_DOUBLE_COLON) { $ref($tok, 'static'); continue; }
        if ($prev && $prev['id'] === T_INSTANCEOF) { $ref($tok, 'instanceof'); continue; }
        if ($next && in_array($next['id'], [T_VARIABLE, T_ELLIPSIS], true) && !($prev && in_array($prev['id'], [T_OBJECT_OPERATOR, T_NULLSAFE_OBJECT_OPERATOR, T_DOUBLE_COLON], true))) { $ref($tok, 'type'); continue; }
        if ($prev && ($prev['id'] === ':' || $prev['id'] === '?') && ($t[$i - 2]['id'] ?? null) !== null) {
            $k = $prev['id'] === '?' ? $i - 2 : $i - 1;
            if ($t[$k]['id'] === ':' && ($t[$k - 1]['id'] ?? null) === ')') { $ref($tok, 'return'); continue; }
            if ($t[$k]['id'] === '?' && ($t[$k - 1]['id'] ?? null) === ':' && ($t[$k - 2]['id'] ?? null) === ')') { $ref($tok, 'return'); continue; }
        }
        if ($prev && $prev['id'] === '(' && ($t[$i - 2]['id'] ?? null) === T_CATCH) { $ref($tok, 'catch'); continue; }
    }
    $missingGlobals = [];
    foreach ($refs as $r) {
        if (strpos($r['name'], '\\') === false && !class_exists($r['name']) && !interface_exists($r['name']) && !trait_exists($r['name']) && !enum_exists($r['name'])) {
            $missingGlobals[] = $r['name'];
        }
    }
    $result[$file] = ['namespace' => $ns, 'declarations' => $decls, 'refs' => $refs, 'methods' => $methods,
        'traits' => $traits, 'extends' => $extends, 'unknownGlobals' => array_values(array_unique($missingGlobals))];
}
echo json_encode($result, JSON_UNESCAPED_SLASHES);
`;

function capture(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.error) throw result.error;
  return result;
}

/** Every static check of the project as it is; throws with every problem found, returns what was checked. */
function checkProject(projectDir) {
  const problems = [];
  const files = listFiles(projectDir);
  const read = (rel) => fs.readFileSync(path.join(projectDir, rel), 'utf8');

  const problem = (message) => problems.push(message);
  checkNoTemplateVariables(projectDir, files, { fail: problem });
  checkRequiredFiles(
    files,
    [
      'artisan',
      'bootstrap/app.php',
      'bootstrap/providers.php',
      'public/index.php',
      'routes/api.php',
      '.env.example',
      'README.md',
      'bootstrap/cache/.gitignore',
    ],
    { fail: problem },
  );
  if (files.includes('artisan') && (fs.statSync(path.join(projectDir, 'artisan')).mode & 0o111) === 0)
    problems.push('artisan is not executable');

  // 1. php -l on every PHP file (artisan is PHP too).
  const phpFiles = files.filter((f) => f.endsWith('.php') || f === 'artisan');
  for (const rel of phpFiles) {
    const lint = capture('php', ['-l', rel], { cwd: projectDir });
    if (lint.status !== 0) problems.push(`php -l ${rel}:\n${(lint.stdout + lint.stderr).trim()}`);
  }
  if (problems.length > 0) throw new Error(`php-laravel:\n- ${problems.join('\n- ')}`);

  // 2. composer.json: valid JSON, the packages the code needs, PSR-4 folders that exist.
  let composer;
  try {
    composer = JSON.parse(read('composer.json'));
  } catch (error) {
    throw new Error(`php-laravel: composer.json is not valid JSON: ${error.message}`, { cause: error });
  }
  if (!/^[a-z0-9]([_.-]?[a-z0-9]+)*\/[a-z0-9](([_.]|-{1,2})?[a-z0-9]+)*$/.test(composer.name ?? ''))
    problems.push(`composer.json: "${composer.name}" is not a valid package name`);
  const requires = { ...composer.require, ...composer['require-dev'] };
  for (const pkg of [
    'php',
    'laravel/framework',
    'laravel/sanctum',
    'phpunit/phpunit',
    'nunomaduro/collision',
    'fakerphp/faker',
    'mockery/mockery',
  ]) {
    if (!requires[pkg]) problems.push(`composer.json: ${pkg} is not required`);
  }
  if (!/^\^(11|12)\./.test(composer.require?.['laravel/framework'] ?? ''))
    problems.push(`composer.json: laravel/framework should be ^11.x or ^12.x, is ${composer.require?.['laravel/framework']}`);
  const psr4 = { ...composer.autoload?.['psr-4'], ...composer['autoload-dev']?.['psr-4'] };
  const expectedPsr4 = {
    'App\\': 'app/',
    'Database\\Factories\\': 'database/factories/',
    'Database\\Seeders\\': 'database/seeders/',
    'Tests\\': 'tests/',
  };
  for (const [prefix, dir] of Object.entries(expectedPsr4)) {
    if (psr4[prefix] !== dir) problems.push(`composer.json: PSR-4 ${prefix} should map to ${dir}, maps to ${psr4[prefix]}`);
  }
  for (const [prefix, dir] of Object.entries(psr4)) {
    if (!prefix.endsWith('\\')) problems.push(`composer.json: PSR-4 prefix ${prefix} must end with \\`);
    const full = path.join(projectDir, dir);
    if (!fs.existsSync(full) || !fs.statSync(full).isDirectory())
      problems.push(`composer.json: PSR-4 ${prefix} maps to ${dir}, which is not a folder`);
  }

  // 3. What the code declares and refers to, from PHP's tokenizer.
  const analyzer = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bp-php-')), 'analyze.php');
  fs.writeFileSync(analyzer, ANALYZER);
  const analysis = capture('php', [analyzer, ...phpFiles], { cwd: projectDir });
  fs.rmSync(path.dirname(analyzer), { recursive: true, force: true });
  if (analysis.status !== 0) throw new Error(`php-laravel: the PHP analyzer failed:\n${analysis.stdout}${analysis.stderr}`);
  const byFile = JSON.parse(analysis.stdout);

  const declared = new Map(); // lower-case FQN -> { name, file, methods, traits, extends }
  for (const [rel, info] of Object.entries(byFile)) {
    for (const decl of info.declarations) {
      const key = decl.name.toLowerCase();
      if (declared.has(key)) problems.push(`${rel}: ${decl.name} is also declared in ${declared.get(key).file}`);
      declared.set(key, {
        name: decl.name,
        file: rel,
        methods: info.methods[decl.name] ?? [],
        traits: info.traits[decl.name] ?? [],
        extends: info.extends[decl.name],
      });
    }
  }

  // Every PHP file under a PSR-4 folder declares exactly the one class its path names.
  for (const [prefix, dir] of Object.entries(psr4)) {
    const base = dir.replace(/\/?$/, '/');
    for (const rel of phpFiles.filter((f) => f.startsWith(base) && f.endsWith('.php'))) {
      const expected = prefix + rel.slice(base.length, -'.php'.length).split('/').join('\\');
      const decls = byFile[rel].declarations.map((d) => d.name);
      if (decls.length !== 1 || decls[0] !== expected) {
        problems.push(
          `${rel}: PSR-4 expects it to declare ${expected}, it declares ${decls.join(', ') || 'nothing'} (namespace ${byFile[rel].namespace || '(global)'})`,
        );
      }
    }
  }

  // Every class name the code uses exists: in the project, in PHP itself, or in a package composer.json requires.
  const projectPrefixes = Object.keys(psr4);
  let checkedRefs = 0;
  for (const [rel, info] of Object.entries(byFile)) {
    for (const name of info.unknownGlobals) problems.push(`${rel}: ${name} is neither a PHP class nor imported (missing "use"?)`);
    const text = read(rel);
    for (const ref of info.refs) {
      checkedRefs++;
      if (projectPrefixes.some((p) => ref.name.startsWith(p))) {
        if (!declared.has(ref.name.toLowerCase()))
          problems.push(`${rel}:${ref.line}: ${ref.name} (${ref.kind}) is not declared anywhere in the project (missing "use" or a typo?)`);
        continue;
      }
      if (!ref.name.includes('\\')) continue; // a global name: checked against PHP above
      const [root, second] = ref.name.split('\\');
      const pkg = root === 'Laravel' ? LARAVEL_PACKAGES[second] : VENDOR_ROOTS[root];
      if (pkg === undefined) problems.push(`${rel}:${ref.line}: ${ref.name} comes from no package this starter requires (missing "use"?)`);
      else if (!requires[pkg]) problems.push(`${rel}:${ref.line}: ${ref.name} needs ${pkg} in composer.json`);
      if (ref.kind === 'use') {
        // Used anywhere else in the file, docblocks included (as Pint's no_unused_imports counts it).
        const rest = text
          .split('\n')
          .filter((_, index) => index !== ref.line - 1)
          .join('\n');
        if (!new RegExp(`(?<![\\w\\\\$])${ref.alias}(?!\\w)`).test(rest)) problems.push(`${rel}:${ref.line}: unused import ${ref.name}`);
      }
    }
  }

  const classInfo = (fqn) => declared.get(fqn.toLowerCase());
  const publicMethods = (fqn) => new Set((classInfo(fqn)?.methods ?? []).filter((m) => m.visibility === 'public').map((m) => m.name));

  // Routes point at public controller methods that exist.
  const routes = read('routes/api.php');
  const routeImports = new Map(byFile['routes/api.php'].refs.filter((r) => r.kind === 'use').map((r) => [r.alias, r.name]));
  const controllerOf = (short) => routeImports.get(short) ?? `App\\Http\\Controllers\\${short}`;
  let routeTargets = 0;
  for (const [, short, method] of routes.matchAll(/\[\s*(\w+)::class\s*,\s*['"](\w+)['"]\s*\]/g)) {
    routeTargets++;
    if (!publicMethods(controllerOf(short)).has(method))
      problems.push(`routes/api.php: ${controllerOf(short)}::${method}() does not exist or is not public`);
  }
  for (const [, kind, short] of routes.matchAll(/Route::(apiResource|resource)\(\s*['"][^'"]+['"]\s*,\s*(\w+)::class\s*\)/g)) {
    const actions =
      kind === 'apiResource'
        ? ['index', 'store', 'show', 'update', 'destroy']
        : ['index', 'create', 'store', 'show', 'edit', 'update', 'destroy'];
    for (const action of actions) {
      routeTargets++;
      if (!publicMethods(controllerOf(short)).has(action))
        problems.push(`routes/api.php: ${kind} needs ${controllerOf(short)}::${action}()`);
    }
  }
  for (const [, short] of routes.matchAll(/Route::(?:get|post|put|patch|delete|any)\(\s*['"][^'"]*['"]\s*,\s*(\w+)::class\s*\)/g)) {
    routeTargets++;
    if (!publicMethods(controllerOf(short)).has('__invoke'))
      problems.push(`routes/api.php: ${controllerOf(short)} is routed as invokable but has no __invoke()`);
  }
  if (!/auth:sanctum/.test(routes)) problems.push('routes/api.php: no route is protected by auth:sanctum');
  if (
    !/->createToken\(/.test(
      phpFiles
        .filter((f) => f.startsWith('app/'))
        .map(read)
        .join('\n'),
    )
  )
    problems.push('app/: no code issues a Sanctum token (createToken)');

  // Abilities asked of the Gate exist on a policy; models with factories and tables.
  const policyAbilities = new Set(
    [...declared.values()].filter((c) => c.name.startsWith('App\\Policies\\')).flatMap((c) => c.methods.map((m) => m.name)),
  );
  for (const rel of phpFiles.filter((f) => f.startsWith('app/'))) {
    for (const [, ability] of read(rel).matchAll(/(?:Gate::(?:authorize|allows|denies|inspect)|->can|->cannot)\(\s*['"](\w+)['"]/g)) {
      if (!policyAbilities.has(ability)) problems.push(`${rel}: ability "${ability}" has no method in app/Policies`);
    }
  }
  const migrations = files.filter((f) => f.startsWith('database/migrations/'));
  for (const rel of migrations) {
    if (!/^database\/migrations\/\d{4}_\d{2}_\d{2}_\d{6}_\w+\.php$/.test(rel))
      problems.push(`${rel}: not a migration file name (YYYY_MM_DD_HHMMSS_name.php)`);
    else if (!/return new class extends Migration/.test(read(rel)))
      problems.push(`${rel}: should return an anonymous class extending Migration`);
  }
  const createdTables = new Set(migrations.flatMap((rel) => [...read(rel).matchAll(/Schema::create\(\s*['"](\w+)['"]/g)].map((m) => m[1])));
  for (const table of ['users', 'personal_access_tokens'])
    if (!createdTables.has(table)) problems.push(`no migration creates the ${table} table`);
  const models = [...declared.values()].filter((c) => c.name.startsWith('App\\Models\\'));
  for (const model of models) {
    const short = model.name.split('\\').pop();
    const table = `${short.replace(/(?<!^)([A-Z])/g, '_$1').toLowerCase()}s`;
    if (!/protected \$table\s*=/.test(read(model.file)) && !createdTables.has(table))
      problems.push(`${model.file}: no migration creates its table "${table}"`);
    if (
      model.traits.includes('Illuminate\\Database\\Eloquent\\Factories\\HasFactory') &&
      !classInfo(`Database\\Factories\\${short}Factory`)
    ) {
      problems.push(`${model.file}: uses HasFactory but Database\\Factories\\${short}Factory does not exist`);
    }
  }
  if (!models.some((m) => m.traits.includes('Laravel\\Sanctum\\HasApiTokens')))
    problems.push('app/Models: no model uses Laravel\\Sanctum\\HasApiTokens');
  const formRequests = [...declared.values()].filter((c) => c.extends === 'Illuminate\\Foundation\\Http\\FormRequest');
  if (formRequests.length === 0) problems.push('app/: no FormRequest');
  for (const request of formRequests)
    if (!publicMethods(request.name).has('rules')) problems.push(`${request.file}: a FormRequest without rules()`);

  // 4. phpunit.xml: well-formed, SQLite in memory, suites whose folders hold tests that extend Tests\TestCase.
  const phpunitXml = read('phpunit.xml');
  const valid = XMLValidator.validate(phpunitXml);
  if (valid !== true) throw new Error(`php-laravel: phpunit.xml is not well-formed: ${valid.err.msg} (line ${valid.err.line})`);
  const phpunit = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) => ['testsuite', 'directory', 'env'].includes(name),
  }).parse(phpunitXml).phpunit;
  if (!phpunit) problems.push('phpunit.xml: the root element is not <phpunit>');
  if (phpunit?.bootstrap !== 'vendor/autoload.php') problems.push('phpunit.xml: bootstrap should be vendor/autoload.php');
  const env = Object.fromEntries((phpunit?.php?.env ?? []).map((e) => [e.name, e.value]));
  if (env.DB_CONNECTION !== 'sqlite' || env.DB_DATABASE !== ':memory:')
    problems.push('phpunit.xml: tests should run on SQLite in memory (DB_CONNECTION=sqlite, DB_DATABASE=:memory:)');
  let testMethods = 0;
  let refreshingTests = 0;
  const suites = phpunit?.testsuites?.testsuite ?? [];
  if (suites.length === 0) problems.push('phpunit.xml: no <testsuite>');
  for (const suite of suites) {
    for (const dir of suite.directory ?? []) {
      const folder = typeof dir === 'string' ? dir : dir['#text'];
      const tests = phpFiles.filter((f) => f.startsWith(`${folder}/`) && f.endsWith('Test.php'));
      if (tests.length === 0) problems.push(`phpunit.xml: suite "${suite.name}" folder ${folder} has no *Test.php files`);
      for (const rel of tests) {
        const decl = byFile[rel].declarations[0];
        const info = decl && classInfo(decl.name);
        if (info?.extends !== 'Tests\\TestCase') problems.push(`${rel}: should extend Tests\\TestCase`);
        const count = (info?.methods ?? []).filter((m) => m.visibility === 'public' && m.name.startsWith('test')).length;
        if (count === 0) problems.push(`${rel}: no public test* methods`);
        if (/use RefreshDatabase;/.test(read(rel))) refreshingTests++;
        testMethods += count;
      }
    }
  }

  if (refreshingTests === 0) problems.push('tests/: no test class uses RefreshDatabase');

  // 5. The exercise checks: their own suite, left out of the default one, each run as the manifest says.
  const exerciseChecks = checkExerciseSuite(projectDir, { phpunit, suites, byFile, classInfo, problem });

  if (problems.length > 0) throw new Error(`php-laravel:\n- ${problems.join('\n- ')}`);
  return { phpFiles: phpFiles.length, classes: declared.size, checkedRefs, routeTargets, testMethods, exerciseChecks };
}

const EXERCISE_SUITE = 'exercises';
const EXERCISE_FOLDER = 'tests/Exercises';

/**
 * phpunit.xml runs the exercise checks only when asked (`--testsuite exercises`), and every exercise of the manifest
 * runs one class of that suite with PHPUnit, writing its JUnit report where the manifest reads it. Returns the
 * number of exercise test methods.
 */
function checkExerciseSuite(projectDir, { phpunit, suites, byFile, classInfo, problem }) {
  const exerciseSuite = suites.find((s) => s.name === EXERCISE_SUITE);
  const folders = (exerciseSuite?.directory ?? []).map((d) => (typeof d === 'string' ? d : d['#text']));
  if (folders.length !== 1 || folders[0] !== EXERCISE_FOLDER)
    problem(`phpunit.xml: a testsuite "${EXERCISE_SUITE}" should hold exactly the folder ${EXERCISE_FOLDER}`);
  const defaults = String(phpunit?.defaultTestSuite ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (defaults.length === 0 || defaults.includes(EXERCISE_SUITE) || !defaults.every((d) => suites.some((s) => s.name === d)))
    problem(`phpunit.xml: defaultTestSuite should name the starter's own suites, not "${EXERCISE_SUITE}" (got "${defaults.join(',')}")`);

  const { exercises } = readManifest(projectDir);
  const classOf = (rel) => byFile[rel]?.declarations[0]?.name;
  const exerciseClasses = Object.keys(byFile)
    .filter((rel) => rel.startsWith(`${EXERCISE_FOLDER}/`) && rel.endsWith('Test.php'))
    .map((rel) => classOf(rel)?.split('\\').pop());
  let methods = 0;
  for (const exercise of exercises) {
    const [file] = exercise.files;
    const short = file?.startsWith(`${EXERCISE_FOLDER}/`) ? path.basename(file, '.php') : undefined;
    const junit = `.backend-paths/results/${exercise.id}.xml`;
    const argv = ['php', 'vendor/bin/phpunit', '--testsuite', EXERCISE_SUITE, '--filter', short, '--log-junit', junit];
    if (exercise.files.length !== 1 || !short || !byFile[file]) {
      problem(`exercise ${exercise.id}: its files should be one test class in ${EXERCISE_FOLDER}/ (got ${exercise.files.join(', ')})`);
      continue;
    }
    if (JSON.stringify(exercise.argv) !== JSON.stringify(argv) || exercise.junit !== junit)
      problem(`exercise ${exercise.id}: argv should be ${argv.join(' ')} (junit ${junit}), is ${exercise.argv.join(' ')}`);
    if (exercise.needs?.path !== 'vendor' || exercise.needs?.setup !== 'composer install')
      problem(`exercise ${exercise.id}: needs should be { path: vendor, setup: composer install }`);
    if (classOf(file) !== `Tests\\Exercises\\${short}`) problem(`${file}: should declare Tests\\Exercises\\${short}`);
    const others = exerciseClasses.filter((name) => name && name !== short && name.includes(short));
    if (others.length > 0) problem(`exercise ${exercise.id}: --filter ${short} also matches ${others.join(', ')}`);
    const info = classInfo(`Tests\\Exercises\\${short}`);
    methods += (info?.methods ?? []).filter((m) => m.visibility === 'public' && m.name.startsWith('test')).length;
    // A data provider named in an attribute is a method of the class (PHPUnit reports a missing one as a warning).
    const text = fs.readFileSync(path.join(projectDir, file), 'utf8');
    for (const [, provider] of text.matchAll(/#\[DataProvider\(\s*['"](\w+)['"]\s*\)\]/g)) {
      if (!(info?.methods ?? []).some((m) => m.name === provider && m.visibility === 'public'))
        problem(`${file}: data provider ${provider}() is missing or not public`);
    }
  }
  const checked = new Set(exercises.flatMap((e) => e.files));
  for (const rel of Object.keys(byFile).filter((f) => f.startsWith(`${EXERCISE_FOLDER}/`) && f.endsWith('Test.php')))
    if (!checked.has(rel)) problem(`${rel}: no exercise of .backend-paths/exercises.json runs it`);
  return methods;
}

function describe(stats) {
  return `php -l on ${stats.phpFiles} PHP files, ${stats.classes} classes match PSR-4, ${stats.checkedRefs} class references resolve, ${stats.routeTargets} route actions exist, composer.json + phpunit.xml valid (${stats.testMethods} tests, ${stats.exerciseChecks} of them exercise checks)`;
}

export async function verify(projectDir) {
  const started = Date.now();
  const files = listFiles(projectDir);
  checkRequiredFiles(files, ['.backend-paths/exercises.json', `${EXERCISE_FOLDER}/Concerns/ExerciseHelpers.php`], { fail });
  checkNotShipped(files, ['vendor', '.env', 'composer.lock', '.backend-paths/results'], { fail });
  checkExercises(projectDir, 'laravel', { fail });
  const fresh = checkProject(projectDir);
  const checked = Date.now();
  const { exercises } = readManifest(projectDir);
  const projectName = path.basename(projectDir);

  let proof;
  if (process.env.BP_PROVE_EXERCISES === '1') {
    // A machine with Composer and Packagist: the real proof, as for the starters whose stack runs here.
    run('composer', ['install', '--no-interaction', '--no-progress'], { cwd: projectDir });
    await proveExercises(projectDir, 'php-laravel', { projectName, ownTests: ['composer', 'test'] });
    proof = 'each check failed on the fresh project and passed with its reference solution, and composer test passed with all of them';
  } else {
    for (const exercise of exercises) await applySolution(projectDir, 'php-laravel', exercise.id, projectName);
    proof = `not run (no Packagist here; BP_PROVE_EXERCISES=1 on a machine with Composer runs them)`;
  }
  const solved = checkProject(projectDir);
  const seconds = (to, from) => ((to - from) / 1000).toFixed(1);
  console.log(`php-laravel: fresh project: ${describe(fresh)}, in ${seconds(checked, started)}s`);
  console.log(
    `php-laravel: with the ${exercises.length} reference solutions applied: ${describe(solved)}; exercise checks ${proof}; in ${seconds(Date.now(), checked)}s`,
  );
}

function fail(message) {
  throw new Error(`php-laravel: ${message}`);
}
