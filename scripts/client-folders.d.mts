/** The client folders under a targets directory, as "<language>/<client>" in sorted order (see client-folders.mjs). */
export function clientFolders(targetsDir: string): string[];
