import { request } from 'undici';

const { statusCode, body } = await request('{{baseUrl}}/i18n', {
  headers: {
    'X-Name': Buffer.from('Zoë ✓ 😀').toString('latin1'),
    'X-Latin': Buffer.from('café').toString('latin1'),
  },
});
console.log(statusCode, await body.text());
