// Environments the tests share (tests only).
import type { Environment } from './environment.ts';

/** Every setting made, each to a value other than its default. */
export const EVERY_SETTING: Environment = {
  rpcRange: { from: 6005, to: 59530 },
  rpcClientAccess: 59532,
  addressBook: 59533,
  publicFolderRpc: 59534,
  dagPort: 64330,
};
