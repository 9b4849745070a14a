// The source's statement that firewalls between Exchange servers, and between Exchange and
// Active Directory, are not supported, is the note `cas-para-1`. Code refers to it by this id
// (never by its wording); the catalog links it to every path it concerns.
export const SUPPORT_NOTE_ID = 'cas-para-1';

/** Whether the source's support statement concerns this data path. */
export const isUnsupportedFirewallRow = (row: { noteIds: string[] }) =>
  row.noteIds.includes(SUPPORT_NOTE_ID);
