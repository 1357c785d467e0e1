// Checks the java-spring starter without Maven Central: every .java file parses with a real Java parser, pom.xml is
// well-formed and declares an artifact for every import, the Maven wrapper is complete and runnable as far as the
// shell can tell, and the tests are named so that Surefire runs them. The exercise checks (JUnit 5 classes in
// src/test/java/.../exercises/) are wired as the manifest says, and the same checks pass once every reference
// solution is applied (test/starters/solutions/java-spring/). With BP_PROVE_EXERCISES=1, on a machine with a JDK
// and Maven Central, it also runs them: each fails on the fresh project and passes with its solution.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseJava } from 'java-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { applySolution, proveExercises, readManifest } from '../exercises.mjs';
import { asArray, checkExercises, checkRequiredFiles, listFiles, run } from '../lib.mjs';

export const debianPackages = [];

// Which declared artifacts can provide an import, by longest matching prefix. `null`: the JDK itself.
// ANY_STARTER: spring-core, spring-beans, spring-context and spring-boot come with every spring-boot-starter-*.
const ANY_STARTER = Symbol('any spring-boot-starter');
const PROVIDERS = [
  ['java.', null],
  ['com.sun.net.httpserver.', null],
  ['javax.crypto.', null],
  ['javax.net.', null],
  ['javax.security.', null],
  ['javax.sql.', null],
  ['org.springframework.boot.test.', ['spring-boot-starter-test']],
  ['org.springframework.boot.', [ANY_STARTER]],
  ['org.springframework.beans.', [ANY_STARTER]],
  ['org.springframework.context.', [ANY_STARTER]],
  ['org.springframework.core.', [ANY_STARTER]],
  ['org.springframework.stereotype.', [ANY_STARTER]],
  ['org.springframework.util.', [ANY_STARTER]],
  ['org.springframework.validation.', [ANY_STARTER]],
  ['org.springframework.scheduling.', [ANY_STARTER]],
  ['org.springframework.http.', ['spring-boot-starter-web']],
  ['org.springframework.web.', ['spring-boot-starter-web']],
  ['org.springframework.data.', ['spring-boot-starter-data-jpa']],
  ['org.springframework.orm.', ['spring-boot-starter-data-jpa']],
  ['org.springframework.transaction.', ['spring-boot-starter-data-jpa', 'spring-boot-starter-jdbc']],
  ['org.springframework.jdbc.', ['spring-boot-starter-data-jpa', 'spring-boot-starter-jdbc']],
  ['org.springframework.security.test.', ['spring-security-test']],
  ['org.springframework.security.oauth2.', ['spring-boot-starter-oauth2-resource-server']],
  ['org.springframework.security.', ['spring-boot-starter-security', 'spring-boot-starter-oauth2-resource-server']],
  ['org.springframework.test.', ['spring-boot-starter-test']],
  ['org.springframework.mock.', ['spring-boot-starter-test']],
  ['org.springframework.kafka.test.', ['spring-kafka-test']],
  ['org.springframework.kafka.', ['spring-kafka']],
  ['org.apache.kafka.', ['spring-kafka', 'spring-kafka-test']],
  ['org.springframework.cloud.', ['spring-cloud-starter-loadbalancer', 'spring-cloud-starter-netflix-eureka-client']],
  ['org.springframework.web.reactive.', ['spring-boot-starter-webflux']],
  ['reactor.', ['spring-boot-starter-webflux', 'spring-boot-starter-graphql']],
  ['org.springframework.graphql.', ['spring-boot-starter-graphql']],
  ['graphql.', ['spring-boot-starter-graphql']],
  ['io.micrometer.core.', ['spring-boot-starter-actuator']],
  ['org.springframework.boot.actuate.', ['spring-boot-starter-actuator']],
  ['org.aspectj.', ['spring-boot-starter-aop']],
  ['org.hibernate.', ['spring-boot-starter-data-jpa']],
  ['jakarta.inject.', ['jakarta.inject-api']],
  ['org.yaml.snakeyaml.', [ANY_STARTER]],
  ['com.nimbusds.', ['spring-boot-starter-oauth2-resource-server']],
  ['io.jsonwebtoken.', ['jjwt-api']],
  ['jakarta.persistence.', ['spring-boot-starter-data-jpa']],
  ['jakarta.transaction.', ['spring-boot-starter-data-jpa']],
  ['jakarta.validation.', ['spring-boot-starter-validation']],
  ['jakarta.servlet.', ['spring-boot-starter-web']],
  ['com.fasterxml.jackson.', ['spring-boot-starter-web', 'spring-boot-starter-json']],
  ['org.slf4j.', [ANY_STARTER]],
  ['org.junit.jupiter.', ['spring-boot-starter-test']],
  ['org.junit.platform.launcher.', ['junit-platform-launcher']],
  ['org.junit.platform.engine.', ['spring-boot-starter-test', 'junit-platform-launcher']],
  ['org.mockito.', ['spring-boot-starter-test']],
  ['org.assertj.', ['spring-boot-starter-test']],
  ['org.hamcrest.', ['spring-boot-starter-test']],
  ['com.jayway.jsonpath.', ['spring-boot-starter-test']],
];

