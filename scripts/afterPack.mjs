// electron-builder's afterPack hook (issue 17): sets Electron's fuses in the packaged binary before it is signed and
// wrapped into an installer. A release build then cannot be turned into a plain Node (RunAsNode, NODE_OPTIONS,
// --inspect), checks its app.asar against the hash embedded at build time, and loads the app from nowhere else.
import path from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';

/** The fuses a release build ships with; a unit test names each one. */
export const RELEASE_FUSES = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** electron-builder's Arch.arm64 (its enum: ia32 0, x64 1, armv7l 2, arm64 3, universal 4). */
const ARCH_ARM64 = 3;

/** The Electron binary inside electron-builder's unpacked app for each platform. */
export function packedBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  return path.join(appOutDir, packager.executableName);
}

export default async function afterPack(context, flip = flipFuses) {
  await flip(packedBinary(context), {
    ...RELEASE_FUSES,
    // Flipping fuses breaks the ad-hoc signature of an unsigned arm64 macOS build; re-sign it ad hoc.
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === ARCH_ARM64,
  });
}
