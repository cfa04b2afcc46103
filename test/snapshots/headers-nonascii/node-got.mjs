import got from 'got';

const response = await got('{{baseUrl}}/i18n', {
  headers: {
    'X-Name': Buffer.from('Zoë ✓ 😀').toString('latin1'),
    'X-Latin': Buffer.from('café').toString('latin1'),
  },
});
console.log(response.body);
