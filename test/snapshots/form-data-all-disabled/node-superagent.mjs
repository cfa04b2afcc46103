import superagent from 'superagent';

const response = await superagent.post('{{baseUrl}}/upload');
console.log(response.text);
