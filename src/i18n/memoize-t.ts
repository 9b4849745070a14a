/**
 * A translate function that remembers its answers. i18next resolves a key anew on every call
 * (key parsing, namespace and language fallbacks, interpolation), and a keystroke in a filter
 * re-renders dozens of labels and cells that ask for the same few keys: profiling the port
 * filter showed i18next as the largest share of its script time. The cache lives as long as the
 * function: a new language gives a new `t` from react-i18next, and so a new cache.
 */
export function memoizeT<T>(t: T): T {
  const translate = t as unknown as (key: string, options?: object) => string;
  const cache = new Map<string, string>();
  const memoized = (key: string, options?: object): string => {
    const id = options === undefined ? key : `${key}\u0000${JSON.stringify(options)}`;
    let text = cache.get(id);
    if (text === undefined) {
      text = translate(key, options);
      cache.set(id, text);
    }
    return text;
  };
  return memoized as unknown as T;
}
