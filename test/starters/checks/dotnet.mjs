// Checks the dotnet starter without the .NET SDK or NuGet: every .cs file parses with tree-sitter's C# grammar
// (no ERROR or MISSING node), project files are well-formed XML, the .sln points at every project but the exercise
// checks', the NuGet packages match the namespaces the code uses, and xUnit can discover the tests. The exercise
// checks are xUnit classes of exercises/<name>.Api.Exercises: each exercise's argv must run exactly its class and
// write its JUnit report. Then the same checks run on a copy with every reference solution applied (their .razor
// files' code too, and the gRPC contract the API serves). With BP_PROVE_EXERCISES=1 (a machine with the .NET SDK
// and NuGet) the exercises are also proven for real: each check fails fresh and passes with its solution.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { Parser, Language } from 'web-tree-sitter';
import { applySolution, proveExercises, readManifest } from '../exercises.mjs';
import { asArray, checkExercises, checkRequiredFiles, listFiles } from '../lib.mjs';

export const debianPackages = [];

const require = createRequire(import.meta.url);
const FRAMEWORK = Symbol('the .NET base class library');
const ASPNETCORE = Symbol('the ASP.NET Core shared framework');

// Which packages can provide a namespace, by longest matching prefix (whole segments).
/** @type {[namespace: string, packages: string[]][]} */
const PROVIDERS = [
  ['System', [FRAMEWORK]],
  ['System.IdentityModel.Tokens.Jwt', ['Microsoft.AspNetCore.Authentication.JwtBearer', 'System.IdentityModel.Tokens.Jwt']],
  ['Microsoft.AspNetCore', [ASPNETCORE]],
  ['Microsoft.AspNetCore.Authentication.JwtBearer', ['Microsoft.AspNetCore.Authentication.JwtBearer']],
  ['Microsoft.AspNetCore.Mvc.Testing', ['Microsoft.AspNetCore.Mvc.Testing']],
  ['Microsoft.Extensions', [ASPNETCORE]],
  [
    'Microsoft.IdentityModel',
    [
      'Microsoft.AspNetCore.Authentication.JwtBearer',
      'Microsoft.IdentityModel.JsonWebTokens',
      'Microsoft.IdentityModel.Tokens',
      'System.IdentityModel.Tokens.Jwt',
    ],
  ],
  [
    'Microsoft.EntityFrameworkCore',
    [
      'Microsoft.EntityFrameworkCore.Sqlite',
      'Microsoft.EntityFrameworkCore',
      'Microsoft.EntityFrameworkCore.SqlServer',
      'Npgsql.EntityFrameworkCore.PostgreSQL',
      'Microsoft.EntityFrameworkCore.InMemory',
    ],
  ],
  ['Microsoft.Data.Sqlite', ['Microsoft.EntityFrameworkCore.Sqlite', 'Microsoft.Data.Sqlite']],
  ['Microsoft.AspNetCore.TestHost', ['Microsoft.AspNetCore.Mvc.Testing', 'Microsoft.AspNetCore.TestHost']],
  ['Microsoft.AspNetCore.SignalR.Client', ['Microsoft.AspNetCore.SignalR.Client']],
  ['Grpc.Core', ['Grpc.AspNetCore', 'Grpc.Net.Client', 'Grpc.Core.Api']],
  ['Grpc.Net.Client', ['Grpc.AspNetCore', 'Grpc.Net.Client']],
  ['Grpc.AspNetCore', ['Grpc.AspNetCore']],
  ['Google.Protobuf', ['Google.Protobuf', 'Grpc.AspNetCore']],
  ['HotChocolate', ['HotChocolate.AspNetCore']],
  ['HotChocolate.Authorization', ['HotChocolate.AspNetCore.Authorization', 'HotChocolate.Authorization']],
  ['Xunit', ['xunit']],
  ['Moq', ['Moq']],
  ['NSubstitute', ['NSubstitute']],
];
// Packages that work through MSBuild or the test host, never through a `using`.
const TOOLING = new Set([
  'Microsoft.NET.Test.Sdk',
  'xunit.runner.visualstudio',
  'coverlet.collector',
  'Microsoft.EntityFrameworkCore.Design',
  'Microsoft.EntityFrameworkCore.Tools',
  'JunitXml.TestLogger',
  'Grpc.Tools',
]);
// Packages whose API is extension methods in a namespace the framework already has: used when the code calls them.
const USED_BY_CALL = new Map([
  ['Microsoft.Extensions.Diagnostics.HealthChecks.EntityFrameworkCore', /\.AddDbContextCheck\s*</],
  ['HotChocolate.AspNetCore', /\.AddGraphQLServer\s*\(/],
]);
// Packages that the code generated from .proto files uses, when a project compiles some.
const USED_BY_PROTOBUF = ['Google.Protobuf', 'Grpc.AspNetCore', 'Grpc.Net.Client'];
const GRPC_SERVICES = new Set(['Server', 'Client', 'Both', 'None']);
// Released with .NET itself: their major version must match the target framework's.
const VERSIONED_WITH_DOTNET = /^(Microsoft\.AspNetCore\.|Microsoft\.EntityFrameworkCore|Microsoft\.Extensions\.)/;

const CSHARP_PROJECT_TYPES = new Set(['FAE04EC0-301F-11D3-BF4B-00C04F79EFBC', '9A19103F-16F7-4668-BE54-9A1E7A4F7556']);
const SOLUTION_FOLDER_TYPE = '2150E333-8FDC-42A3-9474-1A3956D46DE8';

function fail(message) {
  throw new Error(`dotnet starter: ${message}`);
}

let parserPromise;
export function csharpParser() {
  parserPromise ??= (async () => {
    await Parser.init();
    const language = await Language.load(require.resolve('tree-sitter-c-sharp/tree-sitter-c_sharp.wasm'));
    const parser = new Parser();
    parser.setLanguage(language);
    return parser;
  })();
  return parserPromise;
}

export function* walk(node) {
  yield node;
  for (const child of node.children) yield* walk(child);
}

function readXml(projectDir, file) {
  const text = fs.readFileSync(path.join(projectDir, file), 'utf8');
  const valid = XMLValidator.validate(text);
  if (valid !== true) fail(`${file} is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  // XML forbids "--" inside a comment, and MSBuild refuses the file; the parser above lets it through.
  for (const [, comment] of text.matchAll(/<!--([\s\S]*?)-->/g)) {
    if (comment.includes('--')) fail(`${file}: a comment contains "--", which XML forbids`);
  }
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false }).parse(text);
}

function propertyOf(xmlProject, name) {
  for (const group of asArray(xmlProject?.PropertyGroup)) {
    if (group && typeof group === 'object' && group[name] !== undefined) return String(group[name]);
  }
  return undefined;
}

function readProject(projectDir, file, buildProps) {
  const project = readXml(projectDir, file).Project;
  if (!project) fail(`${file} has no <Project> root`);
  const sdk = project['@Sdk'];
  if (!['Microsoft.NET.Sdk', 'Microsoft.NET.Sdk.Web'].includes(sdk)) fail(`${file}: unexpected Sdk "${sdk}"`);
  const items = asArray(project.ItemGroup);
  const packages = new Map();
  for (const reference of items.flatMap((group) => asArray(group.PackageReference))) {
    const name = reference['@Include'];
    const version = reference['@Version'] ?? (reference.Version !== undefined ? String(reference.Version) : undefined);
    if (!name) fail(`${file}: a PackageReference without Include`);
    if (!/^\d+\.\d+\.\d+$/.test(version ?? '')) fail(`${file}: ${name} needs an exact version, not "${version}"`);
    packages.set(name, { version, privateAssets: String(reference.PrivateAssets ?? reference['@PrivateAssets'] ?? '') });
  }
  const projectRefs = items
    .flatMap((group) => asArray(group.ProjectReference))
    .map((reference) => {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), reference['@Include'].replaceAll('\\', '/')));
      return target;
    });
  const frameworkRefs = items.flatMap((group) => asArray(group.FrameworkReference)).map((r) => r['@Include']);
  const globalUsings = items.flatMap((group) => asArray(group.Using)).map((u) => u['@Include']);
  const protobufs = items
    .flatMap((group) => asArray(group.Protobuf))
    .map((item) => ({
      proto: path.posix.normalize(path.posix.join(path.posix.dirname(file), String(item['@Include']).replaceAll('\\', '/'))),
      services: item['@GrpcServices'] ?? 'Both',
    }));
  const targetFramework = propertyOf(project, 'TargetFramework') ?? propertyOf(buildProps, 'TargetFramework');
  const rootNamespace = propertyOf(project, 'RootNamespace') ?? path.posix.basename(file, '.csproj');
  return {
    file,
    dir: path.posix.dirname(file),
    sdk,
    packages,
    projectRefs,
    frameworkRefs,
    globalUsings,
    protobufs,
    targetFramework,
    rootNamespace,
  };
}

/** The exercise checks' projects, which the solution must leave out so that `dotnet test` never runs them. */
function isExerciseProject(file) {
  return file.startsWith('exercises/');
}

function checkSolution(projectDir, slnFile, projectFiles) {
  const text = fs.readFileSync(path.join(projectDir, slnFile), 'utf8');
  const lines = text.split(/\r?\n/);
  if (!lines[0].replace(/^\uFEFF/, '').startsWith('Microsoft Visual Studio Solution File, Format Version 12.00')) {
    fail(`${slnFile}: not a Visual Studio solution (format 12.00) header`);
  }
  const entries = new Map();
  let depth = { Project: 0, Global: 0, GlobalSection: 0 };
  let section;
  const configured = new Map();
  const nested = [];
  for (const [index, line] of lines.entries()) {
    const where = `${slnFile}:${index + 1}`;
    const trimmed = line.trim();
    const project = /^Project\("\{([0-9A-F-]{36})\}"\) = "([^"]+)", "([^"]+)", "\{([0-9A-F-]{36})\}"$/i.exec(trimmed);
    if (trimmed.startsWith('Project(')) {
      if (!project) fail(`${where}: malformed Project line`);
      const [, type, name, location, guid] = project;
      if (entries.has(guid.toUpperCase())) fail(`${where}: duplicate project GUID ${guid}`);
      entries.set(guid.toUpperCase(), { type: type.toUpperCase(), name, location: location.replaceAll('\\', '/') });
      depth.Project += 1;
    } else if (trimmed === 'EndProject') {
      depth.Project -= 1;
    } else if (trimmed === 'Global') {
      depth.Global += 1;
    } else if (trimmed === 'EndGlobal') {
      depth.Global -= 1;
    } else if (trimmed.startsWith('GlobalSection(')) {
      section = /^GlobalSection\((\w+)\)/.exec(trimmed)?.[1];
      depth.GlobalSection += 1;
    } else if (trimmed === 'EndGlobalSection') {
      section = undefined;
      depth.GlobalSection -= 1;
    } else if (section === 'ProjectConfigurationPlatforms' && trimmed) {
      const config = /^\{([0-9A-F-]{36})\}\.([^=]+?) = (.+)$/i.exec(trimmed);
      if (!config) fail(`${where}: malformed configuration line`);
      const guid = config[1].toUpperCase();
      if (!configured.has(guid)) configured.set(guid, new Set());
      configured.get(guid).add(config[2]);
    } else if (section === 'NestedProjects' && trimmed) {
      const pair = /^\{([0-9A-F-]{36})\} = \{([0-9A-F-]{36})\}$/i.exec(trimmed);
      if (!pair) fail(`${where}: malformed NestedProjects line`);
      nested.push([pair[1].toUpperCase(), pair[2].toUpperCase()]);
    }
    if (Object.values(depth).some((d) => d < 0 || d > 1)) fail(`${where}: unbalanced Project/Global/GlobalSection blocks`);
  }
  if (Object.values(depth).some((d) => d !== 0)) fail(`${slnFile}: a Project, Global or GlobalSection block is not closed`);

  const inSolution = new Set();
  for (const [guid, entry] of entries) {
    if (entry.type === SOLUTION_FOLDER_TYPE) continue;
    if (!CSHARP_PROJECT_TYPES.has(entry.type)) fail(`${slnFile}: ${entry.name} has an unexpected project type`);
    const location = path.posix.normalize(entry.location);
    if (!projectFiles.includes(location)) fail(`${slnFile}: ${entry.name} points at ${entry.location}, which does not exist`);
    if (path.posix.basename(location, '.csproj') !== entry.name) fail(`${slnFile}: ${entry.name} does not match ${location}`);
    const configs = configured.get(guid) ?? new Set();
    for (const needed of ['Debug|Any CPU.ActiveCfg', 'Debug|Any CPU.Build.0', 'Release|Any CPU.ActiveCfg', 'Release|Any CPU.Build.0']) {
      if (!configs.has(needed)) fail(`${slnFile}: ${entry.name} lacks the ${needed} configuration`);
    }
    inSolution.add(location);
  }
  for (const guid of configured.keys()) if (!entries.has(guid)) fail(`${slnFile}: configuration for unknown project {${guid}}`);
  for (const [child, parent] of nested) {
    if (!entries.has(child) || entries.get(parent)?.type !== SOLUTION_FOLDER_TYPE) fail(`${slnFile}: bad NestedProjects entry {${child}}`);
  }
  for (const file of projectFiles) {
    if (isExerciseProject(file) && inSolution.has(file)) fail(`${slnFile} lists ${file}: \`dotnet test\` would run the exercise checks`);
    if (!isExerciseProject(file) && !inSolution.has(file)) fail(`${slnFile} does not list ${file}`);
  }
  return inSolution.size;
}

