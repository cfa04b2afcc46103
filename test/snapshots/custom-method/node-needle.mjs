import needle from 'needle';

const response = await needle('PURGE', '{{baseUrl}}/cache/key', null);
console.log(response.body);
