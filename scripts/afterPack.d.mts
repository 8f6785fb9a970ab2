// Types for the afterPack hook (a plain Node script electron-builder loads), so its unit test type-checks.
import type { FuseConfig } from '@electron/fuses';
export const RELEASE_FUSES: FuseConfig;
export interface PackContext {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName: string };
}
export function packedBinary(context: PackContext): string;
export default function afterPack(context: PackContext, flip?: (binary: string, config: FuseConfig) => Promise<unknown>): Promise<void>;
