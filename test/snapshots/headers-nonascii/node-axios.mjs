import axios from 'axios';

const response = await axios({
  url: '{{baseUrl}}/i18n',
  headers: {
    'X-Name': Buffer.from('Zoë ✓ 😀').toString('latin1'),
    'X-Latin': Buffer.from('café').toString('latin1'),
  },
});
console.log(response.data);
