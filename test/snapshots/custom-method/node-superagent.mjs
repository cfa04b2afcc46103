import superagent from 'superagent';

const response = await superagent('PURGE', '{{baseUrl}}/cache/key');
console.log(response.text);