// Surefire's default includes; a test class named otherwise compiles but never runs.
const SUREFIRE_INCLUDES = [/^Test.*$/, /^.*Test$/, /^.*Tests$/, /^.*TestCase$/];

function fail(message) {
  throw new Error(`java-spring starter: ${message}`);
}

function readProperties(file, text) {
  const properties = new Map();
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('!')) return;
    const match = /^([^=:\s]+)\s*[=:]\s*(.*)$/.exec(trimmed);
    if (!match) fail(`${file}:${index + 1}: not a key=value line: ${line}`);
    properties.set(match[1], match[2]);
  });
  return properties;
}

function checkWrapper(projectDir, files) {
  for (const required of ['mvnw', 'mvnw.cmd', '.mvn/wrapper/maven-wrapper.properties']) {
    if (!files.includes(required)) fail(`the Maven wrapper needs ${required}`);
  }
  const jars = files.filter((f) => f.startsWith('.mvn/wrapper/') && (f.endsWith('.jar') || f.endsWith('.java')));
  if (jars.length > 0) fail(`the only-script wrapper needs no jar or downloader: ${jars.join(', ')}`);

  const mvnw = path.join(projectDir, 'mvnw');
  if ((fs.statSync(mvnw).mode & 0o111) === 0) fail('mvnw is not executable');
  const script = fs.readFileSync(mvnw, 'utf8');
  if (!script.startsWith('#!/bin/sh\n')) fail('mvnw must start with #!/bin/sh and use LF line endings');
  if (script.includes('\r')) fail('mvnw has CR characters: sh would fail on them');
  run('sh', ['-n', 'mvnw'], { cwd: projectDir });

  const propsFile = '.mvn/wrapper/maven-wrapper.properties';
  const props = readProperties(propsFile, fs.readFileSync(path.join(projectDir, propsFile), 'utf8'));
  if (props.get('distributionType') !== 'only-script') fail(`${propsFile}: distributionType must be only-script`);
  const wrapperVersion = props.get('wrapperVersion');
  if (!/^3\.\d+\.\d+$/.test(wrapperVersion ?? '')) fail(`${propsFile}: wrapperVersion 3.x.y expected`);
  const url = props.get('distributionUrl') ?? '';
  const maven =
    /^https:\/\/repo\.maven\.apache\.org\/maven2\/org\/apache\/maven\/apache-maven\/(3\.9\.\d+)\/apache-maven-\1-bin\.zip$/.exec(url);
  if (!maven) fail(`${propsFile}: distributionUrl must be an apache-maven 3.9.x -bin.zip on Maven Central, not ${url}`);

  const cmd = fs.readFileSync(path.join(projectDir, 'mvnw.cmd'), 'utf8');
  for (const [name, text] of [
    ['mvnw', script],
    ['mvnw.cmd', cmd],
  ]) {
    if (!text.includes(`Apache Maven Wrapper startup batch script, version ${wrapperVersion}`)) {
      fail(`${name} is not the Maven Wrapper ${wrapperVersion} script named in ${propsFile}`);
    }
    if (!text.includes('.mvn/wrapper/maven-wrapper.properties')) fail(`${name} does not read ${propsFile}`);
  }
  if (!cmd.startsWith('<# : batch portion')) fail('mvnw.cmd is not the only-script (batch + PowerShell) wrapper');
  return { wrapperVersion, mavenVersion: maven[1] };
}

