/** The source uses non-breaking spaces in places; readings are keyed with plain spaces. */
export function foldSpaces(text: string): string {
  return text.replace(/\u00a0/g, ' ');
}
