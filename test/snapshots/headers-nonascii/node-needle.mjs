import needle from 'needle';

const response = await needle('GET', '{{baseUrl}}/i18n', {
  headers: {
    'X-Name': Buffer.from('Zoë ✓ 😀').toString('latin1'),
    'X-Latin': Buffer.from('café').toString('latin1'),
  },
});
console.log(response.body);