function namespaceText(node) {
  return node.text.replace(/\s+/g, '').replace(/<.*$/, '');
}

/** The namespaces a using directive brings in; an alias or `using static` counts its containing namespace. */
function usingTarget(directive) {
  const named = directive.namedChildren.filter((c) =>
    ['qualified_name', 'identifier', 'generic_name', 'alias_qualified_name'].includes(c.type),
  );
  const hasAlias = directive.children.some((c) => c.type === '=');
  const target = hasAlias ? named[named.length - 1] : named[0];
  return target ? namespaceText(target) : undefined;
}

function attributeNames(node) {
  return node.namedChildren
    .filter((c) => c.type === 'attribute_list')
    .flatMap((list) => list.namedChildren.filter((a) => a.type === 'attribute'))
    .map((attribute) => (attribute.childForFieldName('name') ?? attribute.namedChildren[0]).text);
}

function modifiers(node) {
  return node.namedChildren.filter((c) => c.type === 'modifier').map((m) => m.text);
}

/** Parses C# text; fails naming `where` (and the line, shifted by `firstLine`) at the first ERROR or MISSING node. */
async function parseCSharpText(text, where, firstLine = 1) {
  const parser = await csharpParser();
  const tree = parser.parse(text);
  const root = tree.rootNode;
  if (root.hasError) {
    const bad = [...walk(root)].find((n) => n.type === 'ERROR' || n.isMissing);
    const at = bad
      ? `line ${bad.startPosition.row + firstLine}, column ${bad.startPosition.column + 1}: ${bad.isMissing ? `missing ${bad.type}` : `unexpected "${bad.text.slice(0, 40)}"`}`
      : 'syntax error';
    tree.delete();
    fail(`${where} does not parse as C# (${at})`);
  }
  return tree;
}

