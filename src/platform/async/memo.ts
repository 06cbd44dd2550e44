/**
 * The result of an async setup step, computed on first use and shared by every caller after;
 * a failure is not remembered, so the next caller tries again (say, once the database is up).
 */
export function memoizeUntilSuccess<T>(compute: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined
  return () =>
    (result ??= compute()).catch((error: unknown) => {
      result = undefined
      throw error
    })
}
