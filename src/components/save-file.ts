// Saving and copying generated text. A download is a Blob behind an object URL clicked through a
// temporary <a download>: the URL is same-origin (blob:), so the page's Content-Security-Policy
// needs no exception, and no server is involved.

/** Starts a download of `text` as `name`. `bom` puts a UTF-8 byte order mark first. */
export function saveFile(name: string, text: string, type: string, bom = false): void {
  const blob = new Blob([bom ? '\uFEFF' : '', text], { type: `${type};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The click has started the download; the URL can go once this task is done.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Copies `text`; resolves to whether it worked (the clipboard may be refused). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
