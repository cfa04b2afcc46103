import superagent from 'superagent';

const response = await superagent.get('{{baseUrl}}/i18n')
  .set('X-Name', Buffer.from('Zoë ✓ 😀').toString('latin1'))
  .set('X-Latin', Buffer.from('café').toString('latin1'));
console.log(response.text);
