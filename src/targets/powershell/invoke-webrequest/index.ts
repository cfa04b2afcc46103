import { powershellOptions, powershellView, type PowerShellOptions, type PowerShellView } from '../shared.js';
import type { TargetDefinition } from '../../types.js';

export const target: TargetDefinition<PowerShellView, PowerShellOptions> = {
  info: {
    id: 'powershell-invoke-webrequest',
    label: 'PowerShell (Invoke-WebRequest)',
    language: 'powershell',
    client: 'Invoke-WebRequest',
    extension: 'ps1',
    fence: 'powershell',
    clientVersion: 'PowerShell 7.4+',
    prism: 'powershell',
    highlightjs: 'powershell',
    executedWith: 'PowerShell 7.6.10 (.NET global tool)',
  },
  options: powershellOptions,
  view: (request, warnings, options) => powershellView(request, warnings, options, 'Invoke-WebRequest'),
};