async function parseCSharp(projectDir, file) {
  const text = fs.readFileSync(path.join(projectDir, file), 'utf8');
  const tree = await parseCSharpText(text, file);
  try {
    const root = tree.rootNode;
    const usings = root.namedChildren
      .filter((c) => c.type === 'using_directive')
      .map(usingTarget)
      .filter(Boolean);
    const namespaces = [...walk(root)]
      .filter((n) => n.type === 'namespace_declaration' || n.type === 'file_scoped_namespace_declaration')
      .map((n) => namespaceText(n.childForFieldName('name') ?? n.namedChildren[0]));
    const topLevelStatements = root.namedChildren.some((c) => c.type === 'global_statement');
    const classes = [...walk(root)]
      .filter((n) => n.type === 'class_declaration')
      .map((n) => ({
        name: n.childForFieldName('name')?.text,
        modifiers: modifiers(n),
        testMethods: (n.namedChildren.find((c) => c.type === 'declaration_list')?.namedChildren ?? [])
          .filter((m) => m.type === 'method_declaration')
          .filter((m) => attributeNames(m).some((a) => ['Fact', 'Theory', 'Xunit.Fact', 'Xunit.Theory'].includes(a))).length,
      }));
    return { text, usings, namespaces, topLevelStatements, classes };
  } finally {
    tree.delete();
  }
}

