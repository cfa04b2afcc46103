import { powershellRunner } from '../dotnet.js';

/** PowerShell 7.6 (scripts/install-runtimes.sh); the frame is the driver in ../dotnet.ts (each snippet script run with `&` from its work dir). */
export const runner = powershellRunner('powershell-invoke-restmethod');
