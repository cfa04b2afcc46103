import { helpers as c } from './c.js';
import { helpers as cmd } from './cmd.js';
import { helpers as csharp } from './csharp.js';
import { helpers as fsharp } from './fsharp.js';
import { helpers as go } from './go.js';
import { helpers as java } from './java.js';
import { helpers as javascript } from './javascript.js';
import { helpers as kotlin } from './kotlin.js';
import { helpers as php } from './php.js';
import { helpers as powershell } from './powershell.js';
import { helpers as python } from './python.js';
import { helpers as ruby } from './ruby.js';
import { helpers as shell } from './shell.js';
import { helpers as swift } from './swift.js';

/** Every literal escaper by helper name: the only way a template prints request data. */
export const escapers: Record<string, (text: string) => string> = {
  ...c,
  ...cmd,
  ...csharp,
  ...fsharp,
  ...go,
  ...java,
  ...javascript,
  ...kotlin,
  ...php,
  ...powershell,
  ...python,
  ...ruby,
  ...shell,
  ...swift,
};