function providersOf(namespace) {
  let best;
  for (const [prefix, providers] of PROVIDERS) {
    if ((namespace === prefix || namespace.startsWith(`${prefix}.`)) && (!best || prefix.length > best[0].length))
      best = [prefix, providers];
  }
  return best?.[1];
}

/** Every static check of one project folder (fresh, or with the reference solutions applied); returns counts. */
async function checkProject(projectDir) {
  const projectName = path.basename(projectDir);
  const pascalName = projectName
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
  const files = listFiles(projectDir);

  const leftovers = files.filter((f) => /(^|\/)(bin|obj)\//.test(f));
  if (leftovers.length > 0) fail(`build output in the template: ${leftovers.slice(0, 3).join(', ')}`);
  checkRequiredFiles(files, ['README.md', '.gitignore', `${pascalName}.sln`], { fail });
  const gitignore = fs.readFileSync(path.join(projectDir, '.gitignore'), 'utf8');
  if (!/^bin\/?$/m.test(gitignore) || !/^obj\/?$/m.test(gitignore)) fail('.gitignore must ignore bin/ and obj/');

  // MSBuild files: all well-formed XML; Directory.Build.props applies to every project below it.
  const buildPropsFile = files.includes('Directory.Build.props') ? 'Directory.Build.props' : undefined;
  for (const file of files.filter((f) => /\.(props|targets)$/.test(f))) readXml(projectDir, file);
  const buildProps = buildPropsFile ? readXml(projectDir, buildPropsFile).Project : undefined;
  const projectFiles = files.filter((f) => f.endsWith('.csproj'));
  if (projectFiles.length < 2) fail('expected an application project and a test project');
  const projects = projectFiles.map((file) => readProject(projectDir, file, buildProps));
  const byFile = new Map(projects.map((p) => [p.file, p]));
  for (const project of projects) {
    if (project.targetFramework !== 'net8.0') fail(`${project.file}: TargetFramework must be net8.0, not ${project.targetFramework}`);
    if (!project.rootNamespace.startsWith(pascalName))
      fail(`${project.file}: namespace ${project.rootNamespace} is not under ${pascalName}`);
    for (const target of project.projectRefs) if (!byFile.has(target)) fail(`${project.file} references ${target}, which does not exist`);
    for (const [name, { version }] of project.packages) {
      if (VERSIONED_WITH_DOTNET.test(name) && !version.startsWith('8.'))
        fail(`${project.file}: ${name} ${version} is not a .NET 8 release`);
    }
  }
  const slnProjects = checkSolution(projectDir, `${pascalName}.sln`, projectFiles);
  for (const file of files.filter((f) => f.endsWith('.json'))) {
    try {
      JSON.parse(fs.readFileSync(path.join(projectDir, file), 'utf8'));
    } catch (error) {
      fail(`${file} is not valid JSON: ${error.message}`);
    }
  }

  // What each project can use: its own packages, and those of the projects it references (transitively).
  const closure = (project, seen = new Set()) => {
    if (seen.has(project.file)) return [];
    seen.add(project.file);
    return [project, ...project.projectRefs.flatMap((target) => closure(byFile.get(target), seen))];
  };
  const available = new Map(
    projects.map((project) => {
      const reachable = closure(project);
      const packages = new Set(
        reachable.flatMap((p, i) =>
          [...p.packages].filter(([, meta]) => i === 0 || !/all/i.test(meta.privateAssets)).map(([name]) => name),
        ),
      );
      const aspnet =
        reachable.some((p) => p.sdk === 'Microsoft.NET.Sdk.Web' || p.frameworkRefs.includes('Microsoft.AspNetCore.App')) ||
        packages.has('Microsoft.AspNetCore.Mvc.Testing');
      const ownNamespaces = reachable.map((p) => p.rootNamespace);
      return [project.file, { packages, aspnet, ownNamespaces }];
    }),
  );

  const used = new Map(projects.map((p) => [p.file, new Set()]));
  const texts = new Map(projects.map((p) => [p.file, []]));
  const ownerOf = (file) => {
    const owner = projects.filter((p) => file.startsWith(`${p.dir}/`)).sort((a, b) => b.dir.length - a.dir.length)[0];
    if (!owner) fail(`${file} belongs to no project`);
    return owner;
  };
  /** Every namespace a file imports must come from the project, the framework or a package it gets. */
  const checkUsings = (file, owner, namespaces) => {
    const { packages, aspnet, ownNamespaces } = available.get(owner.file);
    for (const namespace of namespaces) {
      if (ownNamespaces.some((own) => namespace === own || namespace.startsWith(`${own}.`))) continue;
      const providers = providersOf(namespace);
      if (!providers) fail(`${file}: no known package provides namespace ${namespace}; add it to PROVIDERS in this check`);
      const match = providers.find((p) => p === FRAMEWORK || (p === ASPNETCORE ? aspnet : packages.has(p)));
      if (!match) {
        const names = providers.map((p) => (p === ASPNETCORE ? 'the ASP.NET Core framework (Web SDK)' : String(p))).join(' or ');
        fail(`${file} uses ${namespace}, but ${owner.file} gets no ${names}`);
      }
      if (typeof match === 'string') {
        // Credit the project that declares the package, which may be a referenced one.
        const declaring = closure(owner).find((p) => p.packages.has(match));
        used.get(declaring.file).add(match);
      }
    }
  };

  const csFiles = files.filter((f) => f.endsWith('.cs'));
  let testMethods = 0;
  let publicProgram = false;
  let usesWebApplicationFactory = false;
  const requiredSettings = [];
  const testClasses = new Map();
  for (const file of csFiles) {
    const owner = ownerOf(file);
    const { text, usings, namespaces, topLevelStatements, classes } = await parseCSharp(projectDir, file);

    const folder = path.posix.dirname(path.posix.relative(owner.dir, file));
    const expected = folder === '.' ? owner.rootNamespace : `${owner.rootNamespace}.${folder.split('/').join('.')}`;
    if (topLevelStatements) {
      if (path.posix.basename(file) !== 'Program.cs') fail(`${file}: top-level statements belong in Program.cs`);
    } else if (namespaces.length !== 1 || namespaces[0] !== expected) {
      fail(`${file}: expected namespace ${expected}, found ${namespaces.join(', ') || 'none'}`);
    }

    checkUsings(file, owner, [...usings, ...owner.globalUsings]);
    texts.get(owner.file).push(text);

    for (const cls of classes) {
      testMethods += cls.testMethods;
      if (cls.testMethods > 0 && !cls.modifiers.includes('public')) fail(`${file}: xUnit only runs public classes; ${cls.name} is not`);
      if (cls.name === 'Program' && cls.modifiers.includes('public') && cls.modifiers.includes('partial')) publicProgram = true;
      if (cls.testMethods > 0 && namespaces.length === 1)
        testClasses.set(`${namespaces[0]}.${cls.name}`, { file, project: owner.file, tests: cls.testMethods });
    }
    if (/WebApplicationFactory<Program>/.test(text)) usesWebApplicationFactory = true;
    // Options classes bound from a configuration section: their [Required] settings must be configured.
    const section = /const\s+string\s+SectionName\s*=\s*"([^"]+)"\s*;/.exec(text)?.[1];
    if (section) {
      for (const match of text.matchAll(/\[[^\]]*\bRequired\b[^\]]*\]\s*public\s+[\w<>?]+\s+(\w+)\s*\{/g)) {
        requiredSettings.push({ file, owner, key: `${section}:${match[1]}` });
      }
    }
  }
  const razorFiles = await checkRazorFiles(projectDir, files, ownerOf, checkUsings);
  const protos = checkProtobufs(projectDir, files, projects, used);
  if (testMethods === 0) fail('no [Fact] or [Theory] tests found');
  if (usesWebApplicationFactory && !publicProgram)
    fail('WebApplicationFactory<Program> needs `public partial class Program` in Program.cs');

  // What the Development environment (dotnet run, the tests) sees: appsettings.json, then appsettings.Development.json.
  for (const { file, owner, key } of requiredSettings) {
    const settings = ['appsettings.json', 'appsettings.Development.json']
      .map((name) => path.posix.join(owner.dir, name))
      .filter((name) => files.includes(name))
      .map((name) => JSON.parse(fs.readFileSync(path.join(projectDir, name), 'utf8')));
    const value = settings
      .map((json) => key.split(':').reduce((node, part) => node?.[part], json))
      .filter((v) => v !== undefined)
      .pop();
    if (value === undefined || value === '') fail(`${file} requires the setting ${key}, but no appsettings file of ${owner.dir} sets it`);
  }

  for (const project of projects) {
    for (const [name, call] of USED_BY_CALL) {
      if (texts.get(project.file).some((text) => call.test(text))) used.get(project.file).add(name);
    }
    for (const name of project.packages.keys()) {
      if (!TOOLING.has(name) && !used.get(project.file).has(name)) fail(`${project.file} references ${name}, but no code uses it`);
    }
  }
  const testProjects = projects.filter((p) => p.packages.has('Microsoft.NET.Test.Sdk'));
  if (testProjects.length === 0) fail('no test project (with Microsoft.NET.Test.Sdk)');
  for (const project of testProjects) {
    for (const needed of ['xunit', 'xunit.runner.visualstudio']) {
      if (!project.packages.has(needed)) fail(`${project.file}: a test project needs ${needed}`);
    }
  }

  checkExercises(projectDir, 'dotnet', { fail });
  const exercises = checkExerciseChecks(projectDir, projects, testClasses);

  return {
    pascalName,
    csFiles: csFiles.length,
    razorFiles,
    protos,
    testMethods,
    projects: projects.length,
    slnProjects,
    requiredSettings: requiredSettings.length,
    exercises,
  };
}