function checkPom(projectDir, projectName) {
  const text = fs.readFileSync(path.join(projectDir, 'pom.xml'), 'utf8');
  const valid = XMLValidator.validate(text);
  if (valid !== true) fail(`pom.xml is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const pom = new XMLParser({ ignoreAttributes: true, parseTagValue: false }).parse(text).project;
  if (!pom) fail('pom.xml has no <project> root');
  if (pom.modelVersion !== '4.0.0') fail('pom.xml: modelVersion must be 4.0.0');
  const parent = pom.parent ?? {};
  if (parent.groupId !== 'org.springframework.boot' || parent.artifactId !== 'spring-boot-starter-parent') {
    fail('pom.xml: the parent must be org.springframework.boot:spring-boot-starter-parent');
  }
  if (!/^3\.\d+\.\d+$/.test(parent.version ?? '')) fail(`pom.xml: Spring Boot 3.x.y expected, not ${parent.version}`);
  if (pom.groupId !== 'com.example') fail('pom.xml: groupId must be com.example');
  if (pom.artifactId !== projectName) fail(`pom.xml: artifactId must be ${projectName}, not ${pom.artifactId}`);
  const javaVersion = Number(pom.properties?.['java.version']);
  if (!(javaVersion >= 17)) fail('pom.xml: <java.version> must be 17 or later (Spring Boot 3 needs Java 17)');

  const dependencies = asArray(pom.dependencies?.dependency).map((d) => ({
    groupId: d.groupId,
    artifactId: d.artifactId,
    scope: d.scope ?? 'compile',
    version: d.version,
  }));
  if (dependencies.length === 0) fail('pom.xml declares no dependencies');
  for (const d of dependencies) {
    if (!d.groupId || !d.artifactId) fail('pom.xml: a dependency without groupId or artifactId');
    // The Boot parent manages these versions; pinning one risks a mismatched set.
    const managed = ['org.springframework.boot', 'org.springframework.security', 'com.h2database'].includes(d.groupId);
    if (managed && d.version !== undefined) fail(`pom.xml: leave the version of ${d.artifactId} to the Spring Boot parent`);
  }
  const plugins = asArray(pom.build?.plugins?.plugin).map((p) => p.artifactId);
  if (!plugins.includes('spring-boot-maven-plugin')) fail('pom.xml: spring-boot-maven-plugin is missing (mvnw spring-boot:run)');
  return { bootVersion: parent.version, dependencies };
}

function typeDeclarations(compilationUnit) {
  const names = [];
  for (const typeDeclaration of compilationUnit.children.typeDeclaration ?? []) {
    const c = typeDeclaration.children;
    const declaration = c.classDeclaration?.[0] ?? c.interfaceDeclaration?.[0];
    if (!declaration) continue;
    const d = declaration.children;
    const modifiers = d.classModifier ?? d.interfaceModifier ?? [];
    const isPublic = modifiers.some((m) => m.children.Public);
    const inner =
      d.normalClassDeclaration?.[0] ??
      d.recordDeclaration?.[0] ??
      d.enumDeclaration?.[0] ??
      d.normalInterfaceDeclaration?.[0] ??
      d.annotationInterfaceDeclaration?.[0];
    const name = inner?.children.typeIdentifier?.[0]?.children.Identifier?.[0]?.image;
    if (name) names.push({ name, isPublic });
  }
  return names;
}

// Parsing is the slow part; the reference solutions are checked one by one, and each changes only a few files.
const parsedByText = new Map();

export function parseJavaFile(projectDir, file) {
  const text = fs.readFileSync(path.join(projectDir, file), 'utf8');
  const known = parsedByText.get(text);
  if (known) return { text, ...known };
  let cst;
  try {
    cst = parseJava(text);
  } catch (error) {
    fail(`${file} does not parse as Java: ${error.message.split('\n')[0]}`);
  }
  const unit = cst.children.ordinaryCompilationUnit?.[0];
  if (!unit) fail(`${file}: not an ordinary compilation unit`);
  const packageName = (unit.children.packageDeclaration?.[0]?.children.Identifier ?? []).map((t) => t.image).join('.');
  const imports = (unit.children.importDeclaration ?? []).map((declaration) => {
    const parts = declaration.children.packageOrTypeName?.[0]?.children.Identifier?.map((t) => t.image) ?? [];
    return parts.join('.') + (declaration.children.Star ? '.*' : '');
  });
  const parsed = { packageName, imports, types: typeDeclarations(unit), records: recordComponents(unit) };
  parsedByText.set(text, parsed);
  return { text, ...parsed };
}

/** Each top-level record's components, with the names of the annotations on each. */
function recordComponents(compilationUnit) {
  const records = [];
  for (const typeDeclaration of compilationUnit.children.typeDeclaration ?? []) {
    const record = typeDeclaration.children.classDeclaration?.[0]?.children.recordDeclaration?.[0];
    const list = record?.children.recordHeader?.[0]?.children.recordComponentList?.[0];
    if (!list) continue;
    records.push(
      (list.children.recordComponent ?? []).map((component) => ({
        name: component.children.Identifier?.[0]?.image,
        annotations: (component.children.recordComponentModifier ?? [])
          .flatMap((m) => m.children.annotation ?? [])
          .map((a) => a.children.typeName?.[0]?.children.Identifier?.map((t) => t.image).join('.')),
      })),
    );
  }
  return records;
}

function providersOf(name, ownPackage) {
  if (name === ownPackage || name.startsWith(`${ownPackage}.`)) return 'own';
  let best;
  for (const [prefix, providers] of PROVIDERS) {
    if (name.startsWith(prefix) && (!best || prefix.length > best[0].length)) best = [prefix, providers];
  }
  return best ? best[1] : undefined;
}

/** Everything but the exercises, on a project as scaffolded or with reference solutions applied. */
function checkProject(projectDir) {
  const projectName = path.basename(projectDir);
  const flatName = projectName.replaceAll('-', '');
  const basePackage = `com.example.${flatName}`;
  const files = listFiles(projectDir);

  checkRequiredFiles(files, ['pom.xml', 'README.md', '.gitignore', 'src/main/resources/application.properties'], { fail });
  const leftovers = files.filter((f) => f.startsWith('target/') || f.endsWith('.class'));
  if (leftovers.length > 0) fail(`build output in the template: ${leftovers.slice(0, 3).join(', ')}`);

  const wrapper = checkWrapper(projectDir, files);
  const { bootVersion, dependencies } = checkPom(projectDir, projectName);
  const declared = (scopes) => new Set(dependencies.filter((d) => scopes.includes(d.scope)).map((d) => d.artifactId));
  const forMain = declared(['compile', 'provided']);
  const forTests = declared(['compile', 'provided', 'runtime', 'test']);
  const used = new Set();

  const javaFiles = files.filter((f) => f.endsWith('.java'));
  let testMethods = 0;
  let applicationClass;
  const configurationKeys = [];
  for (const file of javaFiles) {
    const isMain = file.startsWith('src/main/java/');
    const isTest = file.startsWith('src/test/java/');
    if (!isMain && !isTest) fail(`${file} is outside src/main/java and src/test/java`);
    const { text, packageName, imports, types, records } = parseJavaFile(projectDir, file);

    const folder = path.posix.dirname(file).split('/').slice(3).join('.');
    if (packageName !== folder) fail(`${file} declares package ${packageName || '(none)'}, its folder says ${folder}`);
    if (packageName !== basePackage && !packageName.startsWith(`${basePackage}.`)) {
      fail(`${file}: package ${packageName} is outside ${basePackage}`);
    }
    const fileType = path.posix.basename(file, '.java');
    for (const type of types.filter((t) => t.isPublic)) {
      if (type.name !== fileType) fail(`${file}: public type ${type.name} must live in ${type.name}.java`);
    }

    const available = isMain ? forMain : forTests;
    for (const name of imports) {
      const providers = providersOf(name, basePackage);
      if (providers === 'own' || providers === null) continue;
      if (providers === undefined) fail(`${file}: no known artifact provides ${name}; add it to PROVIDERS in this check`);
      const match = providers.find((artifact) =>
        artifact === ANY_STARTER ? [...available].some((a) => a.startsWith('spring-boot-starter')) : available.has(artifact),
      );
      if (!match) {
        const names = providers.map((p) => (p === ANY_STARTER ? 'any spring-boot-starter' : p)).join(' or ');
        fail(`${file} imports ${name}, but pom.xml has no ${names} for ${isMain ? 'main' : 'test'} code`);
      }
      if (match !== ANY_STARTER) used.add(match);
      else for (const p of providers) used.add(p);
    }

    if (isTest) {
      const tests = (text.match(/@Test\b/g) ?? []).length;
      testMethods += tests;
      if (tests > 0 && !SUREFIRE_INCLUDES.some((pattern) => pattern.test(fileType))) {
        fail(`${file} has tests, but Surefire only runs classes named *Test, *Tests, Test* or *TestCase`);
      }
    }
    // A @ConfigurationProperties record gets its values from application.properties; a missing key is null.
    const prefix = /@ConfigurationProperties\(\s*(?:(?:prefix|value)\s*=\s*)?"([^"]+)"\s*\)/.exec(text)?.[1];
    if (isMain && prefix && records.length > 0) {
      for (const component of records[0]) {
        if (component.annotations.includes('DefaultValue')) continue;
        const key = `${prefix}.${component.name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
        configurationKeys.push({ file, key });
      }
    }
    if (isMain && /@SpringBootApplication\b/.test(text)) {
      if (packageName !== basePackage) fail(`${file}: the @SpringBootApplication class must be in ${basePackage}`);
      if (!/public\s+static\s+void\s+main\s*\(/.test(text)) fail(`${file}: the application class has no main method`);
      applicationClass = fileType;
    }
  }
  if (!applicationClass) fail('no @SpringBootApplication class in src/main/java');
  if (testMethods === 0) fail('no @Test methods in src/test/java');

  // Every compile and test dependency must be there for a reason; runtime ones (the database driver) are not imported.
  for (const d of dependencies) {
    if (d.scope === 'runtime') continue;
    if (!used.has(d.artifactId)) fail(`pom.xml declares ${d.artifactId}, but no import needs it`);
  }
  const properties = readProperties(
    'application.properties',
    fs.readFileSync(path.join(projectDir, 'src/main/resources/application.properties'), 'utf8'),
  );
  for (const { file, key } of configurationKeys) {
    if (!properties.has(key)) fail(`${file} binds ${key}, but application.properties does not set it`);
  }
  if (
    forMain.has('spring-boot-starter-data-jpa') &&
    !properties.has('spring.datasource.url') &&
    !declared(['runtime', 'compile']).has('h2')
  ) {
    fail('Spring Data JPA without spring.datasource.url needs an embedded database such as h2 (runtime scope)');
  }

  return { javaFiles: javaFiles.length, testMethods, bootVersion, dependencies: dependencies.length, wrapper };
}

