/**
 * FNV-1a over `tokens`, each ended by U+0000, in base 36: short, fast, and the same in Node and in every engine.
 * Not a cryptographic hash: it tells a changed tree or another version's words from the expected ones, nothing more.
 */
export function digestOf(tokens: Iterable<string>): string {
  let hash = 0x811c9dc5;
  for (const token of tokens) {
    for (let index = 0; index <= token.length; index += 1) {
      hash = Math.imul(hash ^ (token.charCodeAt(index) || 0), 0x01000193);
    }
  }
  return (hash >>> 0).toString(36);
}

const digests = new WeakMap<object, string>();

/** `digestOf(tokensOf())`, made once for `owner`: for what stays as it is, such as a class's styles or a language's words. */
export function digestFor(owner: object, tokensOf: () => Iterable<string>): string {
  let digest = digests.get(owner);
  if (digest === undefined) {
    digest = digestOf(tokensOf());
    digests.set(owner, digest);
  }
  return digest;
}
