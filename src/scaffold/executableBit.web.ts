// executableBit.ts for the web worker extension host: it has no disk of its own, so a starter's scripts (such as
// ./mvnw) are written there without their executable bit; the README's "In the browser" says what to do.
export async function makeExecutable(): Promise<void> {}
