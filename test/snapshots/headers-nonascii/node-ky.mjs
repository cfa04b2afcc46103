import ky from 'ky';

const text = await ky('{{baseUrl}}/i18n', {
  headers: {
    'X-Name': Buffer.from('Zoë ✓ 😀').toString('latin1'),
    'X-Latin': Buffer.from('café').toString('latin1'),
  },
}).text();
console.log(text);