// --- Exercises --------------------------------------------------------------------------------------------------

const RESULTS = '.backend-paths/results';

/**
 * Each exercise runs one check class of src/test/java/.../exercises/ with ./mvnw, and reads the Surefire report that
 * the exercises profile writes for it; pom.xml keeps those classes out of `./mvnw test`.
 */
function checkExerciseWiring(projectDir) {
  const flatName = path.basename(projectDir).replaceAll('-', '');
  const pom = new XMLParser({ ignoreAttributes: true, parseTagValue: false }).parse(
    fs.readFileSync(path.join(projectDir, 'pom.xml'), 'utf8'),
  ).project;
  const surefire = asArray(pom.build?.plugins?.plugin).find((p) => p.artifactId === 'maven-surefire-plugin');
  if (!asArray(surefire?.configuration?.excludes?.exclude).includes('**/exercises/**')) {
    fail('pom.xml: maven-surefire-plugin must exclude **/exercises/** (the checks fail until the exercises are done)');
  }
  const profile = asArray(pom.profiles?.profile).find((p) => p.id === 'exercises');
  const profileSurefire = asArray(profile?.build?.plugins?.plugin).find((p) => p.artifactId === 'maven-surefire-plugin');
  if (profileSurefire?.configuration?.reportsDirectory !== `\${project.basedir}/${RESULTS}`) {
    fail(`pom.xml: the exercises profile must set Surefire's reportsDirectory to \${project.basedir}/${RESULTS}`);
  }

  const { exercises } = readManifest(projectDir);
  for (const { id, argv, files, junit, needs } of exercises) {
    const testArgs = argv.filter((a) => a.startsWith('-Dtest='));
    const className = testArgs[0]?.slice('-Dtest='.length);
    if (argv[0] !== './mvnw' || !argv.includes('-Pexercises') || testArgs.length !== 1 || !/^[A-Z]\w*Tests$/.test(className)) {
      fail(`exercise ${id}: argv must be ./mvnw … -Pexercises -Dtest=<Check>Tests, not ${argv.join(' ')}`);
    }
    const file = `src/test/java/com/example/${flatName}/exercises/${className}.java`;
    if (files.length !== 1 || files[0] !== file) fail(`exercise ${id}: files must be [${file}], the class -Dtest names`);
    if (!fs.existsSync(path.join(projectDir, file))) fail(`exercise ${id}: ${file} is missing`);
    const { text, types } = parseJavaFile(projectDir, file);
    if (!types.some((t) => t.name === className) || !/@Test\b/.test(text)) fail(`${file} must declare ${className} with @Test methods`);
    const report = `${RESULTS}/TEST-com.example.${flatName}.exercises.${className}.xml`;
    if (junit !== report) fail(`exercise ${id}: junit must be ${report}, the report Surefire writes for ${className}`);
    if (needs?.path !== 'target/test-classes')
      fail(`exercise ${id}: needs target/test-classes (./mvnw test), so the first check does not download everything`);
  }
  return exercises;
}

