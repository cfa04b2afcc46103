import superagent from 'superagent';

const response = await superagent.post('{{baseUrl}}/jobs/42/run');
console.log(response.text);