/** The C# of a .razor file's @code blocks, with the line each starts on. */
function razorCodeBlocks(text) {
  const blocks = [];
  for (const start of text.matchAll(/@code\s*\{/g)) {
    const open = start.index + start[0].length;
    let depth = 1;
    let i = open;
    // Braces inside strings, chars and comments do not count.
    while (i < text.length && depth > 0) {
      const rest = text.slice(i);
      const skip = /^(\/\/[^\n]*|\/\*[\s\S]*?\*\/|@?\$?"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)')/.exec(rest);
      if (skip) {
        i += skip[0].length;
        continue;
      }
      if (text[i] === '{') depth += 1;
      if (text[i] === '}') depth -= 1;
      i += 1;
    }
    if (depth !== 0) blocks.push({ code: undefined, line: text.slice(0, start.index).split('\n').length });
    else blocks.push({ code: text.slice(open, i - 1), line: text.slice(0, open).split('\n').length });
  }
  return blocks;
}

/** Razor components: their @using namespaces come from the project's packages, their @code blocks parse as C#. */
async function checkRazorFiles(projectDir, files, ownerOf, checkUsings) {
  const razorFiles = files.filter((f) => f.endsWith('.razor'));
  for (const file of razorFiles) {
    const owner = ownerOf(file);
    if (owner.sdk !== 'Microsoft.NET.Sdk.Web')
      fail(`${file}: only ${owner.file}'s Web SDK would compile it, and it is not a Web SDK project`);
    const text = fs.readFileSync(path.join(projectDir, file), 'utf8');
    const usings = [...text.matchAll(/^@using\s+([\w.]+)\s*$/gm)].map((m) => m[1]);
    checkUsings(file, owner, usings);
    for (const { code, line } of razorCodeBlocks(text)) {
      if (code === undefined) fail(`${file}: the @code block of line ${line} is not closed`);
      // The block's members, parsed as the body of the class the Razor compiler generates.
      const tree = await parseCSharpText(`class RazorComponent {${code}}`, `${file} (@code)`, line);
      tree.delete();
    }
  }
  return razorFiles.length;
}

/** The service-defining lines of a .proto file: what both sides of a gRPC contract must share. */
function protoContract(text) {
  return text
    .replace(/\/\/[^\n]*/g, '')
    .replace(/^\s*option\s+csharp_namespace\s*=.*$/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** <Protobuf> items name existing .proto files; every copy of a contract matches the exercise's (bar the namespace). */
function checkProtobufs(projectDir, files, projects, used) {
  let count = 0;
  const contracts = new Map();
  for (const project of projects) {
    for (const { proto, services } of project.protobufs) {
      if (!files.includes(proto)) fail(`${project.file} compiles ${proto}, which does not exist`);
      if (!GRPC_SERVICES.has(services))
        fail(`${project.file}: GrpcServices="${services}" for ${proto} is none of ${[...GRPC_SERVICES].join(', ')}`);
      const text = fs.readFileSync(path.join(projectDir, proto), 'utf8');
      if (!/^syntax\s*=\s*"proto3";/m.test(text)) fail(`${proto} does not declare syntax = "proto3"`);
      const packageName = /^package\s+([\w.]+);/m.exec(text)?.[1];
      if (!packageName) fail(`${proto} declares no package`);
      if (!contracts.has(packageName)) contracts.set(packageName, []);
      contracts.get(packageName).push({ proto, contract: protoContract(text) });
      count += 1;
    }
    // The generated code uses the protobuf runtime and the gRPC client or server.
    if (project.protobufs.length > 0) for (const name of USED_BY_PROTOBUF) used.get(project.file).add(name);
  }
  for (const [packageName, copies] of contracts) {
    const [first, ...others] = copies;
    for (const other of others) {
      if (other.contract !== first.contract) fail(`${other.proto} and ${first.proto} define package ${packageName} differently`);
    }
  }
  return count;
}

const RESULTS_DIR = '.backend-paths/results';

/**
 * Each exercise's argv runs `dotnet test` on the exercise project with a filter that selects exactly its check
 * class, and writes its JUnit report where its manifest entry says.
 */
function checkExerciseChecks(projectDir, projects, testClasses) {
  const exerciseProjects = projects.filter((p) => isExerciseProject(p.file));
  if (exerciseProjects.length !== 1) fail(`expected one exercise project under exercises/, found ${exerciseProjects.length}`);
  const [project] = exerciseProjects;
  if (!project.packages.has('JunitXml.TestLogger')) fail(`${project.file} needs JunitXml.TestLogger for the JUnit reports`);
  const { exercises } = readManifest(projectDir);
  const seen = new Set();
  for (const exercise of exercises) {
    const where = `exercise ${exercise.id}`;
    const argv = exercise.argv;
    const expected = [
      'dotnet',
      'test',
      project.file,
      '--filter',
      '<filter>',
      '--results-directory',
      RESULTS_DIR,
      '--logger',
      `junit;LogFileName=${exercise.id}.xml`,
    ];
    const filter = /^FullyQualifiedName~([\w.]+)$/.exec(argv[4] ?? '')?.[1];
    if (argv.length !== expected.length || expected.some((arg, i) => i !== 4 && argv[i] !== arg) || !filter)
      fail(`${where}: argv must be ${expected.join(' ')} (with FullyQualifiedName~<its check class>), not ${argv.join(' ')}`);
    if (exercise.junit !== `${RESULTS_DIR}/${exercise.id}.xml`) fail(`${where}: junit must be ${RESULTS_DIR}/${exercise.id}.xml`);
    const target = testClasses.get(filter);
    if (!target || target.project !== project.file) fail(`${where}: --filter selects ${filter}, which is no test class of ${project.file}`);
    if (!exercise.files.includes(target.file))
      fail(`${where}: its check class ${filter} is in ${target.file}, which its files do not list`);
    const alsoSelected = [...testClasses.keys()].filter((name) => name !== filter && name.includes(filter));
    if (alsoSelected.length > 0) fail(`${where}: --filter FullyQualifiedName~${filter} also selects ${alsoSelected.join(', ')}`);
    if (seen.has(filter)) fail(`${where}: another exercise checks with ${filter} too`);
    seen.add(filter);
  }
  return exercises.length;
}

function summary(stats) {
  return (
    `${stats.csFiles} .cs files and the code of ${stats.razorFiles} .razor files parsed by tree-sitter-c-sharp without errors ` +
    `(${stats.testMethods} xUnit tests), ${stats.projects} projects (net8.0) well-formed, ${stats.slnProjects} of them in ` +
    `${stats.pascalName}.sln, ${stats.protos} .proto files compiled, every namespace covered by a referenced package and every ` +
    `package used, ${stats.requiredSettings} required settings configured`
  );
}

/** A copy of the project with every reference solution applied in manifest order (the caller removes `root`). */
async function withSolutions(projectDir) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bp-dotnet-solved-'));
  const solved = path.join(root, path.basename(projectDir));
  try {
    fs.cpSync(projectDir, solved, { recursive: true });
    for (const exercise of readManifest(solved).exercises) {
      await applySolution(solved, 'dotnet', exercise.id, path.basename(projectDir));
    }
  } catch (error) {
    fs.rmSync(root, { recursive: true, force: true });
    throw error;
  }
  return { root, solved };
}

// The real proof needs minutes of `dotnet test`: once per run, on the first project verified (run.mjs's own; the
// awkward names that names.mjs tries next differ only in the project's name, which the static checks cover).
let proven = false;

export async function verify(projectDir) {
  const started = Date.now();
  const fresh = await checkProject(projectDir);
  const { root, solved } = await withSolutions(projectDir);
  let withAll;
  try {
    withAll = await checkProject(solved);
  } catch (error) {
    throw new Error(`${error.message} (with every reference solution applied)`, { cause: error });
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `dotnet: ${summary(fresh)}; ${fresh.exercises} exercise checks, each run by its own argv and JUnit report; with every ` +
      `reference solution applied: ${summary(withAll)}; in ${seconds}s`,
  );

  if (process.env.BP_PROVE_EXERCISES === '1' && !proven) {
    proven = true;
    const proving = Date.now();
    await proveExercises(projectDir, 'dotnet', { projectName: path.basename(projectDir), ownTests: ['dotnet', 'test'], env: {} });
    console.log(
      `dotnet: exercise checks proven with dotnet test (fail fresh, pass solved), in ${((Date.now() - proving) / 1000).toFixed(1)}s`,
    );
  }
}