/**
 * A copy of the project (same folder name: pom.xml's artifactId is checked against it) with every reference solution
 * applied in manifest order, checked like the fresh project after each one.
 */
async function checkSolutions(projectDir, exercises) {
  const projectName = path.basename(projectDir);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bp-java-spring-solved-'));
  const copy = path.join(workDir, projectName);
  try {
    fs.cpSync(projectDir, copy, { recursive: true });
    let result;
    for (const { id } of exercises) {
      await applySolution(copy, 'java-spring', id, projectName);
      try {
        result = checkProject(copy);
      } catch (error) {
        throw new Error(`with the solutions up to ${id} applied: ${error.message}`, { cause: error });
      }
    }
    return result;
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

/** The whole proof, with Maven: on a copy, so that names.mjs's later checks of this project see it fresh. */
async function proveOnACopy(projectDir) {
  const projectName = path.basename(projectDir);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bp-java-spring-proof-'));
  const copy = path.join(workDir, projectName);
  try {
    fs.cpSync(projectDir, copy, { recursive: true });
    const ownTests = ['./mvnw', '-q', 'test'];
    // The starter's own tests pass on the fresh project, and the first run fetches the dependencies.
    run(ownTests[0], ownTests.slice(1), { cwd: copy });
    await proveExercises(copy, 'java-spring', { projectName, ownTests, env: {} });
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

// names.mjs verifies several more scaffolds in the same process; Maven proves the exercises once.
let proven = false;

export async function verify(projectDir) {
  const started = Date.now();
  const fresh = checkProject(projectDir);
  checkExercises(projectDir, 'spring', { fail });
  const exercises = checkExerciseWiring(projectDir);
  const checked = Date.now();
  const solved = await checkSolutions(projectDir, exercises);
  const solutionSeconds = ((Date.now() - checked) / 1000).toFixed(1);
  console.log(
    `java-spring: ${fresh.javaFiles} .java files parsed (${fresh.testMethods} @Test methods), pom.xml ` +
      `(Spring Boot ${fresh.bootVersion}, ${fresh.dependencies} dependencies) covers every import, Maven Wrapper ` +
      `${fresh.wrapper.wrapperVersion} only-script (Maven ${fresh.wrapper.mavenVersion}) checked with sh -n, ` +
      `${exercises.length} exercise checks wired, in ${((checked - started) / 1000).toFixed(1)}s; with every ` +
      `reference solution: ${solved.javaFiles} .java files, ${solved.dependencies} dependencies, checked after ` +
      `each solution in ${solutionSeconds}s`,
  );
  if (process.env.BP_PROVE_EXERCISES === '1' && !proven) {
    proven = true;
    const proofStarted = Date.now();
    await proveOnACopy(projectDir);
    console.log(`java-spring: exercise checks proven with Maven in ${((Date.now() - proofStarted) / 1000).toFixed(1)}s`);
  }
}
