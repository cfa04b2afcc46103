import { ofetch } from 'ofetch';

const data = await ofetch('{{baseUrl}}/inv', {
  method: 'POST',
  headers: {
    'X-Tab': 'a\tb',
    'Content-Type': 'text/plain',
  },
  body: 'tab\there\u2028sep\u2029para\u202ERLO\u200F\uFEFFbom\x01\x1F\x7Fdel\x85nel',
});
console.log(data);
